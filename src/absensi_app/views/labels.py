"""Translated display names for domain codes (the domain keeps codes, Qt translates), error
messages, and the lists of ranks. Dates, durations and numbers are written by ``formatting``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatus, DayStatusRecord, LeaveKind, Location


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


def error_text(exc: AbsensiError) -> str:
    """The error's Indonesian template through Qt's translator, then its values filled in."""
    template = QCoreApplication.translate("Errors", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return exc.message


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
