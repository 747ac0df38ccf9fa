"""The working calendar as this user has it: national holidays with their own changes,
the Ramadan hours of each year, and the few settings that shape the totals."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.calendar import HolidayChange, apply_changes, holidays_between, national_holidays
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.hours import (
    DEFAULT_OFFSITE_WEEKLY_LIMIT,
    RAMADAN_WEEKLY_MINUTES,
    RamadanPeriod,
)
from absensi_app.domain.rules import EARLIEST_DAY, clean_text
from absensi_app.store.models import HolidayChangeRow, RamadanRow, SettingRow

if TYPE_CHECKING:
    from absensi_app.services.holiday_cache import HolidayCache

OFFSITE_LIMIT_KEY = "offsite_weekly_limit"
MAX_HOLIDAY_NAME = 200
LATEST_YEAR = 2100


def _check_day(day: date) -> None:
    if not EARLIEST_DAY <= day <= date(LATEST_YEAR, 12, 31):
        raise ValidationError(
            "Tanggal {day} di luar rentang yang didukung (tahun 2000 sampai {last}).",
            field="day",
            day=day.strftime("%d-%m-%Y"),
            last=LATEST_YEAR,
        )


class WorkCalendarService:
    """``holidays``: where the national holidays of each year are kept (the data folder's
    copy); without it they are computed from the package in every process."""

    def __init__(self, sessions: sessionmaker[Session], holidays: HolidayCache | None = None) -> None:
        self._sessions = sessions
        self._holidays = holidays

    def _national_year(self, year: int) -> Mapping[date, str]:
        return self._holidays.national(year) if self._holidays is not None else national_holidays(year)

    # ---- holidays --------------------------------------------------------------------------
    def changes(self, first: date | None = None, last: date | None = None) -> list[HolidayChange]:
        with self._sessions() as s:
            query = select(HolidayChangeRow).order_by(HolidayChangeRow.day)
            if first is not None:
                query = query.where(HolidayChangeRow.day >= first)
            if last is not None:
                query = query.where(HolidayChangeRow.day <= last)
            return [HolidayChange(r.day, r.is_holiday, r.name) for r in s.scalars(query)]

    def holidays_between(self, first: date, last: date) -> dict[date, str]:
        """National holidays and cuti bersama with the user's additions and removals."""
        return apply_changes(self.national_between(first, last), self.changes(first, last))

    def national_between(self, first: date, last: date) -> dict[date, str]:
        return holidays_between(first, last, self._national_year)

    def add_holiday(self, day: date, name: str) -> HolidayChange | None:
        """Make ``day`` a day off. Returns the change it replaced (for undo)."""
        _check_day(day)
        name = clean_text(name, "Nama hari libur", "name")
        if not name:
            raise ValidationError("Nama hari libur wajib diisi.", field="name")
        if len(name) > MAX_HOLIDAY_NAME:
            raise ValidationError(
                "Nama hari libur terlalu panjang (paling banyak {limit} karakter).",
                field="name",
                limit=MAX_HOLIDAY_NAME,
            )
        return self._put(HolidayChange(day, True, name))

    def remove_holiday(self, day: date) -> HolidayChange | None:
        """Make ``day`` an ordinary day again.

        For a national holiday this stores a removal; for a day the user added it just drops
        that addition. Returns the change it replaced (for undo).
        """
        _check_day(day)
        national = self.national_between(day, day)
        with self._sessions.begin() as s:
            row = s.get(HolidayChangeRow, day)
            previous = HolidayChange(row.day, row.is_holiday, row.name) if row else None
            if day in national:
                if row is None:
                    s.add(HolidayChangeRow(day=day, is_holiday=False, name=""))
                else:
                    row.is_holiday, row.name = False, ""
            elif row is not None and row.is_holiday:
                s.delete(row)
            else:
                raise ValidationError(
                    "Tanggal {day} bukan hari libur.", field="day", day=day.strftime("%d-%m-%Y")
                )
            return previous

    def reset_day(self, day: date) -> HolidayChange | None:
        """Forget the user's change for ``day`` (back to the national calendar)."""
        with self._sessions.begin() as s:
            row = s.get(HolidayChangeRow, day)
            if row is None:
                return None
            previous = HolidayChange(row.day, row.is_holiday, row.name)
            s.delete(row)
            return previous

    def _put(self, change: HolidayChange) -> HolidayChange | None:
        with self._sessions.begin() as s:
            row = s.get(HolidayChangeRow, change.day)
            previous = HolidayChange(row.day, row.is_holiday, row.name) if row else None
            if row is None:
                row = HolidayChangeRow(day=change.day)
                s.add(row)
            row.is_holiday = change.is_holiday
            row.name = change.name
            return previous

    # ---- Ramadan ---------------------------------------------------------------------------
    def ramadan_periods(self) -> list[RamadanPeriod]:
        with self._sessions() as s:
            rows = s.scalars(select(RamadanRow).order_by(RamadanRow.year)).all()
            return [RamadanPeriod(r.first_day, r.last_day, r.weekly_minutes) for r in rows]

    def set_ramadan(
        self, first: date, last: date, weekly_minutes: int = RAMADAN_WEEKLY_MINUTES
    ) -> RamadanPeriod:
        _check_day(first)
        _check_day(last)
        if last < first:
            raise ValidationError(
                "Akhir periode Ramadan tidak boleh sebelum awalnya.", field="last"
            )
        if (last - first).days > 31:
            raise ValidationError("Periode Ramadan paling lama 31 hari.", field="last")
        if not 60 <= weekly_minutes <= 4200:
            raise ValidationError(
                "Jam kerja seminggu selama Ramadan harus antara 1 dan 70 jam.",
                field="weekly_minutes",
            )
        with self._sessions.begin() as s:
            row = s.get(RamadanRow, first.year)
            if row is None:
                row = RamadanRow(year=first.year)
                s.add(row)
            row.first_day, row.last_day, row.weekly_minutes = first, last, weekly_minutes
        return RamadanPeriod(first, last, weekly_minutes)

    def clear_ramadan(self, year: int) -> RamadanPeriod | None:
        with self._sessions.begin() as s:
            row = s.get(RamadanRow, year)
            if row is None:
                return None
            previous = RamadanPeriod(row.first_day, row.last_day, row.weekly_minutes)
            s.delete(row)
            return previous

    # ---- settings --------------------------------------------------------------------------
    def offsite_limit(self) -> int:
        with self._sessions() as s:
            row = s.get(SettingRow, OFFSITE_LIMIT_KEY)
            if row is None:
                return DEFAULT_OFFSITE_WEEKLY_LIMIT
            try:
                return int(row.value)
            except ValueError:
                return DEFAULT_OFFSITE_WEEKLY_LIMIT

    def set_offsite_limit(self, days: int) -> int:
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 7:
            raise ValidationError(
                "Batas hari kerja di luar kantor harus 0 sampai 7 hari seminggu.",
                field="offsite_limit",
            )
        with self._sessions.begin() as s:
            row = s.get(SettingRow, OFFSITE_LIMIT_KEY)
            if row is None:
                s.add(SettingRow(key=OFFSITE_LIMIT_KEY, value=str(days)))
            else:
                row.value = str(days)
        return days
