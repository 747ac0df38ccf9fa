"""Translated display names for domain codes (the domain keeps codes, Qt translates), error
messages, and the lists of ranks. Dates, durations and numbers are written by ``formatting``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatus, DayStatusRecord, LeaveKind, Location
from absensi_app.views.formatting import month_name

if TYPE_CHECKING:
    from absensi_app.domain.verdict import Verdict

_LOCATED = re.compile(r"RHK ke-(\d+)(?:, Rencana Aksi ke-(\d+))?: ")


def _t(text: str) -> str:
    """Translate a name marked with QT_TRANSLATE_NOOP("Labels", ...) below."""
    return QCoreApplication.translate("Labels", text)


_LOCATIONS = {
    Location.KANTOR: QT_TRANSLATE_NOOP("Labels", "Kantor"),
    Location.KANTOR_LAIN: QT_TRANSLATE_NOOP("Labels", "Kantor lain"),
    Location.RUMAH: QT_TRANSLATE_NOOP("Labels", "Rumah"),
    Location.LOKASI_LAIN: QT_TRANSLATE_NOOP("Labels", "Lokasi lain"),
    Location.DINAS_LUAR: QT_TRANSLATE_NOOP("Labels", "Dinas Luar"),
}
_STATUSES = {
    DayStatus.HADIR: QT_TRANSLATE_NOOP("Labels", "Hadir"),
    DayStatus.DINAS_LUAR: QT_TRANSLATE_NOOP("Labels", "Dinas Luar"),
    DayStatus.CUTI: QT_TRANSLATE_NOOP("Labels", "Cuti"),
    DayStatus.SAKIT: QT_TRANSLATE_NOOP("Labels", "Sakit"),
    DayStatus.IZIN: QT_TRANSLATE_NOOP("Labels", "Izin"),
    DayStatus.TUGAS_BELAJAR: QT_TRANSLATE_NOOP("Labels", "Tugas Belajar"),
    DayStatus.LIBUR: QT_TRANSLATE_NOOP("Labels", "Libur"),
    DayStatus.TANPA_KETERANGAN: QT_TRANSLATE_NOOP("Labels", "Tanpa Keterangan"),
}
_LEAVES = {
    LeaveKind.TAHUNAN: QT_TRANSLATE_NOOP("Labels", "Cuti Tahunan"),
    LeaveKind.BESAR: QT_TRANSLATE_NOOP("Labels", "Cuti Besar"),
    LeaveKind.SAKIT: QT_TRANSLATE_NOOP("Labels", "Cuti Sakit"),
    LeaveKind.MELAHIRKAN: QT_TRANSLATE_NOOP("Labels", "Cuti Melahirkan"),
    LeaveKind.ALASAN_PENTING: QT_TRANSLATE_NOOP("Labels", "Cuti Karena Alasan Penting"),
    LeaveKind.BERSAMA: QT_TRANSLATE_NOOP("Labels", "Cuti Bersama"),
    LeaveKind.DILUAR_TANGGUNGAN: QT_TRANSLATE_NOOP("Labels", "Cuti di Luar Tanggungan Negara"),
}


def location_label(location: Location) -> str:
    return _t(_LOCATIONS[location])


def status_label(status: DayStatus) -> str:
    return _t(_STATUSES[status])


def leave_label(kind: LeaveKind) -> str:
    return _t(_LEAVES[kind])


def predikat_label(predikat: str) -> str:
    """A predikat of the official table (domain/skp.py PREDIKAT, as a signed file states it)
    in the language of the screens; another text as it is."""
    return _t(predikat) if predikat else ""


def error_text(exc: AbsensiError) -> str:
    """The error's Indonesian template through Qt's translator, then its values filled in;
    a value that is one of the words the Qt-free layers mark for it (QT_TRANSLATE_NOOP("Errors",
    ...): the kind of file, why a database cannot be opened, where in an SKP plan) is
    translated too."""
    template = QCoreApplication.translate("Errors", exc.template)
    params = {k: _error_word(v) if isinstance(v, str) else v for k, v in exc.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def _error_word(value: str) -> str:
    if not value or len(value) > 80:
        return value
    located = _LOCATED.fullmatch(value)
    if located:  # "RHK ke-2, Rencana Aksi ke-1: " of domain/skp_plan.py
        from absensi_app.domain.skp_plan import ACTION_AT, RHK_AT  # the SKP rules: not before the first paint

        n, m = located.group(1), located.group(2)
        template = ACTION_AT if m else RHK_AT
        return QCoreApplication.translate("Errors", template).format(n=n, m=m)
    return QCoreApplication.translate("Errors", value)


def verdict_headline(verdict: Verdict) -> str:
    """``Verdict.headline`` in the language of the screens (its template under "Verdict")."""
    return headline_text(verdict.headline_form(), verdict.headline())


def headline_text(form: tuple[str, dict[str, object]], fallback: str = "") -> str:
    """A headline kept as ``Verdict.headline_form()`` gave it, translated."""
    template, params = form
    values = dict(params)
    if isinstance(values.get("month_number"), int):
        values["month"] = month_name(int(values["month_number"]))
    try:
        return QCoreApplication.translate("Verdict", template).format(**values).replace("  ", " ")
    except (KeyError, IndexError, ValueError):
        return fallback


def row_headline(row) -> str:  # noqa: ANN001 - a services.recap.RecapRow
    """A recap row's headline in the shown language (the Indonesian text when no form is kept)."""
    return headline_text(row.headline_form, row.headline) if row.headline_form else row.headline


PNS_RANKS = (
    "Juru Muda, I/a",
    "Juru Muda Tk. I, I/b",
    "Juru, I/c",
    "Juru Tk. I, I/d",
    "Pengatur Muda, II/a",
    "Pengatur Muda Tk. I, II/b",
    "Pengatur, II/c",
    "Pengatur Tk. I, II/d",
    "Penata Muda, III/a",
    "Penata Muda Tk. I, III/b",
    "Penata, III/c",
    "Penata Tk. I, III/d",
    "Pembina, IV/a",
    "Pembina Tk. I, IV/b",
    "Pembina Utama Muda, IV/c",
    "Pembina Utama Madya, IV/d",
    "Pembina Utama, IV/e",
)
PPPK_GRADES = tuple(
    f"Golongan {g}"
    for g in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")
)


def fingerprint_blocks(fingerprint: str, per_line: int = 4) -> str:
    """``AB:CD:...`` as groups of four hex pairs, ``per_line`` groups a line: easy to read
    aloud and compare by phone. The employee's key dialog and the supervisor's viewer use the
    same grouping, and the command line prints the same pairs."""
    digits = "".join(c for c in fingerprint.upper() if c in "0123456789ABCDEF")
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    groups = [":".join(pairs[i : i + 4]) for i in range(0, len(pairs), 4)]
    return "\n".join("  ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def day_status_text(record: DayStatusRecord) -> str:
    """'Cuti tahunan: ...' or 'Dinas Luar', with the note when there is one."""
    text = leave_label(record.leave_kind) if record.leave_kind else status_label(record.status)
    return f"{text}: {record.note}" if record.note else text
