"""The main window as a daily companion: the running timer in the day view, the tray icon
and the reminders (started by ``start_companion``), closing into the tray, "Keluar" that
really quits, and the window's size, position and last view remembered (``tampilan.ini``,
``views.preferences``).

``CompanionWindow`` is a mixin of ``MainWindow``; its texts are translated under the context
"MainWindow" (see the note in ``views.openers``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QGuiApplication

from absensi_app.views.preferences import Preferences
from absensi_app.views.single_instance import bring_forward

if TYPE_CHECKING:
    from absensi_app.domain.templates import TaskTemplate

MIN_VISIBLE = 80  # pixels of the window's top edge that must lie on a screen, else it is brought back
TITLE_HEIGHT = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def end_app() -> None:
    """End the event loop (tests replace this)."""
    QCoreApplication.quit()


def on_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """Whether enough of ``frame``'s top edge (where the title bar is) lies on one of
    ``screens`` for the window to be seen and dragged."""
    top = QRect(frame.x(), frame.y(), frame.width(), TITLE_HEIGHT)
    return any(area.intersected(top).width() >= MIN_VISIBLE for area in screens)


class CompanionWindow:
    """Mixed into ``MainWindow``: uses its ``ctx``, ``day_page``, ``form``, ``load_day``, the
    page switching and the actions of ``main_actions``."""

    prefs: Preferences | None = None
    timer_control = None  # views.timer_control.TimerControl, made by attach
    tray = None  # views.tray.TrayController, made by start_companion
    reminder_watch = None  # views.reminder_watch.ReminderWatch, made by start_companion
    _quitting = False
    _placement_restored = False
    _view_restored = False

    # ---- the timer (with the data) -------------------------------------------------------------
    def attach_companion(self) -> None:
        """Called by ``attach``: preferences of the data folder, the timer, the last view."""
        from absensi_app.views.timer_control import TimerControl

        if self.prefs is None or self.prefs.path.parent != self.ctx.paths.data_dir:
            self.prefs = Preferences(self.ctx.paths.data_dir)
        if not self._placement_restored:
            self.restore_placement(self.prefs)
        if self.timer_control is None:
            self.timer_control = TimerControl(self)
            self.timer_control.changed.connect(self.show_timer)
            bar = self.day_page.timer_bar
            bar.start_clicked.connect(self.timer_control.start_from_form)
            bar.stop_clicked.connect(self.timer_control.ask_stop)
            # every day shown (also at each activation of the window) reads the timer again:
            # one started by `absensi timer start` beside the window appears
            self.day_changed.connect(lambda _day: self.timer_control.refresh())
        self.timer_control.refresh()
        if not self._view_restored:
            self._view_restored = True
            if self.prefs.last_view == "progress":
                self.show_dashboard()

    def show_timer(self) -> None:
        """The timer bar (on today, and on any day while a timer runs), the action, the tray."""
        control = self.timer_control
        if control is None:
            return
        running = control.running
        bar = self.day_page.timer_bar
        if running:
            bar.show_timer(control.timer.description, control.started_text(), control.elapsed_text())
        else:
            bar.show_timer(None)
        bar.setVisible(running or self.current_day == self.ctx.clock.today())
        self.act_timer.setText(_t("&Hentikan timer\u2026") if running else _t("&Mulai timer"))
        if self.tray is not None:
            self.tray.refresh()

    # ---- tray and reminders --------------------------------------------------------------------
    def start_companion(self) -> None:
        """The tray icon (where there is one) and the reminders: by the launcher, once the
        data is shown (a window in a test has neither unless it asks)."""
        from absensi_app.views.reminder_watch import ReminderWatch
        from absensi_app.views.tray import TrayController

        if self.ctx is None:
            return
        if self.tray is None:
            self.tray = TrayController(self)
            self.day_changed.connect(lambda _day: self.tray.refresh())
            self.undo_stack.indexChanged.connect(lambda _index: self.tray.refresh())
        if self.reminder_watch is None:
            self.reminder_watch = ReminderWatch(self)
            self.reminder_watch.start()

    def bring_back(self) -> None:
        """Show the window again (from the tray), as it was."""
        bring_forward(self)

    def open_today(self) -> None:
        """"Buka hari ini": the window, the day view, today."""
        self.bring_back()
        self.show_day_view()
        if self.ctx is not None:
            self.load_day(self.ctx.clock.today())

    def quick_add(self, template: TaskTemplate | None = None) -> None:
        """"Catat cepat…": today with the form ready (typed input kept), or filled from ``template``."""
        self.open_today()
        if template is not None:
            self.fill_form_from_template(template)
        self.form.description.setFocus()

    def fill_form_from_template(self, template: TaskTemplate) -> None:
        """Fill the entry form from ``template``: what the user typed wins (``EntryForm.apply_template``)."""
        self.form.apply_template(template)

    def keeps_running_in_tray(self) -> bool:
        """Closing the window leaves the app in the tray: there is one, and the preference says so."""
        return (not self._quitting and self.tray is not None and self.tray.available
                and self.prefs is not None and self.prefs.close_to_tray)  # fmt: skip

    def quit_app(self) -> None:
        """"Keluar" (Ctrl+Q): the app ends, also when it was only in the tray."""
        self._quitting = True
        for window in list(self._side_windows):
            window.close()
        was_in_tray = self.tray is not None and self.tray.icon is not None
        self.close()
        if was_in_tray:  # hidden, the window's close does not end the app by itself
            end_app()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.save_placement()
        if self.keeps_running_in_tray():
            event.ignore()
            self.hide()
            if not self.prefs.close_notice_shown:
                self.tray.show_message(_t("Absensi tetap berjalan"), _t(
                    "Absensi tetap berjalan di baki sistem (timer dan pengingat tetap jalan). Klik ikonnya "
                    "untuk membuka jendela lagi; \u00abKeluar\u00bb (Ctrl+Q) menutup Absensi."), self.bring_back)
                self.prefs.close_notice_shown = True
            return
        if self.reminder_watch is not None:
            self.reminder_watch.stop()
        if self.tray is not None:
            self.tray.close()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self.save_placement()
        super().hideEvent(event)

    # ---- size, position, last view -------------------------------------------------------------
    def restore_placement(self, source: Preferences | str | Path) -> None:
        """Size, position and state as last saved (``source``: the preferences, or the data
        folder). A position off every screen (a monitor unplugged) is brought back."""
        prefs = source if isinstance(source, Preferences) else Preferences(Path(source))
        self.prefs = prefs
        self._placement_restored = True
        geometry = prefs.geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            self.keep_on_screen()
        state = prefs.window_state()
        if state is not None:
            self.restoreState(state)

    def keep_on_screen(self) -> None:
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        if not screens or on_a_screen(self.frameGeometry(), screens):
            return
        area = (QGuiApplication.primaryScreen().availableGeometry() if QGuiApplication.primaryScreen() else screens[0])
        width, height = min(self.width(), area.width()), min(self.height(), area.height())
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def save_placement(self) -> None:
        prefs = self.prefs
        if prefs is None or self.ctx is None:
            return
        prefs.set_geometry(self.saveGeometry())
        prefs.set_window_state(self.saveState())
        prefs.last_view = "progress" if self.is_dashboard_shown() else "day"
