"""Putting the page together: the story of sections, the running header and footer drawn on
every page once the count is known, the A4 document with its metadata, and the result."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

from absensi_app.domain.report import MonthReport
from absensi_app.reports.pdf import evidence, sections
from absensi_app.reports.pdf.canvas import SignatureBox, reportlab_classes
from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.fonts import FONT, FONT_BOLD, missing_glyphs
from absensi_app.reports.pdf.layout import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP_MARGIN,
)


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    employee_box: SignatureBox  # "Pegawai yang melaporkan" (right)
    supervisor_box: SignatureBox  # "Pejabat Penilai Kinerja" (left), for the countersignature
    missing: str = ""  # characters of the report the embedded font has no glyph for (e.g. emoji)


def render_month_pdf(report: MonthReport, compact: bool = False, language: str = "id") -> RenderedPdf:
    """Render the month as PDF bytes, with the exact signature boxes and the page count.
    ``compact``: A. as the compact table (a day's entries under one date row); ``language``:
    the fixed texts' language, "id" (Indonesian) or "en" (English: ``labels``)."""
    ctx = PdfContext.for_report(report, compact=compact, language=language)
    story = build_story(ctx)
    running = running_header_text(ctx)
    ctx.drawn.append(running)
    result: dict[str, Any] = {}
    canvas_class = type(
        "MonthCanvas",
        (reportlab_classes().CountingCanvas,),
        {
            "decorate": staticmethod(functools.partial(decorate_page, ctx, running)),
            "moment": report.exported_at,
            "sink": result,
        },
    )
    buffer = io.BytesIO()
    document(ctx, buffer).build(story, canvasmaker=canvas_class)
    return RenderedPdf(
        data=buffer.getvalue(),
        pages=int(result["pages"]),
        employee_box=ctx.boxes["employee"],
        supervisor_box=ctx.boxes["supervisor"],
        missing=missing_glyphs(ctx.drawn),
    )


def build_story(ctx: PdfContext) -> list:
    """The body's flowables in page order. D. and the signatures stay on one page: a page
    holding nothing but signatures could be swapped for another."""
    from reportlab.platypus import KeepTogether

    return [
        *sections.letterhead(ctx),
        *sections.identity(ctx),
        *sections.entries(ctx),
        *evidence.evidence_list(ctx),
        *sections.statuses(ctx),
        *sections.totals(ctx),
        KeepTogether([*sections.rhk_progress(ctx), *sections.signatures(ctx)]),
    ]


def running_header_text(ctx: PdfContext) -> str:
    """The line over every page after the first: title, name and NIP (or the revision)."""
    report, profile = ctx.report, ctx.profile
    if report.revision > 1:
        return f"{ctx.title} ({ctx.w('revision', n=report.revision)}) \u2014 {profile.name}"
    return f"{ctx.title} \u2014 {profile.name}, {ctx.nip_label} {ctx.employee_nip}"


def decorate_page(ctx: PdfContext, running: str, canv: Any, page: int, pages: int) -> None:
    """Running header (from page 2), footer rule, 'Dibuat dengan Absensi ...',
    'Halaman N dari M' and, on an unsigned copy, the notice under the footer (in the
    report's language)."""
    from reportlab.lib.pagesizes import A4

    page_w, page_h = A4
    colors, report, w = ctx.colors, ctx.report, ctx.w
    canv.saveState()
    if page > 1:
        canv.setFont(FONT, 7)
        canv.setFillColor(colors.muted)
        canv.drawString(LEFT_MARGIN, page_h - TOP_MARGIN + 13, running)
        canv.setStrokeColor(colors.grid)
        canv.setLineWidth(0.4)
        canv.line(
            LEFT_MARGIN, page_h - TOP_MARGIN + 9, page_w - RIGHT_MARGIN, page_h - TOP_MARGIN + 9
        )
    base = BOTTOM_MARGIN - 22
    canv.setStrokeColor(colors.grid)
    canv.setLineWidth(0.4)
    canv.line(LEFT_MARGIN, base + 10, page_w - RIGHT_MARGIN, base + 10)
    canv.setFont(FONT, 7)
    canv.setFillColor(colors.muted)
    made = w("made_with", version=report.app_version, moment=w.datetime(report.exported_at))
    canv.drawString(LEFT_MARGIN, base, made)
    canv.setFont(FONT_BOLD, 7.5)
    canv.setFillColor(colors.ink)
    canv.drawRightString(page_w - RIGHT_MARGIN, base, w("page_of", page=page, pages=pages))
    if not report.signed:
        canv.setFont(FONT_BOLD, 7)
        canv.setFillColor(colors.alert)
        canv.drawCentredString(page_w / 2, base - 11, w("unsigned"))
    canv.restoreState()


def document(ctx: PdfContext, buffer: io.BytesIO) -> Any:
    """The A4 document with one body frame and the PDF's metadata (title, author, subject,
    keywords, language); ``invariant`` keeps the same report giving the same bytes.

    The title stays the Indonesian ``MonthReport.title`` in every report language: it names
    the month that ``services.verification`` reads back from a signed file (and earlier
    versions of the app read). The language is the catalog's /Lang ("id-ID", "en-GB"), which
    the supervisor's stamp follows (``services.stamp.document_language``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    report, profile, w = ctx.report, ctx.profile, ctx.w
    name_nip = f"{profile.name} ({ctx.nip_label} {ctx.employee_nip})"
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=report.title + (f" (Revisi {report.revision})" if report.revision > 1 else ""),
        author=profile.name,
        subject=w("subject", who=name_nip, unit=profile.unit, agency=profile.agency),
        creator="Absensi",
        keywords=[w("keyword"), "ASN", report.month_key],
        lang=w.pdf_lang,
        invariant=1,
        initialFontName=FONT,
    )
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        FRAME_WIDTH,
        A4[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
