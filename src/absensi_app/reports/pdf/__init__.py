"""The monthly summary (domain.report.MonthReport) as a printable, signable PDF.

A4 portrait, laid out like a government report, in Indonesian or (chosen per export) English:
every fixed text, name and number form of either language is in ``labels``. The fonts are embedded, so the
file looks the same everywhere: DejaVu Sans from the system, else reportlab's bundled
Bitstream Vera (Latin only). Characters the font cannot draw (emoji, most Asian scripts) are
reported in ``RenderedPdf.missing``. reportlab does not shape text: Arabic is drawn in its
isolated letter forms, left to right. reportlab is imported only when a PDF is rendered: it
must not load at app start-up.

To change the PDF layout, find the part of the page here:

- letterhead (kop surat: government line, agency, unit, address, the logo at the left;
  double rule), title ("LAPORAN KINERJA BULANAN — NOVEMBER 2026"), revision, unsigned
  banner: ``sections.letterhead`` (the kop's lines: ``sections._kop_lines``; the logo:
  ``sections._logo``)
- identity block (Nama, NIP, Pangkat, ..., Pejabat Penilai Kinerja, Periode):
  ``sections.identity``
- A. Rincian Kegiatan Harian, one row per entry, day shading, RHK column notes:
  ``sections.entries`` (a row: ``sections._entry_row``); the compact table (a day's entries
  under one date row, "(lanjutan)" when a day goes on over a page): ``compact``
- B. Status Hari: ``sections.statuses``
- C. Rekapitulasi Jam Kerja (hours, balance, days, per location, missing days, holidays):
  ``sections.totals`` (its lines: ``sections._total_rows``)
- D. Capaian Rencana Hasil Kerja (SKP): ``sections.rhk_progress`` (a row: ``sections._rhk_row``)
- signature blocks, the place-and-date line ("Sleman, 30 November 2026") and their stamp
  spaces: ``sections.signatures``; the measured rectangles
  come from ``canvas.SignatureSpace`` as :class:`SignatureBox`
- running header, footer, "Halaman N dari M", unsigned notice: ``render.decorate_page``
- section order, what stays together on the last page: ``render.build_story``
- page size, margins, metadata: ``render.document``; margins, column widths, signature size,
  colours and fixed wording: ``layout``
- paragraph styles (fonts, sizes, leading) and the ruled-table style: ``context.Styles``,
  ``context.PdfContext.grid_style``
- how dates, numbers, NIPs and times are written: ``text`` (Indonesian) and ``labels.Wording``
  (per report language); every fixed text in both languages: ``labels.LABELS``; which font
  files: ``fonts``
"""

from __future__ import annotations

from absensi_app.reports.pdf.canvas import SignatureBox
from absensi_app.reports.pdf.context import rhk_numbers
from absensi_app.reports.pdf.fonts import (
    DEJAVU_FOLDERS,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    font_files,
    missing_glyphs,
)
from absensi_app.reports.pdf.labels import DEFAULT_LANGUAGE, LANGUAGES, Wording, check_language
from absensi_app.reports.pdf.layout import (
    BOTTOM_MARGIN,
    ENTRY_COLUMN_WIDTHS,
    ENTRY_HEADERS,
    FRAME_WIDTH,
    LEFT_MARGIN,
    NO_ENTRIES_TEXT,
    NO_PLAN_TEXT,
    NO_STATUS_TEXT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    SIGNATURE_HEIGHT,
    SIGNATURE_WIDTH,
    TOP_MARGIN,
    UNSIGNED_NOTICE,
)
from absensi_app.reports.pdf.render import RenderedPdf, render_month_pdf
from absensi_app.reports.pdf.text import (
    date_id,
    datetime_id,
    day_id,
    entry_time_text,
    nip_id,
    number_id,
    percent_id,
    signed_minutes,
)

__all__ = [
    "BOTTOM_MARGIN",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "DEJAVU_FOLDERS",
    "ENTRY_COLUMN_WIDTHS",
    "ENTRY_HEADERS",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "FRAME_WIDTH",
    "LEFT_MARGIN",
    "NO_ENTRIES_TEXT",
    "NO_PLAN_TEXT",
    "NO_STATUS_TEXT",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "RIGHT_MARGIN",
    "SIGNATURE_HEIGHT",
    "SIGNATURE_WIDTH",
    "TOP_MARGIN",
    "UNSIGNED_NOTICE",
    "RenderedPdf",
    "SignatureBox",
    "Wording",
    "check_language",
    "date_id",
    "datetime_id",
    "day_id",
    "entry_time_text",
    "font_files",
    "missing_glyphs",
    "nip_id",
    "number_id",
    "percent_id",
    "render_month_pdf",
    "rhk_numbers",
    "signed_minutes",
]
