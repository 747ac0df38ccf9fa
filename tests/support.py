"""Small helpers several test folders share (fixtures live in the conftest files)."""

from __future__ import annotations

import logging
from pathlib import Path


def release_log_handlers(data_dir: Path) -> None:
    """open_context adds a log file handler for its data folder to the root logger: remove and
    close the ones under ``data_dir``, so they neither pile up nor keep files open."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).is_relative_to(data_dir):
            root.removeHandler(handler)
            handler.close()


def modules_loaded_by(code: str, names: tuple[str, ...]) -> list[str]:
    """The modules among ``names`` (each with its submodules) that a fresh interpreter holds
    after running ``code``: for the tests that keep an import light."""
    import json
    import subprocess
    import sys

    probe = (
        f"{code}\nimport json, sys\nnames = {names!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') for n in names))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
