"""The supervisor's feedback per RHK in the decision dialog (umpan balik, PermenPANRB 6/2022):
for each RHK of the signed report a feedback text and an optional assessment, both optional;
signed inside the approval (``ApprovalService.countersign``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.report_reader import ReportRhk
from absensi_app.domain.rhk_feedback import MAX_FEEDBACK
from absensi_app.domain.skp import Rating
from absensi_app.views.supervisor.panel_widgets import plain_label
from absensi_app.views.supervisor.verdict_text import MUTED_STYLE, clip


class RhkFeedbackBox(QGroupBox):
    """One row per RHK with an id: number and name, a feedback field and an assessment."""

    def __init__(self, rhk: tuple[ReportRhk, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Umpan balik per RHK (opsional)"))
        self.texts: dict[int, QPlainTextEdit] = {}
        self.ratings: dict[int, QComboBox] = {}
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setColumnStretch(0, 1)
        row = 0
        for item in rhk:
            if item.id is None or item.id in self.texts:
                continue
            name = plain_label(self.tr("RHK no. {n}: {name}").format(n=item.id, name=clip(item.name or "-", 200)))
            name.setStyleSheet("font-weight: bold;")
            text = QPlainTextEdit()
            text.setPlaceholderText(self.tr("Umpan balik untuk RHK ini (boleh kosong)"))
            text.setTabChangesFocus(True)
            text.setFixedHeight(52)
            text.setAccessibleName(self.tr("Umpan balik RHK no. {n}").format(n=item.id))
            combo = QComboBox()
            combo.addItem(self.tr("\u2014 tidak dinilai \u2014"), None)
            combo.addItem(self.tr("Di Atas Ekspektasi"), Rating.DI_ATAS.value)
            combo.addItem(self.tr("Sesuai Ekspektasi"), Rating.SESUAI.value)
            combo.addItem(self.tr("Di Bawah Ekspektasi"), Rating.DI_BAWAH.value)
            combo.setAccessibleName(self.tr("Penilaian RHK no. {n}").format(n=item.id))
            grid.addWidget(name, row, 0, 1, 2)
            grid.addWidget(text, row + 1, 0)
            grid.addWidget(combo, row + 1, 1, Qt.AlignTop)
            self.texts[item.id], self.ratings[item.id] = text, combo
            row += 2
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(min(row // 2, 2) * 80)
        scroll.setMaximumHeight(280)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Penilaian per RHK: Di Atas, Sesuai atau Di Bawah Ekspektasi; "
                                             "umpan balik ikut ditandatangani dan terlihat oleh pegawai."),
                                     MUTED_STYLE))  # fmt: skip
        layout.addWidget(scroll)

    def fill(self, rhk_id: int, text: str, rating: Rating | None = None) -> None:
        self.texts[rhk_id].setPlainText(text)
        combo = self.ratings[rhk_id]
        combo.setCurrentIndex(combo.findData(rating.value if rating else None))

    def too_long(self) -> int | None:
        """The first RHK whose feedback is over the limit, or None."""
        return next((i for i, t in self.texts.items() if len(t.toPlainText().strip()) > MAX_FEEDBACK), None)

    def feedback(self) -> list[tuple[int, str, Rating | None]]:
        """(RHK id, text, assessment) for each RHK given a text or an assessment."""
        out = []
        for rhk_id, text in self.texts.items():
            value = self.ratings[rhk_id].currentData()
            words = text.toPlainText().strip()
            if words or value is not None:
                out.append((rhk_id, words, Rating(value) if value else None))
        return out
