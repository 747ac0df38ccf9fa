"""Names and colours of the progress screen that the domain does not carry: the day states of
the month calendar, the work locations, the pace of an RHK, and the disclaimer under it.

The names are marked with ``QT_TRANSLATE_NOOP("Dashboard", ...)``; ``dashboard_text`` shows
them translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from absensi_app.domain.hours import DayState
from absensi_app.domain.model import Location
from absensi_app.domain.skp import Pace, RhkKind

_CTX = "Dashboard"


def dashboard_text(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Dashboard", ...) below."""
    return QCoreApplication.translate(_CTX, text)


# Legend order of the month calendar, with the label and the fill of each state.
STATE_LABELS: dict[DayState, str] = {
    DayState.COMPLETE: QT_TRANSLATE_NOOP("Dashboard", "lengkap"),
    DayState.PARTIAL: QT_TRANSLATE_NOOP("Dashboard", "sebagian"),
    DayState.MISSING: QT_TRANSLATE_NOOP("Dashboard", "kosong"),
    DayState.HOLIDAY: QT_TRANSLATE_NOOP("Dashboard", "libur"),
    DayState.LEAVE: QT_TRANSLATE_NOOP("Dashboard", "cuti/sakit/izin"),
    DayState.TRAVEL: QT_TRANSLATE_NOOP("Dashboard", "dinas luar"),
    DayState.FUTURE: QT_TRANSLATE_NOOP("Dashboard", "akan datang"),
    DayState.OFF: QT_TRANSLATE_NOOP("Dashboard", "bukan hari kerja"),
}
STATE_COLORS: dict[DayState, str] = {
    DayState.COMPLETE: "#a9dcae",
    DayState.PARTIAL: "#fbe08a",
    DayState.MISSING: "#f3a59d",
    DayState.HOLIDAY: "#e3cdf0",
    DayState.LEAVE: "#c6d6f7",
    DayState.TRAVEL: "#a8e0da",
    DayState.FUTURE: "#ffffff",
    DayState.OFF: "#ececec",
}
CELL_TEXT = "#1f1f1f"
TODAY_RING = "#1a4fa0"

LOCATION_COLORS: dict[Location, str] = {
    Location.KANTOR: "#2f6fca",
    Location.KANTOR_LAIN: "#8fb4ea",
    Location.RUMAH: "#f0a02c",
    Location.LOKASI_LAIN: "#9a6acb",
    Location.DINAS_LUAR: "#2a9d8f",
}
LOGGED_COLOR = "#2f6fca"
TARGET_COLOR = "#b9c0cc"
GOOD = "#1e7a34"
BAD = "#b3261e"
MUTED = "#5f6368"

PACE_LABELS: dict[Pace, str] = {
    Pace.TERCAPAI: QT_TRANSLATE_NOOP("Dashboard", "Target tercapai"),
    Pace.SESUAI: QT_TRANSLATE_NOOP("Dashboard", "Sesuai jadwal"),
    Pace.TERTINGGAL: QT_TRANSLATE_NOOP("Dashboard", "Tertinggal"),
    Pace.BELUM_MULAI: QT_TRANSLATE_NOOP("Dashboard", "Belum dimulai"),
}
PACE_COLORS: dict[Pace, str] = {
    Pace.TERCAPAI: GOOD,
    Pace.SESUAI: GOOD,
    Pace.TERTINGGAL: BAD,
    Pace.BELUM_MULAI: MUTED,
}
KIND_LABELS = {
    RhkKind.UTAMA: QT_TRANSLATE_NOOP("Dashboard", "Utama"),
    RhkKind.TAMBAHAN: QT_TRANSLATE_NOOP("Dashboard", "Tambahan"),
}
# The same sentence as domain.skp.PROGRESS_DISCLAIMER, written out so lupdate finds it
# (tests/ui/test_dashboard.py checks the two stay equal).
DISCLAIMER = QT_TRANSLATE_NOOP(
    "Dashboard",
    "Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. "
    "Predikat ditetapkan oleh Pejabat Penilai Kinerja.",
)
