"""The progress screen ("Kemajuan"): one month's hours against the schedule, the weeks, the
work locations, the days still to fill in, the year against the 1.250-hour yardstick, and the
employee's own progress toward the SKP plan.

Everything comes from ``ctx.summary.progress(year, month)`` (one call per month shown); this
module only draws it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.hours import DayCell, DayState, WeekTotals
from absensi_app.domain.model import DayStatus, DayStatusRecord, Location
from absensi_app.domain.rules import EARLIEST_DAY
from absensi_app.domain.skp import Pace, RhkKind, RhkProgress, Span
from absensi_app.services.summary import MonthProgress
from absensi_app.views.labels import (
    error_text,
    leave_label,
    location_label,
    status_label,
)

_CTX = "Dashboard"


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Dashboard", ...) below."""
    return QCoreApplication.translate(_CTX, text)


# ---- names and colours the domain does not carry --------------------------------------------
_MONTHS = (
    QT_TRANSLATE_NOOP("Dashboard", "Januari"),
    QT_TRANSLATE_NOOP("Dashboard", "Februari"),
    QT_TRANSLATE_NOOP("Dashboard", "Maret"),
    QT_TRANSLATE_NOOP("Dashboard", "April"),
    QT_TRANSLATE_NOOP("Dashboard", "Mei"),
    QT_TRANSLATE_NOOP("Dashboard", "Juni"),
    QT_TRANSLATE_NOOP("Dashboard", "Juli"),
    QT_TRANSLATE_NOOP("Dashboard", "Agustus"),
    QT_TRANSLATE_NOOP("Dashboard", "September"),
    QT_TRANSLATE_NOOP("Dashboard", "Oktober"),
    QT_TRANSLATE_NOOP("Dashboard", "November"),
    QT_TRANSLATE_NOOP("Dashboard", "Desember"),
)
_SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Dashboard", "Jan"),
    QT_TRANSLATE_NOOP("Dashboard", "Feb"),
    QT_TRANSLATE_NOOP("Dashboard", "Mar"),
    QT_TRANSLATE_NOOP("Dashboard", "Apr"),
    QT_TRANSLATE_NOOP("Dashboard", "Mei"),
    QT_TRANSLATE_NOOP("Dashboard", "Jun"),
    QT_TRANSLATE_NOOP("Dashboard", "Jul"),
    QT_TRANSLATE_NOOP("Dashboard", "Agu"),
    QT_TRANSLATE_NOOP("Dashboard", "Sep"),
    QT_TRANSLATE_NOOP("Dashboard", "Okt"),
    QT_TRANSLATE_NOOP("Dashboard", "Nov"),
    QT_TRANSLATE_NOOP("Dashboard", "Des"),
)
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dashboard", "Senin"),
    QT_TRANSLATE_NOOP("Dashboard", "Selasa"),
    QT_TRANSLATE_NOOP("Dashboard", "Rabu"),
    QT_TRANSLATE_NOOP("Dashboard", "Kamis"),
    QT_TRANSLATE_NOOP("Dashboard", "Jumat"),
    QT_TRANSLATE_NOOP("Dashboard", "Sabtu"),
    QT_TRANSLATE_NOOP("Dashboard", "Minggu"),
)
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dashboard", "Sen"),
    QT_TRANSLATE_NOOP("Dashboard", "Sel"),
    QT_TRANSLATE_NOOP("Dashboard", "Rab"),
    QT_TRANSLATE_NOOP("Dashboard", "Kam"),
    QT_TRANSLATE_NOOP("Dashboard", "Jum"),
    QT_TRANSLATE_NOOP("Dashboard", "Sab"),
    QT_TRANSLATE_NOOP("Dashboard", "Min"),
)

# Legend order of the month calendar, with the label and the fill of each state.
STATE_LABELS: dict[DayState, str] = {
    DayState.COMPLETE: QT_TRANSLATE_NOOP("Dashboard", "lengkap"),
    DayState.PARTIAL: QT_TRANSLATE_NOOP("Dashboard", "sebagian"),
    DayState.MISSING: QT_TRANSLATE_NOOP("Dashboard", "kosong"),
    DayState.HOLIDAY: QT_TRANSLATE_NOOP("Dashboard", "libur"),
    DayState.LEAVE: QT_TRANSLATE_NOOP("Dashboard", "cuti/sakit/izin"),
    DayState.TRAVEL: QT_TRANSLATE_NOOP("Dashboard", "dinas luar"),
    DayState.FUTURE: QT_TRANSLATE_NOOP("Dashboard", "akan datang"),
    DayState.OFF: QT_TRANSLATE_NOOP("Dashboard", "bukan hari kerja"),
}
STATE_COLORS: dict[DayState, str] = {
    DayState.COMPLETE: "#a9dcae",
    DayState.PARTIAL: "#fbe08a",
    DayState.MISSING: "#f3a59d",
    DayState.HOLIDAY: "#e3cdf0",
    DayState.LEAVE: "#c6d6f7",
    DayState.TRAVEL: "#a8e0da",
    DayState.FUTURE: "#ffffff",
    DayState.OFF: "#ececec",
}
_CELL_TEXT = "#1f1f1f"
_TODAY_RING = "#1a4fa0"

LOCATION_COLORS: dict[Location, str] = {
    Location.KANTOR: "#2f6fca",
    Location.KANTOR_LAIN: "#8fb4ea",
    Location.RUMAH: "#f0a02c",
    Location.LOKASI_LAIN: "#9a6acb",
    Location.DINAS_LUAR: "#2a9d8f",
}
_LOGGED_COLOR = "#2f6fca"
_TARGET_COLOR = "#b9c0cc"
_GOOD = "#1e7a34"
_BAD = "#b3261e"
_MUTED = "#5f6368"

PACE_LABELS: dict[Pace, str] = {
    Pace.TERCAPAI: QT_TRANSLATE_NOOP("Dashboard", "Target tercapai"),
    Pace.SESUAI: QT_TRANSLATE_NOOP("Dashboard", "Sesuai jadwal"),
    Pace.TERTINGGAL: QT_TRANSLATE_NOOP("Dashboard", "Tertinggal"),
    Pace.BELUM_MULAI: QT_TRANSLATE_NOOP("Dashboard", "Belum dimulai"),
}
PACE_COLORS: dict[Pace, str] = {
    Pace.TERCAPAI: _GOOD,
    Pace.SESUAI: _GOOD,
    Pace.TERTINGGAL: _BAD,
    Pace.BELUM_MULAI: _MUTED,
}
_KIND_LABELS = {
    RhkKind.UTAMA: QT_TRANSLATE_NOOP("Dashboard", "Utama"),
    RhkKind.TAMBAHAN: QT_TRANSLATE_NOOP("Dashboard", "Tambahan"),
}
# The same sentence as domain.skp.PROGRESS_DISCLAIMER, written out so lupdate finds it
# (tests/ui/test_dashboard.py checks the two stay equal).
DISCLAIMER = QT_TRANSLATE_NOOP(
    "Dashboard",
    "Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. "
    "Predikat ditetapkan oleh Pejabat Penilai Kinerja.",
)

MAX_NAME_SHOWN = 160
LATEST_YEAR = 2100


# ---- formatting ---------------------------------------------------------------------------
def _locale() -> QLocale:
    """The app's locale (Indonesian unless another language was chosen); never "C"."""
    locale = QLocale()
    if locale.language() in (QLocale.C, QLocale.AnyLanguage):
        return QLocale(QLocale.Indonesian, QLocale.Indonesia)
    return locale


def number_text(value: float, decimals: int = 1) -> str:
    """A number as the locale writes it, without a trailing zero: 1.250 and 8,3 in Indonesian."""
    locale = _locale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def hours_text(minutes: int) -> str:
    """Like labels.minutes_text ("7 j 30 m", same translations) with a thousands dot."""
    sign = "\u2212" if minutes < 0 else ""
    hours, mins = divmod(abs(int(minutes)), 60)
    h = number_text(hours, 0)
    if hours and mins:
        text = QCoreApplication.translate("Labels", "{h} j {m} m").format(h=h, m=mins)
    elif hours:
        text = QCoreApplication.translate("Labels", "{h} j").format(h=h)
    else:
        text = QCoreApplication.translate("Labels", "{m} m").format(m=mins)
    return sign + text


def signed_hours_text(minutes: int) -> str:
    return ("+" if minutes > 0 else "") + hours_text(minutes)


def month_title(year: int, month: int) -> str:
    return f"{_t(_MONTHS[month - 1])} {year}"


def short_date(day: date) -> str:
    """'17 Nov'."""
    return f"{day.day} {_t(_SHORT_MONTHS[day.month - 1])}"


def weekday_date(day: date) -> str:
    """'Sel 17 Nov'."""
    return f"{_t(_SHORT_WEEKDAYS[day.weekday()])} {short_date(day)}"


def long_date(day: date) -> str:
    """'Selasa, 17 November 2026'."""
    return f"{_t(_WEEKDAYS[day.weekday()])}, {day.day} {_t(_MONTHS[day.month - 1])} {day.year}"


def week_range(week: WeekTotals) -> str:
    """'16–22 Nov', or '30 Nov–6 Des' across a month end."""
    if week.first.month == week.last.month:
        return f"{week.first.day}\u2013{short_date(week.last)}"
    return f"{short_date(week.first)}\u2013{short_date(week.last)}"


def week_axis_label(week: WeekTotals) -> str:
    """The week's Monday in two short lines ('16' over 'Nov'): longer labels get elided."""
    return f"{week.first.day}<br>{_t(_SHORT_MONTHS[week.first.month - 1])}"


def _status_text(record: DayStatusRecord) -> str:
    text = leave_label(record.leave_kind) if record.leave_kind else status_label(record.status)
    return f"{text}: {record.note}" if record.note else text


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + (month - 1) + step, 12)
    return y, m + 1


def _elide(text: str, limit: int = MAX_NAME_SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- the month calendar -------------------------------------------------------------------
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
            return hours_text(cell.minutes)
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
                        logged=hours_text(cell.minutes), expected=hours_text(cell.expected_minutes)
                    )
                )
            else:
                lines.append(self.tr("Tercatat {logged}").format(logged=hours_text(cell.minutes)))
        elif state is DayState.MISSING:
            lines.append(self.tr("Hari kerja tanpa kegiatan dan tanpa keterangan."))
        elif state is DayState.FUTURE:
            lines.append(
                self.tr("Hari kerja mendatang, target {expected}").format(
                    expected=hours_text(cell.expected_minutes)
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
        names = [_t(n) for n in _WEEKDAYS]
        if any(fm.horizontalAdvance(n) > width - 6 for n in names):
            names = [_t(n) for n in _SHORT_WEEKDAYS]
        for col, name in enumerate(names):
            rect = QRect(round(col * width), 0, round(width), top)
            if col >= 5:
                painter.setPen(QColor(_BAD))
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
                painter.setPen(QPen(QColor(_TODAY_RING), 2.5))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            if self.hasFocus() and day == self._focus_day:
                painter.setPen(QPen(QColor(_TODAY_RING), 1, Qt.DashLine))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 3, 3)
            inner = rect.adjusted(5, 3, -5, -3)
            painter.setFont(number_font)
            painter.setPen(QColor(_BAD if cell.holiday else _CELL_TEXT))
            painter.drawText(inner, Qt.AlignLeft | Qt.AlignTop, str(day.day))
            note = self.cell_note(cell)
            if note:
                if note_fm.horizontalAdvance(note) > inner.width() and cell.minutes:
                    note = number_text(cell.minutes / 60) + " j"
                painter.setFont(note_font)
                painter.setPen(QColor(_CELL_TEXT))
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


class _Swatch(QWidget):
    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color)
        self.setFixedSize(14, 14)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.setBrush(self._color)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


# ---- building blocks ----------------------------------------------------------------------
class _Card(QFrame):
    """One headline number: a small title, a big value and a line of detail."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {_MUTED};")
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(f"color: {_MUTED};")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_bar(self, value: int, maximum: int, color: str = _LOGGED_COLOR) -> None:
        if maximum <= 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        else:
            self.bar.setRange(0, maximum)
            self.bar.setValue(max(0, min(value, maximum)))
        palette = self.bar.palette()
        palette.setColor(QPalette.Highlight, QColor(color))
        self.bar.setPalette(palette)


def _chart_view(chart: QChart) -> QChartView:
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    legend_font = QFont(chart.legend().font())
    legend_font.setPointSizeF(max(7.0, legend_font.pointSizeF() * 0.95))
    chart.legend().setFont(legend_font)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setFrameShape(QFrame.NoFrame)
    view.setStyleSheet("background: transparent;")
    view.setMinimumHeight(170)
    return view


class RhkRow(QWidget):
    """One RHK: name, this month's and the whole period's realisasi against the target."""

    def __init__(self, index: int, progress: RhkProgress, year_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        rhk = progress.rhk
        kind = _t(_KIND_LABELS[rhk.kind])
        self.name = QLabel(
            f"<b>{index}. {_html(_elide(rhk.name))}</b> "
            f"<span style='color:{_MUTED}'>({_html(kind)})</span>"
        )
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.RichText)
        tip = rhk.name
        if rhk.indicator:
            tip += "\n" + self.tr("Indikator: {text}").format(text=rhk.indicator)
        self.name.setToolTip(tip)
        self.month_bar, self.month_text = self._bar(progress.month, rhk.unit)
        self.year_bar, self.year_text = self._bar(progress.year, rhk.unit)
        self.pace = QLabel(_t(PACE_LABELS[progress.pace]))
        self.pace.setObjectName("pace")
        self.pace.setStyleSheet(f"color: {PACE_COLORS[progress.pace]}; font-weight: bold;")
        due = self.tr("seharusnya s.d. hari ini: {due} {unit}").format(
            due=number_text(progress.due_to_date), unit=rhk.unit
        )
        self.pace.setToolTip(due)
        activity = QLabel(self.tr("{n} kegiatan tertaut").format(n=progress.entry_count))
        activity.setStyleSheet(f"color: {_MUTED};")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Bulan ini")), 1, 0)
        grid.addWidget(self.month_bar, 1, 1)
        grid.addWidget(self.month_text, 1, 2)
        grid.addWidget(QLabel(year_label), 2, 0)
        grid.addWidget(self.year_bar, 2, 1)
        grid.addWidget(self.year_text, 2, 2)
        status = QHBoxLayout()
        status.setSpacing(12)
        status.addWidget(self.pace)
        status.addWidget(activity)
        status.addStretch(1)
        grid.addLayout(status, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def _bar(self, span: Span, unit: str) -> tuple[QProgressBar, QLabel]:
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setFixedHeight(16)
        bar.setMinimumWidth(80)
        pct = span.percent
        text = QLabel(
            self.tr("{realized} / {target} {unit}").format(
                realized=number_text(span.realized, 0), target=number_text(span.target), unit=unit
            )
        )
        if pct is None:
            bar.setValue(0)
            bar.setFormat(self.tr("tanpa target"))
            bar.setEnabled(False)
        else:
            bar.setValue(round(min(pct, 100.0)))
            bar.setFormat(f"{number_text(pct)}%")
            palette = bar.palette()
            palette.setColor(QPalette.Highlight, QColor(_GOOD if pct >= 100 else _LOGGED_COLOR))
            bar.setPalette(palette)
        bar.setAlignment(Qt.AlignCenter)
        return bar, text


# ---- the view -----------------------------------------------------------------------------
class DashboardView(QWidget):
    """Kemajuan: the month at a glance. ``set_month(year, month)`` loads a month;
    ``day_activated(date)`` asks the owner to open a day."""

    day_activated = Signal(object)
    month_changed = Signal(int, int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.clock.today()
        self._year, self._month = today.year, today.month
        self._progress: MonthProgress | None = None
        self._build()

    # -- public
    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def progress(self) -> MonthProgress | None:
        return self._progress

    def is_current(self) -> bool:
        """Shown data was computed today (a new day changes "to date" figures)."""
        return self._progress is not None and self._progress.today == self.ctx.clock.today()

    def refresh(self) -> None:
        self.set_month(self._year, self._month)

    def previous_month(self) -> None:
        self.set_month(*_add_months(self._year, self._month, -1))

    def next_month(self) -> None:
        self.set_month(*_add_months(self._year, self._month, 1))

    def this_month(self) -> None:
        today = self.ctx.clock.today()
        self.set_month(today.year, today.month)

    def set_month(self, year: int, month: int) -> None:
        year, month = self._clamp(year, month)
        self._year, self._month = year, month
        self.month_label.setText(month_title(year, month))
        self._update_navigation()
        try:
            progress = self.ctx.summary.progress(year, month)
        except AbsensiError as exc:
            self._progress = None
            self.error_label.setText(
                self.tr("Ringkasan {month} tidak bisa dihitung: {error}").format(
                    month=month_title(year, month), error=error_text(exc)
                )
            )
            self.error_label.show()
            self.body.hide()
            return
        self.error_label.hide()
        self.body.show()
        self._progress = progress
        self.setUpdatesEnabled(False)
        try:
            self._show_headline(progress)
            self._show_missing(progress)
            self._show_warning(progress)
            self.grid.set_cells(progress.cells, progress.today)
            self._show_weeks(progress)
            self._show_locations(progress)
            self._show_rhk(progress)
        finally:
            self.setUpdatesEnabled(True)
        self.month_changed.emit(year, month)

    # -- construction
    def _build(self) -> None:
        self.prev_button = QToolButton()
        self.prev_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.prev_button.clicked.connect(self.previous_month)
        self.next_button = QToolButton()
        self.next_button.clicked.connect(self.next_month)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Bulan ini"))
        self.today_button.setToolTip(self.tr("Kembali ke bulan ini"))
        self.today_button.clicked.connect(self.this_month)
        self.month_label = QLabel()
        self.month_label.setObjectName("monthLabel")
        font = QFont(self.month_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setMinimumWidth(220)
        self.month_label.setAlignment(Qt.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.today_button)
        hint = QLabel(self.tr("PageUp/PageDown: pindah bulan \u2022 klik tanggal untuk membukanya"))
        hint.setStyleSheet(f"color: {_MUTED};")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        nav.addWidget(hint, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("dashboardError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {_BAD}; padding: 8px;")
        self.error_label.hide()

        self.offsite_warning = QLabel()
        self.offsite_warning.setObjectName("offsiteWarning")
        self.offsite_warning.setWordWrap(True)
        self.offsite_warning.setTextFormat(Qt.RichText)
        self.offsite_warning.setStyleSheet(
            "QLabel#offsiteWarning { background: #fff4c2; color: #4a3b00;"
            " border: 1px solid #e0b400; border-radius: 6px; padding: 6px 10px; }"
        )
        self.offsite_warning.hide()

        self.hours_card = _Card(self.tr("Jam tercatat bulan ini"), "hoursCard")
        self.balance_card = _Card(self.tr("Saldo berjalan"), "balanceCard")
        self.days_card = _Card(self.tr("Hari terisi / hari kerja"), "daysCard")
        self.year_card = _Card("", "yearCard")
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.hours_card, self.balance_card, self.days_card, self.year_card):
            cards.addWidget(card, 1)

        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingDays")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.RichText)
        self.missing_label.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.missing_label.linkActivated.connect(self._missing_link)

        # calendar + legend
        self.grid = MonthGrid()
        self.grid.activated.connect(self.day_activated)
        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        legend.setVerticalSpacing(3)
        for i, (state, label) in enumerate(STATE_LABELS.items()):
            row, col = divmod(i, 3)
            item = QHBoxLayout()
            item.setSpacing(4)
            item.addWidget(_Swatch(STATE_COLORS[state]))
            text = QLabel(_t(label))
            text.setStyleSheet(f"color: {_MUTED};")
            item.addWidget(text)
            item.addStretch(1)
            legend.addLayout(item, row, col)
        calendar_box = QGroupBox(self.tr("Kalender bulan"))
        cl = QVBoxLayout(calendar_box)
        cl.addWidget(self.grid, 1)
        cl.addLayout(legend)

        # hours per week
        self.week_logged = QBarSet(self.tr("Tercatat"))
        self.week_logged.setColor(QColor(_LOGGED_COLOR))
        self.week_logged.setBorderColor(QColor(_LOGGED_COLOR))
        self.week_target = QBarSet(self.tr("Target jadwal"))
        self.week_target.setColor(QColor(_TARGET_COLOR))
        self.week_target.setBorderColor(QColor(_TARGET_COLOR))
        self.week_series = QBarSeries()
        self.week_series.setBarWidth(0.75)
        self.week_series.append(self.week_logged)
        self.week_series.append(self.week_target)
        self.week_series.hovered.connect(self._week_hovered)
        self.week_chart = QChart()
        self.week_chart.addSeries(self.week_series)
        self.week_axis = QBarCategoryAxis()
        axis_font = QFont(self.font())
        axis_font.setPointSizeF(max(7.0, axis_font.pointSizeF() * 0.9))
        self.week_axis.setLabelsFont(axis_font)
        self.hours_axis = QValueAxis()
        self.hours_axis.setLabelFormat("%d j")
        self.hours_axis.setMinorTickCount(0)
        self.week_chart.addAxis(self.week_axis, Qt.AlignBottom)
        self.week_chart.addAxis(self.hours_axis, Qt.AlignLeft)
        self.week_series.attachAxis(self.week_axis)
        self.week_series.attachAxis(self.hours_axis)
        self.week_chart.legend().setAlignment(Qt.AlignTop)
        self.week_view = _chart_view(self.week_chart)
        self._weeks: list[WeekTotals] = []
        week_box = QGroupBox(self.tr("Jam per minggu (minggu mulai Senin)"))
        wl = QVBoxLayout(week_box)
        wl.setContentsMargins(6, 6, 6, 6)
        wl.addWidget(self.week_view)

        # locations
        self.location_series = QPieSeries()
        self.location_series.setHoleSize(0.5)
        self.location_series.setPieSize(0.95)
        self.location_series.hovered.connect(self._slice_hovered)
        self.location_chart = QChart()
        self.location_chart.addSeries(self.location_series)
        self.location_chart.legend().hide()
        self.location_view = _chart_view(self.location_chart)
        self.location_view.setMinimumSize(150, 150)
        self.location_empty = QLabel(self.tr("Belum ada kegiatan tercatat pada bulan ini."))
        self.location_empty.setWordWrap(True)
        self.location_empty.setAlignment(Qt.AlignCenter)
        self.location_empty.setStyleSheet(f"color: {_MUTED};")
        table = QGridLayout()
        table.setHorizontalSpacing(10)
        table.setVerticalSpacing(4)
        for col, title in ((2, self.tr("Jam")), (3, self.tr("Hari"))):
            head = QLabel(f"<b>{_html(title)}</b>")
            head.setAlignment(Qt.AlignRight)
            table.addWidget(head, 0, col)
        self.location_cells: dict[Location, tuple[QLabel, QLabel]] = {}
        for row, location in enumerate(Location, start=1):
            table.addWidget(_Swatch(LOCATION_COLORS[location]), row, 0)
            table.addWidget(QLabel(location_label(location)), row, 1)
            hours, days = QLabel(), QLabel()
            for label in (hours, days):
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.addWidget(hours, row, 2)
            table.addWidget(days, row, 3)
            self.location_cells[location] = (hours, days)
        table.setColumnStretch(1, 1)
        self.location_note = QLabel(self.tr("Hari: banyaknya hari dengan kegiatan di lokasi itu."))
        self.location_note.setWordWrap(True)
        self.location_note.setStyleSheet(f"color: {_MUTED};")
        table.addWidget(self.location_note, len(Location) + 1, 0, 1, 4)
        table.setRowStretch(len(Location) + 2, 1)
        location_box = QGroupBox(self.tr("Lokasi kerja bulan ini"))
        ll = QHBoxLayout(location_box)
        ll.setContentsMargins(6, 6, 6, 6)
        donut = QVBoxLayout()
        donut.addWidget(self.location_view, 1)
        donut.addWidget(self.location_empty, 1)
        ll.addLayout(donut, 4)
        ll.addLayout(table, 5)

        # RHK
        self.rhk_box = QGroupBox(self.tr("Capaian RHK"))
        self.rhk_box.setMinimumWidth(280)
        self.rhk_intro = QLabel()
        self.rhk_intro.setWordWrap(True)
        self.rhk_intro.setObjectName("rhkIntro")
        self.rhk_intro.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.rhk_intro.setTextFormat(Qt.PlainText)  # holds the user's own period name
        self.rhk_rows_widget = QWidget()
        self.rhk_rows = QVBoxLayout(self.rhk_rows_widget)
        self.rhk_rows.setContentsMargins(0, 0, 4, 0)
        self.rhk_rows.setSpacing(2)
        self.rhk_scroll = QScrollArea()
        self.rhk_scroll.setWidgetResizable(True)
        self.rhk_scroll.setFrameShape(QFrame.NoFrame)
        self.rhk_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.rhk_scroll.setWidget(self.rhk_rows_widget)
        self.unlinked_label = QLabel()
        self.unlinked_label.setWordWrap(True)
        self.unlinked_label.setStyleSheet(f"color: {_MUTED};")
        self.disclaimer = QLabel(_t(DISCLAIMER))
        self.disclaimer.setObjectName("rhkDisclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet(
            f"color: {_MUTED}; font-style: italic; border-top: 1px solid palette(mid); padding-top: 4px;"
        )
        rl = QVBoxLayout(self.rhk_box)
        rl.addWidget(self.rhk_intro)
        rl.addWidget(self.rhk_scroll, 1)
        rl.addWidget(self.unlinked_label)
        rl.addWidget(self.disclaimer)
        self._rhk_widgets: list[RhkRow] = []

        charts = QVBoxLayout()
        charts.addWidget(week_box, 1)
        charts.addWidget(location_box, 1)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addWidget(calendar_box, 13)
        columns.addLayout(charts, 11)
        columns.addWidget(self.rhk_box, 11)

        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(8)
        bl.addWidget(self.offsite_warning)
        bl.addLayout(cards)
        bl.addWidget(self.missing_label)
        bl.addLayout(columns, 1)

        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(10, 6, 10, 10)
        outer.setSpacing(8)
        outer.addLayout(nav)
        outer.addWidget(self.error_label)
        outer.addWidget(self.body, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for key, slot in (
            (QKeySequence(Qt.Key_PageUp), self.previous_month),
            (QKeySequence(Qt.Key_PageDown), self.next_month),
            (QKeySequence(Qt.Key_F5), self.refresh),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.grid)

    # -- navigation
    def _bounds(self) -> tuple[tuple[int, int], tuple[int, int]]:
        latest = min(self.ctx.clock.today().year + 1, LATEST_YEAR)
        return (EARLIEST_DAY.year, EARLIEST_DAY.month), (latest, 12)

    def _clamp(self, year: int, month: int) -> tuple[int, int]:
        low, high = self._bounds()
        return max(low, min(high, (year, month)))

    def _update_navigation(self) -> None:
        low, high = self._bounds()
        prev = _add_months(self._year, self._month, -1)
        nxt = _add_months(self._year, self._month, 1)
        self.prev_button.setText("\u25C0 " + _t(_MONTHS[prev[1] - 1]))
        self.prev_button.setToolTip(self.tr("Bulan sebelumnya (PageUp)"))
        self.prev_button.setEnabled((self._year, self._month) > low)
        self.next_button.setText(_t(_MONTHS[nxt[1] - 1]) + " \u25B6")
        self.next_button.setToolTip(self.tr("Bulan berikutnya (PageDown)"))
        self.next_button.setEnabled((self._year, self._month) < high)
        today = self.ctx.clock.today()
        self.today_button.setEnabled((self._year, self._month) != (today.year, today.month))

    # -- sections
    def _show_headline(self, p: MonthProgress) -> None:
        t = p.totals
        month_started = t.first <= p.today
        month_over = t.last < p.today

        self.hours_card.value.setText(hours_text(t.total_minutes))
        if t.expected_minutes:
            self.hours_card.detail.setText(
                self.tr("dari target bulan {expected} ({percent}%)").format(
                    expected=hours_text(t.expected_minutes),
                    percent=number_text(100 * t.total_minutes / t.expected_minutes, 0),
                )
            )
        else:
            self.hours_card.detail.setText(self.tr("tidak ada target jam bulan ini"))
        self.hours_card.set_bar(t.total_minutes, t.expected_minutes)

        balance = t.balance_minutes
        if not month_started:
            self.balance_card.value.setText("\u2013")
            self.balance_card.value.setStyleSheet("")
            self.balance_card.detail.setText(self.tr("bulan ini belum dimulai"))
            self.balance_card.set_bar(0, 0)
        else:
            color = _GOOD if balance >= 0 else _BAD
            self.balance_card.value.setText(signed_hours_text(balance))
            self.balance_card.value.setStyleSheet(f"color: {color};")
            template = (
                self.tr("terhadap target sebulan penuh {expected}")
                if month_over
                else self.tr("terhadap target s.d. hari ini {expected}")
            )
            self.balance_card.detail.setText(template.format(expected=hours_text(t.expected_to_date_minutes)))
            self.balance_card.set_bar(t.total_minutes, t.expected_to_date_minutes, color)

        self.days_card.value.setText(f"{t.logged_days} / {t.working_days}")
        missing = len(t.missing_days)
        excused = sum(1 for c in p.cells if c.state in (DayState.LEAVE, DayState.TRAVEL))
        future = sum(1 for c in p.cells if c.state is DayState.FUTURE)
        parts = []
        if missing:
            parts.append(
                self.tr("<span style='color:{color}'><b>{n} kosong</b></span>").format(color=_BAD, n=missing)
            )
        elif month_started:
            parts.append(self.tr("tidak ada yang kosong"))
        if excused:
            parts.append(self.tr("{n} berketerangan").format(n=excused))
        if future:
            parts.append(self.tr("{n} akan datang").format(n=future))
        self.days_card.detail.setText(" \u2022 ".join(parts))
        self.days_card.detail.setToolTip(
            self.tr("Hari terisi: hari dengan kegiatan. Berketerangan: cuti, sakit, izin, tugas belajar atau dinas luar.")
        )
        elapsed = sum(1 for c in p.cells if c.day <= p.today and c.expected_minutes) or 0
        self.days_card.set_bar(max(0, elapsed - missing), elapsed, _GOOD if not missing else _LOGGED_COLOR)

        y = p.year_totals
        self.year_card.title.setText(self.tr("Tahun {year} s.d. hari ini").format(year=y.year))
        self.year_card.value.setText(hours_text(y.total_minutes))
        self.year_card.detail.setText(
            self.tr("dari patokan {yardstick} setahun<br>bagian s.d. hari ini: {share}").format(
                yardstick=hours_text(y.yardstick_minutes), share=hours_text(y.yardstick_to_date_minutes)
            )
        )
        ok = y.total_minutes >= y.yardstick_to_date_minutes
        self.year_card.set_bar(y.total_minutes, y.yardstick_minutes, _GOOD if ok else _LOGGED_COLOR)
        self.year_card.setToolTip(
            self.tr(
                "1.250 jam setahun adalah jam kerja efektif untuk analisis beban kerja, "
                "bukan aturan kehadiran. Target jadwal kerja s.d. hari ini: {expected} (saldo {balance})."
            ).format(expected=hours_text(y.expected_to_date_minutes), balance=signed_hours_text(y.balance_minutes))
        )

    def _show_missing(self, p: MonthProgress) -> None:
        days = p.totals.missing_days
        if days:
            links = ", ".join(
                f"<a href='{d.isoformat()}' style='text-decoration:none'>{weekday_date(d)}</a>" for d in days
            )
            self.missing_label.setText(
                self.tr(
                    "<b style='color:{color}'>Hari kerja belum diisi ({n}):</b> {days} "
                    "<span style='color:{muted}'>\u2014 klik untuk mengisi, atau beri status "
                    "(cuti, sakit, dinas luar).</span>"
                ).format(color=_BAD, n=len(days), days=links, muted=_MUTED)
            )
        elif p.totals.first > p.today:
            self.missing_label.setText(
                self.tr("<span style='color:{muted}'>Bulan ini belum dimulai.</span>").format(muted=_MUTED)
            )
        else:
            self.missing_label.setText(
                self.tr("<span style='color:{color}'>\u2714 Semua hari kerja s.d. hari ini sudah terisi atau berketerangan.</span>").format(
                    color=_GOOD
                )
            )

    def missing_days_shown(self) -> list[date]:
        return list(self._progress.totals.missing_days) if self._progress else []

    def _missing_link(self, href: str) -> None:
        try:
            day = date.fromisoformat(href)
        except ValueError:
            return
        self.day_activated.emit(day)

    def _show_warning(self, p: MonthProgress) -> None:
        weeks = p.over_limit_weeks
        if not weeks:
            self.offsite_warning.hide()
            self.offsite_warning.setText("")
            return
        parts = []
        for w in weeks:
            days = ", ".join(f"{_t(_SHORT_WEEKDAYS[d.weekday()])} {d.day}" for d in w.offsite_days)
            parts.append(
                self.tr("minggu {range}: <b>{n} hari</b> ({days})").format(
                    range=week_range(w), n=len(w.offsite_days), days=days
                )
            )
        self.offsite_warning.setText(
            self.tr(
                "\u26A0 <b>Kerja di luar kantor melebihi batas {limit} hari seminggu</b> pada {weeks}. "
                "PermenPANRB 4/2025 membatasi kerja di luar kantor (Rumah, Kantor lain, Lokasi lain) "
                "paling banyak {limit} hari kerja seminggu, kecuali tugasnya memang di luar kantor; "
                "Dinas Luar tidak dihitung. Batas {limit} hari ini adalah pengaturan yang bisa "
                "disesuaikan dengan kebijakan instansi."
            ).format(limit=p.offsite_limit, weeks="; ".join(parts))
        )
        self.offsite_warning.show()

    def _show_weeks(self, p: MonthProgress) -> None:
        self._weeks = list(p.weeks)
        self.week_logged.remove(0, self.week_logged.count())
        self.week_target.remove(0, self.week_target.count())
        self.week_logged.append([w.minutes / 60 for w in p.weeks])
        self.week_target.append([w.expected_minutes / 60 for w in p.weeks])
        self.week_axis.setCategories([week_axis_label(w) for w in p.weeks])
        top = max([w.minutes for w in p.weeks] + [w.expected_minutes for w in p.weeks] + [60]) / 60
        step = 10 if top <= 60 else 20
        ceiling = (int(top * 1.1) // step + 1) * step
        self.hours_axis.setRange(0, ceiling)
        self.hours_axis.setTickCount(ceiling // step + 1)

    def week_tooltip(self, index: int) -> str:
        if not 0 <= index < len(self._weeks):
            return ""
        w = self._weeks[index]
        text = self.tr("Minggu {range} {year}: tercatat {logged} dari target {expected}").format(
            range=week_range(w), year=w.last.year, logged=hours_text(w.minutes), expected=hours_text(w.expected_minutes)
        )
        for location in Location:
            total = w.by_location.get(location)
            if total is not None and total.minutes:
                text += "\n" + self.tr("{place}: {hours} pada {days} hari").format(
                    place=location_label(location), hours=hours_text(total.minutes), days=total.days
                )
        if w.offsite_days:
            text += "\n" + self.tr("{n} hari di luar kantor").format(n=len(w.offsite_days))
        return text

    def _week_hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.week_tooltip(index), self.week_view)
        else:
            QToolTip.hideText()

    def _show_locations(self, p: MonthProgress) -> None:
        self.location_series.clear()
        for location in Location:
            total = p.totals.by_location.get(location)
            minutes = total.minutes if total else 0
            days = total.days if total else 0
            label = self.tr("{place}: {hours}, {days} hari").format(
                place=location_label(location), hours=hours_text(minutes), days=days
            )
            piece = self.location_series.append(label, minutes / 60)
            piece.setColor(QColor(LOCATION_COLORS[location]))
            piece.setBorderColor(QColor("white"))
            piece.setLabelVisible(False)
            hours_label, days_label = self.location_cells[location]
            hours_label.setText(hours_text(minutes))
            days_label.setText(str(days))
            for w in (hours_label, days_label):
                w.setStyleSheet("" if minutes else f"color: {_MUTED};")
        has_any = p.totals.total_minutes > 0
        self.location_view.setVisible(has_any)
        self.location_empty.setVisible(not has_any)

    def location_labels(self) -> list[str]:
        return [s.label() for s in self.location_series.slices()]

    def _slice_hovered(self, piece, state: bool) -> None:  # noqa: ANN001
        piece.setExploded(state)
        piece.setExplodeDistanceFactor(0.06)
        if state:
            QToolTip.showText(QCursor.pos(), piece.label(), self.location_view)
        else:
            QToolTip.hideText()

    def _show_rhk(self, p: MonthProgress) -> None:
        while self.rhk_rows.count():
            self.rhk_rows.takeAt(0)
        for row in self._rhk_widgets:
            row.hide()
            row.setParent(None)  # now owned by Python alone: freed with the list below
        self._rhk_widgets = []
        if p.plan is None:
            self.rhk_box.setTitle(self.tr("Capaian RHK"))
            self.rhk_intro.setText(
                self.tr(
                    "Belum ada Rencana SKP untuk {month}. Isi rencana SKP (RHK beserta target "
                    "dan satuannya) lewat menu \u201cRencana SKP\u201d, lalu kaitkan kegiatan harian "
                    "ke RHK-nya; capaian setiap RHK akan tampil di sini."
                ).format(month=month_title(p.year, p.month))
            )
            self.rhk_intro.show()
            self.rhk_scroll.hide()
            self.unlinked_label.hide()
            self.disclaimer.hide()
            return
        period = p.plan.period
        self.rhk_box.setTitle(self.tr("Capaian RHK \u2014 {title}").format(title=period.title))
        if not p.rhk:
            self.rhk_intro.setText(
                self.tr("{title} belum berisi RHK. Tambahkan RHK lewat menu \u201cRencana SKP\u201d.").format(
                    title=period.title
                )
            )
            self.rhk_intro.show()
            self.rhk_scroll.hide()
        else:
            self.rhk_intro.hide()
            self.rhk_scroll.show()
            whole_year = period.first == date(period.first.year, 1, 1) and period.last == date(period.first.year, 12, 31)
            year_label = self.tr("Tahun {year}").format(year=period.first.year) if whole_year else self.tr("Periode")
            for i, item in enumerate(p.rhk, start=1):
                row = RhkRow(i, item, year_label)
                self.rhk_rows.addWidget(row)
                self._rhk_widgets.append(row)
            self.rhk_rows.addStretch(1)
        if p.unlinked_entries:
            self.unlinked_label.setText(
                self.tr("{n} kegiatan bulan ini belum dikaitkan ke RHK.").format(n=p.unlinked_entries)
            )
            self.unlinked_label.show()
        else:
            self.unlinked_label.hide()
        self.disclaimer.show()

    def rhk_rows_shown(self) -> list[RhkRow]:
        return list(self._rhk_widgets)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._progress is None and not self.error_label.isVisible():
            self.set_month(self._year, self._month)
        super().showEvent(event)
