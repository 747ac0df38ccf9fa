"""The team recap's list of files: one row per summary file in the folder, its columns, colours
and sort keys, what the file is to the team table, and the proxy that sorts by header and can
show only the problems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from absensi_app.domain.verdict import Outcome
from absensi_app.services.recap import RECAP_HEADERS, RecapRow, status_label
from absensi_app.services.team import FileRole
from absensi_app.views.formatting import minutes_text
from absensi_app.views.labels import predikat_label, row_headline
from absensi_app.views.supervisor.verdict_text import clip, month_text

SORT_ROLE = Qt.UserRole + 1
RED = QColor("#f8d7da")
AMBER = QColor("#fff3cd")
LOCATIONS = ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")
(STATUS, NAME, NIP, MONTH, REVISION, TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN,
 DINAS_LUAR, MISSING, RHK, APPROVAL, PREDIKAT, FILE, NOTE, ROLE) = range(19)  # fmt: skip
NUMERIC = {REVISION, TOTAL, EXPECTED, KANTOR, KANTOR_LAIN, RUMAH, LOKASI_LAIN, DINAS_LUAR, MISSING, RHK}


class RecapModel(QAbstractTableModel):
    """The recap rows in ``sort_rows`` order (problems first); the proxy sorts by header."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[RecapRow] = []
        self.roles: dict[str, FileRole] = {}  # file name -> what it is to the team table
        self._headers = self._translated_headers()
        assert len(self._headers) == len(RECAP_HEADERS) + 1

    def _translated_headers(self) -> list[str]:
        return [
            self.tr("Status"), self.tr("Nama"), self.tr("NIP"), self.tr("Bulan"), self.tr("Revisi"),
            self.tr("Jam tercatat"), self.tr("Jam target"), self.tr("Kantor"), self.tr("Kantor lain"),
            self.tr("Rumah"), self.tr("Lokasi lain"), self.tr("Dinas Luar"), self.tr("Hari kosong"),
            self.tr("Capaian RHK (%)"), self.tr("Persetujuan"), self.tr("Predikat"), self.tr("Berkas"),
            self.tr("Keterangan"), self.tr("Dalam tabel tim"),
        ]  # fmt: skip

    def set_rows(self, rows: list[RecapRow], roles: dict[str, FileRole] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.roles = dict(roles or {})
        self.endResetModel()

    def role_text(self, row: RecapRow) -> str:
        role = self.roles.get(row.file)
        return {
            FileRole.CURRENT: self.tr("berlaku"),
            FileRole.SUPERSEDED: self.tr("diganti revisi atau keputusan yang lebih baru"),
            FileRole.COPY: self.tr("salinan"),
            FileRole.PROBLEM: self.tr("bermasalah"),
            FileRole.OUTSIDE: self.tr("di luar periode"),
            FileRole.UNPLACED: self.tr("tidak terpetakan (pegawai atau bulan tak terbaca)"),
        }.get(role, "")

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
            "sertifikat-berbeda": self.tr("SERTIFIKAT BERBEDA (mungkin palsu)"),
            "dipalsukan": self.tr("PALSU (atas nama Anda)"),
        }.get(status) or status_label(status)

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
            return clip(predikat_label(row.predikat), 40)
        if col == FILE:
            return row.file
        if col == NOTE:
            return clip(row_headline(row), 400)
        if col == ROLE:
            return self.role_text(row)
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
            return row_headline(row)
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
