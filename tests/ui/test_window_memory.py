"""The window remembers its size, position and last view (Harian / Kemajuan) in the data
folder's tampilan.ini, and a position off every screen does not hide it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from absensi_app.views.companion import on_a_screen
from absensi_app.views.main_window import MainWindow
from absensi_app.views.preferences import Preferences


def reopen(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_size_position_and_last_view_come_back(qtbot, window) -> None:  # noqa: ANN001
    window.resize(1000, 660)
    window.move(40, 30)
    window.show_dashboard()
    window.close()
    prefs = Preferences(window.ctx.paths.data_dir)
    assert prefs.last_view == "progress" and prefs.geometry() is not None
    again = reopen(qtbot, window.ctx)
    # Qt's offscreen screen is 800 pixels wide: the width is kept to the screen, the height not
    assert again.height() == 660
    assert again.pos().y() == 30  # (x: kept so that the window fits the narrow screen)
    assert again.is_dashboard_shown()
    again.show_day_view()
    again.close()
    assert Preferences(window.ctx.paths.data_dir).last_view == "day"
    third = reopen(qtbot, window.ctx)
    assert not third.is_dashboard_shown()


def test_a_position_off_every_screen_is_brought_back(qtbot, window) -> None:  # noqa: ANN001
    window.resize(1010, 640)
    window.move(30000, 30000)  # a monitor that is no longer there
    window.close()
    again = reopen(qtbot, window.ctx)
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    assert on_a_screen(again.frameGeometry(), screens)
    assert again.height() == 640


def test_the_frame_takes_its_place_before_the_data_is_there(qtbot, window) -> None:  # noqa: ANN001
    window.resize(1020, 650)
    window.close()
    frame = MainWindow(today=date(2026, 11, 27))  # what the launcher shows first
    qtbot.addWidget(frame)
    frame.restore_placement(window.ctx.paths.data_dir)
    assert frame.height() == 650
    frame.close()  # still loading: nothing is saved, nothing fails


def test_on_a_screen() -> None:
    screen = [QRect(0, 0, 1920, 1080)]
    assert on_a_screen(QRect(100, 100, 800, 600), screen)
    assert on_a_screen(QRect(1800, 100, 800, 600), screen)  # partly off, the title bar reachable
    assert not on_a_screen(QRect(1900, 100, 800, 600), screen)  # only 20 pixels left
    assert not on_a_screen(QRect(100, 1100, 800, 600), screen)
    assert not on_a_screen(QRect(-5000, -5000, 800, 600), screen)
