"""The running timer of a data folder: started, looked at, stopped into an entry, cancelled.

Its start is written to the database at once (one row, id 1), so it survives quitting,
restarting and a crash; at most one runs per data folder. Stopping writes the entry through
WorkLogService (the same rules as any entry) and only then removes the timer, so a refused
entry leaves the timer running. What a stop needs to ask is decided in domain/timer.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.hours import plan_day
from absensi_app.domain.model import Entry, EntryDraft, Location, WorkSchedule
from absensi_app.domain.rules import MAX_UNIT, clean_text
from absensi_app.domain.templates import merge_link
from absensi_app.domain.timer import (
    LAST_MINUTE,
    RunningTimer,
    StopPlan,
    plan_stop,
    resolve_end,
    schedule_end,
    whole_minute,
)
from absensi_app.services.clock import Clock
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService
from absensi_app.store.models import TimerRow


@dataclass(frozen=True)
class StopEdits:
    """What the user changes at stop; None keeps what was chosen at start."""

    description: str | None = None
    location: Location | None = None
    rhk_id: int | None = None
    action_id: int | None = None
    quantity: int | None = None
    unit: str | None = None  # with a quantity, the timer's unit is used when this is None
    unlink: bool = False  # record the entry without the RHK (and Rencana Aksi) chosen at start


def _from_row(row: TimerRow) -> RunningTimer:
    return RunningTimer(
        started_at=row.started_at,
        description=row.description,
        location=Location(row.location),
        rhk_id=row.rhk_id,
        action_id=row.action_id,
        unit=row.unit,
        template=row.template,
    )


class TimerAlreadyRunning(ValidationError):
    def __init__(self, timer: RunningTimer) -> None:
        self.timer = timer
        super().__init__(
            "Timer sudah berjalan sejak {day} {start} untuk '{description}'; hentikan atau "
            "batalkan dulu timer itu.",
            day=timer.started_at.strftime("%d-%m-%Y"), start=f"{timer.started_at:%H:%M}",
            description=timer.description,
        )


class NoTimerRunning(NotFoundError):
    def __init__(self) -> None:
        super().__init__("Tidak ada timer yang berjalan.")


class TimerService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        worklog: WorkLogService,
        schedule: Callable[[], WorkSchedule],
        calendar: WorkCalendarService,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._worklog = worklog
        self._schedule = schedule
        self._calendar = calendar

    # ---- reading -------------------------------------------------------------------------
    def current(self) -> RunningTimer | None:
        with self._sessions() as s:
            row = s.get(TimerRow, 1)
            return _from_row(row) if row is not None else None

    def _require(self) -> RunningTimer:
        timer = self.current()
        if timer is None:
            raise NoTimerRunning()
        return timer

    def plan(self, timer: RunningTimer | None = None) -> StopPlan:
        """What stopping now would record, and whether it needs a choice first."""
        timer = timer or self._require()
        day = timer.day
        schedule = self._schedule()
        expected = plan_day(
            day, schedule, self._calendar.holidays_between(day, day), {},
            self._calendar.ramadan_periods(),
        ).expected_minutes
        end = schedule_end(day, schedule, expected or None)
        return plan_stop(timer.started_at, self._clock.now(), end)

    # ---- writing -------------------------------------------------------------------------
    def start(
        self,
        description: str,
        location: Location,
        *,
        rhk_id: int | None = None,
        action_id: int | None = None,
        unit: str | None = None,
        template: str | None = None,
        at: time | None = None,
    ) -> RunningTimer:
        """Start now (or at ``at`` earlier today). The fields are checked as an entry's would
        be at that moment (text, RHK link, a locked month, an entry already covering it)."""
        now = whole_minute(self._clock.now())
        started = now if at is None else datetime.combine(now.date(), at.replace(second=0, microsecond=0))
        if started > now:
            raise ValidationError(
                "Jam mulai {start} belum terjadi (sekarang {now}).", field="start",
                start=f"{started:%H:%M}", now=f"{now:%H:%M}",
            )
        running = self.current()
        if running is not None:
            raise TimerAlreadyRunning(running)
        unit = clean_text(unit, "Satuan output", "unit") or None
        if unit is not None and len(unit) > MAX_UNIT:
            raise ValidationError(
                "Satuan output terlalu panjang (paling banyak {limit} karakter).", field="unit",
                limit=MAX_UNIT,
            )
        first_minute = (
            {"start": started.time(), "end": (started + timedelta(minutes=1)).time()}
            if started.time() < LAST_MINUTE else {"minutes": 1}
        )
        try:
            checked = self._worklog.check(EntryDraft(
                day=started.date(), location=location, description=description, rhk_id=rhk_id,
                action_id=action_id, **first_minute,
            ))
        except ValidationError as exc:
            if "ostart" not in exc.params:  # not the overlap with another entry
                raise
            raise ValidationError(
                "Jam mulai {start} jatuh di dalam kegiatan {ostart}-{oend} \u00ab{text}\u00bb; "
                "mulai timer pada atau setelah {oend}.",
                field="start", start=f"{started:%H:%M}", ostart=exc.params["ostart"],
                oend=exc.params["oend"], text=exc.params["text"],
            ) from None
        timer = RunningTimer(started, checked.description, location, checked.rhk_id,
                             checked.action_id, unit, template)
        try:
            with self._sessions.begin() as s:
                s.add(TimerRow(
                    id=1, started_at=timer.started_at, description=timer.description,
                    location=timer.location.value, rhk_id=timer.rhk_id,
                    action_id=timer.action_id, unit=timer.unit, template=timer.template,
                ))
        except IntegrityError:  # another window or command started one meanwhile
            raise TimerAlreadyRunning(self._require()) from None
        return timer

    def stop(
        self, at: time | None = None, until_schedule_end: bool = False, edits: StopEdits = StopEdits()
    ) -> Entry:
        """Write the entry from the timer's start to the end chosen, then remove the timer.

        Raises StopNeedsChoice (domain/timer.py) when the timer ran over midnight or past
        the schedule's end and neither ``at`` nor ``until_schedule_end`` says what to record."""
        timer = self._require()
        end = resolve_end(self.plan(timer), at, until_schedule_end)
        rhk_id, action_id = (None, None) if edits.unlink else merge_link(
            edits.rhk_id, edits.action_id, timer.rhk_id, timer.action_id)
        unit = (edits.unit or timer.unit) if edits.quantity is not None else edits.unit
        entry = self._worklog.add(EntryDraft(
            day=timer.day,
            location=edits.location or timer.location,
            description=timer.description if edits.description is None else edits.description,
            start=timer.started_at.time(),
            end=end,
            quantity=edits.quantity,
            unit=unit,
            rhk_id=rhk_id,
            action_id=action_id,
        ), then=lambda s: self._remove_in(s, timer))
        return entry

    def cancel(self) -> RunningTimer:
        """Stop without writing anything."""
        timer = self._require()
        self._remove(timer)
        return timer

    def _remove(self, timer: RunningTimer) -> None:
        with self._sessions.begin() as s:
            self._remove_in(s, timer)

    @staticmethod
    def _remove_in(s: Session, timer: RunningTimer) -> None:
        """Remove the timer that was read, never a newer one; gone meanwhile (stopped or
        cancelled by another window or command): refused, so a stop writes no second entry."""
        result = s.execute(delete(TimerRow).where(TimerRow.id == 1, TimerRow.started_at == timer.started_at))
        if result.rowcount != 1:
            raise NoTimerRunning()
