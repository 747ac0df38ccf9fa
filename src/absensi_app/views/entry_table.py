"""The day's entries as a table: time, duration, location, description, output, evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from absensi_app.domain.model import Entry
from absensi_app.views.formatting import minutes_text
from absensi_app.views.labels import location_label

# The view asks data() for every role of every cell when it sizes its columns (thousands of
# calls for a full day): roles and alignments as plain ints, since reading ``Qt.DisplayRole``
# costs microseconds each time in PySide6.
_DISPLAY, _TOOLTIP, _ALIGNMENT = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.TextAlignmentRole)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT))
_ALIGN_LEFT = int(Qt.AlignVCenter | Qt.AlignLeft)
_ALIGN_RIGHT = int(Qt.AlignVCenter | Qt.AlignRight)
_COLUMN_ALIGNMENT = {0: _ALIGN_LEFT, 1: _ALIGN_RIGHT, 4: _ALIGN_LEFT}
_HORIZONTAL = Qt.Horizontal


class EntryTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("EntryTableModel", "Jam"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Durasi"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Lokasi"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Uraian kegiatan"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Output"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Bukti"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[Entry, ...] = ()

    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        for i, e in enumerate(self._entries):
            if e.id == entry_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802, ANN201
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if role not in _ROLES:
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return f"{e.start:%H:%M}\u2013{e.end:%H:%M}" if e.start and e.end else self.tr("(durasi)")
            if col == 1:
                return minutes_text(e.minutes)
            if col == 2:
                return location_label(e.location)
            if col == 3:
                return e.description
            if col == 4:
                return e.output_text
            if col == 5:
                if e.evidence.file_name:
                    return "\U0001F4CE " + Path(e.evidence.file_name).name.split("-", 1)[-1]
                return e.evidence.link or ""
        if role == _TOOLTIP:
            if col == 3:
                return e.description
            if col == 5 and e.evidence.sha256:
                return f"SHA-256: {e.evidence.sha256}"
            if col == 5:
                return e.evidence.link
        if role == _ALIGNMENT:
            return _COLUMN_ALIGNMENT.get(col)
        return None
