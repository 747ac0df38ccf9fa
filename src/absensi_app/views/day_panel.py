"""The day view ("Harian") as widgets: the calendar, the day's status and the hour totals on
the left; the day's title, the lock banner, the timer bar, the entries and the entry form on
the right.

``DayPanel`` only shows what it is given (``show_day``, ``show_totals``, ``decorate_calendar``);
the main window loads the data and answers the widgets' signals."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.model import DayStatus, DayStatusRecord, DaySummary, LeaveKind
from absensi_app.views.entry_form import EntryForm
from absensi_app.views.entry_table import EntryTableModel
from absensi_app.views.formatting import long_date, minutes_text, month_year, numeric_date, qdate
from absensi_app.views.labels import day_status_text, leave_label, status_label
from absensi_app.views.language import Retranslated
from absensi_app.views.timer_bar import TimerBar

if TYPE_CHECKING:
    from absensi_app.services.locks import MonthLock


class DayPanel(Retranslated, QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setMaximumDate(qdate(today + timedelta(days=366)))

        self.status_combo = QComboBox()
        self.status_combo.addItem("", "")
        for st in DayStatus:
            self.status_combo.addItem("", st.value)
        self.leave_combo = QComboBox()
        for kind in LeaveKind:
            self.leave_combo.addItem("", kind.value)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        status_box = self._status_box = QGroupBox()
        sform = QFormLayout(status_box)
        self._status_label, self.leave_label, self._note_label = QLabel(), QLabel(), QLabel()
        self._status_label.setBuddy(self.status_combo)
        sform.addRow(self._status_label, self.status_combo)
        sform.addRow(self.leave_label, self.leave_combo)
        sform.addRow(self._note_label, self.note_edit)

        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.month_label = QLabel()
        self.month_label.setWordWrap(True)
        totals_box = self._totals_box = QGroupBox()
        tl = QVBoxLayout(totals_box)
        tl.addWidget(self.total_label)
        tl.addWidget(self.progress)
        tl.addWidget(self.month_label)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar)
        ll.addWidget(status_box)
        ll.addWidget(totals_box)
        ll.addStretch(1)

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.model = EntryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        self.lock_banner = QFrame()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setStyleSheet(
            "#lockBanner { background: #fff4ce; border: 1px solid #e3c35a; border-radius: 4px; }"
            "#lockBanner QLabel { color: #5c4200; }"
        )
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.unlock_button = QPushButton()
        bl = QHBoxLayout(self.lock_banner)
        bl.setContentsMargins(10, 6, 6, 6)
        bl.addWidget(self.lock_label, 1)
        bl.addWidget(self.unlock_button, 0, Qt.AlignVCenter)
        self.lock_banner.hide()

        self.form = EntryForm()
        self.timer_bar = TimerBar()  # shown on today and while a timer runs (views.timer_control)
        self.timer_bar.hide()

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.subtitle)
        rl.addWidget(self.lock_banner)
        rl.addWidget(self.timer_bar)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.empty_label, 1)
        rl.addWidget(self.form)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts in the language now active (at the start and on LanguageChange); the
        day's own texts come with ``show_day`` and ``show_totals`` (the window shows the day again)."""
        self.calendar.setFirstDayOfWeek(Qt.Monday)  # a new locale brings its own first day
        self.status_combo.setItemText(0, self.tr("(belum diisi)"))
        for i, st in enumerate(DayStatus, start=1):
            self.status_combo.setItemText(i, status_label(st))
        for i, kind in enumerate(LeaveKind):
            self.leave_combo.setItemText(i, leave_label(kind))
        self.note_edit.setPlaceholderText(self.tr("mis. nomor surat tugas"))
        self._status_box.setTitle(self.tr("Status hari"))
        self._status_label.setText(self.tr("S&tatus"))
        self.leave_label.setText(self.tr("Jenis cuti"))
        self._note_label.setText(self.tr("Keterangan"))
        self._totals_box.setTitle(self.tr("Jumlah jam"))
        self.unlock_button.setText(self.tr("Buka kunci…"))
        self.unlock_button.setToolTip(self.tr("Buka kunci bulan ini untuk mengubah kegiatan (alasannya dicatat di riwayat)"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, max(0, self.model.columnCount() - 1))

    # ---- showing a day ---------------------------------------------------------------------
    def show_day(self, summary: DaySummary, lock: MonthLock | None, today: date) -> None:
        """The title, the entries (or why there are none), the lock banner and the status."""
        day = summary.day
        locked = lock is not None and lock.locked
        self.title.setText(long_date(day))
        self.subtitle.setText(self._day_note(summary, today))
        self.model.set_entries(summary.entries)
        has_entries = bool(summary.entries)
        self.table.setVisible(has_entries)
        self.empty_label.setVisible(not has_entries)
        if locked:
            self.empty_label.setText(self.tr("Tidak ada kegiatan pada hari ini. Bulan ini terkunci; buka kuncinya bila memang perlu menambah kegiatan."))
        elif day > today:
            self.empty_label.setText(self.tr("Tanggal ini belum terjadi. Kegiatan belum bisa dicatat, tetapi status hari (mis. cuti) bisa diisi di kiri."))
        else:
            self.empty_label.setText(self.tr("Belum ada kegiatan pada hari ini. Isi formulir di bawah, atau salin dari hari sebelumnya (Ctrl+Shift+C)."))
        self._show_lock_banner(day, lock)
        self.show_status(summary.status)

    def _day_note(self, summary: DaySummary, today: date) -> str:
        parts = []
        if summary.day == today:
            parts.append(self.tr("Hari ini"))
        if summary.holiday_name:
            parts.append(self.tr("Hari libur: {name}").format(name=summary.holiday_name))
        elif not summary.is_workday:
            parts.append(self.tr("Bukan hari kerja"))
        if summary.status is not None:
            parts.append(day_status_text(summary.status))
        return " \u2022 ".join(parts)

    def _show_lock_banner(self, day: date, lock: MonthLock | None) -> None:
        if lock is None or not lock.locked:
            self.lock_banner.hide()
            return
        self.lock_label.setText(
            self.tr(
                "<b>{month} terkunci</b> (ringkasan revisi {revision} diekspor {when}). Kegiatan dan "
                "status hari di bulan ini tidak bisa diubah."
            ).format(
                month=month_year(day.year, day.month),
                revision=lock.revision,
                when=numeric_date(lock.exported_at),
            )
        )
        self.lock_banner.show()

    def show_status(self, record: DayStatusRecord | None) -> None:
        """The status fields as ``record`` says, without emitting their signals."""
        for w in (self.status_combo, self.leave_combo, self.note_edit):
            w.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(record.status.value) if record else 0)
        if record and record.leave_kind:
            self.leave_combo.setCurrentIndex(self.leave_combo.findData(record.leave_kind.value))
        self.note_edit.setText(record.note if record else "")
        self.note_edit.setEnabled(record is not None)
        is_cuti = self.status_combo.currentData() == DayStatus.CUTI.value
        self.leave_combo.setVisible(is_cuti)
        self.leave_label.setVisible(is_cuti)
        for w in (self.status_combo, self.leave_combo, self.note_edit):
            w.blockSignals(False)

    def show_totals(self, summary: DaySummary, month_per_day: dict[date, int]) -> None:
        """The day's hours against its target, and the month's (``month_per_day``: minutes
        of each day of the month that has entries)."""
        total, expected = summary.total_minutes, summary.expected_minutes
        if expected:
            self.total_label.setText(
                self.tr("Tercatat <b>{total}</b> dari target {expected}").format(
                    total=minutes_text(total), expected=minutes_text(expected)
                )
            )
            self.progress.setRange(0, expected)
            self.progress.setValue(min(total, expected))
            self.progress.show()
        else:
            self.total_label.setText(self.tr("Tercatat <b>{total}</b> (tidak ada target hari ini)").format(total=minutes_text(total)))
            self.progress.hide()
        days = len(month_per_day)
        self.month_label.setText(
            self.tr("{month}: {total} pada %n hari", "", days).format(
                month=month_year(summary.day.year, summary.day.month),
                total=minutes_text(sum(month_per_day.values())),
            )
        )

    def select_day(self, day: date) -> None:
        """Mark ``day`` in the calendar without emitting its signals."""
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(qdate(day))
        self.calendar.blockSignals(False)

    def decorate_calendar(self, holidays: dict[date, str], statuses: dict[date, DayStatusRecord],
                          logged: Iterable[date]) -> None:  # fmt: skip
        """Holidays in red, excused days (cuti, sakit, izin) in blue, days with entries bold on green."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        for day, name in holidays.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(QColor("#b3261e")))
            fmt.setToolTip(name)
            self.calendar.setDateTextFormat(qdate(day), fmt)
        for day, record in statuses.items():
            fmt = self.calendar.dateTextFormat(qdate(day))
            if record.status.excuses_work:
                fmt.setBackground(QBrush(QColor("#c6d6f7")))  # as "cuti/sakit/izin" in Kemajuan
            fmt.setToolTip(day_status_text(record))
            self.calendar.setDateTextFormat(qdate(day), fmt)
        for day in logged:
            fmt = self.calendar.dateTextFormat(qdate(day))
            fmt.setFontWeight(QFont.Bold)
            fmt.setBackground(QBrush(QColor("#d7f0dc")))
            self.calendar.setDateTextFormat(qdate(day), fmt)
