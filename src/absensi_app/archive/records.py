"""A verdict as the archive stores it, and a stored file back as the recap's row.

The values come from ``services.recap.row_from_verdict`` (the same reading of a verdict as the
supervisor's recap: a decision, its rating and note only when the whole file verified), plus
what the archive keeps beyond the recap: unit and agency, the rating's parts, the feedback per
RHK, the problems, the signers and the typed report as JSON. ``recap_row`` turns a stored row
back into a ``RecapRow``, so the status uses ``services.team.build_cell`` unchanged.
"""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime, time

from absensi_app.domain.nip import normalize_nip
from absensi_app.domain.verdict import Outcome, Verdict
from absensi_app.services.recap import RecapRow, row_from_verdict


_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, looked up once per class


def to_jsonable(value: object) -> object:
    """A typed value of the signed report as JSON: dataclasses as objects, enums as their
    value, dates and times in ISO form, tuples as lists."""
    kind = type(value)
    if kind in _PLAIN:  # exactly these types: an enum that is also a str is not plain
        return value
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def _nip(value: str | None) -> str | None:
    return normalize_nip(value)[:40] or None if value else None


def _text(value: str | None, limit: int) -> str | None:
    return value[:limit] if value else None


def problems_of(verdict: Verdict) -> list[str]:
    found = [verdict.problem] if verdict.problem else []
    return found + list(verdict.consistency_problems + verdict.approval_problems + verdict.certificate_problems)


def file_values(verdict: Verdict, name: str, path: str, size: int, sha256: str, now: datetime) -> dict:
    """The ``archive_file`` row of one verified file."""
    row = row_from_verdict(name, verdict)
    report = verdict.report
    decided = bool(row.approval)
    approval = verdict.approval if decided else None
    rating = approval.rating if approval else None
    trustworthy = verdict.outcome.trustworthy_content and report is not None
    return {
        "sha256": sha256, "size": size, "file_name": name[:500], "source_path": path,
        "status": verdict.status, "accepted": verdict.outcome is Outcome.VALID,
        "headline": verdict.headline() or "", "problems": problems_of(verdict),
        "employee_nip": _nip(row.nip or row.signer_nip), "employee_name": _text(row.name, 200),
        "unit": _text(report.employee.unit, 200) if report else None,
        "agency": _text(report.employee.agency, 200) if report else None,
        "signer_nip": _nip(row.signer_nip), "month": row.month or None, "revision": row.revision,
        "decision": row.approval or None, "decided_at": row.decided_at, "decided_sha256": row.decided_sha256 or None,
        "note": row.note or None,
        "hasil_kerja": rating.hasil_kerja.value if rating and rating.hasil_kerja else None,
        "perilaku_kerja": rating.perilaku_kerja.value if rating and rating.perilaku_kerja else None,
        "predikat": row.predikat or None,
        "rhk_feedback": [f.to_json() for f in approval.rhk_feedback] if approval else [],
        "total_minutes": row.total_minutes, "expected_minutes": row.expected_minutes,
        "missing_days": row.missing_days, "by_location": row.by_location or {}, "rhk_percent": row.rhk_percent,
        "report": to_jsonable(report) if trustworthy else None, "ingested_at": now,
    }  # fmt: skip


def signer_values(verdict: Verdict, file_id: int) -> list[dict]:
    return [
        {"file_id": file_id, "position": i, "role": s.role, "name": (s.name or "")[:200], "nip": (s.nip or "")[:40],
         "fingerprint": s.fingerprint, "signing_time": s.signing_time, "intact": s.intact,
         "trust": s.trust.value, "trusted": s.known}
        for i, s in enumerate(verdict.signers)
    ]  # fmt: skip


def staff_values(values: dict, now: datetime) -> dict | None:
    """The ``archive_staff`` row a valid file vouches for (None for any other file)."""
    if not values["accepted"] or not values["employee_nip"] or not values["month"]:
        return None
    return {"nip": values["employee_nip"], "name": values["employee_name"] or "", "unit": values["unit"] or "",
            "agency": values["agency"] or "", "first_month": values["month"], "last_month": values["month"],
            "updated_at": now}  # fmt: skip


def _outcome(status: str) -> Outcome:
    try:
        return Outcome(status)
    except ValueError:  # a status of a later version: a problem, never good
        return Outcome.INVALID


def recap_row(f) -> RecapRow:  # noqa: ANN001 - an ArchiveFile (or a row with its columns)
    return RecapRow(
        file=f.file_name, status=f.status, outcome=_outcome(f.status), headline=f.headline,
        name=f.employee_name or "", nip=f.employee_nip or "", month=f.month or "", revision=f.revision,
        total_minutes=f.total_minutes, expected_minutes=f.expected_minutes, by_location=dict(f.by_location or {}),
        missing_days=f.missing_days, rhk_percent=f.rhk_percent, approval=f.decision or "",
        predikat=f.predikat or "", file_sha256=f.sha256, decided_sha256=f.decided_sha256 or "",
        decided_at=f.decided_at, note=f.note or "", signer_nip=f.signer_nip or "",
    )  # fmt: skip
