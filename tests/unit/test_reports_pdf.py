"""The monthly PDF (reports.pdf), checked through poppler's own tools as a reader would.

Rows of the entries table are rebuilt from ``pdftotext -bbox`` word boxes (each row starts at
its number in the "No" column; words go to the column whose x-range holds them), then compared
with the report's entries one by one.
"""

from __future__ import annotations

import html
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.hours import days_between
from absensi_app.domain.model import (
    DayStatus,
    EntryDraft,
    Evidence,
    LeaveKind,
    Location,
    format_minutes,
)
from absensi_app.domain.report import MonthReport
from absensi_app.domain.skp import PROGRESS_DISCLAIMER
from absensi_app.reports.pdf import (
    ENTRY_COLUMN_WIDTHS,
    ENTRY_HEADERS,
    LEFT_MARGIN,
    NO_PLAN_TEXT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIGNATURE_HEIGHT,
    SIGNATURE_WIDTH,
    UNSIGNED_NOTICE,
    RenderedPdf,
    render_month_pdf,
)
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PLAN, SAMPLE_PROFILE, fill_demo_month
from tests.support import release_log_handlers

NOW = datetime(2026, 11, 27, 16, 0)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip


# ---- fixtures ------------------------------------------------------------------------------
def _open(folder: Path) -> AppContext:
    return open_context(AppPaths(folder), Clock(NOW))


def _close(ctx: AppContext, folder: Path) -> None:
    ctx.close()
    release_log_handlers(folder)


@dataclass
class Rendered:
    report: MonthReport
    pdf: RenderedPdf
    path: Path
    pages_text: list[str] = field(default_factory=list)


def _render(report: MonthReport, path: Path) -> Rendered:
    pdf = render_month_pdf(report)
    path.write_bytes(pdf.data)
    pages = [pdftotext(path, page) for page in range(1, pdf.pages + 1)]
    return Rendered(report, pdf, path, pages)


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    ctx = _open(folder)
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
    yield ctx
    _close(ctx, folder)


@pytest.fixture(scope="module")
def demo(demo_ctx: AppContext, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    report = demo_ctx.reports.build(2026, 11, revision=1, signed=True)
    return _render(report, tmp_path_factory.mktemp("pdf") / "demo.pdf")


@pytest.fixture(scope="module")
def demo_unsigned_rev2(demo_ctx: AppContext, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    report = demo_ctx.reports.build(2026, 11, revision=2, signed=False)
    return _render(report, tmp_path_factory.mktemp("pdf") / "demo-rev2.pdf")


_SAMPLE_TEXT = (
    "menyusun laporan capaian kinerja bulanan bidang perencanaan dengan memverifikasi "
    "data realisasi anggaran dari setiap seksi, mengolah lampiran, mengoreksi format "
    "tabel, menyelaraskan indikator kinerja dengan dokumen rencana strategis, "
    "berkoordinasi dengan bendahara pengeluaran, mencatat tindak lanjut rapat pimpinan & "
    "mengunggah dokumen <pendukung> ke aplikasi perencanaan daerah sebelum batas waktu "
    "yang ditetapkan"
)
WORDS = _SAMPLE_TEXT.split()


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    """November 2026 with 200 entries (10 on each working day up to the 27th), descriptions
    from a few words to 600+ characters, some with evidence links or durations only."""
    folder = tmp_path_factory.mktemp("busy") / "data"
    ctx = _open(folder)
    try:
        ctx.profile.save(SAMPLE_PROFILE)
        plan = ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
        rhk_ids = [r.id for r in plan.rhk]
        rng = random.Random(7)
        workdays = [d for d in days_between(date(2026, 11, 2), NOW.date()) if d.weekday() < 5]
        ctx.worklog.set_status(workdays[4], DayStatus.CUTI, LeaveKind.SAKIT, "Rawat jalan")
        drafts = []
        for day in workdays:
            start = datetime.combine(day, datetime.min.time()).replace(hour=7)
            for slot in range(10):
                n = len(drafts) + 1
                size = (3, 10, 25, 50, 95)[n % 5]  # 95 words: 600+ characters
                text = f"Kegiatan {n:03d} " + " ".join(rng.choice(WORDS) for _ in range(size))
                end = start + timedelta(minutes=45)
                timed = slot != 9
                qty = (None, 1, 3)[n % 3]
                drafts.append(
                    EntryDraft(
                        day=day,
                        location=(Location.KANTOR, Location.RUMAH, Location.KANTOR_LAIN)[n % 3],
                        description=text + f" (akhir {n:03d})",
                        start=start.time() if timed else None,
                        end=end.time() if timed else None,
                        minutes=None if timed else 40,
                        quantity=qty,
                        unit="dokumen" if qty else None,
                        evidence=Evidence(link=f"https://bukti.example.go.id/k/{n:03d}")
                        if n % 4 == 0
                        else Evidence(),
                        rhk_id=rhk_ids[n % 4] if n % 5 else None,
                    )
                )
                start = end
        ctx.worklog.add_many(drafts)
        report = ctx.reports.build(2026, 11, revision=1, signed=True)
    finally:
        _close(ctx, folder)
    yield _render(report, tmp_path_factory.mktemp("pdf") / "busy.pdf")


# ---- poppler helpers -----------------------------------------------------------------------
def _run(*args: str) -> str:
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def pdftotext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(path), "-")


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Word:
    x1: float
    top: float
    x2: float
    bottom: float
    text: str


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def bbox_pages(path: Path) -> list[list[Word]]:
    """Words of every page; y measured from the top of the page, as pdftotext does."""
    out = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    pages = []
    for width, height, body in _PAGE.findall(out):
        assert abs(float(width) - PAGE_WIDTH) < 0.5 and abs(float(height) - PAGE_HEIGHT) < 0.5
        pages.append(
            [
                Word(float(a), float(b), float(c), float(d), html.unescape(t))
                for a, b, c, d, t in _WORD.findall(body)
            ]
        )
    return pages


def text_lines(words: list[Word]) -> list[str]:
    """The page's words grouped into visual lines (same top), left to right."""
    lines: dict[float, list[Word]] = {}
    for w in words:
        key = next((k for k in lines if abs(k - w.top) < 1.0), w.top)
        lines.setdefault(key, []).append(w)
    return [
        " ".join(w.text for w in sorted(ws, key=lambda w: w.x1)) for _, ws in sorted(lines.items())
    ]


def _column_bounds() -> list[float]:
    bounds = [LEFT_MARGIN]
    for width in ENTRY_COLUMN_WIDTHS:
        bounds.append(bounds[-1] + width)
    return bounds


@dataclass
class Row:
    page: int  # 1-based
    number: int
    cells: list[str]


def _header_top(words: list[Word]) -> float | None:
    """y of the entries table's header row ("Uraian Kegiatan" between "Lokasi" and "Output")."""
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w.text == "Uraian" and nxt.text == "Kegiatan" and abs(nxt.top - w.top) < 1:
            same_line = {x.text for x in words if abs(x.top - w.top) < 1}
            if {"No", "Hari/Tanggal", "Jam", "Lokasi", "Output", "RHK"} <= same_line:
                return w.top
    return None


def entry_rows(path: Path) -> tuple[list[Row], list[int]]:
    """The entries table's rows, and the pages (1-based) that showed its header row."""
    bounds = _column_bounds()
    rows: list[Row] = []
    header_pages: list[int] = []
    for page_no, words in enumerate(bbox_pages(path), start=1):
        top = _header_top(words)
        if top is None:
            continue
        header_pages.append(page_no)
        below = [w for w in words if w.top > top + 5]
        # The table ends at the first thing written from the very left margin (a note, the
        # next section's heading, the footer): cells are padded, so no cell text starts there.
        end = min((w.top for w in below if w.x1 < LEFT_MARGIN + 1.5), default=PAGE_HEIGHT)
        body = [w for w in below if w.top < end - 0.5]
        starts = sorted(
            (w.top, int(w.text)) for w in body if w.x2 <= bounds[1] and w.text.isdigit()
        )
        for i, (row_top, number) in enumerate(starts):
            row_end = starts[i + 1][0] if i + 1 < len(starts) else end
            inside = [w for w in body if row_top - 0.5 <= w.top < row_end - 0.5]
            inside.sort(key=lambda w: (round(w.top, 1), w.x1))
            cells = []
            for c in range(len(ENTRY_HEADERS)):
                lo, hi = bounds[c], bounds[c + 1]
                cells.append(" ".join(w.text for w in inside if lo <= w.x1 < hi))
            rows.append(Row(page_no, number, cells))
    return rows, header_pages


def expected_cells(report: MonthReport, number: int) -> list[str]:
    """What row ``number`` must read, computed here from the entry (not from reports.pdf)."""
    entry = report.entries[number - 1]
    day = entry.day
    date_text = f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    if entry.start is not None:
        time_text = f"{entry.start:%H:%M}-{entry.end:%H:%M}"
    else:
        time_text = format_minutes(entry.minutes)
    uraian = entry.description
    if entry.evidence.link:
        uraian += f" Bukti dukung: {entry.evidence.link}"
    output = f"{entry.quantity} {entry.unit}" if entry.quantity is not None else ""
    rhk_order = [p.rhk.id for p in report.rhk]
    rhk = str(rhk_order.index(entry.rhk_id) + 1) if entry.rhk_id is not None else ""
    return [str(number), date_text, time_text, entry.location.label, flat(uraian), output, rhk]


# ---- the demo month ------------------------------------------------------------------------
def test_pdf_opens_with_page_count_size_and_metadata(demo: Rendered) -> None:
    info = _run("pdfinfo", str(demo.path))
    fields = {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in info.splitlines())}
    assert int(fields["Pages"]) == demo.pdf.pages >= 2
    assert fields["Page size"].startswith("595.276 x 841.89 pts (A4)")
    assert fields["Title"] == "Laporan Kinerja Bulanan, November 2026"  # issue 11: not "Harian"
    assert fields["Author"] == SAMPLE_PROFILE.name
    assert fields["Creator"] == "Absensi"
    assert SAMPLE_PROFILE.name in fields["Subject"] and "19900412 201503 2 007" in fields["Subject"]
    assert fields["CreationDate"].startswith("Fri Nov 27 16:00:00 2026")


def test_fonts_are_embedded_truetype_and_nothing_else(demo: Rendered) -> None:
    lines = _run("pdffonts", str(demo.path)).splitlines()[2:]
    fonts = [line.split() for line in lines]
    names = {f[0].split("+")[-1] for f in fonts}
    # DejaVu Sans from the system (scripts/setup.sh installs it), else the bundled Vera
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= names or {"BitstreamVeraSans-Roman", "BitstreamVeraSans-Bold"} <= names
    for row in fonts:
        # name type encoding emb sub uni object ID: "emb" is the 4th column from the right
        assert row[-5] == "yes", row
        assert row[1] == "TrueType", row


def test_first_page_has_letterhead_title_and_identity(demo: Rendered) -> None:
    text = flat(demo.pages_text[0])
    assert "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH" in text
    assert "BAGIAN PERENCANAAN DAN KEUANGAN" in text
    assert "LAPORAN KINERJA BULANAN \u2014 NOVEMBER 2026" in text
    for label, value in (
        ("Nama", "Rina Kartika Sari, S.E."),
        ("NIP", "19900412 201503 2 007"),
        ("Pangkat/Gol. Ruang", "Penata, III/c"),
        ("Jabatan", "Analis Kebijakan Ahli Muda"),
        ("Unit Kerja", "Bagian Perencanaan dan Keuangan"),
        ("Pejabat Penilai Kinerja", "Drs. Bambang Suryadi, M.Si."),
    ):
        assert label in text and value in text
    assert "19750817 200003 1 004" in text
    assert "Revisi" not in flat(" ".join(demo.pages_text))
    assert "SALINAN TANPA TANDA TANGAN" not in flat(" ".join(demo.pages_text))


def test_every_page_says_which_page_of_how_many(demo: Rendered) -> None:
    n = demo.pdf.pages
    for i, text in enumerate(demo.pages_text, start=1):
        assert f"Halaman {i} dari {n}" in text
        assert "Dibuat dengan Absensi 0.1.0 pada 27 November 2026 pukul 16.00" in text
        others = [f"Halaman {j} dari {n}" for j in range(1, n + 1) if j != i]
        assert not any(o in text for o in others)
    if n > 1:
        assert "Rina Kartika Sari, S.E., NIP 19900412 201503 2 007" in demo.pages_text[1]


def test_each_entry_is_one_whole_row_with_its_values(demo: Rendered) -> None:
    rows, header_pages = entry_rows(demo.path)
    report = demo.report
    assert len(report.entries) == 65
    assert [r.number for r in rows] == list(range(1, len(report.entries) + 1))
    for row in rows:
        assert row.cells == expected_cells(report, row.number), row.page
    assert sorted({r.page for r in rows}) == header_pages


def test_status_days_totals_and_rhk_progress(demo: Rendered) -> None:
    text = flat(" ".join(demo.pages_text))
    lines = [line for words in bbox_pages(demo.path) for line in text_lines(words)]
    report = demo.report
    assert "B. Status Hari" in lines
    for n, record in enumerate(report.statuses, start=1):
        d = record.day
        row = f"{n} {WEEKDAYS[d.weekday()]}, {d.day} November 2026 {record.label} {record.note}"
        assert row in lines
    assert {s.label for s in report.statuses} == {"Sakit", "Cuti Tahunan", "Dinas Luar"}

    t = report.totals
    total = f"{format_minutes(t.total_minutes)} dari {format_minutes(t.expected_minutes)}"
    assert f"Jam kerja tercatat {total} jam kerja bulan ini" in lines
    balance = t.total_minutes - t.expected_to_date_minutes
    assert balance < 0
    assert (
        f"Saldo berjalan \u2212{format_minutes(-balance)} (kewajiban sampai 27 November 2026: "
        f"{format_minutes(t.expected_to_date_minutes)})" in lines
    )
    assert (
        f"Hari kerja {t.working_days} hari kerja; {t.logged_days} hari dengan catatan kegiatan"
        in lines
    )
    kantor = t.by_location[Location.KANTOR]
    assert f"Menurut lokasi Kantor: {kantor.days} hari, {format_minutes(kantor.minutes)}" in lines
    assert "Kantor lain:" not in text  # nothing was logged there
    assert t.missing_days == () and "Hari kerja tanpa catatan tidak ada" in lines
    assert not report.holidays and "Hari libur tidak ada" in lines

    for n, progress in enumerate(report.rhk, start=1):
        assert progress.rhk.name in text
        unit = progress.rhk.unit
        pct = f"{progress.month.percent:g}".replace(".", ",")
        cells = (
            f"{progress.month.target:g} {unit} {progress.month.realized} {unit} {pct}% "
            f"{progress.year.realized} dari {progress.year.target:g} {progress.pace.label}"
        )
        assert any(line.startswith(f"{n} ") and line.endswith(cells) for line in lines), cells
    assert flat(PROGRESS_DISCLAIMER) in text
    assert NO_PLAN_TEXT not in text


def test_signature_boxes_sit_in_the_blocks_on_the_last_page(demo: Rendered) -> None:
    pdf = demo.pdf
    last = pdf.pages - 1
    employee, supervisor = pdf.employee_box, pdf.supervisor_box
    assert employee.page == supervisor.page == last
    for box in (employee, supervisor):
        assert 0 <= box.x1 < box.x2 <= PAGE_WIDTH and 0 <= box.y1 < box.y2 <= PAGE_HEIGHT
        assert box.width == pytest.approx(SIGNATURE_WIDTH, abs=0.05)
        assert box.height == pytest.approx(SIGNATURE_HEIGHT, abs=0.05)
    assert supervisor.x2 < employee.x1  # side by side, supervisor on the left
    assert supervisor.y1 == pytest.approx(employee.y1, abs=0.05)

    words = bbox_pages(demo.path)[last]

    def find(text: str) -> Word:
        hits = [w for w in words if w.text == text]
        assert hits, text
        return max(hits, key=lambda w: w.top)  # the signature block is the lowest one

    def pdf_y(top: float) -> float:
        return PAGE_HEIGHT - top

    reporting = find("melaporkan,")  # "Pegawai yang melaporkan,"
    employee_name = find("Kartika")
    assert employee.y2 <= pdf_y(reporting.bottom)
    assert employee.y1 >= pdf_y(employee_name.top)
    assert employee.x1 <= (reporting.x1 + reporting.x2) / 2 <= employee.x2

    title = find("Kinerja,")  # "Pejabat Penilai Kinerja,"
    supervisor_name = find("Bambang")
    assert supervisor.y2 <= pdf_y(title.bottom)
    assert supervisor.y1 >= pdf_y(supervisor_name.top)
    assert supervisor.x1 <= (title.x1 + title.x2) / 2 <= supervisor.x2
    assert "Mengetahui," in demo.pages_text[last]
    assert "27 November 2026" in demo.pages_text[last]

    # the boxes are empty: no text drawn inside them
    for box in (employee, supervisor):
        inside = [
            w
            for w in words
            if w.x2 > box.x1
            and w.x1 < box.x2
            and pdf_y(w.bottom) < box.y2
            and pdf_y(w.top) > box.y1
        ]
        assert inside == []


def test_unsigned_copy_carries_the_banner_and_revision(demo_unsigned_rev2: Rendered) -> None:
    rendered = demo_unsigned_rev2
    first = flat(rendered.pages_text[0])
    assert "Revisi 2" in first
    banner = flat(UNSIGNED_NOTICE)
    assert banner.startswith("SALINAN TANPA TANDA TANGAN ELEKTRONIK")
    assert first.count(banner) == 2  # the banner under the title and the footer
    for text in rendered.pages_text[1:]:
        assert flat(text).count(banner) == 1
    info = _run("pdfinfo", str(rendered.path))
    assert "Laporan Kinerja Bulanan, November 2026 (Revisi 2)" in info


def test_same_report_gives_the_same_bytes(demo: Rendered) -> None:
    again = render_month_pdf(demo.report)
    assert again.data == demo.pdf.data
    assert again.employee_box == demo.pdf.employee_box


def test_no_plan_and_no_entries(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ctx = _open(folder)
    try:
        ctx.profile.save(SAMPLE_PROFILE)
        report = ctx.reports.build(2026, 10, revision=1, signed=True)
    finally:
        _close(ctx, folder)
    assert report.entries == () and report.rhk == ()
    rendered = _render(report, tmp_path / "empty.pdf")
    text = flat(" ".join(rendered.pages_text))
    assert "Belum ada kegiatan yang dicatat pada bulan ini." in text
    assert NO_PLAN_TEXT in text
    assert flat(PROGRESS_DISCLAIMER) not in text
    assert "LAPORAN KINERJA BULANAN \u2014 OKTOBER 2026" in text
    missing = report.totals.missing_days
    assert missing and "Jumat, 30 Oktober 2026" in text  # every working day is missing
    assert rendered.pdf.employee_box.page == rendered.pdf.pages - 1


def test_pdf_module_does_not_load_reportlab_on_import() -> None:
    code = (
        "import sys, absensi_app.reports.pdf, absensi_app.reports.sheets\n"
        "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---- a busy month --------------------------------------------------------------------------
def test_busy_month_rows_never_split(busy: Rendered) -> None:
    report = busy.report
    assert len(report.entries) == 200
    assert max(len(e.description) for e in report.entries) > 600
    assert busy.pdf.pages >= 10
    rows, header_pages = entry_rows(busy.path)
    assert [r.number for r in rows] == list(range(1, 201))
    for row in rows:
        # the whole description (and its closing tag) read from one page's row
        assert row.cells == expected_cells(report, row.number), (row.page, row.number)
    pages_with_rows = sorted({r.page for r in rows})
    assert pages_with_rows == header_pages  # the header row repeats on each of those pages
    assert len(pages_with_rows) >= 9
    # independently of the row numbers: each description, read down the Uraian Kegiatan
    # column of a page, is found whole on exactly one page
    lo, hi = _column_bounds()[4:6]
    columns = []
    for words in bbox_pages(busy.path):
        inside = sorted(
            (w for w in words if lo <= w.x1 < hi), key=lambda w: (round(w.top, 1), w.x1)
        )
        columns.append(" ".join(w.text for w in inside))
    for entry in report.entries:
        holding = [i for i, column in enumerate(columns, 1) if flat(entry.description) in column]
        assert len(holding) == 1, entry.description[:20]


def test_busy_month_footer_and_signatures(busy: Rendered) -> None:
    n = busy.pdf.pages
    for i, text in enumerate(busy.pages_text, start=1):
        assert f"Halaman {i} dari {n}" in text
    assert busy.pdf.employee_box.page == n - 1
    last = flat(busy.pages_text[-1])
    assert "Pegawai yang melaporkan," in last and "Pejabat Penilai Kinerja," in last
    # the signatures are not alone on their page: the SKP progress is kept with them
    assert "Capaian Rencana Hasil Kerja" in last
