"""The fixed parts of the page: wording, geometry (points; A4 is 595.28 x 841.89), colours."""

from __future__ import annotations

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
BLANK = "." * 36  # a line to fill in by hand when the profile has no value
ENTRY_HEADERS = ("No", "Hari/Tanggal", "Jam", "Lokasi", "Uraian Kegiatan", "Output", "RHK")
#: The compact table: no date column (each day opens with a row of its own).
COMPACT_HEADERS = ("No", "Jam", "Lokasi", "Uraian Kegiatan", "Output", "RHK")
#: Said on the day row that carries a day's entries over to a new page.
CONTINUED_TEXT = "(lanjutan)"
STATUS_HEADERS = ("No", "Hari/Tanggal", "Status", "Keterangan")
RHK_HEADERS = (
    "No",
    "Jenis",
    "Rencana Hasil Kerja",
    "Target bulan",
    "Realisasi",
    "%",
    "Capaian tahun",
    "Status",
)

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
