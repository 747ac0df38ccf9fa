"""On a computer several people share, the main window's title says whose log is open, and
follows a change of the profile's name."""

from __future__ import annotations

from datetime import date

from absensi_app.views.main_window import MainWindow


def test_the_title_names_whose_log_is_open(qtbot, ctx_with_profile, sample_profile) -> None:  # noqa: ANN001
    window = MainWindow(ctx_with_profile)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"Absensi \u2014 {sample_profile.name}"
    renamed = sample_profile.__class__(**{**sample_profile.__dict__, "name": "Siti  Nurhaliza,\tS.E."})
    ctx_with_profile.profile.save(renamed)
    window.update_title()
    assert window.windowTitle() == "Absensi \u2014 Siti Nurhaliza, S.E."


def test_the_loading_frame_and_a_folder_without_profile_say_absensi(qtbot, ctx) -> None:  # noqa: ANN001
    frame = MainWindow(today=date(2026, 11, 27))  # the frame shown before the data is open
    qtbot.addWidget(frame)
    assert frame.windowTitle() == "Absensi"
    window = MainWindow(ctx)  # no profile yet
    qtbot.addWidget(window)
    assert window.windowTitle() == "Absensi"
