"""The running timer as the window handles it: start (from what the entry form holds, from a
template, or asked in a small dialog), stop into an entry (the stop dialog; the question of a
timer left over midnight or past the schedule's end), cancel, and the state the timer bar,
the menu and the tray show.

The timer itself is in the database (``ctx.timer``): a new window on the same data shows it
again, and one started by ``absensi timer start`` appears at the next refresh (once a minute,
and whenever the window is activated)."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import Location
from absensi_app.views import prompts
from absensi_app.views.formatting import long_date, minutes_text
from absensi_app.views.labels import error_text
from absensi_app.views.timer_dialog import TaskValues, TimerStartDialog, TimerStopDialog

if TYPE_CHECKING:
    from absensi_app.domain.templates import TaskTemplate
    from absensi_app.domain.timer import RunningTimer
    from absensi_app.views.main_window import MainWindow

MINUTE_MS = 60_000


def _t(text: str) -> str:
    return QCoreApplication.translate("TimerControl", text)


class TimerControl(QObject):
    """Owned by the main window (``window.timer_control``). ``changed`` is emitted when the
    timer started, stopped or was cancelled, here or elsewhere (seen at a refresh), and once
    a minute while one runs (its elapsed time)."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.timer: RunningTimer | None = None
        self.dialog: TimerStartDialog | TimerStopDialog | None = None  # the one open, if any
        self._tick = QTimer(self)
        self._tick.setInterval(MINUTE_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()

    # ---- state ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.timer is not None

    def refresh(self) -> None:
        """Read the timer again (the command line may have started or stopped one)."""
        ctx = self._window.ctx
        if ctx is None:
            return
        try:
            self.timer = ctx.timer.current()
        except AbsensiError:
            return  # the data cannot be read now: the last known state stays
        self.changed.emit()

    def elapsed_text(self) -> str:
        timer = self.timer
        if timer is None:
            return ""
        return minutes_text(timer.elapsed_minutes(self._window.ctx.clock.now()))

    def started_text(self) -> str:
        """"08:00", or "Kamis, 26 November 2026 08:00" for a timer of another day."""
        timer = self.timer
        if timer is None:
            return ""
        if timer.day == self._window.ctx.clock.today():
            return f"{timer.started_at:%H:%M}"
        return f"{long_date(timer.day)} {timer.started_at:%H:%M}"

    # ---- starting ------------------------------------------------------------------------------
    def toggle(self) -> None:
        """Ctrl+Shift+T: stop the running timer, or start one from the entry form."""
        self.refresh()
        if self.running:
            self.ask_stop()
        else:
            self.start_from_form()

    def start_from_form(self) -> None:
        """Start with what the entry form holds (a new entry with a description); else ask."""
        form = self._window.form
        values = TaskValues(form.description.text(), Location(form.location.currentData()), form.rhk_id(), form.action_id())
        if form.editing is None and values.description.strip():
            problem = self._start(values)
            if problem is None:
                self._window.new_entry()  # the form's text is the timer's now
                return
            self._window.statusBar().showMessage(problem, 10000)
        self.ask_start(values)

    def ask_start(self, values: TaskValues | None = None, template: TaskTemplate | None = None) -> TimerStartDialog | None:
        """The small dialog (prefilled from ``template`` when given)."""
        self.refresh()
        if self.running:
            self._window.statusBar().showMessage(self.running_text(), 8000)
            return None
        if template is not None:
            values = TaskValues(template.description, template.location or Location.KANTOR, template.rhk_id, template.action_id)
        values = values or TaskValues("", Location(self._window.form.location.currentData()))
        name = template.name if template is not None else None
        unit = template.unit if template is not None else None
        dialog = TimerStartDialog(values, self._rhk_choices(self._window.ctx.clock.today()),
                                  lambda v: self._start(v, name, unit), self._window, template=name)  # fmt: skip
        return self._open(dialog)

    def _start(self, values: TaskValues, template: str | None = None, unit: str | None = None) -> str | None:
        ctx = self._window.ctx
        try:
            self.timer = ctx.timer.start(values.description, values.location, rhk_id=values.rhk_id,
                                         action_id=values.action_id, unit=unit, template=template)  # fmt: skip
        except AbsensiError as exc:
            self.refresh()
            return error_text(exc)
        self.changed.emit()
        self._window.statusBar().showMessage(
            _t("Timer mulai pukul {start}: {text}. Hentikan dengan Ctrl+Shift+T.").format(
                start=f"{self.timer.started_at:%H:%M}", text=self.timer.description), 8000)
        return None

    def running_text(self) -> str:
        return _t("Timer sudah berjalan sejak {start} ({elapsed}): {text}.").format(
            start=self.started_text(), elapsed=self.elapsed_text(), text=self.timer.description if self.timer else "")

    # ---- stopping ------------------------------------------------------------------------------
    def ask_stop(self) -> TimerStopDialog | None:
        """The stop dialog: the fields editable, the end; the question when one is needed."""
        self.refresh()
        ctx = self._window.ctx
        if self.timer is None:
            self._window.statusBar().showMessage(_t("Tidak ada timer yang berjalan."), 6000)
            return None
        try:
            plan = ctx.timer.plan(self.timer)
        except AbsensiError as exc:
            prompts.error(self._window, _t("Timer"), error_text(exc))
            return None
        dialog = TimerStopDialog(self.timer, plan, self._rhk_choices(self.timer.day), self._stop, self._cancel, self._window)
        return self._open(dialog)

    def _stop(self, values: TaskValues, at: time | None, until_schedule_end: bool) -> str | None:
        from absensi_app.services.timer import StopEdits
        from absensi_app.views.commands import AddEntries

        window, ctx = self._window, self._window.ctx
        edits = StopEdits(description=values.description, location=values.location, rhk_id=values.rhk_id,
                          action_id=values.action_id, unlink=values.rhk_id is None)  # "tanpa RHK" chosen
        try:
            entry = ctx.timer.stop(at, until_schedule_end, edits)
        except AbsensiError as exc:
            self.refresh()
            return error_text(exc)
        self.timer = None
        self.changed.emit()
        window.undo_stack.push(AddEntries(_t("hentikan timer"), ctx.worklog, [entry], window._refresh, window._fail))
        window.load_day(entry.day, select_id=entry.id)
        window.statusBar().showMessage(
            _t("Timer dihentikan; dicatat {start}\u2013{end} ({duration}): {text}. Tekan Ctrl+Z untuk mengurungkan.").format(
                start=f"{entry.start:%H:%M}", end=f"{entry.end:%H:%M}", duration=minutes_text(entry.minutes),
                text=entry.description), 8000)  # fmt: skip
        return None

    def _cancel(self) -> str | None:
        """"Batalkan timer": asked first; None when done, "" when the user said no."""
        window = self._window
        if not prompts.confirm(window, _t("Batalkan timer"), _t(
                "Batalkan timer sejak {start}? Tidak ada kegiatan yang dicatat.").format(start=self.started_text())):
            return ""
        try:
            window.ctx.timer.cancel()
        except AbsensiError as exc:
            self.refresh()
            return error_text(exc)
        self.timer = None
        self.changed.emit()
        window.statusBar().showMessage(_t("Timer dibatalkan; tidak ada kegiatan yang dicatat."), 6000)
        return None

    # ---- helpers -------------------------------------------------------------------------------
    def _rhk_choices(self, day):  # noqa: ANN001, ANN202
        try:
            return list(self._window.ctx.skp.choices(day))
        except AbsensiError:
            return []

    def _open(self, dialog):  # noqa: ANN001, ANN202
        """Window-modal, without a nested event loop; forgotten when closed."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, dialog) -> None:  # noqa: ANN001
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
