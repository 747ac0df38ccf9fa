"""First-run setup and the profile dialog, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from absensi_app.domain.model import WorkSchedule
from absensi_app.signing.keys import has_identity, load_identity, unlock

PASSPHRASE = "frasa sandi yang panjang"


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
    assert not has_identity(ctx.paths.keys_dir)  # the sample creates no signing key


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


# ---- the signing key made at first start -------------------------------------------------
def _first_start(qtbot, ctx, fill):  # noqa: ANN001, ANN202
    """Run start_windows; ``fill(dialog)`` answers the setup dialog and returns what it saw."""
    from absensi_app.app import start_windows

    seen: dict = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            fill(dialog, seen)
        finally:
            if dialog.isVisible():
                seen["stayed_open"] = True
                dialog.reject()

    QTimer.singleShot(0, answer)
    window = start_windows(ctx)
    if window is not None:
        qtbot.addWidget(window)
    return window, seen


def test_first_start_creates_the_signing_key(qtbot, ctx) -> None:  # noqa: ANN001
    def fill(dialog, seen) -> None:  # noqa: ANN001
        assert dialog.key_form is not None and dialog.key_form.isVisible()
        _fill(qtbot, dialog.form)
        qtbot.keyClicks(dialog.key_form.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.key_form.passphrase2, PASSPHRASE)
        seen["echo"] = dialog.key_form.passphrase.echoMode()
        dialog.save_button.click()

    window, seen = _first_start(qtbot, ctx, fill)
    assert "stayed_open" not in seen
    assert window is not None
    assert seen["echo"] == QLineEdit.Password
    profile = ctx.profile.require()
    identity = load_identity(ctx.paths.keys_dir)
    assert identity is not None and identity.source == "absensi"
    assert (identity.name, identity.nip) == (profile.name, "198609262015051001")
    assert unlock(ctx.paths.keys_dir, PASSPHRASE).certificate is not None


def test_passphrases_that_differ_save_nothing(qtbot, ctx) -> None:  # noqa: ANN001
    def fill(dialog, seen) -> None:  # noqa: ANN001
        _fill(qtbot, dialog.form)
        dialog.key_form.passphrase.setText(PASSPHRASE)
        dialog.key_form.passphrase2.setText(PASSPHRASE + " lain")
        dialog.save_button.click()
        seen["error"] = dialog.error.text()
        dialog.key_form.passphrase.setText("pendek")
        dialog.key_form.passphrase2.setText("pendek")
        dialog.save_button.click()
        seen["short"] = dialog.error.text()

    window, seen = _first_start(qtbot, ctx, fill)
    assert window is None and seen["stayed_open"]
    assert seen["error"] == "Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama."
    assert seen["short"] == "Frasa sandi paling sedikit 8 karakter."
    assert ctx.profile.get() is None
    assert not has_identity(ctx.paths.keys_dir)


def test_profile_errors_come_first_and_nothing_is_saved(qtbot, ctx) -> None:  # noqa: ANN001
    def fill(dialog, seen) -> None:  # noqa: ANN001
        _fill(qtbot, dialog.form)
        dialog.form.position.clear()
        dialog.key_form.passphrase.setText(PASSPHRASE)
        dialog.key_form.passphrase2.setText(PASSPHRASE)
        dialog.save_button.click()
        seen["error"] = dialog.error.text()

    window, seen = _first_start(qtbot, ctx, fill)
    assert window is None
    assert seen["error"] == "Jabatan wajib diisi."
    assert ctx.profile.get() is None
    assert not has_identity(ctx.paths.keys_dir)


def test_key_can_be_made_later(qtbot, ctx) -> None:  # noqa: ANN001
    def fill(dialog, seen) -> None:  # noqa: ANN001
        _fill(qtbot, dialog.form)
        dialog.key_form.passphrase.setText("sebagian")
        dialog.key_form.later.setChecked(True)
        seen["disabled"] = not dialog.key_form.passphrase.isEnabled()
        seen["cleared"] = dialog.key_form.passphrase.text() == ""
        dialog.save_button.click()

    window, seen = _first_start(qtbot, ctx, fill)
    assert window is not None and "stayed_open" not in seen
    assert seen["disabled"] and seen["cleared"]
    assert ctx.profile.require().nip == "198609262015051001"
    assert not has_identity(ctx.paths.keys_dir)


def test_profile_dialog_later_has_no_passphrase_section(qtbot, window) -> None:  # noqa: ANN001
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.key_form)
        dialog.reject()

    QTimer.singleShot(0, look)
    window.act_profile.trigger()
    assert seen == [None]
