"""What every section of the PDF shares: the report, its paragraph styles and colours, and
the record of every text put on the page (to find the characters the font lacks).

Built once per render by :meth:`PdfContext.for_report`; reportlab is imported there, not at
module import. ``PdfContext.w`` is the report language's wording (``labels.Wording``): every
fixed text, name, date and number of a section comes from it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from absensi_app.domain.model import Profile
from absensi_app.domain.report import MonthReport
from absensi_app.reports.pdf import layout
from absensi_app.reports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from absensi_app.reports.pdf.labels import DEFAULT_LANGUAGE, Wording
from absensi_app.reports.pdf.text import nip_id


def rhk_numbers(report: MonthReport) -> dict[int, int]:
    """RHK id -> the number shown in the entries table: the order of the progress table,
    then any other RHK the entries link to (by id)."""
    order = [p.rhk.id for p in report.rhk if p.rhk.id is not None]
    order += sorted(i for i in report.rhk_names if i not in order)
    return {rhk_id: n for n, rhk_id in enumerate(order, start=1)}


@dataclass(frozen=True)
class Palette:
    """reportlab colours of :mod:`layout`'s hex values."""

    ink: Any
    muted: Any
    grid: Any
    header_bg: Any
    zebra_bg: Any
    alert: Any
    alert_bg: Any

    @classmethod
    def build(cls) -> Palette:
        from reportlab.lib.colors import HexColor

        return cls(
            ink=HexColor(layout.INK),
            muted=HexColor(layout.MUTED),
            grid=HexColor(layout.GRID),
            header_bg=HexColor(layout.HEADER_BG),
            zebra_bg=HexColor(layout.ZEBRA_BG),
            alert=HexColor(layout.ALERT),
            alert_bg=HexColor(layout.ALERT_BG),
        )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles, one per kind of text on the page."""

    government: Any  # letterhead (kop surat): "PEMERINTAH KABUPATEN ..."
    agency: Any  # letterhead: the agency
    unit: Any  # letterhead: the unit
    address: Any  # letterhead: the office's address line
    title: Any
    revision: Any
    section: Any  # "A. Rincian Kegiatan Harian", ...
    body: Any
    note: Any  # small italic notes under a table
    cell: Any  # table cells: left, centred, right aligned, small grey
    cell_c: Any
    cell_r: Any
    cell_small: Any
    head: Any  # table header cells
    ident: Any  # the identity block
    banner: Any  # the unsigned-copy banner
    sign: Any  # signature blocks
    sign_name: Any

    @classmethod
    def build(cls, colors: Palette) -> Styles:
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {}
            if "parent" not in kw:
                base = {"fontName": FONT, "fontSize": 9, "leading": 12, "textColor": colors.ink}
            base.update(kw)
            return ParagraphStyle(name, **base)

        cell = style("cell", fontSize=7.5, leading=9.4)
        sign = style("sign", alignment=TA_CENTER, fontSize=9, leading=12)
        return cls(
            government=style(
                "government", fontName=FONT_BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER
            ),
            agency=style(
                "agency", fontName=FONT_BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER
            ),
            unit=style("unit", fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER),
            address=style("address", fontSize=8, leading=10, alignment=TA_CENTER),
            title=style("title", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
            revision=style("revision", fontSize=9.5, leading=12, alignment=TA_CENTER),
            section=style(
                "section",
                fontName=FONT_BOLD,
                fontSize=9.5,
                leading=12,
                spaceBefore=10,
                spaceAfter=4,
            ),
            body=style("body"),
            note=style(
                "note", fontName=FONT_ITALIC, fontSize=7.5, leading=9.5, textColor=colors.muted
            ),
            cell=cell,
            cell_c=style("cell_c", parent=cell, alignment=TA_CENTER),
            cell_r=style("cell_r", parent=cell, alignment=TA_RIGHT),
            cell_small=style("cell_small", fontSize=6.5, leading=8, textColor=colors.muted),
            head=style(
                "head", fontName=FONT_BOLD, fontSize=7.5, leading=9.4, alignment=TA_CENTER
            ),
            ident=style("ident", fontSize=9, leading=11.5),
            banner=style(
                "banner",
                fontName=FONT_BOLD,
                fontSize=9,
                leading=11.5,
                alignment=TA_CENTER,
                textColor=colors.alert,
            ),
            sign=sign,
            sign_name=style("sign_name", parent=sign, fontName=FONT_BOLD),
        )


@dataclass
class PdfContext:
    """One render: the report, how its text looks, and what the drawing has recorded."""

    report: MonthReport
    styles: Styles
    colors: Palette
    drawn: list[str] = field(default_factory=list)  # every text put on the page
    boxes: dict[str, Any] = field(default_factory=dict)  # SignatureBox by "employee"/"supervisor"
    compact: bool = False  # A. as the compact table: a day's entries under one date row
    w: Wording = field(default_factory=Wording)  # the report language's texts and forms
    heading_text: str = ""  # page 1's title when it is not the month's (the evaluation's)

    @classmethod
    def for_report(cls, report: MonthReport, compact: bool = False,
                   language: str = DEFAULT_LANGUAGE, heading: str = "") -> PdfContext:
        """``report`` is a MonthReport, or anything with the attributes the letterhead reads
        (the evaluation, with its own ``heading``)."""
        register_fonts()
        colors = Palette.build()
        return cls(report, Styles.build(colors), colors, compact=compact, w=Wording(language),
                   heading_text=heading)

    @property
    def heading(self) -> str:
        """Page 1's title: 'LAPORAN KINERJA BULANAN — NOVEMBER 2026'."""
        if self.heading_text:
            return self.heading_text
        report = self.report
        return self.w("heading", month=self.w.month(report.month).upper(), year=report.year)

    @property
    def title(self) -> str:
        """The month report's title in the running header: 'Laporan Kinerja Bulanan, November
        2026' (the PDF's metadata keeps the Indonesian ``MonthReport.title`` in every language:
        ``services.verification`` reads the month back from it)."""
        report = self.report
        return self.w("title", month=self.w.month(report.month), year=report.year)

    @property
    def profile(self) -> Profile:
        return self.report.profile

    @property
    def today(self) -> date:
        return self.report.exported_at.date()

    @property
    def pppk(self) -> bool:
        return self.profile.asn_kind == "pppk"

    @property
    def nip_label(self) -> str:
        return "NI PPPK" if self.pppk else "NIP"

    @functools.cached_property
    def employee_nip(self) -> str:
        return nip_id(self.profile.nip, self.today)

    @functools.cached_property
    def supervisor_name(self) -> str:
        return self.profile.supervisor_name.strip() or layout.BLANK

    @functools.cached_property
    def supervisor_nip(self) -> str:
        nip = self.profile.supervisor_nip
        return nip_id(nip, self.today) if nip.strip() else ""

    @functools.cached_property
    def rhk_numbers(self) -> dict[int, int]:
        return rhk_numbers(self.report)

    def p(self, text: str, style: Any = None) -> Any:
        """A paragraph of ``text`` (markup; cell style unless told), recorded as drawn."""
        from reportlab.platypus import Paragraph

        self.drawn.append(text)
        return Paragraph(text, self.styles.cell if style is None else style)

    def grid_style(self, extra: list | None = None) -> Any:
        """The TableStyle of the ruled tables: a grid, a shaded header row, small padding."""
        from reportlab.platypus import TableStyle

        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, self.colors.grid),
            ("BACKGROUND", (0, 0), (-1, 0), self.colors.header_bg),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        return TableStyle(commands + (extra or []))
