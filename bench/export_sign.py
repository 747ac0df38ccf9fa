"""Time the whole signed export of a busy month: build, render, attach JSON, sign, lock.

Uses the busy November 2026 of bench/export_pdf.py (200 entries) and a fresh ECDSA P-256
key. Each run unlocks the month first (so every run does the full work, including the key
unlock with scrypt). Prints the median of RUNS runs (default 5) after one warm-up run that
pays for importing reportlab and pyHanko. Usage:

    .venv/bin/python bench/export_sign.py [RUNS]

Target (issue 4): under 1 s per export on the CI machine. Also checks that starting the app's
core (services, no export) loads neither reportlab nor pyHanko.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from export_pdf import NOW, fill_busy_month  # noqa: E402

from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE  # noqa: E402
from absensi_app.signing.keys import create_identity  # noqa: E402

TARGET_S = 1.0
PASSPHRASE = "frasa sandi bench"


def heavy_modules_at_start() -> list[str]:
    code = (
        "import sys, tempfile, pathlib\n"
        "from absensi_app.config import AppPaths\n"
        "from absensi_app.services.context import open_context\n"
        "ctx = open_context(AppPaths(pathlib.Path(tempfile.mkdtemp())))\n"
        "print(' '.join(m for m in ('reportlab', 'pyhanko', 'openpyxl') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp) / "data"), Clock(NOW))
        try:
            ctx.profile.save(SAMPLE_PROFILE)
            count = fill_busy_month(ctx)
            create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip,
                            SAMPLE_PROFILE.agency, PASSPHRASE, datetime.now())
            out = Path(tmp) / "ringkasan.pdf"
            times = []
            for run in range(runs + 1):
                if run:
                    ctx.locks.unlock("2026-11", f"bench run {run}")
                started = time.perf_counter()
                result = ctx.export.export_pdf(2026, 11, out, PASSPHRASE)
                elapsed = time.perf_counter() - started
                if run == 0:
                    first = elapsed
                else:
                    times.append(elapsed)
        finally:
            ctx.close()
    median = statistics.median(times)
    heavy = heavy_modules_at_start()
    print(f"data: {count} entries; {result.pages} pages; revision {result.revision}")
    print(f"first export (imports reportlab + pyHanko): {first * 1000:.0f} ms")
    print(f"signed export: median {median * 1000:.0f} ms over {runs} runs "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    print(f"heavy modules loaded by opening the app's services: {heavy or 'none'}")
    ok = median < TARGET_S and not heavy
    print(f"target {TARGET_S * 1000:.0f} ms and no heavy import at start: {'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
