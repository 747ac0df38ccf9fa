"""The daily work log: entries and day statuses."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.hours import LoggedTime, plan_day
from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.model import (
    DayStatus,
    DayStatusRecord,
    DaySummary,
    Entry,
    EntryDraft,
    Evidence,
    LeaveKind,
    Location,
    WorkSchedule,
)
from absensi_app.domain.rules import clean_text, entry_minutes, validate_entry, validate_status_day
from absensi_app.domain.report import entry_to_json, status_to_json
from absensi_app.services import history
from absensi_app.services.clock import Clock
from absensi_app.services.locks import ensure_unlocked
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.store.models import (
    ActionPlanRow,
    DayStatusRow,
    EntryRow,
    RhkRow,
    SkpPeriodRow,
)

MAX_NOTE = 500


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month (also December 9999, which has no next month)."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def entry_from_row(row: EntryRow) -> Entry:
    return Entry(
        id=row.id,
        day=row.day,
        start=row.start_time,
        end=row.end_time,
        minutes=row.minutes,
        location=Location(row.location),
        description=row.description,
        quantity=row.quantity,
        unit=row.unit,
        evidence=Evidence(row.evidence_file, row.evidence_sha256, row.evidence_link),
        rhk_id=row.rhk_id,
        action_id=row.action_id,
    )


def _to_status(row: DayStatusRow) -> DayStatusRecord:
    return DayStatusRecord(
        day=row.day,
        status=DayStatus(row.status),
        leave_kind=LeaveKind(row.leave_kind) if row.leave_kind else None,
        note=row.note or "",
    )


def _sort_key(entry: Entry) -> tuple:
    return (entry.start is None, entry.start or entry.end, entry.id)


def _apply(row: EntryRow, draft: EntryDraft) -> None:
    row.day = draft.day
    row.start_time = draft.start
    row.end_time = draft.end
    row.minutes = entry_minutes(draft)
    row.location = draft.location.value
    row.description = draft.description
    row.quantity = draft.quantity
    row.unit = draft.unit
    row.evidence_file = draft.evidence.file_name
    row.evidence_sha256 = draft.evidence.sha256
    row.evidence_link = draft.evidence.link
    row.rhk_id = draft.rhk_id
    row.action_id = draft.action_id


def _action_months(action: ActionPlanRow) -> range:
    if action.month is not None:
        return range(action.month, action.month + 1)
    return range(3 * action.quarter - 2, 3 * action.quarter + 1)


def _action_span(action: ActionPlanRow) -> str:
    from absensi_app.domain.model import MONTH_NAMES

    if action.month is not None:
        return f"{MONTH_NAMES[action.month - 1]} {action.year}"
    return f"triwulan {'I II III IV'.split()[action.quarter - 1]} {action.year}"


def _check_link(s: Session, draft: EntryDraft) -> EntryDraft:
    """The RHK / Rencana Aksi an entry links to must exist and its period hold the day."""
    rhk_id = draft.rhk_id
    if draft.action_id is not None:
        action = s.get(ActionPlanRow, draft.action_id)
        if action is None:
            raise ValidationError(
                "Rencana Aksi nomor {id} tidak ada.", field="rhk", id=draft.action_id
            )
        if draft.day.year != action.year or draft.day.month not in _action_months(action):
            raise ValidationError(
                "Rencana Aksi nomor {id} untuk {span}, bukan untuk tanggal {day}.",
                field="rhk",
                id=draft.action_id,
                span=_action_span(action),
                day=draft.day.strftime("%d-%m-%Y"),
            )
        if rhk_id is not None and rhk_id != action.rhk_id:
            raise ValidationError(
                "Rencana Aksi nomor {id} bukan bagian dari RHK nomor {rhk}.",
                field="rhk",
                id=draft.action_id,
                rhk=rhk_id,
            )
        rhk_id = action.rhk_id
    if rhk_id is None:
        return draft
    rhk = s.get(RhkRow, rhk_id)
    if rhk is None:
        raise ValidationError("RHK nomor {id} tidak ada.", field="rhk", id=rhk_id)
    period = s.get(SkpPeriodRow, rhk.period_id)
    if period is not None and not period.first_day <= draft.day <= period.last_day:
        raise ValidationError(
            "RHK nomor {id} milik periode SKP {first} s.d. {last}; tanggal {day} di luar "
            "periode itu.",
            field="rhk",
            id=rhk_id,
            first=period.first_day.strftime("%d-%m-%Y"),
            last=period.last_day.strftime("%d-%m-%Y"),
            day=draft.day.strftime("%d-%m-%Y"),
        )
    return replace(draft, rhk_id=rhk_id)


def _drop_missing_links(s: Session, draft: EntryDraft) -> EntryDraft:
    """Undoing a delete must not fail because the RHK was deleted since: drop that link."""
    if draft.action_id is not None and s.get(ActionPlanRow, draft.action_id) is None:
        draft = replace(draft, action_id=None)
    if draft.rhk_id is not None and s.get(RhkRow, draft.rhk_id) is None:
        draft = replace(draft, rhk_id=None, action_id=None)
    return draft


def _log(s: Session, at: datetime, action: str, day: date, subject: str,
         before: dict | None, after: dict | None) -> None:
    history.append(s, at, action, subject, history.month_key(day), {"before": before, "after": after})


class WorkLogService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        schedule: Callable[[], WorkSchedule] | None = None,
        calendar: WorkCalendarService | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._schedule = schedule or WorkSchedule
        self._calendar = calendar or WorkCalendarService(sessions)

    @property
    def calendar(self) -> WorkCalendarService:
        return self._calendar

    # ---- reading -------------------------------------------------------------------------
    def entries_between(self, first: date, last: date) -> list[Entry]:
        with self._sessions() as s:
            rows = s.scalars(
                select(EntryRow).where(EntryRow.day >= first, EntryRow.day <= last)
            ).all()
            return sorted((entry_from_row(r) for r in rows), key=lambda e: (e.day, *_sort_key(e)))

    def month_entries(self, year: int, month: int) -> list[Entry]:
        return self.entries_between(*month_bounds(year, month))

    def statuses_between(self, first: date, last: date) -> dict[date, DayStatusRecord]:
        with self._sessions() as s:
            rows = s.scalars(
                select(DayStatusRow).where(DayStatusRow.day >= first, DayStatusRow.day <= last)
            ).all()
            return {r.day: _to_status(r) for r in rows}

    def get(self, entry_id: int) -> Entry:
        with self._sessions() as s:
            row = s.get(EntryRow, entry_id)
            if row is None:
                raise NotFoundError("Kegiatan nomor {id} tidak ada.", id=entry_id)
            return entry_from_row(row)

    def day(self, day: date) -> DaySummary:
        entries = self.entries_between(day, day)
        statuses = self.statuses_between(day, day)
        plan = plan_day(
            day,
            self._schedule(),
            self._calendar.holidays_between(day, day),
            statuses,
            self._calendar.ramadan_periods(),
        )
        return DaySummary(
            day, tuple(entries), statuses.get(day), plan.expected_minutes, plan.is_workday, plan.holiday
        )

    def logged_time(self, first: date, last: date) -> list[LoggedTime]:
        """Minutes per day and location from ``first`` to ``last``: all the totals need, in
        one row per place worked instead of one per entry."""
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.day, EntryRow.location, func.sum(EntryRow.minutes))
                .where(EntryRow.day >= first, EntryRow.day <= last)
                .group_by(EntryRow.day, EntryRow.location)
                .order_by(EntryRow.day, EntryRow.location)
            ).all()
            return [LoggedTime(d, Location(loc), int(m)) for d, loc, m in rows]

    def unlinked_count(self, first: date, last: date) -> int:
        """Entries from ``first`` to ``last`` that count toward no RHK."""
        with self._sessions() as s:
            # all minus the linked, so the day index is used (an "rhk_id IS NULL" filter
            # walks the RHK index through every unlinked entry of all years)
            return s.scalar(
                select(func.count() - func.count(EntryRow.rhk_id)).where(
                    EntryRow.day >= first, EntryRow.day <= last
                )
            ) or 0

    def days_with_entries(self, first: date, last: date) -> dict[date, int]:
        """Minutes logged per day in a range (for calendars)."""
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.day, func.sum(EntryRow.minutes))
                .where(EntryRow.day >= first, EntryRow.day <= last)
                .group_by(EntryRow.day)
            ).all()
            return {d: int(m) for d, m in rows}

    def previous_logged_day(self, day: date) -> date | None:
        with self._sessions() as s:
            return s.scalar(select(func.max(EntryRow.day)).where(EntryRow.day < day))

    def suggestions(self, limit: int = 200) -> list[str]:
        """Earlier descriptions, the most used (then most recent) first, for autocomplete."""
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.description, func.count(), func.max(EntryRow.day))
                .group_by(EntryRow.description)
                # the text last: ties come out alike on every database (SQLite's own order)
                .order_by(func.count().desc(), func.max(EntryRow.day).desc(), EntryRow.description)
                .limit(limit)
            ).all()
            return [r[0] for r in rows]

    def units(self, limit: int = 50) -> list[str]:
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.unit, func.count())
                .where(EntryRow.unit.is_not(None))
                .group_by(EntryRow.unit)
                .order_by(func.count().desc(), EntryRow.unit)
                .limit(limit)
            ).all()
            return [r[0] for r in rows]

    # ---- writing -------------------------------------------------------------------------
    def _others(self, s: Session, day: date, exclude: Iterable[int] = ()) -> list[Entry]:
        excluded = set(exclude)
        # by id, as SQLite reads them: the first clash a message names is the same everywhere
        rows = s.scalars(select(EntryRow).where(EntryRow.day == day).order_by(EntryRow.id)).all()
        return [entry_from_row(r) for r in rows if r.id not in excluded]

    def check(self, draft: EntryDraft) -> EntryDraft:
        """Validate a new entry (rules and RHK link) without storing it."""
        with self._sessions() as s:
            ensure_unlocked(s, draft.day)
            clean = validate_entry(draft, self._others(s, draft.day), self._clock.today())
            return _check_link(s, clean)

    def add(self, draft: EntryDraft, then: Callable[[Session], None] | None = None) -> Entry:
        """Store a new entry. ``then(session)`` runs in the same transaction after it (e.g. the
        timer removing itself): when it raises, the entry is not stored either."""
        with self._sessions.begin() as s:
            ensure_unlocked(s, draft.day)
            clean = validate_entry(draft, self._others(s, draft.day), self._clock.today())
            clean = _check_link(s, clean)
            now = self._clock.now()
            row = EntryRow(created_at=now, updated_at=now)
            _apply(row, clean)
            s.add(row)
            s.flush()
            entry = entry_from_row(row)
            _log(s, now, "add", entry.day, f"entry:{entry.id}", None, entry_to_json(entry))
            if then is not None:
                then(s)
            return entry

    def add_many(self, drafts: list[EntryDraft], keep_links: bool = True) -> list[Entry]:
        """Add several entries in one transaction: all are stored, or none.

        With ``keep_links=False`` an RHK link that does not fit the new day (another SKP
        period, a deleted RHK) is dropped instead of refusing the entry.
        """
        created: list[Entry] = []
        with self._sessions.begin() as s:
            now = self._clock.now()
            ensure_unlocked(s, *(d.day for d in drafts))
            for draft in drafts:
                clean = validate_entry(draft, self._others(s, draft.day), self._clock.today())
                try:
                    clean = _check_link(s, clean)
                except ValidationError:
                    if keep_links:
                        raise
                    clean = replace(clean, rhk_id=None, action_id=None)
                row = EntryRow(created_at=now, updated_at=now)
                _apply(row, clean)
                s.add(row)
                s.flush()
                entry = entry_from_row(row)
                _log(s, now, "add", entry.day, f"entry:{entry.id}", None, entry_to_json(entry))
                created.append(entry)
        return created

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        with self._sessions.begin() as s:
            row = s.get(EntryRow, entry_id)
            if row is None:
                raise NotFoundError("Kegiatan nomor {id} tidak ada (mungkin sudah dihapus).", id=entry_id)
            ensure_unlocked(s, row.day, draft.day)
            clean = validate_entry(
                draft, self._others(s, draft.day, exclude=[entry_id]), self._clock.today()
            )
            clean = _check_link(s, clean)
            before = entry_to_json(entry_from_row(row))
            _apply(row, clean)
            now = self._clock.now()
            row.updated_at = now
            s.flush()
            entry = entry_from_row(row)
            _log(s, now, "update", entry.day, f"entry:{entry.id}", before, entry_to_json(entry))
            return entry

    def delete(self, entry_id: int) -> Entry:
        """Delete and return what was deleted (so it can be restored)."""
        with self._sessions.begin() as s:
            row = s.get(EntryRow, entry_id)
            if row is None:
                raise NotFoundError("Kegiatan nomor {id} tidak ada (mungkin sudah dihapus).", id=entry_id)
            entry = entry_from_row(row)
            ensure_unlocked(s, entry.day)
            s.delete(row)
            _log(s, self._clock.now(), "delete", entry.day, f"entry:{entry.id}",
                 entry_to_json(entry), None)
            return entry

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back with its old id (undo of delete)."""
        with self._sessions.begin() as s:
            if s.get(EntryRow, entry.id) is not None:
                raise ValidationError("Kegiatan nomor {id} sudah ada.", id=entry.id)
            ensure_unlocked(s, entry.day)
            clean = validate_entry(entry.as_draft(), self._others(s, entry.day), self._clock.today())
            clean = _check_link(s, _drop_missing_links(s, clean))
            now = self._clock.now()
            row = EntryRow(id=entry.id, created_at=now, updated_at=now)
            _apply(row, clean)
            s.add(row)
            s.flush()
            restored = entry_from_row(row)
            _log(s, now, "restore", restored.day, f"entry:{restored.id}", None,
                 entry_to_json(restored))
            return restored

    def copy_previous_day(self, day: date) -> list[Entry]:
        """Copy the entries of the last earlier day that has any onto ``day``."""
        source = self.previous_logged_day(day)
        if source is None:
            raise ValidationError("Belum ada hari sebelumnya yang berisi kegiatan untuk disalin.")
        entries = self.entries_between(source, source)
        drafts = [e.as_draft(day=day) for e in entries]
        return self.add_many(drafts, keep_links=False)

    def set_status(
        self,
        day: date,
        status: DayStatus | None,
        leave_kind: LeaveKind | None = None,
        note: str = "",
    ) -> DayStatusRecord | None:
        """Set (or clear, with None) a day's status. Returns the previous one, for undo."""
        note = clean_text(note, "Keterangan", "note")
        if len(note) > MAX_NOTE:
            raise ValidationError(
                "Keterangan terlalu panjang (paling banyak {limit} karakter).",
                field="note",
                limit=MAX_NOTE,
            )
        if status is DayStatus.CUTI and leave_kind is None:
            raise ValidationError("Pilih jenis cuti.", field="leave_kind")
        if status is not DayStatus.CUTI:
            leave_kind = None
        if status is not None:
            validate_status_day(day, self._clock.today())
        with self._sessions.begin() as s:
            ensure_unlocked(s, day)
            row = s.get(DayStatusRow, day)
            previous = _to_status(row) if row is not None else None
            before = status_to_json(previous) if previous else None
            now = self._clock.now()
            if status is None:
                if row is not None:
                    s.delete(row)
                    _log(s, now, "status", day, f"day:{day.isoformat()}", before, None)
                return previous
            if row is None:
                row = DayStatusRow(day=day)
                s.add(row)
            row.status = status.value
            row.leave_kind = leave_kind.value if leave_kind else None
            row.note = note
            row.updated_at = now
            s.flush()
            _log(s, now, "status", day, f"day:{day.isoformat()}", before,
                 status_to_json(_to_status(row)))
            return previous
