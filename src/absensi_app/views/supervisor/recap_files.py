"""The recap window's second tab: every file of the folder, one row each (problems first),
with what it is to the team table; sortable, only the problems on request, and a row opens the
file in the viewer. A mixin of ``RecapWindow`` (its strings are under that context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from absensi_app.services.recap import RecapRow
from absensi_app.services.team import FileRole
from absensi_app.views.labels import row_headline
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
    ROLE,
    RUMAH,
    STATUS,
    TOTAL,
    RecapModel,
    RecapProxy,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecapWindow", text)


class FilesTab:
    """Builds ``table`` (over ``model`` and ``proxy``), ``only_problems``, ``detail``."""

    def _build_files_tab(self) -> QWidget:
        self.only_problems = QCheckBox(_tr("Hanya yang bermasalah"))
        self.only_problems.toggled.connect(self._filter_changed)
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
                  RHK: 120, APPROVAL: 110, PREDIKAT: 130, FILE: 220, ROLE: 200}  # fmt: skip
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        # what a supervisor looks at first comes first (the XLSX keeps RECAP_HEADERS' order)
        for visual, logical in enumerate((STATUS, NAME, NIP, MONTH, REVISION, ROLE, TOTAL, EXPECTED, MISSING, RHK,
                                          APPROVAL, PREDIKAT, FILE, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN,
                                          DINAS_LUAR, NOTE)):  # fmt: skip
            header.moveSection(header.visualIndex(logical), visual)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.hide()
        self.hint = QLabel(_tr("Baris merah: berkas tidak sah, tidak terbaca, palsu, atau bertanda tangan "
                               "sertifikat lain untuk NIP yang sudah dikenal (mungkin palsu). Kuning: "
                               "penanda tangan belum dikenal. Klik dua kali sebuah baris untuk memeriksa "
                               "berkasnya."))  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)
        return tab

    def fill_files(self, rows: list[RecapRow], roles: dict[str, FileRole]) -> None:
        current = self.table.currentIndex()
        self.model.set_rows(rows, roles)
        self.table.sortByColumn(self.table.horizontalHeader().sortIndicatorSection(),
                                self.table.horizontalHeader().sortIndicatorOrder())  # fmt: skip
        if self.proxy.rowCount():
            self.table.selectRow(current.row() if current.isValid() and current.row() < self.proxy.rowCount() else 0)
        else:
            self.detail.hide()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not current.isValid():
            self.detail.hide()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.detail.setText(f"{row.file}: {row_headline(row)}")
        self.detail.setStyleSheet("font-weight: bold; color: #a50e0e;" if row.problem_rank == 0 else
                                  "font-weight: bold; color: #7a4a00;" if row.is_problem else "color: #1b5e20;")  # fmt: skip
        self.detail.show()

    def _filter_changed(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    def visible_rows(self) -> list[RecapRow]:
        """The files as the list shows them now (sorted and filtered)."""
        out = []
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            out.append(self.model.rows[source.row()])
        return out

    def open_row(self, index: QModelIndex):  # noqa: ANN201
        """Open the file of a row of the list in the viewer."""
        if not index.isValid() or self.folder is None:
            return None
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        return self.open_file(row.file)
