"""Translated display names for domain codes (the domain keeps codes, Qt translates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatus, LeaveKind, Location


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def location_label(location: Location) -> str:
    return {
        Location.KANTOR: _t("Kantor"),
        Location.KANTOR_LAIN: _t("Kantor lain"),
        Location.RUMAH: _t("Rumah"),
        Location.LOKASI_LAIN: _t("Lokasi lain"),
        Location.DINAS_LUAR: _t("Dinas Luar"),
    }[location]


def status_label(status: DayStatus) -> str:
    return {
        DayStatus.HADIR: _t("Hadir"),
        DayStatus.DINAS_LUAR: _t("Dinas Luar"),
        DayStatus.CUTI: _t("Cuti"),
        DayStatus.SAKIT: _t("Sakit"),
        DayStatus.IZIN: _t("Izin"),
        DayStatus.TUGAS_BELAJAR: _t("Tugas Belajar"),
        DayStatus.LIBUR: _t("Libur"),
        DayStatus.TANPA_KETERANGAN: _t("Tanpa Keterangan"),
    }[status]


def leave_label(kind: LeaveKind) -> str:
    return {
        LeaveKind.TAHUNAN: _t("Cuti Tahunan"),
        LeaveKind.BESAR: _t("Cuti Besar"),
        LeaveKind.SAKIT: _t("Cuti Sakit"),
        LeaveKind.MELAHIRKAN: _t("Cuti Melahirkan"),
        LeaveKind.ALASAN_PENTING: _t("Cuti Karena Alasan Penting"),
        LeaveKind.BERSAMA: _t("Cuti Bersama"),
        LeaveKind.DILUAR_TANGGUNGAN: _t("Cuti di Luar Tanggungan Negara"),
    }[kind]


def error_text(exc: AbsensiError) -> str:
    """The error's Indonesian template through Qt's translator, then its values filled in."""
    template = QCoreApplication.translate("Errors", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def minutes_text(minutes: int) -> str:
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return _t("{h} j {m} m").format(h=hours, m=mins)
    if hours:
        return _t("{h} j").format(h=hours)
    return _t("{m} m").format(m=mins)


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
