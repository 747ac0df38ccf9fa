"""The fixed parts of the page: wording, geometry (points; A4 is 595.28 x 841.89), colours."""

from __future__ import annotations

from absensi_app.reports.pdf.labels import LABELS


def _id(key: str) -> str:
    return LABELS[key][0]


# The tables' header keys (labels.LABELS); each section writes them in the report's language.
ENTRY_KEYS = ("col_no", "col_day", "col_time", "col_location", "col_description", "col_output",
              "col_rhk")
#: The compact table: no date column (each day opens with a row of its own).
COMPACT_KEYS = tuple(k for k in ENTRY_KEYS if k != "col_day")
STATUS_KEYS = ("col_no", "col_day", "col_status", "col_remarks")
RHK_KEYS = ("col_no", "col_kind", "col_rhk_name", "col_month_target", "col_realized", "col_percent",
            "col_year", "col_status")

# The Indonesian wording, as the sections had it before reports had a language (labels.LABELS
# holds both languages; these names stay for the code and the tests that import them).
#: Shown on page 1 and in every footer of a copy the app does not sign itself.
UNSIGNED_NOTICE = _id("unsigned")
NO_PLAN_TEXT = _id("no_plan")
NO_ENTRIES_TEXT = _id("no_entries")
NO_STATUS_TEXT = _id("no_status")
BLANK = "." * 36  # a line to fill in by hand when the profile has no value
ENTRY_HEADERS = tuple(_id(k) for k in ENTRY_KEYS)
COMPACT_HEADERS = tuple(_id(k) for k in COMPACT_KEYS)
#: Said on the day row that carries a day's entries over to a new page.
CONTINUED_TEXT = _id("continued")
STATUS_HEADERS = tuple(_id(k) for k in STATUS_KEYS)
RHK_HEADERS = tuple(_id(k) for k in RHK_KEYS)


def headers(w, keys: tuple[str, ...]) -> tuple[str, ...]:  # noqa: ANN001 - a labels.Wording
    """A table's header texts in ``w``'s language."""
    return tuple(w(k) for k in keys)

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
#: The compact table's columns (COMPACT_HEADERS order): Uraian Kegiatan gets the date's width;
#: "Kantor lain", "Dinas Luar", "3 dokumen" and a three-digit number stay on one line.
COMPACT_COLUMN_WIDTHS = (22.0, 54.0, 48.0, FRAME_WIDTH - 200.0, 50.0, 26.0)
#: The kop surat's logo: at most this high and wide, in the left column of the letterhead.
LOGO_HEIGHT = 62.0
LOGO_WIDTH = 70.0
#: Size of the empty space left for a signature stamp in each signature block.
SIGNATURE_WIDTH = 190.0
SIGNATURE_HEIGHT = 70.0

INK = "#1a1a1a"
MUTED = "#555555"
GRID = "#9a9a9a"
HEADER_BG = "#dfe6ee"
ZEBRA_BG = "#f3f5f8"
ALERT = "#b00020"
ALERT_BG = "#fdecee"
