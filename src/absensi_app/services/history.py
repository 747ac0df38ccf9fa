"""The change history: an append-only chain of records, each holding the hash of the one
before it, so a removed, reordered or edited record breaks the chain.

The database refuses UPDATE and DELETE on the table (triggers from migration 0003); the chain
makes tampering with the file itself visible too. A signed export carries the chain's head.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.report import canonical_bytes
from absensi_app.store.models import HistoryRow

GENESIS = "0" * 64


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def record_hash(prev_hash: str, seq: int, at: datetime, action: str, subject: str, month: str,
                data: str) -> str:
    payload = canonical_bytes(
        {
            "seq": seq,
            "at": at.isoformat(timespec="microseconds"),
            "action": action,
            "subject": subject,
            "month": month,
            "data": data,
            "prev": prev_hash,
        }
    )
    return hashlib.sha256(payload).hexdigest()


def head_in(s: Session) -> str:
    """The newest record's hash, read inside the caller's transaction."""
    return s.scalar(select(HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)) or GENESIS


def append(s: Session, at: datetime, action: str, subject: str, month: str, data: dict) -> str:
    """Add one record inside the caller's transaction; returns the new head."""
    last = s.execute(select(HistoryRow.id, HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    text = canonical_bytes(data).decode("utf-8")
    digest = record_hash(prev, seq, at, action, subject, month, text)
    s.add(
        HistoryRow(
            id=seq, at=at, action=action, subject=subject, month=month, data=text,
            prev_hash=prev, hash=digest,
        )
    )
    s.flush()
    return digest


@dataclass(frozen=True)
class HistoryRecord:
    seq: int
    at: datetime
    action: str
    subject: str
    month: str
    data: dict
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    count: int
    head: str
    broken_at: int | None = None  # sequence number of the first bad record
    problem: str = ""


class HistoryService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def head(self) -> str:
        with self._sessions() as s:
            return s.scalar(select(HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)) or GENESIS

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(HistoryRow)) or 0

    def records(self, month: str | None = None) -> list[HistoryRecord]:
        with self._sessions() as s:
            query = select(HistoryRow).order_by(HistoryRow.id)
            if month is not None:
                query = query.where(HistoryRow.month == month)
            return [
                HistoryRecord(r.id, r.at, r.action, r.subject, r.month, json.loads(r.data), r.hash)
                for r in s.scalars(query)
            ]

    def verify(self) -> ChainCheck:
        """Recompute the whole chain, and check that it still holds the head every signed
        export recorded (so cutting records off the end is noticed too)."""
        from absensi_app.store.models import MonthLockRow

        prev, expected_seq, count = GENESIS, 1, 0
        seen: set[str] = set()
        with self._sessions() as s:
            for r in s.scalars(select(HistoryRow).order_by(HistoryRow.id)).yield_per(1000):
                count += 1
                if r.id != expected_seq:
                    return ChainCheck(False, count, prev, expected_seq, "missing")
                if r.prev_hash != prev:
                    return ChainCheck(False, count, prev, r.id, "link")
                if record_hash(prev, r.id, r.at, r.action, r.subject, r.month, r.data) != r.hash:
                    return ChainCheck(False, count, prev, r.id, "content")
                prev, expected_seq = r.hash, expected_seq + 1
                seen.add(r.hash)
            for lock in s.scalars(select(MonthLockRow).order_by(MonthLockRow.month)):
                if lock.history_head not in seen:
                    return ChainCheck(False, count, prev, None, f"export-{lock.month}")
        return ChainCheck(True, count, prev)
