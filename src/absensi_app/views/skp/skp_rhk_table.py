"""The list of RHK in the "Rencana SKP" dialog: number, jenis, the RHK, its IKI and the target,
one row each, rows as tall as their wrapped texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from absensi_app.domain.skp import Rhk
from absensi_app.views.skp.skp_rhk_form import kind_label


def target_text(rhk: Rhk) -> str:
    """The kuantitas with a thousands dot, then the unit: "1.200 laporan"."""
    return f"{rhk.target:,}".replace(",", ".") + f" {rhk.unit}".rstrip()


class RhkTable(QTableWidget):
    """Read-only rows of RHK; each item carries the RHK's id (``Qt.UserRole``)."""

    COLUMNS = ("No", "Jenis", "Rencana Hasil Kerja (RHK)", "Indikator Kinerja Individu (IKI)", "Target")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Jenis"),
                self.tr("Rencana Hasil Kerja (RHK)"),
                self.tr("Indikator Kinerja Individu (IKI)"),
                self.tr("Target"),
            ]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        for col, mode in enumerate(
            (QHeaderView.ResizeToContents, QHeaderView.ResizeToContents, QHeaderView.Stretch, QHeaderView.Stretch, QHeaderView.ResizeToContents)
        ):
            header.setSectionResizeMode(col, mode)
        header.sectionResized.connect(lambda *_args: self.fit_rows())

    def show_rhk(self, rows: tuple[Rhk, ...]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (str(i + 1), kind_label(r.kind), r.name, r.indicator, target_text(r))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, r.id)
                item.setTextAlignment((Qt.AlignRight if col == 0 else Qt.AlignLeft) | Qt.AlignTop)
                item.setToolTip(self._tooltip(r))
                self.setItem(i, col, item)
        self.fit_rows()

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def fit_rows(self) -> None:
        """Row heights for the wrapped RHK and IKI texts, with a little air between rows."""
        self.resizeRowsToContents()
        for row in range(self.rowCount()):
            self.setRowHeight(row, self.rowHeight(row) + 6)

    def _tooltip(self, r: Rhk) -> str:
        lines = [r.name]
        if r.quality:
            lines.append(self.tr("Kualitas: {text}").format(text=r.quality))
        if r.time:
            lines.append(self.tr("Waktu: {text}").format(text=r.time))
        if r.supports:
            lines.append(self.tr("Mendukung RHK atasan: {text}").format(text=r.supports))
        if r.actions:
            lines.append(self.tr("{n} Rencana Aksi").format(n=len(r.actions)))
        return "\n".join(lines)
