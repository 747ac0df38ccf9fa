"""The form that adds or edits one entry. Keyboard-first: Tab moves, Ctrl+S / Ctrl+Enter save."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from absensi_app.domain.model import Entry, EntryDraft, Evidence, Location
from absensi_app.domain.rules import MAX_DESCRIPTION, MAX_QUANTITY, MAX_UNIT
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.views.formatting import minutes_text, span_text
from absensi_app.views.labels import location_label


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class EntryForm(QGroupBox):
    """Emits ``submitted(draft, entry_id_or_0)``; ``cancelled`` when editing is abandoned."""

    submitted = Signal(object, int)
    cancelled = Signal()
    evidence_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self._editing: Entry | None = None
        self._evidence_file: Path | None = None
        self._kept_evidence = Evidence()
        self._rhk_choices: list[Rhk] = []

        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.duration_only = QCheckBox(self.tr("Hanya durasi"))
        self.duration_only.setToolTip(self.tr("Catat lamanya saja, tanpa jam mulai dan selesai"))
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" menit"))
        self.duration.setValue(60)
        self.span = QLabel()
        self.location = QComboBox()
        for loc in Location:
            self.location.addItem(location_label(loc), loc.value)
        self.description = QLineEdit()
        self.description.setMaxLength(MAX_DESCRIPTION + 200)  # longer text gets a clear message
        self.description.setPlaceholderText(self.tr("Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setMaxVisibleItems(12)
        self.description.setCompleter(completer)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 99999)
        self.quantity.setSpecialValueText(self.tr("\u2013"))
        self.quantity.setToolTip(self.tr("Jumlah output; biarkan \u2013 bila tidak ada"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.NoInsert)
        self.unit.lineEdit().setMaxLength(MAX_UNIT + 20)
        self.unit.lineEdit().setPlaceholderText(self.tr("satuan, mis. laporan"))
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("tautan bukti dukung (https://...)"))
        self.file_button = QToolButton()
        self.file_button.setText(self.tr("Lampirkan berkas\u2026"))
        self.file_label = QLabel()
        self.clear_file = QToolButton()
        self.clear_file.setText("\u2715")
        self.clear_file.setToolTip(self.tr("Lepaskan berkas bukti"))
        # RHK of the SKP this work counts toward: type part of its name to search
        self.rhk = QComboBox()
        self.rhk.setEditable(True)
        self.rhk.setInsertPolicy(QComboBox.NoInsert)
        self.rhk.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.rhk.setMinimumContentsLength(20)
        self.rhk.setMaxVisibleItems(15)
        self.rhk.lineEdit().setPlaceholderText(self.tr("ketik sebagian nama RHK"))
        rhk_completer = self.rhk.completer()
        rhk_completer.setCompletionMode(QCompleter.PopupCompletion)
        rhk_completer.setFilterMode(Qt.MatchContains)
        rhk_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.rhk.setToolTip(self.tr("Rencana Hasil Kerja (RHK) SKP yang didukung kegiatan ini; ketik untuk mencari"))
        self.action = QComboBox()
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(14)
        self.action.setToolTip(self.tr("Rencana Aksi dari RHK terpilih (boleh dikosongkan)"))
        self.action_label = QLabel(self.tr("Rencana &Aksi"))
        self.action_label.setBuddy(self.action)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Simpan kegiatan (Ctrl+S atau Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Batalkan perubahan (Esc)"))

        time_row = QHBoxLayout()
        time_row.addWidget(self.start)
        time_row.addWidget(QLabel("\u2013"))
        time_row.addWidget(self.end)
        time_row.addWidget(self.duration)
        time_row.addWidget(self.span)
        time_row.addSpacing(12)
        time_row.addWidget(self.duration_only)
        time_row.addStretch(1)
        time_row.addWidget(QLabel(self.tr("&Lokasi")))
        time_row.itemAt(time_row.count() - 1).widget().setBuddy(self.location)
        time_row.addWidget(self.location)
        out_row = QHBoxLayout()
        out_row.addWidget(self.quantity)
        out_row.addWidget(self.unit, 1)
        out_row.addSpacing(12)
        evidence_label = QLabel(self.tr("&Bukti"))
        evidence_label.setBuddy(self.link)
        out_row.addWidget(evidence_label)
        out_row.addWidget(self.link, 2)
        out_row.addWidget(self.file_button)
        out_row.addWidget(self.file_label)
        out_row.addWidget(self.clear_file)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.cancel_button)
        button_row.addWidget(self.save_button)

        rhk_row = QHBoxLayout()
        rhk_row.addWidget(self.rhk, 3)
        rhk_row.addSpacing(12)
        rhk_row.addWidget(self.action_label)
        rhk_row.addWidget(self.action, 2)

        form = QFormLayout(self)
        self._form = form
        for text, row, buddy in (
            (self.tr("&Jam"), time_row, self.start),
            (self.tr("&Uraian"), self.description, self.description),
            (self.tr("R&HK"), rhk_row, self.rhk),
            (self.tr("&Output"), out_row, self.quantity),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, row)
        self._rhk_row_index = 2
        form.addRow(self.error)
        form.addRow(button_row)

        self.duration_only.toggled.connect(self._mode_changed)
        self.start.timeChanged.connect(self._update_span)
        self.end.timeChanged.connect(self._update_span)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self.file_button.clicked.connect(self.evidence_file_requested)
        self.clear_file.clicked.connect(self._clear_evidence_file)
        self.description.returnPressed.connect(self._description_enter)
        self.rhk.currentIndexChanged.connect(self._rhk_changed)
        self.rhk.lineEdit().editingFinished.connect(self._rhk_typed)
        self.rhk.lineEdit().returnPressed.connect(self._rhk_enter)
        self._mode_changed()
        self._show_file()
        self._rebuild_rhk(None, None)
        for edit in (self.description, self.link, self.unit.lineEdit(), self.rhk.lineEdit()):
            edit.installEventFilter(self)

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
        self._rebuild_rhk(None, None)
        self.clear_error()

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
        self._rebuild_rhk(entry.rhk_id, entry.action_id)
        self.clear_error()
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
        qty = self.quantity.value() or None
        unit = self.unit.currentText().strip() or None
        link = self.link.text().strip() or None
        evidence = Evidence(
            file_name=self._kept_evidence.file_name,
            sha256=self._kept_evidence.sha256,
            link=link,
        )
        return EntryDraft(
            day=self._day,
            location=Location(self.location.currentData()),
            description=self.description.text(),
            start=_pytime(self.start.time()) if timed else None,
            end=_pytime(self.end.time()) if timed else None,
            minutes=None if timed else self.duration.value(),
            quantity=qty,
            unit=unit,
            evidence=evidence,
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

    def submit(self) -> None:
        self.clear_error()
        if self._resolve_rhk_text() < 0:
            self.show_error(
                self.tr("RHK \u201c{text}\u201d tidak ada di daftar. Pilih RHK dari daftar, atau kosongkan.").format(
                    text=self.rhk.currentText().strip()
                ),
                "rhk",
            )
            return
        self._rhk_typed()
        self.submitted.emit(self.draft(), self._editing.id if self._editing else 0)

    def cancel(self) -> None:
        self.clear_error()
        self.cancelled.emit()

    # ---- RHK ---------------------------------------------------------------------------
    def set_rhk_choices(self, choices: list[Rhk]) -> None:
        """RHK the entry can count toward (``ctx.skp.choices(day)``: most used first).

        The current selection is kept, also when it is not among ``choices`` (an edited
        entry's RHK stays linked unless the user picks another one).
        """
        self._rhk_choices = [r for r in choices if r.id is not None]
        self._rebuild_rhk(self.rhk_id(), self.action_id())

    def rhk_id(self) -> int | None:
        index = self._resolve_rhk_text()
        data = self.rhk.itemData(index if index >= 0 else self.rhk.currentIndex())
        return int(data) if data is not None else None

    def action_id(self) -> int | None:
        index = self._resolve_rhk_text()
        if index >= 0 and index != self.rhk.currentIndex():  # typed another RHK: its own actions are not listed yet
            return None
        if self.rhk_id() is None:
            return None
        data = self.action.currentData()
        return int(data) if data is not None else None

    def select_rhk(self, rhk_id: int | None, action_id: int | None = None) -> None:
        """Select an RHK (and one of its Rencana Aksi) by id, as the user would."""
        self._rebuild_rhk(rhk_id, action_id)

    def _rebuild_rhk(self, rhk_id: int | None, action_id: int | None) -> None:
        self.rhk.blockSignals(True)
        self.rhk.clear()
        self.rhk.addItem(self.tr("\u2014 tanpa RHK \u2014"), None)
        for r in self._rhk_choices:
            self.rhk.addItem(r.name, r.id)
            self.rhk.setItemData(self.rhk.count() - 1, self._rhk_tooltip(r), Qt.ToolTipRole)
        index = self.rhk.findData(rhk_id) if rhk_id is not None else 0
        if index < 0:  # linked to an RHK that is not offered: keep the link, say so
            self.rhk.addItem(self.tr("RHK nomor {id} (tidak ada di daftar RHK hari ini)").format(id=rhk_id), rhk_id)
            index = self.rhk.count() - 1
        self.rhk.setCurrentIndex(index)
        self.rhk.blockSignals(False)
        self._form.setRowVisible(self._rhk_row_index, self.rhk.count() > 1)  # shows the whole row...
        self._fill_actions(action_id)  # ... then hides the Rencana Aksi part when there are none

    def _rhk_tooltip(self, r: Rhk) -> str:
        kind = self.tr("RHK utama") if r.kind is RhkKind.UTAMA else self.tr("RHK tambahan")
        lines = [f"{kind}: {r.name}"]
        if r.indicator:
            lines.append(self.tr("IKI: {text}").format(text=r.indicator))
        lines.append(self.tr("Target: {n} {unit}").format(n=r.target, unit=r.unit))
        return "\n".join(lines)

    def _selected_choice(self) -> Rhk | None:
        rhk_id = self.rhk.itemData(self.rhk.currentIndex())
        return next((r for r in self._rhk_choices if r.id == rhk_id), None) if rhk_id is not None else None

    def _fill_actions(self, action_id: int | None) -> None:
        choice = self._selected_choice()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("\u2014 tanpa Rencana Aksi \u2014"), None)
        for a in choice.actions if choice else ():
            self.action.addItem(self._action_text(a), a.id)
            self.action.setItemData(self.action.count() - 1, a.description, Qt.ToolTipRole)
        index = self.action.findData(action_id) if action_id is not None else 0
        if index < 0:
            self.action.addItem(self.tr("Rencana Aksi nomor {id}").format(id=action_id), action_id)
            index = self.action.count() - 1
        self.action.setCurrentIndex(index)
        self.action.blockSignals(False)
        has_actions = self.action.count() > 1
        self.action.setVisible(has_actions)
        self.action_label.setVisible(has_actions)

    def _action_text(self, a: ActionPlan) -> str:
        return f"{span_text(a.month, a.quarter)}: {a.description}"

    def _resolve_rhk_text(self) -> int:
        """Index of the RHK the typed text names: the exact name, or the only one containing
        it; 0 when empty, -1 when it names none (or several)."""
        text = self.rhk.currentText().strip().casefold()
        current = self.rhk.currentIndex()
        if not text:
            return 0
        if current >= 0 and self.rhk.itemText(current).casefold() == text:
            return current
        names = [self.rhk.itemText(i).casefold() for i in range(self.rhk.count())]
        if text in names:
            return names.index(text)
        matches = [i for i in range(1, len(names)) if text in names[i]]
        return matches[0] if len(matches) == 1 else -1

    def _rhk_typed(self) -> None:
        index = self._resolve_rhk_text()
        if index >= 0:
            if index != self.rhk.currentIndex():
                self.rhk.setCurrentIndex(index)
            self.rhk.setEditText(self.rhk.itemText(index))

    def _rhk_changed(self, _index: int) -> None:
        self._fill_actions(None)

    def _rhk_enter(self) -> None:
        popup = self.rhk.completer().popup()
        if popup is None or not popup.isVisible():
            self._rhk_typed()
            (self.action if self.action.isVisible() else self.quantity).setFocus()

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
