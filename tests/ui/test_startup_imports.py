"""The window first, its data after: the real `absensi` start (offscreen) shows the main window
before SQLAlchemy, the services, alembic, holidays or the PDF, signing and sheet libraries are
imported, and then shows the day's entries; closing the window while the data loads leaves the
data whole."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from absensi_app.views.startup import WATCHED_MODULES

ABSENSI = str(Path(sys.executable).with_name("absensi"))
#: imported before the window is painted, each would fail the test
NOT_BEFORE_PAINT = ("pyhanko", "reportlab", "openpyxl", "alembic", "sqlalchemy", "holidays",
                    "absensi_app.store", "absensi_app.services.context",
                    "PySide6.QtCore.Qt")  # fmt: skip  (the Qt namespace: about 20 ms at its first import)


def _report(line: str) -> dict[str, str]:
    """``absensi-startup: WHAT at=T key=value ...`` as a dict (``what`` included)."""
    head, _, rest = line.partition(": ")
    what, *pairs = rest.split(" ")
    fields = dict(pair.split("=", 1) for pair in pairs)
    fields["what"] = what
    return fields


def test_window_is_painted_before_the_heavy_modules_then_shows_the_entries(tmp_path: Path) -> None:
    assert set(NOT_BEFORE_PAINT) <= set(WATCHED_MODULES)
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ABSENSI_EXIT_AFTER_SHOW", None)
    subprocess.run([sys.executable, "-m", "absensi_app", "--data-dir", str(data), "demo"], env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    today = date.today().isoformat()  # the window opens on the real today: it gets an entry too
    subprocess.run([ABSENSI, "--data-dir", str(data), "log", "add", "--date", today, "--start", "06:00", "--end",
                    "06:30", "--location", "rumah", "--text", "Membaca surat masuk"],
                   env=env, check=True, capture_output=True, timeout=60)  # fmt: skip

    env.update(ABSENSI_EXIT_AFTER_SHOW="1", ABSENSI_STARTUP_REPORT="1")
    done = subprocess.run([sys.executable, "-m", "absensi_app", "--data-dir", str(data)], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    reports = [_report(line) for line in done.stderr.splitlines() if line.startswith("absensi-startup: ")]
    assert [r["what"] for r in reports] == ["painted", "shown"], done.stderr
    painted, shown = reports
    early = [m for m in painted["modules"].split(",") if m in NOT_BEFORE_PAINT]
    assert early == [], f"imported before the window was painted: {early}"
    assert float(painted["at"]) <= float(shown["at"])
    assert int(shown["entries"]) >= 1  # today's entries are in the table once the data is there
    assert "sqlalchemy" in shown["modules"].split(",")  # the data really came after the paint


def test_closing_the_window_while_loading_leaves_the_data_whole(qtbot, tmp_path: Path, clock) -> None:  # noqa: ANN001
    from absensi_app.config import AppPaths
    from absensi_app.store.database import make_engine
    from absensi_app.store.migrate import HEAD_REVISION, current_revision
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.startup import StartupLoader
    from tests.support import release_log_handlers

    paths = AppPaths(tmp_path / "data")  # a new folder: the worker creates and migrates it
    frame = MainWindow(today=clock.today())
    qtbot.addWidget(frame)
    frame.show()
    assert frame.loading and not frame.act_export.isEnabled() and frame.act_quit.isEnabled()
    heard: list[object] = []
    loader = StartupLoader(paths, clock, window=frame, opened=heard.append, gave_up=lambda: heard.append("quit"),
                           failed=heard.append)  # fmt: skip
    loader.start()
    frame.close()  # before the worker is done
    loader.finish()  # what the launcher does at exit: waits, then closes the unused context
    qtbot.wait(50)  # the worker's answer, if it was still to come, is dropped
    assert heard == []
    assert loader._made == []
    engine = make_engine(paths.database)
    try:
        assert current_revision(engine) == HEAD_REVISION  # the migration was not cut off
    finally:
        engine.dispose()
        release_log_handlers(paths.data_dir)


def test_the_loader_opens_in_the_background_and_the_frame_shows_it(qtbot, ctx_with_profile, clock) -> None:  # noqa: ANN001
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.startup import StartupLoader

    from datetime import date, time

    from absensi_app.domain.model import EntryDraft, Location

    ctx_with_profile.worklog.add(EntryDraft(day=date(2026, 11, 2), start=time(8, 0), end=time(9, 0),
                                            location=Location.KANTOR, description="Menyusun notula rapat"))  # fmt: skip
    paths = ctx_with_profile.paths
    frame = MainWindow(today=clock.today())
    qtbot.addWidget(frame)
    frame.show()
    assert frame.statusBar().currentMessage() == "Memuat data\u2026"
    results = []
    loader = StartupLoader(paths, clock, window=frame, opened=results.append, gave_up=lambda: None,
                           failed=lambda exc: results.append(exc))  # fmt: skip
    loader.start()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    opened = results[0]
    assert opened.has_profile and opened.first is not None and opened.first.day == clock.today()
    assert opened.first.descriptions is None  # the suggestions (over the whole log) come after the day
    frame.attach(opened.ctx, opened.first)
    try:
        assert not frame.loading and frame.act_export.isEnabled()
        assert frame.statusBar().currentMessage() == ""
        assert frame.title.text()  # the day is shown
        assert frame.total_label.text().startswith("Tercatat")
        completions = frame.form._completions  # noqa: SLF001
        qtbot.waitUntil(lambda: "Menyusun notula rapat" in completions.stringList(), timeout=10000)
    finally:
        loader.finish()
        opened.ctx.close()
