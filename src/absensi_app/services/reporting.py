"""Builds the monthly summary (domain.report.MonthReport) from the stored log."""

from __future__ import annotations

from absensi_app import __version__
from absensi_app.domain.report import MonthReport
from absensi_app.services.clock import Clock
from absensi_app.services.profile import ProfileService
from absensi_app.services.skp import SkpService
from absensi_app.services.summary import SummaryService
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService, month_bounds


class ReportService:
    def __init__(
        self,
        profile: ProfileService,
        worklog: WorkLogService,
        calendar: WorkCalendarService,
        skp: SkpService,
        summary: SummaryService,
        clock: Clock,
    ) -> None:
        self._profile = profile
        self._worklog = worklog
        self._calendar = calendar
        self._skp = skp
        self._summary = summary
        self._clock = clock

    def entries(self, year: int, month: int) -> tuple:
        """The month's entries, in the report's order, without the rest of the report (what
        the export's evidence summary needs)."""
        return tuple(self._worklog.entries_between(*month_bounds(year, month)))

    def build(
        self, year: int, month: int, revision: int = 1, signed: bool = True, history_head: str = ""
    ) -> MonthReport:
        profile = self._profile.require()
        entries = self.entries(year, month)
        first, last = month_bounds(year, month)
        statuses = tuple(
            sorted(self._worklog.statuses_between(first, last).values(), key=lambda s: s.day)
        )
        _plan, progress = self._skp.progress(year, month)
        names: dict[int, str] = {}
        actions: dict[int, str] = {}
        for entry in entries:
            if entry.rhk_id is not None and entry.rhk_id not in names:
                rhk = self._skp.get_rhk(entry.rhk_id)
                names[rhk.id] = rhk.name
                actions.update((a.id, a.description) for a in rhk.actions)
        return MonthReport(
            year=year,
            month=month,
            revision=revision,
            exported_at=self._clock.now().replace(microsecond=0),
            app_version=__version__,
            profile=profile,
            schedule=self._profile.schedule(),
            entries=entries,
            statuses=statuses,
            holidays=self._calendar.holidays_between(first, last),
            totals=self._summary.month(year, month),
            rhk=tuple(progress),
            rhk_names=names,
            action_names=actions,
            history_head=history_head,
            signed=signed,
        )
