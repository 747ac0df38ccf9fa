"""The list of the month's evidence files (bukti dukung) after A.: each file's name, size and
SHA-256, and whether it is embedded in this PDF ("terlampir") or left out ("tidak
dilampirkan", e.g. too big); the signed data carries the same list."""

from __future__ import annotations

from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.labels import LABELS
from absensi_app.reports.pdf.layout import FRAME_WIDTH, headers
from absensi_app.reports.pdf.text import esc

EVIDENCE_KEYS = ("ev_no", "ev_file", "ev_size", "ev_sha", "ev_state")
EVIDENCE_HEADERS = tuple(LABELS[k][0] for k in EVIDENCE_KEYS)  # Indonesian, as before
ATTACHED_TEXT = LABELS["ev_attached"][0]
NOT_ATTACHED_TEXT = LABELS["ev_not_attached"][0]


def evidence_list(ctx: PdfContext) -> list:
    """The table of evidence files, or nothing when the month has none."""
    from reportlab.platypus import CondPageBreak, Spacer, Table

    s, w, attachments = ctx.styles, ctx.w, ctx.report.attachments
    if not attachments:
        return []
    rows: list[list] = [[ctx.p(h, s.head) for h in headers(w, EVIDENCE_KEYS)]]
    for n, item in enumerate(attachments, start=1):
        name = item.display_name
        digest = f"{item.sha256[:32]} {item.sha256[32:]}"  # two lines, never cut by the frame
        rows.append([
            ctx.p(str(n), s.cell_c),
            ctx.p(esc(name)),
            ctx.p(esc(w.size(item.size)), s.cell_r),
            ctx.p(esc(digest), s.cell_small),
            ctx.p(w("ev_attached") if item.attached else w("ev_not_attached")),
        ])
    widths = [22, 0, 50, 150, 90]
    widths[1] = FRAME_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(ctx.grid_style())
    return [CondPageBreak(60), Spacer(1, 6), ctx.p(w("evidence_section"), s.section), table,
            Spacer(1, 3), ctx.p(w("ev_note"), s.note)]
