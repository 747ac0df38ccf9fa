"""Month totals: hours against the schedule, locations, and the days still to fill in."""

from __future__ import annotations

from datetime import date

from absensi_app.domain.calendar import holidays_between
from absensi_app.domain.hours import PeriodTotals, period_totals
from absensi_app.services.clock import Clock
from absensi_app.services.profile import ProfileService
from absensi_app.services.worklog import WorkLogService, month_bounds


class SummaryService:
    def __init__(self, profile: ProfileService, worklog: WorkLogService, clock: Clock) -> None:
        self._profile = profile
        self._worklog = worklog
        self._clock = clock

    def month(self, year: int, month: int) -> PeriodTotals:
        first, last = month_bounds(year, month)
        return self.period(first, last)

    def period(self, first: date, last: date) -> PeriodTotals:
        return period_totals(
            first,
            last,
            self._worklog.entries_between(first, last),
            self._profile.schedule(),
            holidays_between(first, last),
            self._worklog.statuses_between(first, last),
            self._clock.today(),
        )
