"""The archive window's other two tabs: the known staff who sent no valid file for the month
("Belum mengirim"), and the month's problem files with the rejected files that name no month
("Berkas bermasalah"), the worst first, in the team recap's own file list (``RecapModel``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from absensi_app.archive.status import MonthStatus, PersonMonth
from absensi_app.services.recap import RecapRow
from absensi_app.services.team import FileRole
from absensi_app.views.formatting import clip
from absensi_app.views.supervisor.recap_table import (
    APPROVAL,
    FILE,
    MONTH,
    NAME,
    NIP,
    NOTE,
    PREDIKAT,
    REVISION,
    ROLE,
    STATUS,
    RecapModel,
    RecapProxy,
)


class MissingModel(QAbstractTableModel):
    """One row per known person without a valid file for the month: name, NIP, unit."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.people: list[PersonMonth] = []

    def set_people(self, people: tuple[PersonMonth, ...]) -> None:
        self.beginResetModel()
        self.people = sorted(people, key=lambda p: (p.unit.casefold(), p.name.casefold(), p.nip))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: ANN001, ANN201, N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Nama"), self.tr("NIP"), self.tr("Unit kerja"))[section] if 0 <= section < 3 else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.DisplayRole:
            return (clip(person.name, 120), person.nip, clip(person.unit, 120))[index.column()]
        return None


def read_only_table(model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.Interactive)
    return table


def missing_table(model: MissingModel) -> QTableView:
    table = read_only_table(model)
    table.setColumnWidth(0, 300)
    table.setColumnWidth(1, 180)
    return table


class ProblemFiles:
    """The problem files' table over the recap's model; ``rows()`` as shown (sorted)."""

    def __init__(self, parent) -> None:  # noqa: ANN001
        self.model = RecapModel(parent)
        self.proxy = RecapProxy(parent)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATUS, Qt.AscendingOrder)
        widths = {STATUS: 235, NAME: 190, NIP: 150, MONTH: 115, REVISION: 60, FILE: 200, NOTE: 460, ROLE: 260,
                  APPROVAL: 110, PREDIKAT: 130}  # fmt: skip
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        header = self.table.horizontalHeader()
        for visual, logical in enumerate((STATUS, NAME, NIP, MONTH, FILE, NOTE, ROLE)):  # the reason before the rest
            header.moveSection(header.visualIndex(logical), visual)

    def fill(self, status: MonthStatus | None) -> None:
        problems = status.problem_files if status is not None else ()
        unplaced = status.unplaced if status is not None else ()
        roles = {r.file: FileRole.UNPLACED for r in unplaced} | {r.file: FileRole.PROBLEM for r in problems}
        self.model.set_rows([*problems, *unplaced], roles)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def row_at(self, index: QModelIndex) -> RecapRow | None:
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.row() < len(self.model.rows) else None

    def rows(self) -> list[RecapRow]:
        return [self.row_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]
