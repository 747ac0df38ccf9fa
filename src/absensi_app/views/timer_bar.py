"""The timer bar of the day view: "Mulai timer" when none runs, else since when it runs, how
long, for what, and "Hentikan…". It only shows what it is given (``show_timer``); the buttons'
signals are answered by ``views.timer_control``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from absensi_app.views.formatting import clip
from absensi_app.views.language import Retranslated


class TimerBar(Retranslated, QFrame):
    start_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerBar")
        self.label = QLabel()
        self.label.setTextFormat(Qt.RichText)
        self.start_button = QPushButton()
        self.stop_button = QPushButton()
        for button in (self.start_button, self.stop_button):
            button.setFocusPolicy(Qt.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.stop_button)
        self.start_button.clicked.connect(self.start_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.retranslate()
        self.show_timer(None)

    def retranslate(self) -> None:
        """The buttons in the language now active; the label follows the next ``show_timer``
        (the window shows the timer again on LanguageChange)."""
        self.start_button.setText(self.tr("\u25B6 Mulai timer"))
        self.start_button.setToolTip(self.tr(
            "Mulai timer untuk kegiatan yang sedang dikerjakan, dengan uraian, lokasi dan RHK dari "
            "formulir (Ctrl+Shift+T)"))
        self.stop_button.setText(self.tr("\u25A0 Hentikan\u2026"))
        self.stop_button.setToolTip(self.tr("Hentikan timer dan catat kegiatannya (Ctrl+Shift+T)"))

    def show_timer(self, description: str | None, started: str = "", elapsed: str = "") -> None:
        """No timer (``description`` None), or one running since ``started`` for ``elapsed``."""
        running = description is not None
        if running:
            self.setStyleSheet("#timerBar { background: #e3f1e6; border: 1px solid #7fbf8e; border-radius: 4px; }"
                               "#timerBar QLabel { color: #17451f; }")
            self.label.setText(self.tr("<b>Timer berjalan</b> sejak {start} \u2022 <b>{elapsed}</b> \u2022 {text}").format(
                start=started, elapsed=elapsed, text=_escape(clip(description, 90))))
        else:
            self.setStyleSheet("#timerBar { border: 1px solid palette(mid); border-radius: 4px; }")
            self.label.setText(self.tr("Tidak ada timer. Catat sambil bekerja: isi uraian di formulir, lalu "
                                       "\u00abMulai timer\u00bb."))
        self.start_button.setVisible(not running)
        self.stop_button.setVisible(running)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
