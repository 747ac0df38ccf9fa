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

from absensi_app.domain.model import MONTH_NAMES, WEEKDAY_NAMES, Entry, Location, format_minutes
from absensi_app.domain.skp import PROGRESS_DISCLAIMER, RhkKind, RhkProgress
from absensi_app.reports.pdf.canvas import reportlab_classes
from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.fonts import FONT
from absensi_app.reports.pdf.layout import (
    BLANK,
    ENTRY_COLUMN_WIDTHS,
    ENTRY_HEADERS,
    FRAME_WIDTH,
    LOGO_HEIGHT,
    LOGO_WIDTH,
    NO_ENTRIES_TEXT,
    NO_PLAN_TEXT,
    NO_STATUS_TEXT,
    RHK_HEADERS,
    SIGNATURE_HEIGHT,
    SIGNATURE_WIDTH,
    STATUS_HEADERS,
    UNSIGNED_NOTICE,
)
from absensi_app.reports.pdf.text import (
    date_id,
    day_id,
    entry_time_text,
    esc,
    number_id,
    percent_id,
    signed_minutes,
)


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
    story.append(ctx.p(esc(report.heading), s.title))
    if report.revision > 1:
        story.append(ctx.p(f"Revisi {report.revision}", s.revision))
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

    banner = Table([[ctx.p(esc(UNSIGNED_NOTICE), ctx.styles.banner)]], colWidths=[FRAME_WIDTH])
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

    profile, report, s = ctx.profile, ctx.report, ctx.styles
    supervisor = esc(ctx.supervisor_name)
    if ctx.supervisor_nip:
        supervisor += f"<br/>NIP {esc(ctx.supervisor_nip)}"
    rows = [
        ("Nama", esc(profile.name)),
        (ctx.nip_label, esc(ctx.employee_nip)),
        ("Golongan" if ctx.pppk else "Pangkat/Gol. Ruang", esc(profile.rank)),
        ("Jabatan", esc(profile.position)),
        ("Unit Kerja", esc(profile.unit)),
        ("Instansi", esc(profile.agency)),
        ("Pejabat Penilai Kinerja", supervisor),
        ("Periode", f"{MONTH_NAMES[report.month - 1]} {report.year}"),
    ]
    cells = [
        [ctx.p(label, s.ident), ctx.p(":", s.ident), ctx.p(value, s.ident)] for label, value in rows
    ]
    table = Table(cells, colWidths=[120, 8, FRAME_WIDTH - 128])
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
    heading = ctx.p("A. Rincian Kegiatan Harian", s.section)
    if ctx.compact and report.entries:
        from absensi_app.reports.pdf.compact import compact_entries

        return [heading, compact_entries(ctx), *_rhk_column_notes(ctx)]
    rows: list[list] = [[ctx.p(h, s.head) for h in ENTRY_HEADERS]]
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
        rows.append([ctx.p(NO_ENTRIES_TEXT), "", "", "", "", "", ""])
        extra_style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=list(ENTRY_COLUMN_WIDTHS), repeatRows=1, splitInRow=0)
    table.setStyle(ctx.grid_style(extra_style))
    return [heading, table, *_rhk_column_notes(ctx)]


def _entry_row(ctx: PdfContext, n: int, entry: Entry, with_date: bool = True) -> list:
    """The cells of entry ``n``'s row (ENTRY_HEADERS; without ``with_date``, COMPACT_HEADERS)."""
    s, report = ctx.styles, ctx.report
    description = [ctx.p(esc(entry.description))]
    evidence = entry.evidence
    if evidence.link:
        description.append(ctx.p("Bukti dukung: " + esc(evidence.link), s.cell_small))
    elif evidence.file_name:
        name = os.path.basename(evidence.file_name)
        description.append(ctx.p("Bukti dukung: berkas " + esc(name), s.cell_small))
    rhk = ""
    if entry.rhk_id is not None:
        rhk = str(ctx.rhk_numbers.get(entry.rhk_id, "")) or esc(
            report.rhk_names.get(entry.rhk_id, "")
        )
    day = [ctx.p(f"{WEEKDAY_NAMES[entry.day.weekday()]},<br/>{date_id(entry.day)}")] if with_date else []
    return [
        ctx.p(str(n), s.cell_c),
        *day,
        ctx.p(esc(entry_time_text(entry)), s.cell_c),
        ctx.p(esc(entry.location.label)),
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
        ctx.p(
            "Kolom RHK memuat nomor Rencana Hasil Kerja pada bagian D (Capaian Rencana Hasil "
            "Kerja).",
            note,
        ),
    ]
    extra = [i for i in numbers if i not in {r.rhk.id for r in report.rhk}]
    if extra:
        legend = "; ".join(f"{numbers[i]} = {esc(report.rhk_names.get(i, ''))}" for i in extra)
        story.append(ctx.p(f"RHK di luar rencana bulan ini: {legend}.", note))
    return story


# ---- B. day statuses --------------------------------------------------------------------------
def statuses(ctx: PdfContext) -> list:
    """B. the days with a status (leave, sick, duty travel, ...), or a line saying none."""
    from reportlab.platypus import CondPageBreak, Table

    s = ctx.styles
    story: list = [CondPageBreak(60), ctx.p("B. Status Hari", s.section)]
    if not ctx.report.statuses:
        return [*story, ctx.p(NO_STATUS_TEXT, s.body)]
    rows: list[list] = [[ctx.p(h, s.head) for h in STATUS_HEADERS]]
    for n, record in enumerate(ctx.report.statuses, start=1):
        rows.append(
            [
                ctx.p(str(n), s.cell_c),
                ctx.p(esc(day_id(record.day))),
                ctx.p(esc(record.label)),
                ctx.p(esc(record.note)),
            ]
        )
    table = Table(rows, colWidths=[22, 118, 120, FRAME_WIDTH - 260], repeatRows=1)
    table.setStyle(ctx.grid_style())
    return [*story, table]


# ---- C. totals --------------------------------------------------------------------------------
def totals(ctx: PdfContext) -> list:
    """C. hours logged against hours due, the running balance, days, locations, holidays."""
    from reportlab.platypus import CondPageBreak, Table, TableStyle

    s = ctx.styles
    story: list = [CondPageBreak(90), ctx.p("C. Rekapitulasi Jam Kerja", s.section)]
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
    report = ctx.report
    sums = report.totals
    until = min(ctx.today, sums.last)
    by_location = []
    for loc in Location:
        item = sums.by_location.get(loc)
        if item is not None and (item.days or item.minutes):
            minutes = esc(format_minutes(item.minutes))
            by_location.append(f"{esc(loc.label)}: {item.days} hari, {minutes}")
    missing = "; ".join(esc(day_id(d)) for d in sums.missing_days) or "tidak ada"
    holidays = "; ".join(
        f"{esc(date_id(d))} ({esc(name)})" for d, name in sorted(report.holidays.items())
    )
    return [
        (
            "Jam kerja tercatat",
            (
                f"<b>{esc(format_minutes(sums.total_minutes))}</b> dari "
                f"{esc(format_minutes(sums.expected_minutes))} jam kerja bulan ini"
            ),
        ),
        (
            "Saldo berjalan",
            (
                f"<b>{esc(signed_minutes(sums.balance_minutes))}</b> "
                f"(kewajiban sampai {esc(date_id(until))}: "
                f"{esc(format_minutes(sums.expected_to_date_minutes))})"
            ),
        ),
        (
            "Hari kerja",
            f"{sums.working_days} hari kerja; {sums.logged_days} hari dengan catatan kegiatan",
        ),
        ("Menurut lokasi", "<br/>".join(by_location) or "tidak ada"),
        ("Hari kerja tanpa catatan", missing),
        ("Hari libur", holidays or "tidak ada"),
    ]


# ---- D. SKP progress and the signatures -------------------------------------------------------
def rhk_progress(ctx: PdfContext) -> list:
    """D. one row per RHK of the plan: month target and realisation, the year, the pace."""
    from reportlab.platypus import Spacer, Table

    s = ctx.styles
    story: list = [ctx.p("D. Capaian Rencana Hasil Kerja (SKP)", s.section)]
    if not ctx.report.rhk:
        return [*story, ctx.p(NO_PLAN_TEXT, s.body)]
    rows: list[list] = [[ctx.p(h, s.head) for h in RHK_HEADERS]]
    rows += [_rhk_row(ctx, progress) for progress in ctx.report.rhk]
    widths = [22, 48, 0, 54, 54, 36, 70, 64]  # every pace label ("Target tercapai") on one line
    widths[2] = FRAME_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(ctx.grid_style())
    return [*story, table, Spacer(1, 3), ctx.p(esc(PROGRESS_DISCLAIMER), s.note)]


def _rhk_row(ctx: PdfContext, progress: RhkProgress) -> list:
    s = ctx.styles
    rhk = progress.rhk
    unit = esc(rhk.unit)
    name = [ctx.p(esc(rhk.name))]
    if rhk.indicator:
        name.append(ctx.p("Indikator: " + esc(rhk.indicator), s.cell_small))
    year = (
        f"{number_id(progress.year.realized)} dari {number_id(progress.year.target)}"
        f"<br/>({percent_id(progress.year.percent)})"
    )
    return [
        ctx.p(str(ctx.rhk_numbers.get(rhk.id, "")), s.cell_c),
        ctx.p("Utama" if rhk.kind is RhkKind.UTAMA else "Tambahan"),
        name,
        ctx.p(f"{number_id(progress.month.target)} {unit}", s.cell_r),
        ctx.p(f"{number_id(progress.month.realized)} {unit}", s.cell_r),
        ctx.p(percent_id(progress.month.percent), s.cell_r),
        ctx.p(year, s.cell_r),
        ctx.p(esc(progress.pace.label)),
    ]


def signatures(ctx: PdfContext) -> list:
    """The two signature blocks: Pejabat Penilai Kinerja on the left, the employee on the
    right, each with an empty SignatureSpace whose drawn rectangle lands in ``ctx.boxes``."""
    from reportlab.platypus import Spacer

    return [Spacer(1, 18), signature_table(ctx, ctx.today, "Mengetahui,", "Pegawai yang melaporkan,")]


def signature_table(ctx: PdfContext, day: date, supervisor_heading: str, employee_role: str) -> Any:
    """The supervisor's block (under ``supervisor_heading``) beside the employee's (under the
    place and ``day`` and ``employee_role``), for the monthly summary and the evaluation."""
    from reportlab.platypus import Spacer, Table, TableStyle

    s, profile = ctx.styles, ctx.profile
    space = reportlab_classes().SignatureSpace
    left = [
        ctx.p(supervisor_heading, s.sign),
        ctx.p("Pejabat Penilai Kinerja,", s.sign),
        Spacer(1, 4),
        space(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, "supervisor", ctx.boxes),
        Spacer(1, 4),
        ctx.p(f"<u>{esc(ctx.supervisor_name)}</u>", s.sign_name),
        ctx.p(f"NIP {esc(ctx.supervisor_nip or BLANK)}", s.sign),
    ]
    place = profile.place.strip()
    right = [
        # "Sleman, 30 November 2026": the office's town and the day the document is made
        ctx.p(esc(f"{place}, {date_id(day)}" if place else date_id(day)), s.sign),
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
