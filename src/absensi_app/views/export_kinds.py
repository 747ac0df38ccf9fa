"""The four kinds of a month's export (signed PDF, unsigned PDF, e-Kinerja XLSX, CSV), their
file extensions and suggested file names, and the month and folder the export dialog
(``views.export_dialog``) starts with."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from absensi_app.views.key_dialog import first_name

SIGNED, UNSIGNED, XLSX, CSV = "signed", "unsigned", "xlsx", "csv"
KINDS = (SIGNED, UNSIGNED, XLSX, CSV)
EXTENSIONS = {SIGNED: ".pdf", UNSIGNED: ".pdf", XLSX: ".xlsx", CSV: ".csv"}


def default_month(today: date) -> tuple[int, int]:
    """In the first five days of a month the summary due is usually last month's."""
    if today.day <= 5:
        return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return today.year, today.month


def default_file_name(kind: str, year: int, month: int, revision: int, name: str) -> str:
    """E.g. ``Laporan-Kinerja-2026-11-Rina.pdf`` or ``Progres-Harian-2026-11-Rina.xlsx``."""
    base = {SIGNED: "Laporan-Kinerja", UNSIGNED: "Laporan-Kinerja", XLSX: "Progres-Harian", CSV: "Kegiatan"}[kind]
    parts = [base, f"{year:04d}-{month:02d}"]
    if kind == SIGNED and revision > 1:
        parts.append(f"revisi-{revision}")
    if kind == UNSIGNED:
        parts.append("tanpa-ttd")
    who = first_name(name)
    if who:
        parts.append(who)
    return "-".join(parts) + EXTENSIONS[kind]


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()
