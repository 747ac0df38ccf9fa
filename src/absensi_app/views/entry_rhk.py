"""The entry form's RHK picker: the RHK of the SKP an entry counts toward (type part of its
name to search) and one of that RHK's Rencana Aksi for the day.

``RhkPicker`` is one row of ``EntryForm``. Its texts are translated under the context
"EntryForm", where they were before the picker had its own module (``self.tr`` here would file
them under "RhkPicker" and lose their translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.views.formatting import span_text
from absensi_app.views.language import Retranslated


class RhkPicker(Retranslated, QWidget):
    """Emits ``finished`` when Enter is pressed in the RHK field and no Rencana Aksi follows."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Rhk] = []
        self.rhk = QComboBox()
        self.rhk.setEditable(True)
        self.rhk.setInsertPolicy(QComboBox.NoInsert)
        self.rhk.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.rhk.setMinimumContentsLength(20)
        self.rhk.setMaxVisibleItems(15)
        completer = self.rhk.completer()
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.action = QComboBox()
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(14)
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rhk, 3)
        row.addSpacing(12)
        row.addWidget(self.action_label)
        row.addWidget(self.action, 2)

        self.rhk.currentIndexChanged.connect(lambda _index: self._fill_actions(None))
        self.rhk.lineEdit().editingFinished.connect(self.accept_typed)
        self.rhk.lineEdit().returnPressed.connect(self._enter)
        self.retranslate()
        self.select(None, None)

    def retranslate(self) -> None:
        """The fixed texts and the "none" choices in the language now active; the chosen and
        the typed RHK stay."""
        self.rhk.lineEdit().setPlaceholderText(QCoreApplication.translate("EntryForm", "ketik sebagian nama RHK"))
        self.rhk.setToolTip(QCoreApplication.translate(
            "EntryForm", "Rencana Hasil Kerja (RHK) SKP yang didukung kegiatan ini; ketik untuk mencari"))
        self.action.setToolTip(QCoreApplication.translate("EntryForm", "Rencana Aksi dari RHK terpilih (boleh dikosongkan)"))
        self.action_label.setText(QCoreApplication.translate("EntryForm", "Rencana &Aksi"))
        if not self.rhk.count():
            return
        typed, none_before = self.rhk.currentText(), self.rhk.itemText(0)
        self.rhk.setItemText(0, QCoreApplication.translate("EntryForm", "\u2014 tanpa RHK \u2014"))
        for i in range(1, self.rhk.count()):
            r = self.offered(self.rhk.itemData(i))
            if r is not None:
                self.rhk.setItemData(i, self._tooltip(r), Qt.ToolTipRole)
        if typed != none_before and self.rhk.currentText() != typed:  # a part of a name typed: kept
            self.rhk.setEditText(typed)
        self.action.setItemText(0, QCoreApplication.translate("EntryForm", "\u2014 tanpa Rencana Aksi \u2014"))
        choice = self.offered(self.rhk.itemData(self.rhk.currentIndex()))
        for a in choice.actions if choice else ():
            index = self.action.findData(a.id)
            if index > 0:
                self.action.setItemText(index, _action_text(a))

    # ---- what is offered and chosen -------------------------------------------------------
    def set_choices(self, choices: list[Rhk]) -> None:
        """RHK the entry can count toward (most used first); the selection is kept, also when
        it is not among ``choices``."""
        self._choices = [r for r in choices if r.id is not None]
        self.select(self.rhk_id(), self.action_id())

    def has_choices(self) -> bool:
        """Something to pick: RHK offered, or a link kept that is not among them."""
        return self.rhk.count() > 1

    def offered(self, rhk_id: int) -> Rhk | None:
        """The offered RHK with this id (its ``actions`` are the day's), or None."""
        return next((r for r in self._choices if r.id == rhk_id), None)

    def rhk_id(self) -> int | None:
        index = self.resolve_typed()
        data = self.rhk.itemData(index if index >= 0 else self.rhk.currentIndex())
        return int(data) if data is not None else None

    def action_id(self) -> int | None:
        index = self.resolve_typed()
        if index >= 0 and index != self.rhk.currentIndex():  # typed another RHK: its own actions are not listed yet
            return None
        if self.rhk_id() is None:
            return None
        data = self.action.currentData()
        return int(data) if data is not None else None

    def select(self, rhk_id: int | None, action_id: int | None) -> None:
        """Select an RHK (and one of its Rencana Aksi) by id; an id not offered is kept and named."""
        self.rhk.blockSignals(True)
        self.rhk.clear()
        self.rhk.addItem(QCoreApplication.translate("EntryForm", "\u2014 tanpa RHK \u2014"), None)
        for r in self._choices:
            self.rhk.addItem(r.name, r.id)
            self.rhk.setItemData(self.rhk.count() - 1, self._tooltip(r), Qt.ToolTipRole)
        index = self.rhk.findData(rhk_id) if rhk_id is not None else 0
        if index < 0:  # linked to an RHK that is not offered: keep the link, say so
            self.rhk.addItem(QCoreApplication.translate(
                "EntryForm", "RHK nomor {id} (tidak ada di daftar RHK hari ini)").format(id=rhk_id), rhk_id)
            index = self.rhk.count() - 1
        self.rhk.setCurrentIndex(index)
        self.rhk.blockSignals(False)
        self._fill_actions(action_id)

    def resolve_typed(self) -> int:
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

    def accept_typed(self) -> None:
        """Select the RHK the typed text names, and show its whole name."""
        index = self.resolve_typed()
        if index >= 0:
            if index != self.rhk.currentIndex():
                self.rhk.setCurrentIndex(index)
            self.rhk.setEditText(self.rhk.itemText(index))

    # ---- internals -------------------------------------------------------------------------
    def _tooltip(self, r: Rhk) -> str:
        kind = (QCoreApplication.translate("EntryForm", "RHK utama") if r.kind is RhkKind.UTAMA
                else QCoreApplication.translate("EntryForm", "RHK tambahan"))  # fmt: skip
        lines = [f"{kind}: {r.name}"]
        if r.indicator:
            lines.append(QCoreApplication.translate("EntryForm", "IKI: {text}").format(text=r.indicator))
        lines.append(QCoreApplication.translate("EntryForm", "Target: {n} {unit}").format(n=r.target, unit=r.unit))
        return "\n".join(lines)

    def _fill_actions(self, action_id: int | None) -> None:
        rhk_id = self.rhk.itemData(self.rhk.currentIndex())
        choice = self.offered(rhk_id) if rhk_id is not None else None
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(QCoreApplication.translate("EntryForm", "\u2014 tanpa Rencana Aksi \u2014"), None)
        for a in choice.actions if choice else ():
            self.action.addItem(_action_text(a), a.id)
            self.action.setItemData(self.action.count() - 1, a.description, Qt.ToolTipRole)
        index = self.action.findData(action_id) if action_id is not None else 0
        if index < 0:
            self.action.addItem(QCoreApplication.translate("EntryForm", "Rencana Aksi nomor {id}").format(id=action_id), action_id)
            index = self.action.count() - 1
        self.action.setCurrentIndex(index)
        self.action.blockSignals(False)
        has_actions = self.action.count() > 1
        self.action.setVisible(has_actions)
        self.action_label.setVisible(has_actions)

    def _enter(self) -> None:
        popup = self.rhk.completer().popup()
        if popup is None or not popup.isVisible():
            self.accept_typed()
            if self.action.isVisible():
                self.action.setFocus()
            else:
                self.finished.emit()


def _action_text(a: ActionPlan) -> str:
    return f"{span_text(a.month, a.quarter)}: {a.description}"
