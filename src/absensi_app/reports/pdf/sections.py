"""The sections of the PDF's body, top to bottom; each returns its flowables.

The letterhead (kop surat) and the identity block open page 1; then A. the entries (the
compact table of A.: ``compact``), B. the day
statuses, C. the hour totals; D. the SKP progress and the signature blocks close the report
(kept together by render.build_story).
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from absensi_app.domain.model import Entry, Location
from absensi_app.domain.skp import RhkKind, RhkProgress
from absensi_app.reports.pdf.canvas import reportlab_classes
from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.fonts import FONT
from absensi_app.reports.pdf.layout import (
    BLANK,
    ENTRY_COLUMN_WIDTHS,
    ENTRY_KEYS,
    FRAME_WIDTH,
    LOGO_HEIGHT,
    LOGO_WIDTH,
    RHK_KEYS,
    SIGNATURE_HEIGHT,
    SIGNATURE_WIDTH,
    STATUS_KEYS,
    headers,
)
from absensi_app.reports.pdf.text import entry_time_text, esc


# ---- page 1: letterhead, title, identity ------------------------------------------------------
def letterhead(ctx: PdfContext) -> list:
    """The kop surat (government line, agency, unit, address; the logo at the left) over a
    double rule, the title, the revision, the unsigned banner."""
    from reportlab.platypus import Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    s, ink = ctx.styles, ctx.colors.ink
    report = ctx.report
    kop = _kop_lines(ctx)
    logo = _logo(ctx)
    if logo is None:
        story: list = kop
    else:  # the text stays centred on the page: an empty column as wide as the logo's
        side = LOGO_WIDTH + 6
        story = [Table([[logo, kop, ""]], colWidths=[side, FRAME_WIDTH - 2 * side, side])]
        story[0].setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 0), (0, 0), "LEFT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    story.append(Spacer(1, 4))
    story.append(HRFlowable(width="100%", thickness=1.6, color=ink, spaceBefore=0, spaceAfter=1.2))
    story.append(HRFlowable(width="100%", thickness=0.5, color=ink, spaceBefore=0, spaceAfter=10))
    story.append(ctx.p(esc(ctx.heading), s.title))
    if report.revision > 1:
        story.append(ctx.p(ctx.w("revision", n=report.revision), s.revision))
    story.append(Spacer(1, 8))
    if not report.signed:
        story += [_unsigned_banner(ctx), Spacer(1, 8)]
    return story


def _kop_lines(ctx: PdfContext) -> list:
    """The kop's text, top to bottom: government, agency, unit (in capitals), address."""
    s, profile = ctx.styles, ctx.profile
    lines = [
        (profile.government.upper(), s.government),
        (profile.agency.upper(), s.agency),
        (profile.unit.upper(), s.unit),
        (profile.address, s.address),
    ]
    return [ctx.p(esc(text), style) for text, style in lines if text.strip()]


def _logo(ctx: PdfContext) -> Any:
    """The logo as an image flowable at most LOGO_WIDTH x LOGO_HEIGHT, or None without one
    (also when the stored bytes do not decode: the report is then drawn without it)."""
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    data = ctx.profile.logo
    if not data:
        return None
    try:  # the whole picture must decode, not only its header (a truncated file would fail
        # only when drawn, and take the whole report with it)
        reader = ImageReader(io.BytesIO(data))
        reader.getRGBData()
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - whatever the image library says, the report goes on
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


def _unsigned_banner(ctx: PdfContext) -> Any:
    from reportlab.platypus import Table, TableStyle

    banner = Table([[ctx.p(esc(ctx.w("unsigned")), ctx.styles.banner)]], colWidths=[FRAME_WIDTH])
    banner.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 1.2, ctx.colors.alert),
                ("BACKGROUND", (0, 0), (-1, -1), ctx.colors.alert_bg),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return banner


def identity(ctx: PdfContext) -> list:
    """'Nama : ...' lines: the employee, the supervisor and the period."""
    from reportlab.platypus import Table, TableStyle

    profile, report, s, w = ctx.profile, ctx.report, ctx.styles, ctx.w
    supervisor = esc(ctx.supervisor_name)
    if ctx.supervisor_nip:
        supervisor += f"<br/>NIP {esc(ctx.supervisor_nip)}"
    rows = [
        (w("name"), esc(profile.name)),
        (ctx.nip_label, esc(ctx.employee_nip)),
        (w("rank_pppk") if ctx.pppk else w("rank"), esc(profile.rank)),
        (w("position"), esc(profile.position)),
        (w("unit"), esc(profile.unit)),
        (w("agency"), esc(profile.agency)),
        (w("supervisor"), supervisor),
        (w("period"), f"{w.month(report.month)} {report.year}"),
    ]
    cells = [
        [ctx.p(label, s.ident), ctx.p(":", s.ident), ctx.p(value, s.ident)] for label, value in rows
    ]
    label_width = 150 if w.english else 120  # "Pejabat Penilai Kinerja (appraising official)"
    table = Table(cells, colWidths=[label_width, 8, FRAME_WIDTH - label_width - 8])
    table.setStyle(
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
    return [table]


# ---- A. entries -------------------------------------------------------------------------------
def entries(ctx: PdfContext) -> list:
    """A. one row per entry (rows of a day share a shade, alternating day by day), then the
    note on the RHK column."""
    from reportlab.platypus import Table

    s, report = ctx.styles, ctx.report
    heading = ctx.p(ctx.w("section_a"), s.section)
    if ctx.compact and report.entries:
        from absensi_app.reports.pdf.compact import compact_entries

        return [heading, compact_entries(ctx), *_rhk_column_notes(ctx)]
    rows: list[list] = [[ctx.p(h, s.head) for h in headers(ctx.w, ENTRY_KEYS)]]
    extra_style: list = []
    shade = False
    previous_day: date | None = None
    for n, entry in enumerate(report.entries, start=1):
        if entry.day != previous_day:
            shade = not shade if previous_day is not None else False
            previous_day = entry.day
        if shade:
            extra_style.append(("BACKGROUND", (0, n), (-1, n), ctx.colors.zebra_bg))
        rows.append(_entry_row(ctx, n, entry))
    if not report.entries:
        rows.append([ctx.p(ctx.w("no_entries")), "", "", "", "", "", ""])
        extra_style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=list(ENTRY_COLUMN_WIDTHS), repeatRows=1, splitInRow=0)
    table.setStyle(ctx.grid_style(extra_style))
    return [heading, table, *_rhk_column_notes(ctx)]


def _entry_row(ctx: PdfContext, n: int, entry: Entry, with_date: bool = True) -> list:
    """The cells of entry ``n``'s row (ENTRY_HEADERS; without ``with_date``, COMPACT_HEADERS)."""
    s, report, w = ctx.styles, ctx.report, ctx.w
    description = [ctx.p(esc(entry.description))]
    evidence = entry.evidence
    if evidence.link:
        description.append(ctx.p(w("evidence_link", link=esc(evidence.link)), s.cell_small))
    elif evidence.file_name:
        name = os.path.basename(evidence.file_name)
        description.append(ctx.p(w("evidence_file", name=esc(name)), s.cell_small))
    rhk = ""
    if entry.rhk_id is not None:
        rhk = str(ctx.rhk_numbers.get(entry.rhk_id, "")) or esc(
            report.rhk_names.get(entry.rhk_id, "")
        )
    day = [ctx.p(f"{w.weekday(entry.day)},<br/>{w.date(entry.day)}")] if with_date else []
    return [
        ctx.p(str(n), s.cell_c),
        *day,
        ctx.p(esc(entry_time_text(entry)), s.cell_c),
        ctx.p(esc(w.location(entry.location))),
        description,
        ctx.p(esc(entry.output_text)),
        ctx.p(rhk, s.cell_c),
    ]


def _rhk_column_notes(ctx: PdfContext) -> list:
    """What the RHK column's numbers mean, and the RHK linked from outside this month's plan."""
    from reportlab.platypus import Spacer

    report, numbers, note = ctx.report, ctx.rhk_numbers, ctx.styles.note
    if not any(e.rhk_id is not None for e in report.entries):
        return []
    story: list = [
        Spacer(1, 3),
        ctx.p(ctx.w("rhk_note"), note),
    ]
    extra = [i for i in numbers if i not in {r.rhk.id for r in report.rhk}]
    if extra:
        legend = "; ".join(f"{numbers[i]} = {esc(report.rhk_names.get(i, ''))}" for i in extra)
        story.append(ctx.p(ctx.w("rhk_outside", legend=legend), note))
    return story


# ---- B. day statuses --------------------------------------------------------------------------
def statuses(ctx: PdfContext) -> list:
    """B. the days with a status (leave, sick, duty travel, ...), or a line saying none."""
    from reportlab.platypus import CondPageBreak, Table

    s, w = ctx.styles, ctx.w
    story: list = [CondPageBreak(60), ctx.p(w("section_b"), s.section)]
    if not ctx.report.statuses:
        return [*story, ctx.p(w("no_status"), s.body)]
    rows: list[list] = [[ctx.p(h, s.head) for h in headers(w, STATUS_KEYS)]]
    for n, record in enumerate(ctx.report.statuses, start=1):
        rows.append(
            [
                ctx.p(str(n), s.cell_c),
                ctx.p(esc(w.day(record.day))),
                ctx.p(esc(w.status(record))),
                ctx.p(esc(record.note)),
            ]
        )
    day = 134 if w.english else 118  # "Wednesday, 18 November 2026" on one line
    table = Table(rows, colWidths=[22, day, 120, FRAME_WIDTH - 142 - day], repeatRows=1)
    table.setStyle(ctx.grid_style())
    return [*story, table]


# ---- C. totals --------------------------------------------------------------------------------
def totals(ctx: PdfContext) -> list:
    """C. hours logged against hours due, the running balance, days, locations, holidays."""
    from reportlab.platypus import CondPageBreak, Table, TableStyle

    s = ctx.styles
    story: list = [CondPageBreak(90), ctx.p(ctx.w("section_c"), s.section)]
    table = Table(
        [[ctx.p(label, s.body), ctx.p(value, s.body)] for label, value in _total_rows(ctx)],
        colWidths=[140, FRAME_WIDTH - 140],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, ctx.colors.grid),
                ("BACKGROUND", (0, 0), (0, -1), ctx.colors.zebra_bg),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return [*story, table]


def _total_rows(ctx: PdfContext) -> list[tuple[str, str]]:
    """(label, markup) of each line of the totals table."""
    report, w = ctx.report, ctx.w
    sums = report.totals
    until = min(ctx.today, sums.last)
    by_location = []
    for loc in Location:
        item = sums.by_location.get(loc)
        if item is not None and (item.days or item.minutes):
            by_location.append(w.plural("location_value", item.days, location=esc(w.location(loc)),
                                        days=item.days, minutes=esc(w.minutes(item.minutes))))
    missing = "; ".join(esc(w.day(d)) for d in sums.missing_days) or w("none")
    holidays = "; ".join(
        f"{esc(w.date(d))} ({esc(name)})" for d, name in sorted(report.holidays.items())
    )
    return [
        (w("hours_logged"), w("hours_logged_value", total=esc(w.minutes(sums.total_minutes)),
                              expected=esc(w.minutes(sums.expected_minutes)))),
        (w("balance"), w("balance_value", balance=esc(w.signed_minutes(sums.balance_minutes)),
                         until=esc(w.date(until)), due=esc(w.minutes(sums.expected_to_date_minutes)))),
        (w("working_days"), w("working_days_value", working=sums.working_days, logged=sums.logged_days)),
        (w("by_location"), "<br/>".join(by_location) or w("none")),
        (w("missing_days"), missing),
        (w("holidays"), holidays or w("none")),
    ]


# ---- D. SKP progress and the signatures -------------------------------------------------------
def rhk_progress(ctx: PdfContext) -> list:
    """D. one row per RHK of the plan: month target and realisation, the year, the pace."""
    from reportlab.platypus import Spacer, Table

    s, w = ctx.styles, ctx.w
    story: list = [ctx.p(w("section_d"), s.section)]
    if not ctx.report.rhk:
        return [*story, ctx.p(w("no_plan"), s.body)]
    rows: list[list] = [[ctx.p(h, s.head) for h in headers(w, RHK_KEYS)]]
    rows += [_rhk_row(ctx, progress) for progress in ctx.report.rhk]
    widths = [22, 48, 0, 54, 54, 36, 70, 64]  # every pace label ("Target tercapai") on one line
    widths[2] = FRAME_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(ctx.grid_style())
    return [*story, table, Spacer(1, 3), ctx.p(esc(w("disclaimer")), s.note)]


def _rhk_row(ctx: PdfContext, progress: RhkProgress) -> list:
    s, w = ctx.styles, ctx.w
    rhk = progress.rhk
    unit = esc(rhk.unit)
    name = [ctx.p(esc(rhk.name))]
    if rhk.indicator:
        name.append(ctx.p(w("indicator", text=esc(rhk.indicator)), s.cell_small))
    year = (
        w("of", realized=w.number(progress.year.realized), target=w.number(progress.year.target))
        + f"<br/>({w.percent(progress.year.percent)})"
    )
    return [
        ctx.p(str(ctx.rhk_numbers.get(rhk.id, "")), s.cell_c),
        ctx.p(w("kind_utama") if rhk.kind is RhkKind.UTAMA else w("kind_tambahan")),
        name,
        ctx.p(f"{w.number(progress.month.target)} {unit}", s.cell_r),
        ctx.p(f"{w.number(progress.month.realized)} {unit}", s.cell_r),
        ctx.p(w.percent(progress.month.percent), s.cell_r),
        ctx.p(year, s.cell_r),
        ctx.p(esc(w(f"pace_{progress.pace.value}"))),
    ]


def signatures(ctx: PdfContext) -> list:
    """The two signature blocks: Pejabat Penilai Kinerja on the left, the employee on the
    right, each with an empty SignatureSpace whose drawn rectangle lands in ``ctx.boxes``."""
    from reportlab.platypus import Spacer

    w = ctx.w
    return [Spacer(1, 18), signature_table(ctx, ctx.today, w("acknowledged"), w("reporting_employee"))]


def signature_table(ctx: PdfContext, day: date, supervisor_heading: str, employee_role: str) -> Any:
    """The supervisor's block (under ``supervisor_heading``) beside the employee's (under the
    place and ``day`` and ``employee_role``), for the monthly summary and the evaluation."""
    from reportlab.platypus import Spacer, Table, TableStyle

    s, profile = ctx.styles, ctx.profile
    space = reportlab_classes().SignatureSpace
    left = [
        ctx.p(supervisor_heading, s.sign),
        ctx.p(ctx.w("supervisor_sign"), s.sign),
        Spacer(1, 4),
        space(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, "supervisor", ctx.boxes),
        Spacer(1, 4),
        ctx.p(f"<u>{esc(ctx.supervisor_name)}</u>", s.sign_name),
        ctx.p(f"NIP {esc(ctx.supervisor_nip or BLANK)}", s.sign),
    ]
    place = profile.place.strip()
    right = [
        # "Sleman, 30 November 2026": the office's town and the day the document is made
        ctx.p(esc(f"{place}, {ctx.w.date(day)}" if place else ctx.w.date(day)), s.sign),
        ctx.p(employee_role, s.sign),
        Spacer(1, 4),
        space(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, "employee", ctx.boxes),
        Spacer(1, 4),
        ctx.p(f"<u>{esc(profile.name)}</u>", s.sign_name),
        ctx.p(f"{ctx.nip_label} {esc(ctx.employee_nip)}", s.sign),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    table.setStyle(
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
    return table
