"""The system tray icon, where the desktop has one: start / stop the timer (also from a
template), "Catat cepat…" (the window on today, the form ready, or filled from a template),
"Buka hari ini", "Keluar"; the tooltip says whose log it is, today's hours against the day's
target and the running timer. Its messages carry the reminders and the first "still running
here" notice.

Where there is no tray (:func:`system_tray_available` is False, e.g. Qt's offscreen platform)
``TrayController.available`` is False and nothing is shown: the app works the same, the
window simply closes, and reminders come in their own small window. The menu is built either
way (the tests look at it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from absensi_app.domain.errors import AbsensiError
from absensi_app.views.formatting import clip, minutes_text

if TYPE_CHECKING:
    from absensi_app.domain.templates import TaskTemplate
    from absensi_app.views.main_window import MainWindow

MESSAGE_MS = 15_000


def system_tray_available() -> bool:
    """Whether the desktop shows tray icons (tests replace this)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def _t(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


class TrayController(QObject):
    """Owned by the main window (``window.tray``); ``refresh`` after every change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.available = system_tray_available()
        self._on_message_click: Callable[[], None] | None = None
        self.menu = QMenu()
        self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            icon = window.windowIcon()
            if icon.isNull():
                icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.SP_FileDialogDetailedView)
            self.icon = QSystemTrayIcon(QIcon(icon), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._message_clicked)
            self.icon.show()
            # hidden in the tray, the app must not end when a side window (a viewer) closes
            QApplication.setQuitOnLastWindowClosed(False)
        self.refresh()

    def _build_menu(self) -> None:
        w, m = self._window, self.menu
        self.act_timer = m.addAction("", self._toggle_timer)
        self.start_templates = m.addMenu("")
        self.start_templates.aboutToShow.connect(lambda: self._fill_templates(self.start_templates, self._start_from))
        m.addSeparator()
        self.act_quick = m.addAction("", lambda: w.quick_add())
        self.quick_templates = m.addMenu("")
        self.quick_templates.aboutToShow.connect(lambda: self._fill_templates(self.quick_templates, w.quick_add))
        self.act_today = m.addAction("", w.open_today)
        m.addSeparator()
        m.addAction(w.act_quit)  # the window's own action: "Keluar" (Ctrl+Q) really quits
        self._set_texts()

    def _set_texts(self) -> None:
        self.start_templates.setTitle(_t("Mulai dari templat"))
        self.act_quick.setText(_t("Catat cepat\u2026"))
        self.quick_templates.setTitle(_t("Catat dari templat"))
        self.act_today.setText(_t("Buka hari ini"))

    def retranslate(self) -> None:
        """The menu and the tooltip in the language now active (``MainWindow.retranslate``)."""
        self._set_texts()
        self.refresh()

    # ---- what it shows -------------------------------------------------------------------------
    def refresh(self) -> None:
        """The tooltip and the timer entry, from the data now."""
        control = getattr(self._window, "timer_control", None)
        running = control is not None and control.running
        if running:
            self.act_timer.setText(_t("Hentikan timer (sejak {start})\u2026").format(start=control.started_text()))
        else:
            self.act_timer.setText(_t("Mulai timer\u2026"))
        self.start_templates.setEnabled(not running and self._window.ctx is not None)
        enabled = self._window.ctx is not None
        for action in (self.act_timer, self.act_quick, self.act_today):
            action.setEnabled(enabled)
        self.quick_templates.setEnabled(enabled)
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip_text())

    def tooltip_text(self) -> str:
        """Whose log, today's hours against the target, the running timer."""
        window = self._window
        ctx = window.ctx
        if ctx is None:
            return _t("Absensi \u2014 memuat data\u2026")
        lines = [window.windowTitle()]
        try:
            today = ctx.worklog.day(ctx.clock.today())
            if today.expected_minutes:
                lines.append(_t("Hari ini: {total} dari target {expected}").format(
                    total=minutes_text(today.total_minutes), expected=minutes_text(today.expected_minutes)))
            else:
                lines.append(_t("Hari ini: {total} (tidak ada target hari ini)").format(total=minutes_text(today.total_minutes)))
        except AbsensiError:
            lines.append(_t("Hari ini: belum bisa dibaca"))
        control = getattr(window, "timer_control", None)
        if control is not None and control.running:
            lines.append(_t("Timer: sejak {start} ({elapsed}) \u2014 {text}").format(
                start=control.started_text(), elapsed=control.elapsed_text(), text=clip(control.timer.description, 60)))
        else:
            lines.append(_t("Timer: tidak berjalan"))
        return "\n".join(lines)

    def show_message(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> bool:
        """A desktop notification from the tray; False when there is no tray to show it."""
        if self.icon is None:
            return False
        self._on_message_click = on_click
        self.icon.showMessage(title, text, QSystemTrayIcon.Information, MESSAGE_MS)
        return True

    def close(self) -> None:
        """The window really closes: the icon goes, the app ends with its last window again."""
        if self.icon is not None:
            self.icon.hide()
            self.icon = None
            QApplication.setQuitOnLastWindowClosed(True)

    # ---- what it does --------------------------------------------------------------------------
    def _toggle_timer(self) -> None:
        control = self._window.timer_control
        control.refresh()
        if control.running:
            control.ask_stop()
        else:
            control.ask_start()

    def _start_from(self, template: TaskTemplate) -> None:
        self._window.timer_control.ask_start(template=template)

    def _fill_templates(self, menu: QMenu, use: Callable[[TaskTemplate], None]) -> None:
        menu.clear()
        ctx = self._window.ctx
        try:
            templates = ctx.templates.list() if ctx is not None else []
        except AbsensiError:
            templates = []
        for template in templates:
            action = menu.addAction(clip(template.name, 60), lambda t=template: use(t))
            action.setToolTip(template.description)
        if not templates:
            empty = menu.addAction(_t("(belum ada templat; buat di Pengaturan)"))
            empty.setEnabled(False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.Trigger, QSystemTrayIcon.DoubleClick):
            self._window.bring_back()

    def _message_clicked(self) -> None:
        callback, self._on_message_click = self._on_message_click, None
        (callback or self._window.bring_back)()
