"""A report fit to file and print (issue 11): the title, the kop surat with its logo, the
place-and-date line, the compact table, the office fields of the signed data, and pace beside
percentages, read back through poppler as a reader would."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from absensi_app.domain.model import WEEKDAY_NAMES, Profile
from absensi_app.domain.report import canonical_bytes, report_to_json
from absensi_app.domain.report_reader import ReportOffice, read_report, read_report_bytes
from absensi_app.domain.skp import Pace
from absensi_app.reports.pdf import FRAME_WIDTH, LEFT_MARGIN, PAGE_HEIGHT, PAGE_WIDTH, render_month_pdf
from absensi_app.reports.pdf.layout import COMPACT_COLUMN_WIDTHS, LOGO_WIDTH
from absensi_app.reports.pdf.text import date_id
from absensi_app.services.context import AppContext
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from tests.unit.test_reports_pdf import (  # noqa: F401 - fixtures
    Rendered,
    _close,
    _open,
    _render,
    _run,
    bbox_pages,
    busy,
    flat,
    text_lines,
)

GOVERNMENT = "Pemerintah Kabupaten Sleman"
ADDRESS = "Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511, Telp. (0274) 868405"


def png_logo(width: int = 300, height: int = 360, mode: str = "RGBA") -> bytes:
    """A logo as a user would pick it: a coloured shield on a transparent ground."""
    from PIL import Image, ImageDraw

    image = Image.new(mode, (width, height), (0, 0, 0, 0) if mode == "RGBA" else "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(10, 10), (width - 10, 10), (width - 10, height // 2), (width // 2, height - 10),
                  (10, height // 2)], fill=(0, 102, 51))  # fmt: skip
    draw.ellipse((width // 3, height // 4, 2 * width // 3, height // 2), fill=(200, 30, 30))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def office_profile(logo: bytes | None) -> Profile:
    return dataclasses.replace(SAMPLE_PROFILE, government=GOVERNMENT, address=ADDRESS, place="Sleman", logo=logo)


@pytest.fixture(scope="module")
def office_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    folder = tmp_path_factory.mktemp("office") / "data"
    ctx = _open(folder)
    ctx.profile.save(office_profile(png_logo()))
    fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
    yield ctx
    _close(ctx, folder)


@pytest.fixture(scope="module")
def office(office_ctx: AppContext, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    report = office_ctx.reports.build(2026, 11, revision=1, signed=True)
    return _render(report, tmp_path_factory.mktemp("pdf") / "office.pdf")


def images(path: Path) -> list[list[str]]:
    """``pdfimages -list`` rows: page, num, type, width, height, ..."""
    lines = _run("pdfimages", "-list", str(path)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


# ---- the title ---------------------------------------------------------------------------------
def test_the_title_is_the_monthly_report_with_its_month(office: Rendered) -> None:
    info = dict(line.split(":", 1) for line in _run("pdfinfo", str(office.path)).splitlines())
    assert info["Title"].strip() == "Laporan Kinerja Bulanan, November 2026"
    assert info["Subject"].strip().startswith("Laporan kinerja bulanan ")
    assert "harian" not in (info["Title"] + info["Subject"] + info.get("Keywords", "")).lower()
    assert "LAPORAN KINERJA BULANAN \u2014 NOVEMBER 2026" in flat(office.pages_text[0])
    assert office.pages_text[1].lstrip().startswith("Laporan Kinerja Bulanan, November 2026 \u2014 ")
    assert "Kinerja Harian" not in flat(" ".join(office.pages_text))


def test_verification_reads_the_month_from_old_and_new_titles(office: Rendered) -> None:
    from absensi_app.services.verification import _title_month

    assert _title_month(office.report.title) == ("2026-11", None)
    december = dataclasses.replace(office.report, month=12)
    assert _title_month(december.title + " (Revisi 3)") == ("2026-12", 3)  # as render.document writes it
    assert _title_month("Laporan Kinerja Harian, Oktober 2026") == ("2026-10", None)  # older files
    assert _title_month("Laporan Kinerja Harian, Oktober 2026 (Revisi 2)") == ("2026-10", 2)


# ---- the kop surat -----------------------------------------------------------------------------
def test_kop_surat_lines_in_order_with_the_logo_at_the_left(office: Rendered) -> None:
    words = bbox_pages(office.path)[0]
    lines = text_lines(words)
    kop = [
        GOVERNMENT.upper(),
        "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH",
        "BAGIAN PERENCANAAN DAN KEUANGAN",
        ADDRESS,
        "LAPORAN KINERJA BULANAN \u2014 NOVEMBER 2026",
    ]
    text = " ".join(lines[: lines.index(kop[-1]) + 1])
    positions = [text.find(part) for part in kop]
    assert -1 not in positions and positions == sorted(positions), positions
    # the kop's text sits right of the logo's column, centred on the page
    government = [w for w in words if w.text == "PEMERINTAH"]
    assert government and government[0].x1 > LEFT_MARGIN + LOGO_WIDTH
    line = [w for w in words if abs(w.top - government[0].top) < 1]
    middle = (min(w.x1 for w in line) + max(w.x2 for w in line)) / 2
    assert abs(middle - (LEFT_MARGIN + FRAME_WIDTH / 2)) < 3
    # one image (and its transparency mask), on page 1 only, of the stored logo's size
    rows = images(office.path)
    assert [r[2] for r in rows] == ["image", "smask"] and {r[0] for r in rows} == {"1"}
    stored = office.report.profile.logo
    from PIL import Image

    assert (int(rows[0][3]), int(rows[0][4])) == Image.open(io.BytesIO(stored)).size


def test_without_a_logo_or_office_lines_the_kop_is_the_agency_and_unit(tmp_path: Path, office: Rendered) -> None:
    plain = dataclasses.replace(office.report, profile=SAMPLE_PROFILE)
    rendered = _render(plain, tmp_path / "plain.pdf")
    assert images(rendered.path) == []
    lines = text_lines(bbox_pages(rendered.path)[0])
    assert lines[:3] == [
        "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH",
        "BAGIAN PERENCANAAN DAN KEUANGAN",
        "LAPORAN KINERJA BULANAN \u2014 NOVEMBER 2026",
    ]


def test_a_stored_logo_that_does_not_decode_is_left_out(tmp_path: Path, office: Rendered) -> None:
    """A database from elsewhere (a transfer, a hand-edited file) may hold anything."""
    for junk in (b"GIF89a not a logo", png_logo()[:200], b"\x89PNG\r\n\x1a\n" + b"\0" * 50):
        report = dataclasses.replace(office.report, profile=office_profile(junk))
        rendered = _render(report, tmp_path / "junk.pdf")
        assert images(rendered.path) == []
        assert GOVERNMENT.upper() in flat(rendered.pages_text[0])


# ---- the place and date line -------------------------------------------------------------------
def test_place_and_date_line_over_the_employee_signature(office: Rendered) -> None:
    last = office.pdf.pages - 1
    words = bbox_pages(office.path)[last]
    lines = text_lines(words)
    dated = [line for line in lines if "Sleman, 27 November 2026" in line]
    assert len(dated) == 1
    place = next(w for w in words if w.text == "Sleman,")
    reporting = max((w for w in words if w.text == "melaporkan,"), key=lambda w: w.top)
    assert place.top < reporting.top < place.top + 20  # the line right above it
    assert place.x1 > PAGE_WIDTH / 2  # in the employee's block, on the right
    box = office.pdf.employee_box
    assert box.page == last and box.y2 <= PAGE_HEIGHT - reporting.bottom


def test_without_a_place_the_line_is_the_date_alone(tmp_path: Path, office: Rendered) -> None:
    report = dataclasses.replace(office.report, profile=dataclasses.replace(office.report.profile, place=""))
    rendered = _render(report, tmp_path / "noplace.pdf")
    right = [w for w in bbox_pages(rendered.path)[-1] if w.x1 > PAGE_WIDTH / 2]  # the employee's block
    lines = text_lines(right)
    assert lines[lines.index("Pegawai yang melaporkan,") - 1] == "27 November 2026"


# ---- pace beside the percentages ---------------------------------------------------------------
def test_no_percentage_of_100_or_more_beside_tertinggal(office: Rendered) -> None:
    lines = [line for words in bbox_pages(office.path) for line in text_lines(words)]
    above = [p for p in office.report.rhk if (p.month.percent or 0) >= 100]
    assert len(above) >= 2  # the demo month has them (105 %, 180 %): they were "Tertinggal"
    for n, progress in enumerate(office.report.rhk, start=1):
        row = next(line for line in lines if line.startswith(f"{n} ") and "dari" in line and "%" in line)
        assert row.endswith(progress.pace.label)
        shown = [float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"([\d.,]+)%", row)]
        if any(value >= 100 for value in shown):
            assert "Tertinggal" not in row, row
        assert progress.pace is not Pace.TERTINGGAL or max(shown) < 100


# ---- the compact table ---------------------------------------------------------------------------
def _compact_bounds() -> list[float]:
    bounds = [LEFT_MARGIN]
    for width in COMPACT_COLUMN_WIDTHS:
        bounds.append(bounds[-1] + width)
    return bounds


def _day_name(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]}, {date_id(day)}"


def test_the_compact_table_fits_the_busy_month_on_fewer_pages(busy: Rendered, tmp_path: Path) -> None:  # noqa: F811
    report = busy.report
    compact = render_month_pdf(report, compact=True)
    path = tmp_path / "busy-compact.pdf"
    path.write_bytes(compact.data)
    print(f"busy month (200 entries): {busy.pdf.pages} pages, compact {compact.pages} pages")
    assert compact.pages < busy.pdf.pages
    assert compact.pages <= busy.pdf.pages * 0.85
    assert render_month_pdf(report, compact=True).data == compact.data  # the same bytes again
    pages = bbox_pages(path)
    bounds = _compact_bounds()
    numbers, columns, day_rows, continued = [], [], [], []
    for page_no, words in enumerate(pages, start=1):
        lines = text_lines(words)
        header = next((i for i, line in enumerate(lines) if line == "No Jam Lokasi Uraian Kegiatan Output RHK"), None)
        if header is None:
            continue
        if page_no > 1:  # the header row repeats, and a day that goes on is named again under it
            nxt = lines[header + 1]
            if "kegiatan," not in nxt:
                assert nxt.endswith("(lanjutan)"), (page_no, nxt)
                continued.append(nxt)
        jam = {round(w.top) for w in words if w.text == "Jam"}
        top = next(w.top for w in words if w.text == "Uraian" and round(w.top) in jam)
        below = [w for w in words if w.top > top + 5]
        # the table ends at the first thing written from the very left margin (a note, the
        # next heading, the footer): cells, day rows included, are padded
        end = min((w.top for w in below if w.x1 < LEFT_MARGIN + 1.5), default=PAGE_HEIGHT)
        body = [w for w in below if w.top < end - 0.5]
        numbers += sorted((w.top, int(w.text)) for w in body if w.x2 <= bounds[1] and w.text.isdigit())
        inside = sorted((w for w in body if bounds[3] <= w.x1 < bounds[4]), key=lambda w: (round(w.top, 1), w.x1))
        columns.append(" ".join(w.text for w in inside))
        day_rows += [line for line in lines if re.search(r"\u2014 \d+ kegiatan, ", line)]
    # every entry once, in order; its whole description on exactly one page
    assert [n for _, n in numbers] == list(range(1, 201))
    for entry in report.entries:
        holding = [i for i, column in enumerate(columns) if flat(entry.description) in column]
        assert len(holding) == 1, entry.description[:20]
    # one day row per day with entries, naming the day, its count and its hours
    days = sorted({e.day for e in report.entries})
    assert [row.split(" \u2014 ")[0] for row in day_rows] == [_day_name(d) for d in days]
    for row, day in zip(day_rows, days, strict=True):
        count = sum(1 for e in report.entries if e.day == day)
        assert f"\u2014 {count} kegiatan, " in row
    assert continued, "a busy day goes on over a page"
    assert all(row.split(" (lanjutan)")[0] in {_day_name(d) for d in days} for row in continued)
    # the end of the report as before: D. and the signatures together on the last page
    assert compact.employee_box.page == compact.pages - 1
    last = flat(_run("pdftotext", "-f", str(compact.pages), "-l", str(compact.pages), str(path), "-"))
    assert "Capaian Rencana Hasil Kerja" in last and "Pegawai yang melaporkan," in last


def test_the_compact_table_keeps_every_entry_of_the_demo_month(office: Rendered, tmp_path: Path) -> None:
    compact = render_month_pdf(office.report, compact=True)
    path = tmp_path / "demo-compact.pdf"
    path.write_bytes(compact.data)
    text = flat(_run("pdftotext", str(path), "-"))
    assert compact.pages <= office.pdf.pages
    for n, entry in enumerate(office.report.entries, start=1):
        assert f"{n} {entry.start:%H:%M}-{entry.end:%H:%M} {entry.location.label} {flat(entry.description)}" in text
    assert "No Hari/Tanggal Jam" not in text  # the date column is gone, the days head their groups
    assert "No Jam Lokasi Uraian Kegiatan Output RHK" in text
    assert GOVERNMENT.upper() in text and "Sleman, 27 November 2026" in text


# ---- the signed data ---------------------------------------------------------------------------
def test_the_report_json_carries_the_office_and_reads_back(office: Rendered) -> None:
    report = office.report
    data = report_to_json(report)
    assert data["office"] == {
        "government": GOVERNMENT, "address": ADDRESS, "place": "Sleman",
        "logo_sha256": hashlib.sha256(report.profile.logo).hexdigest(),
    }  # fmt: skip
    read, problems = read_report_bytes(canonical_bytes(data))
    assert problems == () and read.office == ReportOffice(GOVERNMENT, ADDRESS, "Sleman", data["office"]["logo_sha256"])
    plain = report_to_json(dataclasses.replace(report, profile=SAMPLE_PROFILE))
    assert plain["office"] == {"government": "", "address": "", "place": "", "logo_sha256": None}


def test_a_report_written_before_the_office_fields_still_reads(office: Rendered) -> None:
    data = report_to_json(office.report)
    del data["office"]
    read, problems = read_report_bytes(canonical_bytes(data))
    assert problems == () and read.recognised and read.office == ReportOffice()
    data["office"] = "Sleman"
    assert any('"office"' in p for p in read_report(data).problems)
    data["office"] = {"government": 7, "place": "x" * 6000}
    wrong = read_report(json.loads(json.dumps(data)))
    assert wrong.office.government is None and wrong.office.place is None
    assert sum('"office.' in p for p in wrong.problems) == 2
