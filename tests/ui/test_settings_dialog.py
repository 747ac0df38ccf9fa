"""The settings dialog over a real database: a round trip per page (changed, Simpan, read back
by a new context over the same folder), Batal and Esc writing nothing, "Pulihkan bawaan",
refused values (a message next to the field, nothing written), the keyboard, the last page,
and the entry point of the main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.hours import RamadanPeriod
from absensi_app.domain.model import Location, WorkSchedule
from absensi_app.domain.reminders import ReminderSettings
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.domain.templates import TaskTemplate
from absensi_app.services.context import AppContext, open_context
from absensi_app.views.preferences import Preferences
from absensi_app.views.settings.dialog import SettingsDialog, last_page
from tests.support import release_log_handlers

KEYS = ["schedule", "calendar", "reminders", "window", "templates", "backup", "office", "signing"]


@pytest.fixture
def dialog(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    d = SettingsDialog(workday_ctx, Preferences(workday_ctx.paths.data_dir))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.fixture
def reopened(workday_ctx) -> Iterator:  # noqa: ANN001
    """Opens a second context over the same data folder, as a restart would."""
    opened: list[AppContext] = []

    def reopen() -> AppContext:
        again = open_context(workday_ctx.paths, workday_ctx.clock)
        opened.append(again)
        return again

    yield reopen
    for again in opened:
        again.close()
    release_log_handlers(workday_ctx.paths.data_dir)


def stored(ctx: AppContext) -> tuple:
    """Every value the dialog edits, as a new reader sees it."""
    return (
        ctx.profile.schedule(),
        ctx.calendar.ramadan_periods(),
        ctx.calendar.offsite_limit(),
        ctx.reminders.settings(),
        ctx.templates.list(),
        ctx.backups.extra_folder(),
        ctx.profile.get(),
        ctx.export.timestamp_url(),
        Preferences(ctx.paths.data_dir).close_to_tray,
        Preferences(ctx.paths.data_dir).language,
    )


def set_time(edit, hh: int, mm: int) -> None:  # noqa: ANN001
    edit.setTime(QTime(hh, mm))


# ---- the pages -----------------------------------------------------------------------------
def test_pages_in_order_with_their_stored_values(dialog, workday_ctx) -> None:  # noqa: ANN001
    assert [p.key for p in dialog.pages] == KEYS
    assert [dialog.page_list.item(i).text() for i in range(len(KEYS))] == [p.title for p in dialog.pages]
    assert dialog.page("schedule").form.schedule() == WorkSchedule()
    assert dialog.page("calendar").offsite.value() == 2
    assert dialog.page("reminders").value() == ReminderSettings()
    assert dialog.page("window").value() == (True, "")
    assert dialog.page("office").form.values()["government"] == ""
    assert dialog.page("signing").url.text() == ""
    assert dialog.current_page().key == "schedule"  # nothing remembered yet


def test_schedule_round_trip(qtbot, dialog, reopened) -> None:  # noqa: ANN001
    page = dialog.page("schedule")
    page.form.days[4].setChecked(False)  # no Friday
    page.form.weekly.setValue(30)
    set_time(page.form.start, 8, 0)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert reopened().profile.schedule() == WorkSchedule((0, 1, 2, 3), time(8, 0), 1800)


def test_ramadan_and_offsite_round_trip_across_years(dialog, reopened) -> None:  # noqa: ANN001
    page = dialog.page("calendar")
    assert page.year.value() == 2026
    assert not page.first.isEnabled()  # not set yet: the estimate is shown, greyed
    page.use_ramadan.setChecked(True)
    page.first.setDate(QDate(2026, 2, 18))
    page.last.setDate(QDate(2026, 3, 19))
    page.hours.setValue(30)
    page.year.setValue(2027)  # the 2026 edit is kept while another year is shown
    page.use_ramadan.setChecked(True)
    page.first.setDate(QDate(2027, 2, 8))
    page.last.setDate(QDate(2027, 3, 9))
    page.year.setValue(2026)
    assert page.use_ramadan.isChecked() and page.hours.value() == 30
    page.offsite.setValue(3)
    assert dialog.save()
    again = reopened()
    assert again.calendar.ramadan_periods() == [
        RamadanPeriod(date(2026, 2, 18), date(2026, 3, 19), 1800),
        RamadanPeriod(date(2027, 2, 8), date(2027, 3, 9), 1950),
    ]
    assert again.calendar.offsite_limit() == 3


def test_ramadan_can_be_switched_off(qtbot, workday_ctx, prompt_log, reopened) -> None:  # noqa: ANN001
    workday_ctx.calendar.set_ramadan(date(2026, 2, 18), date(2026, 3, 19))
    d = SettingsDialog(workday_ctx, Preferences(workday_ctx.paths.data_dir), page="calendar")
    qtbot.addWidget(d)
    page = d.page("calendar")
    assert page.use_ramadan.isChecked() and page.first.date() == QDate(2026, 2, 18)
    page.use_ramadan.setChecked(False)
    assert d.save()
    assert reopened().calendar.ramadan_periods() == []


def test_reminders_round_trip(dialog, reopened) -> None:  # noqa: ANN001
    page = dialog.page("reminders")
    page.daily.setChecked(False)
    assert page.time.isEnabled()  # the month-end one still uses it
    set_time(page.time, 16, 45)
    assert dialog.save()
    assert reopened().reminders.settings() == ReminderSettings(time(16, 45), False, True)


def test_window_and_language_round_trip(dialog, workday_ctx) -> None:  # noqa: ANN001
    page = dialog.page("window")
    page.close_to_tray.setChecked(False)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert "dibuka lagi" in " ".join(label.text() for label in page.findChildren(type(page.heading)))
    assert dialog.save()
    again = Preferences(workday_ctx.paths.data_dir)
    assert (again.close_to_tray, again.language) == (False, "en")


@pytest.fixture
def rhk(workday_ctx) -> Rhk:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    return workday_ctx.skp.add_rhk(period.id, Rhk(
        None, RhkKind.UTAMA, "Tersusunnya laporan capaian kinerja", "Jumlah laporan", 12, "laporan",
        actions=(ActionPlan(None, "Laporan November", 2026, month=11, target=1),),
    ))  # fmt: skip


def test_templates_add_edit_remove_round_trip(qtbot, workday_ctx, prompt_log, rhk, reopened) -> None:  # noqa: ANN001
    workday_ctx.templates.add(TaskTemplate("Rapat", "Rapat koordinasi mingguan", Location.KANTOR, minutes=60))
    workday_ctx.templates.add(TaskTemplate("Piket", "Piket layanan pengaduan"))
    d = SettingsDialog(workday_ctx, Preferences(workday_ctx.paths.data_dir), page="templates")
    qtbot.addWidget(d)
    d.show()
    page = d.page("templates")
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["Piket", "Rapat"]
    # edit "Rapat": a new description and duration (Enter in a field applies it to the list)
    page.list.setCurrentRow(1)
    assert page.name.text() == "Rapat" and page.minutes.value() == 60
    page.description.clear()
    qtbot.keyClicks(page.description, "Rapat koordinasi bidang")
    page.minutes.setValue(90)
    qtbot.keyClick(page.description, Qt.Key_Return)
    # remove "Piket"
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.LeftButton)
    # a new one linked to the RHK and its Rencana Aksi, typed but not applied: Simpan takes it
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.keyClicks(page.name, "Laporan bulanan")
    qtbot.keyClicks(page.description, "Menyusun laporan capaian bulanan")
    page.rhk.setCurrentIndex(page.rhk.findData(rhk.id))
    page.action.setCurrentIndex(1)
    qtbot.keyClicks(page.unit, "laporan")
    assert workday_ctx.templates.list()[0].name == "Piket"  # nothing written yet
    assert d.save()
    assert reopened().templates.list() == [
        TaskTemplate("Laporan bulanan", "Menyusun laporan capaian bulanan", None, rhk.id, rhk.actions[0].id, "laporan"),
        TaskTemplate("Rapat", "Rapat koordinasi bidang", Location.KANTOR, minutes=90),
    ]


def test_template_with_a_duplicate_or_empty_name_is_refused(qtbot, dialog, workday_ctx) -> None:  # noqa: ANN001
    workday_ctx.templates.add(TaskTemplate("Rapat", "Rapat koordinasi"))
    dialog.page("templates").load()
    dialog.show_page("templates")
    page = dialog.page("templates")
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.keyClicks(page.name, "  rapat ")
    qtbot.keyClicks(page.description, "Yang lain")
    assert not page.commit_editor()
    assert "sudah dipakai" in page.error.text() and page.error.isVisible()
    assert [t.name for t in page.items] == ["Rapat"]
    page.name.clear()
    assert not dialog.save()  # Simpan takes the typed template: refused, the page shown
    assert dialog.current_page() is page
    assert "Nama templat wajib diisi" in page.error.text()
    assert page.name.hasFocus()
    assert [t.name for t in workday_ctx.templates.list()] == ["Rapat"]


def test_backup_folder_round_trip_and_a_folder_inside_the_data(dialog, prompt_log, workday_ctx, tmp_path, reopened) -> None:  # noqa: ANN001
    page = dialog.page("backup")
    usb = tmp_path / "usb"
    usb.mkdir()
    prompt_log.next_folder = str(workday_ctx.paths.data_dir / "evidence")
    (workday_ctx.paths.data_dir / "evidence").mkdir(exist_ok=True)
    page.choose_button.click()
    assert not dialog.save()
    assert dialog.current_page() is page
    assert "di luar folder data" in page.error.text()
    assert reopened().backups.extra_folder() is None
    prompt_log.next_folder = str(usb)
    page.choose_button.click()
    assert page.extra_label.text() == str(usb)
    assert dialog.save()
    assert reopened().backups.extra_folder() == usb


def test_office_round_trip_keeps_the_identity(dialog, workday_ctx, sample_profile, reopened) -> None:  # noqa: ANN001
    page = dialog.page("office")
    page.form.government.setText("Pemerintah Kabupaten Contoh")
    page.form.place.setText("Contoh")
    assert dialog.save()
    again = reopened().profile.get()
    assert (again.government, again.place, again.address) == ("Pemerintah Kabupaten Contoh", "Contoh", "")
    assert again.name == sample_profile.name and again.nip == "198609262015051001"


def test_timestamp_round_trip(dialog, reopened) -> None:  # noqa: ANN001
    dialog.page("signing").url.setText("  http://timestamp.example.go.id/tsa ")
    assert dialog.save()
    assert reopened().export.timestamp_url() == "http://timestamp.example.go.id/tsa"


# ---- refused values: a message next to the field, nothing written ---------------------------
def test_bad_timestamp_url_writes_nothing_of_any_page(dialog, workday_ctx, reopened) -> None:  # noqa: ANN001
    before = stored(workday_ctx)
    dialog.page("schedule").form.weekly.setValue(30)
    dialog.page("reminders").daily.setChecked(False)
    dialog.page("window").close_to_tray.setChecked(False)
    dialog.show_page("schedule")
    signing = dialog.page("signing")
    signing.url.setText("ftp://x")
    assert not dialog.save()
    assert dialog.isVisible() and dialog.current_page() is signing
    assert "http:// atau https://" in signing.url_error.text() and signing.url_error.isVisible()
    assert signing.url.hasFocus()
    assert stored(reopened()) == before


def test_refused_ramadan_puts_back_what_was_already_written(dialog, workday_ctx, reopened) -> None:  # noqa: ANN001
    before = stored(workday_ctx)
    dialog.page("signing").url.setText("https://tsa.example.go.id")  # written first, then put back
    page = dialog.page("calendar")
    page.use_ramadan.setChecked(True)
    page.first.setDate(QDate(2026, 3, 19))
    page.last.setDate(QDate(2026, 2, 18))  # before the start
    page.year.setValue(2027)  # the refused year is shown again
    assert not dialog.save()
    assert dialog.current_page() is page and page.year.value() == 2026
    assert "tidak boleh sebelum awalnya" in page.error.text()
    assert page.last.hasFocus()
    assert stored(reopened()) == before


def test_an_offsite_limit_of_nine_cannot_be_typed(qtbot, dialog, workday_ctx, reopened) -> None:  # noqa: ANN001
    page = dialog.page("calendar")
    dialog.show_page("calendar")
    page.offsite.setFocus()
    page.offsite.lineEdit().selectAll()
    qtbot.keyClicks(page.offsite, "9")
    assert page.offsite.value() <= 7
    page.offsite.setValue(9)  # clamped to the range the rule allows
    assert page.offsite.value() == 7


# ---- Batal, Esc, defaults -------------------------------------------------------------------
def change_every_page(d: SettingsDialog) -> None:
    d.page("schedule").form.weekly.setValue(20)
    d.page("calendar").offsite.setValue(5)
    d.page("reminders").month_end.setChecked(False)
    d.page("window").language.setCurrentIndex(2)
    templates = d.page("templates")
    templates.name.setText("Baru")
    templates.description.setText("Kegiatan baru")
    templates.commit_editor()
    d.page("office").form.address.setText("Jl. Contoh 1")
    d.page("signing").url.setText("https://tsa.example.go.id")


def test_batal_writes_nothing(qtbot, dialog, workday_ctx, reopened) -> None:  # noqa: ANN001
    before = stored(workday_ctx)
    change_every_page(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert stored(reopened()) == before


def test_escape_cancels(qtbot, dialog, workday_ctx, reopened) -> None:  # noqa: ANN001
    before = stored(workday_ctx)
    change_every_page(dialog)
    qtbot.keyClick(dialog.page_list, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert stored(reopened()) == before


@pytest.fixture
def customised(workday_ctx):  # noqa: ANN001, ANN201
    """Every page away from its defaults."""
    ctx = workday_ctx
    ctx.profile.save_schedule(WorkSchedule((0, 1, 2, 3, 4, 5), time(7, 0), 2400))
    ctx.calendar.set_offsite_limit(4)
    ctx.reminders.update(time(17, 0), False, False)
    prefs = Preferences(ctx.paths.data_dir)
    prefs.close_to_tray, prefs.language = False, "en"
    ctx.export.set_timestamp_url("https://tsa.example.go.id")
    return ctx


def test_restore_defaults_per_page_then_batal(qtbot, customised, prompt_log, reopened) -> None:  # noqa: ANN001
    d = SettingsDialog(customised, Preferences(customised.paths.data_dir))
    qtbot.addWidget(d)
    d.show()
    before = stored(customised)
    d.show_page("schedule")
    qtbot.mouseClick(d.restore_button, Qt.LeftButton)
    assert d.page("schedule").form.schedule() == WorkSchedule()
    assert d.page("reminders").value() == ReminderSettings(time(17, 0), False, False)  # only the page shown
    for key in ("calendar", "reminders", "window", "signing"):
        d.show_page(key)
        qtbot.mouseClick(d.restore_button, Qt.LeftButton)
    assert d.page("calendar").offsite.value() == 2
    assert d.page("reminders").value() == ReminderSettings()
    assert d.page("window").value() == (True, "")
    assert d.page("signing").url.text() == ""
    d.show_page("templates")
    assert not d.restore_button.isEnabled()  # templates have no defaults
    qtbot.mouseClick(d.cancel_button, Qt.LeftButton)
    assert stored(reopened()) == before


def test_restore_defaults_then_simpan_stores_them(qtbot, customised, prompt_log, reopened) -> None:  # noqa: ANN001
    d = SettingsDialog(customised, Preferences(customised.paths.data_dir))
    qtbot.addWidget(d)
    for key in ("schedule", "calendar", "reminders", "window", "signing"):
        d.show_page(key)
        d.restore_defaults()
    assert d.save()
    again = reopened()
    assert again.profile.schedule() == WorkSchedule()
    assert again.calendar.offsite_limit() == 2
    assert again.reminders.settings() == ReminderSettings()
    assert again.export.timestamp_url() is None
    prefs = Preferences(customised.paths.data_dir)
    assert (prefs.close_to_tray, prefs.language) == (True, "")


# ---- keyboard, last page, the key dialog, the main window ------------------------------------
def test_ctrl_page_keys_move_between_pages_and_the_last_page_is_remembered(qtbot, dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    qtbot.keyClick(dialog.page_list, Qt.Key_PageDown, Qt.ControlModifier)
    qtbot.keyClick(dialog.page_list, Qt.Key_PageDown, Qt.ControlModifier)
    assert dialog.current_page().key == "reminders"
    assert dialog.stack.currentIndex() == 2
    qtbot.keyClick(dialog.page_list, Qt.Key_PageUp, Qt.ControlModifier)
    assert dialog.current_page().key == "calendar"
    dialog.reject()
    prefs = Preferences(workday_ctx.paths.data_dir)
    assert last_page(prefs) == "calendar"
    again = SettingsDialog(workday_ctx, prefs)
    qtbot.addWidget(again)
    assert again.current_page().key == "calendar"


def test_key_dialog_opens_from_the_page_and_its_address_is_followed(qtbot, dialog, workday_ctx, monkeypatch) -> None:  # noqa: ANN001
    import absensi_app.views.key_dialog as key_dialog

    opened = []

    def fake_key_dialog(ctx, parent) -> None:  # noqa: ANN001 - the user saves an address there
        opened.append(parent)
        ctx.export.set_timestamp_url("https://tsa.example.go.id")

    monkeypatch.setattr(key_dialog, "open_key_dialog", fake_key_dialog)
    page = dialog.page("signing")
    assert "Belum ada kunci" in page.key_state.text()
    qtbot.mouseClick(page.key_button, Qt.LeftButton)
    assert opened == [page]
    assert page.url.text() == "https://tsa.example.go.id"  # not edited here: follows the key dialog
    assert dialog.save()
    assert workday_ctx.export.timestamp_url() == "https://tsa.example.go.id"


def test_open_settings_from_the_window_on_a_page(qtbot, window, workday_ctx) -> None:  # noqa: ANN001
    from absensi_app.views.settings import open_settings

    seen = []

    def answer() -> None:
        d = QApplication.activeModalWidget()
        seen.append(d.current_page().key)
        d.page("schedule").form.weekly.setValue(35)
        d.save_button.click()

    QTimer.singleShot(0, answer)
    assert open_settings(window, "reminders") is True
    assert seen == ["reminders"]
    assert workday_ctx.profile.schedule().weekly_minutes == 2100
    assert window.statusBar().currentMessage() == "Pengaturan disimpan."
