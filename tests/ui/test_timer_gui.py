"""The running timer in the main window (issue 13): the timer bar, Ctrl+Shift+T, the stop
dialog and its question for a timer left over midnight, and a restart on the same data."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime

from absensi_app.domain.model import Location
from absensi_app.services.context import open_context
from absensi_app.views.main_window import MainWindow
from tests.support import release_log_handlers

FRIDAY = date(2026, 11, 27)
THURSDAY = date(2026, 11, 26)
SHOTS = Path("/tmp/shots/tray13")


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_start_from_the_form_then_stop_writes_exactly_one_entry(qtbot, window) -> None:  # noqa: ANN001
    clock = window.ctx.clock
    clock.fixed = datetime(2026, 11, 27, 14, 0)
    window.load_day(FRIDAY)
    bar = window.day_page.timer_bar
    assert bar.isVisible() and bar.start_button.isVisible() and not bar.stop_button.isVisible()
    window.form.description.setText("Menyusun laporan bulanan")
    window.form.location.setCurrentIndex(window.form.location.findData(Location.RUMAH.value))
    qtbot.mouseClick(bar.start_button, Qt.LeftButton)
    timer = window.ctx.timer.current()
    assert (timer.started_at, timer.description, timer.location) == (
        datetime(2026, 11, 27, 14, 0), "Menyusun laporan bulanan", Location.RUMAH)
    assert window.form.description.text() == ""  # the text is the timer's now
    clock.fixed = datetime(2026, 11, 27, 15, 10)
    window.timer_control.refresh()
    assert bar.stop_button.isVisible()
    assert "sejak 14:00" in bar.label.text() and "1 j 10 m" in bar.label.text()
    assert window.act_timer.text().replace("&", "") == "Hentikan timer\u2026"
    shot(window, "timer-bar-running")

    dialog = window.timer_control.ask_stop()
    assert dialog.question is None  # a plain stop: no question
    assert dialog.end.time() == QTime(15, 10)
    dialog.fields.description.setText("Menyusun laporan capaian bulanan")
    qtbot.mouseClick(dialog.stop_button, Qt.LeftButton)
    entries = window.ctx.worklog.day(FRIDAY).entries
    assert [(e.start, e.end, e.description, e.location) for e in entries] == [
        (time(14, 0), time(15, 10), "Menyusun laporan capaian bulanan", Location.RUMAH)]
    assert window.ctx.timer.current() is None
    assert not dialog.isVisible()
    assert bar.start_button.isVisible()
    assert window.model.rowCount() == 1
    # undone like any other added entry
    window.act_undo.trigger()
    assert window.ctx.worklog.day(FRIDAY).entries == ()


def test_ctrl_shift_t_without_text_asks_and_a_refused_start_stays_in_the_dialog(qtbot, window) -> None:  # noqa: ANN001
    window.ctx.clock.fixed = datetime(2026, 11, 27, 9, 0)
    qtbot.keyClick(window.form.description, Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.timer_control.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept()  # an empty description is refused, with the reason, in the dialog
    assert dialog.isVisible() and dialog.error.isVisible()
    assert window.ctx.timer.current() is None
    dialog.fields.description.setText("Rapat koordinasi")
    qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert window.ctx.timer.current().description == "Rapat koordinasi"
    # a second start is not offered: the running one is named
    assert window.timer_control.ask_start() is None
    assert "sudah berjalan" in window.statusBar().currentMessage()


def test_the_timer_survives_closing_the_window_and_a_new_context(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    ctx = window.ctx
    ctx.clock.fixed = datetime(2026, 11, 27, 8, 0)
    window.form.description.setText("Pelayanan informasi publik")
    window.timer_control.start_from_form()
    window.close()
    ctx.clock.fixed = datetime(2026, 11, 27, 9, 45)
    again = open_context(ctx.paths, ctx.clock)  # as after a restart: a new engine, the same file
    try:
        reopened = MainWindow(again)
        qtbot.addWidget(reopened)
        reopened.show()
        bar = reopened.day_page.timer_bar
        assert bar.stop_button.isVisible()
        assert "Pelayanan informasi publik" in bar.label.text() and "1 j 45 m" in bar.label.text()
        dialog = reopened.timer_control.ask_stop()
        qtbot.mouseClick(dialog.stop_button, Qt.LeftButton)
        assert [(e.start, e.end) for e in again.worklog.day(FRIDAY).entries] == [(time(8, 0), time(9, 45))]
        reopened.close()
    finally:
        again.close()
        release_log_handlers(ctx.paths.data_dir)


def test_a_timer_left_since_yesterday_asks_what_to_record(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    ctx = window.ctx
    ctx.clock.fixed = datetime(2026, 11, 26, 10, 0)
    ctx.timer.start("Menyusun telaah staf", Location.KANTOR)
    ctx.clock.fixed = datetime(2026, 11, 27, 8, 5)
    window.load_day(FRIDAY)
    bar = window.day_page.timer_bar
    assert "Kamis, 26 November 2026 10:00" in bar.label.text()
    dialog = window.timer_control.ask_stop()
    assert dialog.question is not None and dialog.question.isVisible()
    assert dialog.until_schedule is not None and dialog.until_schedule.isChecked()
    assert "16:00" in dialog.until_schedule.text()  # Thursday: 07:30 + the day's hours + the break
    assert not dialog.end.isEnabled()
    assert ctx.worklog.day(THURSDAY).entries == ()  # nothing written by asking
    shot(dialog, "timer-stop-midnight")
    # a chosen time instead
    dialog.chosen_time.setChecked(True)
    assert dialog.end.isEnabled()
    dialog.end.setTime(QTime(12, 0))
    qtbot.mouseClick(dialog.stop_button, Qt.LeftButton)
    assert [(e.start, e.end) for e in ctx.worklog.day(THURSDAY).entries] == [(time(10, 0), time(12, 0))]
    assert ctx.timer.current() is None
    assert window.current_day == THURSDAY  # the entry is shown where it was written


def test_until_the_schedule_end_and_cancelling_a_forgotten_timer(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    ctx = window.ctx
    ctx.clock.fixed = datetime(2026, 11, 26, 10, 0)
    ctx.timer.start("Rapat", Location.KANTOR)
    ctx.clock.fixed = datetime(2026, 11, 27, 8, 5)
    dialog = window.timer_control.ask_stop()
    qtbot.mouseClick(dialog.stop_button, Qt.LeftButton)
    assert [(e.start, e.end) for e in ctx.worklog.day(THURSDAY).entries] == [(time(10, 0), time(16, 0))]

    ctx.clock.fixed = datetime(2026, 11, 27, 8, 10)
    ctx.timer.start("Lupa dimatikan", Location.KANTOR)
    ctx.clock.fixed = datetime(2026, 11, 27, 8, 40)
    dialog = window.timer_control.ask_stop()
    prompt_log.confirm_answer = False
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert dialog.isVisible() and ctx.timer.current() is not None  # "no": nothing happens
    prompt_log.confirm_answer = True
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert ctx.timer.current() is None
    assert ctx.worklog.day(FRIDAY).entries == ()
    assert "dibatalkan" in window.statusBar().currentMessage()


def test_a_timer_started_on_the_command_line_appears_when_the_window_is_activated(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    ctx.clock.fixed = datetime(2026, 11, 27, 13, 0)
    bar = window.day_page.timer_bar
    assert not bar.stop_button.isVisible()
    ctx.timer.start("Dari terminal", Location.KANTOR)
    window.reload_from_store()  # what activating the window does
    assert bar.stop_button.isVisible() and "Dari terminal" in bar.label.text()


@pytest.mark.parametrize("day", [THURSDAY])
def test_the_bar_is_hidden_on_other_days_without_a_timer(window, day) -> None:  # noqa: ANN001
    window.load_day(day)
    assert not window.day_page.timer_bar.isVisible()
    window.load_day(FRIDAY)
    assert window.day_page.timer_bar.isVisible()
