"""The extra backup folder's state reads the same in "Pulihkan cadangan…" and in Pengaturan ›
Cadangan: one function (``views.backup_labels.show_extra_folder``) fills both labels."""

from __future__ import annotations

from absensi_app.views.backup_dialog import BackupDialog
from absensi_app.views.backup_labels import MISSING_STYLE
from absensi_app.views.settings.app_pages import BackupPage


def both_labels(qtbot, ctx):  # noqa: ANN001, ANN201
    dialog = BackupDialog(ctx)
    page = BackupPage(ctx)
    for widget in (dialog, page):
        qtbot.addWidget(widget)
    page.load()
    return dialog.extra_label, page.extra_label


def test_a_chosen_folder_that_is_gone_is_shown_alike_in_both_places(qtbot, workday_ctx, tmp_path, prompt_log) -> None:  # noqa: ANN001
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    workday_ctx.backups.set_extra_folder(usb)
    present = both_labels(qtbot, workday_ctx)
    assert [label.text() for label in present] == [str(usb), str(usb)]
    assert [label.styleSheet() for label in present] == ["", ""]

    usb.rmdir()  # the stick is pulled out
    missing = both_labels(qtbot, workday_ctx)
    texts = [label.text() for label in missing]
    assert texts[0] == texts[1]
    assert texts[0].startswith(f"{usb}\n") and "flashdisk tidak terpasang" in texts[0]
    assert [label.styleSheet() for label in missing] == [MISSING_STYLE, MISSING_STYLE]


def test_no_extra_folder_is_shown_alike_in_both_places(qtbot, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    labels = both_labels(qtbot, workday_ctx)
    assert [label.text() for label in labels] == ["Belum dipilih: cadangan hanya ada di komputer ini."] * 2
    assert [label.styleSheet() for label in labels] == ["", ""]
