"""Switching the language live (issue 14): Pengaturan › Jendela dan bahasa › Simpan changes the
open windows at once through Qt's LanguageChange (``views.language``): the menus, the day's
title and numbers, the tray; the shown day, the view and what is typed in the form stay. The
next start speaks the language chosen (the data folder's ``tampilan.ini``)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.views import language, tray
from absensi_app.views.formatting import long_date, number_text
from absensi_app.views.preferences import Preferences

DAY = date(2026, 11, 25)  # a Wednesday before the fixed "today" (Friday 27 November 2026)


@pytest.fixture(autouse=True)
def back_to_indonesian():  # noqa: ANN201
    """Every test ends in the source language, whatever it switched to."""
    yield
    language.switch("id")
    language._state["forced"] = False  # noqa: SLF001 - what start_language set in a test
    language._state["start"] = "id"  # noqa: SLF001


def menu_titles(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.menuBar().actions()]


def choose_in_settings(window, code: str) -> None:  # noqa: ANN001
    """Pengaturan › Jendela dan bahasa: pick ``code`` and Simpan, as a user does."""
    from absensi_app.views.settings import open_settings

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        page = dialog.page("window")
        page.language.setCurrentIndex(page.language.findData(code))
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    assert open_settings(window, "window") is True


def test_switching_live_keeps_the_day_the_view_and_the_typed_text(qtbot, window, workday_ctx) -> None:  # noqa: ANN001
    workday_ctx.worklog.add(EntryDraft(DAY, Location.KANTOR, "Rapat koordinasi", time(8, 0), time(9, 30)))
    window.load_day(DAY)
    window.table.selectRow(0)
    window.form.description.setText("Menyusun laporan yang belum disimpan")
    assert menu_titles(window)[0] == "&Berkas"
    assert window.title.text() == "Rabu, 25 November 2026"
    assert number_text(1234.5) == "1.234,5"

    choose_in_settings(window, "en")

    assert language.active() == "en"
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Settings", "&Help"]
    assert window.title.text() == "Wednesday, 25 November 2026"
    assert number_text(1234.5) == "1,234.5" and QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert window.form.title() == "New activity"
    assert window.day_page._status_box.title() == "Day status"  # noqa: SLF001
    assert "Logged" in window.total_label.text() and "h" in window.total_label.text()
    assert window.statusBar().currentMessage() == "Settings saved."
    # the state is kept
    assert window.current_day == DAY
    assert window.form.description.text() == "Menyusun laporan yang belum disimpan"
    assert window.selected_entry() is not None and window.selected_entry().description == "Rapat koordinasi"
    assert window.act_undo.text().startswith("&Undo")
    assert window.act_show_day.isChecked()

    choose_in_settings(window, "id")
    assert menu_titles(window)[0] == "&Berkas"
    assert window.title.text() == long_date(DAY) == "Rabu, 25 November 2026"
    assert number_text(1234.5) == "1.234,5"
    assert window.form.description.text() == "Menyusun laporan yang belum disimpan"
    assert window.form.title() == "Kegiatan baru"
    assert window.calendar.firstDayOfWeek() == Qt.Monday  # the Indonesian locale would start on Sunday


def test_the_progress_view_is_made_again_on_its_month(qtbot, window, workday_ctx) -> None:  # noqa: ANN001
    window.show_dashboard()
    window.dashboard.previous_month()
    old = window.dashboard
    assert (old.year, old.month) == (2026, 10)
    language.switch("en")
    new = window.dashboard
    assert new is not old and window.is_dashboard_shown()
    assert (new.year, new.month) == (2026, 10)
    assert window.act_show_dashboard.isChecked()
    assert window.act_show_dashboard.text() == "&Progress"
    language.switch("id")
    assert window.is_dashboard_shown() and window.act_show_dashboard.text() == "&Kemajuan"


def test_the_tray_menu_and_tooltip_follow(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    monkeypatch.setattr(window, "reminder_watch", None, raising=False)
    window.start_companion()
    texts = lambda: [a.text() for a in window.tray.menu.actions() if not a.isSeparator()]  # noqa: E731
    assert "Buka hari ini" in texts()
    language.switch("en")
    assert "Open today" in texts() and "Buka hari ini" not in texts()
    assert texts()[0] == "Start timer\u2026"
    assert "Timer: not running" in window.tray.tooltip_text() or "Timer" in window.tray.icon.toolTip()
    assert "Hari ini" not in window.tray.icon.toolTip()
    language.switch("id")
    assert "Buka hari ini" in texts()
    window.tray.close()


def test_a_restart_speaks_the_language_chosen(qtbot, window, workday_ctx, monkeypatch) -> None:  # noqa: ANN001
    choose_in_settings(window, "en")
    assert Preferences(workday_ctx.paths.data_dir).language == "en"
    language.switch("id")  # as a new process begins
    monkeypatch.delenv(language.ENV, raising=False)
    assert language.start_language(None) == "id"  # the picker, before a folder is chosen
    assert language.folder_language(workday_ctx.paths.data_dir) == "en"
    from absensi_app.views.main_window import MainWindow

    again = MainWindow(workday_ctx)
    qtbot.addWidget(again)
    assert menu_titles(again)[0] == "&File"
    assert again.title.text() == "Friday, 27 November 2026"


def test_the_option_or_the_variable_wins_over_the_folder(workday_ctx, monkeypatch) -> None:  # noqa: ANN001
    Preferences(workday_ctx.paths.data_dir).language = "en"
    monkeypatch.setenv(language.ENV, "id_ID.UTF-8")
    assert language.start_language(None) == "id"
    assert language.folder_language(workday_ctx.paths.data_dir) == "id"
    monkeypatch.setenv(language.ENV, "../../etc/passwd")  # never a path
    assert language.start_language(None) == "id"
    assert language.start_language("en") == "en"
    assert language.chosen("") == "en"  # "Bawaan": the language of the start
