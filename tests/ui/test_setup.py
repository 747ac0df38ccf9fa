"""First-run setup and the profile dialog, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import WorkSchedule


def _dialog(qtbot, ctx):  # noqa: ANN001, ANN202
    from absensi_app.views.profile_form import SetupDialog

    def save(profile, schedule) -> None:  # noqa: ANN001
        ctx.profile.save(profile)
        ctx.profile.save_schedule(schedule)

    dialog = SetupDialog(ctx.clock.today, save, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(qtbot, form, nip: str = "19860926 201505 1 001") -> None:  # noqa: ANN001
    qtbot.keyClicks(form.name, "Budi Santoso, S.Kom.")
    qtbot.keyClicks(form.nip.edit, nip)
    form.rank.setEditText("Penata Muda Tk. I, III/b")
    qtbot.keyClicks(form.position, "Pranata Komputer Ahli Pertama")
    qtbot.keyClicks(form.unit, "Bidang Aplikasi Informatika")
    qtbot.keyClicks(form.agency, "Dinas Kominfo Kabupaten Contoh")
    qtbot.keyClicks(form.supervisor_name, "Dra. Siti Aminah, M.M.")
    qtbot.keyClicks(form.supervisor_nip.edit, "197508172000032004")


def test_setup_saves_profile_and_schedule(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog.form)
    assert "lahir 26 September 1986" in dialog.form.nip.info.text()
    assert "TMT CPNS Mei 2015" in dialog.form.nip.info.text()
    assert "laki-laki" in dialog.form.nip.info.text()
    dialog.schedule_form.days[5].setChecked(True)  # Saturday: a six-day office
    qtbot.keyClick(dialog.form.name, Qt.Key_Return)
    assert dialog.error.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = ctx.profile.require()
    assert profile.nip == "198609262015051001"
    assert profile.supervisor_nip == "197508172000032004"
    schedule = ctx.profile.schedule()
    assert schedule.workdays == (0, 1, 2, 3, 4, 5)
    assert schedule.weekly_minutes == 2250
    assert schedule.daily_minutes == 375


def test_bad_nip_is_explained_and_nothing_saved(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog.form, nip="19861326 201505 1 001")
    assert "bukan tanggal yang sah" in dialog.form.nip.info.text()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "bukan tanggal yang sah" in dialog.error.text()
    assert dialog.focusWidget() is dialog.form.nip.edit
    assert ctx.profile.get() is None


def test_pppk_number_is_read_as_pppk(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("pppk"))
    qtbot.keyClicks(dialog.form.nip.edit, "199009132025242014")
    text = dialog.form.nip.info.text()
    assert "PPPK" in text and "diangkat 2025" in text and "perempuan" in text


def test_missing_field_is_named(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog.form)
    dialog.form.position.clear()
    dialog.save_button.click()
    assert dialog.error.text() == "Jabatan wajib diisi."
    assert ctx.profile.get() is None


def test_schedule_reset_to_perpres_defaults(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    dialog.schedule_form.weekly.setValue(42.75)
    dialog.schedule_form.reset.click()
    assert dialog.schedule_form.schedule() == WorkSchedule()


def test_first_start_with_sample_data_opens_filled_window(qtbot, ctx, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.app import start_windows

    clicked = []

    def press_sample() -> None:
        dialog = QApplication.activeModalWidget()
        clicked.append(dialog)
        dialog.sample_button.click()

    QTimer.singleShot(0, press_sample)
    window = start_windows(ctx)
    assert clicked, "the setup dialog was not shown"
    qtbot.addWidget(window)
    assert ctx.profile.require().name == "Rina Kartika Sari, S.E."
    november = ctx.worklog.month_entries(2026, 11)
    assert len(november) > 40
    assert max(e.day for e in november) <= ctx.clock.today()
    assert "Data contoh" in window.statusBar().currentMessage()


def test_cancelled_first_start_opens_nothing(qtbot, ctx) -> None:  # noqa: ANN001
    from absensi_app.app import start_windows

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert start_windows(ctx) is None
    assert ctx.profile.get() is None


def test_profile_dialog_from_main_window_edits_profile(qtbot, window) -> None:  # noqa: ANN001
    def change() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.form.position.setText("Pranata Komputer Ahli Muda")
        dialog.save_button.click()

    QTimer.singleShot(0, change)
    window.act_profile.trigger()
    assert window.ctx.profile.require().position == "Pranata Komputer Ahli Muda"
