"""A. Rincian Kegiatan Harian as the compact table: a day's entries grouped under one date row.

Each day opens with a row across the table ("Senin, 2 November 2026 \u2014 10 kegiatan, 7 j
30 m"), and its entries follow without a date column, so the description gets the date's
width and a short entry takes one line instead of two. Rows are never split across pages; a
day row is never left alone at the foot of a page; a day carried over to a new page is
named again at its top ("... (lanjutan)"), under the repeated header row.

reportlab's own table split cannot add that row, so :func:`compact_entries` returns a
flowable that splits itself: it measures each row once with a reportlab ``Table`` and hands
the frame a flowable of the rows that fit and one of the rest; each draws as a ``Table``.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from datetime import date
from typing import Any

from absensi_app.reports.pdf.context import PdfContext
from absensi_app.reports.pdf.layout import COMPACT_COLUMN_WIDTHS, COMPACT_KEYS, headers
from absensi_app.reports.pdf.text import esc


@dataclass(frozen=True)
class Row:
    """One row of the compact table: a day's row (``entry`` is 0) or an entry's."""

    day: date
    cells: list
    entry: int = 0  # the entry's number ("No"), 0 for a day row
    continued: bool = False  # the "(lanjutan)" row of a day going on over a page

    @property
    def is_day(self) -> bool:
        return self.entry == 0

    @property
    def key(self) -> tuple:
        """Rows with the same key have the same cells, so the same height."""
        return (self.day, self.entry, self.continued)


def day_row(ctx: PdfContext, day: date, count: int, minutes: int, continued: bool = False) -> Row:
    w = ctx.w
    name = f"<b>{w.weekday(day)}, {esc(w.date(day))}</b>"
    if continued:
        text = f"{name} {w('continued')}"
    else:
        text = f"{name} \u2014 " + w.plural("day_group", count, count=count, minutes=esc(w.minutes(minutes)))
    return Row(day, [ctx.p(text), "", "", "", "", ""], continued=continued)


def compact_rows(ctx: PdfContext) -> list[Row]:
    """The day rows and entry rows of the month, in order."""
    from absensi_app.reports.pdf.sections import _entry_row

    rows: list[Row] = []
    numbered = enumerate(ctx.report.entries, start=1)
    for day, group in itertools.groupby(numbered, key=lambda item: item[1].day):
        members = list(group)
        rows.append(day_row(ctx, day, len(members), sum(e.minutes for _, e in members)))
        rows += [Row(day, _entry_row(ctx, n, e, with_date=False), n) for n, e in members]
    return rows


def compact_entries(ctx: PdfContext) -> Any:
    """The compact table of the month's entries (at least one) as one flowable."""
    header = [ctx.p(h, ctx.styles.head) for h in headers(ctx.w, COMPACT_KEYS)]
    continued = functools.partial(_continued, ctx)
    return _classes().DayGroupedTable(functools.partial(_table, ctx, header), compact_rows(ctx), continued)


def _continued(ctx: PdfContext, day: date) -> Row:
    return day_row(ctx, day, 0, 0, continued=True)


def _table(ctx: PdfContext, header: list, rows: list[Row]) -> Any:
    """The reportlab table of the header and ``rows``: day rows span the width, shaded."""
    from reportlab.platypus import Table

    extra: list = [  # a little less air than the ruled tables' 2.5 and 3 points
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
    ]
    for i, row in enumerate(rows, start=1):
        if row.is_day:
            extra += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), ctx.colors.zebra_bg),
                ("TOPPADDING", (0, i), (-1, i), 3),
            ]
    table = Table(
        [header, *(row.cells for row in rows)],
        colWidths=list(COMPACT_COLUMN_WIDTHS),
        repeatRows=1,
        splitInRow=0,
    )
    table.setStyle(ctx.grid_style(extra))
    return table


@functools.cache
def _classes() -> Any:
    """The flowable class, built on first use (reportlab is imported only then)."""
    from types import SimpleNamespace

    from reportlab.platypus import Flowable

    class DayGroupedTable(Flowable):
        """Rows under a header row, split between pages only between rows.

        Each row is measured once, alone under the header (its height does not depend on the
        other rows: the columns are fixed); the heights are shared with the flowables a split
        makes, so a month of many pages is not measured again for every page."""

        def __init__(self, build, rows: list[Row], continued, heights: dict | None = None) -> None:  # noqa: ANN001
            super().__init__()
            self._build = build  # rows -> a reportlab Table with the header row
            self._rows = rows
            self._continued = continued  # day -> the "(lanjutan)" row of that day
            self._heights = {} if heights is None else heights  # Row.key -> height; "header"

        def _measure(self, avail_width: float) -> list[float]:
            heights = self._heights
            for row in self._rows:
                if row.key not in heights:
                    table = self._build([row])
                    table.wrap(avail_width, 1e6)
                    heights.setdefault("header", table._rowHeights[0])
                    heights[row.key] = table._rowHeights[1]
            return [heights[row.key] for row in self._rows]

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = sum(COMPACT_COLUMN_WIDTHS)
            self.height = sum(self._measure(avail_width)) + self._heights["header"]
            return self.width, self.height

        def draw(self) -> None:
            table = self._build(self._rows)
            table.wrap(self.width, self.height + 1)
            table.drawOn(self.canv, 0, 0)

        def split(self, avail_width: float, avail_height: float) -> list:
            heights = self._measure(avail_width)
            room = avail_height - self._heights["header"]
            fit = 0
            for height in heights:
                if height > room + 1e-6:
                    break
                room -= height
                fit += 1
            while fit and self._rows[fit - 1].is_day:  # a day row stays with its first entry
                fit -= 1
            if fit == 0:
                return []  # not even one entry fits: the frame moves on to the next page
            if fit == len(self._rows):
                return [self]
            rest = self._rows[fit:]
            if not rest[0].is_day:
                rest = [self._continued(rest[0].day), *rest]
            cls = type(self)
            return [cls(self._build, self._rows[:fit], self._continued, self._heights),
                    cls(self._build, rest, self._continued, self._heights)]

    return SimpleNamespace(DayGroupedTable=DayGroupedTable)
