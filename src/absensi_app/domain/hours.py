"""Working days and expected hours of a period, and what was logged against them.

Pure functions over dataclasses: the caller supplies the schedule, the holidays (national ones
from domain.calendar plus the user's own changes), the day statuses and the entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from absensi_app.domain.model import DayStatus, DayStatusRecord, Entry, Location, WorkSchedule

RAMADAN_WEEKLY_MINUTES = 1950  # 32.5 hours a week (domain.md)


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
    entries: Iterable[Entry],
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
    by_location: dict[Location, LocationTotal] = {}
    for loc in Location:
        mine = [e for e in entries if e.location is loc]
        by_location[loc] = LocationTotal(sum(e.minutes for e in mine), len({e.day for e in mine}))
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
