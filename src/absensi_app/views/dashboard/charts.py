"""The two charts of the progress screen: hours per week against the schedule, and the work
locations of the month (a donut with a table of hours and days)."""

from __future__ import annotations

import html

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QPieSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from absensi_app.domain.hours import WeekTotals
from absensi_app.domain.model import Location
from absensi_app.services.summary import MonthProgress
from absensi_app.views.dashboard.style import LOCATION_COLORS, LOGGED_COLOR, MUTED, TARGET_COLOR
from absensi_app.views.dashboard.widgets import Swatch
from absensi_app.views.formatting import minutes_text, short_date_range, short_month_name
from absensi_app.views.labels import location_label


def chart_view(chart: QChart) -> QChartView:
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


def week_axis_label(week: WeekTotals) -> str:
    """The week's Monday in two short lines ('16' over 'Nov'): longer labels get elided."""
    return f"{week.first.day}<br>{short_month_name(week.first.month)}"


class WeekChart(QGroupBox):
    """Bars of the hours logged and the hours the schedule expects, one pair per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Jam per minggu (minggu mulai Senin)"))
        self.logged = QBarSet(self.tr("Tercatat"))
        self.logged.setColor(QColor(LOGGED_COLOR))
        self.logged.setBorderColor(QColor(LOGGED_COLOR))
        self.target = QBarSet(self.tr("Target jadwal"))
        self.target.setColor(QColor(TARGET_COLOR))
        self.target.setBorderColor(QColor(TARGET_COLOR))
        self.series = QBarSeries()
        self.series.setBarWidth(0.75)
        self.series.append(self.logged)
        self.series.append(self.target)
        self.series.hovered.connect(self._hovered)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.axis = QBarCategoryAxis()
        axis_font = QFont(self.font())
        axis_font.setPointSizeF(max(7.0, axis_font.pointSizeF() * 0.9))
        self.axis.setLabelsFont(axis_font)
        self.hours_axis = QValueAxis()
        self.hours_axis.setLabelFormat(self.tr("%d j"))  # "%d" is the hours, "j" the unit
        self.hours_axis.setMinorTickCount(0)
        self.chart.addAxis(self.axis, Qt.AlignBottom)
        self.chart.addAxis(self.hours_axis, Qt.AlignLeft)
        self.series.attachAxis(self.axis)
        self.series.attachAxis(self.hours_axis)
        self.chart.legend().setAlignment(Qt.AlignTop)
        self.view = chart_view(self.chart)
        self._weeks: list[WeekTotals] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)

    def show_progress(self, p: MonthProgress) -> None:
        self._weeks = list(p.weeks)
        self.logged.remove(0, self.logged.count())
        self.target.remove(0, self.target.count())
        self.logged.append([w.minutes / 60 for w in p.weeks])
        self.target.append([w.expected_minutes / 60 for w in p.weeks])
        self.axis.setCategories([week_axis_label(w) for w in p.weeks])
        top = max([w.minutes for w in p.weeks] + [w.expected_minutes for w in p.weeks] + [60]) / 60
        step = 10 if top <= 60 else 20
        ceiling = (int(top * 1.1) // step + 1) * step
        self.hours_axis.setRange(0, ceiling)
        self.hours_axis.setTickCount(ceiling // step + 1)

    def tooltip(self, index: int) -> str:
        if not 0 <= index < len(self._weeks):
            return ""
        w = self._weeks[index]
        text = self.tr("Minggu {range} {year}: tercatat {logged} dari target {expected}").format(
            range=short_date_range(w.first, w.last),
            year=w.last.year,
            logged=minutes_text(w.minutes),
            expected=minutes_text(w.expected_minutes),
        )
        for location in Location:
            total = w.by_location.get(location)
            if total is not None and total.minutes:
                days = total.days
                text += "\n" + self.tr("{place}: {hours} pada %n hari", "", days).format(
                    place=location_label(location), hours=minutes_text(total.minutes)
                )
        if w.offsite_days:
            offsite = len(w.offsite_days)
            text += "\n" + self.tr("%n hari di luar kantor", "", offsite)
        return text

    def _hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.tooltip(index), self.view)
        else:
            QToolTip.hideText()


class LocationChart(QGroupBox):
    """The month's hours by work location: a donut beside a table of hours and days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lokasi kerja bulan ini"))
        self.series = QPieSeries()
        self.series.setHoleSize(0.5)
        self.series.setPieSize(0.95)
        self.series.hovered.connect(self._slice_hovered)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.legend().hide()
        self.view = chart_view(self.chart)
        self.view.setMinimumSize(150, 150)
        self.empty = QLabel(self.tr("Belum ada kegiatan tercatat pada bulan ini."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet(f"color: {MUTED};")
        table = QGridLayout()
        table.setHorizontalSpacing(10)
        table.setVerticalSpacing(4)
        for col, title in ((2, self.tr("Jam")), (3, self.tr("Hari"))):
            head = QLabel(f"<b>{html.escape(title, quote=False)}</b>")
            head.setAlignment(Qt.AlignRight)
            table.addWidget(head, 0, col)
        self.cells: dict[Location, tuple[QLabel, QLabel]] = {}
        for row, location in enumerate(Location, start=1):
            table.addWidget(Swatch(LOCATION_COLORS[location]), row, 0)
            table.addWidget(QLabel(location_label(location)), row, 1)
            hours, days = QLabel(), QLabel()
            for label in (hours, days):
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.addWidget(hours, row, 2)
            table.addWidget(days, row, 3)
            self.cells[location] = (hours, days)
        table.setColumnStretch(1, 1)
        self.note = QLabel(self.tr("Hari: banyaknya hari dengan kegiatan di lokasi itu."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")
        table.addWidget(self.note, len(Location) + 1, 0, 1, 4)
        table.setRowStretch(len(Location) + 2, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        donut = QVBoxLayout()
        donut.addWidget(self.view, 1)
        donut.addWidget(self.empty, 1)
        layout.addLayout(donut, 4)
        layout.addLayout(table, 5)

    def show_progress(self, p: MonthProgress) -> None:
        self.series.clear()
        for location in Location:
            total = p.totals.by_location.get(location)
            minutes = total.minutes if total else 0
            days = total.days if total else 0
            label = self.tr("{place}: {hours}, %n hari", "", days).format(
                place=location_label(location), hours=minutes_text(minutes)
            )
            piece = self.series.append(label, minutes / 60)
            piece.setColor(QColor(LOCATION_COLORS[location]))
            piece.setBorderColor(QColor("white"))
            piece.setLabelVisible(False)
            hours_label, days_label = self.cells[location]
            hours_label.setText(minutes_text(minutes))
            days_label.setText(str(days))
            for w in (hours_label, days_label):
                w.setStyleSheet("" if minutes else f"color: {MUTED};")
        has_any = p.totals.total_minutes > 0
        self.view.setVisible(has_any)
        self.empty.setVisible(not has_any)

    def labels(self) -> list[str]:
        return [s.label() for s in self.series.slices()]

    def _slice_hovered(self, piece, state: bool) -> None:  # noqa: ANN001
        piece.setExploded(state)
        piece.setExplodeDistanceFactor(0.06)
        if state:
            QToolTip.showText(QCursor.pos(), piece.label(), self.view)
        else:
            QToolTip.hideText()
