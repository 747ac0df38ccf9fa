"""The form that adds or edits one entry. Keyboard-first: Tab moves, Ctrl+S / Ctrl+Enter save.

Its RHK row is ``entry_rhk.RhkPicker``; its "Templat" menu (fill from a recurring task, save
the form as one) is ``entry_templates.TemplateMenu``, whose glue to the services is there too."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTimeEdit, QToolButton, QWidget,
)

from absensi_app.domain.model import Entry, EntryDraft, Evidence, Location
from absensi_app.domain.rules import MAX_DESCRIPTION, MAX_QUANTITY, MAX_UNIT
from absensi_app.domain.skp import Rhk
from absensi_app.domain.templates import TaskTemplate
from absensi_app.views.entry_rhk import RhkPicker
from absensi_app.views.entry_templates import FillState, TemplateMenu, fill_form
from absensi_app.views.formatting import minutes_text
from absensi_app.views.labels import location_label
from absensi_app.views.language import Retranslated


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class EntryForm(Retranslated, QGroupBox):
    """Emits ``submitted(draft, entry_id_or_0)``; ``cancelled`` when editing is abandoned."""

    submitted = Signal(object, int)
    cancelled = Signal()
    evidence_file_requested = Signal()
    templates_wanted = Signal()  # the "Templat" menu opens: set_templates with a fresh list
    template_applied = Signal(object)  # a TaskTemplate filled the form
    template_save_requested = Signal()  # "Simpan isian sebagai templat…"
    template_from_entry_requested = Signal()  # "Jadikan templat dari kegiatan terpilih…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self._editing: Entry | None = None
        self._evidence_file: Path | None = None
        self._kept_evidence = Evidence()
        self._fill = FillState()  # what a template may still fill

        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.duration_only = QCheckBox()
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.span = QLabel()
        self.location = QComboBox()
        for loc in Location:
            self.location.addItem("", loc.value)
        self.description = QLineEdit()
        self.description.setMaxLength(MAX_DESCRIPTION + 200)  # longer text gets a clear message
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setMaxVisibleItems(12)
        self.description.setCompleter(completer)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 99999)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.NoInsert)
        self.unit.lineEdit().setMaxLength(MAX_UNIT + 20)
        self.link = QLineEdit()
        self.file_button = QToolButton()
        self.file_label = QLabel()
        self.clear_file = QToolButton()
        self.clear_file.setText("\u2715")
        self.rhk_picker = RhkPicker()
        self.rhk, self.action, self.action_label = self.rhk_picker.rhk, self.rhk_picker.action, self.rhk_picker.action_label
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.hide()
        self.notice = QLabel()  # what a template could not fill, and why
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #5c4200;")
        self.notice.hide()
        self.templates = TemplateMenu(self, self.open_templates)  # with its button and Ctrl+Shift+P
        self.template_button = self.templates.button
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()

        time_row = QHBoxLayout()
        time_row.addWidget(self.start)
        time_row.addWidget(QLabel("\u2013"))
        time_row.addWidget(self.end)
        time_row.addWidget(self.duration)
        time_row.addWidget(self.span)
        time_row.addSpacing(12)
        time_row.addWidget(self.duration_only)
        time_row.addStretch(1)
        self._location_label = QLabel()
        self._location_label.setBuddy(self.location)
        time_row.addWidget(self._location_label)
        time_row.addWidget(self.location)
        out_row = QHBoxLayout()
        out_row.addWidget(self.quantity)
        out_row.addWidget(self.unit, 1)
        out_row.addSpacing(12)
        self._evidence_label = evidence_label = QLabel()
        evidence_label.setBuddy(self.link)
        out_row.addWidget(evidence_label)
        out_row.addWidget(self.link, 2)
        out_row.addWidget(self.file_button)
        out_row.addWidget(self.file_label)
        out_row.addWidget(self.clear_file)
        button_row = QHBoxLayout()
        button_row.addWidget(self.template_button)
        button_row.addStretch(1)
        button_row.addWidget(self.cancel_button)
        button_row.addWidget(self.save_button)

        form = QFormLayout(self)
        self._form = form
        self._row_labels = []
        for row, buddy in ((time_row, self.start), (self.description, self.description),
                           (self.rhk_picker, self.rhk), (out_row, self.quantity)):  # fmt: skip
            label = QLabel()
            label.setBuddy(buddy)
            form.addRow(label, row)
            self._row_labels.append(label)
        self._rhk_row_index = 2
        form.addRow(self.error)
        form.addRow(self.notice)
        form.addRow(button_row)

        self.duration_only.toggled.connect(self._mode_changed)
        self.start.timeChanged.connect(self._update_span)
        self.end.timeChanged.connect(self._update_span)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self.file_button.clicked.connect(self.evidence_file_requested)
        self.clear_file.clicked.connect(self._clear_evidence_file)
        self.description.returnPressed.connect(self._description_enter)
        self.rhk_picker.finished.connect(self.quantity.setFocus)
        self.templates.picked.connect(self.apply_template)
        self.templates.save_requested.connect(self.template_save_requested)
        self.templates.from_entry_requested.connect(self.template_from_entry_requested)
        self.retranslate()
        self._mode_changed()
        self._show_file()
        self.select_rhk(None, None)
        for edit in (self.description, self.link, self.unit.lineEdit(), self.rhk.lineEdit()):
            edit.installEventFilter(self)

    def retranslate(self) -> None:
        """The fixed texts in the language now active (at the start and on LanguageChange);
        what was typed, chosen or is being edited stays."""
        self.setTitle(self.tr("Ubah kegiatan") if self._editing is not None else self.tr("Kegiatan baru"))
        self.duration_only.setText(self.tr("Hanya durasi"))
        self.duration_only.setToolTip(self.tr("Catat lamanya saja, tanpa jam mulai dan selesai"))
        self.duration.setSuffix(self.tr(" menit"))
        for i, loc in enumerate(Location):
            self.location.setItemText(i, location_label(loc))
        self.description.setPlaceholderText(self.tr("Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan"))
        self.quantity.setSpecialValueText(self.tr("\u2013"))
        self.quantity.setToolTip(self.tr("Jumlah output; biarkan \u2013 bila tidak ada"))
        self.unit.lineEdit().setPlaceholderText(self.tr("satuan, mis. laporan"))
        self.link.setPlaceholderText(self.tr("tautan bukti dukung (https://...)"))
        self.file_button.setText(self.tr("Lampirkan berkas\u2026"))
        self.clear_file.setToolTip(self.tr("Lepaskan berkas bukti"))
        self.save_button.setText(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan kegiatan (Ctrl+S atau Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Batalkan perubahan (Esc)"))
        self._location_label.setText(self.tr("&Lokasi"))
        self._evidence_label.setText(self.tr("&Bukti"))
        for label, text in zip(self._row_labels, (self.tr("&Jam"), self.tr("&Uraian"), self.tr("R&HK"), self.tr("&Output"))):
            label.setText(text)
        self._update_span()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z in an empty-history text field undoes the last saved change instead."""
        if event.type() == QEvent.ShortcutOverride and isinstance(watched, QLineEdit):
            if event.matches(QKeySequence.Undo) and not watched.isUndoAvailable():
                event.ignore()
                return True
            if event.matches(QKeySequence.Redo) and not watched.isRedoAvailable():
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # ---- state ---------------------------------------------------------------------------
    @property
    def editing(self) -> Entry | None:
        return self._editing

    def set_suggestions(self, descriptions: list[str], units: list[str]) -> None:
        self._completions.setStringList(descriptions)
        current = self.unit.currentText()
        self.unit.clear()
        self.unit.addItems(units)
        self.unit.setEditText(current)

    def learn(self, description: str, unit: str | None) -> None:
        """Offer what was just saved among the suggestions (they are re-read on another day)."""
        known = self._completions.stringList()
        if description and description not in known:
            self._completions.setStringList([description, *known])
        if unit and self.unit.findText(unit) < 0:
            current = self.unit.currentText()
            self.unit.insertItem(0, unit)
            self.unit.setEditText(current)

    def new_entry(self, day: date, start: time, location: Location) -> None:
        """Reset to a blank entry on ``day`` starting at ``start``."""
        self._day = day
        self._editing = None
        self.setTitle(self.tr("Kegiatan baru"))
        self.start.setTime(_qtime(start))
        end = (datetime.combine(day, start) + timedelta(hours=1)).time()
        self.end.setTime(_qtime(end if end > start else time(23, 59)))
        self.duration.setValue(60)
        self.duration_only.setChecked(False)
        self.location.setCurrentIndex(self.location.findData(location.value))
        self.description.setText("")  # setText also clears the field's own undo history
        self.quantity.setValue(0)
        self.unit.setEditText("")
        self.link.setText("")
        self._evidence_file = None
        self._kept_evidence = Evidence()
        self._show_file()
        self.select_rhk(None, None)
        self.clear_error()
        self._fill.reset(description="", location=location.value, rhk=(None, None), unit="",
                         end=_pytime(self.end.time()), duration=60)

    def edit_entry(self, entry: Entry) -> None:
        self._day = entry.day
        self._editing = entry
        self.setTitle(self.tr("Ubah kegiatan"))
        timed = entry.start is not None and entry.end is not None
        self.duration_only.setChecked(not timed)
        if timed:
            self.start.setTime(_qtime(entry.start))
            self.end.setTime(_qtime(entry.end))
        self.duration.setValue(entry.minutes)
        self.location.setCurrentIndex(self.location.findData(entry.location.value))
        self.description.setText(entry.description)
        self.quantity.setValue(entry.quantity or 0)
        self.unit.setEditText(entry.unit or "")
        self.link.setText(entry.evidence.link or "")
        self._evidence_file = None
        self._kept_evidence = entry.evidence
        self._show_file()
        self.select_rhk(entry.rhk_id, entry.action_id)
        self.clear_error()
        self._fill.reset(description="", rhk=(None, None), unit="")  # a template only fills what is empty
        self.description.setFocus()

    def attach_file(self, path: Path) -> None:
        self._evidence_file = path
        self._kept_evidence = Evidence()
        self._show_file()

    def has_input(self) -> bool:
        """True when the user has typed something a reset would throw away."""
        return bool(
            self.description.text().strip()
            or self.quantity.value()
            or self.unit.currentText().strip()
            or self.link.text().strip()
            or self._evidence_file is not None
            or self.rhk_id() is not None
        )

    @property
    def evidence_file(self) -> Path | None:
        return self._evidence_file

    def draft(self) -> EntryDraft:
        timed = not self.duration_only.isChecked()
        kept, link = self._kept_evidence, self.link.text().strip() or None
        unit = self.unit.currentText().strip() or None
        if unit and not self.quantity.value() and self._fill.untouched("unit", unit):
            unit = None  # a template's unit counts only with a quantity, as in `log add --template`
        return EntryDraft(
            day=self._day,
            location=Location(self.location.currentData()),
            description=self.description.text(),
            start=_pytime(self.start.time()) if timed else None,
            end=_pytime(self.end.time()) if timed else None,
            minutes=None if timed else self.duration.value(),
            quantity=self.quantity.value() or None,
            unit=unit,
            evidence=Evidence(file_name=kept.file_name, sha256=kept.sha256, link=link),
            rhk_id=self.rhk_id(),
            action_id=self.action_id(),
        )

    # ---- feedback ------------------------------------------------------------------------
    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        widget = {
            "start": self.start,
            "end": self.end,
            "minutes": self.duration if self.duration_only.isChecked() else self.end,
            "description": self.description,
            "quantity": self.quantity,
            "unit": self.unit,
            "evidence": self.link,
            "location": self.location,
            "rhk": self.rhk,
            "action": self.action,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.notice.clear()
        self.notice.hide()

    def submit(self) -> None:
        self.clear_error()
        if self.rhk_picker.resolve_typed() < 0:
            self.show_error(
                self.tr("RHK \u201c{text}\u201d tidak ada di daftar. Pilih RHK dari daftar, atau kosongkan.").format(
                    text=self.rhk.currentText().strip()
                ),
                "rhk",
            )
            return
        self.rhk_picker.accept_typed()
        self.submitted.emit(self.draft(), self._editing.id if self._editing else 0)

    def cancel(self) -> None:
        self.clear_error()
        self.cancelled.emit()

    # ---- RHK (the picker is entry_rhk.RhkPicker) ------------------------------------------
    def set_rhk_choices(self, choices: list[Rhk]) -> None:
        """RHK the entry can count toward (``ctx.skp.choices(day)``: most used first).

        The current selection is kept, also when it is not among ``choices`` (an edited
        entry's RHK stays linked unless the user picks another one).
        """
        self.rhk_picker.set_choices(choices)
        self._form.setRowVisible(self._rhk_row_index, self.rhk_picker.has_choices())

    def rhk_id(self) -> int | None:
        return self.rhk_picker.rhk_id()

    def action_id(self) -> int | None:
        return self.rhk_picker.action_id()

    def select_rhk(self, rhk_id: int | None, action_id: int | None = None) -> None:
        """Select an RHK (and one of its Rencana Aksi) by id, as the user would; the RHK row
        is shown while there is one to pick."""
        self.rhk_picker.select(rhk_id, action_id)
        self._form.setRowVisible(self._rhk_row_index, self.rhk_picker.has_choices())

    # ---- templates (the menu is entry_templates.TemplateMenu) -----------------------------
    def set_templates(self, templates: list[TaskTemplate]) -> None:
        """The templates the "Templat" menu offers (``ctx.templates.list()``)."""
        self.templates.set_templates(templates)

    def open_templates(self) -> None:
        """Show the "Templat" menu under its button (Ctrl+Shift+P), its list read afresh."""
        if not self.isEnabled() or not self.isVisible():
            return
        self.templates_wanted.emit()
        self.templates.open_at(self.template_button.mapToGlobal(QPoint(0, self.template_button.height())))

    def apply_template(self, template: TaskTemplate) -> None:
        """Fill what the user has not typed from ``template`` (see ``entry_templates.fill_form``);
        what it cannot fill is said below the form."""
        notes = fill_form(self, template, self._fill)
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self.template_applied.emit(template)
        self.description.setFocus()

    # ---- internals -----------------------------------------------------------------------
    def _description_enter(self) -> None:
        popup = self.description.completer().popup()
        if popup is None or not popup.isVisible():
            (self.rhk if self.rhk.isVisibleTo(self) else self.quantity).setFocus()

    def _mode_changed(self) -> None:
        only = self.duration_only.isChecked()
        self.start.setVisible(not only)
        self.end.setVisible(not only)
        self.duration.setVisible(only)
        self.span.setVisible(not only)
        self._update_span()

    def _update_span(self) -> None:
        a, b = self.start.time(), self.end.time()
        minutes = (b.hour() * 60 + b.minute()) - (a.hour() * 60 + a.minute())
        self.span.setText(f"({minutes_text(minutes)})" if minutes > 0 else "")

    def _show_file(self) -> None:
        if self._evidence_file is not None:
            self.file_label.setText(self._evidence_file.name)
        elif self._kept_evidence.file_name:
            self.file_label.setText(Path(self._kept_evidence.file_name).name.split("-", 1)[-1])
        else:
            self.file_label.setText("")
        has = bool(self.file_label.text())
        self.file_label.setVisible(has)
        self.clear_file.setVisible(has)

    def _clear_evidence_file(self) -> None:
        self._evidence_file = None
        self._kept_evidence = Evidence()
        self._show_file()


__all__ = ["EntryForm", "MAX_QUANTITY"]
