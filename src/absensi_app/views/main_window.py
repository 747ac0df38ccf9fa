"""The main window: one day at a time, its entries, status and totals ("Harian"), and the
month's progress ("Kemajuan", views.dashboard, built the first time it is shown)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, QUrl, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QUndoStack,
)
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
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from absensi_app import __version__
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DayStatus,
    DayStatusRecord,
    DaySummary,
    Entry,
    LeaveKind,
    Location,
)
from absensi_app.domain.rules import validate_entry
from absensi_app.services.context import AppContext
from absensi_app.services.evidence import store_evidence_file
from absensi_app.services.locks import MonthLock
from absensi_app.services.worklog import month_bounds
from absensi_app.views import prompts
from absensi_app.views.commands import AddEntries, DeleteEntries, EditEntry, SetStatus
from absensi_app.views.entry_form import EntryForm
from absensi_app.views.labels import error_text, leave_label, location_label, minutes_text, status_label

if TYPE_CHECKING:
    from absensi_app.views.dashboard import DashboardView


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


class EntryTableModel(QAbstractTableModel):
    COLUMNS = ("Jam", "Durasi", "Lokasi", "Uraian kegiatan", "Output", "Bukti")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[Entry, ...] = ()

    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        for i, e in enumerate(self._entries):
            if e.id == entry_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802, ANN201
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        e = self.entry(index.row())
        if e is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return f"{e.start:%H:%M}\u2013{e.end:%H:%M}" if e.start and e.end else self.tr("(durasi)")
            if col == 1:
                return minutes_text(e.minutes)
            if col == 2:
                return location_label(e.location)
            if col == 3:
                return e.description
            if col == 4:
                return e.output_text
            if col == 5:
                if e.evidence.file_name:
                    return "\U0001F4CE " + Path(e.evidence.file_name).name.split("-", 1)[-1]
                return e.evidence.link or ""
        if role == Qt.ToolTipRole:
            if col == 3:
                return e.description
            if col == 5 and e.evidence.sha256:
                return f"SHA-256: {e.evidence.sha256}"
            if col == 5:
                return e.evidence.link
        if role == Qt.TextAlignmentRole and col in (0, 1, 4):
            return int(Qt.AlignVCenter | (Qt.AlignRight if col == 1 else Qt.AlignLeft))
        return None


class MainWindow(QMainWindow):
    day_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self._day = ctx.clock.today()
        self._summary: DaySummary | None = None
        self._dashboard: DashboardView | None = None
        self._dashboard_stale = True
        self._lock: MonthLock | None = None  # the lock of the shown day's month, if any
        self._export_folder: Path | None = None
        self._side_windows: list[QWidget] = []  # summary viewers, the team recap
        self._reloading = False  # reload_from_store is running: failures go to the status bar
        self.setWindowTitle(self.tr("Absensi"))
        self.setAcceptDrops(True)  # a summary PDF dropped on the window opens in the viewer
        self._build()
        self._build_actions()
        self.load_day(self._day)
        self.form.description.setFocus()

    # ---- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setMaximumDate(_qdate(self.ctx.clock.today() + timedelta(days=366)))
        self.calendar.clicked.connect(lambda qd: self.load_day(_pydate(qd)))
        self.calendar.activated.connect(lambda qd: self.load_day(_pydate(qd)))
        self.calendar.currentPageChanged.connect(lambda y, m: self._decorate_calendar(y, m))

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("(belum diisi)"), "")
        for st in DayStatus:
            self.status_combo.addItem(status_label(st), st.value)
        self.leave_combo = QComboBox()
        for kind in LeaveKind:
            self.leave_combo.addItem(leave_label(kind), kind.value)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("mis. nomor surat tugas"))
        self.note_edit.setMaxLength(500)
        status_box = QGroupBox(self.tr("Status hari"))
        sform = QFormLayout(status_box)
        sform.addRow(self.tr("S&tatus"), self.status_combo)
        self.leave_label = QLabel(self.tr("Jenis cuti"))
        sform.addRow(self.leave_label, self.leave_combo)
        sform.addRow(self.tr("Keterangan"), self.note_edit)
        self.status_combo.activated.connect(self._status_edited)
        self.leave_combo.activated.connect(self._status_edited)
        self.note_edit.editingFinished.connect(self._status_edited)

        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.month_label = QLabel()
        self.month_label.setWordWrap(True)
        totals_box = QGroupBox(self.tr("Jumlah jam"))
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
        self.table.doubleClicked.connect(lambda idx: self.edit_row(idx.row()))
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
        self.unlock_button = QPushButton(self.tr("Buka kunci…"))
        self.unlock_button.setToolTip(self.tr("Buka kunci bulan ini untuk mengubah kegiatan (alasannya dicatat di riwayat)"))
        self.unlock_button.clicked.connect(self.unlock_month)
        bl = QHBoxLayout(self.lock_banner)
        bl.setContentsMargins(10, 6, 6, 6)
        bl.addWidget(self.lock_label, 1)
        bl.addWidget(self.unlock_button, 0, Qt.AlignVCenter)
        self.lock_banner.hide()

        self.form = EntryForm()
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self.new_entry)
        self.form.evidence_file_requested.connect(self._choose_evidence)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.subtitle)
        rl.addWidget(self.lock_banner)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.empty_label, 1)
        rl.addWidget(self.form)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.day_page = QWidget()
        cl = QHBoxLayout(self.day_page)
        cl.addWidget(splitter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.day_page)
        self.setCentralWidget(self.pages)
        self.resize(1180, 760)

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Urungkan"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Ula&ngi"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_show_day = self._action(self.tr("&Harian"), "Ctrl+1", self.show_day_view)
        self.act_show_dashboard = self._action(self.tr("&Kemajuan"), ["Ctrl+2", "Ctrl+D"], self.show_dashboard)
        self.view_group = QActionGroup(self)
        for a in (self.act_show_day, self.act_show_dashboard):
            a.setCheckable(True)
            self.view_group.addAction(a)
        self.act_show_day.setChecked(True)
        self.act_show_day.setToolTip(self.tr("Kegiatan satu hari (Ctrl+1)"))
        self.act_show_dashboard.setToolTip(self.tr("Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)"))
        self.act_new = self._action(self.tr("Kegiatan &baru"), "Ctrl+N", self._in_day_view(self.new_entry))
        self.act_save = self._action(self.tr("&Simpan kegiatan"), ["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"], self.form.submit)
        self.act_edit = self._action(self.tr("U&bah kegiatan terpilih"), "F2", self.edit_selected)
        self.act_delete = self._action(self.tr("&Hapus kegiatan terpilih"), QKeySequence.Delete, self.delete_selected)
        self.act_delete.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.table.addAction(self.act_delete)
        self.removeAction(self.act_delete)
        self.act_copy = self._action(self.tr("Salin dari hari &sebelumnya"), "Ctrl+Shift+C", self.copy_previous_day)
        self.act_prev = self._action(self.tr("Hari se&belumnya"), ["Alt+Left", "Ctrl+PgUp"], self._in_day_view(lambda: self.load_day(self._day - timedelta(days=1))))
        self.act_next = self._action(self.tr("Hari beri&kutnya"), ["Alt+Right", "Ctrl+PgDown"], self._in_day_view(lambda: self.load_day(self._day + timedelta(days=1))))
        self.act_today = self._action(self.tr("Hari &ini"), ["Ctrl+T", "Alt+Home"], self._in_day_view(lambda: self.load_day(self.ctx.clock.today())))
        self.act_pick = self._action(self.tr("&Pilih tanggal di kalender"), "Ctrl+G", self._in_day_view(self.calendar.setFocus))
        self.act_profile = self._action(self.tr("&Profil dan jadwal kerja\u2026"), "Ctrl+,", self.edit_profile)
        self.act_skp = self._action(self.tr("&Rencana SKP\u2026"), None, self.edit_skp)
        self.act_work_calendar = self._action(self.tr("&Kalender kerja\u2026"), None, self.edit_work_calendar)
        self.act_signing_key = self._action(self.tr("Kunci &tanda tangan\u2026"), None, self.edit_signing_key)
        self.act_export = self._action(self.tr("&Ekspor ringkasan\u2026"), "Ctrl+E", self.export_summary)
        self.act_export.setToolTip(self.tr("Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)"))
        self.act_unlock = self._action(self.tr("B&uka kunci bulan\u2026"), None, self.unlock_month)
        self.act_history = self._action(self.tr("&Riwayat perubahan\u2026"), None, self.show_history)
        self.act_open_summary = self._action(self.tr("&Buka ringkasan\u2026"), "Ctrl+O", lambda: self.open_summary())
        self.act_recap = self._action(self.tr("Rekap &tim\u2026"), None, self.open_recap)
        self.act_trust = self._action(self.tr("Sertifikat &tepercaya\u2026"), None, self.open_trust)
        self.act_folder = self._action(self.tr("Buka &folder data"), None, self._open_data_folder)
        self.act_backup_now = self._action(self.tr("&Cadangkan sekarang"), "Ctrl+Shift+B", self.backup_now)
        self.act_backups = self._action(self.tr("&Pulihkan cadangan\u2026"), None, self.open_backups)
        self.act_quit = self._action(self.tr("&Keluar"), QKeySequence.Quit, self.close)
        self.act_keys = self._action(self.tr("&Pintasan keyboard"), "F1", self._show_shortcuts)
        self.act_about = self._action(self.tr("&Tentang Absensi"), None, self._about)

        esc = QShortcut(QKeySequence(Qt.Key_Escape), self.form)
        esc.setContext(Qt.WidgetWithChildrenShortcut)
        esc.activated.connect(self.form.cancel)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.WidgetShortcut)
            enter.activated.connect(self.edit_selected)

        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Berkas"))
        m.addAction(self.act_export)
        m.addAction(self.act_unlock)
        m.addAction(self.act_history)
        m.addSeparator()
        m.addAction(self.act_open_summary)
        m.addAction(self.act_recap)
        m.addSeparator()
        m.addAction(self.act_folder)
        m.addAction(self.act_backup_now)
        m.addAction(self.act_backups)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Sunting"))
        for a in (self.act_undo, self.act_redo, None, self.act_new, self.act_save, self.act_edit, self.act_delete, None, self.act_copy):
            m.addSeparator() if a is None else m.addAction(a)
        m = bar.addMenu(self.tr("&Lihat"))
        for a in (self.act_show_day, self.act_show_dashboard, None, self.act_prev, self.act_next, self.act_today, self.act_pick):
            m.addSeparator() if a is None else m.addAction(a)
        m = bar.addMenu(self.tr("Pe&ngaturan"))
        m.addAction(self.act_profile)
        m.addAction(self.act_skp)
        m.addAction(self.act_work_calendar)
        m.addAction(self.act_signing_key)
        m.addAction(self.act_trust)
        m = bar.addMenu(self.tr("Ban&tuan"))
        m.addAction(self.act_keys)
        m.addAction(self.act_about)

        tb = QToolBar(self.tr("Navigasi"))
        tb.setObjectName("navigation")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.act_prev.setIconText(self.tr("\u25C0 Sebelumnya"))
        self.act_next.setIconText(self.tr("Berikutnya \u25B6"))
        self.act_today.setIconText(self.tr("Hari ini"))
        tb.addAction(self.act_show_day)
        tb.addAction(self.act_show_dashboard)
        tb.addSeparator()
        for a in (self.act_prev, self.act_today, self.act_next):
            tb.addAction(a)
        tb.addSeparator()
        self.act_new.setIconText(self.tr("+ Kegiatan baru"))
        tb.addAction(self.act_new)
        tb.addAction(self.act_copy)
        tb.addSeparator()
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        tb.addSeparator()
        tb.addAction(self.act_export)
        for a in (self.act_prev, self.act_next, self.act_today, self.act_new, self.act_copy):
            keys = a.shortcut().toString(QKeySequence.NativeText)
            a.setToolTip(f"{a.text().replace('&', '')} ({keys})")
        self.addToolBar(tb)
        self.statusBar()
        self.undo_stack.indexChanged.connect(lambda _index: self._data_changed())

    # ---- pages: Harian and Kemajuan ------------------------------------------------------
    def _in_day_view(self, slot):  # noqa: ANN001, ANN202
        """A day action used from the progress view first brings the day view back."""

        def run() -> None:
            self.show_day_view()
            slot()

        return run

    @property
    def dashboard(self) -> DashboardView:
        """The progress view, built (and QtCharts loaded) the first time it is needed."""
        if self._dashboard is None:
            from absensi_app.views.dashboard import DashboardView

            self._dashboard = DashboardView(self.ctx)
            self._dashboard.day_activated.connect(self.open_day)
            self.pages.addWidget(self._dashboard)
        return self._dashboard

    def is_dashboard_shown(self) -> bool:
        return self._dashboard is not None and self.pages.currentWidget() is self._dashboard

    def show_dashboard(self) -> None:
        """Show the month of the current day; recomputed only when something changed."""
        dashboard = self.dashboard
        target = (self._day.year, self._day.month)
        if self._dashboard_stale or not dashboard.is_current() or (dashboard.year, dashboard.month) != target:
            dashboard.set_month(*target)
            self._dashboard_stale = False
        self.pages.setCurrentWidget(dashboard)
        self._page_changed()
        dashboard.setFocus()

    def show_day_view(self) -> None:
        if self.pages.currentWidget() is self.day_page:
            return
        self.pages.setCurrentWidget(self.day_page)
        self._page_changed()
        self.form.description.setFocus()

    def open_day(self, day: date) -> None:
        """Open ``day`` in the day view (a click on the progress view's calendar)."""
        self.show_day_view()
        self.load_day(day)

    def invalidate_dashboard(self) -> None:
        """Entries, statuses, the schedule or the SKP changed: recompute when next shown."""
        self._data_changed()

    def _data_changed(self) -> None:
        if self.is_dashboard_shown():
            self._dashboard.refresh()  # e.g. Ctrl+Z pressed while looking at it
            self._dashboard_stale = False
        else:
            self._dashboard_stale = True

    def _page_changed(self) -> None:
        on_day = not self.is_dashboard_shown()
        (self.act_show_day if on_day else self.act_show_dashboard).setChecked(True)
        self._update_edit_state()

    def _update_edit_state(self) -> None:
        """Editing is off for a locked month, entries for future days, most actions off the day view."""
        on_day = not self.is_dashboard_shown()
        locked = self._lock is not None and self._lock.locked
        past = self._day <= self.ctx.clock.today()
        self.form.setEnabled(past and not locked)
        for a in (self.act_save, self.act_edit):
            a.setEnabled(on_day and not locked)
        self.act_new.setEnabled(not locked)
        self.act_delete.setEnabled(not locked)
        self.act_copy.setEnabled(on_day and past and not locked)
        self.status_combo.setEnabled(not locked)
        self.leave_combo.setEnabled(not locked)
        self.note_edit.setEnabled(not locked and self._summary is not None and self._summary.status is not None)

    # ---- loading -------------------------------------------------------------------------
    @property
    def current_day(self) -> date:
        return self._day

    def load_day(self, day: date, select_id: int | None = None) -> None:
        changed_day = day != self._day
        self._day = day
        try:
            summary = self.ctx.worklog.day(day)
        except AbsensiError as exc:
            self._fail(exc)
            return
        self._summary = summary
        today = self.ctx.clock.today()
        try:
            self._lock = self.ctx.locks.get(f"{day.year:04d}-{day.month:02d}")
        except AbsensiError:
            self._lock = None
        locked = self._lock is not None and self._lock.locked
        self.title.setText(self._day_title(day))
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
        self._show_lock_banner(day)
        self._show_status(summary.status)
        self._update_edit_state()
        self._show_totals(summary)
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(_qdate(day))
        self.calendar.blockSignals(False)
        self._decorate_calendar(day.year, day.month)
        editing = self.form.editing
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.table.selectRow(row)
        edited_entry_gone = editing is not None and self.model.row_of(editing.id) < 0
        nothing_typed = editing is None and not self.form.has_input()
        try:
            self.form.set_rhk_choices(self.ctx.skp.choices(day))
        except AbsensiError:
            pass
        if changed_day or edited_entry_gone or nothing_typed:
            self._reset_form()  # a blank form starts after the last entry; typed input is kept
        try:
            self.form.set_suggestions(self.ctx.worklog.suggestions(), self.ctx.worklog.units())
        except AbsensiError:
            pass
        self.day_changed.emit(day)

    def _day_title(self, day: date) -> str:
        weekday = self.tr(WEEKDAY_NAMES[day.weekday()])
        month = self.tr(MONTH_NAMES[day.month - 1])
        return self.tr("{weekday}, {day} {month} {year}").format(weekday=weekday, day=day.day, month=month, year=day.year)

    def _month_text(self, year: int, month: int) -> str:
        return f"{self.tr(MONTH_NAMES[month - 1])} {year}"

    def _show_lock_banner(self, day: date) -> None:
        lock = self._lock
        if lock is None or not lock.locked:
            self.lock_banner.hide()
            return
        self.lock_label.setText(
            self.tr(
                "<b>{month} terkunci</b> (ringkasan revisi {revision} diekspor {when}). Kegiatan dan "
                "status hari di bulan ini tidak bisa diubah."
            ).format(
                month=self._month_text(day.year, day.month),
                revision=lock.revision,
                when=lock.exported_at.strftime("%d-%m-%Y"),
            )
        )
        self.lock_banner.show()

    def _day_note(self, summary: DaySummary, today: date) -> str:
        parts = []
        if summary.day == today:
            parts.append(self.tr("Hari ini"))
        if summary.holiday_name:
            parts.append(self.tr("Hari libur: {name}").format(name=summary.holiday_name))
        elif not summary.is_workday:
            parts.append(self.tr("Bukan hari kerja"))
        if summary.status is not None:
            parts.append(self._status_text(summary.status))
        return " \u2022 ".join(parts)

    def _status_text(self, record: DayStatusRecord) -> str:
        text = leave_label(record.leave_kind) if record.leave_kind else status_label(record.status)
        return f"{text}: {record.note}" if record.note else text

    def _show_status(self, record: DayStatusRecord | None) -> None:
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

    def _show_totals(self, summary: DaySummary) -> None:
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
        first, last = month_bounds(summary.day.year, summary.day.month)
        per_day = self.ctx.worklog.days_with_entries(first, last)
        self.month_label.setText(
            self.tr("{month} {year}: {total} pada {days} hari").format(
                month=self.tr(MONTH_NAMES[summary.day.month - 1]),
                year=summary.day.year,
                total=minutes_text(sum(per_day.values())),
                days=len(per_day),
            )
        )

    def _decorate_calendar(self, year: int, month: int) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        first, last = month_bounds(year, month)
        first, last = first - timedelta(days=7), last + timedelta(days=14)
        logged = self.ctx.worklog.days_with_entries(first, last)
        statuses = self.ctx.worklog.statuses_between(first, last)
        for day, name in self.ctx.calendar.holidays_between(first, last).items():
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(QColor("#b3261e")))
            fmt.setToolTip(name)
            self.calendar.setDateTextFormat(_qdate(day), fmt)
        for day, record in statuses.items():
            fmt = self.calendar.dateTextFormat(_qdate(day))
            if record.status.excuses_work:
                fmt.setBackground(QBrush(QColor("#c6d6f7")))  # as "cuti/sakit/izin" in Kemajuan
            fmt.setToolTip(self._status_text(record))
            self.calendar.setDateTextFormat(_qdate(day), fmt)
        for day in logged:
            fmt = self.calendar.dateTextFormat(_qdate(day))
            fmt.setFontWeight(QFont.Bold)
            fmt.setBackground(QBrush(QColor("#d7f0dc")))
            self.calendar.setDateTextFormat(_qdate(day), fmt)

    def _reset_form(self) -> None:
        summary = self._summary
        schedule = self.ctx.profile.schedule()
        start = schedule.day_start
        location = Location.KANTOR
        if summary and summary.entries:
            timed = [e for e in summary.entries if e.end is not None]
            if timed:
                start = max(e.end for e in timed)
            location = summary.entries[-1].location
        if summary and summary.status and summary.status.status is DayStatus.DINAS_LUAR:
            location = Location.DINAS_LUAR
        if start >= time(23, 0):
            start = time(22, 59)
        self.form.new_entry(self._day, start, location)

    # ---- actions -------------------------------------------------------------------------
    def new_entry(self) -> None:
        self.table.clearSelection()
        self._reset_form()
        self.form.start.setFocus()

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def edit_row(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is not None:
            self.form.edit_entry(entry)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.statusBar().showMessage(self.tr("Pilih dulu kegiatan di tabel."), 4000)
            return
        self.form.edit_entry(entry)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.statusBar().showMessage(self.tr("Pilih dulu kegiatan yang akan dihapus."), 4000)
            return
        try:
            deleted = self.ctx.worklog.delete(entry.id)
        except AbsensiError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(DeleteEntries(self.tr("hapus kegiatan"), self.ctx.worklog, [deleted], self._refresh, self._fail))
        self.load_day(self._day)
        self.statusBar().showMessage(self.tr("Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan."), 6000)
        self.table.setFocus()

    def _submit(self, draft, entry_id: int) -> None:  # noqa: ANN001
        others = [e for e in (self._summary.entries if self._summary else ()) if e.id != entry_id]
        try:
            validate_entry(draft, others, self.ctx.clock.today())
            if self.form.evidence_file is not None:
                draft = replace(draft, evidence=replace(store_evidence_file(self.form.evidence_file, self.ctx.paths.evidence_dir), link=draft.evidence.link))
            if entry_id:
                before = self.ctx.worklog.get(entry_id)
                after = self.ctx.worklog.update(entry_id, draft)
                self.undo_stack.push(EditEntry(self.tr("ubah kegiatan"), self.ctx.worklog, before, after, self._refresh, self._fail))
                message = self.tr("Perubahan disimpan.")
            else:
                after = self.ctx.worklog.add(draft)
                self.undo_stack.push(AddEntries(self.tr("tambah kegiatan"), self.ctx.worklog, [after], self._refresh, self._fail))
                message = self.tr("Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.")
        except AbsensiError as exc:
            self.form.show_error(error_text(exc), getattr(exc, "field", None))
            return
        self._summary = None
        self.load_day(after.day, select_id=after.id)
        self._reset_form()
        self.statusBar().showMessage(message, 6000)
        self.form.description.setFocus()

    def copy_previous_day(self) -> None:
        try:
            source = self.ctx.worklog.previous_logged_day(self._day)
            created = self.ctx.worklog.copy_previous_day(self._day)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Tidak bisa menyalin"), error_text(exc))
            return
        self.undo_stack.push(AddEntries(self.tr("salin dari hari sebelumnya"), self.ctx.worklog, created, self._refresh, self._fail))
        self.load_day(self._day)
        self.statusBar().showMessage(
            self.tr("{n} kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.").format(n=len(created), day=self._day_title(source)),
            8000,
        )

    def _status_edited(self) -> None:
        code = self.status_combo.currentData()
        before = self._summary.status if self._summary else None
        if not code:
            after = None
        else:
            status = DayStatus(code)
            kind = LeaveKind(self.leave_combo.currentData()) if status is DayStatus.CUTI else None
            after = DayStatusRecord(self._day, status, kind, self.note_edit.text().strip())
        if before == after:
            self._show_status(before)
            return
        try:
            if after is None:
                self.ctx.worklog.set_status(self._day, None)
            else:
                self.ctx.worklog.set_status(self._day, after.status, after.leave_kind, after.note)
        except AbsensiError as exc:
            self._fail(exc)
            self._show_status(before)
            return
        self.undo_stack.push(SetStatus(self.tr("ubah status hari"), self.ctx.worklog, self._day, before, after, self._refresh, self._fail))
        self.load_day(self._day)

    def _choose_evidence(self) -> None:
        path = prompts.open_file(self, self.tr("Pilih berkas bukti dukung"), self.tr("Semua berkas (*)"))
        if path:
            self.form.attach_file(Path(path))

    def _refresh(self, day: date) -> None:
        self._summary = None
        self.load_day(day)

    def _fail(self, exc: AbsensiError) -> None:
        if self._reloading:  # a dialog here would activate the window, reload and fail again
            self.statusBar().showMessage(error_text(exc), 10000)
            return
        prompts.error(self, self.tr("Absensi"), error_text(exc))

    # ---- changes made elsewhere: the command line beside the window -----------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.WindowActivate:
            self.reload_from_store()
        return super().event(event)

    def reload_from_store(self) -> None:
        """Show what changed while the window was in the background (e.g. ``absensi log add``
        in a terminal): the shown day again and, if it is on screen, the month's progress.

        Typed input and the entry being edited are kept (load_day keeps them). Runs each time
        the window is activated, so a failure is a status bar message, never a dialog."""
        if self._reloading:
            return
        self._reloading = True
        try:
            self.load_day(self._day)
            self._data_changed()
        except Exception:  # noqa: BLE001 - never a traceback; the details go to the log
            logging.getLogger(__name__).exception("reloading the shown day failed")
            self.statusBar().showMessage(self.tr("Data terbaru belum bisa dimuat. Rinciannya tercatat di log aplikasi."), 10000)
        finally:
            self._reloading = False

    def edit_profile(self) -> None:
        from absensi_app.views.profile_form import SetupDialog

        def save(profile, schedule) -> None:  # noqa: ANN001
            self.ctx.profile.save(profile, schedule)

        dialog = SetupDialog(self.ctx.clock.today, save, None, self.ctx.profile.get(), self.ctx.profile.schedule(), self)
        if dialog.exec():
            self.invalidate_dashboard()
            self.load_day(self._day)
            self.statusBar().showMessage(self.tr("Profil dan jadwal kerja disimpan."), 5000)

    def edit_skp(self) -> None:
        from absensi_app.views.skp_dialog import open_skp_dialog

        open_skp_dialog(self.ctx, self)
        self.invalidate_dashboard()
        self.load_day(self._day)

    def edit_work_calendar(self) -> None:
        from absensi_app.views.calendar_dialog import open_calendar_dialog

        open_calendar_dialog(self.ctx, self)
        self.invalidate_dashboard()
        self.load_day(self._day)

    def edit_signing_key(self) -> None:
        from absensi_app.views.key_dialog import open_key_dialog

        open_key_dialog(self.ctx, self)

    # ---- monthly summary, locks and history ------------------------------------------------
    def _view_month(self) -> tuple[int, int]:
        """The month the user is looking at: the progress view's, or the shown day's."""
        if self.is_dashboard_shown():
            return self._dashboard.year, self._dashboard.month
        return self._day.year, self._day.month

    def export_summary(self) -> None:
        from absensi_app.views.export_dialog import open_export_dialog

        self._export_folder = open_export_dialog(self.ctx, self, self._export_folder, self._exported)

    def _exported(self, result) -> None:  # noqa: ANN001 - an ExportResult
        if not result.signed:
            return
        self.invalidate_dashboard()
        self.load_day(self._day)
        year, month = int(result.month[:4]), int(result.month[5:7])
        self.statusBar().showMessage(
            self.tr("Ringkasan {month} revisi {revision} ditandatangani; bulan itu sekarang terkunci.").format(
                month=self._month_text(year, month), revision=result.revision
            ),
            10000,
        )

    def unlock_month(self) -> None:
        year, month = self._view_month()
        key = f"{year:04d}-{month:02d}"
        name = self._month_text(year, month)
        title = self.tr("Buka kunci bulan")
        try:
            lock = self.ctx.locks.get(key)
        except AbsensiError as exc:
            self._fail(exc)
            return
        if lock is None or not lock.locked:
            prompts.info(self, title, self.tr("{month} tidak terkunci; tidak ada yang perlu dibuka.").format(month=name))
            return
        reason = prompts.ask_text(
            self,
            self.tr("Buka kunci {month}").format(month=name),
            self.tr(
                "Ringkasan bertanda tangan revisi {revision} untuk {month} sudah diekspor pada {when}. "
                "Sesudah kuncinya dibuka, kegiatan bisa diubah lagi dan ekspor bertanda tangan "
                "berikutnya menjadi revisi {next}. Pembukaan kunci dan alasannya dicatat di riwayat "
                "perubahan.\n\nAlasan membuka kunci:"
            ).format(revision=lock.revision, month=name, when=lock.exported_at.strftime("%d-%m-%Y %H:%M"), next=lock.revision + 1),
        )
        if reason is None:
            return
        try:
            unlocked = self.ctx.locks.unlock(key, reason)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return
        self.invalidate_dashboard()
        self.load_day(self._day)
        self.statusBar().showMessage(
            self.tr("Kunci {month} dibuka. Ekspor bertanda tangan berikutnya menjadi revisi {next}.").format(
                month=name, next=unlocked.revision + 1
            ),
            10000,
        )

    # ---- supervisor side: summaries, recap, trusted certificates -----------------------------
    def open_summary(self, path: str | Path | None = None):  # noqa: ANN201
        """Open a summary PDF in a viewer window (asks for the file when ``path`` is None)."""
        from absensi_app.views.summary_viewer import SummaryViewer

        viewer = SummaryViewer(self.ctx, self)
        viewer.setAttribute(Qt.WA_DeleteOnClose)
        viewer.decision_applied.connect(self._decision_applied)
        viewer.destroyed.connect(lambda *_: self._forget(viewer))
        self._side_windows.append(viewer)
        viewer.show()
        if path is None:
            viewer.choose_file()
        else:
            viewer.open_file(path)
        return viewer

    def open_recap(self):  # noqa: ANN201
        from absensi_app.views.recap_window import RecapWindow

        recap = RecapWindow(self.ctx, self)
        recap.setAttribute(Qt.WA_DeleteOnClose)
        recap.destroyed.connect(lambda *_: self._forget(recap))
        self._side_windows.append(recap)
        recap.show()
        recap.choose_folder()
        return recap

    def open_trust(self) -> None:
        from absensi_app.views.trust_dialog import TrustDialog

        dialog = TrustDialog(self.ctx, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()

    def _forget(self, window: QWidget) -> None:
        if window in self._side_windows:
            self._side_windows.remove(window)

    def _decision_applied(self, *_args) -> None:  # noqa: ANN002
        """The employee applied the supervisor's decision: the month's lock changed."""
        self.invalidate_dashboard()
        self.load_day(self._day)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if any(u.toLocalFile().lower().endswith(".pdf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".pdf"):
                self.open_summary(url.toLocalFile())
        event.acceptProposedAction()

    def show_history(self) -> None:
        from absensi_app.views.history_dialog import open_history_dialog

        year, month = self._view_month()
        open_history_dialog(self.ctx, f"{year:04d}-{month:02d}", self)

    # ---- backups ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        from absensi_app.views.backup_dialog import backup_now

        backup_now(self.ctx, self)

    def open_backups(self) -> None:
        """The list of backups; restoring one closes, replaces and reopens the data here."""
        from absensi_app.views.backup_dialog import open_backup_dialog, restore_in_window

        chosen = open_backup_dialog(self.ctx, self)
        if chosen is not None:
            restore_in_window(self, chosen)

    def use_context(self, ctx: AppContext) -> None:
        """Show the data of ``ctx`` from now on (after a restore): viewers closed, undo
        history dropped (it refers to entries of the data before)."""
        for window in list(self._side_windows):
            window.close()
        self.ctx = ctx
        self.undo_stack.clear()
        self.pages.setCurrentWidget(self.day_page)
        if self._dashboard is not None:
            self.pages.removeWidget(self._dashboard)
            self._dashboard.deleteLater()
            self._dashboard = None
        self._dashboard_stale = True
        self._page_changed()
        self._summary = None
        self.load_day(self._day)
        self._reset_form()

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def _show_shortcuts(self) -> None:
        rows = [
            (self.act_show_day, None),
            (self.act_show_dashboard, None),
            (None, (self.tr("Bulan sebelumnya / berikutnya (di Kemajuan)"), ", ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in (Qt.Key_PageUp, Qt.Key_PageDown)))),
            (self.act_new, None),
            (self.act_save, None),
            (None, (self.tr("Pindah ke kolom berikutnya"), "Tab")),
            (None, (self.tr("Batalkan pengisian"), "Esc")),
            (self.act_edit, None),
            (self.act_delete, None),
            (self.act_undo, None),
            (self.act_redo, None),
            (self.act_copy, None),
            (self.act_prev, None),
            (self.act_next, None),
            (self.act_today, None),
            (self.act_pick, None),
            (self.act_export, None),
            (self.act_backup_now, None),
        ]
        lines = []
        for action, extra in rows:
            if action is not None:
                name = action.text().replace("&", "")
                keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
            else:
                name, keys = extra
            lines.append(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>")
        prompts.info(self, self.tr("Pintasan keyboard"), "<table cellspacing='6'>" + "".join(lines) + "</table>")

    def _about(self) -> None:
        prompts.info(
            self,
            self.tr("Tentang Absensi"),
            self.tr(
                "<b>Absensi {version}</b><br>Catatan kehadiran dan kegiatan harian ASN.<br>"
                "Semua data tersimpan di komputer ini:<br><code>{folder}</code>"
            ).format(version=__version__, folder=self.ctx.paths.data_dir),
        )
