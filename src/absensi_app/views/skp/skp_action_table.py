"""The Rencana Aksi of one RHK in the "Rencana SKP" dialog: a table of description, month or
triwulan and optional target, with an editor for each of the last two columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.skp import MAX_ACTIONS_PER_RHK, MAX_TARGET, ActionPlan, SkpPeriod
from absensi_app.views.formatting import span_text
from absensi_app.views.skp.skp_editing import (
    ActionRow,
    actions_from_rows,
    filled_rows,
    next_span_key,
    parse_span_key,
    span_choices,
    span_key,
)

_NOTE_STYLE = "color: palette(placeholder-text);"


def span_options(period: SkpPeriod) -> list[tuple[str, str]]:
    """(label, key) for every triwulan and month the period touches, each triwulan followed
    by its months (indented). Labels carry the year only when the period crosses a year end."""
    with_year = period.first.year != period.last.year
    options = []
    for year, month, quarter in span_choices(period):
        label = span_text(month, quarter, year if with_year else None)
        options.append(("\u2003" + label if month is not None else label, span_key(year, month, quarter)))
    return options


def span_label(year: int, month: int | None, quarter: int | None, with_year: bool) -> str:
    return span_text(month, quarter, year if with_year else None)


_KEY = Qt.UserRole
_ID = Qt.UserRole + 1


class _SpanDelegate(QStyledItemDelegate):
    """Edits the "Waktu" column with a combobox of the period's triwulan and months."""

    def __init__(self, table: ActionTable) -> None:
        super().__init__(table)
        self._table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for label, key in self._table.options:
            combo.addItem(label.strip(), key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        found = editor.findData(index.data(_KEY))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), _KEY)
        model.setData(index, editor.currentText(), Qt.DisplayRole)


class _TargetDelegate(QStyledItemDelegate):
    """Edits the optional target: 0 shows as "–" and means no target."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_TARGET)
        spin.setSpecialValueText("\u2013")
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setValue(int(index.data(_KEY) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        editor.interpretText()
        value = editor.value()
        model.setData(index, value, _KEY)
        model.setData(index, str(value) if value else "\u2013", Qt.DisplayRole)


class ActionTable(QWidget):
    """The Rencana Aksi of one RHK: description, month or triwulan, optional target."""

    COLUMNS = ("Rencana Aksi", "Waktu", "Target")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[tuple[str, str]] = []
        self._with_year = False
        self._base_year = date.today().year
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Rencana Aksi"), self.tr("Waktu"), self.tr("Target")])
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed | QAbstractItemView.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(1, _SpanDelegate(self))
        self.table.setItemDelegateForColumn(2, _TargetDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.setToolTip(self.tr("Ketik untuk mengisi sel; F2 mengubah sel terpilih; Tab pindah ke kolom berikutnya."))
        self.add_button = QPushButton(self.tr("+ Tambah Rencana Aksi"))
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.hint = QLabel(
            self.tr("Opsional. Satu baris per bulan atau triwulan; target dalam satuan RHK (kosongkan bila tidak ada).")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_NOTE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_period(self, period: SkpPeriod) -> None:
        self.options = span_options(period)
        self._with_year = period.first.year != period.last.year
        self._base_year = period.first.year

    def set_actions(self, actions: tuple[ActionPlan, ...]) -> None:
        self.table.setRowCount(0)
        for a in actions:
            self.add_row(a.description, span_key(a.year, a.month, a.quarter), a.target, a.id)
        self._update_buttons()

    def add_row(self, description: str = "", key: str | None = None, target: int | None = None, action_id: int | None = None) -> int:
        if key is None:
            key = self._next_key()
        row = self.table.rowCount()
        self.table.insertRow(row)
        text = QTableWidgetItem(description)
        text.setData(_ID, action_id)
        year, month, quarter = parse_span_key(key)
        span = QTableWidgetItem(span_label(year, month, quarter, self._with_year))
        span.setData(_KEY, key)
        amount = QTableWidgetItem(str(target) if target else "\u2013")
        amount.setData(_KEY, target or 0)
        amount.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.table.setItem(row, 0, text)
        self.table.setItem(row, 1, span)
        self.table.setItem(row, 2, amount)
        self._update_buttons()
        return row

    def set_row(self, row: int, description: str | None = None, key: str | None = None, target: int | None = None) -> None:
        """Change a row as the editors would (for tests and scripted use)."""
        if description is not None:
            self.table.item(row, 0).setText(description)
        if key is not None:
            year, month, quarter = parse_span_key(key)
            self.table.item(row, 1).setData(_KEY, key)
            self.table.item(row, 1).setText(span_label(year, month, quarter, self._with_year))
        if target is not None:
            self.table.item(row, 2).setData(_KEY, target)
            self.table.item(row, 2).setText(str(target) if target else "\u2013")

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_buttons()

    def focus_row(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def rows(self) -> list[ActionRow]:
        """The table as typed, one ``ActionRow`` a line."""
        return [
            ActionRow(
                self.table.item(row, 0).text(),
                self.table.item(row, 1).data(_KEY),
                int(self.table.item(row, 2).data(_KEY) or 0),
                self.table.item(row, 0).data(_ID),
            )
            for row in range(self.table.rowCount())
        ]

    def row_of_action(self, index: int) -> int:
        """Table row of the ``index``-th Rencana Aksi that ``actions()`` returns."""
        rows = filled_rows(self.rows())
        return rows[index] if 0 <= index < len(rows) else 0

    def actions(self) -> tuple[ActionPlan, ...]:
        """The rows as Rencana Aksi (blank rows skipped)."""
        return actions_from_rows(self.rows())

    def _next_key(self) -> str:
        """A new row continues the last one (see ``skp_editing.next_span_key``)."""
        keys = [k for _label, k in self.options]
        count = self.table.rowCount()
        last = self.table.item(count - 1, 1).data(_KEY) if count else None
        return next_span_key(keys, last, self._base_year)

    def _add_clicked(self) -> None:
        if self.table.rowCount() >= MAX_ACTIONS_PER_RHK:
            self.hint.setText(self.tr("Satu RHK paling banyak memiliki {limit} Rencana Aksi.").format(limit=MAX_ACTIONS_PER_RHK))
            return
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and self.table.rowCount() > 0)
