"""The period of the team table: from a month to a month (the year so far unless the
supervisor picks another), with a button back to the year so far."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from absensi_app.services.team_period import default_period
from absensi_app.views.formatting import month_name


class MonthPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(month_name(m), m)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> str:
        return f"{self.year.value():04d}-{self.month.currentIndex() + 1:02d}"

    def set_value(self, month: str) -> None:
        self.blockSignals(True)
        self.month.blockSignals(True)
        self.year.blockSignals(True)
        self.year.setValue(int(month[:4]))
        self.month.setCurrentIndex(int(month[5:7]) - 1)
        self.year.blockSignals(False)
        self.month.blockSignals(False)
        self.blockSignals(False)


class PeriodBar(QWidget):
    """``changed(first, last)`` when the supervisor picks another period (never first > last:
    the other end follows)."""

    changed = Signal(str, str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.first_picker = MonthPicker()
        self.last_picker = MonthPicker()
        self.year_button = QPushButton(self.tr("Tahun ini"))
        self.year_button.setToolTip(self.tr("Januari sampai bulan ini"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Periode")))
        layout.addWidget(self.first_picker)
        layout.addWidget(QLabel(self.tr("sampai")))
        layout.addWidget(self.last_picker)
        layout.addWidget(self.year_button)
        layout.addStretch(1)
        self.set_period(*default_period(today))
        self.first_picker.changed.connect(lambda: self._picked(self.first_picker))
        self.last_picker.changed.connect(lambda: self._picked(self.last_picker))
        self.year_button.clicked.connect(lambda: self.reset())

    def period(self) -> tuple[str, str]:
        return self.first_picker.value(), self.last_picker.value()

    def set_period(self, first: str, last: str, notify: bool = False) -> None:
        self.first_picker.set_value(first)
        self.last_picker.set_value(last)
        if notify:
            self.changed.emit(first, last)

    def reset(self) -> None:
        self.set_period(*default_period(self.today), notify=True)

    def _picked(self, picker: MonthPicker) -> None:
        first, last = self.period()
        if first > last:  # the other end follows
            if picker is self.first_picker:
                self.last_picker.set_value(first)
            else:
                self.first_picker.set_value(last)
        self.changed.emit(*self.period())
