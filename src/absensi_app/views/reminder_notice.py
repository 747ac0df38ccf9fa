"""The reminder's own small window, where there is no tray to carry it: why it came, and
"Catat sekarang", "Tunda 30 menit", "Tidak hari ini"; the month-end one lists the month's
empty working days and offers "Ekspor ringkasan…". Not modal: the work goes on beside it.

It only shows and emits; ``views.reminder_watch`` answers (the snooze and "not today" are
stored by ``ctx.reminders``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from absensi_app.domain.reminders import DEFAULT_SNOOZE_MINUTES
from absensi_app.views.formatting import long_date


class ReminderNotice(QWidget):
    log_now = Signal()
    export = Signal()
    snooze = Signal()
    dismiss = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window | Qt.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Pengingat Absensi"))
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        self.days = QLabel()
        self.days.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Catat sekarang"))
        self.export_button = QPushButton(self.tr("&Ekspor ringkasan\u2026"))
        self.snooze_button = QPushButton(self.tr("&Tunda {n} menit").format(n=DEFAULT_SNOOZE_MINUTES))
        self.dismiss_button = QPushButton(self.tr("Tidak &hari ini"))
        self.dismiss_button.setToolTip(self.tr("Tanpa pengingat lagi sampai besok"))
        self.log_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.days)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for button, signal in ((self.log_button, self.log_now), (self.export_button, self.export),
                               (self.snooze_button, self.snooze), (self.dismiss_button, self.dismiss)):  # fmt: skip
            button.clicked.connect(signal)

    def show_daily(self, reason: str) -> None:
        self.heading.setText(self.tr("Saatnya mencatat kegiatan hari ini"))
        self.text.setText(reason)
        self.days.hide()
        self.export_button.hide()
        self._fit()

    def show_month_end(self, reason: str, empty_days: Sequence[date]) -> None:
        self.heading.setText(self.tr("Akhir bulan: lengkapi dan ekspor ringkasan"))
        self.text.setText(reason)
        if empty_days:
            lines = "".join(f"<li>{long_date(d)}</li>" for d in empty_days[:31])
            self.days.setText(self.tr("Hari kerja yang belum terisi:") + f"<ul style='margin-top:2px'>{lines}</ul>")
            self.days.show()
        else:
            self.days.hide()
        self.export_button.show()
        self._fit()

    def _fit(self) -> None:
        self.layout().activate()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
