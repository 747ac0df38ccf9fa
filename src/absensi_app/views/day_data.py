"""What the day view shows of one day, read from the services in one go.

``read_day`` touches no widget, so it also runs on the start-up worker (``views.startup``):
the first day is read there, while the window's frame is already on screen, and only shown
on the GUI thread. Only the frozen ``DayData`` crosses between the threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatusRecord, DaySummary

if TYPE_CHECKING:
    from absensi_app.domain.skp import Rhk
    from absensi_app.services.context import AppContext
    from absensi_app.services.locks import MonthLock


@dataclass(frozen=True)
class DayData:
    day: date
    summary: DaySummary
    lock: MonthLock | None
    month_minutes: dict[date, int]  # minutes of each day of the day's month that has entries
    #: the calendar's decoration: its page (the month) with a week before and two after
    holidays: dict[date, str]
    statuses: dict[date, DayStatusRecord]
    logged: tuple[date, ...]
    rhk_choices: tuple[Rhk, ...] | None  # None: could not be read (the form keeps its list)
    descriptions: tuple[str, ...] | None  # the form's suggestions; None: could not be read
    units: tuple[str, ...] = ()


def calendar_page(year: int, month: int) -> tuple[date, date]:
    """The days a calendar page of ``month`` may show: the month, a week before, two after."""
    from absensi_app.services.worklog import month_bounds

    first, last = month_bounds(year, month)
    return first - timedelta(days=7), last + timedelta(days=14)


def read_suggestions(ctx: AppContext) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entry form's suggestions: the log's descriptions and units (each a count over every
    entry). Touches no widget, so a worker may read them (the window does after its start)."""
    return tuple(ctx.worklog.suggestions()), tuple(ctx.worklog.units())


def read_day(ctx: AppContext, day: date, suggestions: bool = True) -> DayData:
    """The day's data; raises the AbsensiError of the day itself, while the parts around it
    (the lock, the RHK choices, the suggestions) are left out when they cannot be read.
    ``suggestions=False`` leaves out the form's suggestions (a count over every entry: about
    13 ms on ten years) when the window already has them, e.g. after its own write."""
    from absensi_app.services.worklog import month_bounds

    summary = ctx.worklog.day(day)
    try:
        lock = ctx.locks.get(f"{day.year:04d}-{day.month:02d}")
    except AbsensiError:
        lock = None
    page_first, page_last = calendar_page(day.year, day.month)
    logged = ctx.worklog.days_with_entries(page_first, page_last)
    first, last = month_bounds(day.year, day.month)
    try:
        rhk = tuple(ctx.skp.choices(day))
    except AbsensiError:
        rhk = None
    descriptions, units = None, ()
    if suggestions:
        try:
            descriptions, units = read_suggestions(ctx)
        except AbsensiError:
            pass
    return DayData(
        day=day,
        summary=summary,
        lock=lock,
        month_minutes={d: m for d, m in logged.items() if first <= d <= last},
        holidays=ctx.calendar.holidays_between(page_first, page_last),
        statuses=ctx.worklog.statuses_between(page_first, page_last),
        logged=tuple(logged),
        rhk_choices=rhk,
        descriptions=descriptions,
        units=units,
    )
