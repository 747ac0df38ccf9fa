"""A database busy past the timeout, as the window meets it: one clear sentence, the typed
entry kept in the form, nothing saved, and no SQL or sqlalche.me link on screen."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

from PySide6.QtCore import Qt, QTime

FRIDAY = date(2026, 11, 27)


def test_saving_while_another_program_holds_the_lock(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    window.form.start.setTime(QTime(8, 0))
    window.form.end.setTime(QTime(9, 0))
    qtbot.keyClicks(window.form.description, "Menyusun laporan bulanan")

    ready, release = threading.Event(), threading.Event()

    def hold() -> None:
        con = sqlite3.connect(window.ctx.paths.database, isolation_level=None, timeout=10)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE profile SET name = name")
        ready.set()
        release.wait(20)
        con.execute("COMMIT")
        con.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        ready.wait(10)
        started = time.monotonic()
        qtbot.keyClick(window.form.description, Qt.Key_S, Qt.ControlModifier)
        waited = time.monotonic() - started
    finally:
        release.set()
        holder.join()

    shown = " ".join(text for _title, text in prompt_log.errors) + " " + window.form.error.text()
    assert "Data sedang dipakai program lain" in shown, shown
    for leak in ("SQL", "sqlalche.me", "BEGIN", "OperationalError"):
        assert leak not in shown
    assert waited >= 4  # it waited for the busy timeout instead of failing at once
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    assert window.form.description.text() == "Menyusun laporan bulanan"  # the typing is not lost
    # once the other program is done, the same save goes through
    qtbot.keyClick(window.form.description, Qt.Key_S, Qt.ControlModifier)
    assert [e.description for e in window.ctx.worklog.day(FRIDAY).entries] == ["Menyusun laporan bulanan"]
