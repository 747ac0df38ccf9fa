"""The Dokumen Evaluasi Kinerja Pegawai (services.evaluation.Evaluation) as an A4 PDF, laid out
like the evaluation form of PermenPANRB 6/2022: the kop surat and the running footer of the
monthly summary (``reports.pdf.sections.letterhead``, ``reports.pdf.render.decorate_page``),
the period, the employee and the Pejabat Penilai Kinerja, the RHK table (target, realisasi per
triwulan, capaian, umpan balik), the decisions received, the ratings and the predikat, the
place-and-date line and the two signature spaces. reportlab is imported inside functions.

In Indonesian or English (``language``): every fixed text is in ``reports.pdf.labels``; the
PDF's title stays the Indonesian one, which ``services.verification`` compares with the
period in the signed data.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

from absensi_app.reports.pdf.canvas import SignatureBox
from absensi_app.reports.pdf.labels import LABELS


@dataclass(frozen=True)
class RenderedEvaluation:
    data: bytes
    pages: int
    employee_box: SignatureBox
    supervisor_box: SignatureBox


RATINGS_OF_PERIOD = LABELS["ev_ratings_note"][0]
FEEDBACK_CLIP = 280  # characters of one month's feedback in the table (all of it in the data)
NO_DECISIONS = LABELS["ev_no_decisions"][0]


def render_evaluation_pdf(ev, language: str = "id") -> RenderedEvaluation:  # noqa: ANN001 - an Evaluation
    from absensi_app.reports.pdf import render, sections
    from absensi_app.reports.pdf.canvas import reportlab_classes
    from absensi_app.reports.pdf.context import PdfContext
    from absensi_app.reports.pdf.labels import Wording

    # the letterhead reads heading/revision/signed/profile
    ctx = PdfContext.for_report(ev, language=language, heading=Wording(language)("ev_heading"))
    story = [
        *sections.letterhead(ctx),
        *_period_line(ctx, ev),
        *_people(ctx, ev),
        *_results(ctx, ev),
        *_decisions(ctx, ev),
        *_ratings_and_signatures(ctx, ev),
    ]
    title = ctx.w("ev_running", title=ev.period.title)  # ev.title, in the report's language
    running = f"{title} \u2014 {ev.profile.name}, {ctx.nip_label} {ctx.employee_nip}"
    result: dict[str, Any] = {}
    canvas_class = type(
        "EvaluationCanvas",
        (reportlab_classes().CountingCanvas,),
        {
            "decorate": staticmethod(functools.partial(render.decorate_page, ctx, running)),
            "moment": ev.exported_at,
            "sink": result,
        },
    )
    buffer = io.BytesIO()
    _document(ctx, ev, buffer).build(story, canvasmaker=canvas_class)
    return RenderedEvaluation(buffer.getvalue(), int(result["pages"]), ctx.boxes["employee"],
                              ctx.boxes["supervisor"])


def _period_line(ctx, ev) -> list:  # noqa: ANN001
    from absensi_app.reports.pdf.text import esc

    period, w = ev.period, ctx.w
    text = w("ev_period", first=w.date(period.first), last=w.date(period.last))
    if period.name:
        text += f" ({period.name})"
    return [ctx.p(esc(text), ctx.styles.revision)]


def _people(ctx, ev) -> list:  # noqa: ANN001
    """The two identity blocks of the form, side by side: the employee, the Pejabat Penilai."""
    from reportlab.platypus import Spacer, Table

    from absensi_app.reports.pdf.layout import BLANK, FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s, p, w = ctx.styles, ev.profile, ctx.w
    rank = w("rank_pppk") if ctx.pppk else w("rank")
    rows = [
        [ctx.p(w("col_no"), s.head), ctx.p(w("ev_employee"), s.head), "",
         ctx.p(w("col_no"), s.head), ctx.p(w("ev_supervisor"), s.head), ""],
    ]
    mine = [(w("name"), p.name), (ctx.nip_label, ctx.employee_nip), (rank, p.rank),
            (w("position"), p.position), (w("unit"), p.unit)]
    theirs = [(w("name"), ctx.supervisor_name), ("NIP", ctx.supervisor_nip or BLANK),
              (rank, BLANK), (w("position"), BLANK), (w("unit"), p.unit or BLANK)]
    for n, ((l1, v1), (l2, v2)) in enumerate(zip(mine, theirs), start=1):
        rows.append([ctx.p(str(n), s.cell_c), ctx.p(l1), ctx.p(esc(v1)),
                     ctx.p(str(n), s.cell_c), ctx.p(l2), ctx.p(esc(v2))])
    half = FRAME_WIDTH / 2
    table = Table(rows, colWidths=[18, 70, half - 88, 18, 70, half - 88])
    table.setStyle(ctx.grid_style([("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0))]))
    return [Spacer(1, 8), table]


def _results(ctx, ev) -> list:  # noqa: ANN001
    """HASIL KERJA: RHK | indikator | target | realisasi TW.. | capaian | umpan balik."""
    from reportlab.platypus import Spacer, Table

    from absensi_app.domain.skp import RhkKind
    from absensi_app.reports.pdf.layout import FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s, w = ctx.styles, ctx.w
    columns = ev.columns
    tw = 144.0 / max(4, len(columns))  # "TW III" on one line
    widths = [20, 80, 58, 54] + [tw] * len(columns) + [48 if w.english else 42]  # "Progress"
    widths.append(FRAME_WIDTH - sum(widths))
    last = len(widths) - 1
    head1 = [ctx.p(w(k), s.head) for k in ("col_no", "col_rhk_name", "ev_indicator", "ev_target")]
    head1 += [ctx.p(w("col_realized"), s.head)] + [""] * (len(columns) - 1)
    head1 += [ctx.p(w("ev_achievement"), s.head), ctx.p(w("ev_feedback"), s.head)]
    head2 = ["", "", "", ""] + [ctx.p(esc(_quarter_label(w, c)), s.head) for c in columns] + ["", ""]
    rows: list[list] = [head1, head2]
    style: list = [
        ("SPAN", (4, 0), (3 + len(columns), 0)),
        ("BACKGROUND", (0, 1), (-1, 1), ctx.colors.header_bg),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ]
    for col in (0, 1, 2, 3, last - 1, last):
        style.append(("SPAN", (col, 0), (col, 1)))
    for kind, title in ((RhkKind.UTAMA, w("ev_main")), (RhkKind.TAMBAHAN, w("ev_additional"))):
        items = [r for r in ev.rhk if r.rhk.kind is kind]
        n = len(rows)
        rows.append([ctx.p(f"<b>{title}</b>")] + [""] * last)
        style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), ctx.colors.zebra_bg)]
        if not items:
            rows.append([ctx.p("\u2013", s.cell_c), ctx.p(w("ev_none"))] + [""] * (last - 1))
            continue
        for item in items:
            rhk, unit = item.rhk, esc(item.rhk.unit)
            target = f"{w.number(rhk.target)} {unit}"
            extra = [t for t in (rhk.quality, rhk.time) if t]
            target_cell = [ctx.p(target, s.cell_r)] + [ctx.p(esc(t), s.cell_small) for t in extra]
            rows.append(
                [ctx.p(str(item.number), s.cell_c), ctx.p(esc(rhk.name)), ctx.p(esc(rhk.indicator)),
                 target_cell]
                + [ctx.p(w.number(q.realized), s.cell_r) for q in item.quarters]
                + [ctx.p(f"{w.number(item.whole.realized)} {unit}<br/>({w.percent(item.percent)})", s.cell_r),
                   _feedback_cell(ctx, item)]
            )
    table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=0)
    table.setStyle(ctx.grid_style(style))
    note = w("ev_results_note") + w("disclaimer")
    return [ctx.p(w("ev_results"), s.section), table, Spacer(1, 3), ctx.p(esc(note), s.note)]


def _quarter_label(w, column) -> str:  # noqa: ANN001 - a labels.Wording, a QuarterColumn
    """'TW III' / 'Q III' (with the year when the period spans two); the signed data keeps the
    Indonesian ``column.label``."""
    from absensi_app.domain.model import ROMAN

    if not w.english:
        return column.label
    label = w("ev_quarter", q=ROMAN[column.quarter])
    return label + column.label[len(f"TW {ROMAN[column.quarter]}"):]


def _feedback_cell(ctx, item) -> list:  # noqa: ANN001 - a RhkEvaluation
    """The feedback the RHK received, one short paragraph per month (newest last)."""
    from absensi_app.reports.pdf.text import esc

    out, w = [], ctx.w
    for received in item.feedback:
        head = f"<b>{esc(w.month_year(received.month))}</b>"
        if received.item.assessment:
            head += f" \u00b7 {esc(w.term(received.item.assessment_label))}"
        text = received.item.feedback
        if len(text) > FEEDBACK_CLIP:
            text = text[: FEEDBACK_CLIP - 1].rstrip() + "\u2026"
        out.append(ctx.p(head + (f": {esc(text)}" if text else ""), ctx.styles.cell_small))
    return out or [ctx.p("\u2013", ctx.styles.cell_c)]


def _decisions(ctx, ev) -> list:  # noqa: ANN001
    from reportlab.platypus import CondPageBreak, Table

    from absensi_app.reports.pdf.layout import FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s, w = ctx.styles, ctx.w
    story: list = [CondPageBreak(80), ctx.p(w("ev_decisions"), s.section)]
    keys = ("ev_col_month", "col_status", "ev_col_revision", "ev_col_received", "ev_col_predikat", "ev_col_note")
    rows: list[list] = [[ctx.p(w(k), s.head) for k in keys]]
    for m in ev.months:
        state = w(f"state_{m.state}") if f"state_{m.state}" in LABELS else w("state_none")
        rows.append([
            ctx.p(esc(w.month_year(m.month))), ctx.p(esc(state)),
            ctx.p(str(m.revision) if m.revision else "\u2013", s.cell_c),
            ctx.p(_decided(w, m.decided_at) if m.decided_at else "\u2013"),
            ctx.p(esc(w.term(m.predikat)) if m.predikat else "\u2013"),
            ctx.p(esc(m.note)),
        ])
    table = Table(rows, colWidths=[74, 146, 32, 62, 84, FRAME_WIDTH - 398], repeatRows=1)
    table.setStyle(ctx.grid_style())
    story.append(table)
    if not any(m.decided_at for m in ev.months):
        story.append(ctx.p(esc(w("ev_no_decisions")), s.note))
    return story


def _decided(w, moment) -> str:  # noqa: ANN001 - a labels.Wording, a datetime
    """'30-11-2026' / '30 Nov 2026' (English readers take 11-30 and 30-11 differently)."""
    return w.stamp_moment(moment).rsplit(" ", 1)[0]


def _ratings_and_signatures(ctx, ev) -> list:  # noqa: ANN001
    """The ratings and the predikat (to fill in), then the signature blocks, on one page."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, Table

    from absensi_app.reports.pdf import sections
    from absensi_app.reports.pdf.layout import BLANK, FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s, w = ctx.styles, ctx.w
    approved = w("ev_approved", approved=ev.approved, months=len(ev.months))
    lines = [
        (w("ev_rating_results"), f"{BLANK} {w('ev_rating_choices')}"),
        (w("ev_rating_behaviour"), f"{BLANK} {w('ev_rating_choices')}"),
        (w("ev_predikat"), f"{BLANK} {w('ev_predikat_choices')}"),
        (w("ev_monthly"), approved),
    ]
    label_width = 160 if w.english else 140  # "Employee performance rating (predikat)"
    table = Table([[ctx.p(a, s.body), ctx.p(esc(b), s.body)] for a, b in lines],
                  colWidths=[label_width, FRAME_WIDTH - label_width])
    table.setStyle(ctx.grid_style([("BACKGROUND", (0, 0), (0, -1), ctx.colors.zebra_bg),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.white)]))
    signs = sections.signature_table(ctx, ev.exported_at.date(), "&nbsp;", w("ev_appraised_employee"))
    return [KeepTogether([
        ctx.p(w("ev_ratings"), s.section), table, Spacer(1, 3),
        ctx.p(esc(w("ev_ratings_note")), s.note), Spacer(1, 16), signs,
    ])]


def _document(ctx, ev, buffer: io.BytesIO) -> Any:  # noqa: ANN001
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from absensi_app.reports.pdf.fonts import FONT
    from absensi_app.reports.pdf.layout import BOTTOM_MARGIN, FRAME_WIDTH, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN

    p, w = ev.profile, ctx.w
    who = f"{p.name} ({ctx.nip_label} {ctx.employee_nip})"
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=ev.title, author=p.name,
        subject=w("ev_subject", who=who, unit=p.unit, agency=p.agency, year=ev.year),
        creator="Absensi", keywords=[w("ev_keyword"), "ASN", str(ev.year)],
        lang=w.pdf_lang, invariant=1, initialFontName=FONT,
    )
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, A4[1] - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
