"""The launcher's first frame is a shell: the window, its size and "Memuat data…", painted
before the day view's modules are imported; ``build`` adds the day view, menus and toolbar."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from absensi_app.views.main_window import MainWindow

DAY = date(2026, 11, 27)


def test_the_shell_has_only_the_window_until_build(qtbot) -> None:  # noqa: ANN001
    frame = MainWindow(today=DAY, shell=True)
    qtbot.addWidget(frame)
    frame.show()
    assert not frame.built and frame.loading
    assert frame.size().width() == 1180 and frame.size().height() == 760  # final from the first frame
    assert frame.statusBar().currentMessage() == "Memuat data\u2026"
    assert frame.menuBar().actions() == []
    frame.load_day(DAY)  # remembered, nothing to show yet
    frame.retranslate()  # a language switch before the build: no crash
    frame.build()
    frame.build()  # once
    assert frame.built and frame.pages.currentWidget() is frame.day_page
    assert [a.text() for a in frame.menuBar().actions()][:1] == ["&Berkas"]
    assert not frame.act_export.isEnabled() and frame.act_quit.isEnabled()
    assert not frame.form.isEnabled()
    assert frame.title.text()  # the day without data
    assert frame.statusBar().currentMessage() == "Memuat data\u2026"


def test_importing_the_window_leaves_the_day_view_for_later() -> None:
    code = (
        "import sys; import absensi_app.views.main_window; "
        "print(','.join(m for m in ('absensi_app.views.day_panel', 'absensi_app.views.entry_form', "
        "'absensi_app.views.main_actions', 'absensi_app.views.entry_table') if m in sys.modules))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
