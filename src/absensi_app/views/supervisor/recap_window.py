"""The team recap ("Rekap tim"): every summary PDF in a folder verified off the GUI thread,
as one sortable table of staff x month with the problems first; export to XLSX. The same as
``absensi recap FOLDER``."""

from __future__ import annotations

import logging
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
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.recap import STATUS_MISSING, RecapRow, list_pdfs, scan_folder, write_recap_xlsx
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.recap_table import (
    APPROVAL,
    DINAS_LUAR,
    EXPECTED,
    FILE,
    KANTOR,
    KANTOR_LAIN,
    LOKASI_LAIN,
    MISSING,
    MONTH,
    NAME,
    NIP,
    NOTE,
    PREDIKAT,
    REVISION,
    RHK,
    RUMAH,
    STATUS,
    TOTAL,
    RecapModel,
    RecapProxy,
)
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.verdict_text import clip, month_text
from absensi_app.views.workers import Task, on_gui_thread, run_task

log = logging.getLogger(__name__)


class RecapWindow(QMainWindow):
    """``scan(folder)`` starts checking a folder off the GUI thread (``workers.run_task``);
    ``progressed(done, total, file_name)`` follows it, and ``finished`` is emitted when the
    table is filled (or the scan failed or was cancelled)."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder: Path | None = None
        self.rows: list[RecapRow] = []
        self.viewers: list[SummaryViewer] = []
        self.exported_path: Path | None = None
        self.error: str = ""
        self.was_cancelled = False
        self._scanning = False
        self._task: Task | None = None
        self._stop = threading.Event()
        self.trust_dialog = None
        self.setWindowTitle(self.tr("Rekap tim"))
        self.resize(1280, 720)

        bar = QToolBar(self.tr("Rekap"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.choose_action = QAction(self.tr("Pilih folder\u2026"), self)
        self.choose_action.setShortcut(QKeySequence.Open)
        self.choose_action.triggered.connect(lambda: self.choose_folder())
        self.rescan_action = QAction(self.tr("Periksa ulang"), self)
        self.rescan_action.setShortcut(QKeySequence.Refresh)
        self.rescan_action.triggered.connect(lambda: self.rescan())
        self.export_action = QAction(self.tr("Ekspor XLSX\u2026"), self)
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        self.trust_action = QAction(self.tr("Sertifikat tepercaya\u2026"), self)
        self.trust_action.triggered.connect(lambda: self.open_trust_dialog())
        for action in (self.choose_action, self.rescan_action, self.export_action, self.trust_action):
            bar.addAction(action)
        self.addToolBar(bar)

        self.folder_label = QLabel(self.tr("Pilih folder berisi ringkasan PDF dari staf Anda."))
        self.folder_label.setTextFormat(Qt.PlainText)
        self.folder_label.setWordWrap(True)
        font = self.folder_label.font()
        font.setBold(True)
        self.folder_label.setFont(font)

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
        self.only_problems = QCheckBox(self.tr("Hanya yang bermasalah"))
        self.only_problems.toggled.connect(self._filter_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_problems)

        self.model = RecapModel(self)
        self.proxy = RecapProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATUS, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self.open_row)  # double-click or Enter
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        widths = {STATUS: 235, NAME: 210, NIP: 150, MONTH: 125, REVISION: 60, TOTAL: 100, EXPECTED: 100,
                  KANTOR: 90, KANTOR_LAIN: 90, RUMAH: 90, LOKASI_LAIN: 90, DINAS_LUAR: 90, MISSING: 95,
                  RHK: 120, APPROVAL: 110, PREDIKAT: 130, FILE: 220}  # fmt: skip
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        # what a supervisor looks at first comes first (the XLSX keeps RECAP_HEADERS' order)
        for visual, logical in enumerate((STATUS, NAME, NIP, MONTH, REVISION, TOTAL, EXPECTED, MISSING, RHK,
                                          APPROVAL, PREDIKAT, FILE, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN,
                                          DINAS_LUAR, NOTE)):  # fmt: skip
            header.moveSection(header.visualIndex(logical), visual)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.hide()
        self.hint = QLabel(self.tr("Baris merah: berkas tidak sah, tidak terbaca, atau bertanda tangan "
                                   "sertifikat lain untuk NIP yang sudah dikenal (mungkin palsu). Kuning: "
                                   "penanda tangan belum dikenal atau bulan yang tidak ada. Klik dua kali "
                                   "sebuah baris untuk memeriksa berkasnya."))  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.progress_row)
        layout.addLayout(top)
        layout.addWidget(self.stale)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)
        self.setCentralWidget(central)
        self._update_actions()

    # ---- scanning ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._scanning

    def choose_folder(self) -> bool:
        folder = prompts.open_folder(self, self.tr("Pilih folder ringkasan staf"))
        return self.scan(folder) if folder else False

    def rescan(self) -> bool:
        return self.scan(self.folder) if self.folder is not None else self.choose_folder()

    def scan(self, folder: str | Path) -> bool:
        """Start checking ``folder``; False (with a message) when it cannot be read."""
        if self.busy:
            return False
        folder = Path(folder)
        try:
            total = len(list_pdfs(folder))
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rekap tim"), error_text(exc))
            return False
        # taken here, on the GUI thread: the worker never touches the database
        verification = self.ctx.verification.snapshot()
        self.folder = folder
        self.error = ""
        self.was_cancelled = False
        self.stale.hide()
        self.folder_label.setText(self.tr("Folder: {path}").format(path=str(folder)))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v / %m berkas") if total else self.tr("tidak ada PDF"))
        self.current_file.clear()
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.summary.setText(self.tr("Memeriksa {n} berkas\u2026").format(n=total))
        stop = self._stop = threading.Event()
        progress = on_gui_thread(self._progressed, parent=self)

        def work() -> tuple[list[RecapRow], bool]:  # a worker thread
            return scan_folder(folder, verification, progress, stop.is_set), stop.is_set()

        self._scanning = True
        self._update_actions()
        self._task = run_task(work, self._scanned, self._failed, parent=self)
        return True

    def cancel(self) -> None:
        if self._scanning:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.current_file.setText(self.tr("Menghentikan\u2026"))

    def _progressed(self, done: int, total: int, name: str) -> None:
        if not self._scanning:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self._stop.is_set():
            self.current_file.setText(clip(name, 80))
        self.progressed.emit(done, total, name)

    def _end_task(self) -> None:
        self._scanning = False
        self.progress_row.hide()
        self._update_actions()

    def _scanned(self, outcome: tuple[list[RecapRow], bool]) -> None:
        rows, cancelled = outcome
        self._end_task()
        self.was_cancelled = cancelled
        self.set_rows(rows)
        if cancelled:
            self.summary.setText(self.tr("Dihentikan. ") + self.summary.text())
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        self._end_task()
        if isinstance(error, AbsensiError):
            self.error = error_text(error)
        else:  # a hostile file must not take the app down
            log.error("recap scan failed", exc_info=error)
            self.error = self.tr("Folder tidak bisa diperiksa sampai selesai: {e}").format(
                e=f"{type(error).__name__}: {error}")  # fmt: skip
        self.summary.setText(self.error)
        prompts.error(self, self.tr("Rekap tim"), self.error)
        self.finished.emit()

    def set_rows(self, rows: list[RecapRow]) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        self.table.sortByColumn(STATUS, Qt.AscendingOrder)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.hide()
        files = [r for r in self.rows if r.status != STATUS_MISSING]
        count = {status: sum(1 for r in files if r.status == status) for status in {r.status for r in files}}
        missing = sum(1 for r in self.rows if r.status == STATUS_MISSING)
        bad = sum(n for s, n in count.items()
                  if s not in ("sah", "penanda-tangan-belum-dikenal", "sertifikat-berbeda"))
        text = self.tr("{n} berkas: {ok} sah, {bad} tidak sah atau tidak terbaca, {conflict} bersertifikat "
                       "lain untuk NIP yang dikenal, {unknown} penanda tangan belum dikenal; {missing} bulan "
                       "tidak ada.").format(
            n=len(files), ok=count.get("sah", 0), bad=bad, conflict=count.get("sertifikat-berbeda", 0),
            unknown=count.get("penanda-tangan-belum-dikenal", 0), missing=missing)  # fmt: skip
        self.summary.setText(text)
        self._update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not current.isValid():
            self.detail.hide()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        where = row.file or self.tr("(tidak ada berkas)")
        self.detail.setText(f"{where}: {row.headline}")
        self.detail.setStyleSheet("font-weight: bold; color: #a50e0e;" if row.problem_rank == 0 else
                                  "font-weight: bold; color: #7a4a00;" if row.is_problem else "color: #1b5e20;")  # fmt: skip
        self.detail.show()

    def _filter_changed(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    def _update_actions(self) -> None:
        self.choose_action.setEnabled(not self.busy)
        self.rescan_action.setEnabled(not self.busy and self.folder is not None)
        self.export_action.setEnabled(not self.busy and bool(self.rows))

    def visible_rows(self) -> list[RecapRow]:
        """The rows as the table shows them now (sorted and filtered)."""
        out = []
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            out.append(self.model.rows[source.row()])
        return out

    # ---- rows --------------------------------------------------------------------------
    def open_row(self, index: QModelIndex) -> SummaryViewer | None:
        if not index.isValid() or self.folder is None:
            return None
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if not row.file:
            self.statusBar().showMessage(
                self.tr("Tidak ada berkas untuk {month} dari {name}.").format(
                    month=month_text(row.month), name=clip(row.name, 80)), 8000)  # fmt: skip
            return None
        viewer = SummaryViewer(self.ctx, self)
        viewer.setAttribute(Qt.WA_DeleteOnClose)
        viewer.trust_changed.connect(self._mark_stale)
        viewer.decision_saved.connect(self._mark_stale)
        viewer.destroyed.connect(lambda _=None, v=viewer: self.viewers.remove(v) if v in self.viewers else None)
        self.viewers.append(viewer)
        viewer.open_file(self.folder / row.file)
        viewer.show()
        return viewer

    def _mark_stale(self, *_args) -> None:  # noqa: ANN002
        if self.rows:
            self.stale.show()

    def open_trust_dialog(self):  # noqa: ANN201
        from absensi_app.views.supervisor.trust_dialog import TrustDialog

        dialog = self.trust_dialog
        if dialog is None:
            dialog = TrustDialog(self.ctx, self)
            dialog.changed.connect(self._mark_stale)
            self.trust_dialog = dialog
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        if not self.rows:
            return None
        if path is None:
            suggested = "rekap-tim.xlsx"
            if self.folder is not None and self.folder.is_dir():
                suggested = str(self.folder / suggested)
            path = prompts.save_file(self, self.tr("Ekspor rekap tim"), suggested, self.tr("Excel (*.xlsx)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            write_recap_xlsx(self.visible_rows(), target)  # as the table shows them
        except AbsensiError as exc:
            prompts.error(self, self.tr("Ekspor rekap tim"), error_text(exc))
            return None
        except OSError as exc:
            prompts.error(self, self.tr("Ekspor rekap tim"),
                          self.tr("Berkas '{p}' tidak bisa ditulis: {e}.").format(p=str(target), e=exc.strerror or exc))  # fmt: skip
            return None
        self.exported_path = target
        self.statusBar().showMessage(self.tr("Rekap ditulis ke {p}.").format(p=str(target)), 10000)
        return target

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._task is not None:  # stop the worker first (it ends after the file being checked)
            self._stop.set()
            self._task.wait()
        for viewer in list(self.viewers):
            viewer.close()
        if self.trust_dialog is not None:
            self.trust_dialog.close()
        super().closeEvent(event)
