"""Under the team table: the selected cell's files (the one that counts first, then older
revisions, copies and problem files), each opened in the summary viewer with a double-click
or the button. A row is the file's name over its role and headline, word-wrapped (a returned
file's headline carries the notes and the RHK feedback): nothing is cut at the side; the list
scrolls when a cell has many files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from absensi_app.services.team import Cell, CellState, FileRole, Member
from absensi_app.views.supervisor.matrix_table import MatrixModel
from absensi_app.views.supervisor.panel_widgets import bold_font, plain_label
from absensi_app.views.supervisor.verdict_text import MUTED_STYLE, clip, month_text
from absensi_app.views.labels import row_headline


class CellPanel(QWidget):
    """``open_requested(file_name)`` when a file of the cell should be opened."""

    open_requested = Signal(str)

    def __init__(self, words: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words  # the matrix model: the one place of the translated state words
        self.member: Member | None = None
        self.cell: Cell | None = None
        self.title = plain_label(selectable=True)
        self.title.setFont(bold_font(self.title))
        self.empty = plain_label(style=MUTED_STYLE)
        self.files = QListWidget()
        self.files.setWordWrap(True)
        self.files.setTextElideMode(Qt.ElideNone)
        self.files.setResizeMode(QListView.Adjust)  # rows wrap again at every width
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.files.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.files.setSpacing(2)
        lines = self.files.fontMetrics().lineSpacing()
        self.files.setMinimumHeight(lines * 5)  # a wrapped row and a half at the least
        self.files.setMaximumHeight(lines * 12)  # the table above keeps the room
        self.files.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.UserRole)))
        self.open_button = QPushButton(self.tr("Buka berkas"))
        self.open_button.clicked.connect(lambda: self.open_current())
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.files)
        self.show_cell(None, None)

    def show_cell(self, member: Member | None, cell: Cell | None) -> None:
        self.member, self.cell = member, cell
        self.files.clear()
        if member is None:
            self.title.setText(self.tr("Pilih sel untuk melihat berkasnya; klik dua kali untuk membukanya."))
            self.empty.hide()
            self.files.hide()
            self.open_button.setEnabled(False)
            return
        if cell is None:
            self.title.setText(f"{clip(member.name, 120)} (NIP {member.nip})")
            rows = member.unplaced
            self.empty.setText(self.tr("Berkas bermasalah yang bulannya tidak terbaca:") if rows else "")
            self.empty.setVisible(bool(rows))
            for r in rows:
                self._add(r.file, f"{clip(r.file, 80)}\n{clip(row_headline(r), 300)}", True)
        else:
            state = self.words.cell_text(cell).replace("\n", ", ")
            self.title.setText(f"{clip(member.name, 120)}, {month_text(cell.month)}: {state}")
            if not cell.files:
                self.empty.setText(self.tr("Belum ada ringkasan bulan ini di folder."))
            self.empty.setVisible(not cell.files)
            for f in cell.files:
                text = f"{clip(f.row.file, 80)}\n{self.words.role_text(f.role)}: {clip(row_headline(f.row), 300)}"
                self._add(f.row.file, text, f.role is FileRole.PROBLEM)
        self.files.setVisible(self.files.count() > 0)
        if self.files.count():  # the file a double-click on the cell opens, so both agree
            wanted = self.first_file()
            rows = [i for i in range(self.files.count()) if self.files.item(i).data(Qt.UserRole) == wanted]
            self.files.setCurrentRow(rows[0] if rows else 0)
        self.open_button.setEnabled(self.files.count() > 0)

    def _add(self, file: str, text: str, problem: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, file)
        item.setToolTip(text)
        if problem:
            item.setForeground(QBrush(QColor("#a50e0e")))
        self.files.addItem(item)

    def first_file(self) -> str:
        """The file a double-click on the cell opens: the worst problem of a problem cell, else
        the one that counts."""
        cell = self.cell
        if cell is None:
            return self.member.unplaced[0].file if self.member and self.member.unplaced else ""
        if cell.state is CellState.PROBLEM and cell.problem_row is not None:
            return cell.problem_row.file
        return cell.current.file if cell.current is not None else ""

    def open_current(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(Qt.UserRole))
