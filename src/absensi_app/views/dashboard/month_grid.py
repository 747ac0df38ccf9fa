"""The month calendar of the progress screen: seven columns, each day coloured by its state,
and the legend under it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolTip, QWidget

from absensi_app.domain.hours import DayCell, DayState
from absensi_app.domain.model import DayStatus, DayStatusRecord
from absensi_app.views.dashboard.style import (
    BAD,
    CELL_TEXT,
    MUTED,
    STATE_COLORS,
    STATE_LABELS,
    TODAY_RING,
    dashboard_text,
)
from absensi_app.views.dashboard.widgets import Swatch
from absensi_app.views.formatting import long_date, minutes_text, number_text, short_weekday_name, weekday_name
from absensi_app.views.labels import leave_label, status_label


def _status_text(record: DayStatusRecord) -> str:
    text = leave_label(record.leave_kind) if record.leave_kind else status_label(record.status)
    return f"{text}: {record.note}" if record.note else text


class MonthGrid(QWidget):
    """Seven columns, Senin to Minggu; each day of the month coloured by its DayState.

    Click a day (or move with the arrow keys and press Enter) to emit ``activated(date)``.
    """

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[date, DayCell] = {}
        self._grid_first = date(2000, 1, 3)  # a Monday
        self._rows = 5
        self._today = date.today()
        self._focus_day: date | None = None
        self._pressed: date | None = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(7 * 40, 22 + 6 * 34)
        self.setAccessibleName(self.tr("Kalender bulan"))

    # -- data
    def set_cells(self, cells: list[DayCell], today: date) -> None:
        self._cells = {c.day: c for c in cells}
        self._today = today
        if cells:
            first, last = cells[0].day, cells[-1].day
            self._grid_first = first - timedelta(days=first.weekday())
            self._rows = (last - self._grid_first).days // 7 + 1
            if self._focus_day not in self._cells:
                self._focus_day = today if today in self._cells else first
        self.update()

    def cell(self, day: date) -> DayCell | None:
        return self._cells.get(day)

    def days(self) -> list[date]:
        return sorted(self._cells)

    def state_of(self, day: date) -> DayState | None:
        cell = self._cells.get(day)
        return cell.state if cell else None

    def color_of(self, day: date) -> QColor | None:
        state = self.state_of(day)
        return QColor(STATE_COLORS[state]) if state else None

    # -- geometry
    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def cell_rect(self, day: date) -> QRect:
        """Where ``day`` is drawn (an empty rect for days outside the month)."""
        if day not in self._cells:
            return QRect()
        index = (day - self._grid_first).days
        row, col = divmod(index, 7)
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / self._rows
        x0, x1 = round(col * width), round((col + 1) * width)
        y0, y1 = round(top + row * height), round(top + (row + 1) * height)
        return QRect(x0 + 2, y0 + 2, x1 - x0 - 4, y1 - y0 - 4)

    def day_at(self, pos: QPoint) -> date | None:
        top = self._header_height()
        if pos.y() < top or pos.x() < 0 or pos.x() >= self.width():
            return None
        col = int(pos.x() / (self.width() / 7))
        row = int((pos.y() - top) / ((self.height() - top) / self._rows))
        day = self._grid_first + timedelta(days=row * 7 + min(col, 6))
        return day if day in self._cells else None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(7 * 54, self._header_height() + 6 * 46)

    # -- text
    def cell_note(self, cell: DayCell) -> str:
        """The short text under the day number (so no state depends on colour alone)."""
        if cell.state in (DayState.COMPLETE, DayState.PARTIAL):
            return minutes_text(cell.minutes)
        if cell.state is DayState.MISSING:
            return self.tr("kosong")
        if cell.state is DayState.HOLIDAY:
            return self.tr("libur")
        if cell.state is DayState.LEAVE and cell.status is not None:
            if cell.status.status is DayStatus.CUTI:
                return self.tr("cuti")
            return status_label(cell.status.status).lower()
        if cell.state is DayState.TRAVEL:
            return self.tr("DL")
        return ""

    def tooltip_for(self, day: date) -> str:
        cell = self._cells.get(day)
        if cell is None:
            return ""
        lines = [long_date(day)]
        if cell.holiday:
            lines.append(self.tr("Libur: {name}").format(name=cell.holiday))
        if cell.status is not None:
            lines.append(_status_text(cell.status))
        state = cell.state
        if state in (DayState.COMPLETE, DayState.PARTIAL):
            if cell.expected_minutes:
                lines.append(
                    self.tr("Tercatat {logged} dari target {expected}").format(
                        logged=minutes_text(cell.minutes), expected=minutes_text(cell.expected_minutes)
                    )
                )
            else:
                lines.append(self.tr("Tercatat {logged}").format(logged=minutes_text(cell.minutes)))
        elif state is DayState.MISSING:
            lines.append(self.tr("Hari kerja tanpa kegiatan dan tanpa keterangan."))
        elif state is DayState.FUTURE:
            lines.append(
                self.tr("Hari kerja mendatang, target {expected}").format(
                    expected=minutes_text(cell.expected_minutes)
                )
            )
        elif state is DayState.OFF:
            lines.append(self.tr("Bukan hari kerja"))
        lines.append(self.tr("Klik untuk membuka tanggal ini di tampilan Harian."))
        return "\n".join(lines)

    # -- painting
    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        top = self._header_height()
        width = self.width() / 7
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        fm = QFontMetrics(header_font)
        painter.setPen(self.palette().color(QPalette.WindowText))
        names = [weekday_name(i) for i in range(7)]
        if any(fm.horizontalAdvance(n) > width - 6 for n in names):
            names = [short_weekday_name(i) for i in range(7)]
        for col, name in enumerate(names):
            rect = QRect(round(col * width), 0, round(width), top)
            if col >= 5:
                painter.setPen(QColor(BAD))
            painter.drawText(rect, Qt.AlignCenter, name)
        number_font = QFont(self.font())
        number_font.setBold(True)
        note_font = QFont(self.font())
        note_font.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        note_fm = QFontMetrics(note_font)
        for day, cell in self._cells.items():
            rect = self.cell_rect(day)
            painter.setPen(QPen(QColor("#c4c7cc"), 1))
            painter.setBrush(QColor(STATE_COLORS[cell.state]))
            painter.drawRoundedRect(rect, 4, 4)
            if day == self._today:
                painter.setPen(QPen(QColor(TODAY_RING), 2.5))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            if self.hasFocus() and day == self._focus_day:
                painter.setPen(QPen(QColor(TODAY_RING), 1, Qt.DashLine))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 3, 3)
            inner = rect.adjusted(5, 3, -5, -3)
            painter.setFont(number_font)
            painter.setPen(QColor(BAD if cell.holiday else CELL_TEXT))
            painter.drawText(inner, Qt.AlignLeft | Qt.AlignTop, str(day.day))
            note = self.cell_note(cell)
            if note:
                if note_fm.horizontalAdvance(note) > inner.width() and cell.minutes:
                    note = QCoreApplication.translate("Formatting", "{h} j").format(h=number_text(cell.minutes / 60))
                painter.setFont(note_font)
                painter.setPen(QColor(CELL_TEXT))
                painter.drawText(
                    inner, Qt.AlignRight | Qt.AlignBottom, note_fm.elidedText(note, Qt.ElideRight, inner.width())
                )
        painter.end()

    # -- interaction
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(day), self, self.cell_rect(day))
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802, ANN001
        self._pressed = self.day_at(event.position().toPoint()) if event.button() == Qt.LeftButton else None
        if self._pressed is not None:
            self._focus_day = self._pressed
            self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802, ANN001
        day = self.day_at(event.position().toPoint()) if event.button() == Qt.LeftButton else None
        pressed, self._pressed = self._pressed, None
        if day is not None and day == pressed:
            self.activated.emit(day)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        steps = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_Up: -7, Qt.Key_Down: 7}
        if event.key() in steps and self._focus_day is not None:
            target = self._focus_day + timedelta(days=steps[event.key()])
            if target in self._cells:
                self._focus_day = target
                self.update()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self._focus_day in self._cells:
            self.activated.emit(self._focus_day)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001
        self.update()
        super().focusOutEvent(event)


def calendar_legend() -> QGridLayout:
    """Every day state with its colour, three to a row, in the order of ``STATE_LABELS``."""
    legend = QGridLayout()
    legend.setHorizontalSpacing(6)
    legend.setVerticalSpacing(3)
    for i, (state, label) in enumerate(STATE_LABELS.items()):
        row, col = divmod(i, 3)
        item = QHBoxLayout()
        item.setSpacing(4)
        item.addWidget(Swatch(STATE_COLORS[state]))
        text = QLabel(dashboard_text(label))
        text.setStyleSheet(f"color: {MUTED};")
        item.addWidget(text)
        item.addStretch(1)
        legend.addLayout(item, row, col)
    return legend
