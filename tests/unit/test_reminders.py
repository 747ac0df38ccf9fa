"""domain.reminders.decide on a fixed clock, with the real national calendar of 2026.

December 2026: Thursday 24 is cuti bersama (Hari Raya Natal), Friday 25 Hari Raya Natal, so
the last two working days are Wednesday 30 and Thursday 31. May 2026: Wednesday 27 Idul Adha,
Thursday 28 its cuti bersama, so the last two are Tuesday 26 and Friday 29.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime, time

import pytest

from absensi_app.domain.calendar import HolidayChange, apply_changes, holidays_between
from absensi_app.domain.hours import LoggedTime, period_totals
from absensi_app.domain.model import DayStatus, DayStatusRecord, LeaveKind, Location, WorkSchedule
from absensi_app.domain.reminders import (
    DayFacts,
    OffDay,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    day_facts,
    decide,
    last_working_days,
)

WEDNESDAY = date(2026, 12, 16)  # an ordinary working day
DAILY, MONTH_END = ReminderKind.DAILY, ReminderKind.MONTH_END


def facts(
    day: date,
    *,
    schedule: WorkSchedule = WorkSchedule(),
    changes: Iterable[HolidayChange] = (),
    statuses: Iterable[DayStatusRecord] = (),
    logged: Iterable[date] = (),
    entries: int = 0,
) -> DayFacts:
    """The day's facts as the service gathers them: the month's calendar with the changes,
    the statuses, and an entry of an hour on each ``logged`` day (plus ``entries`` on ``day``)."""
    first = day.replace(day=1)
    last_day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    changes = list(changes)
    holidays = apply_changes(holidays_between(first, last_day), changes)
    by_day = {s.day: s for s in statuses}
    worked = [LoggedTime(d, Location.KANTOR, 60) for d in logged]
    if entries:
        worked.append(LoggedTime(day, Location.KANTOR, 60 * entries))
    empty = period_totals(first, last_day, worked, schedule, holidays, by_day, day).missing_days
    own = {c.day for c in changes if c.is_holiday}
    return day_facts(day, schedule, holidays, own, by_day, entries, empty)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def check(moment: datetime, day_facts_: DayFacts | None = None, settings: ReminderSettings | None = None,
          state: ReminderState | None = None):  # noqa: ANN201
    return decide(moment, day_facts_ or facts(moment.date()), settings or ReminderSettings(),
                  state or ReminderState())


# ---- the daily reminder -----------------------------------------------------------------------
def test_working_day_is_due_after_the_time_not_before() -> None:
    before = check(at(WEDNESDAY, 15, 29))
    assert not before.due and before.kind is None and before.kinds == ()
    assert before.daily.reason.text == "Belum waktunya: pengingat pukul 15:30 (sekarang 15:29)."
    on_time = check(at(WEDNESDAY, 15, 30))
    assert on_time.due and on_time.kind is DAILY and on_time.kinds == (DAILY,)
    assert on_time.reason == ("Saatnya mencatat: Rabu, 16 Desember 2026 hari kerja dan belum ada kegiatan "
                              "tercatat (sudah lewat pukul 15:30).")
    assert check(at(WEDNESDAY, 21, 0)).due
    # mid-month: the month-end one says when it comes
    assert on_time.month_end.reason.text == (
        "Pengingat akhir bulan hanya pada dua hari kerja terakhir bulan ini: 30 dan 31 Desember 2026.")


def test_the_time_is_a_setting() -> None:
    later = ReminderSettings(time=time(16, 45))
    assert not check(at(WEDNESDAY, 16, 0), settings=later).due
    assert "pukul 16:45" in check(at(WEDNESDAY, 16, 0), settings=later).reason
    assert check(at(WEDNESDAY, 16, 45), settings=later).due


def test_national_holiday() -> None:
    christmas = check(at(date(2026, 12, 25), 16))
    assert not christmas.due
    assert christmas.facts.off is OffDay.HOLIDAY and christmas.facts.holiday == "Hari Raya Natal"
    assert christmas.reason == "Tidak ada pengingat: Jumat, 25 Desember 2026 hari libur nasional (Hari Raya Natal)."


def test_cuti_bersama() -> None:
    eve = check(at(date(2026, 12, 24), 16))
    assert not eve.due and eve.facts.off is OffDay.CUTI_BERSAMA
    assert eve.reason == ("Tidak ada pengingat: Kamis, 24 Desember 2026 cuti bersama "
                          "(Cuti Bersama Hari Raya Natal).")


def test_a_national_holiday_made_a_working_day_again_and_an_own_holiday() -> None:
    back = facts(date(2026, 12, 24), changes=[HolidayChange(date(2026, 12, 24), False)])
    assert check(at(date(2026, 12, 24), 16), back).due
    own = facts(WEDNESDAY, changes=[HolidayChange(WEDNESDAY, True, "Hari Jadi Kabupaten")])
    decision = check(at(WEDNESDAY, 16), own)
    assert not decision.due and decision.facts.off is OffDay.OWN_HOLIDAY
    assert decision.reason == "Tidak ada pengingat: Rabu, 16 Desember 2026 hari libur (Hari Jadi Kabupaten)."


@pytest.mark.parametrize(("record", "label"), [
    (DayStatusRecord(WEDNESDAY, DayStatus.CUTI, LeaveKind.TAHUNAN), "Cuti Tahunan"),
    (DayStatusRecord(WEDNESDAY, DayStatus.CUTI, LeaveKind.BERSAMA), "Cuti Bersama"),
    (DayStatusRecord(WEDNESDAY, DayStatus.SAKIT), "Sakit"),
    (DayStatusRecord(WEDNESDAY, DayStatus.DINAS_LUAR), "Dinas Luar"),
])
def test_leave_and_other_excusing_statuses(record: DayStatusRecord, label: str) -> None:
    decision = check(at(WEDNESDAY, 16), facts(WEDNESDAY, statuses=[record]))
    assert not decision.due
    assert decision.reason == f"Tidak ada pengingat: Rabu, 16 Desember 2026 berstatus {label}."


@pytest.mark.parametrize("status", [DayStatus.HADIR, DayStatus.TANPA_KETERANGAN])
def test_statuses_that_excuse_nothing_still_remind(status: DayStatus) -> None:
    assert check(at(WEDNESDAY, 16), facts(WEDNESDAY, statuses=[DayStatusRecord(WEDNESDAY, status)])).due


def test_weekend() -> None:
    saturday = check(at(date(2026, 12, 19), 16))
    assert not saturday.due and saturday.facts.off is OffDay.WEEKEND
    assert saturday.reason == "Tidak ada pengingat: Sabtu, 19 Desember 2026 akhir pekan."


def test_a_day_off_in_the_schedule_and_a_working_saturday() -> None:
    four_days = WorkSchedule(workdays=(0, 1, 2, 3))
    friday = check(at(date(2026, 12, 18), 16), facts(date(2026, 12, 18), schedule=four_days))
    assert not friday.due and friday.facts.off is OffDay.SCHEDULE
    assert friday.reason == "Tidak ada pengingat: Jumat, 18 Desember 2026 bukan hari kerja dalam jadwal Anda."
    six_days = WorkSchedule(workdays=(0, 1, 2, 3, 4, 5))
    assert check(at(date(2026, 12, 19), 16), facts(date(2026, 12, 19), schedule=six_days)).due


def test_already_logged() -> None:
    decision = check(at(WEDNESDAY, 16), facts(WEDNESDAY, entries=2))
    assert not decision.due
    assert decision.daily.reason.text == "Tidak ada pengingat: Rabu, 16 Desember 2026 sudah tercatat 2 kegiatan."


def test_snoozed_is_not_due_then_due_again() -> None:
    snoozed = ReminderState(snoozed_until=at(WEDNESDAY, 16, 10))
    during = check(at(WEDNESDAY, 15, 45), state=snoozed)
    assert not during.due and during.snoozed_until == at(WEDNESDAY, 16, 10)
    assert during.daily.reason.text == "Pengingat ditunda sampai pukul 16:10."
    after = check(at(WEDNESDAY, 16, 10), state=snoozed)
    assert after.due and after.snoozed_until is None
    # a snooze that ends before the reminder time changes nothing at that time
    assert check(at(WEDNESDAY, 15, 30), state=ReminderState(snoozed_until=at(WEDNESDAY, 10, 30))).due
    # a moment days before a snooze's end is not snoozed
    assert check(at(WEDNESDAY, 16), state=ReminderState(snoozed_until=at(date(2026, 12, 18), 16))).due


def test_a_snooze_past_midnight_names_the_day() -> None:
    until = datetime(2026, 12, 17, 0, 10)
    decision = check(at(WEDNESDAY, 23, 50), state=ReminderState(snoozed_until=until))
    assert decision.daily.reason.text == "Pengingat ditunda sampai Kamis, 17 Desember 2026 pukul 00:10."


def test_dismissed_for_the_day_only() -> None:
    not_today = ReminderState(dismissed_on=WEDNESDAY)
    decision = check(at(WEDNESDAY, 16), state=not_today)
    assert not decision.due and decision.dismissed
    assert decision.daily.reason.text == "Pengingat Rabu, 16 Desember 2026 sudah ditutup (tidak hari ini)."
    thursday = date(2026, 12, 17)
    assert check(at(thursday, 16), state=not_today).due


def test_switched_off_separately() -> None:
    last_day = date(2026, 12, 31)
    both = check(at(last_day, 16))
    assert both.kinds == (DAILY, MONTH_END) and both.kind is MONTH_END
    no_daily = check(at(last_day, 16), settings=ReminderSettings(daily=False))
    assert no_daily.kinds == (MONTH_END,) and no_daily.daily.reason.text == "Pengingat harian dimatikan."
    no_month_end = check(at(last_day, 16), settings=ReminderSettings(month_end=False))
    assert no_month_end.kinds == (DAILY,)
    assert no_month_end.month_end.reason.text == "Pengingat akhir bulan dimatikan."
    off = check(at(last_day, 16), settings=ReminderSettings(daily=False, month_end=False))
    assert not off.due
    assert off.reason == "Pengingat harian dimatikan. Pengingat akhir bulan dimatikan."


# ---- the month-end reminder -------------------------------------------------------------------
def test_month_end_on_the_last_two_working_days_with_the_empty_days() -> None:
    logged = [d for d in (date(2026, 12, n) for n in range(1, 30)) if d.weekday() < 5 and d.day not in (7, 29)]
    tuesday, wednesday, thursday = (date(2026, 12, n) for n in (29, 30, 31))
    assert facts(wednesday).last_working_days == (wednesday, thursday)
    not_yet = check(at(tuesday, 16), facts(tuesday, logged=logged))
    assert not_yet.kinds == (DAILY,) and not_yet.facts.empty_days == (date(2026, 12, 7), tuesday)
    decision = check(at(wednesday, 16), facts(wednesday, logged=logged))
    assert decision.kinds == (DAILY, MONTH_END)
    assert decision.facts.empty_days == (date(2026, 12, 7), tuesday, wednesday)
    assert decision.month_end.reason.text == (
        "Akhir bulan: 3 hari kerja Desember 2026 belum terisi (7, 29 dan 30 Desember 2026); "
        "isi lalu ekspor ringkasan bulan ini.")
    # today logged: the daily one is not due, the month-end one still is
    logged_today = check(at(wednesday, 16), facts(wednesday, logged=logged, entries=1))
    assert logged_today.kinds == (MONTH_END,) and logged_today.facts.empty_days == (date(2026, 12, 7), tuesday)
    # not before the time, and "not today" and snooze hold for it too
    assert not check(at(thursday, 15), facts(thursday)).due
    assert not check(at(thursday, 16), facts(thursday), state=ReminderState(dismissed_on=thursday)).due
    assert not check(at(thursday, 16), facts(thursday),
                     state=ReminderState(snoozed_until=at(thursday, 16, 30))).due


def test_month_end_with_every_day_filled() -> None:
    wednesday = date(2026, 12, 30)
    logged = [d for d in (date(2026, 12, n) for n in range(1, 30)) if d.weekday() < 5]
    decision = check(at(wednesday, 16), facts(wednesday, logged=logged, entries=1))
    assert decision.kinds == (MONTH_END,) and decision.facts.empty_days == ()
    assert decision.reason == ("Akhir bulan: semua hari kerja Desember 2026 sampai hari ini sudah terisi; "
                               "saatnya mengekspor ringkasan bulan ini.")


def test_leave_on_the_last_working_day_means_no_month_end_reminder_either() -> None:
    thursday = date(2026, 12, 31)
    leave = DayStatusRecord(thursday, DayStatus.CUTI, LeaveKind.TAHUNAN)
    assert not check(at(thursday, 16), facts(thursday, statuses=[leave])).due


def test_a_holiday_at_month_end_shifts_the_last_two_working_days() -> None:
    schedule, may = WorkSchedule(), holidays_between(date(2026, 5, 1), date(2026, 5, 31))
    last_two = last_working_days(date(2026, 5, 1), date(2026, 5, 31), schedule, may)
    assert last_two == (date(2026, 5, 26), date(2026, 5, 29))
    tuesday = check(at(date(2026, 5, 26), 16))
    assert MONTH_END in tuesday.kinds
    assert not check(at(date(2026, 5, 28), 16)).due  # cuti bersama Idul Adha
    assert MONTH_END not in check(at(date(2026, 5, 25), 16)).kinds
    # the user's own holiday on 31 December moves the month end to the 29th and 30th
    own = [HolidayChange(date(2026, 12, 31), True, "Libur daerah")]
    assert facts(date(2026, 12, 29), changes=own).last_working_days == (date(2026, 12, 29), date(2026, 12, 30))
    assert MONTH_END in check(at(date(2026, 12, 29), 16), facts(date(2026, 12, 29), changes=own)).kinds
    # and a schedule without Thursdays too
    no_thursday = WorkSchedule(workdays=(0, 1, 2, 4))
    assert facts(date(2026, 12, 30), schedule=no_thursday).last_working_days == (date(2026, 12, 29), date(2026, 12, 30))


def test_the_facts_must_be_of_the_moments_day() -> None:
    with pytest.raises(ValueError):
        decide(at(WEDNESDAY, 16), facts(date(2026, 12, 17)), ReminderSettings(), ReminderState())


def test_reasons_are_templates_with_their_parameters() -> None:
    reason = check(at(date(2026, 12, 25), 16)).daily.reason
    assert reason.template == "Tidak ada pengingat: {day} hari libur nasional ({name})."
    assert reason.params == {"day": "Jumat, 25 Desember 2026", "name": "Hari Raya Natal"}
