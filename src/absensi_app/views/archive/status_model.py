"""The archive's month as a tree: one row per unit (its counts), under it one row per person
(the state of the month, hours against the target, the location split, the predikat and the
file that counts), in the order ``archive.status`` gives: problem units and problem people
first. Coloured as the supervisor's team table (``supervisor.matrix_table``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from absensi_app.archive.status import MonthStatus, PersonMonth, UnitStatus
from absensi_app.services.team import CellState, Member
from absensi_app.views.formatting import clip, minutes_text
from absensi_app.views.supervisor.matrix_table import COLOURS, GREY, OWED, PROBLEM_TEXT, TEXT, MatrixModel
from absensi_app.views.supervisor.recap_table import LOCATIONS

PERSON_ROLE = Qt.UserRole + 4  # the PersonMonth of a person's row (None on a unit's row)
UNIT_ROLE = Qt.UserRole + 5  # the UnitStatus of a unit's row and of its people's rows
(NAME, NIP, STATE, TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN, DINAS_LUAR, PREDIKAT,
 FILE) = range(12)  # fmt: skip
NUMERIC = {TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN, DINAS_LUAR}
_TOP = 0  # internalId of a unit's row; a person's row carries its unit's row + 1


class StatusModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.status: MonthStatus | None = None
        self.units: tuple[UnitStatus, ...] = ()
        self.words = MatrixModel(self)  # the translated state words of the team table
        self._headers = self.headers()  # index() and columnCount() are asked for every row

    def set_status(self, status: MonthStatus | None) -> None:
        self.beginResetModel()
        self.status = status
        self.units = status.units if status is not None else ()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Unit kerja / Nama"), self.tr("NIP"), self.tr("Keadaan"), self.tr("Jam tercatat"),
            self.tr("Jam target"), self.tr("Kantor"), self.tr("Kantor lain"), self.tr("Rumah"),
            self.tr("Lokasi lain"), self.tr("Dinas Luar"), self.tr("Predikat"), self.tr("Berkas yang berlaku"),
        ]  # fmt: skip

    # ---- the tree ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self.units) else QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self.units):
            return QModelIndex()
        unit = self.units[parent.row()]
        return self.createIndex(row, column, parent.row() + 1) if row < len(unit.people) else QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.units)
        if parent.internalId() == _TOP and parent.column() == 0 and parent.row() < len(self.units):
            return len(self.units[parent.row()].people)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: ANN001, ANN201, N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def unit_at(self, index: QModelIndex) -> UnitStatus | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self.units[row] if row < len(self.units) else None

    def person_at(self, index: QModelIndex) -> PersonMonth | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        unit = self.unit_at(index)
        return unit.people[index.row()] if unit is not None and index.row() < len(unit.people) else None

    def person_index(self, nip: str) -> QModelIndex:
        """The first column of ``nip``'s row (invalid when the month does not list them)."""
        for u, unit in enumerate(self.units):
            for p, person in enumerate(unit.people):
                if person.nip == nip:
                    return self.index(p, 0, self.index(u, 0))
        return QModelIndex()

    # ---- words -----------------------------------------------------------------------------------
    def person_state(self, person: PersonMonth) -> str:
        if person.cell.state is CellState.NOT_RECEIVED:
            return self.tr("Belum mengirim") if person.cell.owed else self.tr("Belum diterima")
        return self.words.cell_text(person.cell).replace("\n", " \u2014 ")

    def unit_counts(self, unit: UnitStatus) -> str:
        counts = unit.counts
        parts = [self.tr("%n pegawai", "", counts["staf"])]
        if counts[CellState.PROBLEM.value]:
            parts.append(self.tr("{n} bermasalah").format(n=counts[CellState.PROBLEM.value]))
        if counts["belum-mengirim"]:
            parts.append(self.tr("{n} belum mengirim").format(n=counts["belum-mengirim"]))
        if counts[CellState.WAITING.value]:
            parts.append(self.tr("{n} menunggu").format(n=counts[CellState.WAITING.value]))
        return ", ".join(parts)

    def _person_text(self, person: PersonMonth, col: int) -> str:
        cell, current = person.cell, person.cell.current
        if col == NAME:
            return clip(person.name or person.nip, 120)
        if col == NIP:
            return person.nip
        if col == STATE:
            return self.person_state(person)
        if col == PREDIKAT:
            return clip(cell.predikat, 40)
        if col == FILE:
            row = cell.problem_row if cell.state is CellState.PROBLEM and cell.problem_row else current
            return clip(row.file, 80) if row is not None else ""
        if current is None:
            return ""
        if col in (TOTAL, EXPECTED):
            minutes = current.total_minutes if col == TOTAL else current.expected_minutes
            return "" if minutes is None else minutes_text(minutes)
        if col in NUMERIC:
            minutes = (current.by_location or {}).get(LOCATIONS[col - KANTOR], 0)
            return minutes_text(minutes) if minutes else ""
        return ""

    def _tooltip(self, person: PersonMonth) -> str:
        lines = [f"{clip(person.name, 120)} (NIP {person.nip}), {clip(person.unit, 120)}"]
        if not person.known:
            lines.append(self.tr("Belum dikenal arsip: belum ada satu pun ringkasannya yang sah."))
        lines.append(self.words.cell_tooltip(as_member(person), person.cell).split("\n", 1)[-1])
        return "\n".join(line for line in lines if line)

    # ---- data ------------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201, C901
        if not index.isValid():
            return None
        unit, person, col = self.unit_at(index), self.person_at(index), index.column()
        if role == UNIT_ROLE:
            return unit
        if role == PERSON_ROLE:
            return person
        if unit is None:
            return None
        if person is None:  # a unit's row: one text over the whole row (the view spans it)
            if role == Qt.DisplayRole and col == NAME:
                return f"{clip(unit.unit, 160)} \u2014 {self.unit_counts(unit)}"
            if role == Qt.FontRole and col == NAME:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.DisplayRole:
            return self._person_text(person, col)
        if role == Qt.ToolTipRole:
            return self._tooltip(person)
        if role == Qt.BackgroundRole and col in (NAME, STATE):
            colour = COLOURS.get(person.cell.state) or (OWED if person.cell.owed else None)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ForegroundRole:
            if person.cell.state is CellState.PROBLEM and col in (NAME, STATE):
                return QBrush(PROBLEM_TEXT)
            return QBrush(GREY if not person.known and col == NAME else TEXT)
        if role == Qt.FontRole and col == STATE and person.cell.state is CellState.PROBLEM:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


def as_member(person: PersonMonth) -> Member:
    """The person as a member of a one-month team table (what the cell panel shows)."""
    return Member(person.nip, person.name or person.nip, person.known, False, (person.cell,))

