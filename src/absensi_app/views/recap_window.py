"""The team recap ("Rekap tim"): every summary PDF in a folder verified off the GUI thread,
as one sortable table of staff x month with the problems first; export to XLSX. The same as
``absensi recap FOLDER``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
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
from absensi_app.services.recap import (
    RECAP_HEADERS,
    STATUS_LABELS,
    STATUS_MISSING,
    RecapRow,
    list_pdfs,
    write_recap_xlsx,
)
from absensi_app.services.trust import TrustSnapshot
from absensi_app.domain.verdict import Outcome
from absensi_app.services.verification import VerificationService
from absensi_app.views import prompts
from absensi_app.views.labels import error_text, minutes_text
from absensi_app.views.summary_viewer import SummaryViewer, clip, month_text
from absensi_app.views.workers import ScanThread

SORT_ROLE = Qt.UserRole + 1
RED = QColor("#f8d7da")
AMBER = QColor("#fff3cd")
LOCATIONS = ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")
(STATUS, NAME, NIP, MONTH, REVISION, TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN,
 DINAS_LUAR, MISSING, RHK, APPROVAL, PREDIKAT, FILE, NOTE) = range(18)  # fmt: skip
NUMERIC = {REVISION, TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN, DINAS_LUAR, MISSING, RHK}


class RecapModel(QAbstractTableModel):
    """The recap rows in ``sort_rows`` order (problems first); the proxy sorts by header."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[RecapRow] = []
        self._headers = self._translated_headers()
        assert len(self._headers) == len(RECAP_HEADERS)

    def _translated_headers(self) -> list[str]:
        return [
            self.tr("Status"), self.tr("Nama"), self.tr("NIP"), self.tr("Bulan"), self.tr("Revisi"),
            self.tr("Jam tercatat"), self.tr("Jam target"), self.tr("Kantor"), self.tr("Kantor lain"),
            self.tr("Rumah"), self.tr("Lokasi lain"), self.tr("Dinas Luar"), self.tr("Hari kosong"),
            self.tr("Capaian RHK (%)"), self.tr("Persetujuan"), self.tr("Predikat"), self.tr("Berkas"),
            self.tr("Keterangan"),
        ]  # fmt: skip

    def set_rows(self, rows: list[RecapRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: ANN001, ANN201, N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def status_text(self, status: str) -> str:
        return {
            "sah": self.tr("Sah"),
            "tidak-sah": self.tr("TIDAK SAH"),
            "tanpa-tanda-tangan": self.tr("Tanpa tanda tangan"),
            "tidak-terbaca": self.tr("Tidak terbaca"),
            "penanda-tangan-belum-dikenal": self.tr("Penanda tangan belum dikenal"),
            STATUS_MISSING: self.tr("Bulan tidak ada"),
        }.get(status, STATUS_LABELS.get(status, status))

    def approval_text(self, row: RecapRow) -> str:
        if row.approval == "disetujui":
            return self.tr("Disetujui")
        if row.approval == "dikembalikan":
            return self.tr("Dikembalikan")
        if row.outcome is Outcome.VALID:
            return self.tr("Menunggu")
        return ""

    @staticmethod
    def _minutes(row: RecapRow, col: int) -> int | None:
        if col == TOTAL:
            return row.total_minutes
        if col == EXPECTED:
            return row.expected_minutes
        if not row.by_location:
            return None
        return row.by_location.get(LOCATIONS[col - KANTOR], 0)

    def _location_text(self, row: RecapRow, col: int) -> str:
        minutes = self._minutes(row, col)
        return minutes_text(minutes) if minutes else ""  # nothing at that location: left empty

    def display(self, row: RecapRow, col: int) -> str:
        if col == STATUS:
            return self.status_text(row.status)
        if col == NAME:
            return clip(row.name, 120)
        if col == NIP:
            return row.nip
        if col == MONTH:
            return month_text(row.month) if row.month else ""
        if col == REVISION:
            return "" if row.revision is None else clip(row.revision, 10)
        if KANTOR <= col <= DINAS_LUAR:
            return self._location_text(row, col)
        if col in (TOTAL, EXPECTED):
            minutes = self._minutes(row, col)
            return "" if minutes is None else minutes_text(minutes)
        if col == MISSING:
            return "" if row.missing_days is None else str(row.missing_days)
        if col == RHK:
            return "" if row.rhk_percent is None else f"{row.rhk_percent:.1f}".replace(".", ",")
        if col == APPROVAL:
            return self.approval_text(row)
        if col == PREDIKAT:
            return clip(row.predikat, 40)
        if col == FILE:
            return row.file
        if col == NOTE:
            return clip(row.headline, 400)
        return ""

    def sort_key(self, index: int, row: RecapRow, col: int) -> object:
        if col == STATUS:
            return index  # the rows arrive problems first (services.recap.sort_rows)
        if col in NUMERIC:
            if TOTAL <= col <= DINAS_LUAR:
                value = self._minutes(row, col)
            else:
                value = {REVISION: row.revision, MISSING: row.missing_days, RHK: row.rhk_percent}[col]
            return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else -1.0
        if col == MONTH:
            return row.month
        return self.display(row, col).casefold()

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            return self.display(row, col)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), row, col)
        if role == Qt.BackgroundRole and row.is_problem:
            return QBrush(RED if row.problem_rank == 0 else AMBER)
        if role == Qt.ForegroundRole and row.is_problem:
            return QBrush(QColor("#202124"))
        if role == Qt.FontRole and col == STATUS and row.is_problem:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            return row.headline
        if role == Qt.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class RecapProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; optionally only the problem rows."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only_problems:
            return True
        model = self.sourceModel()
        return source_row < len(model.rows) and model.rows[source_row].is_problem


class RecapWindow(QMainWindow):
    """``scan(folder)`` starts checking a folder on a worker thread; ``finished`` is emitted
    when the table is filled (or the scan failed or was cancelled). ``wait_until_done()``
    blocks (running the event loop) until then: for tests and scripts."""

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
        self._thread: ScanThread | None = None
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
        return self._thread is not None

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
        try:
            own = self.ctx.own_certificates_der()
        except AbsensiError:
            own = None
        # built here, on the GUI thread: the worker never touches the database
        verification = VerificationService(TrustSnapshot(self.ctx.trust.all()), lambda: own)
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
        thread = ScanThread(folder, verification)
        thread.progressed.connect(self._progressed)
        thread.scanned.connect(self._scanned)
        thread.failed.connect(self._failed)
        self._thread = thread
        self._update_actions()
        thread.start()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel()
            self.cancel_button.setEnabled(False)
            self.current_file.setText(self.tr("Menghentikan\u2026"))

    def wait_until_done(self, timeout_ms: int = 300_000) -> bool:
        """Run the event loop until the scan has finished; True when it has."""
        if not self.busy:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.finished.disconnect(loop.quit)
        return not self.busy

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self._thread is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self._thread.cancelled:
            self.current_file.setText(clip(name, 80))

    def _end_thread(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.progress_row.hide()
        self._update_actions()

    def _scanned(self, rows: list, cancelled: bool) -> None:
        self._end_thread()
        self.was_cancelled = cancelled
        self.set_rows(rows)
        if cancelled:
            self.summary.setText(self.tr("Dihentikan. ") + self.summary.text())
        self.finished.emit()

    def _failed(self, error: object) -> None:
        self._end_thread()
        if isinstance(error, AbsensiError):
            self.error = error_text(error)
        else:
            self.error = self.tr("Folder tidak bisa diperiksa sampai selesai: {e}").format(e=error)
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
        from absensi_app.views.trust_dialog import TrustDialog

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
        thread = self._thread
        if thread is not None:
            thread.cancel()
            thread.wait()
        for viewer in list(self.viewers):
            viewer.close()
        if self.trust_dialog is not None:
            self.trust_dialog.close()
        super().closeEvent(event)
