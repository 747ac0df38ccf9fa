"""The month's entries as the e-Kinerja "Progres Harian" sheet (xlsx) and as CSV.

The sheet follows the columns the public e-Kinerja importer reads (docs/domain.md): first
sheet, header row Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi,
Satuan, Bukti Dukung. e-Kinerja silently skips a row whose Rencana Aksi is empty, so the result
says how many such rows were written and the caller can warn the user.

Both files are written atomically: into a temporary file in the target folder, then renamed
over the target, so a failed export never leaves half a file. File-system problems become an
:class:`ExportError` with an Indonesian message.

openpyxl is imported only when a sheet is written.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import Entry
from absensi_app.domain.report import MonthReport

PROGRESS_HEADERS = (
    "Rencana Aksi",
    "Tanggal",
    "Jam Mulai",
    "Jam Selesai",
    "Kegiatan Harian",
    "Realisasi",
    "Satuan",
    "Bukti Dukung",
)
CSV_HEADERS = PROGRESS_HEADERS + ("Lokasi", "Menit")
SHEET_TITLE = "Progres Harian"
# Excel column widths (characters), in PROGRESS_HEADERS order.
_COLUMN_WIDTHS = (40, 12, 10, 11, 70, 10, 18, 45)


class ExportError(AbsensiError):
    """The file could not be written (missing folder, no permission, disk full...)."""


@dataclass(frozen=True)
class SheetResult:
    rows: int  # entry rows written (the header not counted)
    without_action: int  # rows with an empty Rencana Aksi: e-Kinerja skips them


def progress_row(report: MonthReport, entry: Entry) -> tuple:
    """One entry in PROGRESS_HEADERS order; empty cells are ``None``."""
    action = ""
    if entry.action_id is not None:
        action = report.action_names.get(entry.action_id, "")
    return (
        action or None,
        entry.day.isoformat(),
        entry.start.strftime("%H:%M") if entry.start is not None else None,
        entry.end.strftime("%H:%M") if entry.end is not None else None,
        entry.description,
        entry.quantity,
        entry.unit or None,
        entry.evidence.link or None,
    )


def _count(report: MonthReport) -> SheetResult:
    rows = [progress_row(report, e) for e in report.entries]
    return SheetResult(rows=len(rows), without_action=sum(1 for r in rows if not r[0]))


def write_progress_harian_xlsx(report: MonthReport, path: str | os.PathLike[str]) -> SheetResult:
    """Write the month's entries as an e-Kinerja Progres Harian workbook at ``path``."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws.append(PROGRESS_HEADERS)
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for entry in report.entries:
        ws.append(
            tuple(
                ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                for v in progress_row(report, entry)
            )
        )
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                # Text stays text: openpyxl would store "=..." as a formula.
                cell.data_type = "s"
                cell.number_format = "@"
            cell.alignment = wrap if cell.column in (1, 5, 8) else top
    for index, width in enumerate(_COLUMN_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    _write_atomically(Path(path), "wb", wb.save, "lembar Progres Harian")
    return _count(report)


def write_csv(report: MonthReport, path: str | os.PathLike[str]) -> SheetResult:
    """Write the month's entries as CSV: the Progres Harian columns plus Lokasi and Menit.

    UTF-8 with a byte order mark (so Excel reads the accents), comma-separated, quoted as
    RFC 4180 says (CRLF line ends, quotes only where needed, inner quotes doubled).
    """
    rows = [
        tuple("" if v is None else v for v in progress_row(report, e))
        + (e.location.label, e.minutes)
        for e in report.entries
    ]

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(CSV_HEADERS)
        writer.writerows(rows)

    _write_atomically(Path(path), "text", write, "berkas CSV")
    return _count(report)


# ---- atomic writes ---------------------------------------------------------------------------
def _write_atomically(target: Path, mode: str, write: Callable[[IO], None], what: str) -> None:
    """Through the one atomic writer (services.files): its temporary file is removed on any
    failure. Errors are worded for sheets."""
    from absensi_app.services.files import FileRefused, write_atomically

    def content(handle: IO[bytes]) -> None:
        if mode != "text":
            write(handle)
            return
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        try:
            write(text)
            text.flush()
        finally:
            text.detach()

    if not target.parent.is_dir():
        raise _export_error(FileNotFoundError(2, "No such file or directory"), target, what)
    if target.is_dir():
        raise _export_error(IsADirectoryError(21, "Is a directory"), target, what)
    try:
        write_atomically(target, content, what=what[:1].upper() + what[1:])
    except FileRefused as refused:
        if refused.os_error is not None:
            raise _export_error(refused.os_error, target, what) from None
        raise
    except OSError as err:  # raised by the writing function itself
        raise _export_error(err, target, what) from err


def _export_error(err: OSError, target: Path, what: str) -> ExportError:
    folder = target.parent
    reason = err.strerror or str(err)
    if isinstance(err, FileNotFoundError) and not folder.is_dir():
        return ExportError(
            "Folder {folder} tidak ditemukan, sehingga {what} tidak dapat disimpan. "
            "Pilih folder lain atau buat folder itu terlebih dahulu.",
            folder=str(folder),
            what=what,
        )
    if isinstance(err, NotADirectoryError):
        return ExportError(
            "{folder} bukan folder, sehingga {what} tidak dapat disimpan di sana.",
            folder=str(folder),
            what=what,
        )
    if isinstance(err, IsADirectoryError) or target.is_dir():
        return ExportError(
            "{path} adalah folder; pilih nama berkas untuk {what}.", path=str(target), what=what
        )
    if isinstance(err, PermissionError):
        return ExportError(
            "Tidak ada izin untuk menulis {path}. Berkas itu mungkin sedang dibuka di aplikasi "
            "lain (misalnya Excel) atau foldernya hanya bisa dibaca; tutup berkasnya atau pilih "
            "folder lain.",
            path=str(target),
        )
    return ExportError(
        "{what} tidak dapat disimpan ke {path}: {reason}.",
        what=what[:1].upper() + what[1:],
        path=str(target),
        reason=reason,
    )
