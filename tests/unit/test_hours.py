"""Working days, expected minutes and month totals, checked against hand-computed values."""

from __future__ import annotations

from datetime import date

from absensi_app.domain.calendar import national_holidays
from absensi_app.domain.hours import RamadanPeriod, period_totals, plan_day
from absensi_app.domain.model import DayStatus, DayStatusRecord, Entry, Evidence, LeaveKind, Location, WorkSchedule

FIVE = WorkSchedule()
SIX = WorkSchedule(workdays=(0, 1, 2, 3, 4, 5))


def entry(day: date, minutes: int, location: Location = Location.KANTOR, n: int = 1) -> Entry:
    return Entry(n, day, None, None, minutes, location, "kerja", None, None, Evidence())


def totals(first, last, entries=(), schedule=FIVE, statuses=None, today=date(2026, 12, 31), ramadan=()):  # noqa: ANN001, ANN201
    hol = {**national_holidays(first.year), **national_holidays(last.year)}
    return period_totals(first, last, entries, schedule, hol, statuses or {}, today, ramadan)


def test_november_2026_five_day_week() -> None:
    # Nov 2026 starts on a Sunday: 21 weekdays, no national holiday.
    t = totals(date(2026, 11, 1), date(2026, 11, 30))
    assert t.working_days == 21
    assert t.expected_minutes == 21 * 450


def test_march_2026_holidays_and_cuti_bersama_are_not_working_days() -> None:
    # March 2026: 22 weekdays; Nyepi 19th (Thu), cuti bersama 18, 20, 23, 24; Idul Fitri 21-22 is a weekend.
    t = totals(date(2026, 3, 1), date(2026, 3, 31))
    assert t.working_days == 22 - 5
    assert t.expected_minutes == 17 * 450


def test_six_day_week_spreads_37_5_hours_over_six_days() -> None:
    assert SIX.daily_minutes == 375
    # Nov 2026 has 4 Saturdays: 21 + 4 = 25 working days of 6 h 15 m.
    t = totals(date(2026, 11, 1), date(2026, 11, 30), schedule=SIX)
    assert (t.working_days, t.expected_minutes) == (25, 25 * 375)


def test_ramadan_period_uses_its_own_weekly_total() -> None:
    ramadan = (RamadanPeriod(date(2026, 2, 18), date(2026, 3, 19)),)
    # a Ramadan weekday: 32.5 h / 5 = 6 h 30 m
    assert plan_day(date(2026, 2, 23), FIVE, {}, {}, ramadan).expected_minutes == 390
    assert plan_day(date(2026, 2, 13), FIVE, {}, {}, ramadan).expected_minutes == 450
    # Feb 2026: 20 weekdays, Imlek cuti bersama on Mon 16th and Imlek on Tue 17th -> 18 days;
    # 2..13 Feb (10 days) and 18..27 Feb (8 days) at Ramadan pace from the 18th.
    t = totals(date(2026, 2, 1), date(2026, 2, 28), ramadan=ramadan)
    assert t.working_days == 18
    assert t.expected_minutes == 10 * 450 + 8 * 390


def test_leave_and_sickness_excuse_the_day_but_tanpa_keterangan_does_not() -> None:
    cuti = DayStatusRecord(date(2026, 11, 2), DayStatus.CUTI, LeaveKind.TAHUNAN)
    sakit = DayStatusRecord(date(2026, 11, 3), DayStatus.SAKIT)
    tk = DayStatusRecord(date(2026, 11, 4), DayStatus.TANPA_KETERANGAN)
    statuses = {s.day: s for s in (cuti, sakit, tk)}
    t = totals(date(2026, 11, 2), date(2026, 11, 6), statuses=statuses, today=date(2026, 11, 6))
    assert t.working_days == 5
    assert t.expected_minutes == 3 * 450
    assert t.missing_days == (date(2026, 11, 4), date(2026, 11, 5), date(2026, 11, 6))


def test_month_starting_mid_week_and_missing_days_stop_at_today() -> None:
    # July 2026 starts on a Wednesday: 23 weekdays.
    entries = [entry(date(2026, 7, 1), 450), entry(date(2026, 7, 2), 300, Location.RUMAH, 2)]
    t = totals(date(2026, 7, 1), date(2026, 7, 31), entries, today=date(2026, 7, 6))
    assert t.working_days == 23
    assert t.logged_days == 2
    assert t.total_minutes == 750
    assert t.missing_days == (date(2026, 7, 3), date(2026, 7, 6))
    assert t.by_location[Location.RUMAH].minutes == 300 and t.by_location[Location.RUMAH].days == 1
    assert sum(v.minutes for v in t.by_location.values()) == t.total_minutes
    # balance runs to today: 1, 2, 3 and 6 July were due by the 6th
    assert t.expected_to_date_minutes == 4 * 450
    assert t.balance_minutes == 750 - 4 * 450


def test_leap_year_february() -> None:
    # Feb 2028 has 29 days: 21 weekdays; 29 Feb 2028 is a Tuesday and counts.
    days = {d for d in national_holidays(2028) if d.month == 2 and d.weekday() < 5}
    t = totals(date(2028, 2, 1), date(2028, 2, 29))
    assert t.working_days == 21 - len(days)
    assert plan_day(date(2028, 2, 29), FIVE, {}, {}).is_workday


def test_entries_on_non_working_days_still_count_as_logged_time() -> None:
    t = totals(date(2026, 11, 28), date(2026, 11, 29), [entry(date(2026, 11, 28), 120)])
    assert (t.working_days, t.expected_minutes, t.total_minutes) == (0, 0, 120)
