"""The benchmark suite's quick mode runs end to end (so it never rots): it exits 0 and prints,
and writes as JSON, a row for every figure of issue 12. Speed itself is never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIGURES = (
    "python", "bare_window", "painted_heavy", "entries_heavy", "painted_typical", "entries_typical",
    "memory_heavy", "summary_month", "log_add", "add_entry", "month_switch", "year_progress",
    "export_signed", "verify", "recap", "database_heavy",
)  # fmt: skip


def test_quick_bench_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--cache", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {r["key"]: r for r in json.loads(out.read_text())["figures"]}
    assert set(FIGURES) <= set(rows)
    assert all(key.endswith("_xvfb") for key in set(rows) - set(FIGURES))  # GUI rows again under Xvfb
    for key, r in rows.items():
        assert r["value"] > 0, key
        assert r["figure"] in done.stdout, key
        if key not in ("python", "bare_window", "bare_window_xvfb"):
            assert r["target"] and isinstance(r["met"], bool), key
    for key in ("painted_heavy", "entries_heavy"):
        assert rows[key]["baseline"] == "bare_window" and rows[key]["ratio"] > 0
    assert rows["entries_heavy"]["value"] >= rows["painted_heavy"]["value"]
