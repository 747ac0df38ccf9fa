"""The agency's archive in the app ("Arsip instansi"): connect to the archive's PostgreSQL
server, and see one month as the supervisor's team table shows it, for every unit: units ->
people (state, hours against the target, location split, predikat), problem rows first, the
staff who sent nothing, the problem files; open a stored file in the summary viewer, export
the month to XLSX, and ingest a folder of summaries. The same as ``absensi arsip status`` and
``ingest``. Every query runs off the GUI thread (``views.workers.run_task``): the window stays
responsive however large the agency."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.team import CellState
from absensi_app.views.archive.address_memory import last_address
from absensi_app.views.archive.connecting import Connecting
from absensi_app.views.archive.ingesting import Ingesting
from absensi_app.views.archive.stored_files import StoredFiles
from absensi_app.views.archive.side_lists import MissingModel, ProblemFiles, missing_table
from absensi_app.views.archive.status_model import FILE, NAME, NIP, PREDIKAT, STATE, StatusModel, as_member
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.cell_panel import CellPanel
from absensi_app.views.supervisor.panel_widgets import plain_label
from absensi_app.views.supervisor.period_bar import MonthPicker
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.verdict_text import MUTED_STYLE, clip, month_text
from absensi_app.views.workers import Task, run_task

log = logging.getLogger(__name__)
PROBLEM_STYLE = "color: #a50e0e; font-weight: bold;"
EXPAND_ALL_UP_TO = 3000  # people; a larger agency opens with only its first units unfolded


class ArchiveWindow(Connecting, Ingesting, StoredFiles, QMainWindow):
    """``connect_archive(url)`` (connecting.py), ``refresh()``, ``ingest_folder(folder)``
    (ingesting.py), ``open_person(nip)`` and ``export_xlsx(path)`` (stored_files.py). Signals: ``loaded`` after
    every month shown (or a failed query), ``ingest_progressed(done, total)`` and
    ``ingest_finished``, ``file_opened(viewer)``."""

    loaded = Signal()
    ingest_progressed = Signal(int, int)
    ingest_finished = Signal()
    file_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir: Path | None = ctx.paths.data_dir
        self.archive = None  # archive.service.Archive, once connected
        self.status = None  # archive.status.MonthStatus shown
        self.workers: int | None = None  # ingest worker processes; None: one per core
        self.connecting = self.ingesting = self.loading = False
        self.ingest_summary = None
        self.exported_path: Path | None = None
        self.viewers: list[SummaryViewer] = []
        self._ticket = 0
        self._status_task: Task | None = None
        self._ingest_task: Task | None = None
        self._applied_unit = ""
        self.setWindowTitle(self.tr("Arsip instansi"))
        self.resize(1400, 820)
        self._build_toolbar()

        self.url_edit = QLineEdit(last_address(self.data_dir))
        self.url_edit.setPlaceholderText("postgresql://PENGGUNA@SERVER:5432/DATABASE")
        self.url_edit.setToolTip(self.tr("Alamat database arsip, tanpa kata sandi. Kata sandi diambil dari "
                                         "~/.pgpass atau PGPASSWORD, atau ditanyakan bila server memintanya."))  # fmt: skip
        self.url_edit.returnPressed.connect(lambda: self.connect_archive())
        self.connect_button = QPushButton(self.tr("Hubungkan"))
        self.connect_button.clicked.connect(lambda: self.connect_archive())
        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("Alamat arsip")))
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.connect_button)
        self.connection_label = plain_label(self.tr("Belum terhubung. Tulis alamat arsip lalu pilih Hubungkan."),
                                            selectable=True)  # fmt: skip

        self.month_picker = MonthPicker()
        today = ctx.clock.today()
        self.month_picker.set_value(f"{today.year:04d}-{today.month:02d}")
        self.month_picker.changed.connect(lambda: self.refresh())
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.setInsertPolicy(QComboBox.NoInsert)
        self.unit_box.setMinimumWidth(360)
        self.unit_box.lineEdit().setPlaceholderText(self.tr("semua unit kerja"))
        self.unit_box.lineEdit().setClearButtonEnabled(True)
        self.unit_box.setToolTip(self.tr("Hanya unit kerja yang namanya memuat teks ini (huruf besar atau kecil "
                                         "sama saja); Enter untuk menerapkan."))  # fmt: skip
        self.unit_box.activated.connect(lambda _i: self._unit_chosen())
        self.unit_box.lineEdit().editingFinished.connect(self._unit_chosen)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Bulan")))
        filter_row.addWidget(self.month_picker)
        filter_row.addSpacing(16)
        filter_row.addWidget(QLabel(self.tr("Unit kerja")))
        filter_row.addWidget(self.unit_box)
        filter_row.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(320)
        self.current_file = plain_label()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(lambda: self.cancel_ingest())
        self.progress_row = QWidget()
        pr = QHBoxLayout(self.progress_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.progress)
        pr.addWidget(self.current_file, 1)
        pr.addWidget(self.cancel_button)
        self.progress_row.hide()
        self.summary = plain_label()
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_people_tab(), self.tr("Unit dan pegawai"))
        self.missing_model = MissingModel(self)
        self.missing_view = missing_table(self.missing_model)
        self.tabs.addTab(self.missing_view, self.tr("Belum mengirim"))
        self.problem_files = ProblemFiles(self)
        self.problem_files.table.activated.connect(self._open_problem_row)
        problems_tab = QWidget()
        pl = QVBoxLayout(problems_tab)
        pl.addWidget(self.problem_files.table, 1)
        pl.addWidget(plain_label(self.tr(
            "Berkas bulan ini yang tidak sah, palsu, atau bertanda tangan yang belum dikenal arsip, lalu berkas "
            "ditolak yang bulannya tidak terbaca. Klik dua kali sebuah baris untuk membuka berkasnya."), MUTED_STYLE))  # fmt: skip
        self.tabs.addTab(problems_tab, self.tr("Berkas bermasalah"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(url_row)
        layout.addWidget(self.connection_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._update_actions()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Arsip"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.refresh_action = QAction(self.tr("Muat ulang"), self)
        self.refresh_action.setShortcut(QKeySequence.Refresh)
        self.refresh_action.triggered.connect(lambda: self.refresh())
        self.ingest_action = QAction(self.tr("Masukkan folder\u2026"), self)
        self.ingest_action.setShortcut(QKeySequence.Open)
        self.ingest_action.setToolTip(self.tr("Periksa setiap ringkasan PDF di sebuah folder dan simpan ke arsip"))
        self.ingest_action.triggered.connect(lambda: self.choose_ingest_folder())
        self.export_action = QAction(self.tr("Ekspor XLSX\u2026"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        for action in (self.refresh_action, self.ingest_action, self.export_action):
            bar.addAction(action)
        self.addToolBar(bar)

    def _build_people_tab(self) -> QWidget:
        self.status_model = StatusModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.status_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.activated.connect(self._person_activated)  # double-click or Enter
        self.tree.selectionModel().currentChanged.connect(self._person_changed)
        for col, width in {NAME: 260, NIP: 150, STATE: 235, PREDIKAT: 110, FILE: 240}.items():
            self.tree.setColumnWidth(col, width)
        for col in range(STATE + 1, PREDIKAT):  # hours and the location split
            self.tree.setColumnWidth(col, 84)
        self.cell_panel = CellPanel(self.status_model.words)
        self.cell_panel.open_requested.connect(self._open_from_panel)
        legend = plain_label(self.tr(
            "Hijau: disetujui (dengan predikat bila dinilai). Biru: menunggu keputusan. Oranye: dikembalikan. "
            "Merah: bermasalah (diubah, palsu, atau penanda tangan belum dikenal arsip). Kuning: bulan sudah "
            "lewat tanpa ringkasan yang sah. Klik dua kali seorang pegawai untuk membuka berkasnya."), MUTED_STYLE)  # fmt: skip
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.cell_panel)
        layout.addWidget(legend)
        return tab

    # ---- state -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.connecting or self.ingesting

    def _update_actions(self) -> None:
        connected = self.archive is not None
        self.connect_button.setEnabled(not self.busy)
        self.url_edit.setEnabled(not self.busy)
        self.refresh_action.setEnabled(connected and not self.busy)
        self.ingest_action.setEnabled(connected and not self.busy)
        self.export_action.setEnabled(self.status is not None and not self.busy)

    def show_note(self, text: str) -> None:
        self.connection_label.setStyleSheet("")
        self.connection_label.setText(text)

    def show_problem(self, text: str) -> None:
        self.connection_label.setStyleSheet(PROBLEM_STYLE)
        self.connection_label.setText(text)

    @property
    def note(self) -> str:
        return self.connection_label.text()

    def _connected_to(self, archive) -> None:  # noqa: ANN001 - archive.service.Archive
        from absensi_app.archive.database import shown

        old, self.archive = self.archive, archive
        if old is not None and old is not archive:
            old.close()
        where = shown(archive.address.sqlalchemy_url)
        self.setWindowTitle(self.tr("Arsip instansi \u2014 {url}").format(url=where))
        self.show_note(self.tr("Terhubung ke {url}.").format(url=where))
        self._update_actions()
        self.refresh(keep_note=True)

    # ---- the month -------------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_picker.value()

    def set_month(self, month: str) -> bool:
        self.month_picker.set_value(month)
        return self.refresh()

    def set_unit(self, text: str) -> bool:
        self.unit_box.setEditText(text)
        return self._unit_chosen()

    def _unit_chosen(self) -> bool:
        text = self.unit_box.currentText().strip()
        if text == self._applied_unit:
            return False
        return self.refresh()

    def refresh(self, keep_note: bool = False) -> bool:
        """Ask for the chosen month and unit (off the GUI thread); the answer of the last
        question asked is the one shown."""
        archive = self.archive
        if archive is None:
            return False
        month, unit = self.month(), self.unit_box.currentText().strip()
        self._applied_unit = unit
        today = self.ctx.clock.today()
        self._ticket += 1
        ticket = self._ticket
        self.loading = True
        self.summary.setText(self.tr("Memuat {month}\u2026").format(month=month_text(month)))
        if not keep_note and self.connection_label.styleSheet():
            self.show_note(self.tr("Terhubung."))
        self._status_task = run_task(lambda: _with_people(archive.status(month, unit or None, today)),
                                     lambda status: self._loaded(ticket, status),
                                     lambda exc: self._load_failed(ticket, exc), parent=self)  # fmt: skip
        return True

    def _loaded(self, ticket: int, status) -> None:  # noqa: ANN001 - archive.status.MonthStatus
        if ticket != self._ticket:
            return
        self.loading = False
        nip = self.cell_panel.member.nip if self.cell_panel.member is not None else ""
        self.status = status
        self.status_model.set_status(status)
        for row in range(self.status_model.rowCount()):  # a unit's name and counts over the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        if status.counts["staf"] <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        else:
            for row in range(min(10, self.status_model.rowCount())):
                self.tree.expand(self.status_model.index(row, 0))
        self.missing_model.set_people(status.missing)
        self.problem_files.fill(status)
        self.tabs.setTabText(1, self.tr("Belum mengirim ({n})").format(n=len(status.missing)))
        self.tabs.setTabText(2, self.tr("Berkas bermasalah ({n})").format(
            n=len(status.problem_files) + len(status.unplaced)))  # fmt: skip
        if not status.unit_filter:
            self._offer_units([u.unit for u in status.units])
        self.summary.setText(self._summary_text(status))
        index = self.status_model.person_index(nip) if nip else QModelIndex()
        self.tree.setCurrentIndex(index)
        self._person_changed(index)
        self._update_actions()
        self.loaded.emit()

    def _load_failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._ticket:
            return
        self.loading = False
        if isinstance(exc, AbsensiError):
            text = error_text(exc)
        else:
            log.error("archive status failed", exc_info=exc)
            text = self.tr("Keadaan bulan ini tidak bisa dibaca dari arsip: {e}").format(e=f"{type(exc).__name__}: {exc}")
        self.summary.clear()
        self.show_problem(text)
        self.loaded.emit()

    def _offer_units(self, units: list[str]) -> None:
        text = self.unit_box.currentText()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItems(sorted(units, key=str.casefold))
        self.unit_box.setEditText(text)
        self.unit_box.blockSignals(False)

    def _summary_text(self, status) -> str:  # noqa: ANN001
        counts = status.counts
        text = self.tr(
            "{month}: {people} pegawai di {units} unit kerja: {ok} disetujui, {waiting} menunggu keputusan, "
            "{returned} dikembalikan, {problems} bermasalah; {missing} belum mengirim."
        ).format(month=month_text(status.month), people=counts["staf"], units=len(status.units),
                 ok=counts[CellState.APPROVED.value], waiting=counts[CellState.WAITING.value],
                 returned=counts[CellState.RETURNED.value], problems=counts[CellState.PROBLEM.value],
                 missing=counts["belum-mengirim"])  # fmt: skip
        if not status.units:
            text += " " + self.tr("Arsip belum berisi ringkasan bulan ini: pilih Masukkan folder… untuk "
                                  "memasukkan ringkasan staf.")  # fmt: skip
        if status.unit_filter:
            text += " " + self.tr("Hanya unit kerja yang memuat \u201c{unit}\u201d.").format(unit=clip(status.unit_filter, 80))
        return text

    def _person_changed(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        person = self.status_model.person_at(current)
        self.cell_panel.show_cell(as_member(person) if person else None, person.cell if person else None)
        if person is None:
            self.cell_panel.title.setText(self.tr("Pilih seorang pegawai untuk melihat berkasnya bulan ini; klik dua "
                                                  "kali untuk membuka berkas yang berlaku."))  # fmt: skip

    # ---- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._ingest_task is not None:  # stops after the batch being checked
            self._ingest_stop.set()
            self._ingest_task.wait()
        for viewer in list(self.viewers):
            viewer.close()
        if self._status_task is not None:
            self._status_task.wait()
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        super().closeEvent(event)


def _with_people(status):  # noqa: ANN001, ANN202 - an archive.status.MonthStatus
    """The status with every unit's people made, on the worker: ``archive.status`` makes them
    on first read (about 1.4 s for 50,000 staff), and the tree reads them all."""
    for unit in status.units:
        unit.people  # noqa: B018 - made here, off the GUI thread
    return status
