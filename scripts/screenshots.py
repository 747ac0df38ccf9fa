"""Render every screen offscreen into PNG files, to look at the app as a user would.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
Uses a throw-away data folder with the sample month (November 2026, "today" = Friday 27th)
and the sample SKP plan; dashboard.png is the progress view ("Kemajuan") at 1200x800.
export*.png, keys*.png, locked-day.png and history.png show the monthly summary export, the
signing key, a day of a month locked by a signed export, and the change history.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from absensi_app.views.language import start_language  # noqa: E402
from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month  # noqa: E402

PASSPHRASE = "contoh frasa sandi"



def _export(app, dialog) -> None:  # noqa: ANN001
    """Start the export and let it finish (it runs off the GUI thread)."""
    dialog.export()
    while dialog.busy:
        app.processEvents()

def _answer_prompts(files: Path) -> None:
    """Modal questions would block an offscreen run: answer them and print what was shown."""
    from absensi_app.views import prompts

    prompts.confirm = lambda parent, title, text: print(f"  [tanya] {title}: {text}") or True
    prompts.error = lambda parent, title, text: print(f"  [galat] {title}: {text}")
    prompts.info = lambda parent, title, text: print(f"  [info] {title}: {text}")
    prompts.open_file = lambda parent, title, filters="": None
    prompts.save_file = lambda parent, title, suggested, filters="": str(files / Path(suggested).name)
    prompts.ask_text = lambda parent, title, label, text="": "Koreksi jam kegiatan 12 November"
    prompts.show_folder = lambda parent, folder: None


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    start_language(os.environ.get("ABSENSI_LANG"))
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.profile_form import SetupDialog

    with tempfile.TemporaryDirectory() as tmp:
        files = Path(tmp) / "ekspor"
        files.mkdir()
        _answer_prompts(files)
        ctx = open_context(AppPaths(Path(tmp) / "data"), Clock(datetime(2026, 11, 27, 16, 45)))
        setup = SetupDialog(ctx.clock.today, lambda p, s: None, lambda: None, create_key=lambda passphrase: None)
        setup.show()
        setup.adjustSize()
        app.processEvents()
        setup.grab().save(str(out / "setup-empty.png"))
        setup.form.set_profile(SAMPLE_PROFILE)
        setup.form.supervisor_nip.setText("1975081720003")
        app.processEvents()
        app.processEvents()  # nested layouts settle one event-loop pass later
        setup.grab().save(str(out / "setup-filled.png"))
        setup.close()

        ctx.profile.save(SAMPLE_PROFILE)
        fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
        win = MainWindow(ctx)
        win.show()
        win.load_day(date(2026, 11, 26))
        app.processEvents()
        win.grab().save(str(out / "main-day.png"))
        win.load_day(date(2026, 11, 27))
        win.form.description.setText("Menyusun notula")
        win.form.start.setTime(win.form.end.time())
        win.form.submit()
        app.processEvents()
        win.grab().save(str(out / "main-error.png"))
        win.load_day(date(2026, 11, 28))
        app.processEvents()
        win.grab().save(str(out / "main-weekend.png"))
        win.load_day(date(2026, 11, 18))
        app.processEvents()
        win.grab().save(str(out / "main-leave.png"))
        # the progress view ("Kemajuan") of the sample month, at a common laptop size
        win.load_day(date(2026, 11, 27))
        win.resize(1200, 800)
        win.show_dashboard()
        app.processEvents()
        win.grab().save(str(out / "dashboard.png"))
        win.show_day_view()
        _signing_screens(app, ctx, win, out)
        win.close()
        ctx.close()
    print(f"screenshots written to {out}/")
    return 0


def _save(app: QApplication, widget, path: Path) -> None:  # noqa: ANN001
    app.processEvents()
    widget.grab().save(str(path))


def _signing_screens(app: QApplication, ctx, win, out: Path) -> None:  # noqa: ANN001
    """Export dialog, signing key, a locked day and the change history."""
    from absensi_app.signing.keys import create_identity
    from absensi_app.views.export_dialog import XLSX, ExportDialog
    from absensi_app.views.history_dialog import HistoryDialog
    from absensi_app.views.key_dialog import KeyDialog

    # no key yet: the export dialog explains and offers to create one
    dialog = ExportDialog(ctx, win)
    dialog.show()
    _save(app, dialog, out / "export-no-key.png")
    dialog.close()
    keydlg = KeyDialog(ctx, win)
    keydlg.show()
    _save(app, keydlg, out / "keys-empty.png")
    keydlg.start_create()
    keydlg.new_pass.setText("pendek")
    keydlg.action_box.save()
    _save(app, keydlg, out / "keys-create-error.png")
    keydlg.close()

    profile = ctx.profile.require()
    create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASSPHRASE, ctx.clock.now())
    keydlg = KeyDialog(ctx, win)
    keydlg.show()
    _save(app, keydlg, out / "keys.png")
    keydlg.start_change()
    _save(app, keydlg, out / "keys-change.png")
    keydlg.close()

    dialog = ExportDialog(ctx, win)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    _save(app, dialog, out / "export.png")
    dialog.passphrase.setText("frasa sandi keliru")
    _export(app, dialog)
    _save(app, dialog, out / "export-wrong-passphrase.png")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.exported.connect(win._exported)
    _export(app, dialog)
    _save(app, dialog, out / "export-done.png")
    dialog.set_kind(XLSX)
    _export(app, dialog)
    _save(app, dialog, out / "export-xlsx.png")
    dialog.close()

    win.resize(1180, 760)
    win.load_day(date(2026, 11, 26))
    _save(app, win, out / "locked-day.png")
    # unlocked with a reason (the answered prompt), then one correction: both in the history
    win.unlock_month()
    first = ctx.worklog.day(date(2026, 11, 26)).entries[0]
    ctx.worklog.update(first.id, replace(first.as_draft(), description=first.description + " bidang"))
    win.load_day(date(2026, 11, 27))

    history = HistoryDialog(ctx, "2026-11", win)
    history.show()
    _save(app, history, out / "history.png")
    history.close()


if __name__ == "__main__":
    raise SystemExit(main())
