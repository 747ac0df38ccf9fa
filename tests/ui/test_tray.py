"""The tray (issue 13): its menu and tooltip, closing the window into the tray (said once),
"Keluar" that really quits, and the window closing as before where there is no tray.

Qt's offscreen platform has no tray: ``tray.system_tray_available`` is replaced to test the
decision; the icon itself is never really shown."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.templates import TaskTemplate
from absensi_app.views import companion, tray
from absensi_app.views.preferences import Preferences

FRIDAY = date(2026, 11, 27)
SHOTS = Path("/tmp/shots/tray13")


class Messages:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.quits = 0


@pytest.fixture
def tray_window(qtbot, window, monkeypatch, inline_tasks):  # noqa: ANN001, ANN201
    """The window with a tray, as the launcher starts it (``start_companion``)."""
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    log = Messages()

    def quit_app() -> None:
        log.quits += 1

    monkeypatch.setattr(companion, "end_app", quit_app)
    window.start_companion()
    original = window.tray.show_message

    def record(title, text, on_click=None):  # noqa: ANN001, ANN202
        log.shown.append((title, text))
        return original(title, text, on_click)

    monkeypatch.setattr(window.tray, "show_message", record)
    window.messages = log
    yield window
    window.quit_app()  # never leave the app without its "quit on last window closed"
    QApplication.setQuitOnLastWindowClosed(True)


def menu_texts(menu) -> list[str]:  # noqa: ANN001
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_menu_and_the_tooltip(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    ctx = win.ctx
    assert win.tray.available and win.tray.icon is not None
    assert menu_texts(win.tray.menu) == [
        "Mulai timer\u2026", "Mulai dari templat", "Catat cepat\u2026", "Catat dari templat", "Buka hari ini", "Keluar"]
    ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat koordinasi", time(7, 30), time(9, 45)))
    ctx.clock.fixed = datetime(2026, 11, 27, 10, 0)
    ctx.timer.start("Menyusun laporan", Location.KANTOR)
    ctx.clock.fixed = datetime(2026, 11, 27, 10, 40)
    win.reload_from_store()
    text = win.tray.tooltip_text()
    print(text)
    assert text.splitlines() == [
        "Absensi \u2014 Budi Santoso, S.Kom.",
        "Hari ini: 2 j 15 m dari target 7 j 30 m",
        "Timer: sejak 10:00 (40 m) \u2014 Menyusun laporan",
    ]
    assert win.tray.icon.toolTip() == text
    assert menu_texts(win.tray.menu)[0] == "Hentikan timer (sejak 10:00)\u2026"
    assert not win.tray.start_templates.isEnabled()  # one timer at a time
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "tray-tooltip.txt").write_text(text + "\n", encoding="utf-8")
    win.tray.menu.adjustSize()
    win.tray.menu.grab().save(str(SHOTS / "tray-menu.png"))


def test_start_from_a_template_in_the_tray(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    win.ctx.templates.add(TaskTemplate("Layanan", "Pelayanan informasi publik", Location.KANTOR_LAIN))
    win.ctx.clock.fixed = datetime(2026, 11, 27, 13, 0)
    win.tray.start_templates.aboutToShow.emit()
    (action,) = win.tray.start_templates.actions()
    assert action.text() == "Layanan"
    action.trigger()
    dialog = win.timer_control.dialog
    assert dialog.fields.description.text() == "Pelayanan informasi publik"
    assert dialog.fields.values().location is Location.KANTOR_LAIN
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "timer-start-dialog.png"))
    dialog.accept()
    timer = win.ctx.timer.current()
    assert (timer.description, timer.template) == ("Pelayanan informasi publik", "Layanan")
    assert "Timer: sejak 13:00" in win.tray.icon.toolTip()


def test_quick_add_opens_today_with_the_form_ready_or_filled(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    win.load_day(date(2026, 11, 20))
    win.show_dashboard()
    win.tray.act_quick.trigger()
    assert win.current_day == FRIDAY and not win.is_dashboard_shown()
    assert win.form.description.hasFocus() or QApplication.focusWidget() is win.form.description
    win.ctx.templates.add(TaskTemplate("Rapat", "Rapat koordinasi mingguan", Location.KANTOR, unit="notula", minutes=90))
    win.tray.quick_templates.aboutToShow.emit()
    win.tray.quick_templates.actions()[0].trigger()
    assert win.form.description.text() == "Rapat koordinasi mingguan"
    assert win.form.start.time().secsTo(win.form.end.time()) == 90 * 60  # the usual duration


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    prefs = Preferences(win.ctx.paths.data_dir)
    assert not prefs.close_notice_shown
    win.close()
    assert not win.isVisible()
    assert win.tray.icon is not None  # still there
    assert len(win.messages.shown) == 1 and "baki sistem" in win.messages.shown[0][1]
    assert Preferences(win.ctx.paths.data_dir).close_notice_shown
    assert not QApplication.quitOnLastWindowClosed()  # a viewer closing now must not end the app
    win.tray.act_today.trigger()  # back from the tray
    assert win.isVisible()
    win.close()
    assert not win.isVisible()
    assert len(win.messages.shown) == 1  # said once only
    assert win.messages.quits == 0


def test_keluar_really_quits(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    win.close()  # in the tray
    win.act_quit.trigger()  # "Keluar" from the tray's menu is the same action
    assert win.messages.quits == 1
    assert win.tray.icon is None
    assert QApplication.quitOnLastWindowClosed()


def test_with_close_to_tray_off_the_window_closes(qtbot, tray_window) -> None:  # noqa: ANN001
    win = tray_window
    win.prefs.close_to_tray = False
    assert not win.keeps_running_in_tray()
    win.close()
    assert win.tray.icon is None
    assert win.messages.shown == []


def test_without_a_tray_the_window_closes_as_before(qtbot, window, inline_tasks) -> None:  # noqa: ANN001
    window.start_companion()
    assert window.tray.available is False and window.tray.icon is None
    assert not window.keeps_running_in_tray()
    assert window.tray.show_message("a", "b") is False
    window.close()
    assert not window.isVisible()
    assert QApplication.quitOnLastWindowClosed()
