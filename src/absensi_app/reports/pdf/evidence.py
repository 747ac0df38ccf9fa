"""The list of the month's evidence files (bukti dukung) after A.: each file's name, size and
SHA-256, and whether it is embedded in this PDF ("terlampir") or left out ("tidak
dilampirkan", e.g. too big); the signed data carries the same list."""

from __future__ import annotations

from absensi_app.domain.report import size_text
from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.layout import FRAME_WIDTH
from absensi_app.reports.pdf.text import esc

EVIDENCE_HEADERS = ("No.", "Berkas bukti dukung", "Ukuran", "SHA-256", "Keterangan")
ATTACHED_TEXT = "Terlampir di dalam PDF ini"
NOT_ATTACHED_TEXT = "Tidak dilampirkan"


def _size(size: int | None) -> str:
    return size_text(size)


def evidence_list(ctx: PdfContext) -> list:
    """The table of evidence files, or nothing when the month has none."""
    from reportlab.platypus import CondPageBreak, Spacer, Table

    s, attachments = ctx.styles, ctx.report.attachments
    if not attachments:
        return []
    rows: list[list] = [[ctx.p(h, s.head) for h in EVIDENCE_HEADERS]]
    for n, item in enumerate(attachments, start=1):
        name = item.display_name
        digest = f"{item.sha256[:32]} {item.sha256[32:]}"  # two lines, never cut by the frame
        rows.append([
            ctx.p(str(n), s.cell_c),
            ctx.p(esc(name)),
            ctx.p(esc(_size(item.size)), s.cell_r),
            ctx.p(esc(digest), s.cell_small),
            ctx.p(ATTACHED_TEXT if item.attached else NOT_ATTACHED_TEXT),
        ])
    widths = [22, 0, 50, 150, 90]
    widths[1] = FRAME_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(ctx.grid_style())
    note = ("Berkas yang terlampir dapat dibuka dari panel lampiran penampil PDF; tanda tangan "
            "pegawai mencakup berkas itu dan daftar hash ini.")
    return [CondPageBreak(60), Spacer(1, 6), ctx.p("Lampiran Bukti Dukung", s.section), table,
            Spacer(1, 3), ctx.p(note, s.note)]
