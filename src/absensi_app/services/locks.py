"""Month locks: a month whose signed summary was exported cannot change until it is
explicitly unlocked, and the unlock is recorded in the change history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.domain.rules import clean_text
from absensi_app.services import history
from absensi_app.services.clock import Clock
from absensi_app.store.models import MonthLockRow

MAX_REASON = 500
LOCKED = "terkunci"
APPROVED = "disetujui"
RETURNED = "dikembalikan"


class MonthLockedError(ValidationError):
    """A change to a locked month was refused."""


def month_label(key: str) -> str:
    year, month = int(key[:4]), int(key[5:7])
    return f"{MONTH_NAMES[month - 1]} {year}"


@dataclass(frozen=True)
class MonthLock:
    month: str  # "YYYY-MM"
    revision: int  # of the last signed export
    locked: bool
    state: str  # "terkunci", "dibuka", "disetujui" (locked for good) or "dikembalikan"
    exported_at: datetime
    history_head: str
    pdf_sha256: str
    note: str = ""


def _lock(row: MonthLockRow) -> MonthLock:
    return MonthLock(
        row.month, row.revision, row.locked, row.state, row.exported_at, row.history_head,
        row.pdf_sha256, row.note or "",
    )


def ensure_unlocked(s: Session, *days: date) -> None:
    """Refuse (inside the caller's transaction) a change to a day of a locked month."""
    for key in sorted({history.month_key(d) for d in days}):
        row = s.get(MonthLockRow, key)
        if row is not None and row.state == APPROVED:
            raise MonthLockedError(
                "{month} sudah disetujui Pejabat Penilai Kinerja (revisi {revision}); bulan itu "
                "terkunci permanen dan tidak bisa diubah lagi.",
                field="day",
                month=month_label(key),
                revision=row.revision,
            )
        if row is not None and row.locked:
            raise MonthLockedError(
                "{month} terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor "
                "pada {when}. Buka kunci bulan itu dulu bila memang perlu diubah; "
                "pembukaan kunci dicatat.",
                field="day",
                month=month_label(key),
                revision=row.revision,
                when=row.exported_at.strftime("%d-%m-%Y %H:%M"),
            )


def _still_locked(key: str, row: MonthLockRow) -> ValidationError:
    """A signed export of a month that is still locked would be a second, different file with
    the same revision number: the first one stays the valid summary."""
    return MonthLockedError(
        "{month} sudah terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor pada "
        "{when}, dan berkas itulah yang sah. Untuk mengekspor lagi, buka kunci bulan itu dulu "
        "(dicatat di riwayat); ekspor berikutnya menjadi revisi {next}.",
        field="month",
        month=month_label(key),
        revision=row.revision,
        next=row.revision + 1,
        when=row.exported_at.strftime("%d-%m-%Y %H:%M"),
    )


def _approved_is_final(key: str) -> ValidationError:
    return ValidationError(
        "{month} sudah disetujui Pejabat Penilai Kinerja; ringkasan yang sah adalah berkas "
        "bertanda tangan yang ia kembalikan, dan bulan itu tidak diekspor ulang.",
        month=month_label(key),
    )


def _refuse_signed_export(key: str, row: MonthLockRow | None) -> None:
    """An approved month is final: its valid signed summary is the supervisor's file. A
    month that is still locked has its valid signed summary already: unlock it first."""
    if row is not None and row.state == APPROVED:
        raise _approved_is_final(key)
    if row is not None and row.locked:
        raise _still_locked(key, row)


class LockService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, key: str) -> MonthLock | None:
        with self._sessions() as s:
            row = s.get(MonthLockRow, key)
            return _lock(row) if row else None

    def all(self) -> list[MonthLock]:
        with self._sessions() as s:
            return [_lock(r) for r in s.scalars(select(MonthLockRow).order_by(MonthLockRow.month))]

    def next_revision(self, key: str) -> int:
        """The revision a signed export of the month would carry now."""
        with self._sessions() as s:
            return self.next_revision_in(s, key)

    @staticmethod
    def next_revision_in(s: Session, key: str) -> int:
        row = s.get(MonthLockRow, key)
        if row is None:
            return 1
        return row.revision if row.locked else row.revision + 1

    def ensure_exportable(self, key: str) -> None:
        """Refuse a signed export of an approved or still locked month (before any work)."""
        with self._sessions() as s:
            _refuse_signed_export(key, s.get(MonthLockRow, key))

    def record_export(self, s: Session, key: str, revision: int, pdf_sha256: str,
                      history_head: str) -> None:
        """Lock the month after a signed export (inside the exporter's transaction)."""
        now = self._clock.now()
        head = history.append(
            s, now, "export", f"month:{key}", key,
            {"revision": revision, "pdf_sha256": pdf_sha256, "history_head": history_head},
        )
        row = s.get(MonthLockRow, key)
        _refuse_signed_export(key, row)
        if row is None:
            row = MonthLockRow(month=key)
            s.add(row)
        row.revision = revision
        row.locked = True
        row.state = LOCKED
        row.exported_at = now
        row.history_head = head
        row.pdf_sha256 = pdf_sha256
        row.note = ""

    def record_decision(self, key: str, revision: int, decision: str, note: str,
                        supervisor_fingerprint: str, summary_sha256: str = "",
                        rating: dict | None = None) -> str:
        """The supervisor's verified decision on a signed export: approved months stay locked
        for good; returned months open again with the note kept. ``rating`` (the approval's
        ``{"hasil_kerja", "perilaku_kerja", "predikat"}``) is kept in the change history with
        the decision, for the yearly evaluation. Returns the new state."""
        if decision not in (APPROVED, RETURNED):
            raise ValidationError("Keputusan '{d}' tidak dikenal.", d=decision)
        with self._sessions.begin() as s:
            row = s.get(MonthLockRow, key)
            if row is None:
                raise ValidationError(
                    "{month} belum pernah diekspor bertanda tangan dari data ini.",
                    month=month_label(key),
                )
            if revision != row.revision:
                raise ValidationError(
                    "Keputusan ini untuk revisi {got}, padahal ringkasan terakhir {month} adalah "
                    "revisi {current}.",
                    got=revision, current=row.revision, month=month_label(key),
                )
            if row.state == APPROVED:
                raise ValidationError("{month} sudah disetujui sebelumnya.", month=month_label(key))
            if not row.locked or row.state != LOCKED:
                raise ValidationError(
                    "{month} sudah dibuka atau dikembalikan sejak ringkasan revisi {revision} "
                    "diekspor; keputusan atas revisi itu tidak lagi berlaku. Ekspor ulang dan "
                    "kirim revisi berikutnya.",
                    month=month_label(key), revision=row.revision,
                )
            if summary_sha256 != row.pdf_sha256:
                raise ValidationError(
                    "Keputusan ini bukan untuk berkas ringkasan {month} revisi {revision} yang "
                    "Anda ekspor terakhir.",
                    month=month_label(key), revision=row.revision,
                )
            history.append(
                s, self._clock.now(), decision, f"month:{key}", key,
                {"revision": revision, "note": note, "supervisor": supervisor_fingerprint}
                | ({"rating": rating} if rating else {}),
            )
            row.state = decision
            row.locked = decision == APPROVED
            row.note = note
            return decision

    def unlock(self, key: str, reason: str) -> MonthLock:
        reason = clean_text(reason, "Alasan membuka kunci", "reason")
        if not reason:
            raise ValidationError(
                "Tulis alasan membuka kunci (mis. 'koreksi jam kegiatan 12 November').",
                field="reason",
            )
        if len(reason) > MAX_REASON:
            raise ValidationError(
                "Alasan terlalu panjang (paling banyak {limit} karakter).", field="reason",
                limit=MAX_REASON,
            )
        with self._sessions.begin() as s:
            row = s.get(MonthLockRow, key)
            if row is not None and row.state == APPROVED:
                raise ValidationError(
                    "{month} sudah disetujui Pejabat Penilai Kinerja; bulan itu terkunci "
                    "permanen.",
                    month=month_label(key),
                )
            if row is None or not row.locked:
                raise ValidationError(
                    "{month} tidak terkunci; tidak ada yang perlu dibuka.", month=month_label(key)
                )
            history.append(
                s, self._clock.now(), "unlock", f"month:{key}", key,
                {"revision": row.revision, "reason": reason},
            )
            row.locked = False
            row.state = "dibuka"
            row.note = reason
            s.flush()
            return _lock(row)
