"""The supervisor's feedback per RHK the employee received (``receive``, "Terapkan keputusan"),
kept so the dashboard shows it beside the RHK.

No migration: it lives in the existing ``setting`` table, one row per month and RHK, key
``rhk_feedback:YYYY-MM:<rhk id>``, value the JSON ``{"rhk_id", "name", "feedback",
"assessment", "revision", "decision"}``. A later decision on the same month replaces all of
that month's rows. What is read back is checked like any signed data (domain.rhk_feedback).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.rhk_feedback import RhkFeedback, read_feedback

KEY_PREFIX = "rhk_feedback:"


@dataclass(frozen=True)
class ReceivedFeedback:
    item: RhkFeedback
    revision: int | None
    decision: str  # "disetujui" or "dikembalikan" (domain.verdict.Decision values)


class RhkFeedbackService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def store(self, month: str, revision: int | None, decision: str, items: Iterable[RhkFeedback]) -> None:
        """Keep the feedback of the decision just applied to ``month`` (replacing any before)."""
        from sqlalchemy import delete

        from absensi_app.store.models import SettingRow

        prefix = f"{KEY_PREFIX}{month}:"
        with self._sessions.begin() as s:
            s.execute(delete(SettingRow).where(SettingRow.key.startswith(prefix, autoescape=True)))
            for item in items:
                value = dict(item.to_json(), revision=revision, decision=decision)
                s.add(SettingRow(key=f"{prefix}{item.rhk_id}",
                                 value=json.dumps(value, ensure_ascii=False, sort_keys=True)))

    def for_month(self, month: str) -> dict[int, ReceivedFeedback]:
        """The received feedback of ``month`` by RHK id; rows that do not read are skipped."""
        from sqlalchemy import select

        from absensi_app.store.models import SettingRow

        prefix = f"{KEY_PREFIX}{month}:"
        out: dict[int, ReceivedFeedback] = {}
        with self._sessions() as s:
            rows = s.scalars(select(SettingRow).where(SettingRow.key.startswith(prefix, autoescape=True)))
            for row in rows:
                try:
                    data = json.loads(row.value)
                except (ValueError, RecursionError):
                    continue
                if not isinstance(data, dict):
                    continue
                items, problems = read_feedback([{k: data.get(k) for k in ("rhk_id", "name", "feedback", "assessment")}])
                if problems or not items:
                    continue
                revision = data.get("revision")
                decision = data.get("decision")
                out[items[0].rhk_id] = ReceivedFeedback(
                    items[0], revision if isinstance(revision, int) and not isinstance(revision, bool) else None,
                    decision if isinstance(decision, str) else "",
                )
        return out
