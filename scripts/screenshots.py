"""Render every screen offscreen into PNG files, to look at the app as a user would.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
Uses a throw-away data folder with the sample month (November 2026, "today" = Friday 27th)
and the sample SKP plan; dashboard.png is the progress view ("Kemajuan") at 1200x800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from absensi_app.app import _install_translator  # noqa: E402
from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    _install_translator(app, os.environ.get("ABSENSI_LANG"))
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.profile_form import SetupDialog

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp)), Clock(datetime(2026, 11, 27, 16, 45)))
        setup = SetupDialog(ctx.clock.today, lambda p, s: None, lambda: None)
        setup.show()
        setup.adjustSize()
        app.processEvents()
        setup.grab().save(str(out / "setup-empty.png"))
        setup.form.set_profile(SAMPLE_PROFILE)
        setup.form.supervisor_nip.setText("1975081720003")
        app.processEvents()
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
        win.close()
        ctx.close()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
