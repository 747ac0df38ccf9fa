"""Month totals and the progress screen's data: hours against the schedule, weeks,
locations, the days still to fill in, the year against the yardstick, and the SKP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from absensi_app.domain.hours import (
    DayCell,
    PeriodTotals,
    WeekTotals,
    YearTotals,
    day_cells,
    period_totals,
    week_start,
    week_totals,
    year_totals,
)
from absensi_app.domain.skp import RhkProgress, SkpPlan
from absensi_app.services.clock import Clock
from absensi_app.services.profile import ProfileService
from absensi_app.services.skp import SkpService
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService, month_bounds


@dataclass(frozen=True)
class MonthProgress:
    year: int
    month: int
    today: date
    totals: PeriodTotals
    cells: list[DayCell]
    weeks: list[WeekTotals]
    year_totals: YearTotals
    plan: SkpPlan | None
    rhk: list[RhkProgress]
    offsite_limit: int
    unlinked_entries: int  # entries of the month with no RHK

    @property
    def over_limit_weeks(self) -> list[WeekTotals]:
        return [w for w in self.weeks if len(w.offsite_days) > self.offsite_limit]


class SummaryService:
    def __init__(
        self,
        profile: ProfileService,
        worklog: WorkLogService,
        calendar: WorkCalendarService,
        skp: SkpService,
        clock: Clock,
    ) -> None:
        self._profile = profile
        self._worklog = worklog
        self._calendar = calendar
        self._skp = skp
        self._clock = clock

    def month(self, year: int, month: int) -> PeriodTotals:
        first, last = month_bounds(year, month)
        return self.period(first, last)

    def period(self, first: date, last: date) -> PeriodTotals:
        return period_totals(
            first,
            last,
            self._worklog.logged_time(first, last),
            self._profile.schedule(),
            self._calendar.holidays_between(first, last),
            self._worklog.statuses_between(first, last),
            self._clock.today(),
            self._calendar.ramadan_periods(),
        )

    def rhk_progress(self, year: int, month: int) -> tuple[SkpPlan | None, list[RhkProgress]]:
        return self._skp.progress(year, month)

    def progress(self, year: int, month: int) -> MonthProgress:
        """Everything the progress screen shows for one month, in a handful of queries."""
        today = self._clock.today()
        schedule = self._profile.schedule()
        ramadan = self._calendar.ramadan_periods()
        first, last = month_bounds(year, month)
        # whole weeks around the month, and the whole year, in one range
        span_first = min(week_start(first), date(year, 1, 1))
        span_last = max(week_start(last) + timedelta(days=6), date(year, 12, 31))
        holidays = self._calendar.holidays_between(span_first, span_last)
        statuses = self._worklog.statuses_between(span_first, span_last)
        week_first, week_last = week_start(first), week_start(last) + timedelta(days=6)
        worked = self._worklog.logged_time(week_first, week_last)
        month_worked = [w for w in worked if first <= w.day <= last]
        per_day = self._worklog.days_with_entries(date(year, 1, 1), date(year, 12, 31))
        per_day_month = {d: m for d, m in per_day.items() if first <= d <= last}
        plan, rhk = self._skp.progress(year, month)
        return MonthProgress(
            year,
            month,
            today,
            period_totals(first, last, month_worked, schedule, holidays, statuses, today, ramadan),
            day_cells(first, last, per_day_month, schedule, holidays, statuses, today, ramadan),
            week_totals(first, last, worked, schedule, holidays, statuses, ramadan),
            year_totals(year, per_day, schedule, holidays, statuses, today, ramadan),
            plan,
            rhk,
            self._calendar.offsite_limit(),
            self._worklog.unlinked_count(first, last),
        )
