"""services.reminders on a real SQLite file: settings and state kept across a restart, the
facts read from the log, the calendar and the profile's schedule."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import DayStatus, EntryDraft, LeaveKind, Location, WorkSchedule
from absensi_app.domain.reminders import OffDay, ReminderKind, ReminderSettings, ReminderState
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.reminders import ReminderService
from absensi_app.store.models import SettingRow
from tests.support import release_log_handlers

LAST_WEDNESDAY = datetime(2026, 12, 30, 16, 0)


def service(ctx: AppContext) -> ReminderService:
    return ReminderService(ctx.sessions, ctx.clock, ctx.profile, ctx.worklog, ctx.calendar)


def log(ctx: AppContext, day: date, text: str = "Menyusun laporan") -> None:
    ctx.worklog.add(EntryDraft(day=day, location=Location.KANTOR, description=text, minutes=60))


def test_defaults_then_settings_and_state_survive_a_restart(paths: AppPaths, clock: Clock) -> None:
    ctx = open_context(paths, clock)
    try:
        reminders = service(ctx)
        assert reminders.settings() == ReminderSettings(time(15, 30), True, True)
        assert reminders.state() == ReminderState()
        assert reminders.update(time(16, 15), daily=False) == ReminderSettings(time(16, 15), False, True)
        assert reminders.update(month_end=False) == ReminderSettings(time(16, 15), False, False)
        assert reminders.snooze(45, datetime(2026, 12, 30, 16, 20, 31)) == datetime(2026, 12, 30, 17, 5)
    finally:
        ctx.close()
        release_log_handlers(paths.data_dir)
    ctx = open_context(paths, clock)
    try:
        reminders = service(ctx)
        assert reminders.settings() == ReminderSettings(time(16, 15), False, False)
        assert reminders.state() == ReminderState(snoozed_until=datetime(2026, 12, 30, 17, 5))
    finally:
        ctx.close()
        release_log_handlers(paths.data_dir)


def test_snooze_and_dismiss_replace_each_other(ctx_with_profile: AppContext) -> None:
    reminders = service(ctx_with_profile)
    ctx_with_profile.clock.fixed = LAST_WEDNESDAY
    until = reminders.snooze()  # 30 minutes from the clock's now
    assert until == datetime(2026, 12, 30, 16, 30)
    assert not reminders.check().due
    assert reminders.check(datetime(2026, 12, 30, 16, 30)).due
    assert reminders.dismiss() == date(2026, 12, 30)
    assert reminders.state() == ReminderState(dismissed_on=date(2026, 12, 30))
    assert not reminders.check(datetime(2026, 12, 30, 20, 0)).due
    assert reminders.check(datetime(2026, 12, 31, 16, 0)).due
    reminders.snooze(5, datetime(2026, 12, 30, 17, 0))  # the latest answer counts
    assert reminders.state() == ReminderState(snoozed_until=datetime(2026, 12, 30, 17, 5))
    assert reminders.check(datetime(2026, 12, 30, 17, 5)).due


@pytest.mark.parametrize("minutes", [0, -5, 721, True, 2.5])
def test_snooze_length_is_checked(ctx: AppContext, minutes: object) -> None:
    with pytest.raises(ValidationError, match="1 sampai 720 menit"):
        service(ctx).snooze(minutes)  # type: ignore[arg-type]
    assert service(ctx).state() == ReminderState()


def test_a_reminder_time_with_seconds_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        service(ctx).update(time(15, 30, 10))
    assert service(ctx).settings() == ReminderSettings()


def test_damaged_values_read_as_their_defaults(ctx: AppContext) -> None:
    with ctx.sessions.begin() as s:
        for key in ("time", "daily", "month_end", "snoozed_until", "dismissed_on"):
            s.add(SettingRow(key=f"reminder:{key}", value="rusak"))
    assert service(ctx).settings() == ReminderSettings()
    assert service(ctx).state() == ReminderState()


def test_facts_come_from_the_log_calendar_and_schedule(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    ctx.clock.fixed = LAST_WEDNESDAY
    reminders = service(ctx)
    first = reminders.check()
    assert first.kinds == (ReminderKind.DAILY, ReminderKind.MONTH_END)
    assert date(2026, 12, 24) not in first.facts.empty_days  # cuti bersama
    assert date(2026, 12, 25) not in first.facts.empty_days  # Hari Raya Natal
    assert len(first.facts.empty_days) == 20 and first.facts.empty_days[-1] == date(2026, 12, 30)

    log(ctx, date(2026, 12, 30))
    log(ctx, date(2026, 12, 30), "Rapat koordinasi")
    ctx.worklog.set_status(date(2026, 12, 1), DayStatus.CUTI, LeaveKind.TAHUNAN)
    logged = reminders.check()
    assert logged.kinds == (ReminderKind.MONTH_END,) and logged.facts.entries == 2
    assert "sudah tercatat 2 kegiatan" in logged.daily.reason.text
    assert date(2026, 12, 1) not in logged.facts.empty_days and date(2026, 12, 30) not in logged.facts.empty_days

    ctx.calendar.add_holiday(date(2026, 12, 16), "Hari Jadi Kabupaten")
    own = reminders.check(datetime(2026, 12, 16, 16, 0))
    assert not own.due and own.facts.off is OffDay.OWN_HOLIDAY
    assert "Hari Jadi Kabupaten" in own.reason

    ctx.calendar.add_holiday(date(2026, 12, 31), "Libur daerah")
    assert reminders.check().facts.last_working_days == (date(2026, 12, 29), date(2026, 12, 30))

    ctx.profile.save_schedule(WorkSchedule(workdays=(0, 1, 3, 4)))  # no Wednesdays
    off = reminders.check()
    assert not off.due and off.facts.off is OffDay.SCHEDULE
    assert "bukan hari kerja dalam jadwal Anda" in off.reason


def test_check_defaults_to_the_clock(ctx_with_profile: AppContext) -> None:
    # the conftest clock: Saturday 2026-11-28 15:00
    decision = service(ctx_with_profile).check()
    assert decision.at == datetime(2026, 11, 28, 15, 0) and decision.facts.off is OffDay.WEEKEND
