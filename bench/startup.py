"""Start-up time: Absensi's main window against a bare Qt window.

Runs each as a fresh process several times (offscreen) and prints the median wall time from
process start to the window being shown and the event loop left. Usage:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [RUNS]

The Absensi run uses a data folder with a profile and a month of sample data, so it includes
opening and checking the database.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1180, 760); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        subprocess.run(
            [sys.executable, "-m", "absensi_app", "--data-dir", data, "demo"],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )
        app_env = dict(env, ABSENSI_EXIT_AFTER_SHOW="1")
        python = [sys.executable, "-c", "pass"]
        bare = [sys.executable, "-c", BARE]
        absensi = [sys.executable, "-m", "absensi_app", "--data-dir", data]
        results = {}
        for name, cmd, e in (("python only", python, env), ("bare Qt window", bare, env), ("Absensi window", absensi, app_env)):
            _run(cmd, e)  # warm the file cache
            results[name] = statistics.median(_run(cmd, e) for _ in range(runs))
    for name, seconds in results.items():
        print(f"{name:<16} {seconds * 1000:7.0f} ms (median of {runs})")
    extra = results["Absensi window"] - results["bare Qt window"]
    print(f"Absensi costs {extra * 1000:.0f} ms more than a bare Qt window")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
