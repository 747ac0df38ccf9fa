"""One RHK in the "Rencana SKP" dialog: jenis, name, Indikator Kinerja Individu, targets, the
supported supervisor RHK and its Rencana Aksi, with Simpan and Batal. What was typed since the
form opened is the editor's business (``skp_editing.SkpEditor``), not the form's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.skp import MAX_RHK_NAME, MAX_SHORT, MAX_TARGET, Rhk, RhkKind, SkpPeriod
from absensi_app.views.skp.skp_action_table import ActionTable
from absensi_app.views.skp.skp_editing import BLANK_RHK, is_whole_year

_ERR_STYLE = "color: #b3261e; font-weight: 600;"


def kind_label(kind: RhkKind) -> str:
    if kind is RhkKind.UTAMA:
        return QCoreApplication.translate("SkpDialog", "Utama")
    return QCoreApplication.translate("SkpDialog", "Tambahan")


class RhkForm(QWidget):
    """One RHK: jenis, name, IKI, targets, supported supervisor RHK and its Rencana Aksi."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rhk_id: int | None = None
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
        r = rhk or BLANK_RHK
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind.value)))
        self.name.setPlainText(r.name)
        self.indicator.setPlainText(r.indicator)
        self.target.setValue(max(1, min(MAX_TARGET, int(r.target or 1))))
        self.unit.setText(r.unit)
        self.quality.setText(r.quality)
        self.time.setText(r.time if rhk else self.tr("12 bulan") if is_whole_year(period) else "")
        self.supports.setText(r.supports)
        self.actions.set_actions(r.actions)
        self.clear_error()

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
