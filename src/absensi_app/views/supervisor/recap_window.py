"""The team recap ("Rekap tim"): every summary PDF in a folder verified off the GUI thread,
shown as the team table (staff x month over a period, ``services.team``) and as the list of
files; open a cell's file in the viewer, approve several waiting months at once, mark someone
as having left, export to XLSX. The same as ``absensi recap FOLDER``."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.recap import RecapRow
from absensi_app.services.team import CellState, TeamMatrix, matrix_for
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.language import Retranslated
from absensi_app.views.supervisor.cell_panel import CellPanel
from absensi_app.views.supervisor.matrix_table import CELL_ROLE, FIRST_MONTH_COL, MEMBER_ROLE, MatrixModel
from absensi_app.views.supervisor.period_bar import PeriodBar
from absensi_app.views.supervisor.recap_actions import RecapActions
from absensi_app.views.supervisor.recap_files import FilesTab
from absensi_app.views.supervisor.recap_scan import RecapScan
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.workers import Task


class RecapWindow(Retranslated, QMainWindow, RecapScan, FilesTab, RecapActions):
    """``scan(folder)`` starts checking a folder off the GUI thread (``workers.run_task``);
    ``progressed(done, total, file_name)`` follows it, and ``finished`` is emitted when the
    tables are filled (or the scan failed or was cancelled). The scan itself is ``RecapScan``
    (recap_scan.py), the list of files ``FilesTab`` (recap_files.py), the actions on the table
    ``RecapActions`` (recap_actions.py)."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder: Path | None = None
        self.rows: list[RecapRow] = []
        self.matrix: TeamMatrix | None = None
        self.viewers: list[SummaryViewer] = []
        self.exported_path: Path | None = None
        self.error: str = ""
        self.was_cancelled = False
        self.batch_dialog = None
        self._scanning = False
        self._task: Task | None = None
        self._stop = threading.Event()
        self.trust_dialog = None
        self.setWindowTitle(self.tr("Rekap tim"))
        self.setMinimumSize(900, 620)  # below it the team table and the cell panel are squeezed unreadable
        self.resize(1500, 780)
        self._build(ctx.clock.today())

    def _build(self, today) -> None:  # noqa: ANN001
        """The toolbar and the window's widgets (made again for a new language)."""
        self._build_toolbar()

        self.folder_label = QLabel(self.tr("Pilih folder berisi ringkasan PDF dari staf Anda."))
        self.folder_label.setTextFormat(Qt.PlainText)
        self.folder_label.setWordWrap(True)
        font = self.folder_label.font()
        font.setBold(True)
        self.folder_label.setFont(font)
        self.period_bar = PeriodBar(today)
        self.period_bar.changed.connect(lambda _a, _b: self.rebuild())

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(320)
        self.current_file = QLabel()
        self.current_file.setTextFormat(Qt.PlainText)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.progress_row = QWidget()
        pr = QHBoxLayout(self.progress_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.progress)
        pr.addWidget(self.current_file, 1)
        pr.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.stale = QLabel(self.tr("Ada perubahan sejak folder ini diperiksa (sertifikat tepercaya atau "
                                    "berkas baru): pilih Periksa ulang untuk memperbarui rekap."))  # fmt: skip
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #8a5300;")
        self.stale.hide()

        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.matrix_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matrix_view.setWordWrap(True)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.matrix_view.activated.connect(self.open_cell)  # double-click or Enter
        self.matrix_view.selectionModel().currentChanged.connect(self._cell_changed)
        self.matrix_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.show_left = QCheckBox(self.tr("Tampilkan yang sudah keluar"))
        self.show_left.setChecked(True)
        self.show_left.toggled.connect(self._show_left_changed)
        self.cell_panel = CellPanel(self.matrix_model)
        self.cell_panel.open_requested.connect(lambda name: self.open_file(name))
        legend = QLabel(self.tr("Hijau: disetujui (dengan predikat bila dinilai). Biru: menunggu keputusan. "
                                "Oranye: dikembalikan. Merah: bermasalah (diubah, palsu, atau penanda tangan "
                                "belum dikenal). Kuning: bulan yang sudah lewat tanpa ringkasan. Pilih beberapa "
                                "sel biru lalu Setujui yang dipilih."))  # fmt: skip
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #5f6368;")
        team_tab = QWidget()
        tl = QVBoxLayout(team_tab)
        tl.addWidget(self.matrix_view, 1)
        tl.addWidget(self.show_left)
        tl.addWidget(self.cell_panel)
        tl.addWidget(legend)

        self.tabs = QTabWidget()
        self.tabs.addTab(team_tab, self.tr("Tabel tim"))
        self.tabs.addTab(self._build_files_tab(), self.tr("Semua berkas"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._update_actions()

    def retranslate(self) -> None:
        """Qt's LanguageChange (``views.language.switch``): the window is made again in the
        language now active on the same rows, period, tab, cell and filter (the files are not
        read again; a scan still running goes on into the new widgets)."""
        period, show_left, tab = self.period_bar.period(), self.show_left.isChecked(), self.tabs.currentIndex()
        current, stale, only = self.matrix_view.currentIndex(), not self.stale.isHidden(), self.only_problems.isChecked()
        cell = (current.row(), current.column()) if current.isValid() else None
        self.removeToolBar(self._toolbar)
        self._toolbar.deleteLater()
        for action in self._toolbar_actions:
            action.deleteLater()
        old_models = (self.matrix_model, self.model, self.proxy)
        self.setWindowTitle(self.tr("Rekap tim"))
        self._build(self.ctx.clock.today())
        for model in old_models:
            model.deleteLater()
        self.period_bar.set_period(*period)
        self.show_left.setChecked(show_left)
        self.only_problems.setChecked(only)
        self.tabs.setCurrentIndex(tab)
        self.stale.setVisible(stale)
        if self.folder is not None:
            self.folder_label.setText(self.tr("Folder: {path}").format(path=str(self.folder)))
        if self._scanning:
            self.progress_row.show()
            total = self.progress.maximum()
            self.summary.setText(self.tr("Memeriksa %n berkas\u2026", "", total))
        elif self.matrix is not None:
            self.rebuild()
            if cell is not None and cell[0] < self.matrix_model.rowCount():
                self.matrix_view.setCurrentIndex(self.matrix_model.index(*cell))
        elif self.error:
            self.summary.setText(self.error)

    def _build_toolbar(self) -> None:
        bar = self._toolbar = QToolBar(self.tr("Rekap"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.choose_action = QAction(self.tr("Pilih folder\u2026"), self)
        self.choose_action.setShortcut(QKeySequence.Open)
        self.choose_action.triggered.connect(lambda: self.choose_folder())
        self.rescan_action = QAction(self.tr("Periksa ulang"), self)
        self.rescan_action.setShortcut(QKeySequence.Refresh)
        self.rescan_action.triggered.connect(lambda: self.rescan())
        self.approve_action = QAction(self.tr("Setujui yang dipilih\u2026"), self)
        self.approve_action.triggered.connect(lambda: self.approve_selected())
        self.left_action = QAction(self.tr("Tandai sudah keluar"), self)
        self.left_action.triggered.connect(lambda: self.toggle_left())
        self.export_action = QAction(self.tr("Ekspor XLSX\u2026"), self)
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        self.trust_action = QAction(self.tr("Sertifikat tepercaya\u2026"), self)
        self.trust_action.triggered.connect(lambda: self.open_trust_dialog())
        for action in (self.choose_action, self.rescan_action, self.approve_action, self.left_action,
                       self.export_action, self.trust_action):  # fmt: skip
            bar.addAction(action)
        self.addToolBar(bar)
        self._toolbar_actions = [self.choose_action, self.rescan_action, self.approve_action, self.left_action,
                                 self.export_action, self.trust_action]

    # ---- the team table --------------------------------------------------------------------
    def set_rows(self, rows: list[RecapRow]) -> None:
        self.rows = list(rows)
        self.rebuild()

    def set_period(self, first: str, last: str) -> bool:
        self.period_bar.set_period(first, last)
        return self.rebuild()

    def rebuild(self) -> bool:
        """The matrix of the rows over the chosen period (on the GUI thread: it reads the trust
        list and the members who left); False (with a message) for a period too long."""
        first, last = self.period_bar.period()
        try:
            matrix = matrix_for(self.ctx, self.rows, first, last, str(self.folder or ""))
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rekap tim"), error_text(exc))
            return False
        self.matrix = matrix
        current = self.matrix_view.currentIndex()
        self.matrix_model.set_matrix(matrix)
        self.fill_files(self.rows, {f.row.file: f.role for f in matrix.files})
        if current.isValid() and current.row() < self.matrix_model.rowCount():
            self.matrix_view.setCurrentIndex(self.matrix_model.index(current.row(), current.column()))
        self._fit_columns()
        self.summary.setText(self._summary_text(matrix))
        self._update_actions()
        return True

    def _fit_columns(self) -> None:
        view = self.matrix_view
        view.setColumnWidth(0, 220)
        months = len(self.matrix_model.months)
        for col in range(FIRST_MONTH_COL, self.matrix_model.columnCount()):
            view.setColumnWidth(col, 92 if col < FIRST_MONTH_COL + months else 72)

    def _summary_text(self, matrix: TeamMatrix) -> str:
        active = [m for m in matrix.members if not m.left]
        return self.tr(
            "{people} pegawai, {n} berkas: {ok} disetujui, {waiting} menunggu keputusan, {returned} "
            "dikembalikan, {problems} bulan bermasalah; {missing} bulan belum diterima."
        ).format(people=len(active), n=len(self.rows), ok=matrix.count(CellState.APPROVED),
                 waiting=matrix.count(CellState.WAITING), returned=matrix.count(CellState.RETURNED),
                 problems=matrix.count(CellState.PROBLEM), missing=matrix.missing)  # fmt: skip

    def _show_left_changed(self, on: bool) -> None:
        self.matrix_model.set_show_left(on)
        self._cell_changed(self.matrix_view.currentIndex())

    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        member = current.data(MEMBER_ROLE) if current.isValid() else None
        self.cell_panel.show_cell(member, current.data(CELL_ROLE) if current.isValid() else None)
        self._update_actions()

    def selected_cells(self) -> int:
        """How many month cells are selected (whatever their state)."""
        return sum(1 for index in self.matrix_view.selectionModel().selectedIndexes()
                   if index.data(CELL_ROLE) is not None)  # fmt: skip

    def selected_waiting(self) -> list[tuple]:
        """(member, cell) of every selected cell that waits for a decision."""
        out = []
        for index in self.matrix_view.selectionModel().selectedIndexes():
            cell = index.data(CELL_ROLE)
            if cell is not None and cell.state is CellState.WAITING:
                out.append((index.data(MEMBER_ROLE), cell))
        return out

    def _update_actions(self) -> None:
        self.choose_action.setEnabled(not self.busy)
        self.rescan_action.setEnabled(not self.busy and self.folder is not None)
        self.export_action.setEnabled(not self.busy and self.matrix is not None)
        has_waiting = self.matrix is not None and bool(self.matrix.waiting())
        self.approve_action.setEnabled(not self.busy and has_waiting)
        member = self.cell_panel.member if hasattr(self, "cell_panel") else None
        self.left_action.setEnabled(not self.busy and member is not None)
        self.left_action.setText(self.tr("Batalkan tanda keluar") if member is not None and member.left
                                 else self.tr("Tandai sudah keluar"))  # fmt: skip

    # ---- actions ---------------------------------------------------------------------------
    def open_cell(self, index: QModelIndex) -> SummaryViewer | None:
        """Open the cell's file (a problem cell: its worst file) in the viewer."""
        if not index.isValid():
            return None
        self.matrix_view.setCurrentIndex(index)
        name = self.cell_panel.first_file()
        if not name:
            self.statusBar().showMessage(self.tr("Belum ada ringkasan di sel ini."), 8000)
            return None
        return self.open_file(name)

    def open_file(self, name: str) -> SummaryViewer | None:
        if self.folder is None or not name:
            return None
        viewer = SummaryViewer(self.ctx, self)
        viewer.setAttribute(Qt.WA_DeleteOnClose)
        viewer.trust_changed.connect(self._mark_stale)
        viewer.decision_saved.connect(self._mark_stale)
        viewer.destroyed.connect(lambda _=None, v=viewer: self.viewers.remove(v) if v in self.viewers else None)
        self.viewers.append(viewer)
        viewer.open_file(self.folder / name)
        viewer.show()
        return viewer

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._task is not None:  # stop the worker first (it ends after the file being checked)
            self._stop.set()
            self._task.wait()
        if self.batch_dialog is not None:
            try:
                self.batch_dialog.close()
            except RuntimeError:  # already deleted
                pass
        for viewer in list(self.viewers):
            viewer.close()
        if self.trust_dialog is not None:
            self.trust_dialog.close()
        super().closeEvent(event)
