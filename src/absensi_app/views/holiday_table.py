"""The year's list in the "Kalender kerja" dialog: national days off merged with the user's own
changes (a regional holiday added, a national day made a working day), one row per date, and
the table that shows them. The words of the rows are the dialog's own (translation context
"CalendarDialog")."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from absensi_app.domain.calendar import is_estimate
from absensi_app.views.formatting import long_date

_ESTIMATE_BG = QColor("#fff4d6")
_ADDED_FG = QColor("#1b5e9e")
_REMOVED_FG = QColor("#80868b")

IDUL_FITRI = "Hari Raya Idul Fitri"


class Source(enum.Enum):
    NASIONAL = "nasional"
    DITAMBAHKAN = "ditambahkan"
    DIHAPUS = "dihapus"

    @property
    def label(self) -> str:
        return {
            Source.NASIONAL: QCoreApplication.translate("CalendarDialog", "Nasional"),
            Source.DITAMBAHKAN: QCoreApplication.translate("CalendarDialog", "Ditambahkan"),
            Source.DIHAPUS: QCoreApplication.translate("CalendarDialog", "Dihapus"),
        }[self]


@dataclass(frozen=True)
class HolidayRow:
    """One line of the year's list: a national day off, an own addition or a removal."""

    day: date
    name: str
    source: Source
    estimate: bool = False
    national_name: str | None = None  # what the national calendar says, when it has the day

    @property
    def is_holiday(self) -> bool:
        return self.source is not Source.DIHAPUS

    @property
    def changed(self) -> bool:
        return self.source is not Source.NASIONAL


def holiday_rows(national: dict[date, str], changes) -> list[HolidayRow]:  # noqa: ANN001
    """National days merged with the user's changes (``HolidayChange`` items), by date."""
    by_day = {c.day: c for c in changes}
    rows = []
    for day in sorted(set(national) | set(by_day)):
        change, official = by_day.get(day), national.get(day)
        if change is None:
            rows.append(HolidayRow(day, official or "", Source.NASIONAL, is_estimate(official or ""), official))
        elif change.is_holiday:
            name = change.name or QCoreApplication.translate("CalendarDialog", "Hari libur")
            rows.append(HolidayRow(day, name, Source.DITAMBAHKAN, False, official))
        else:
            rows.append(
                HolidayRow(
                    day,
                    official or QCoreApplication.translate("CalendarDialog", "(bukan hari libur nasional)"),
                    Source.DIHAPUS,
                    is_estimate(official or ""),
                    official,
                )
            )
    return rows


def idul_fitri(national: dict[date, str]) -> date | None:
    """1 Syawal of the year in the national calendar (its first day of Idul Fitri)."""
    days = [d for d, name in national.items() if name.startswith(IDUL_FITRI)]
    return min(days) if days else None


class HolidayTable(QTableWidget):
    """Date, name and source of each row; estimates in italics on a yellow ground, own additions
    in blue, removed national days grey and struck through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._rows: list[HolidayRow] = []
        self.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Nama"), self.tr("Sumber")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)

    def rows(self) -> list[HolidayRow]:
        return list(self._rows)

    def show_rows(self, rows: list[HolidayRow], select: date | None = None) -> None:
        """Fill the table and select the row of ``select`` (else the first)."""
        self._rows = list(rows)
        self.setRowCount(0)
        self.setRowCount(len(self._rows))
        italic = QFont(self.font())
        italic.setItalic(True)
        struck = QFont(self.font())
        struck.setStrikeOut(True)
        for i, row in enumerate(self._rows):
            source = row.source.label
            if row.estimate:
                source += " " + self.tr("(perkiraan)")
            cells = (long_date(row.day), row.name, source)
            tip = self._tooltip(row)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, row.day.toordinal())
                item.setToolTip(tip)
                if row.estimate:
                    item.setBackground(QBrush(_ESTIMATE_BG))
                    item.setFont(italic)
                if row.source is Source.DITAMBAHKAN:
                    item.setForeground(QBrush(_ADDED_FG))
                elif row.source is Source.DIHAPUS:
                    item.setForeground(QBrush(_REMOVED_FG))
                    if col == 1:
                        item.setFont(struck)
                self.setItem(i, col, item)
        target = 0
        if select is not None:
            target = next((i for i, r in enumerate(self._rows) if r.day == select), 0)
        if self._rows:
            self.selectRow(target)
            self.scrollToItem(self.item(target, 0))

    def selected(self) -> HolidayRow | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        i = rows[0].row()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def select_day(self, day: date) -> bool:
        for i, row in enumerate(self._rows):
            if row.day == day:
                self.selectRow(i)
                return True
        return False

    def _tooltip(self, row: HolidayRow) -> str:
        if row.source is Source.DIHAPUS:
            return self.tr("Anda menjadikan tanggal ini hari kerja biasa.")
        if row.source is Source.DITAMBAHKAN and row.national_name:
            return self.tr("Hari libur Anda; di kalender nasional: {name}").format(name=row.national_name)
        if row.source is Source.DITAMBAHKAN:
            return self.tr("Hari libur yang Anda tambahkan.")
        if row.estimate:
            return self.tr("Tanggal perkiraan: pastikan dengan SKB 3 Menteri tentang hari libur nasional dan cuti bersama.")
        return self.tr("Kalender nasional (hari libur dan cuti bersama).")
