"""The e-Kinerja Progres Harian workbook and the CSV export (reports.sheets), read back with
openpyxl and the csv module and compared with the report's entries."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import Entry, EntryDraft, Evidence, Location
from absensi_app.domain.report import MonthReport
from absensi_app.reports.sheets import (
    ExportError,
    SheetResult,
    write_csv,
    write_progress_harian_xlsx,
)
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from tests.support import release_log_handlers

NOW = datetime(2026, 11, 27, 16, 0)
HEADERS = [
    "Rencana Aksi",
    "Tanggal",
    "Jam Mulai",
    "Jam Selesai",
    "Kegiatan Harian",
    "Realisasi",
    "Satuan",
    "Bukti Dukung",
]
TRICKY = '=1+1 "rapat, evaluasi" & <naskah> ; diolah di Excel'


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MonthReport]:
    """The demo month plus three entries on the 27th's free afternoon: one linked to a Rencana
    Aksi with an evidence link, one with a duration only, one whose text looks like a formula."""
    folder = tmp_path_factory.mktemp("sheets") / "data"
    ctx: AppContext = open_context(AppPaths(folder), Clock(NOW))
    try:
        ctx.profile.save(SAMPLE_PROFILE)
        fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
        plan = ctx.skp.plan_for(date(2026, 11, 1))
        rhk = plan.rhk[0]
        action = next(a for a in rhk.actions if a.quarter == 4)
        day = NOW.date()
        ctx.worklog.add_many(
            [
                EntryDraft(
                    day,
                    Location.KANTOR,
                    "Menyusun laporan capaian triwulan IV untuk pimpinan",
                    time(13, 0),
                    time(14, 30),
                    None,
                    2,
                    "laporan",
                    Evidence(link="https://drive.example.go.id/bukti/tw4"),
                    rhk_id=rhk.id,
                    action_id=action.id,
                ),
                EntryDraft(day, Location.RUMAH, "Membaca regulasi baru", minutes=45),
                EntryDraft(
                    day, Location.KANTOR, TRICKY, time(14, 30), time(15, 0), None, 1, "notula"
                ),
            ]
        )
        built = ctx.reports.build(2026, 11)
    finally:
        ctx.close()
        release_log_handlers(folder)
    assert any(e.action_id is not None for e in built.entries)
    assert any(e.start is None for e in built.entries)
    yield built


def expected_row(report: MonthReport, entry: Entry) -> list:
    """The Progres Harian row, computed here from the entry (empty cells are None)."""
    return [
        report.action_names[entry.action_id] if entry.action_id is not None else None,
        entry.day.strftime("%Y-%m-%d"),
        entry.start.strftime("%H:%M") if entry.start else None,
        entry.end.strftime("%H:%M") if entry.end else None,
        entry.description,
        entry.quantity,
        entry.unit,
        entry.evidence.link,
    ]


# ---- xlsx ----------------------------------------------------------------------------------
def test_xlsx_rows_match_the_entries(report: MonthReport, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "progres-harian-2026-11.xlsx"
    result = write_progress_harian_xlsx(report, target)
    assert os.listdir(tmp_path) == [target.name]  # no temporary file left behind

    ws = load_workbook(target).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == HEADERS
    assert len(rows) == len(report.entries) + 1 == 69
    for entry, row in zip(report.entries, rows[1:], strict=True):
        assert row == expected_row(report, entry)

    linked = [r for r in rows[1:] if r[0] is not None]
    assert len(linked) == sum(1 for e in report.entries if e.action_id is not None) > 1
    assert all(r[0] == report.action_names[e.action_id]
               for e, r in zip(report.entries, rows[1:], strict=True) if e.action_id is not None)
    assert [
        [
            "Laporan capaian triwulan IV",
            "2026-11-27",
            "13:00",
            "14:30",
            "Menyusun laporan capaian triwulan IV untuk pimpinan",
            2,
            "laporan",
            "https://drive.example.go.id/bukti/tw4",
        ]
    ] == [r for r in linked if r[4] == "Menyusun laporan capaian triwulan IV untuk pimpinan"]
    duration_only = [r for r in rows[1:] if r[4] == "Membaca regulasi baru"]
    assert duration_only == [
        [None, "2026-11-27", None, None, "Membaca regulasi baru", None, None, None]
    ]

    unplanned = sum(1 for e in report.entries if e.action_id is None)
    assert result == SheetResult(rows=68, without_action=unplanned)


def test_xlsx_keeps_text_as_text_and_is_formatted(report: MonthReport, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "sheet.xlsx"
    write_progress_harian_xlsx(report, target)
    ws = load_workbook(target).worksheets[0]
    tricky = [row for row in ws.iter_rows(min_row=2) if row[4].value == TRICKY]
    assert len(tricky) == 1
    assert tricky[0][4].data_type == "s"  # a formula-looking text stays text
    assert tricky[0][1].value == "2026-11-27" and tricky[0][1].data_type == "s"
    assert tricky[0][5].value == 1 and isinstance(tricky[0][5].value, int)
    assert all(cell.font.bold for cell in ws[1])
    assert ws.freeze_panes == "A2"
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEFGH"}
    assert widths["E"] >= 60 and widths["A"] >= 30 and widths["B"] >= 10
    assert ws.title == "Progres Harian"


def test_xlsx_replaces_an_existing_file(report: MonthReport, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"old content")
    write_progress_harian_xlsx(report, target)
    assert load_workbook(target).worksheets[0].max_row == len(report.entries) + 1
    assert os.listdir(tmp_path) == ["sheet.xlsx"]


# ---- csv -----------------------------------------------------------------------------------
def test_csv_rows_match_the_entries(report: MonthReport, tmp_path: Path) -> None:
    target = tmp_path / "kegiatan-2026-11.csv"
    result = write_csv(report, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    assert raw.count(b"\r\n") == len(report.entries) + 1  # CRLF after every record
    assert b"\n" not in raw.replace(b"\r\n", b"")

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADERS + ["Lokasi", "Menit"]
    assert len(rows) == len(report.entries) + 1
    for entry, row in zip(report.entries, rows[1:], strict=True):
        want = ["" if v is None else str(v) for v in expected_row(report, entry)]
        assert row == want + [entry.location.label, str(entry.minutes)]
    unplanned = sum(1 for e in report.entries if e.action_id is None)
    assert result == SheetResult(rows=len(report.entries), without_action=unplanned)
    # RFC 4180 quoting: the field with a comma and quotes is quoted, inner quotes doubled
    assert b'"=1+1 ""rapat, evaluasi"" & <naskah> ; diolah di Excel"' in raw
    assert "Rumah,45\r\n" in raw.decode("utf-8-sig")


# ---- errors --------------------------------------------------------------------------------
def test_missing_folder_is_a_clear_error(report: MonthReport, tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada"
    for write, name in ((write_progress_harian_xlsx, "a.xlsx"), (write_csv, "a.csv")):
        with pytest.raises(ExportError) as caught:
            write(report, missing / name)
        assert isinstance(caught.value, AbsensiError)
        assert f"Folder {missing} tidak ditemukan" in caught.value.message
        assert "Pilih folder lain" in caught.value.message
    assert not missing.exists()


def test_target_that_is_a_folder_is_a_clear_error(report: MonthReport, tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    target.mkdir()
    with pytest.raises(ExportError) as caught:
        write_progress_harian_xlsx(report, target)
    assert (
        caught.value.message
        == f"{target} adalah folder; pilih nama berkas untuk lembar Progres Harian."
    )
    assert os.listdir(tmp_path) == ["laporan.xlsx"]  # the temporary file was removed
    assert os.listdir(target) == []


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_read_only_folder_is_a_clear_error(report: MonthReport, tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            write_csv(report, folder / "a.csv")
        assert caught.value.message.startswith(f"Tidak ada izin untuk menulis {folder / 'a.csv'}")
    finally:
        folder.chmod(0o700)
    assert os.listdir(folder) == []
