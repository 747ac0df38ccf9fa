"""The reminder's own small window, where there is no tray to carry it: why it came, and
"Catat sekarang", "Tunda 30 menit", "Tidak hari ini"; the month-end one lists the month's
empty working days and offers "Ekspor ringkasan…". Not modal: the work goes on beside it.

It only shows and emits; ``views.reminder_watch`` answers (the snooze and "not today" are
stored by ``ctx.reminders``). A switch of the language (``views.language``) re-reads every
text of an open notice; shown with ``show_decision`` its reason follows too (it is kept as the
domain's sentences, not as text)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from absensi_app.domain.reminders import DEFAULT_SNOOZE_MINUTES, ReminderKind
from absensi_app.views.formatting import long_date
from absensi_app.views.language import Retranslated

if TYPE_CHECKING:
    from absensi_app.domain.reminders import ReminderDecision


def reason_text(decision: ReminderDecision) -> str:
    """The reasons of the due kinds in the language now active, each sentence once."""
    from absensi_app.views.reminder_watch import sentence_text  # it imports this module

    return " ".join(dict.fromkeys(sentence_text(d.reason) for d in decision.decisions if d.due))


class ReminderNotice(Retranslated, QWidget):
    log_now = Signal()
    export = Signal()
    snooze = Signal()
    dismiss = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window | Qt.WindowStaysOnTopHint)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self._shown: tuple | None = None  # what show_* was last given, to show it again after a switch
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
        self.log_button = QPushButton()
        self.export_button = QPushButton()
        self.snooze_button = QPushButton()
        self.dismiss_button = QPushButton()
        self._static_texts()
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

    def _static_texts(self) -> None:
        self.setWindowTitle(self.tr("Pengingat Absensi"))
        self.log_button.setText(self.tr("&Catat sekarang"))
        self.export_button.setText(self.tr("&Ekspor ringkasan\u2026"))
        self.snooze_button.setText(self.tr("&Tunda {n} menit").format(n=DEFAULT_SNOOZE_MINUTES))
        self.dismiss_button.setText(self.tr("Tidak &hari ini"))
        self.dismiss_button.setToolTip(self.tr("Tanpa pengingat lagi sampai besok"))

    def retranslate(self) -> None:
        """The language changed: the buttons, the heading, the days and (shown with
        ``show_decision``) the reason in the new one."""
        self._static_texts()
        if self._shown is not None:
            show, *args = self._shown
            show(*args)

    def show_decision(self, decision: ReminderDecision) -> None:
        """The due reminder of ``decision``: the month-end one with the month's empty days."""
        self._shown = (self.show_decision, decision)
        reason = reason_text(decision)
        if decision.kind is ReminderKind.MONTH_END:
            self._month_end(reason, decision.facts.empty_days)
        else:
            self._daily(reason)

    def show_daily(self, reason: str) -> None:
        self._shown = (self.show_daily, reason)
        self._daily(reason)

    def show_month_end(self, reason: str, empty_days: Sequence[date]) -> None:
        self._shown = (self.show_month_end, reason, empty_days)
        self._month_end(reason, empty_days)

    def _daily(self, reason: str) -> None:
        self.heading.setText(self.tr("Saatnya mencatat kegiatan hari ini"))
        self.text.setText(reason)
        self.days.hide()
        self.export_button.hide()
        self._fit()

    def _month_end(self, reason: str, empty_days: Sequence[date]) -> None:
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
