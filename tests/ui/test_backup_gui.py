"""Backups in the GUI over real database files: "Cadangkan sekarang", the list, the extra
folder, and restoring through the main window (close, restore, reopen, show)."""

from __future__ import annotations

import os
from datetime import date, time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.views.backup_dialog import BackupDialog, reason_label, size_text, when_text

FRIDAY = date(2026, 11, 27)


def add(ctx, text: str, h: int):  # noqa: ANN001, ANN201
    return ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, text, time(h, 0), time(h + 1, 0)))


def cells(d: BackupDialog) -> list[list[str]]:
    return [[d.table.item(r, c).text() for c in range(d.table.columnCount())] for r in range(d.table.rowCount())]


def shown_descriptions(window) -> list[str]:  # noqa: ANN001
    return [window.model.entry(r).description for r in range(window.model.rowCount())]


@pytest.fixture
def dialog(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    def make(ctx=None):  # noqa: ANN001, ANN202
        d = BackupDialog(ctx or workday_ctx)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def test_reasons_sizes_and_dates_in_words() -> None:
    assert reason_label("daily") == "harian"
    assert reason_label("manual") == "manual"
    assert reason_label("before-restore") == "sebelum pemulihan"
    assert reason_label("before-import") == "sebelum impor"
    assert reason_label("before-0003") == "sebelum pembaruan struktur"
    assert reason_label("before-none") == "sebelum pembaruan struktur"
    assert size_text(300) == "1 KB" and size_text(90 * 1024) == "90 KB"
    assert size_text(int(2.5 * 1024 * 1024)) == "2,5 MB"
    from datetime import datetime

    assert when_text(datetime(2026, 11, 27, 16, 5)) == "27 November 2026, 16.05"


def test_the_list_shows_backups_made_by_the_service(dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    d = dialog()
    assert d.table.isHidden() and d.empty_label.isVisible()
    assert not d.restore_button.isEnabled()
    d.close()

    add(ctx, "Rapat koordinasi", 8)
    add(ctx, "Menyusun laporan", 9)
    (made,) = ctx.backups.create()
    d = dialog()
    assert cells(d) == [["27 November 2026, 16.30", "manual", size_text(made.path.stat().st_size), "2", "0", "utuh"]]
    assert d.selected().path == made.path and d.restore_button.isEnabled()
    assert str(ctx.paths.backup_dir) in d.folder_label.text()


def test_backup_now_in_the_dialog_and_from_the_menu(qtbot, window, dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    add(ctx, "Rapat koordinasi", 8)
    d = dialog()
    made = d.backup_now()
    assert len(made) == 1 and made[0].path.parent == ctx.paths.backup_dir and made[0].path.is_file()
    assert d.table.rowCount() == 1 and d.selected().path == made[0].path
    assert made[0].name in d.message.text() and "diperiksa" in d.message.text()
    d.close()

    add(ctx, "Menyusun laporan", 9)
    ctx.clock.fixed = ctx.clock.fixed.replace(minute=45)
    assert window.act_backup_now.shortcut().toString() == "Ctrl+Shift+B"
    assert window.act_backup_now in window.menuBar().actions()[0].menu().actions()
    window.act_backup_now.trigger()
    newest = ctx.backups.list()[0]
    assert newest.entries == 2 and newest.reason == "manual"
    assert str(newest.path) in window.statusBar().currentMessage()
    assert "diperiksa" in window.statusBar().currentMessage()


def test_restore_through_the_window_brings_back_the_old_entries(qtbot, window, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    ctx = workday_ctx
    add(ctx, "Rapat koordinasi", 8)
    (kept,) = ctx.backups.create()
    add(ctx, "Menyusun laporan", 9)
    window.load_day(FRIDAY)
    assert shown_descriptions(window) == ["Rapat koordinasi", "Menyusun laporan"]
    window.show_dashboard()  # built before: it must show the restored data afterwards too
    window.show_day_view()

    seen = {}

    def drive() -> None:
        d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog) and w.isVisible())
        seen["rows"] = cells(d)
        row = next(i for i, b in enumerate(d.backups) if b.path == kept.path)
        d.table.selectRow(row)
        d.restore_button.click()

    QTimer.singleShot(0, drive)
    window.act_backups.trigger()
    try:
        assert [r[1] for r in seen["rows"]] == ["manual"]
        ((title, text),) = prompt_log.confirms
        assert title == "Pulihkan cadangan"
        assert "1 kegiatan" in text and "dicadangkan lebih dulu" in text
        assert window.ctx is not ctx  # closed, restored, opened again
        assert shown_descriptions(window) == ["Rapat koordinasi"]
        assert [e.description for e in window.ctx.worklog.day(FRIDAY).entries] == ["Rapat koordinasi"]
        reasons = [b.reason for b in window.ctx.backups.list()]
        assert "before-restore" in reasons
        before = next(b for b in window.ctx.backups.list() if b.reason == "before-restore")
        assert before.entries == 2  # the state before the restore can come back too
        assert before.name in window.statusBar().currentMessage()
        assert prompt_log.errors == []
        # the window works on the restored data: a new entry lands in it
        add(window.ctx, "Telaahan staf", 10)
        window.load_day(FRIDAY)
        assert shown_descriptions(window) == ["Rapat koordinasi", "Telaahan staf"]
        window.show_dashboard()
        assert window.dashboard.ctx is window.ctx
    finally:
        if window.ctx is not ctx:
            window.ctx.close()


def test_a_refused_restore_keeps_the_window_working(qtbot, window, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.views.backup_dialog import restore_in_window

    ctx = workday_ctx
    add(ctx, "Rapat koordinasi", 8)
    missing = ctx.paths.backup_dir / "absensi-20261101-080000-manual.sqlite"
    assert restore_in_window(window, missing) is None
    ((_title, text),) = prompt_log.errors
    assert "tidak ada" in text
    assert window.ctx is ctx
    add(ctx, "Menyusun laporan", 9)  # the closed engine reconnects: nothing lost, still usable
    window.load_day(FRIDAY)
    assert shown_descriptions(window) == ["Rapat koordinasi", "Menyusun laporan"]


def test_a_broken_backup_is_marked_and_cannot_be_restored(dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    ctx = workday_ctx
    add(ctx, "Rapat koordinasi", 8)
    (good,) = ctx.backups.create()
    ctx.clock.fixed = ctx.clock.fixed.replace(hour=17)
    add(ctx, "Menyusun laporan", 9)
    (broken,) = ctx.backups.create()
    data = bytearray(broken.path.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)  # every page after the first: random bytes
    broken.path.write_bytes(bytes(data))

    d = dialog()
    rows = cells(d)
    assert rows[0][0] == "27 November 2026, 17.30" and rows[0][5].startswith("RUSAK")
    assert rows[0][5].endswith("\u2013 tidak bisa dipulihkan") and rows[0][3] == "\u2013"
    assert rows[1][5] == "utuh"
    d.table.selectRow(0)
    assert not d.restore_button.isEnabled() and "rusak" in d.restore_button.toolTip()
    assert d.restore_selected() is None and d.restore_path is None
    assert prompt_log.confirms == [] and "tidak bisa dipulihkan" in d.message.text()
    d.table.selectRow(1)
    assert d.restore_button.isEnabled()
    QApplication.processEvents()  # the layout makes room for the message
    d.grab().save("/tmp/shot-backup-dialog.png")


def test_the_extra_folder_is_chosen_used_and_cleared(tmp_path, dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    ctx = workday_ctx
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    add(ctx, "Rapat koordinasi", 8)
    d = dialog()
    assert "Belum dipilih" in d.extra_label.text() and not d.extra_clear_button.isEnabled()

    prompt_log.next_folder = str(ctx.paths.backup_dir)  # inside the data folder: refused
    assert d.choose_extra_folder() is None
    assert "di luar folder data" in d.message.text() and ctx.backups.extra_folder() is None

    prompt_log.next_folder = str(usb)
    assert d.choose_extra_folder() == usb
    assert d.extra_label.text() == str(usb) and d.extra_clear_button.isEnabled()
    made = d.backup_now()
    assert [b.path.parent for b in made] == [ctx.paths.backup_dir, usb / "Absensi-198609262015051001"]
    assert str(usb) in d.message.text()
    QApplication.processEvents()
    d.grab().save("/tmp/shot-backup-dialog-extra.png")

    d.clear_extra_folder()
    assert ctx.backups.extra_folder() is None and "Belum dipilih" in d.extra_label.text()
    assert list(usb.glob("Absensi-*/absensi-*.sqlite"))  # what was copied there stays
