"""The two small dialogs of the running timer: what to start (task text, location, RHK) and
what to record at stop (the same fields, editable, and the end time; for a timer left over
midnight or past the schedule's end, which end to record instead of a 16-hour entry).

Both are opened with ``open()`` (window-modal, no nested event loop) and call back: ``submit``
returns None when done, or the sentence to show in the dialog, which then stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.model import Location
from absensi_app.domain.rules import MAX_DESCRIPTION
from absensi_app.domain.skp import Rhk
from absensi_app.domain.timer import RunningTimer, StopPlan, StopReason
from absensi_app.views.formatting import long_date, minutes_text
from absensi_app.views.labels import location_label


@dataclass(frozen=True)
class TaskValues:
    """What a timer is started with, or stopped with."""

    description: str
    location: Location
    rhk_id: int | None = None
    action_id: int | None = None  # kept from the source while its RHK is the one chosen


class TaskFields(QWidget):
    """Uraian, lokasi and RHK of one task: the rows both dialogs share."""

    def __init__(self, values: TaskValues, rhk_choices: list[Rhk], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action_of = (values.rhk_id, values.action_id)
        self.description = QLineEdit(values.description)
        self.description.setMaxLength(MAX_DESCRIPTION + 200)
        self.description.setMinimumWidth(420)
        self.description.setPlaceholderText(self.tr("Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan"))
        self.location = QComboBox()
        for loc in Location:
            self.location.addItem(location_label(loc), loc.value)
        self.location.setCurrentIndex(self.location.findData(values.location.value))
        self.rhk = QComboBox()
        self.rhk.addItem(self.tr("\u2014 tanpa RHK \u2014"), None)
        for r in rhk_choices:
            if r.id is not None:
                self.rhk.addItem(r.name, r.id)
        if values.rhk_id is not None and self.rhk.findData(values.rhk_id) < 0:
            self.rhk.addItem(self.tr("RHK nomor {id}").format(id=values.rhk_id), values.rhk_id)
        self.rhk.setCurrentIndex(self.rhk.findData(values.rhk_id) if values.rhk_id is not None else 0)
        self.rhk.setMinimumContentsLength(30)
        self.rhk.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("&Uraian"), self.description), (self.tr("&Lokasi"), self.location),
                             (self.tr("R&HK"), self.rhk)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.setRowVisible(2, self.rhk.count() > 1)

    def values(self) -> TaskValues:
        data = self.rhk.currentData()
        rhk_id = int(data) if data is not None else None
        action_id = self._action_of[1] if rhk_id is not None and rhk_id == self._action_of[0] else None
        return TaskValues(self.description.text(), Location(self.location.currentData()), rhk_id, action_id)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e; font-weight: 600;")
    label.hide()
    return label


class TimerStartDialog(QDialog):
    """"Mulai timer": ``submit(TaskValues)`` starts it (None) or says why not (a sentence)."""

    def __init__(self, values: TaskValues, rhk_choices: list[Rhk], submit: Callable[[TaskValues], str | None],
                 parent: QWidget | None = None, *, template: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Mulai timer"))
        intro = QLabel(
            self.tr("Timer mulai sekarang dan tersimpan seketika; bila dihentikan, kegiatannya dicatat.")
            if template is None else
            self.tr("Dari templat \u00ab{name}\u00bb. Timer mulai sekarang dan tersimpan seketika.").format(name=template)
        )
        intro.setWordWrap(True)
        self.fields = TaskFields(values, rhk_choices)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.Ok)
        self.start_button.setText(self.tr("&Mulai"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fields.description.setFocus()

    def accept(self) -> None:
        problem = self._submit(self.fields.values())
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.fields.description.setFocus()
            return
        super().accept()


#: The stop's answer: the end time (None: the stop moment or the schedule's end) and whether
#: it is "until the schedule's end".
StopSubmit = Callable[[TaskValues, "time | None", bool], "str | None"]


class TimerStopDialog(QDialog):
    """"Hentikan timer": the fields and the end; "Batalkan timer" records nothing
    (``discard``), "Tutup" leaves the timer running."""

    def __init__(self, timer: RunningTimer, plan: StopPlan, rhk_choices: list[Rhk], submit: StopSubmit,
                 discard: Callable[[], str | None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._plan = plan
        self._submit, self._discard = submit, discard
        self.setWindowTitle(self.tr("Hentikan timer"))
        started = self.tr("Timer berjalan sejak {day} pukul {start}.").format(
            day=long_date(timer.day), start=f"{timer.started_at:%H:%M}")
        intro = QLabel(started)
        intro.setWordWrap(True)
        self.fields = TaskFields(TaskValues(timer.description, timer.location, timer.rhk_id, timer.action_id), rhk_choices)
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setTime(QTime(plan.end.hour, plan.end.minute))
        self.span = QLabel()
        self.end.timeChanged.connect(self._update_span)
        self.question = self._build_question(plan)
        self.fields.form.addRow(self.tr("Jam &selesai"), self._end_row())
        self.error = _error_label()
        buttons = QDialogButtonBox()
        self.stop_button = buttons.addButton(self.tr("&Hentikan dan catat"), QDialogButtonBox.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Batalkan timer"), QDialogButtonBox.DestructiveRole)
        self.discard_button.setToolTip(self.tr("Hentikan tanpa mencatat apa pun"))
        self.close_button = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.close_button.setToolTip(self.tr("Timer tetap berjalan"))
        self.stop_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self._discard_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.question is not None:
            layout.addWidget(self.question)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._choice_changed()
        self._update_span()

    def _end_row(self) -> QWidget:
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.end)
        rl.addWidget(self.span)
        rl.addStretch(1)
        return row

    def _build_question(self, plan: StopPlan) -> QFrame | None:
        """Over midnight or past the schedule's end: which end to record."""
        self.until_schedule = self.chosen_time = None
        if not plan.needs_choice:
            return None
        box = QFrame()
        box.setObjectName("timerQuestion")
        box.setStyleSheet("#timerQuestion { background: #fff4ce; border: 1px solid #e3c35a; border-radius: 4px; }"
                          "#timerQuestion QLabel, #timerQuestion QRadioButton { color: #5c4200; }")
        if plan.reason is StopReason.OVER_MIDNIGHT:
            why = self.tr("Timer ini sudah melewati tengah malam: bila dicatat sampai sekarang, kegiatannya "
                          "{start}\u2013{end} ({duration}). Jam selesai berapa yang dicatat?")
        else:
            why = self.tr("Timer ini sudah melewati akhir jam kerja ({schedule_end}): sampai sekarang "
                          "{start}\u2013{end} ({duration}). Jam selesai berapa yang dicatat?")
        text = QLabel(why.format(
            start=f"{plan.start:%H:%M}", end=f"{plan.end:%H:%M}", duration=minutes_text(plan.minutes),
            schedule_end=f"{plan.schedule_end:%H:%M}" if plan.schedule_end else ""))
        text.setWordWrap(True)
        bl = QVBoxLayout(box)
        bl.addWidget(text)
        group = QButtonGroup(box)
        if plan.can_stop_at_schedule_end:
            self.until_schedule = QRadioButton(self.tr("Sampai akhir jam kerja, pukul {time}").format(
                time=f"{plan.schedule_end:%H:%M}"))
            group.addButton(self.until_schedule)
            bl.addWidget(self.until_schedule)
        self.chosen_time = QRadioButton(self.tr("Jam selesai yang saya tulis di bawah"))
        group.addButton(self.chosen_time)
        bl.addWidget(self.chosen_time)
        hint = QLabel(self.tr("Atau \u00abBatalkan timer\u00bb bila tidak ada yang perlu dicatat."))
        hint.setWordWrap(True)
        bl.addWidget(hint)
        (self.until_schedule or self.chosen_time).setChecked(True)
        if self.until_schedule is not None:
            self.until_schedule.toggled.connect(self._choice_changed)
        self.chosen_time.toggled.connect(self._choice_changed)
        # a sensible time to start from: the schedule's end when there is one, else the plan's
        suggested = plan.schedule_end if plan.schedule_end and plan.schedule_end > plan.start else plan.end
        self.end.setTime(QTime(suggested.hour, suggested.minute))
        return box

    def until_schedule_end(self) -> bool:
        return self.until_schedule is not None and self.until_schedule.isChecked()

    def _choice_changed(self) -> None:
        self.end.setEnabled(not self.until_schedule_end())
        self._update_span()

    def _update_span(self) -> None:
        end = self._plan.schedule_end if self.until_schedule_end() else time(self.end.time().hour(), self.end.time().minute())
        start = self._plan.start
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute) if end else 0
        self.span.setText(self.tr("({start}\u2013{end}, {duration})").format(
            start=f"{start:%H:%M}", end=f"{end:%H:%M}", duration=minutes_text(minutes)) if minutes > 0 else "")

    def end_time(self) -> time | None:
        if self.until_schedule_end():
            return None
        return time(self.end.time().hour(), self.end.time().minute())

    def accept(self) -> None:
        problem = self._submit(self.fields.values(), self.end_time(), self.until_schedule_end())
        if problem:
            self._show_problem(problem)
            return
        super().accept()

    def _discard_clicked(self) -> None:
        problem = self._discard()
        if problem is None:
            super().accept()
        elif problem:
            self._show_problem(problem)

    def _show_problem(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.show()
