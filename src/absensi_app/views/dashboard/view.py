"""The progress screen ("Kemajuan"): one month's hours against the schedule, the weeks, the
work locations, the days still to fill in, the year against the 1.250-hour yardstick, and the
employee's own progress toward the SKP plan.

Everything comes from ``ctx.summary.progress(year, month)`` (one call per month shown); this
module lays it out and fills the headline cards, the list of missing days and the off-site
warning; the calendar, the charts and the RHK rows draw themselves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.hours import DayState
from absensi_app.domain.rules import EARLIEST_DAY
from absensi_app.services.summary import MonthProgress
from absensi_app.views.dashboard.charts import LocationChart, WeekChart
from absensi_app.views.dashboard.month_grid import MonthGrid, calendar_legend
from absensi_app.views.dashboard.rhk import RhkPanel
from absensi_app.views.dashboard.style import BAD, GOOD, LOGGED_COLOR, MUTED
from absensi_app.views.dashboard.widgets import HeadlineCard
from absensi_app.views.formatting import (
    minutes_text,
    month_name,
    month_year,
    number_text,
    short_date_range,
    short_weekday_name,
    signed_minutes_text,
    weekday_date,
)
from absensi_app.views.labels import error_text

LATEST_YEAR = 2100


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + (month - 1) + step, 12)
    return y, m + 1


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
        self.month_label.setText(month_year(year, month))
        self._update_navigation()
        try:
            progress = self.ctx.summary.progress(year, month)
        except AbsensiError as exc:
            self._progress = None
            self.error_label.setText(
                self.tr("Ringkasan {month} tidak bisa dihitung: {error}").format(
                    month=month_year(year, month), error=error_text(exc)
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
            self.weeks.show_progress(progress)
            self.locations.show_progress(progress)
            self.rhk_box.show_progress(progress, self.ctx.rhk_feedback.for_month(f"{year:04d}-{month:02d}"))
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
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        nav.addWidget(hint, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("dashboardError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {BAD}; padding: 8px;")
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

        self.hours_card = HeadlineCard(self.tr("Jam tercatat bulan ini"), "hoursCard")
        self.balance_card = HeadlineCard(self.tr("Saldo berjalan"), "balanceCard")
        self.days_card = HeadlineCard(self.tr("Hari terisi / hari kerja"), "daysCard")
        self.year_card = HeadlineCard("", "yearCard")
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

        self.grid = MonthGrid()
        self.grid.activated.connect(self.day_activated)
        calendar_box = QGroupBox(self.tr("Kalender bulan"))
        cl = QVBoxLayout(calendar_box)
        cl.addWidget(self.grid, 1)
        cl.addLayout(calendar_legend())
        self.weeks = WeekChart()
        self.locations = LocationChart()
        self.rhk_box = RhkPanel()

        charts = QVBoxLayout()
        charts.addWidget(self.weeks, 1)
        charts.addWidget(self.locations, 1)
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
        self.prev_button.setText("\u25C0 " + month_name(prev[1]))
        self.prev_button.setToolTip(self.tr("Bulan sebelumnya (PageUp)"))
        self.prev_button.setEnabled((self._year, self._month) > low)
        self.next_button.setText(month_name(nxt[1]) + " \u25B6")
        self.next_button.setToolTip(self.tr("Bulan berikutnya (PageDown)"))
        self.next_button.setEnabled((self._year, self._month) < high)
        today = self.ctx.clock.today()
        self.today_button.setEnabled((self._year, self._month) != (today.year, today.month))

    # -- sections
    def _show_headline(self, p: MonthProgress) -> None:
        t = p.totals
        month_started = t.first <= p.today
        month_over = t.last < p.today

        self.hours_card.value.setText(minutes_text(t.total_minutes))
        if t.expected_minutes:
            self.hours_card.detail.setText(
                self.tr("dari target bulan {expected} ({percent}%)").format(
                    expected=minutes_text(t.expected_minutes),
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
            color = GOOD if balance >= 0 else BAD
            self.balance_card.value.setText(signed_minutes_text(balance))
            self.balance_card.value.setStyleSheet(f"color: {color};")
            template = (
                self.tr("terhadap target sebulan penuh {expected}")
                if month_over
                else self.tr("terhadap target s.d. hari ini {expected}")
            )
            self.balance_card.detail.setText(template.format(expected=minutes_text(t.expected_to_date_minutes)))
            self.balance_card.set_bar(t.total_minutes, t.expected_to_date_minutes, color)

        self.days_card.value.setText(f"{t.logged_days} / {t.working_days}")
        missing = len(t.missing_days)
        excused = sum(1 for c in p.cells if c.state in (DayState.LEAVE, DayState.TRAVEL))
        future = sum(1 for c in p.cells if c.state is DayState.FUTURE)
        parts = []
        if missing:
            parts.append(
                self.tr("<span style='color:{color}'><b>{n} kosong</b></span>").format(color=BAD, n=missing)
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
        self.days_card.set_bar(max(0, elapsed - missing), elapsed, GOOD if not missing else LOGGED_COLOR)

        y = p.year_totals
        self.year_card.title.setText(self.tr("Tahun {year} s.d. hari ini").format(year=y.year))
        self.year_card.value.setText(minutes_text(y.total_minutes))
        self.year_card.detail.setText(
            self.tr("dari patokan {yardstick} setahun<br>bagian s.d. hari ini: {share}").format(
                yardstick=minutes_text(y.yardstick_minutes), share=minutes_text(y.yardstick_to_date_minutes)
            )
        )
        ok = y.total_minutes >= y.yardstick_to_date_minutes
        self.year_card.set_bar(y.total_minutes, y.yardstick_minutes, GOOD if ok else LOGGED_COLOR)
        self.year_card.setToolTip(
            self.tr(
                "1.250 jam setahun adalah jam kerja efektif untuk analisis beban kerja, "
                "bukan aturan kehadiran. Target jadwal kerja s.d. hari ini: {expected} (saldo {balance})."
            ).format(expected=minutes_text(y.expected_to_date_minutes), balance=signed_minutes_text(y.balance_minutes))
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
                ).format(color=BAD, n=len(days), days=links, muted=MUTED)
            )
        elif p.totals.first > p.today:
            self.missing_label.setText(
                self.tr("<span style='color:{muted}'>Bulan ini belum dimulai.</span>").format(muted=MUTED)
            )
        else:
            self.missing_label.setText(
                self.tr("<span style='color:{color}'>\u2714 Semua hari kerja s.d. hari ini sudah terisi atau berketerangan.</span>").format(
                    color=GOOD
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
            days = ", ".join(f"{short_weekday_name(d.weekday())} {d.day}" for d in w.offsite_days)
            parts.append(
                self.tr("minggu {range}: <b>{n} hari</b> ({days})").format(
                    range=short_date_range(w.first, w.last), n=len(w.offsite_days), days=days
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

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._progress is None and not self.error_label.isVisible():
            self.set_month(self._year, self._month)
        super().showEvent(event)
