"""The running timer and the one question its stop may need to ask.

A timer left running over midnight or past the end of the day's schedule must not silently
become a 16-hour entry. :func:`plan_stop` says, from the start, the stop moment and the
schedule's end, whether the stop is plain or needs a choice, and what the choices are;
:func:`resolve_end` turns the answer (an end time, or "until the schedule's end") into the end
to record. The command line and the GUI ask the same question from these.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import Location, WorkSchedule, format_day_long, format_minutes

#: Breaks that are not working time (Perpres 21/2023): 60 minutes, 90 on Friday.
BREAK_MINUTES = 60
FRIDAY_BREAK_MINUTES = 90
LAST_MINUTE = time(23, 59)  # an entry cannot cross midnight


@dataclass(frozen=True)
class RunningTimer:
    """The timer as stored: what the entry will say, as chosen at start."""

    started_at: datetime  # whole minutes
    description: str
    location: Location
    rhk_id: int | None = None
    action_id: int | None = None
    unit: str | None = None
    template: str | None = None  # the name of the template it was started from

    @property
    def day(self) -> date:
        return self.started_at.date()

    def elapsed_minutes(self, now: datetime) -> int:
        return max(0, int((now - self.started_at).total_seconds() // 60))


def schedule_end(day: date, schedule: WorkSchedule, daily_minutes: int | None = None) -> time | None:
    """When the schedule's working day ends: its start, the day's minutes and the break
    (``daily_minutes``: the day's own expectation, e.g. in Ramadan; the schedule's ordinary
    day when not given). None when that falls after midnight."""
    minutes = schedule.daily_minutes if daily_minutes is None else daily_minutes
    breaks = FRIDAY_BREAK_MINUTES if day.weekday() == 4 else BREAK_MINUTES
    end = datetime.combine(day, schedule.day_start) + timedelta(minutes=minutes + breaks)
    if end.date() != day:
        return None
    return end.time()


class StopReason(enum.Enum):
    """Why a stop is plain or needs a choice; the value is the JSON code."""

    PLAIN = "biasa"
    OVER_MIDNIGHT = "lewat-tengah-malam"
    PAST_SCHEDULE_END = "lewat-jam-kerja"


@dataclass(frozen=True)
class StopPlan:
    """What stopping now would record, and whether it needs the user's choice first."""

    started_at: datetime
    stopped_at: datetime  # whole minutes
    reason: StopReason
    end: time  # what a stop now records on the start's day (23:59 over midnight)
    schedule_end: time | None  # the day's schedule end, None when there is none

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def start(self) -> time:
        return self.started_at.time()

    @property
    def needs_choice(self) -> bool:
        return self.reason is not StopReason.PLAIN

    @property
    def minutes(self) -> int:
        return _minutes(self.start, self.end)

    @property
    def can_stop_at_schedule_end(self) -> bool:
        """The schedule's end is a sensible end: after the start, and already passed."""
        if self.schedule_end is None or self.schedule_end <= self.start:
            return False
        return self.day < self.stopped_at.date() or self.schedule_end <= self.stopped_at.time()


def _minutes(start: time, end: time) -> int:
    return max(0, (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute))


def whole_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def plan_stop(started_at: datetime, now: datetime, end_of_schedule: time | None) -> StopPlan:
    """Plain when the stop falls on the start's day and not past the schedule's end (or the
    timer was started after that end on purpose); otherwise a choice is needed."""
    started_at, now = whole_minute(started_at), whole_minute(now)
    if now < started_at:  # the computer's clock went back: nothing to record yet
        return StopPlan(started_at, now, StopReason.PLAIN, started_at.time(), end_of_schedule)
    if now.date() > started_at.date():
        return StopPlan(started_at, now, StopReason.OVER_MIDNIGHT, LAST_MINUTE, end_of_schedule)
    end = now.time()
    if (end_of_schedule is not None and started_at.time() < end_of_schedule < end):
        return StopPlan(started_at, now, StopReason.PAST_SCHEDULE_END, end, end_of_schedule)
    return StopPlan(started_at, now, StopReason.PLAIN, end, end_of_schedule)


class StopNeedsChoice(ValidationError):
    """The timer ran over midnight or past the schedule's end: the end to record is asked."""

    def __init__(self, plan: StopPlan) -> None:
        self.plan = plan
        if plan.reason is StopReason.OVER_MIDNIGHT:
            why = "sudah melewati tengah malam"
        else:
            why = "sudah melewati akhir jam kerja ({schedule_end})"
        super().__init__(
            "Timer berjalan sejak {started} dan " + why + "; bila dihentikan sekarang, yang "
            "tercatat {day} {start}-{end} ({duration}). Jam selesai berapa yang dicatat?",
            field="end",
            started=f"{format_day_long(plan.day)} {plan.start:%H:%M}",
            schedule_end=f"{plan.schedule_end:%H:%M}" if plan.schedule_end else "",
            day=format_day_long(plan.day),
            start=f"{plan.start:%H:%M}",
            end=f"{plan.end:%H:%M}",
            duration=format_minutes(plan.minutes),
        )


def resolve_end(plan: StopPlan, at: time | None = None, until_schedule_end: bool = False) -> time:
    """The end to record: ``at``, the schedule's end, or (plain stops only) the stop moment.

    Raises StopNeedsChoice when the plan needs a choice and none was given, and
    ValidationError for a choice that cannot be recorded."""
    if at is not None and until_schedule_end:
        raise ValidationError(
            "Pilih salah satu: jam selesai tertentu atau sampai akhir jam kerja.", field="end"
        )
    start = f"{plan.start:%H:%M}"
    if until_schedule_end:
        if plan.schedule_end is None:
            raise ValidationError(
                "Hari {day} tidak punya akhir jam kerja; sebutkan jam selesainya.",
                field="end", day=format_day_long(plan.day),
            )
        if not plan.can_stop_at_schedule_end:
            raise ValidationError(
                "Akhir jam kerja ({schedule_end}) tidak bisa dipakai: timer mulai {start} dan "
                "saat ini {now}; sebutkan jam selesainya.",
                field="end", schedule_end=f"{plan.schedule_end:%H:%M}", start=start,
                now=f"{plan.stopped_at:%H:%M}",
            )
        end = plan.schedule_end
    elif at is not None:
        at = at.replace(second=0, microsecond=0)
        if at <= plan.start:
            raise ValidationError(
                "Jam selesai {end} harus setelah timer dimulai ({start}).",
                field="end", end=f"{at:%H:%M}", start=start,
            )
        if plan.day == plan.stopped_at.date() and at > plan.stopped_at.time():
            raise ValidationError(
                "Jam selesai {end} belum terjadi (sekarang {now}).",
                field="end", end=f"{at:%H:%M}", now=f"{plan.stopped_at:%H:%M}",
            )
        end = at
    else:
        if plan.needs_choice:
            raise StopNeedsChoice(plan)
        end = plan.end
    if end <= plan.start:
        raise ValidationError(
            "Timer baru berjalan kurang dari satu menit (sejak {start}); belum ada yang bisa "
            "dicatat.", field="end", start=start,
        )
    return end
