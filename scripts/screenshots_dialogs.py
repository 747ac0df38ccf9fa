"""Render the SKP and work-calendar dialogs offscreen into PNG files, to look at them as a
user would.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_dialogs.py [OUT_DIR]
Uses a throw-away data folder with the sample month and the sample SKP (November 2026,
"today" = Friday 27th).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from absensi_app.views.language import start_language  # noqa: E402
from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month  # noqa: E402


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    app.processEvents()
    widget.grab().save(str(path))
    print(f"  {path}")


def _answer_prompts() -> None:
    """Modal questions would block an offscreen run: answer "yes" and print what was shown."""
    from absensi_app.views import prompts

    prompts.confirm = lambda parent, title, text: print(f"  [tanya] {title}: {text}") or True
    prompts.error = lambda parent, title, text: print(f"  [galat] {title}: {text}")
    prompts.info = lambda parent, title, text: print(f"  [info] {title}: {text}")
    prompts.open_file = lambda parent, title, filters="": None
    prompts.save_file = lambda parent, title, suggested, filters="": None


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    start_language(os.environ.get("ABSENSI_LANG"))
    _answer_prompts()
    from absensi_app.views.calendar_dialog import CalendarDialog
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.skp.skp_dialog import SkpDialog

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp)), Clock(datetime(2026, 11, 27, 16, 45)))
        ctx.profile.save(SAMPLE_PROFILE)

        # SKP: first start without any plan, then with the sample plan
        empty = SkpDialog(ctx)
        empty.show()
        _save(app, empty, out / "skp-empty.png")
        empty.close()

        fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
        skp = SkpDialog(ctx)
        skp.show()
        _save(app, skp, out / "skp.png")
        skp.edit_selected()
        _save(app, skp, out / "skp-rhk-form.png")
        skp.form.unit.clear()
        skp.form.save_button.click()  # refused: the message shows next to the buttons
        _save(app, skp, out / "skp-rhk-error.png")
        skp.form.cancel_button.click()
        skp.add_rhk()
        _save(app, skp, out / "skp-rhk-new.png")
        skp.form.cancel_button.click()
        skp.new_period_button.click()
        skp.custom_dates.setChecked(True)
        skp.create_button.click()  # overlaps SKP 2026
        _save(app, skp, out / "skp-new-period.png")
        skp.close()

        # the working calendar, with one regional holiday and one national day made a working day
        ctx.calendar.add_holiday(date(2026, 12, 8), "Hari Jadi Kabupaten Contoh")
        ctx.calendar.remove_holiday(date(2026, 12, 24))
        ctx.calendar.set_ramadan(date(2026, 2, 19), date(2026, 3, 20))
        cal = CalendarDialog(ctx)
        cal.show()
        cal.select_day(date(2026, 12, 25))
        cal.table.scrollToBottom()
        _save(app, cal, out / "calendar.png")
        cal.year.setValue(2027)
        cal.select_day(date(2027, 3, 10))
        _save(app, cal, out / "calendar-2027.png")
        cal.ramadan_last.setDate(cal.ramadan_first.date().addDays(-3))
        cal.ramadan_save.click()
        _save(app, cal, out / "calendar-error.png")
        cal.close()

        # the entry form with the RHK picker, as the main window will offer it
        win = MainWindow(ctx)
        win.show()
        win.load_day(date(2026, 11, 26))
        win.form.set_rhk_choices(ctx.skp.choices(date(2026, 11, 26)))
        win.edit_row(0)
        _save(app, win, out / "main-entry-rhk.png")
        win.close()
        ctx.close()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
