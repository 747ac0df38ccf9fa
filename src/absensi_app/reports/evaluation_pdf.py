"""The Dokumen Evaluasi Kinerja Pegawai (services.evaluation.Evaluation) as an A4 PDF, laid out
like the evaluation form of PermenPANRB 6/2022: the kop surat and the running footer of the
monthly summary (``reports.pdf.sections.letterhead``, ``reports.pdf.render.decorate_page``),
the period, the employee and the Pejabat Penilai Kinerja, the RHK table (target, realisasi per
triwulan, capaian, umpan balik), the decisions received, the ratings and the predikat, the
place-and-date line and the two signature spaces. reportlab is imported inside functions.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

from absensi_app.reports.pdf.canvas import SignatureBox


@dataclass(frozen=True)
class RenderedEvaluation:
    data: bytes
    pages: int
    employee_box: SignatureBox
    supervisor_box: SignatureBox


RATINGS_OF_PERIOD = (
    "Rating dan predikat periode ditetapkan oleh Pejabat Penilai Kinerja pada saat evaluasi. "
    "Predikat bulanan yang diterima bersama persetujuan tercantum pada tabel keputusan di atas."
)
FEEDBACK_CLIP = 280  # characters of one month's feedback in the table (all of it in the data)
NO_DECISIONS = "Belum ada keputusan Pejabat Penilai Kinerja yang diterima untuk periode ini."


def render_evaluation_pdf(ev) -> RenderedEvaluation:  # noqa: ANN001 - an Evaluation
    from absensi_app.reports.pdf import render, sections
    from absensi_app.reports.pdf.canvas import reportlab_classes
    from absensi_app.reports.pdf.context import PdfContext

    ctx = PdfContext.for_report(ev)  # the letterhead reads heading/revision/signed/profile
    story = [
        *sections.letterhead(ctx),
        *_period_line(ctx, ev),
        *_people(ctx, ev),
        *_results(ctx, ev),
        *_decisions(ctx, ev),
        *_ratings_and_signatures(ctx, ev),
    ]
    running = f"{ev.title} \u2014 {ev.profile.name}, {ctx.nip_label} {ctx.employee_nip}"
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
    from absensi_app.reports.pdf.text import date_id, esc

    period = ev.period
    text = f"Periode Penilaian: {date_id(period.first)} s.d. {date_id(period.last)}"
    if period.name:
        text += f" ({period.name})"
    return [ctx.p(esc(text), ctx.styles.revision)]


def _people(ctx, ev) -> list:  # noqa: ANN001
    """The two identity blocks of the form, side by side: the employee, the Pejabat Penilai."""
    from reportlab.platypus import Spacer, Table

    from absensi_app.reports.pdf.layout import BLANK, FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s, p = ctx.styles, ev.profile
    rank = "Golongan" if ctx.pppk else "Pangkat/Gol. Ruang"
    rows = [
        [ctx.p("No", s.head), ctx.p("PEGAWAI YANG DINILAI", s.head), "",
         ctx.p("No", s.head), ctx.p("PEJABAT PENILAI KINERJA", s.head), ""],
    ]
    mine = [("Nama", p.name), (ctx.nip_label, ctx.employee_nip), (rank, p.rank),
            ("Jabatan", p.position), ("Unit Kerja", p.unit)]
    theirs = [("Nama", ctx.supervisor_name), ("NIP", ctx.supervisor_nip or BLANK),
              (rank, BLANK), ("Jabatan", BLANK), ("Unit Kerja", p.unit or BLANK)]
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

    from absensi_app.domain.skp import PROGRESS_DISCLAIMER, RhkKind
    from absensi_app.reports.pdf.layout import FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc, number_id, percent_id

    s = ctx.styles
    columns = ev.columns
    tw = 144.0 / max(4, len(columns))  # "TW III" on one line
    widths = [20, 80, 58, 54] + [tw] * len(columns) + [42]
    widths.append(FRAME_WIDTH - sum(widths))
    last = len(widths) - 1
    head1 = [ctx.p(h, s.head) for h in ("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target")]
    head1 += [ctx.p("Realisasi", s.head)] + [""] * (len(columns) - 1)
    head1 += [ctx.p("Capaian", s.head), ctx.p("Umpan Balik", s.head)]
    head2 = ["", "", "", ""] + [ctx.p(esc(c.label), s.head) for c in columns] + ["", ""]
    rows: list[list] = [head1, head2]
    style: list = [
        ("SPAN", (4, 0), (3 + len(columns), 0)),
        ("BACKGROUND", (0, 1), (-1, 1), ctx.colors.header_bg),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ]
    for col in (0, 1, 2, 3, last - 1, last):
        style.append(("SPAN", (col, 0), (col, 1)))
    for kind, title in ((RhkKind.UTAMA, "A. KINERJA UTAMA"), (RhkKind.TAMBAHAN, "B. KINERJA TAMBAHAN")):
        items = [r for r in ev.rhk if r.rhk.kind is kind]
        n = len(rows)
        rows.append([ctx.p(f"<b>{title}</b>")] + [""] * last)
        style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), ctx.colors.zebra_bg)]
        if not items:
            rows.append([ctx.p("\u2013", s.cell_c), ctx.p("Tidak ada")] + [""] * (last - 1))
            continue
        for item in items:
            rhk, unit = item.rhk, esc(item.rhk.unit)
            target = f"{number_id(rhk.target)} {unit}"
            extra = [t for t in (rhk.quality, rhk.time) if t]
            target_cell = [ctx.p(target, s.cell_r)] + [ctx.p(esc(t), s.cell_small) for t in extra]
            rows.append(
                [ctx.p(str(item.number), s.cell_c), ctx.p(esc(rhk.name)), ctx.p(esc(rhk.indicator)),
                 target_cell]
                + [ctx.p(number_id(q.realized), s.cell_r) for q in item.quarters]
                + [ctx.p(f"{number_id(item.whole.realized)} {unit}<br/>({percent_id(item.percent)})", s.cell_r),
                   _feedback_cell(ctx, item)]
            )
    table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=0)
    table.setStyle(ctx.grid_style(style))
    note = ("Realisasi: jumlah keluaran kegiatan yang ditautkan ke RHK, per triwulan, sama dengan "
            "angka di Kemajuan dan ringkasan bulanan. " + PROGRESS_DISCLAIMER)
    return [ctx.p("HASIL KERJA", s.section), table, Spacer(1, 3), ctx.p(esc(note), s.note)]


def _feedback_cell(ctx, item) -> list:  # noqa: ANN001 - a RhkEvaluation
    """The feedback the RHK received, one short paragraph per month (newest last)."""
    from absensi_app.reports.pdf.text import esc

    out = []
    for received in item.feedback:
        head = f"<b>{esc(received.month_label)}</b>"
        if received.item.assessment:
            head += f" \u00b7 {esc(received.item.assessment_label)}"
        text = received.item.feedback
        if len(text) > FEEDBACK_CLIP:
            text = text[: FEEDBACK_CLIP - 1].rstrip() + "\u2026"
        out.append(ctx.p(head + (f": {esc(text)}" if text else ""), ctx.styles.cell_small))
    return out or [ctx.p("\u2013", ctx.styles.cell_c)]


def _decisions(ctx, ev) -> list:  # noqa: ANN001
    from reportlab.platypus import CondPageBreak, Table

    from absensi_app.reports.pdf.layout import FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s = ctx.styles
    story: list = [CondPageBreak(80), ctx.p("KEPUTUSAN PEJABAT PENILAI KINERJA YANG DITERIMA", s.section)]
    rows: list[list] = [[ctx.p(h, s.head) for h in ("Bulan", "Status", "Revisi", "Diterima", "Predikat", "Catatan")]]
    for m in ev.months:
        rows.append([
            ctx.p(esc(m.month_label)), ctx.p(esc(m.label)),
            ctx.p(str(m.revision) if m.revision else "\u2013", s.cell_c),
            ctx.p(f"{m.decided_at:%d-%m-%Y}" if m.decided_at else "\u2013"),
            ctx.p(esc(m.predikat) if m.predikat else "\u2013"),
            ctx.p(esc(m.note)),
        ])
    table = Table(rows, colWidths=[74, 146, 32, 62, 84, FRAME_WIDTH - 398], repeatRows=1)
    table.setStyle(ctx.grid_style())
    story.append(table)
    if not any(m.decided_at for m in ev.months):
        story.append(ctx.p(esc(NO_DECISIONS), s.note))
    return story


def _ratings_and_signatures(ctx, ev) -> list:  # noqa: ANN001
    """The ratings and the predikat (to fill in), then the signature blocks, on one page."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, Table

    from absensi_app.reports.pdf import sections
    from absensi_app.reports.pdf.layout import BLANK, FRAME_WIDTH
    from absensi_app.reports.pdf.text import esc

    s = ctx.styles
    approved = f"{ev.approved} dari {len(ev.months)} bulan disetujui"
    lines = [
        ("Rating Hasil Kerja", f"{BLANK} (Di Atas / Sesuai / Di Bawah Ekspektasi)"),
        ("Rating Perilaku Kerja", f"{BLANK} (Di Atas / Sesuai / Di Bawah Ekspektasi)"),
        ("Predikat Kinerja Pegawai", f"{BLANK} (Sangat Baik / Baik / Butuh Perbaikan / Kurang / Sangat Kurang)"),
        ("Ringkasan bulanan", approved),
    ]
    table = Table([[ctx.p(a, s.body), ctx.p(esc(b), s.body)] for a, b in lines],
                  colWidths=[140, FRAME_WIDTH - 140])
    table.setStyle(ctx.grid_style([("BACKGROUND", (0, 0), (0, -1), ctx.colors.zebra_bg),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.white)]))
    signs = sections.signature_table(ctx, ev.exported_at.date(), "&nbsp;", "Pegawai yang Dinilai,")
    return [KeepTogether([
        ctx.p("RATING DAN PREDIKAT KINERJA", s.section), table, Spacer(1, 3),
        ctx.p(esc(RATINGS_OF_PERIOD), s.note), Spacer(1, 16), signs,
    ])]


def _document(ctx, ev, buffer: io.BytesIO) -> Any:  # noqa: ANN001
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from absensi_app.reports.pdf.fonts import FONT
    from absensi_app.reports.pdf.layout import BOTTOM_MARGIN, FRAME_WIDTH, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN

    p = ev.profile
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=ev.title, author=p.name,
        subject=f"Dokumen evaluasi kinerja {p.name} ({ctx.nip_label} {ctx.employee_nip}), "
                f"{p.unit}, {p.agency}, tahun {ev.year}",
        creator="Absensi", keywords=["dokumen evaluasi kinerja", "ASN", str(ev.year)],
        lang="id-ID", invariant=1, initialFontName=FONT,
    )
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, A4[1] - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
