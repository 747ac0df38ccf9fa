"""The team table: one row per member of the team, one column per month of the period, then
the counts; each cell the latest state of that person's month, coloured, with every file of
the month in its tooltip (``services.team`` decides the states)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from absensi_app.services.team import Cell, CellState, FileRole, Member, TeamMatrix
from absensi_app.views.formatting import short_month_name
from absensi_app.views.supervisor.verdict_text import clip, month_text
from absensi_app.views.labels import row_headline

CELL_ROLE = Qt.UserRole + 2  # the Cell of a month column (None elsewhere)
MEMBER_ROLE = Qt.UserRole + 3
NAME_COL = 0  # the name, and the NIP under it
FIRST_MONTH_COL = 1
COLOURS = {
    CellState.APPROVED: QColor("#d4edda"),
    CellState.WAITING: QColor("#ddebf7"),
    CellState.RETURNED: QColor("#ffe0b2"),
    CellState.PROBLEM: QColor("#f8d7da"),
}
OWED = QColor("#fff3cd")
TEXT = QColor("#202124")
GREY = QColor("#80868b")
PROBLEM_TEXT = QColor("#a50e0e")


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.matrix: TeamMatrix | None = None
        self.members: list[Member] = []
        self.months: tuple[str, ...] = ()
        self.show_left = True

    # ---- contents --------------------------------------------------------------------------
    def set_matrix(self, matrix: TeamMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.months = matrix.months if matrix else ()
        self._filter()
        self.endResetModel()

    def set_show_left(self, on: bool) -> None:
        self.beginResetModel()
        self.show_left = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        members = list(self.matrix.members) if self.matrix else []
        self.members = [m for m in members if self.show_left or not m.left]

    def count_columns(self) -> list[str]:
        return [self.tr("Belum"), self.tr("Menunggu"), self.tr("Masalah")]

    def count_tooltips(self) -> list[str]:
        return [self.tr("Bulan yang sudah lewat tanpa ringkasan"), self.tr("Ringkasan yang menunggu keputusan"),
                self.tr("Bulan yang bermasalah")]  # fmt: skip

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else FIRST_MONTH_COL + len(self.months) + 3

    def month_column(self, month: str) -> int:
        return FIRST_MONTH_COL + self.months.index(month)

    def cell_at(self, index: QModelIndex) -> tuple[Member | None, Cell | None]:
        if not index.isValid() or index.row() >= len(self.members):
            return None, None
        member = self.members[index.row()]
        i = index.column() - FIRST_MONTH_COL
        return member, (member.cells[i] if 0 <= i < len(member.cells) else None)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: ANN001, ANN201, N802
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if section == NAME_COL:
            return self.tr("Nama / NIP")
        i = section - FIRST_MONTH_COL
        if 0 <= i < len(self.months):
            month = self.months[i]
            if role == Qt.ToolTipRole:
                return month_text(month)
            years = {m[:4] for m in self.months}
            short = short_month_name(int(month[5:7]))
            return short if len(years) == 1 else f"{short} {month[2:4]}"
        counts = self.count_columns() if role == Qt.DisplayRole else self.count_tooltips()
        j = i - len(self.months)
        return counts[j] if 0 <= j < len(counts) else None

    # ---- words -----------------------------------------------------------------------------
    def state_text(self, state: CellState) -> str:
        return {
            CellState.NOT_RECEIVED: self.tr("Belum diterima"),
            CellState.WAITING: self.tr("Menunggu"),
            CellState.RETURNED: self.tr("Dikembalikan"),
            CellState.APPROVED: self.tr("Disetujui"),
            CellState.PROBLEM: self.tr("MASALAH"),
        }[state]

    def problem_text(self, status: str) -> str:
        return {
            "tidak-sah": self.tr("diubah/tidak sah"),
            "tanpa-tanda-tangan": self.tr("tanpa tanda tangan"),
            "tidak-terbaca": self.tr("tidak terbaca"),
            "penanda-tangan-belum-dikenal": self.tr("belum dikenal"),
            "sertifikat-berbeda": self.tr("mungkin palsu"),
            "dipalsukan": self.tr("PALSU atas nama Anda"),
        }.get(status, status.replace("-", " "))

    def role_text(self, role: FileRole) -> str:
        return {
            FileRole.CURRENT: self.tr("berlaku"),
            FileRole.SUPERSEDED: self.tr("diganti revisi atau keputusan yang lebih baru"),
            FileRole.COPY: self.tr("salinan"),
            FileRole.PROBLEM: self.tr("bermasalah"),
            FileRole.OUTSIDE: self.tr("di luar periode"),
            FileRole.UNPLACED: self.tr("tidak terpetakan (pegawai atau bulan tak terbaca)"),
        }[role]

    def cell_text(self, cell: Cell) -> str:
        if cell.state is CellState.NOT_RECEIVED:
            return self.state_text(cell.state) if cell.owed else "\u2013"
        text = self.state_text(cell.state)
        if cell.state is CellState.PROBLEM:
            row = cell.problem_row
            return text + "\n" + (self.problem_text(row.status) if row else "")
        if cell.state is CellState.APPROVED and cell.predikat:
            text += "\n" + clip(cell.predikat, 40)
        elif cell.current is not None and (cell.current.revision or 1) > 1:
            text += "\n" + self.tr("revisi {n}").format(n=cell.current.revision)
        if cell.problems:
            text += " \u26a0"
        return text

    def cell_tooltip(self, member: Member, cell: Cell) -> str:
        lines = [f"{clip(member.name, 120)}, {month_text(cell.month)}: {self.cell_text(cell).replace(chr(10), ', ')}"]
        if cell.state is CellState.NOT_RECEIVED:
            lines.append(self.tr("Belum ada ringkasan bulan ini di folder.") if cell.owed else
                         self.tr("Belum waktunya, atau pegawai sudah keluar."))  # fmt: skip
        for f in cell.files:
            lines.append(f"\u2022 {clip(f.row.file, 80)} ({self.role_text(f.role)}): {clip(row_headline(f.row), 200)}")
        return "\n".join(lines)

    # ---- data ------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201, C901
        member, cell = self.cell_at(index)
        if member is None:
            return None
        col = index.column()
        if role == MEMBER_ROLE:
            return member
        if role == CELL_ROLE:
            return cell
        if cell is not None:
            return self._cell_data(member, cell, role)
        if role == Qt.DisplayRole:
            if col == NAME_COL:
                name = clip(member.name, 120)
                if member.left:
                    name += " " + self.tr("(sudah keluar)")
                if member.unplaced:
                    name += " \u26a0"
                return f"{name}\n{member.nip}"
            j = col - FIRST_MONTH_COL - len(self.months)
            return str((len(member.missing), member.count(CellState.WAITING), member.count(CellState.PROBLEM))[j])
        if role == Qt.ToolTipRole and col == NAME_COL:
            parts = [clip(member.name, 120), self.tr("NIP {nip}").format(nip=member.nip)]
            if not member.trusted:
                parts.append(self.tr("Sertifikatnya belum Anda percayai."))
            if member.left:
                parts.append(self.tr("Ditandai sudah keluar dari tim: bulan kosong tidak dihitung."))
            for r in member.unplaced:
                parts.append(f"\u26a0 {clip(r.file, 80)}: {clip(row_headline(r), 200)}")
            return "\n".join(parts)
        if role == Qt.ForegroundRole and (member.left or (col == NAME_COL and not member.trusted)):
            return QBrush(GREY)
        if role == Qt.TextAlignmentRole and col > NAME_COL:
            return int(Qt.AlignCenter)
        if role == Qt.FontRole and col == NAME_COL and member.has_problems:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_data(self, member: Member, cell: Cell, role: int):  # noqa: ANN202
        if role == Qt.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ToolTipRole:
            return self.cell_tooltip(member, cell)
        if role == Qt.BackgroundRole:
            colour = COLOURS.get(cell.state) or (OWED if cell.owed else None)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ForegroundRole:
            if cell.state is CellState.PROBLEM:
                return QBrush(PROBLEM_TEXT)
            return QBrush(GREY if member.left or cell.state is CellState.NOT_RECEIVED and not cell.owed else TEXT)
        if role == Qt.FontRole and cell.state is CellState.PROBLEM:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        return None
