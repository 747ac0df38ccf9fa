"""The monthly summary (domain.report.MonthReport) as a printable, signable PDF.

A4 portrait, Indonesian, laid out like a government report: letterhead with the agency and
unit, the employee's identity, one table row per log entry, the day statuses, the hour totals,
the SKP progress and two signature blocks (Pejabat Penilai Kinerja on the left, the employee
on the right). The fonts are embedded, so the file looks the same everywhere: DejaVu Sans
from the system (Latin, Arabic, Cyrillic, Greek, ... ; scripts setup installs
fonts-dejavu-core), else reportlab's bundled Bitstream Vera (Latin only). Characters the font
cannot draw (emoji, most Asian scripts) are reported in ``RenderedPdf.missing``. reportlab
does not shape text: Arabic is drawn in its isolated letter forms, left to right.

The empty spaces inside the signature blocks are measured while the page is drawn and
returned as :class:`SignatureBox` rectangles, for the visible signature stamps placed later.

reportlab is imported only when a PDF is rendered: it must not load at app start-up.
"""

from __future__ import annotations

import functools
import io
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from absensi_app.domain.model import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Entry,
    format_day_long,
    Location,
    format_minutes,
)
from absensi_app.domain.report import MonthReport
from absensi_app.domain.skp import PROGRESS_DISCLAIMER, RhkKind

#: Shown on page 1 and in every footer of a copy the app does not sign itself.
UNSIGNED_NOTICE = (
    "SALINAN TANPA TANDA TANGAN ELEKTRONIK \u2014 untuk ditandatangani melalui aplikasi resmi"
)
NO_PLAN_TEXT = (
    "Tidak ada rencana SKP yang tercatat untuk bulan ini, sehingga capaian Rencana Hasil Kerja "
    "tidak dihitung."
)
NO_ENTRIES_TEXT = "Belum ada kegiatan yang dicatat pada bulan ini."
NO_STATUS_TEXT = "Tidak ada hari dengan status cuti, sakit, izin, dinas luar atau lainnya."
_BLANK = "." * 36  # a line to fill in by hand when the profile has no value
ENTRY_HEADERS = ("No", "Hari/Tanggal", "Jam", "Lokasi", "Uraian Kegiatan", "Output", "RHK")

# ---- page geometry (points; A4 is 595.28 x 841.89) -------------------------------------------
_MM = 72 / 25.4
LEFT_MARGIN = 20 * _MM
RIGHT_MARGIN = 15 * _MM
TOP_MARGIN = 15 * _MM
BOTTOM_MARGIN = 20 * _MM
PAGE_WIDTH = 210 * _MM
PAGE_HEIGHT = 297 * _MM
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
#: Widths of the entries table's columns (ENTRY_HEADERS order); Uraian Kegiatan takes the rest.
ENTRY_COLUMN_WIDTHS = (22.0, 80.0, 54.0, 46.0, FRAME_WIDTH - 282.0, 54.0, 26.0)
#: Size of the empty space left for a signature stamp in each signature block.
SIGNATURE_WIDTH = 190.0
SIGNATURE_HEIGHT = 70.0

FONT = "AbsensiSans"
FONT_BOLD = "AbsensiSans-Bold"
FONT_ITALIC = "AbsensiSans-Italic"
FONT_BOLD_ITALIC = "AbsensiSans-BoldItalic"

#: Where fontconfig's usual packages put DejaVu Sans (Debian's fonts-dejavu-core first). It
#: covers Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian and many symbols; the
#: bundled Bitstream Vera (reportlab's) covers Latin only and is the fallback.
DEJAVU_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
_DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
_VERA_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")

_INK = "#1a1a1a"
_MUTED = "#555555"
_GRID = "#9a9a9a"
_HEADER_BG = "#dfe6ee"
_ZEBRA_BG = "#f3f5f8"
_ALERT = "#b00020"
_ALERT_BG = "#fdecee"


@dataclass(frozen=True)
class SignatureBox:
    """An empty rectangle inside a signature block, in PDF points (origin bottom-left)."""

    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x1, self.y1, self.x2, self.y2)


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    employee_box: SignatureBox  # "Pegawai yang melaporkan" (right)
    supervisor_box: SignatureBox  # "Pejabat Penilai Kinerja" (left), for the countersignature
    missing: str = ""  # characters of the report the embedded font has no glyph for (e.g. emoji)


# ---- Indonesian text helpers (no reportlab) -------------------------------------------------
def date_id(day: date) -> str:
    """'27 November 2026'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def day_id(day: date) -> str:
    """'Jumat, 27 November 2026'."""
    return format_day_long(day)


def datetime_id(moment: datetime) -> str:
    """'27 November 2026 pukul 16.00' (Indonesian writes times with a dot)."""
    return f"{date_id(moment.date())} pukul {moment:%H.%M}"


def number_id(value: float, decimals: int = 2) -> str:
    """Indonesian number: '1.250', '8,33', '25' (trailing zeros dropped)."""
    rounded = round(float(value), decimals)
    if rounded == int(rounded):
        whole = f"{int(rounded):,}".replace(",", ".")
        return whole
    text = f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent_id(value: float | None) -> str:
    return "\u2013" if value is None else f"{number_id(value, 1)}%"


def signed_minutes(minutes: int) -> str:
    if minutes == 0:
        return "0 m"
    sign = "+" if minutes > 0 else "\u2212"
    return f"{sign}{format_minutes(abs(minutes))}"


def nip_id(nip: str, today: date) -> str:
    """The NIP in its usual groups ('19900412 201503 2 007') when it reads as one."""
    from absensi_app.domain.errors import ValidationError
    from absensi_app.domain.nip import parse_nip

    try:
        return parse_nip(nip, today).formatted
    except ValidationError:
        return nip.strip()


def entry_time_text(entry: Entry) -> str:
    if entry.start is not None and entry.end is not None:
        return f"{entry.start:%H:%M}-{entry.end:%H:%M}"
    return format_minutes(entry.minutes)


def rhk_numbers(report: MonthReport) -> dict[int, int]:
    """RHK id -> the number shown in the entries table: the order of the progress table,
    then any other RHK the entries link to (by id)."""
    order = [p.rhk.id for p in report.rhk if p.rhk.id is not None]
    order += sorted(i for i in report.rhk_names if i not in order)
    return {rhk_id: n for n, rhk_id in enumerate(order, start=1)}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(text: object) -> str:
    """Escape user text for reportlab's paragraph markup (control characters dropped)."""
    return escape(_CONTROL.sub("", str(text)))


# ---- reportlab (imported lazily) -------------------------------------------------------------
@functools.cache
def font_files() -> tuple[str, str, str, str]:
    """Regular, bold, italic and bold-italic TrueType files: DejaVu Sans from the system
    when all four are there, else reportlab's bundled Bitstream Vera."""
    for folder in DEJAVU_FOLDERS:
        paths = tuple(os.path.join(folder, name) for name in _DEJAVU_FILES)
        if all(os.path.isfile(path) for path in paths):
            return paths  # type: ignore[return-value]
    import reportlab

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    return tuple(os.path.join(folder, name) for name in _VERA_FILES)  # type: ignore[return-value]


def missing_glyphs(texts: Iterable[str], font_name: str = FONT) -> str:
    """The distinct characters of ``texts`` the (registered) font cannot draw, in order.

    Whitespace and invisible format characters (zero-width joiners, direction marks) are not
    counted: they draw nothing anyway."""
    import unicodedata

    from reportlab.pdfbase import pdfmetrics

    _register_fonts()
    covered = pdfmetrics.getFont(font_name).face.charToGlyph
    missing: dict[str, None] = {}
    for text in texts:
        for char in text:
            if ord(char) in covered or char in missing or char.isspace():
                continue
            if unicodedata.category(char) in ("Cf", "Cc") or 0xFE00 <= ord(char) <= 0xFE0F:
                continue  # invisible: format characters, emoji variation selectors
            missing[char] = None
    return "".join(missing)


@functools.cache
def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = dict(zip((FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC), font_files()))
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in files.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, path))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)


@functools.cache
def _classes() -> Any:
    """reportlab subclasses, built on first use so the module imports without reportlab."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    class SignatureSpace(Flowable):
        """Empty space in a signature block that records where it was really drawn."""

        def __init__(self, width: float, height: float, key: str, sink: dict) -> None:
            super().__init__()
            self.width = width
            self.height = height
            self._key = key
            self._sink = sink

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canv = self.canv
            x1, y1 = canv.absolutePosition(0, 0)
            x2, y2 = canv.absolutePosition(self.width, self.height)
            self._sink[self._key] = SignatureBox(
                canv.getPageNumber() - 1,
                round(min(x1, x2), 2),
                round(min(y1, y2), 2),
                round(max(x1, x2), 2),
                round(max(y1, y2), 2),
            )

    class CountingCanvas(Canvas):
        """Holds every page back until the end, so each can say 'Halaman N dari M'.

        ``decorate(canvas, page, pages)`` draws the running header and footer; ``moment``
        becomes the PDF's creation date (the export time, not the render time).
        """

        decorate = None  # set on a per-render subclass
        moment: datetime | None = None
        sink: dict | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []
            moment = type(self).moment
            stamp = getattr(self._doc, "_timeStamp", None)
            if moment is not None and stamp is not None:
                stamp.YMDhms = moment.timetuple()[:6]
                offset = moment.utcoffset()
                if offset is None:  # a naive local time: write it without a UTC offset
                    self._doc.info._dateFormatter = lambda y, mo, d, h, mi, s: (
                        f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}"
                    )
                else:
                    total = int(offset.total_seconds()) // 60
                    stamp.dhh = int(total / 60)
                    stamp.dmm = abs(total) % 60

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                type(self).decorate(self, self.getPageNumber(), count)
                Canvas.showPage(self)
            if type(self).sink is not None:
                type(self).sink["pages"] = count
            Canvas.save(self)

    return SimpleNamespace(SignatureSpace=SignatureSpace, CountingCanvas=CountingCanvas)


def render_month_pdf(report: MonthReport) -> RenderedPdf:
    """Render the month as PDF bytes, with the exact signature boxes and the page count."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    _register_fonts()
    classes = _classes()
    page_w, page_h = A4
    frame_w = FRAME_WIDTH
    profile = report.profile
    today = report.exported_at.date()
    ink, muted = colors.HexColor(_INK), colors.HexColor(_MUTED)
    grid, header_bg = colors.HexColor(_GRID), colors.HexColor(_HEADER_BG)
    zebra_bg = colors.HexColor(_ZEBRA_BG)
    alert, alert_bg = colors.HexColor(_ALERT), colors.HexColor(_ALERT_BG)
    pppk = profile.asn_kind == "pppk"
    nip_label = "NI PPPK" if pppk else "NIP"

    # ---- styles ----
    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {}
        if "parent" not in kw:
            base = {"fontName": FONT, "fontSize": 9, "leading": 12, "textColor": ink}
        base.update(kw)
        return ParagraphStyle(name, **base)

    s_agency = style("agency", fontName=FONT_BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER)
    s_unit = style("unit", fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER)
    s_title = style("title", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
    s_revision = style("revision", fontSize=9.5, leading=12, alignment=TA_CENTER)
    s_section = style(
        "section", fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=10, spaceAfter=4
    )
    s_body = style("body")
    s_note = style("note", fontName=FONT_ITALIC, fontSize=7.5, leading=9.5, textColor=muted)
    s_cell = style("cell", fontSize=7.5, leading=9.4)
    s_cell_c = style("cell_c", parent=s_cell, alignment=TA_CENTER)
    s_cell_r = style("cell_r", parent=s_cell, alignment=TA_RIGHT)
    s_cell_small = style("cell_small", fontSize=6.5, leading=8, textColor=muted)
    s_head = style("head", fontName=FONT_BOLD, fontSize=7.5, leading=9.4, alignment=TA_CENTER)
    s_ident = style("ident", fontSize=9, leading=11.5)
    s_banner = style(
        "banner", fontName=FONT_BOLD, fontSize=9, leading=11.5, alignment=TA_CENTER, textColor=alert
    )
    s_sign = style("sign", alignment=TA_CENTER, fontSize=9, leading=12)
    s_sign_name = style("sign_name", parent=s_sign, fontName=FONT_BOLD)

    drawn: list[str] = []  # every text put on the page, to find characters the font lacks

    def p(text: str, st: ParagraphStyle = s_cell) -> Paragraph:
        drawn.append(text)
        return Paragraph(text, st)

    def grid_style(extra: list | None = None) -> TableStyle:
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, grid),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        return TableStyle(commands + (extra or []))

    story: list = []

    # ---- letterhead and title ----
    story.append(p(_e(profile.agency.upper()), s_agency))
    if profile.unit.strip():
        story.append(p(_e(profile.unit.upper()), s_unit))
    story.append(Spacer(1, 4))
    story.append(HRFlowable(width="100%", thickness=1.6, color=ink, spaceBefore=0, spaceAfter=1.2))
    story.append(HRFlowable(width="100%", thickness=0.5, color=ink, spaceBefore=0, spaceAfter=10))
    story.append(p(_e(report.title), s_title))
    if report.revision > 1:
        story.append(p(f"Revisi {report.revision}", s_revision))
    story.append(Spacer(1, 8))
    if not report.signed:
        banner = Table([[p(_e(UNSIGNED_NOTICE), s_banner)]], colWidths=[frame_w])
        banner.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BOX", (0, 0), (-1, -1), 1.2, alert),
                    ("BACKGROUND", (0, 0), (-1, -1), alert_bg),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story += [banner, Spacer(1, 8)]

    # ---- identity ----
    supervisor_name = profile.supervisor_name.strip() or _BLANK
    supervisor_nip = nip_id(profile.supervisor_nip, today) if profile.supervisor_nip.strip() else ""
    supervisor = _e(supervisor_name)
    if supervisor_nip:
        supervisor += f"<br/>NIP {_e(supervisor_nip)}"
    ident_rows = [
        ("Nama", _e(profile.name)),
        (nip_label, _e(nip_id(profile.nip, today))),
        ("Golongan" if pppk else "Pangkat/Gol. Ruang", _e(profile.rank)),
        ("Jabatan", _e(profile.position)),
        ("Unit Kerja", _e(profile.unit)),
        ("Instansi", _e(profile.agency)),
        ("Pejabat Penilai Kinerja", supervisor),
        ("Periode", f"{MONTH_NAMES[report.month - 1]} {report.year}"),
    ]
    ident = Table(
        [[p(label, s_ident), p(":", s_ident), p(value, s_ident)] for label, value in ident_rows],
        colWidths=[120, 8, frame_w - 128],
    )
    ident.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story.append(ident)

    # ---- A. entries ----
    numbers = rhk_numbers(report)
    story.append(p("A. Rincian Kegiatan Harian", s_section))
    widths = list(ENTRY_COLUMN_WIDTHS)
    rows: list[list] = [[p(h, s_head) for h in ENTRY_HEADERS]]
    day_shading: list = []
    shade = False
    previous_day: date | None = None
    for n, entry in enumerate(report.entries, start=1):
        if entry.day != previous_day:
            shade = not shade if previous_day is not None else False
            previous_day = entry.day
        if shade:
            day_shading.append(("BACKGROUND", (0, n), (-1, n), zebra_bg))
        description = [p(_e(entry.description))]
        evidence = entry.evidence
        if evidence.link:
            description.append(p("Bukti dukung: " + _e(evidence.link), s_cell_small))
        elif evidence.file_name:
            description.append(
                p("Bukti dukung: berkas " + _e(os.path.basename(evidence.file_name)), s_cell_small)
            )
        rhk = ""
        if entry.rhk_id is not None:
            rhk = str(numbers.get(entry.rhk_id, "")) or _e(report.rhk_names.get(entry.rhk_id, ""))
        rows.append(
            [
                p(str(n), s_cell_c),
                p(f"{WEEKDAY_NAMES[entry.day.weekday()]},<br/>{date_id(entry.day)}"),
                p(_e(entry_time_text(entry)), s_cell_c),
                p(_e(entry.location.label)),
                description,
                p(_e(entry.output_text)),
                p(rhk, s_cell_c),
            ]
        )
    if not report.entries:
        rows.append([p(NO_ENTRIES_TEXT), "", "", "", "", "", ""])
        day_shading.append(("SPAN", (0, 1), (-1, 1)))
    entries_table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    entries_table.setStyle(grid_style(day_shading))
    story.append(entries_table)
    if any(e.rhk_id is not None for e in report.entries):
        story.append(Spacer(1, 3))
        story.append(
            p(
                "Kolom RHK memuat nomor Rencana Hasil Kerja pada bagian D (Capaian Rencana Hasil "
                "Kerja).",
                s_note,
            )
        )
        extra = [i for i in numbers if i not in {r.rhk.id for r in report.rhk}]
        if extra:
            legend = "; ".join(f"{numbers[i]} = {_e(report.rhk_names.get(i, ''))}" for i in extra)
            story.append(p(f"RHK di luar rencana bulan ini: {legend}.", s_note))

    # ---- B. day statuses ----
    story.append(CondPageBreak(60))
    story.append(p("B. Status Hari", s_section))
    if report.statuses:
        s_rows: list[list] = [
            [p(h, s_head) for h in ("No", "Hari/Tanggal", "Status", "Keterangan")]
        ]
        for n, record in enumerate(report.statuses, start=1):
            s_rows.append(
                [
                    p(str(n), s_cell_c),
                    p(_e(day_id(record.day))),
                    p(_e(record.label)),
                    p(_e(record.note)),
                ]
            )
        status_table = Table(s_rows, colWidths=[22, 118, 120, frame_w - 260], repeatRows=1)
        status_table.setStyle(grid_style())
        story.append(status_table)
    else:
        story.append(p(NO_STATUS_TEXT, s_body))

    # ---- C. totals ----
    totals = report.totals
    until = min(today, totals.last)
    by_location = []
    for loc in Location:
        item = totals.by_location.get(loc)
        if item is not None and (item.days or item.minutes):
            by_location.append(
                f"{_e(loc.label)}: {item.days} hari, {_e(format_minutes(item.minutes))}"
            )
    missing = "; ".join(_e(day_id(d)) for d in totals.missing_days) or "tidak ada"
    holidays = (
        "; ".join(f"{_e(date_id(d))} ({_e(name)})" for d, name in sorted(report.holidays.items()))
        or "tidak ada"
    )
    total_rows = [
        (
            "Jam kerja tercatat",
            (
                f"<b>{_e(format_minutes(totals.total_minutes))}</b> dari "
                f"{_e(format_minutes(totals.expected_minutes))} jam kerja bulan ini"
            ),
        ),
        (
            "Saldo berjalan",
            (
                f"<b>{_e(signed_minutes(totals.balance_minutes))}</b> "
                f"(kewajiban sampai {_e(date_id(until))}: "
                f"{_e(format_minutes(totals.expected_to_date_minutes))})"
            ),
        ),
        (
            "Hari kerja",
            f"{totals.working_days} hari kerja; {totals.logged_days} hari dengan catatan kegiatan",
        ),
        ("Menurut lokasi", "<br/>".join(by_location) or "tidak ada"),
        ("Hari kerja tanpa catatan", missing),
        ("Hari libur", holidays),
    ]
    story.append(CondPageBreak(90))
    story.append(p("C. Rekapitulasi Jam Kerja", s_section))
    totals_table = Table(
        [[p(label, s_body), p(value, s_body)] for label, value in total_rows],
        colWidths=[140, frame_w - 140],
    )
    totals_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, grid),
                ("BACKGROUND", (0, 0), (0, -1), zebra_bg),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    story.append(totals_table)

    # ---- D. SKP progress, kept on one page with the signatures ----
    # (a page holding nothing but signatures could be swapped for another; keep them with
    # the last section of the content)
    closing: list = [p("D. Capaian Rencana Hasil Kerja (SKP)", s_section)]
    if report.rhk:
        heads = (
            "No",
            "Jenis",
            "Rencana Hasil Kerja",
            "Target bulan",
            "Realisasi",
            "%",
            "Capaian tahun",
            "Status",
        )
        r_rows: list[list] = [[p(h, s_head) for h in heads]]
        for prog in report.rhk:
            rhk = prog.rhk
            unit = _e(rhk.unit)
            name = [p(_e(rhk.name))]
            if rhk.indicator:
                name.append(p("Indikator: " + _e(rhk.indicator), s_cell_small))
            year = (
                f"{number_id(prog.year.realized)} dari {number_id(prog.year.target)}"
                f"<br/>({percent_id(prog.year.percent)})"
            )
            r_rows.append(
                [
                    p(str(numbers.get(rhk.id, "")), s_cell_c),
                    p("Utama" if rhk.kind is RhkKind.UTAMA else "Tambahan"),
                    name,
                    p(f"{number_id(prog.month.target)} {unit}", s_cell_r),
                    p(f"{number_id(prog.month.realized)} {unit}", s_cell_r),
                    p(percent_id(prog.month.percent), s_cell_r),
                    p(year, s_cell_r),
                    p(_e(prog.pace.label)),
                ]
            )
        r_widths = [22, 48, 0, 54, 54, 36, 70, 56]
        r_widths[2] = frame_w - sum(r_widths)
        rhk_table = Table(r_rows, colWidths=r_widths, repeatRows=1)
        rhk_table.setStyle(grid_style())
        closing += [rhk_table, Spacer(1, 3), p(_e(PROGRESS_DISCLAIMER), s_note)]
    else:
        closing.append(p(NO_PLAN_TEXT, s_body))

    # ---- signatures ----
    boxes: dict[str, Any] = {}
    space = classes.SignatureSpace
    left = [
        p("Mengetahui,", s_sign),
        p("Pejabat Penilai Kinerja,", s_sign),
        Spacer(1, 4),
        space(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, "supervisor", boxes),
        Spacer(1, 4),
        p(f"<u>{_e(supervisor_name)}</u>", s_sign_name),
        p(f"NIP {_e(supervisor_nip or _BLANK)}", s_sign),
    ]
    right = [
        p(_e(date_id(today)), s_sign),
        p("Pegawai yang melaporkan,", s_sign),
        Spacer(1, 4),
        space(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, "employee", boxes),
        Spacer(1, 4),
        p(f"<u>{_e(profile.name)}</u>", s_sign_name),
        p(f"{nip_label} {_e(nip_id(profile.nip, today))}", s_sign),
    ]
    signatures = Table([[left, right]], colWidths=[frame_w / 2, frame_w / 2])
    signatures.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    closing += [Spacer(1, 18), signatures]
    story.append(KeepTogether(closing))

    # ---- running header and footer, drawn once the page count is known ----
    made = f"Dibuat dengan Absensi {report.app_version} pada {datetime_id(report.exported_at)}"
    running = f"{report.title} \u2014 {profile.name}, {nip_label} {nip_id(profile.nip, today)}"
    if report.revision > 1:
        running = f"{report.title} (Revisi {report.revision}) \u2014 {profile.name}"
    drawn.append(running)

    def decorate(canv: Any, page: int, pages: int) -> None:
        canv.saveState()
        if page > 1:
            canv.setFont(FONT, 7)
            canv.setFillColor(muted)
            canv.drawString(LEFT_MARGIN, page_h - TOP_MARGIN + 13, running)
            canv.setStrokeColor(grid)
            canv.setLineWidth(0.4)
            canv.line(
                LEFT_MARGIN, page_h - TOP_MARGIN + 9, page_w - RIGHT_MARGIN, page_h - TOP_MARGIN + 9
            )
        base = BOTTOM_MARGIN - 22
        canv.setStrokeColor(grid)
        canv.setLineWidth(0.4)
        canv.line(LEFT_MARGIN, base + 10, page_w - RIGHT_MARGIN, base + 10)
        canv.setFont(FONT, 7)
        canv.setFillColor(muted)
        canv.drawString(LEFT_MARGIN, base, made)
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColor(ink)
        canv.drawRightString(page_w - RIGHT_MARGIN, base, f"Halaman {page} dari {pages}")
        if not report.signed:
            canv.setFont(FONT_BOLD, 7)
            canv.setFillColor(alert)
            canv.drawCentredString(page_w / 2, base - 11, UNSIGNED_NOTICE)
        canv.restoreState()

    result: dict[str, Any] = {}
    canvas_class = type(
        "MonthCanvas",
        (classes.CountingCanvas,),
        {"decorate": staticmethod(decorate), "moment": report.exported_at, "sink": result},
    )
    buffer = io.BytesIO()
    name_nip = f"{profile.name} ({nip_label} {nip_id(profile.nip, today)})"
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=report.title + (f" (Revisi {report.revision})" if report.revision > 1 else ""),
        author=profile.name,
        subject=f"Laporan kinerja harian {name_nip}, {profile.unit}, {profile.agency}",
        creator="Absensi",
        keywords=["laporan kinerja harian", "ASN", report.month_key],
        lang="id-ID",
        invariant=1,
        initialFontName=FONT,
    )
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        frame_w,
        page_h - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_class)
    return RenderedPdf(
        data=buffer.getvalue(),
        pages=int(result["pages"]),
        employee_box=boxes["employee"],
        supervisor_box=boxes["supervisor"],
        missing=missing_glyphs(drawn),
    )
