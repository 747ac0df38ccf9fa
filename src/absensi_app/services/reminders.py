"""Gentle reminders: the settings, the snooze / "not today" state, and the facts of a day for
domain.reminders.decide.

No migration: everything lives in the existing ``setting`` table, one row per value:
``reminder:time`` ("15:30"), ``reminder:daily`` and ``reminder:month_end`` ("on"/"off"),
``reminder:snoozed_until`` ("2026-12-30T16:00") and ``reminder:dismissed_on``
("2026-12-30"). A row that does not read is taken as its default (no reminder is lost to a
damaged value).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.calendar import apply_changes
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.hours import period_totals
from absensi_app.domain.reminders import (
    DEFAULT_SNOOZE_MINUTES,
    MAX_SNOOZE_MINUTES,
    DayFacts,
    ReminderDecision,
    ReminderSettings,
    ReminderState,
    day_facts,
    decide,
)
from absensi_app.services.clock import Clock
from absensi_app.services.profile import ProfileService
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService, month_bounds
from absensi_app.store.models import SettingRow

TIME_KEY = "reminder:time"
DAILY_KEY = "reminder:daily"
MONTH_END_KEY = "reminder:month_end"
SNOOZED_KEY = "reminder:snoozed_until"
DISMISSED_KEY = "reminder:dismissed_on"
_ON, _OFF = "on", "off"


class ReminderService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        profile: ProfileService,
        worklog: WorkLogService,
        calendar: WorkCalendarService,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._profile = profile
        self._worklog = worklog
        self._calendar = calendar

    # ---- settings and state ------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        values = self._read(TIME_KEY, DAILY_KEY, MONTH_END_KEY)
        default = ReminderSettings()
        return ReminderSettings(
            _read_time(values.get(TIME_KEY), default.time),
            _read_switch(values.get(DAILY_KEY), default.daily),
            _read_switch(values.get(MONTH_END_KEY), default.month_end),
        )

    def update(
        self, at: time | None = None, daily: bool | None = None, month_end: bool | None = None
    ) -> ReminderSettings:
        """Change the time and / or switch either kind on or off; returns the new settings."""
        if at is not None and (at.second or at.microsecond):
            raise ValidationError("Jam pengingat ditulis JJ:MM, tanpa detik.", field="time")
        changes: dict[str, str] = {}
        if at is not None:
            changes[TIME_KEY] = f"{at:%H:%M}"
        if daily is not None:
            changes[DAILY_KEY] = _ON if daily else _OFF
        if month_end is not None:
            changes[MONTH_END_KEY] = _ON if month_end else _OFF
        self._write(changes)
        return self.settings()

    def state(self) -> ReminderState:
        values = self._read(SNOOZED_KEY, DISMISSED_KEY)
        return ReminderState(
            _read_moment(values.get(SNOOZED_KEY)), _read_day(values.get(DISMISSED_KEY))
        )

    def snooze(self, minutes: int = DEFAULT_SNOOZE_MINUTES, at: datetime | None = None) -> datetime:
        """No reminder for ``minutes`` from ``at`` (default now); replaces a "not today" of
        that day (the latest answer counts). Returns the moment it is due again."""
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_SNOOZE_MINUTES:
            raise ValidationError(
                "Lama penundaan harus 1 sampai {limit} menit.", field="minutes", limit=MAX_SNOOZE_MINUTES
            )
        moment = _minute(at or self._clock.now())
        until = moment + timedelta(minutes=minutes)
        self._write({SNOOZED_KEY: until.isoformat(timespec="minutes"), DISMISSED_KEY: None})
        return until

    def dismiss(self, at: datetime | None = None) -> date:
        """"Not today": no more reminders on the day of ``at`` (default today)."""
        day = (at or self._clock.now()).date()
        self._write({DISMISSED_KEY: day.isoformat(), SNOOZED_KEY: None})
        return day

    # ---- the decision ------------------------------------------------------------------------
    def facts(self, day: date) -> DayFacts:
        """The day's facts from the month's calendar (national holidays with the user's
        changes), the profile's schedule, the day statuses and the entries."""
        first, last = month_bounds(day.year, day.month)
        schedule = self._profile.schedule()
        changes = self._calendar.changes(first, last)
        holidays = apply_changes(self._calendar.national_between(first, last), changes)
        own = {c.day for c in changes if c.is_holiday}
        statuses = self._worklog.statuses_between(first, last)
        logged = self._worklog.logged_time(first, last)
        empty = period_totals(first, last, logged, schedule, holidays, statuses, day).missing_days
        entries = len(self._worklog.entries_between(day, day))
        return day_facts(day, schedule, holidays, own, statuses, entries, empty)

    def check(self, at: datetime | None = None) -> ReminderDecision:
        """What is due at ``at`` (default now), and why."""
        moment = _minute(at or self._clock.now())
        return decide(moment, self.facts(moment.date()), self.settings(), self.state())

    # ---- the setting table -------------------------------------------------------------------
    def _read(self, *keys: str) -> dict[str, str]:
        from sqlalchemy import select

        with self._sessions() as s:
            rows = s.scalars(select(SettingRow).where(SettingRow.key.in_(keys)))
            return {r.key: r.value for r in rows}

    def _write(self, values: dict[str, str | None]) -> None:
        """Store each value (None: remove the row), all in one transaction."""
        with self._sessions.begin() as s:
            for key, value in values.items():
                row = s.get(SettingRow, key)
                if value is None:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(SettingRow(key=key, value=value))
                else:
                    row.value = value


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def _read_time(value: str | None, default: time) -> time:
    try:
        return datetime.strptime(value or "", "%H:%M").time()
    except ValueError:
        return default


def _read_switch(value: str | None, default: bool) -> bool:
    return {_ON: True, _OFF: False}.get(value or "", default)


def _read_moment(value: str | None) -> datetime | None:
    try:
        return _minute(datetime.fromisoformat(value)) if value else None
    except ValueError:
        return None


def _read_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
