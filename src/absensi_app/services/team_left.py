"""Who has left the team: the supervisor's mark, kept in the settings table (no new table or
column: one row per NIP, ``team-left:<NIP>``, the value the ISO date it was marked)."""

from __future__ import annotations

from datetime import date

from absensi_app.domain.nip import normalize_nip

LEFT_KEY_PREFIX = "team-left:"


def _nip(value: str) -> str:
    return normalize_nip(value or "")


class TeamService:
    """The "left the team" marks, one setting row per NIP (``team-left:<NIP>``, the value the
    ISO date it was marked): no new table or column."""

    def __init__(self, sessions, clock) -> None:  # noqa: ANN001
        self._sessions = sessions
        self._clock = clock

    def left(self) -> dict[str, date]:
        """NIP -> the day it was marked."""
        from sqlalchemy import select

        from absensi_app.store.models import SettingRow

        with self._sessions() as s:
            rows = s.scalars(select(SettingRow).where(SettingRow.key.startswith(LEFT_KEY_PREFIX))).all()
            out = {}
            for row in rows:
                try:
                    out[row.key[len(LEFT_KEY_PREFIX):]] = date.fromisoformat(row.value)
                except ValueError:
                    out[row.key[len(LEFT_KEY_PREFIX):]] = date.min
            return out

    def mark_left(self, nip: str, left: bool = True) -> bool:
        """Mark (or unmark) someone as having left. Returns whether anything changed."""
        from absensi_app.domain.errors import ValidationError
        from absensi_app.store.models import SettingRow

        key_nip = _nip(nip)
        if not key_nip.isdigit() or len(key_nip) != 18:
            raise ValidationError("NIP '{nip}' tidak sah: harus 18 angka.", nip=nip)
        key = LEFT_KEY_PREFIX + key_nip
        with self._sessions.begin() as s:
            row = s.get(SettingRow, key)
            if left and row is None:
                s.add(SettingRow(key=key, value=self._clock.today().isoformat()))
                return True
            if not left and row is not None:
                s.delete(row)
                return True
            return False

