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


# ---- weeks, the month calendar, off-site days and the year --------------------------------
from absensi_app.domain.calendar import HolidayChange, apply_changes, is_estimate  # noqa: E402
from absensi_app.domain.hours import (  # noqa: E402
    DayState,
    day_cells,
    offsite_days,
    week_totals,
    year_totals,
)


def test_user_changes_add_and_remove_holidays() -> None:
    national = national_holidays(2026)
    assert date(2026, 8, 17) in national
    merged = apply_changes(
        national,
        [
            HolidayChange(date(2026, 8, 17), False),  # worked through, e.g. a changed date
            HolidayChange(date(2026, 4, 28), True, "Hari Jadi Kabupaten"),
        ],
    )
    assert date(2026, 8, 17) not in merged
    assert merged[date(2026, 4, 28)] == "Hari Jadi Kabupaten"
    assert len(merged) == len(national)
    t = period_totals(date(2026, 4, 1), date(2026, 4, 30), [], FIVE, merged, {}, date(2026, 12, 31))
    # April 2026: 22 weekdays, Good Friday 3rd, and the regional holiday on Tue 28th
    assert t.working_days == 20


def test_future_islamic_dates_are_marked_as_estimates() -> None:
    names_2027 = national_holidays(2027).values()
    assert any(is_estimate(n) for n in names_2027)
    assert not is_estimate("Hari Kemerdekaan Republik Indonesia")


def test_offsite_days_exclude_office_days_and_official_travel() -> None:
    mon, tue, wed, thu = (date(2026, 11, d) for d in (23, 24, 25, 26))
    entries = [
        entry(mon, 240, Location.RUMAH),
        entry(tue, 240, Location.LOKASI_LAIN),
        entry(tue, 120, Location.KANTOR_LAIN),
        entry(wed, 120, Location.RUMAH),
        entry(wed, 120, Location.KANTOR),  # half a day at the office: not an off-site day
        entry(thu, 400, Location.DINAS_LUAR),  # duty travel never counts
    ]
    assert offsite_days(entries) == [mon, tue]


def test_week_totals_cover_whole_weeks_around_the_month() -> None:
    # Nov 2026: Sunday 1st .. Monday 30th -> weeks starting Oct 26, Nov 2, 9, 16, 23, 30
    entries = [
        entry(date(2026, 10, 30), 300),
        entry(date(2026, 11, 2), 450, Location.RUMAH),
        entry(date(2026, 11, 3), 450, Location.RUMAH),
        entry(date(2026, 11, 4), 450, Location.LOKASI_LAIN),
    ]
    weeks = week_totals(date(2026, 11, 1), date(2026, 11, 30), entries, FIVE, national_holidays(2026), {})
    assert [w.first for w in weeks] == [date(2026, 10, 26)] + [date(2026, 11, d) for d in (2, 9, 16, 23, 30)]
    assert weeks[0].minutes == 300 and weeks[0].expected_minutes == 5 * 450
    assert weeks[1].minutes == 1350 and len(weeks[1].offsite_days) == 3
    assert weeks[1].by_location[Location.RUMAH].days == 2
    assert weeks[1].iso_week == 45


def test_day_cells_states() -> None:
    statuses = {
        date(2026, 11, 10): DayStatusRecord(date(2026, 11, 10), DayStatus.CUTI, LeaveKind.TAHUNAN),
        date(2026, 11, 11): DayStatusRecord(date(2026, 11, 11), DayStatus.DINAS_LUAR),
    }
    per_day = {date(2026, 11, 2): 450, date(2026, 11, 3): 200, date(2026, 11, 8): 60}
    holidays = {date(2026, 11, 12): "Hari libur daerah"}
    cells = {
        c.day.day: c
        for c in day_cells(
            date(2026, 11, 1), date(2026, 11, 30), per_day, FIVE, holidays, statuses, date(2026, 11, 20)
        )
    }
    assert cells[2].state is DayState.COMPLETE
    assert cells[3].state is DayState.PARTIAL and cells[3].expected_minutes == 450
    assert cells[8].state is DayState.COMPLETE  # Sunday work counts as done, nothing was expected
    assert cells[1].state is DayState.OFF
    assert cells[4].state is DayState.MISSING
    assert cells[10].state is DayState.LEAVE
    assert cells[11].state is DayState.TRAVEL
    assert cells[12].state is DayState.HOLIDAY and cells[12].holiday == "Hari libur daerah"
    assert cells[20].state is DayState.MISSING  # today, still empty
    assert cells[23].state is DayState.FUTURE
    assert len(cells) == 30


def test_year_totals_against_the_1250_hour_yardstick() -> None:
    hol = national_holidays(2026)
    y = year_totals(2026, {date(2026, 1, 5): 450, date(2025, 12, 31): 450}, FIVE, hol, {}, date(2026, 12, 31))
    # 2026 starts on a Thursday: 52 weeks + 1 day = 261 weekdays. Of the 25 holidays and
    # cuti bersama, 4 fall on a weekend (Idul Fitri 21-22 March, Easter 5 April, Waisak
    # 31 May): 261 - 21 = 240 working days.
    assert y.working_days == 240
    assert y.expected_minutes == y.working_days * 450
    assert y.total_minutes == 450  # last year's entry is not counted
    assert y.yardstick_minutes == 75_000 and y.yardstick_to_date_minutes == 75_000
    half = year_totals(2026, {}, FIVE, hol, {}, date(2026, 6, 30))
    assert 0 < half.working_days_to_date < half.working_days
    assert half.yardstick_to_date_minutes == round(75_000 * half.working_days_to_date / half.working_days)
    assert half.balance_minutes == -half.expected_to_date_minutes


def test_weekend_and_holiday_work_from_home_is_not_an_offsite_working_day() -> None:
    # week of 17 August 2026: Monday is Independence Day
    entries = [
        entry(date(2026, 8, 17), 240, Location.RUMAH),  # holiday
        entry(date(2026, 8, 19), 240, Location.RUMAH),  # Wednesday
        entry(date(2026, 8, 22), 240, Location.RUMAH),  # Saturday
        entry(date(2026, 8, 23), 240, Location.LOKASI_LAIN),  # Sunday
    ]
    [week] = week_totals(date(2026, 8, 17), date(2026, 8, 17), entries, FIVE, national_holidays(2026), {})
    assert week.offsite_days == (date(2026, 8, 19),)
    assert offsite_days(entries) == [e.day for e in entries]  # without a calendar every day counts
