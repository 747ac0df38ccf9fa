"""The templates page: the recurring tasks (``ctx.templates``) listed, added, edited and
removed. Edits stay on the page until Simpan; an edited template is written as the old one
removed and the new one added (the service has no update), in that order."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import Location
from absensi_app.domain.rules import MAX_DAY_MINUTES
from absensi_app.domain.templates import TaskTemplate, validate_template
from absensi_app.services.context import AppContext
from absensi_app.views.formatting import minutes_text, span_text
from absensi_app.views.labels import location_label
from absensi_app.views.settings.page import SettingsPage, Undo, hint


class TemplatesPage(SettingsPage):
    key = "templates"
    has_defaults = False
    apply_order = 40  # the service checks the RHK links

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Templat kegiatan"),
            self.tr(
                "Kegiatan yang berulang: pilih dari formulir kegiatan atau dari baki untuk mengisi uraian, "
                "lokasi, RHK, satuan dan durasinya sekaligus."
            ),
        )
        self._stored: list[TaskTemplate] = []
        self.items: list[TaskTemplate] = []
        self._editing: int | None = None  # the index in ``items`` the editor holds; None = a new one
        self._dirty = False

        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        self.new_button = QPushButton(self.tr("Templat &baru"))
        self.remove_button = QPushButton(self.tr("&Hapus"))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.editor = QGroupBox()
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("mis. Rapat koordinasi mingguan"))
        self.description = QLineEdit()
        self.description.setMaxLength(2100)
        self.description.setPlaceholderText(self.tr("uraian kegiatan"))
        self.location = QComboBox()
        self.location.addItem(self.tr("(tidak ditentukan)"), None)
        for location in Location:
            self.location.addItem(location_label(location), location.value)
        self.rhk = QComboBox()
        self.action = QComboBox()
        self.unit = QLineEdit()
        self.unit.setMaxLength(60)
        self.unit.setPlaceholderText(self.tr("mis. laporan"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_DAY_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" menit"))
        self.minutes.setSpecialValueText(self.tr("(tidak ditentukan)"))
        self.minutes.setMinimumWidth(160)
        self.minutes.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.apply_button = QPushButton(self.tr("&Terapkan ke daftar"))
        self.apply_button.setToolTip(self.tr("Masukkan isian ini ke daftar; semuanya tersimpan dengan Simpan"))
        form = QFormLayout(self.editor)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Uraian"), self.description)
        form.addRow(self.tr("&Lokasi"), self.location)
        form.addRow(self.tr("&RHK"), self.rhk)
        form.addRow(self.tr("Rencana &Aksi"), self.action)
        form.addRow(self.tr("&Satuan output"), self.unit)
        form.addRow(self.tr("&Durasi biasa"), self.minutes)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        form.addRow(apply_row)
        form.addRow(hint(self.tr("Hanya nama dan uraian yang wajib. RHK dipilih dari rencana SKP yang berlaku hari ini.")))

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.editor, 3)
        self.content.addLayout(columns, 1)

        self.list.currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_template)
        self.remove_button.clicked.connect(self.remove_selected)
        self.apply_button.clicked.connect(self.commit_editor)
        self.rhk.currentIndexChanged.connect(self._fill_actions)
        for edit in (self.name, self.description, self.unit):
            edit.textEdited.connect(self._touched)
            edit.returnPressed.connect(self.commit_editor)
        for combo in (self.location, self.rhk, self.action):
            combo.activated.connect(self._touched)
        self.minutes.valueChanged.connect(self._touched)

    # ---- the RHK of today's plan -------------------------------------------------------------
    def _load_rhk(self) -> None:
        try:
            plan = self.ctx.skp.plan_for(self.ctx.clock.today())
        except AbsensiError:
            plan = None
        self._rhk = list(plan.rhk) if plan is not None else []
        self.rhk.blockSignals(True)
        self.rhk.clear()
        self.rhk.addItem(self.tr("(tanpa RHK)"), None)
        for number, rhk in enumerate(self._rhk, 1):
            self.rhk.addItem(self.tr("{n}. {name}").format(n=number, name=rhk.name), rhk.id)
        self.rhk.blockSignals(False)

    def _fill_actions(self, _index: int = 0, action_id: int | None = None) -> None:
        self.action.clear()
        self.action.addItem(self.tr("(tanpa Rencana Aksi)"), None)
        rhk_id = self.rhk.currentData()
        rhk = next((r for r in self._rhk if r.id == rhk_id), None)
        for action in rhk.actions if rhk is not None else ():
            label = "{text} ({span})".format(text=action.description, span=span_text(action.month, action.quarter, action.year))
            self.action.addItem(label, action.id)
        if action_id is not None and self.action.findData(action_id) < 0:
            self.action.addItem(self.tr("Rencana Aksi nomor {id}").format(id=action_id), action_id)
        self.action.setCurrentIndex(max(0, self.action.findData(action_id)))

    def _select_rhk(self, rhk_id: int | None) -> None:
        if rhk_id is not None and self.rhk.findData(rhk_id) < 0:  # of another period: kept as it is
            self.rhk.addItem(self.tr("RHK nomor {id} (periode lain)").format(id=rhk_id), rhk_id)
        self.rhk.blockSignals(True)
        self.rhk.setCurrentIndex(max(0, self.rhk.findData(rhk_id)))
        self.rhk.blockSignals(False)

    # ---- the list ----------------------------------------------------------------------------
    def _show_list(self, select: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in self.items:
            item = QListWidgetItem(template.name)
            item.setToolTip(self.describe(template))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if select is not None and 0 <= select < len(self.items):
            self.list.setCurrentRow(select)
        else:
            self.new_template()
        self.remove_button.setEnabled(bool(self.items) and self._editing is not None)

    def describe(self, template: TaskTemplate) -> str:
        parts = [template.description]
        if template.location is not None:
            parts.append(location_label(template.location))
        if template.minutes:
            parts.append(self.tr("biasanya {duration}").format(duration=minutes_text(template.minutes)))
        return " \u2022 ".join(parts)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self._edit(row)

    def _edit(self, index: int | None) -> None:
        template = self.items[index] if index is not None else TaskTemplate("", "")
        self._editing = index
        self.editor.setTitle(self.tr("Ubah templat") if index is not None else self.tr("Templat baru"))
        self.name.setText(template.name)
        self.description.setText(template.description)
        self.location.setCurrentIndex(max(0, self.location.findData(template.location.value if template.location else None)))
        self._select_rhk(template.rhk_id)
        self._fill_actions(action_id=template.action_id)
        self.unit.setText(template.unit or "")
        self.minutes.setValue(template.minutes or 0)
        self.remove_button.setEnabled(index is not None)
        self._dirty = False

    def _touched(self, *_args: object) -> None:
        self._dirty = True

    def new_template(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._edit(None)
        self.name.setFocus()

    def editor_value(self) -> TaskTemplate:
        location = self.location.currentData()
        return TaskTemplate(
            name=self.name.text(),
            description=self.description.text(),
            location=Location(location) if location else None,
            rhk_id=self.rhk.currentData(),
            action_id=self.action.currentData(),
            unit=self.unit.text() or None,
            minutes=self.minutes.value() or None,
        )

    def commit_editor(self) -> bool:
        """Put the editor's template into the list (checked); False with the reason shown."""
        self.clear_error()
        try:
            self._commit()
        except AbsensiError as exc:
            self.show_error(exc)
            return False
        return True

    def _commit(self) -> None:
        clean = validate_template(self.editor_value())
        for i, other in enumerate(self.items):
            if i != self._editing and other.key == clean.key:
                raise ValidationError(
                    "Nama '{name}' sudah dipakai templat lain di daftar ini (huruf besar/kecil tidak "
                    "dibedakan); pilih nama lain.", field="name", name=clean.name,
                )  # fmt: skip
        if self._editing is None:
            self.items.append(clean)
        else:
            self.items[self._editing] = clean
        self.items.sort(key=lambda t: t.key)
        self._dirty = False
        self._show_list(self.items.index(clean))

    def remove_selected(self) -> None:
        if self._editing is None:
            return
        index = self._editing
        del self.items[index]
        self._editing = None
        self._show_list(min(index, len(self.items) - 1) if self.items else None)

    # ---- the contract ------------------------------------------------------------------------
    def load(self) -> None:
        self._load_rhk()
        self._stored = self.ctx.templates.list()
        self.items = list(self._stored)
        self._show_list(0 if self.items else None)

    def check(self) -> None:
        if self._dirty and (self._editing is not None or self.name.text().strip() or self.description.text().strip()):
            self._commit()  # what is typed but not applied yet counts

    def apply(self) -> Undo | None:
        stored = {t.key: t for t in self._stored}
        wanted = {t.key: t for t in self.items}
        removed = [t for key, t in stored.items() if wanted.get(key) != t]
        added = [t for key, t in wanted.items() if stored.get(key) != t]
        if not removed and not added:
            return None
        done: list[tuple[str, TaskTemplate]] = []
        service = self.ctx.templates

        def undo() -> None:
            for what, template in reversed(done):
                if what == "added":
                    service.remove(template.name)
                else:
                    service.add(template)

        try:
            for template in removed:
                service.remove(template.name)
                done.append(("removed", template))
            for template in added:
                service.add(template)
                done.append(("added", template))
        except AbsensiError as exc:
            undo()
            bad = next((t for t in added if t not in (d[1] for d in done)), None)
            if bad is not None and bad in self.items:
                self._show_list(self.items.index(bad))
            raise exc
        return undo

    def fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "description": self.description, "unit": self.unit, "minutes": self.minutes,
                "rhk": self.rhk}
