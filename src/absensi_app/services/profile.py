"""Employee profile (with the office settings of the report's kop surat) and office work
schedule."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import ProfileMissingError, ValidationError
from absensi_app.domain.model import Profile, WorkSchedule
from absensi_app.domain.rules import clean_text, validate_profile, validate_schedule
from absensi_app.services.clock import Clock
from absensi_app.store.models import ProfileRow, ScheduleRow

_FIELDS = (
    "name",
    "nip",
    "asn_kind",
    "rank",
    "position",
    "unit",
    "agency",
    "supervisor_name",
    "supervisor_nip",
)
#: The office settings (migration 0005): optional text, with its label and longest length.
OFFICE_TEXT = {
    "government": ("Baris pemerintah kop surat", 200),
    "address": ("Alamat kantor", 300),
    "place": ("Tempat (kota) penandatanganan", 100),
}


class ProfileService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self) -> Profile | None:
        with self._sessions() as s:
            row = s.get(ProfileRow, 1)
            if row is None:
                return None
            office = {f: getattr(row, f) or "" for f in OFFICE_TEXT}
            return Profile(**{f: getattr(row, f) for f in _FIELDS}, **office, logo=row.logo or None)

    def require(self) -> Profile:
        profile = self.get()
        if profile is None:
            raise ProfileMissingError()
        return profile

    def save(self, profile: Profile, schedule: WorkSchedule | None = None) -> Profile:
        """Validate and store (create or replace) the profile, and the schedule if given.

        Both are checked before anything is written, and written in one transaction.
        Returns the cleaned profile.
        """
        with self._sessions() as s:
            row = s.get(ProfileRow, 1)
            stored_logo = row.logo if row is not None else None
        clean = validate_office(validate_profile(profile, self._clock.today()), stored_logo)
        if schedule is not None:
            schedule = _clean_schedule(schedule)
        with self._sessions.begin() as s:
            row = s.get(ProfileRow, 1)
            if row is None:
                row = ProfileRow(id=1)
                s.add(row)
            for f in _FIELDS:
                setattr(row, f, getattr(clean, f))
            for f in OFFICE_TEXT:  # not filled in: NULL, as in a profile from before 0005
                setattr(row, f, getattr(clean, f) or None)
            row.logo = clean.logo
            row.updated_at = self._clock.now()
            if schedule is not None:
                _store_schedule(s, schedule)
            elif s.get(ScheduleRow, 1) is None:
                s.add(_schedule_row(WorkSchedule()))
        return clean

    def schedule(self) -> WorkSchedule:
        with self._sessions() as s:
            row = s.get(ScheduleRow, 1)
            if row is None:
                return WorkSchedule()
            days = tuple(int(d) for d in row.workdays.split(",") if d.strip())
            return WorkSchedule(days, row.day_start, row.weekly_minutes)

    def save_schedule(self, schedule: WorkSchedule) -> WorkSchedule:
        clean = _clean_schedule(schedule)
        with self._sessions.begin() as s:
            _store_schedule(s, clean)
        return clean

    def has_profile(self) -> bool:
        with self._sessions() as s:
            return s.scalar(select(ProfileRow.id).limit(1)) is not None


def validate_office(profile: Profile, stored_logo: bytes | None = None) -> Profile:
    """The profile with its office settings cleaned (text trimmed, lengths checked) and its
    logo checked and re-encoded (``services.logo``); all of them may be empty. The logo
    already stored (``stored_logo``) is kept as it is: a JPEG is not compressed again at
    every save."""
    from absensi_app.services.logo import checked_logo

    cleaned = {}
    for key, (label, limit) in OFFICE_TEXT.items():
        value = clean_text(getattr(profile, key), label, key)
        if len(value) > limit:
            raise ValidationError(
                "{label} terlalu panjang (paling banyak {limit} karakter).",
                field=key, label=label, limit=limit,
            )
        cleaned[key] = value
    logo = profile.logo or None
    if logo is not None and logo != stored_logo:
        logo = checked_logo(logo)
    return replace(profile, **cleaned, logo=logo)


def _schedule_row(schedule: WorkSchedule) -> ScheduleRow:
    return ScheduleRow(
        id=1,
        workdays=",".join(str(d) for d in schedule.workdays),
        day_start=schedule.day_start,
        weekly_minutes=schedule.weekly_minutes,
    )


def _clean_schedule(schedule: WorkSchedule) -> WorkSchedule:
    clean = validate_schedule(schedule)
    return WorkSchedule(tuple(sorted(set(clean.workdays))), clean.day_start, clean.weekly_minutes)


def _store_schedule(s: Session, schedule: WorkSchedule) -> None:
    row = s.get(ScheduleRow, 1)
    new = _schedule_row(schedule)
    if row is None:
        s.add(new)
    else:
        row.workdays, row.day_start, row.weekly_minutes = new.workdays, new.day_start, new.weekly_minutes
