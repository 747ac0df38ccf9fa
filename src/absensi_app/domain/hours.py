"""Working days and expected hours of a period, and what was logged against them.

Pure functions over dataclasses: the caller supplies the schedule, the holidays (national ones
from domain.calendar plus the user's own changes), the day statuses and the entries.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol

from absensi_app.domain.model import DayStatus, DayStatusRecord, Location, WorkSchedule

RAMADAN_WEEKLY_MINUTES = 1950  # 32.5 hours a week (domain.md)


class Worked(Protocol):
    """What the totals read of an entry: an :class:`~absensi_app.domain.model.Entry`, or a
    :class:`LoggedTime` summing a day's entries at one place."""

    @property
    def day(self) -> date: ...
    @property
    def location(self) -> Location: ...
    @property
    def minutes(self) -> int: ...


@dataclass(frozen=True)
class LoggedTime:
    """The minutes of a day's entries at one location. Every total here (minutes, days per
    location, off-site days, missing days) comes out the same from these as from the
    entries themselves, so ten years of totals need not read every entry."""

    day: date
    location: Location
    minutes: int


@dataclass(frozen=True)
class RamadanPeriod:
    """Dates the user sets each year, with their own weekly total."""

    first: date
    last: date
    weekly_minutes: int = RAMADAN_WEEKLY_MINUTES

    def __contains__(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class DayPlan:
    day: date
    is_workday: bool
    expected_minutes: int
    holiday: str | None = None
    excused_by: DayStatusRecord | None = None


def plan_day(
    day: date,
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    statuses: Mapping[date, DayStatusRecord],
    ramadan: Iterable[RamadanPeriod] = (),
) -> DayPlan:
    """Whether ``day`` is a working day and how many minutes of work it expects."""
    holiday = holidays.get(day)
    if not schedule.is_workday(day) or holiday is not None:
        return DayPlan(day, False, 0, holiday)
    status = statuses.get(day)
    if status is not None and status.status.excuses_work:
        return DayPlan(day, True, 0, None, status)
    for period in ramadan:
        if day in period:
            schedule = replace(schedule, weekly_minutes=period.weekly_minutes)
            break
    return DayPlan(day, True, schedule.daily_minutes)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@dataclass(frozen=True)
class LocationTotal:
    minutes: int = 0
    days: int = 0


def location_totals(entries: Iterable[Worked]) -> dict[Location, LocationTotal]:
    """Minutes and days per location (a day counts once for every location it has entries at)."""
    minutes_at: dict[Location, int] = {loc: 0 for loc in Location}
    days_at: dict[Location, set[date]] = {loc: set() for loc in Location}
    for e in entries:
        minutes_at[e.location] += e.minutes
        days_at[e.location].add(e.day)
    return {loc: LocationTotal(minutes_at[loc], len(days_at[loc])) for loc in Location}


@dataclass(frozen=True)
class PeriodTotals:
    first: date
    last: date
    total_minutes: int
    expected_minutes: int
    expected_to_date_minutes: int
    working_days: int
    logged_days: int
    missing_days: tuple[date, ...]
    by_location: dict[Location, LocationTotal] = field(default_factory=dict)

    @property
    def balance_minutes(self) -> int:
        """Running balance: logged minutes against what was expected up to today."""
        return self.total_minutes - self.expected_to_date_minutes


def period_totals(
    first: date,
    last: date,
    entries: Iterable[Worked],
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    statuses: Mapping[date, DayStatusRecord],
    today: date,
    ramadan: Iterable[RamadanPeriod] = (),
) -> PeriodTotals:
    """Totals of ``first..last``.

    Missing days are working days up to ``today`` with no entries and no status that explains
    them (leave, sickness, permission, study duty, holiday or official travel); a day marked
    Tanpa Keterangan stays in the list on purpose.
    """
    ramadan = tuple(ramadan)
    entries = [e for e in entries if first <= e.day <= last]
    logged = {e.day for e in entries}
    working = expected = expected_to_date = 0
    missing: list[date] = []
    for day in days_between(first, last):
        plan = plan_day(day, schedule, holidays, statuses, ramadan)
        if not plan.is_workday:
            continue
        working += 1
        expected += plan.expected_minutes
        if day <= today:
            expected_to_date += plan.expected_minutes
        status = statuses.get(day)
        explained = status is not None and (
            status.status.excuses_work or status.status is DayStatus.DINAS_LUAR
        )
        if day <= today and day not in logged and not explained:
            missing.append(day)
    by_location = location_totals(entries)
    return PeriodTotals(
        first,
        last,
        sum(e.minutes for e in entries),
        expected,
        expected_to_date,
        working,
        len(logged),
        tuple(missing),
        by_location,
    )


# ---- weeks, day states and the yearly yardstick ------------------------------------------
YEARLY_YARDSTICK_MINUTES = 75_000  # "1.250 jam per tahun" of effective work (domain.md)
DEFAULT_OFFSITE_WEEKLY_LIMIT = 2  # PermenPANRB 4/2025


class DayState(enum.Enum):
    """How a day looks on the month calendar."""

    COMPLETE = "lengkap"  # logged at least the expected minutes
    PARTIAL = "sebagian"  # some minutes, fewer than expected
    MISSING = "kosong"  # a past working day with no entries and no explaining status
    LEAVE = "cuti"  # cuti, sakit, izin, tugas belajar, libur
    TRAVEL = "dinas-luar"  # marked Dinas Luar, no entries
    HOLIDAY = "libur"  # national, cuti bersama or the user's own holiday
    OFF = "bukan-hari-kerja"  # not in the schedule (weekend) and nothing logged
    FUTURE = "akan-datang"  # a working day still to come


@dataclass(frozen=True)
class DayCell:
    day: date
    state: DayState
    minutes: int
    expected_minutes: int
    holiday: str | None = None
    status: DayStatusRecord | None = None


def day_cells(
    first: date,
    last: date,
    minutes_by_day: Mapping[date, int],
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    statuses: Mapping[date, DayStatusRecord],
    today: date,
    ramadan: Iterable[RamadanPeriod] = (),
) -> list[DayCell]:
    ramadan = tuple(ramadan)
    cells = []
    for day in days_between(first, last):
        plan = plan_day(day, schedule, holidays, statuses, ramadan)
        minutes = minutes_by_day.get(day, 0)
        status = statuses.get(day)
        if minutes and (plan.expected_minutes == 0 or minutes >= plan.expected_minutes):
            state = DayState.COMPLETE
        elif minutes:
            state = DayState.PARTIAL
        elif plan.holiday is not None:
            state = DayState.HOLIDAY
        elif not plan.is_workday:
            state = DayState.OFF
        elif plan.excused_by is not None:
            state = DayState.LEAVE
        elif status is not None and status.status is DayStatus.DINAS_LUAR:
            state = DayState.TRAVEL
        elif day > today:
            state = DayState.FUTURE
        else:
            state = DayState.MISSING
        cells.append(DayCell(day, state, minutes, plan.expected_minutes, plan.holiday, status))
    return cells


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekTotals:
    first: date  # Monday
    last: date  # Sunday
    minutes: int
    expected_minutes: int
    offsite_days: tuple[date, ...]
    by_location: dict[Location, LocationTotal]

    @property
    def iso_week(self) -> int:
        return self.first.isocalendar()[1]


def offsite_days(entries: Iterable[Worked], working_days: Collection[date] | None = None) -> list[date]:
    """Working days worked off-site under flexible work (PermenPANRB 4/2025: "at most 2
    working days a week").

    A day counts when it has entries at home, another office or another location and none at
    the own office. Dinas Luar is duty travel and never counts. With ``working_days``, work on
    weekends and holidays does not count either.
    """
    places: dict[date, set[Location]] = {}
    for e in entries:
        places.setdefault(e.day, set()).add(e.location)
    return sorted(
        d
        for d, locs in places.items()
        if Location.KANTOR not in locs
        and any(loc.is_off_site for loc in locs)
        and (working_days is None or d in working_days)
    )


def week_totals(
    first: date,
    last: date,
    entries: Iterable[Worked],
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    statuses: Mapping[date, DayStatusRecord],
    ramadan: Iterable[RamadanPeriod] = (),
) -> list[WeekTotals]:
    """Whole Monday-to-Sunday weeks that touch ``first..last`` (callers pass entries and
    statuses that cover those whole weeks)."""
    ramadan = tuple(ramadan)
    entries = list(entries)
    weeks = []
    monday = week_start(first)
    while monday <= last:
        sunday = monday + timedelta(days=6)
        mine = [e for e in entries if monday <= e.day <= sunday]
        plans = [plan_day(d, schedule, holidays, statuses, ramadan) for d in days_between(monday, sunday)]
        expected = sum(p.expected_minutes for p in plans)
        working = {p.day for p in plans if p.is_workday}
        weeks.append(
            WeekTotals(
                monday,
                sunday,
                sum(e.minutes for e in mine),
                expected,
                tuple(offsite_days(mine, working)),
                location_totals(mine),
            )
        )
        monday += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class YearTotals:
    year: int
    total_minutes: int  # logged from 1 January up to today (or the year's end)
    expected_minutes: int  # the schedule's whole year
    expected_to_date_minutes: int
    yardstick_minutes: int  # 1,250 hours
    yardstick_to_date_minutes: int  # the yardstick's share for the working days so far
    working_days: int
    working_days_to_date: int

    @property
    def balance_minutes(self) -> int:
        return self.total_minutes - self.expected_to_date_minutes


def year_totals(
    year: int,
    minutes_by_day: Mapping[date, int],
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    statuses: Mapping[date, DayStatusRecord],
    today: date,
    ramadan: Iterable[RamadanPeriod] = (),
    yardstick_minutes: int = YEARLY_YARDSTICK_MINUTES,
) -> YearTotals:
    ramadan = tuple(ramadan)
    working = to_date = expected = expected_to_date = 0
    for day in days_between(date(year, 1, 1), date(year, 12, 31)):
        plan = plan_day(day, schedule, holidays, statuses, ramadan)
        if not plan.is_workday:
            continue
        working += 1
        expected += plan.expected_minutes
        if day <= today:
            to_date += 1
            expected_to_date += plan.expected_minutes
    total = sum(m for d, m in minutes_by_day.items() if d.year == year and d <= today)
    share = round(yardstick_minutes * to_date / working) if working else 0
    return YearTotals(
        year, total, expected, expected_to_date, yardstick_minutes, share, working, to_date
    )
