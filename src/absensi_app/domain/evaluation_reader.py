"""The signed data of a yearly Dokumen Evaluasi Kinerja Pegawai, read back.

The document (``services.evaluation``) carries its content as canonical JSON in the embedded
file ``absensi-evaluasi.json``. Verification reads only what it checks and shows: the schema,
the employee, the period and whether the data says it was signed; everything else stays in the
file for whoever reads it. Like ``domain.report_reader`` the reader never raises: a value that
is not what the schema says is left out with a sentence in ``problems``.

Pure: no Qt, no PDF library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

EVALUATION_SCHEMA = "absensi-evaluasi"
EVALUATION_SCHEMA_VERSION = 2  # 2: months carry the rating received, RHK the feedback received
EVALUATION_ATTACHMENT = "absensi-evaluasi.json"
EVALUATION_TITLE_PREFIX = "Dokumen Evaluasi Kinerja Pegawai "
MAX_TEXT = 5000


@dataclass(frozen=True)
class SignedEvaluation:
    schema_version: int | None = None
    employee_name: str | None = None
    employee_nip: str | None = None
    first: date | None = None
    last: date | None = None
    title: str | None = None  # the period's title, e.g. "SKP 2026"
    signed: bool | None = None
    rhk: int = 0  # how many RHK the document evaluates
    approved: int = 0  # months with an approval received
    problems: tuple[str, ...] = ()

    @property
    def document_title(self) -> str:
        """The PDF title the export gives this document."""
        return EVALUATION_TITLE_PREFIX + (self.title or "")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) <= MAX_TEXT else None


def _day(value: object) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def read_evaluation_bytes(raw: bytes | None) -> tuple[SignedEvaluation | None, list[str]]:
    """The typed evaluation data and what is wrong with it; (None, [why]) when unreadable."""
    if raw is None:
        return None, ["data dokumen evaluasi tidak ada di dalam berkas"]
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, ["data dokumen evaluasi bukan JSON yang bisa dibaca"]
    if not isinstance(data, dict):
        return None, ["data dokumen evaluasi bukan objek JSON"]
    problems: list[str] = []
    if data.get("schema") != EVALUATION_SCHEMA:
        return None, ["data di dalam berkas bukan dokumen evaluasi Absensi"]
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= EVALUATION_SCHEMA_VERSION:
        problems.append("versi data dokumen evaluasi tidak dikenal")
        version = None
    employee = data.get("employee") if isinstance(data.get("employee"), dict) else {}
    period = data.get("period") if isinstance(data.get("period"), dict) else {}
    name, nip = _text(employee.get("name")), _text(employee.get("nip"))
    first, last, title = _day(period.get("first")), _day(period.get("last")), _text(period.get("title"))
    if nip is None:
        problems.append("data dokumen evaluasi tidak menyebut NIP pegawai")
    if first is None or last is None or first > last:
        problems.append("data dokumen evaluasi tidak menyebut periode yang benar")
        first = last = None
    signed = data.get("signed") if isinstance(data.get("signed"), bool) else None
    rhk = data.get("rhk") if isinstance(data.get("rhk"), list) else []
    months = data.get("months") if isinstance(data.get("months"), list) else []
    approved = sum(1 for m in months if isinstance(m, dict) and m.get("state") == "disetujui")
    return SignedEvaluation(version, name, nip, first, last, title, signed, len(rhk), approved,
                            tuple(problems)), problems
