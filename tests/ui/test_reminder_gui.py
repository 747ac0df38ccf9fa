"""The reminders in the desktop app (issue 13), on a fixed clock: the small window where there
is no tray (Qt's offscreen platform has none), snooze, "not today", nothing on a Saturday or a
logged day, a holiday, cuti bersama or a day of leave, the month-end list with its export, and the tray's message where there is one."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import DayStatus, EntryDraft, Location
from absensi_app.views import tray

SHOTS = Path("/tmp/shots/tray13")
WEDNESDAY = date(2026, 11, 18)


@pytest.fixture
def watched(qtbot, window, inline_tasks):  # noqa: ANN001, ANN201
    """The window with its reminders watched; the clock at Wednesday 18 November 15:29."""
    window.ctx.clock.fixed = datetime(2026, 11, 18, 15, 29)
    window.start_companion()
    return window


def at(win, hour: int, minute: int, day: date = WEDNESDAY) -> None:  # noqa: ANN001
    win.ctx.clock.fixed = datetime.combine(day, time(hour, minute))
    win.reminder_watch.check()


def notice_shown(win) -> bool:  # noqa: ANN001
    notice = win.reminder_watch.notice
    return notice is not None and notice.isVisible()


def test_due_at_15_30_on_an_empty_working_day(qtbot, watched) -> None:  # noqa: ANN001
    assert not notice_shown(watched)  # 15:29: not yet
    at(watched, 15, 30)
    assert notice_shown(watched)
    notice = watched.reminder_watch.notice
    assert notice.heading.text() == "Saatnya mencatat kegiatan hari ini"
    assert "Rabu, 18 November 2026 hari kerja" in notice.text.text()
    assert not notice.export_button.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    notice.grab().save(str(SHOTS / "reminder-daily.png"))
    # the same decision is not shown twice in a row
    at(watched, 15, 31)
    at(watched, 15, 40)
    assert [kind for kind, _text in watched.reminder_watch.shown] == ["harian"]


def test_snooze_hides_it_for_30_minutes(qtbot, watched) -> None:  # noqa: ANN001
    at(watched, 15, 30)
    qtbot.mouseClick(watched.reminder_watch.notice.snooze_button, Qt.LeftButton)
    assert not notice_shown(watched)
    assert watched.ctx.reminders.state().snoozed_until == datetime(2026, 11, 18, 16, 0)
    at(watched, 15, 45)
    at(watched, 15, 59)
    assert not notice_shown(watched)
    at(watched, 16, 0)
    assert notice_shown(watched)
    assert len(watched.reminder_watch.shown) == 2


def test_not_today_and_log_now(qtbot, watched) -> None:  # noqa: ANN001
    at(watched, 15, 30)
    qtbot.mouseClick(watched.reminder_watch.notice.dismiss_button, Qt.LeftButton)
    assert not notice_shown(watched)
    at(watched, 17, 0)
    assert not notice_shown(watched)
    at(watched, 15, 30, WEDNESDAY + timedelta(days=1))  # the next day it comes again
    assert notice_shown(watched)
    watched.load_day(date(2026, 11, 2))
    qtbot.mouseClick(watched.reminder_watch.notice.log_button, Qt.LeftButton)
    assert not notice_shown(watched)
    assert watched.current_day == date(2026, 11, 19)
    assert QApplication.focusWidget() is watched.form.description or watched.form.description.hasFocus()


def test_nothing_on_a_saturday_a_logged_day_or_a_day_of_leave(qtbot, watched) -> None:  # noqa: ANN001
    at(watched, 16, 0, date(2026, 11, 21))  # Saturday
    assert not notice_shown(watched)
    ctx = watched.ctx
    ctx.worklog.add(EntryDraft(WEDNESDAY, Location.KANTOR, "Rapat", time(8, 0), time(9, 0)))
    at(watched, 16, 0)
    assert not notice_shown(watched)
    ctx.worklog.set_status(date(2026, 11, 17), DayStatus.SAKIT)
    at(watched, 16, 0, date(2026, 11, 17))
    assert not notice_shown(watched)
    assert watched.reminder_watch.shown == []


@pytest.mark.parametrize(("day", "why"), [
    (date(2026, 12, 25), "hari libur nasional (Hari Raya Natal)"),  # a Friday
    (date(2026, 12, 24), "cuti bersama (Cuti Bersama Hari Raya Natal)"),  # a Thursday
])
def test_nothing_on_a_national_holiday_or_cuti_bersama(qtbot, watched, day, why) -> None:  # noqa: ANN001
    at(watched, 16, 0, day)
    assert not notice_shown(watched)
    assert watched.reminder_watch.shown == []
    assert why in watched.ctx.reminders.check().reason
    at(watched, 16, 0, date(2026, 12, 23))  # the working day before: it comes
    assert notice_shown(watched)


def test_nothing_on_a_day_of_leave(qtbot, watched) -> None:  # noqa: ANN001
    from absensi_app.domain.model import LeaveKind

    watched.ctx.worklog.set_status(WEDNESDAY, DayStatus.CUTI, LeaveKind.TAHUNAN)
    at(watched, 16, 0)
    assert not notice_shown(watched)
    assert "berstatus" in watched.ctx.reminders.check().reason


def test_an_open_notice_closes_once_the_day_is_logged(qtbot, watched) -> None:  # noqa: ANN001
    at(watched, 15, 30)
    assert notice_shown(watched)
    watched.ctx.worklog.add(EntryDraft(WEDNESDAY, Location.KANTOR, "Rapat", time(8, 0), time(9, 0)))
    at(watched, 15, 31)
    assert not notice_shown(watched)


def test_month_end_lists_the_empty_days_and_offers_the_export(qtbot, watched, monkeypatch) -> None:  # noqa: ANN001
    ctx = watched.ctx
    ctx.clock.fixed = datetime(2026, 11, 27, 15, 0)
    day = date(2026, 11, 2)
    while day <= date(2026, 11, 26):  # all logged but 24 and 25 November
        if day.weekday() < 5 and day not in (date(2026, 11, 24), date(2026, 11, 25)):
            ctx.worklog.add(EntryDraft(day, Location.KANTOR, "Pelayanan", time(8, 0), time(12, 0)))
        day += timedelta(days=1)
    exported: list[bool] = []
    monkeypatch.setattr(watched, "export_summary", lambda: exported.append(True))
    at(watched, 15, 30, date(2026, 11, 27))  # Friday: one of the two last working days
    notice = watched.reminder_watch.notice
    assert notice_shown(watched)
    assert watched.reminder_watch.shown[-1][0] == "akhir-bulan"
    assert notice.heading.text() == "Akhir bulan: lengkapi dan ekspor ringkasan"
    assert "Selasa, 24 November 2026" in notice.days.text() and "Rabu, 25 November 2026" in notice.days.text()
    assert "Jumat, 27 November 2026" in notice.days.text()  # today is still empty too
    assert notice.export_button.isVisible()
    notice.grab().save(str(SHOTS / "reminder-month-end.png"))
    qtbot.mouseClick(notice.export_button, Qt.LeftButton)
    assert exported == [True]
    assert not notice_shown(watched)


def test_with_a_tray_the_reminder_is_its_message(qtbot, window, monkeypatch, inline_tasks) -> None:  # noqa: ANN001
    from absensi_app.views import companion

    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    monkeypatch.setattr(companion, "end_app", lambda: None)
    window.ctx.clock.fixed = datetime(2026, 11, 18, 15, 0)
    window.start_companion()
    messages: list[tuple[str, str]] = []
    clicks = []

    def record(title, text, on_click=None):  # noqa: ANN001, ANN202
        messages.append((title, text))
        clicks.append(on_click)
        return True

    monkeypatch.setattr(window.tray, "show_message", record)
    try:
        window.load_day(date(2026, 11, 2))
        at(window, 15, 30)
        assert [title for title, _text in messages] == ["Saatnya mencatat kegiatan hari ini"]
        assert window.reminder_watch.notice is None  # no window of its own
        clicks[0]()  # a click on the message opens the day
        assert window.current_day == WEDNESDAY
    finally:
        window.quit_app()
        QApplication.setQuitOnLastWindowClosed(True)
