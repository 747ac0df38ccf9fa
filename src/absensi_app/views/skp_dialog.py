"""The "Rencana SKP" dialog: SKP periods, their Rencana Hasil Kerja (RHK) with Indikator
Kinerja Individu, targets and Rencana Aksi, and plan files (import and export).

Every change goes straight to ``ctx.skp``; a refused change shows the service's message and
leaves the stored plan as it was. The dialog never blocks in tests: questions go through
``views.prompts`` and ``SkpDialog`` can be driven without ``exec()``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.domain.skp import (
    MAX_ACTIONS_PER_RHK,
    MAX_RHK_NAME,
    MAX_SHORT,
    MAX_TARGET,
    PROGRESS_DISCLAIMER,
    ROMAN,
    ActionPlan,
    Rhk,
    RhkKind,
    SkpPeriod,
    SkpPlan,
    plan_from_json,
    quarter_of,
    validate_action,
)
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused, parse_json_document
from absensi_app.views import prompts
from absensi_app.views.labels import error_text

_ERR_STYLE = "color: #b3261e; font-weight: 600;"
_OK_STYLE = "color: #1b6e2a;"
_NOTE_STYLE = "color: palette(placeholder-text);"
MAX_PLAN_FILE_BYTES = 2_000_000
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _t(text: str) -> str:
    return QCoreApplication.translate("SkpDialog", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def kind_label(kind: RhkKind) -> str:
    return QCoreApplication.translate("SkpDialog", "Utama") if kind is RhkKind.UTAMA else QCoreApplication.translate("SkpDialog", "Tambahan")


def target_text(rhk: Rhk) -> str:
    return f"{rhk.target:,}".replace(",", ".") + f" {rhk.unit}".rstrip()


# ---- Rencana Aksi: month or triwulan ---------------------------------------------------
def span_key(year: int, month: int | None, quarter: int | None) -> str:
    return f"{year}-m{month}" if month is not None else f"{year}-q{quarter}"


def parse_span_key(key: str) -> tuple[int, int | None, int | None]:
    year, rest = key.split("-", 1)
    number = int(rest[1:])
    return (int(year), number, None) if rest[0] == "m" else (int(year), None, number)


def span_options(period: SkpPeriod) -> list[tuple[str, str]]:
    """(label, key) for every triwulan and month the period touches, each triwulan followed
    by its months. Labels carry the year only when the period crosses a year end."""
    months = period.months
    with_year = period.first.year != period.last.year
    out: list[tuple[str, str]] = []
    seen_quarters: set[tuple[int, int]] = set()
    for year, month in months:
        quarter = quarter_of(month)
        suffix = f" {year}" if with_year else ""
        if (year, quarter) not in seen_quarters:
            seen_quarters.add((year, quarter))
            out.append((QCoreApplication.translate("SkpDialog", "Triwulan {roman}").format(roman=ROMAN[quarter]) + suffix, span_key(year, None, quarter)))
        out.append(("\u2003" + _t(MONTH_NAMES[month - 1]) + suffix, span_key(year, month, None)))
    return out


def span_label(year: int, month: int | None, quarter: int | None, with_year: bool) -> str:
    suffix = f" {year}" if with_year else ""
    if month is not None:
        return _t(MONTH_NAMES[month - 1]) + suffix
    return QCoreApplication.translate("SkpDialog", "Triwulan {roman}").format(roman=ROMAN.get(quarter or 0, "?")) + suffix


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

    def _filled_rows(self) -> list[int]:
        """Rows that hold a plan; a row left completely blank is not one."""
        rows = []
        for row in range(self.table.rowCount()):
            blank = (
                not self.table.item(row, 0).text().strip()
                and not self.table.item(row, 2).data(_KEY)
                and self.table.item(row, 0).data(_ID) is None
            )
            if not blank:
                rows.append(row)
        return rows

    def row_of_action(self, index: int) -> int:
        """Table row of the ``index``-th Rencana Aksi that ``actions()`` returns."""
        rows = self._filled_rows()
        return rows[index] if 0 <= index < len(rows) else 0

    def actions(self) -> tuple[ActionPlan, ...]:
        """The rows as Rencana Aksi (blank rows skipped)."""
        out = []
        for row in self._filled_rows():
            description = self.table.item(row, 0).text()
            target = int(self.table.item(row, 2).data(_KEY) or 0) or None
            action_id = self.table.item(row, 0).data(_ID)
            year, month, quarter = parse_span_key(self.table.item(row, 1).data(_KEY))
            out.append(ActionPlan(action_id, description, year, month, quarter, target))
        return tuple(out)

    def _next_key(self) -> str:
        """A new row continues the last one: the next month after a month, the next triwulan
        after a triwulan."""
        keys = [k for _label, k in self.options]
        if not keys:
            return span_key(self._base_year, None, 1)
        if not self.table.rowCount():
            return keys[0]
        last = self.table.item(self.table.rowCount() - 1, 1).data(_KEY)
        if last not in keys:
            return keys[0]
        kind = last.split("-", 1)[1][0]
        for key in keys[keys.index(last) + 1 :]:
            if key.split("-", 1)[1][0] == kind:
                return key
        return last

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


class RhkForm(QWidget):
    """One RHK: jenis, name, IKI, targets, supported supervisor RHK and its Rencana Aksi."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rhk_id: int | None = None
        self._snapshot: Rhk | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.kind = QComboBox()
        for kind in RhkKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setToolTip(self.tr("RHK utama berasal dari tugas jabatan; RHK tambahan dari penugasan lain."))
        self.name = self._text_box(self.tr("mis. Tersusunnya laporan capaian kinerja bidang"))
        self.indicator = self._text_box(self.tr("mis. Jumlah laporan capaian kinerja yang disusun tepat waktu"))
        self.target = QSpinBox()
        self.target.setRange(1, MAX_TARGET)
        self.target.setGroupSeparatorShown(True)
        self.target.setValue(1)
        self.unit = QLineEdit()
        self.unit.setMaxLength(60)
        self.unit.setPlaceholderText(self.tr("satuan, mis. laporan"))
        self.quality = QLineEdit()
        self.quality.setMaxLength(MAX_SHORT + 50)
        self.quality.setPlaceholderText(self.tr("mis. 100% diterima pimpinan tanpa revisi"))
        self.time = QLineEdit()
        self.time.setMaxLength(MAX_SHORT + 50)
        self.time.setPlaceholderText(self.tr("mis. 12 bulan"))
        self.supports = QLineEdit()
        self.supports.setMaxLength(MAX_RHK_NAME + 50)
        self.supports.setPlaceholderText(self.tr("RHK Pejabat Penilai Kinerja yang didukung (boleh kosong)"))
        self.actions = ActionTable()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERR_STYLE)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Simpan RHK"))
        self.save_button.setToolTip(self.tr("Simpan RHK ini (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Kembali ke daftar RHK tanpa menyimpan (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)

        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(self.unit, 1)
        quality_label = QLabel(self.tr("Kualit&as"))
        quality_label.setBuddy(self.quality)
        time_label = QLabel(self.tr("&Waktu"))
        time_label.setBuddy(self.time)
        targets = QGridLayout()
        targets.addLayout(target_row, 0, 0)
        targets.addWidget(quality_label, 0, 1)
        targets.addWidget(self.quality, 0, 2)
        targets.addWidget(time_label, 0, 3)
        targets.addWidget(self.time, 0, 4)
        targets.setColumnStretch(0, 3)
        targets.setColumnStretch(2, 4)
        targets.setColumnStretch(4, 2)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        for text, field in (
            (self.tr("&Jenis RHK"), kind_row),
            (self.tr("&Rencana Hasil Kerja"), self.name),
            (self.tr("&Indikator Kinerja\nIndividu (IKI)"), self.indicator),
            (self.tr("&Target kuantitas"), targets),
            (self.tr("RHK atasan yang\n&diintervensi"), self.supports),
        ):
            label = QLabel(text)
            label.setBuddy(self._focus_of(field))
            form.addRow(label, field)
        actions_box = QGroupBox(self.tr("Rencana Aksi"))
        al = QVBoxLayout(actions_box)
        al.addWidget(self.actions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(actions_box, 1)
        layout.addLayout(buttons)
        for first, second in (
            (self.kind, self.name),
            (self.name, self.indicator),
            (self.indicator, self.target),
            (self.target, self.unit),
            (self.unit, self.quality),
            (self.quality, self.time),
            (self.time, self.supports),
            (self.supports, self.actions.table),
            (self.actions.table, self.actions.add_button),
            (self.actions.add_button, self.actions.remove_button),
            (self.actions.remove_button, self.cancel_button),
            (self.cancel_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _focus_of(field) -> QWidget:  # noqa: ANN001
        if isinstance(field, QWidget):
            return field
        item = field.itemAt(0)
        while item is not None and item.widget() is None and item.layout() is not None:
            item = item.layout().itemAt(0)
        return item.widget() if item is not None else None

    @staticmethod
    def _text_box(placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        lines = box.fontMetrics().lineSpacing()
        box.setFixedHeight(int(lines * 2.6) + 12)
        return box

    # ---- state -------------------------------------------------------------------------
    @property
    def rhk_id(self) -> int | None:
        return self._rhk_id

    def set_rhk(self, rhk: Rhk | None, period: SkpPeriod) -> None:
        """Show ``rhk`` for editing, or a blank RHK for ``period`` when None."""
        self._rhk_id = rhk.id if rhk else None
        self.heading.setText(
            self.tr("Ubah RHK \u2013 {period}").format(period=period.title)
            if rhk
            else self.tr("RHK baru \u2013 {period}").format(period=period.title)
        )
        self.actions.set_period(period)
        blank = Rhk(None, RhkKind.UTAMA, "", "", 1, "")
        r = rhk or blank
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind.value)))
        self.name.setPlainText(r.name)
        self.indicator.setPlainText(r.indicator)
        self.target.setValue(max(1, min(MAX_TARGET, int(r.target or 1))))
        self.unit.setText(r.unit)
        self.quality.setText(r.quality)
        self.time.setText(r.time if rhk else self.tr("12 bulan") if _whole_year(period) else "")
        self.supports.setText(r.supports)
        self.actions.set_actions(r.actions)
        self.clear_error()
        self._snapshot = self.rhk()

    def rhk(self) -> Rhk:
        return Rhk(
            self._rhk_id,
            RhkKind(self.kind.currentData()),
            self.name.toPlainText(),
            self.indicator.toPlainText(),
            self.target.value(),
            self.unit.text(),
            self.quality.text(),
            self.time.text(),
            self.supports.text(),
            self.actions.actions(),
        )

    def is_dirty(self) -> bool:
        return self._snapshot is not None and self.rhk() != self._snapshot

    # ---- feedback ----------------------------------------------------------------------
    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        widget = {
            "name": self.name,
            "indicator": self.indicator,
            "target": self.target,
            "unit": self.unit,
            "quality": self.quality,
            "time": self.time,
            "supports": self.supports,
            "kind": self.kind,
            "actions": self.actions.table,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def _whole_year(period: SkpPeriod) -> bool:
    return period.first == date(period.first.year, 1, 1) and period.last == date(period.first.year, 12, 31)


class SkpDialog(QDialog):
    """Choose or create an SKP period and manage its RHK; import and export plan files."""

    COLUMNS = ("No", "Jenis", "Rencana Hasil Kerja (RHK)", "Indikator Kinerja Individu (IKI)", "Target")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._plan: SkpPlan | None = None
        self.setWindowTitle(self.tr("Rencana SKP"))

        # period bar
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(24)
        self.period_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo.setPlaceholderText(self.tr("(belum ada periode)"))
        period_label = QLabel(self.tr("&Periode SKP"))
        period_label.setBuddy(self.period_combo)
        self.period_dates = QLabel()
        self.period_dates.setStyleSheet(_NOTE_STYLE)
        self.new_period_button = QPushButton(self.tr("Periode baru\u2026"))
        self.new_period_button.setToolTip(self.tr("Buat periode SKP untuk satu tahun atau untuk tanggal tertentu"))
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.period_dates, 1)
        bar.addWidget(self.new_period_button)
        self.delete_period_button = QPushButton(self.tr("Hapus periode\u2026"))
        self.delete_period_button.setToolTip(self.tr("Hapus periode terpilih beserta semua RHK-nya"))
        bar.addWidget(self.delete_period_button)

        # new period panel
        self.new_box = QGroupBox(self.tr("Periode SKP baru"))
        self.whole_year = QRadioButton(self.tr("Satu &tahun penuh"))
        self.custom_dates = QRadioButton(self.tr("Tanggal &tertentu (mis. pindah jabatan di tengah tahun)"))
        self._period_kind = QButtonGroup(self)
        self._period_kind.addButton(self.whole_year)
        self._period_kind.addButton(self.custom_dates)
        self.whole_year.setChecked(True)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(ctx.clock.today().year)
        self.first_date = QDateEdit()
        self.last_date = QDateEdit()
        for edit in (self.first_date, self.last_date):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        today = ctx.clock.today()
        self.first_date.setDate(_qdate(today.replace(day=1)))
        self.last_date.setDate(QDate(today.year, 12, 31))
        self.period_name = QLineEdit()
        self.period_name.setMaxLength(MAX_SHORT + 20)
        self.period_name.setPlaceholderText(self.tr("nama periode (boleh kosong)"))
        self.create_button = QPushButton(self.tr("Buat periode"))
        self.cancel_new_button = QPushButton(self.tr("Batal"))
        self.new_error = QLabel()
        self.new_error.setWordWrap(True)
        self.new_error.setStyleSheet(_ERR_STYLE)
        self.new_error.hide()
        grid = QGridLayout(self.new_box)
        grid.addWidget(self.whole_year, 0, 0)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        grid.addLayout(year_row, 0, 1)
        grid.addWidget(self.custom_dates, 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.first_date)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.last_date)
        dates.addWidget(self.period_name, 1)
        grid.addLayout(dates, 1, 1)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.new_error, 1)
        new_buttons.addStretch(0)
        new_buttons.addWidget(self.cancel_new_button)
        new_buttons.addWidget(self.create_button)
        grid.addLayout(new_buttons, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.new_box.hide()

        # list page
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Jenis"),
                self.tr("Rencana Hasil Kerja (RHK)"),
                self.tr("Indikator Kinerja Individu (IKI)"),
                self.tr("Target"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, mode in enumerate(
            (QHeaderView.ResizeToContents, QHeaderView.ResizeToContents, QHeaderView.Stretch, QHeaderView.Stretch, QHeaderView.ResizeToContents)
        ):
            header.setSectionResizeMode(col, mode)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(_NOTE_STYLE + " padding: 24px;")
        self.add_button = QPushButton(self.tr("+ &Tambah RHK"))
        self.edit_button = QPushButton(self.tr("&Ubah\u2026"))
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.up_button = QPushButton(self.tr("\u25B2 &Naik"))
        self.down_button = QPushButton(self.tr("\u25BC T&urun"))
        self.edit_button.setToolTip(self.tr("Ubah RHK terpilih (Enter)"))
        self.delete_button.setToolTip(self.tr("Hapus RHK terpilih (Delete)"))
        self.up_button.setToolTip(self.tr("Pindahkan RHK terpilih ke atas (Alt+Atas)"))
        self.down_button.setToolTip(self.tr("Pindahkan RHK terpilih ke bawah (Alt+Bawah)"))
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        self.disclaimer = QLabel(self.tr("Catatan:") + " " + self.tr(PROGRESS_DISCLAIMER) + " " + self.tr(
            "Target di sini dipakai untuk memantau capaian dari kegiatan harian yang ditautkan ke RHK."
        ))
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet(_NOTE_STYLE)
        list_page = QWidget()
        lp = QGridLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.addWidget(self.table, 0, 0)
        lp.addWidget(self.empty_label, 0, 0)
        lp.addLayout(side, 0, 1)
        lp.addWidget(self.disclaimer, 1, 0, 1, 2)
        lp.setRowStretch(0, 1)
        lp.setColumnStretch(0, 1)

        # form page
        self.form = RhkForm()
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.form)

        # bottom bar
        self.import_button = QPushButton(self.tr("&Impor rencana\u2026"))
        self.import_button.setToolTip(self.tr("Baca rencana SKP dari berkas JSON ke tahun periode yang dipilih"))
        self.export_button = QPushButton(self.tr("&Ekspor rencana\u2026"))
        self.export_button.setToolTip(self.tr("Simpan rencana periode ini sebagai berkas JSON"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_OK_STYLE)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.bottom = QWidget()
        bl = QHBoxLayout(self.bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.import_button)
        bl.addWidget(self.export_button)
        bl.addWidget(self.message, 1)
        bl.addWidget(self.close_button)

        self.top = QWidget()
        tl = QVBoxLayout(self.top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(self.new_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.form.save_button.setDefault(True)  # Enter saves, only while the form is visible
        self.create_button.setDefault(True)  # ... or creates, while that panel is open

        self.period_combo.currentIndexChanged.connect(lambda _i: self._load_plan())
        self.new_period_button.clicked.connect(self.show_new_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        self.create_button.clicked.connect(self.create_period)
        self.cancel_new_button.clicked.connect(self._hide_new_period)
        self.whole_year.toggled.connect(self._period_kind_changed)
        self.add_button.clicked.connect(self.add_rhk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.horizontalHeader().sectionResized.connect(lambda *_args: self._fit_rows())
        self.table.doubleClicked.connect(lambda _idx: self.edit_selected())
        self.form.save_button.clicked.connect(self.save_form)
        self.form.cancel_button.clicked.connect(self.cancel_form)
        self.import_button.clicked.connect(self.import_plan)
        self.export_button.clicked.connect(self.export_plan)
        self.close_button.clicked.connect(self.reject)
        for keys, slot, widget in (
            ((Qt.Key_Return,), self.edit_selected, self.table),
            ((Qt.Key_Enter,), self.edit_selected, self.table),
            ((Qt.Key_Delete,), self.delete_selected, self.table),
            (("Alt+Up",), lambda: self.move_selected(-1), self.table),
            (("Alt+Down",), lambda: self.move_selected(1), self.table),
            (("Ctrl+S",), self.save_form, self.form),
            (("Ctrl+Return",), self.save_form, self.form),
            (("Ctrl+Enter",), self.save_form, self.form),
        ):
            shortcut = QShortcut(QKeySequence(*keys), widget)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._period_kind_changed()
        self.resize(1040, 640)
        self.reload_periods()
        if self.period_combo.count() == 0:
            self.show_new_period()
        else:
            self.table.setFocus()

    # ---- periods -----------------------------------------------------------------------
    def period_id(self) -> int | None:
        data = self.period_combo.currentData()
        return int(data) if data is not None else None

    def period(self) -> SkpPeriod | None:
        return self._plan.period if self._plan else None

    def selected_year(self) -> int:
        """The year plan files are imported into: the selected period's, else this year."""
        period = self.period()
        return period.first.year if period else self.ctx.clock.today().year

    def reload_periods(self, select_id: int | None = None) -> None:
        if select_id is None:
            select_id = self.period_id()
        try:
            periods = self.ctx.skp.periods()
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
            periods = []
        today = self.ctx.clock.today()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(p.title, p.id)
        index = self.period_combo.findData(select_id) if select_id is not None else -1
        if index < 0:
            current = [i for i, p in enumerate(periods) if p.first <= today <= p.last]
            index = current[0] if current else len(periods) - 1
        self.period_combo.setCurrentIndex(index)
        self.period_combo.blockSignals(False)
        self._load_plan()

    def delete_period(self) -> bool:
        """Delete the selected period with its RHK; entries stay, without their links."""
        period_id = self.period_id()
        if period_id is None or self._plan is None:
            return False
        plan = self._plan
        try:
            linked = sum(self.ctx.skp.usage([r.id for r in plan.rhk if r.id is not None]).values())
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus periode"), error_text(exc))
            return False
        text = self.tr("Hapus {title} beserta {n} RHK-nya?").format(title=plan.period.title, n=len(plan.rhk))
        if linked:
            text += "\n\n" + self.tr(
                "{n} kegiatan yang tertaut akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan)."
            ).format(n=linked)
        text += "\n" + self.tr("Penghapusan tidak bisa diurungkan; ekspor rencananya dulu bila ingin menyimpannya.")
        if not prompts.confirm(self, self.tr("Hapus periode"), text):
            return False
        try:
            self.ctx.skp.delete_period(period_id)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus periode"), error_text(exc))
            return False
        self.reload_periods()
        self._say(self.tr("{title} dihapus.").format(title=plan.period.title))
        return True

    def show_new_period(self) -> None:
        today = self.ctx.clock.today()
        taken = {p.first.year for p in self._periods_quietly() if _whole_year(p)}
        year = today.year
        while year in taken and year < LAST_YEAR:
            year += 1
        self.year.setValue(year)
        self.new_error.hide()
        self.new_box.show()
        (self.year if self.whole_year.isChecked() else self.first_date).setFocus()

    def _hide_new_period(self) -> None:
        self.new_box.hide()
        self.new_error.hide()
        self.table.setFocus()

    def _periods_quietly(self) -> list[SkpPeriod]:
        try:
            return self.ctx.skp.periods()
        except AbsensiError:
            return []

    def _period_kind_changed(self) -> None:
        whole = self.whole_year.isChecked()
        self.year.setEnabled(whole)
        for widget in (self.first_date, self.last_date, self.period_name):
            widget.setEnabled(not whole)

    def create_period(self) -> SkpPeriod | None:
        try:
            if self.whole_year.isChecked():
                period = self.ctx.skp.ensure_year(self.year.value())
            else:
                period = self.ctx.skp.create_period(
                    SkpPeriod(None, _pydate(self.first_date.date()), _pydate(self.last_date.date()), self.period_name.text())
                )
        except AbsensiError as exc:
            self.new_error.setText(error_text(exc))
            self.new_error.show()
            return None
        self.new_box.hide()
        self.new_error.hide()
        self.reload_periods(select_id=period.id)
        self._say(self.tr("Periode {title} siap. Tambahkan RHK-nya dengan \u201cTambah RHK\u201d atau impor rencana.").format(title=period.title))
        self.add_button.setFocus()
        return period

    # ---- the RHK list ------------------------------------------------------------------
    def _load_plan(self, select_id: int | None = None) -> None:
        pid = self.period_id()
        self._plan = None
        if pid is not None:
            try:
                self._plan = self.ctx.skp.plan(pid)
            except AbsensiError as exc:
                prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
        rows = self._plan.rhk if self._plan else ()
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (str(i + 1), kind_label(r.kind), r.name, r.indicator, target_text(r))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, r.id)
                item.setTextAlignment((Qt.AlignRight if col == 0 else Qt.AlignLeft) | Qt.AlignTop)
                item.setToolTip(self._rhk_tooltip(r))
                self.table.setItem(i, col, item)
        self._fit_rows()
        period = self.period()
        if period is None:
            self.period_dates.setText("")
            self.empty_label.setText(
                self.tr("Belum ada periode SKP. Buat periode (biasanya satu tahun penuh), lalu tambahkan RHK atau impor rencana dari berkas.")
            )
        else:
            self.period_dates.setText(
                self.tr("{first} s.d. {last} \u2022 {count} RHK").format(
                    first=_day_text(period.first), last=_day_text(period.last), count=len(rows)
                )
            )
            self.empty_label.setText(
                self.tr("Periode ini belum memiliki RHK. Tambahkan RHK dari SKP Anda, atau impor rencana dari berkas.")
            )
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            ids = [r.id for r in rows]
            row = ids.index(select_id) if select_id in ids else 0
            self.table.selectRow(row)
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Row heights for the wrapped RHK and IKI texts, with a little air between rows."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 6)

    def _rhk_tooltip(self, r: Rhk) -> str:
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

    def selected_rhk(self) -> Rhk | None:
        if self._plan is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        rhk_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        return next((r for r in self._plan.rhk if r.id == rhk_id), None)

    def select_rhk(self, rhk_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.UserRole) == rhk_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has_period = self._plan is not None
        selected = self.selected_rhk()
        rows = self.table.rowCount()
        row = self.table.currentRow()
        self.add_button.setEnabled(has_period)
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None)
        self.delete_period_button.setEnabled(self._plan is not None)
        self.up_button.setEnabled(selected is not None and row > 0)
        self.down_button.setEnabled(selected is not None and 0 <= row < rows - 1)
        self.export_button.setEnabled(has_period and bool(self._plan and self._plan.rhk))

    # ---- add / edit --------------------------------------------------------------------
    def add_rhk(self) -> None:
        period = self.period()
        if period is None:
            self.show_new_period()
            return
        self._open_form(None, period)

    def edit_selected(self) -> None:
        rhk, period = self.selected_rhk(), self.period()
        if rhk is None or period is None:
            return
        self._open_form(rhk, period)

    def _open_form(self, rhk: Rhk | None, period: SkpPeriod) -> None:
        self.new_box.hide()
        self.form.set_rhk(rhk, period)
        self.message.clear()
        self.stack.setCurrentWidget(self.form)
        self.top.setEnabled(False)
        self.bottom.hide()
        self.form.name.setFocus()

    def editing(self) -> bool:
        return self.stack.currentWidget() is self.form

    def save_form(self) -> Rhk | None:
        if not self.editing():
            return None
        period = self.period()
        if period is None:
            return None
        rhk = self.form.rhk()
        for i, action in enumerate(rhk.actions):
            try:
                validate_action(action, period)
            except ValidationError as exc:
                self.form.show_error(
                    self.tr("Rencana Aksi baris {n}: {message}").format(n=i + 1, message=error_text(exc))
                )
                self.form.actions.focus_row(self.form.actions.row_of_action(i))
                return None
        try:
            if rhk.id is None:
                saved = self.ctx.skp.add_rhk(period.id, rhk)
                text = self.tr("RHK ditambahkan.")
            else:
                saved = self.ctx.skp.update_rhk(rhk.id, rhk)
                text = self.tr("Perubahan RHK disimpan.")
        except AbsensiError as exc:
            self.form.show_error(error_text(exc), getattr(exc, "field", None))
            return None
        self._close_form()
        self._load_plan(select_id=saved.id)
        self._say(text)
        return saved

    def cancel_form(self) -> bool:
        """Back to the list; asks first when something was typed. False when kept open."""
        if self.form.is_dirty() and not prompts.confirm(
            self, self.tr("Batalkan perubahan"), self.tr("Perubahan pada RHK ini belum disimpan. Buang perubahan?")
        ):
            return False
        self._close_form()
        return True

    def _close_form(self) -> None:
        self.form.clear_error()
        self.stack.setCurrentIndex(0)
        self.top.setEnabled(True)
        self.bottom.show()
        self.table.setFocus()

    def reject(self) -> None:  # Esc, the close button, the window's X
        if self.editing():
            self.cancel_form()
            return
        if self.new_box.isVisible() and self._plan is not None:  # Esc closes the panel first
            self._hide_new_period()
            return
        super().reject()

    # ---- delete / move -----------------------------------------------------------------
    def delete_selected(self) -> bool:
        rhk = self.selected_rhk()
        if rhk is None or rhk.id is None:
            return False
        try:
            linked = self.ctx.skp.usage([rhk.id]).get(rhk.id, 0)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus RHK"), error_text(exc))
            return False
        consequence = (
            self.tr("{n} kegiatan yang tertaut ke RHK ini akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).").format(n=linked)
            if linked
            else self.tr("Belum ada kegiatan yang tertaut ke RHK ini.")
        )
        text = self.tr("Hapus RHK \u201c{name}\u201d beserta {actions} Rencana Aksi-nya?").format(
            name=_short(rhk.name), actions=len(rhk.actions)
        ) + "\n\n" + consequence + "\n" + self.tr("Penghapusan tidak bisa diurungkan.")
        if not prompts.confirm(self, self.tr("Hapus RHK"), text):
            return False
        row = self.table.currentRow()
        try:
            _gone, unlinked = self.ctx.skp.delete_rhk(rhk.id)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus RHK"), error_text(exc))
            self._load_plan()
            return False
        self._load_plan()
        if self.table.rowCount():
            self.table.selectRow(min(max(row, 0), self.table.rowCount() - 1))
        self._say(
            self.tr("RHK dihapus; {n} kegiatan tidak lagi tertaut.").format(n=len(unlinked)) if unlinked else self.tr("RHK dihapus.")
        )
        self.table.setFocus()
        return True

    def move_selected(self, step: int) -> None:
        rhk = self.selected_rhk()
        if rhk is None or rhk.id is None:
            return
        try:
            self.ctx.skp.move_rhk(rhk.id, step)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
        self._load_plan(select_id=rhk.id)
        self.table.setFocus()

    # ---- plan files --------------------------------------------------------------------
    def import_plan(self) -> SkpPlan | None:
        title = self.tr("Impor rencana SKP")
        path = prompts.open_file(self, title, self.tr("Rencana SKP (*.json);;Semua berkas (*)"))
        if not path:
            return None
        data = self._read_plan_file(Path(path), title)
        if data is None:
            return None
        year = self.selected_year()
        try:
            incoming = plan_from_json(data, year)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        replace = False
        same = next(
            (p for p in self._periods_quietly() if (p.first, p.last) == (incoming.period.first, incoming.period.last)),
            None,
        )
        if same is not None and same.id is not None:
            try:
                existing = self.ctx.skp.plan(same.id).rhk
                keep = {r.name.casefold() for r in incoming.rhk}
                dropped = [r.id for r in existing if r.name.casefold() not in keep and r.id is not None]
                losing = sum(self.ctx.skp.usage(dropped).values())
            except AbsensiError as exc:
                prompts.error(self, title, error_text(exc))
                return None
            if existing:
                text = self.tr(
                    "Periode {title} sudah berisi {count} RHK. Ganti dengan rencana dari berkas ({incoming} RHK)?"
                ).format(title=same.title, count=len(existing), incoming=len(incoming.rhk))
                text += "\n\n" + self.tr(
                    "RHK yang namanya sama diperbarui dan kegiatannya tetap tertaut. RHK lain dihapus."
                )
                if losing:
                    text += " " + self.tr("{n} kegiatan akan kehilangan tautan ke RHK.").format(n=losing)
                if not prompts.confirm(self, title, text):
                    return None
                replace = True
        try:
            plan = self.ctx.skp.import_plan(data, year=year, replace=replace)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        self.new_box.hide()
        self.reload_periods(select_id=plan.period.id)
        self._say(
            self.tr("{n} RHK diimpor ke {title} dari {file}.").format(n=len(plan.rhk), title=plan.period.title, file=Path(path).name)
        )
        return plan

    def _read_plan_file(self, path: Path, title: str) -> object | None:
        """The plan's JSON through the one reader of user files: a FIFO, a device or a folder
        is refused at once, at most 2 MB is read; a byte-order mark is fine, and text that is
        not UTF-8, not JSON or nested absurdly deep gets one sentence."""
        name = path.name
        try:
            raw = self.ctx.files.read(path, MAX_PLAN_FILE_BYTES, "Berkas")
        except FileRefused as exc:
            prompts.error(
                self, title, self.tr("Berkas \u201c{name}\u201d tidak bisa dibaca. {reason}").format(name=name, reason=error_text(exc))
            )
            return None
        try:
            return parse_json_document(raw, path, "Berkas")
        except FileRefused:
            prompts.error(
                self,
                title,
                self.tr(
                    "Berkas \u201c{name}\u201d bukan berkas JSON yang bisa dibaca. Pilih berkas rencana SKP "
                    "(.json) yang diekspor dari Absensi."
                ).format(name=name),
            )
            return None

    def export_plan(self) -> Path | None:
        period = self.period()
        title = self.tr("Ekspor rencana SKP")
        if period is None or period.id is None:
            return None
        suggested = f"rencana-skp-{period.first.year}.json" if _whole_year(period) else (
            f"rencana-skp-{period.first:%Y%m%d}-{period.last:%Y%m%d}.json"
        )
        path = prompts.save_file(self, title, suggested, self.tr("Rencana SKP (*.json)"))
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json")
        try:
            data = self.ctx.skp.export_plan(period.id)
            self.ctx.files.write(target, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"), "Berkas")
        except FileRefused as exc:
            reason = exc.os_error.strerror if exc.os_error is not None and exc.os_error.strerror else error_text(exc).rstrip(".")
            prompts.error(
                self, title, self.tr("Berkas \u201c{name}\u201d tidak bisa disimpan ({error}).").format(name=target.name, error=reason)
            )
            return None
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        except OSError as exc:
            prompts.error(
                self,
                title,
                self.tr("Berkas \u201c{name}\u201d tidak bisa disimpan ({error}).").format(name=target.name, error=exc.strerror or exc),
            )
            return None
        self._say(self.tr("Rencana {title} disimpan ke {file}.").format(title=period.title, file=target.name))
        return target

    # ---- feedback ----------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _day_text(day: date) -> str:
    return f"{day.day} {_t(MONTH_NAMES[day.month - 1])} {day.year}"


def open_skp_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the dialog modally. Afterwards the caller should refresh its RHK choices."""
    dialog = SkpDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
