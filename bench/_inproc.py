"""Driver for the in-process figures, run in a child process on a throw-away copy of a data
folder (it writes entries):

    python bench/_inproc.py DATA_DIR REPS

The window is made and its folder opened in the app's own order (the frame and the day view,
then ``services.opening.open_folder``, which freezes what the start made for the cycle
collector), on one thread. It prints one JSON object of lists of milliseconds, one value per
repetition:

* ``add_entry``: an entry submitted through the main window's form signal (validation, the
  service's write, the undo step, the day reloaded) until the day's totals show the new sum
  and the window has painted it;
* ``month_switch``: the progress view ("Kemajuan") switched to another month, until painted;
* ``year_progress``: ``ctx.summary.progress(year, month)`` alone, the services and domain
  arithmetic behind that view (the month, its weeks and the year against the yardstick).
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(app, done, limit_s: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not update in time")
        app.processEvents()
    app.processEvents()  # the paint of what just changed


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from absensi_app.config import AppPaths
    from absensi_app.domain.model import EntryDraft, Location
    from absensi_app.services.clock import Clock
    from absensi_app.services.opening import open_folder
    from absensi_app.views import pyside_imports
    from absensi_app.views.main_window import MainWindow

    data, reps = Path(argv[0]), int(argv[1])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    pyside_imports.install()
    # the app's own order (app.run_gui, views.startup), on one thread: the frame and the day
    # view first, then the folder opened the start's way (which freezes what the start made)
    clock = Clock()
    window = MainWindow(today=clock.today(), shell=True)
    window.show()
    window.build()
    ctx = open_folder(AppPaths(data), clock)
    window.attach(ctx)
    today = ctx.clock.today()
    _wait(app, lambda: window.model.rowCount() > 0)
    results: dict[str, list[float]] = {"add_entry": [], "month_switch": [], "year_progress": []}

    for n in range(reps + 1):
        before = window.total_label.text()
        draft = EntryDraft(day=today, location=Location.KANTOR, description=f"Kegiatan bench {n}",
                           start=None, end=None, minutes=5)  # fmt: skip
        started = time.perf_counter()
        window.form.submitted.emit(draft, 0)
        _wait(app, lambda before=before: window.total_label.text() != before)
        if n:  # the first one is a warm-up
            results["add_entry"].append((time.perf_counter() - started) * 1000)

    window.show_dashboard()
    _wait(app, window.dashboard.isVisible)
    months = []
    day = today
    for _ in range(reps + 1):  # a different month each time, back through the years
        day = (day.replace(day=1) - timedelta(days=200)).replace(day=1)
        months.append((day.year, day.month))
    for n, (y, m) in enumerate(months):
        started = time.perf_counter()
        window.dashboard.set_month(y, m)
        _wait(app, lambda y=y, m=m: (window.dashboard.year, window.dashboard.month) == (y, m))
        if n:
            results["month_switch"].append((time.perf_counter() - started) * 1000)
    for n, (y, m) in enumerate(reversed(months)):
        started = time.perf_counter()
        ctx.summary.progress(y, m)
        if n:
            results["year_progress"].append((time.perf_counter() - started) * 1000)

    window.close()
    window.deleteLater()
    ctx.close()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
