"""The employee's own progress toward the SKP plan on the progress screen: one row per RHK
with this month's and the period's realisasi against the target."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.skp import Rating, RhkProgress, Span
from absensi_app.services.summary import MonthProgress
from absensi_app.views.dashboard.style import (
    DISCLAIMER,
    GOOD,
    KIND_LABELS,
    LOGGED_COLOR,
    MUTED,
    PACE_COLORS,
    PACE_LABELS,
    dashboard_text,
)
from absensi_app.views.formatting import month_year, number_text
from absensi_app.views.skp.skp_editing import is_whole_year

MAX_NAME_SHOWN = 160


def _elide(text: str, limit: int = MAX_NAME_SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


class RhkRow(QWidget):
    """One RHK: name, this month's and the whole period's realisasi against the target."""

    def __init__(self, index: int, progress: RhkProgress, year_label: str, parent: QWidget | None = None,
                 feedback=None) -> None:  # noqa: ANN001 - services.rhk_feedback.ReceivedFeedback
        super().__init__(parent)
        self.progress = progress
        rhk = progress.rhk
        kind = dashboard_text(KIND_LABELS[rhk.kind])
        self.name = QLabel(
            f"<b>{index}. {html.escape(_elide(rhk.name), quote=False)}</b> "
            f"<span style='color:{MUTED}'>({html.escape(kind, quote=False)})</span>"
        )
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.RichText)
        tip = rhk.name
        if rhk.indicator:
            tip += "\n" + self.tr("Indikator: {text}").format(text=rhk.indicator)
        self.name.setToolTip(tip)
        self.month_bar, self.month_text = self._bar(progress.month, rhk.unit)
        self.year_bar, self.year_text = self._bar(progress.year, rhk.unit)
        self.pace = QLabel(dashboard_text(PACE_LABELS[progress.pace]))
        self.pace.setObjectName("pace")
        self.pace.setStyleSheet(f"color: {PACE_COLORS[progress.pace]}; font-weight: bold;")
        # the pace weighs both (domain.skp.pace_of): behind only when behind on both
        due = self.tr("seharusnya s.d. hari ini: {month_due} {unit} bulan ini, {due} {unit} sepanjang periode").format(
            month_due=number_text(progress.month_due), due=number_text(progress.due_to_date), unit=rhk.unit
        )
        self.pace.setToolTip(due)
        activity = QLabel(self.tr("{n} kegiatan tertaut").format(n=progress.entry_count))
        activity.setStyleSheet(f"color: {MUTED};")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Bulan ini")), 1, 0)
        grid.addWidget(self.month_bar, 1, 1)
        grid.addWidget(self.month_text, 1, 2)
        grid.addWidget(QLabel(year_label), 2, 0)
        grid.addWidget(self.year_bar, 2, 1)
        grid.addWidget(self.year_text, 2, 2)
        status = QHBoxLayout()
        status.setSpacing(12)
        status.addWidget(self.pace)
        status.addWidget(activity)
        status.addStretch(1)
        grid.addLayout(status, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.feedback: QLabel | None = None
        if feedback is not None:  # what the supervisor said of this RHK in the month's decision
            item = feedback.item
            head = self.tr("Umpan balik pejabat penilai")
            if item.assessment is not None:
                head += " (" + self._assessment(item.assessment) + ")"
            self.feedback = QLabel(head + ": " + (_elide(item.feedback, 1000) if item.feedback else "-"))
            self.feedback.setObjectName("rhkFeedback")
            self.feedback.setTextFormat(Qt.PlainText)
            self.feedback.setWordWrap(True)
            self.feedback.setStyleSheet("border-left: 3px solid palette(mid); padding-left: 6px;")
            grid.addWidget(self.feedback, 4, 0, 1, 3)

    def _assessment(self, rating: Rating) -> str:
        return {
            Rating.DI_ATAS: self.tr("Di Atas Ekspektasi"),
            Rating.SESUAI: self.tr("Sesuai Ekspektasi"),
            Rating.DI_BAWAH: self.tr("Di Bawah Ekspektasi"),
        }[rating]

    def _bar(self, span: Span, unit: str) -> tuple[QProgressBar, QLabel]:
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setFixedHeight(16)
        bar.setMinimumWidth(80)
        pct = span.percent
        text = QLabel(
            self.tr("{realized} / {target} {unit}").format(
                realized=number_text(span.realized, 0), target=number_text(span.target), unit=unit
            )
        )
        if pct is None:
            bar.setValue(0)
            bar.setFormat(self.tr("tanpa target"))
            bar.setEnabled(False)
        else:
            bar.setValue(round(min(pct, 100.0)))
            bar.setFormat(f"{number_text(pct)}%")
            palette = bar.palette()
            palette.setColor(QPalette.Highlight, QColor(GOOD if pct >= 100 else LOGGED_COLOR))
            bar.setPalette(palette)
        bar.setAlignment(Qt.AlignCenter)
        return bar, text



class RhkPanel(QGroupBox):
    """Capaian RHK: the rows of the month's SKP period, or what to do when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Capaian RHK"))
        self.setMinimumWidth(280)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("rhkIntro")
        self.intro.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.intro.setTextFormat(Qt.PlainText)  # holds the user's own period name
        self.rows_widget = QWidget()
        self.rows = QVBoxLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 4, 0)
        self.rows.setSpacing(2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.rows_widget)
        self.unlinked_label = QLabel()
        self.unlinked_label.setWordWrap(True)
        self.unlinked_label.setStyleSheet(f"color: {MUTED};")
        self.disclaimer = QLabel(dashboard_text(DISCLAIMER))
        self.disclaimer.setObjectName("rhkDisclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet(
            f"color: {MUTED}; font-style: italic; border-top: 1px solid palette(mid); padding-top: 4px;"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.unlinked_label)
        layout.addWidget(self.disclaimer)
        self._row_widgets: list[RhkRow] = []

    def rows_shown(self) -> list[RhkRow]:
        return list(self._row_widgets)

    def show_progress(self, p: MonthProgress, feedback: dict | None = None) -> None:
        """``feedback``: the supervisor's feedback received for the month, by RHK id
        (``ctx.rhk_feedback.for_month``); shown under its RHK."""
        while self.rows.count():
            self.rows.takeAt(0)
        for row in self._row_widgets:
            row.hide()
            row.setParent(None)  # now owned by Python alone: freed with the list below
        self._row_widgets = []
        if p.plan is None:
            self.setTitle(self.tr("Capaian RHK"))
            self.intro.setText(
                self.tr(
                    "Belum ada Rencana SKP untuk {month}. Isi rencana SKP (RHK beserta target "
                    "dan satuannya) lewat menu \u201cRencana SKP\u201d, lalu kaitkan kegiatan harian "
                    "ke RHK-nya; capaian setiap RHK akan tampil di sini."
                ).format(month=month_year(p.year, p.month))
            )
            self.intro.show()
            self.scroll.hide()
            self.unlinked_label.hide()
            self.disclaimer.hide()
            return
        period = p.plan.period
        self.setTitle(self.tr("Capaian RHK \u2014 {title}").format(title=period.title))
        if not p.rhk:
            self.intro.setText(
                self.tr("{title} belum berisi RHK. Tambahkan RHK lewat menu \u201cRencana SKP\u201d.").format(
                    title=period.title
                )
            )
            self.intro.show()
            self.scroll.hide()
        else:
            self.intro.hide()
            self.scroll.show()
            whole_year = is_whole_year(period)
            year_label = self.tr("Tahun {year}").format(year=period.first.year) if whole_year else self.tr("Periode")
            for i, item in enumerate(p.rhk, start=1):
                row = RhkRow(i, item, year_label, feedback=(feedback or {}).get(item.rhk.id))
                self.rows.addWidget(row)
                self._row_widgets.append(row)
            self.rows.addStretch(1)
        if p.unlinked_entries:
            self.unlinked_label.setText(
                self.tr("{n} kegiatan bulan ini belum dikaitkan ke RHK.").format(n=p.unlinked_entries)
            )
            self.unlinked_label.show()
        else:
            self.unlinked_label.hide()
        self.disclaimer.show()
