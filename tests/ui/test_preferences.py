"""The desktop app's own preferences (tampilan.ini): defaults, a round trip through a second
reader (a restart), a damaged file, and restoring one group's defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from absensi_app.views.preferences import Preferences


def test_defaults_when_no_file(tmp_path) -> None:  # noqa: ANN001
    prefs = Preferences(tmp_path / "data")
    assert prefs.close_to_tray is True
    assert prefs.close_notice_shown is False
    assert prefs.last_view == "day"
    assert prefs.language == ""
    assert prefs.geometry() is None


def test_values_survive_a_restart(tmp_path, qapp) -> None:  # noqa: ANN001
    prefs = Preferences(tmp_path)
    prefs.close_to_tray = False
    prefs.close_notice_shown = True
    prefs.last_view = "progress"
    prefs.language = "en"
    prefs.set_geometry(QByteArray(b"\x01\x02geometry"))
    again = Preferences(tmp_path)
    assert (again.close_to_tray, again.close_notice_shown, again.last_view, again.language) == (
        False, True, "progress", "en")
    assert bytes(again.geometry()) == b"\x01\x02geometry"
    assert (tmp_path / "tampilan.ini").is_file()


def test_unknown_values_read_as_defaults(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "tampilan.ini").write_text(
        "[window]\nlast_view=\x00elsewhere\n[ui]\nlanguage=../../etc/passwd\n[tray]\nclose_to_tray=0\n"
        "\xff\xfe garbage line\n", encoding="latin-1")
    prefs = Preferences(tmp_path)
    assert prefs.last_view == "day"
    assert prefs.language == ""
    assert prefs.close_to_tray is False


def test_restore_defaults_of_one_group(tmp_path) -> None:  # noqa: ANN001
    prefs = Preferences(tmp_path)
    prefs.close_to_tray = False
    prefs.language = "en"
    prefs.restore_defaults("tray")
    again = Preferences(tmp_path)
    assert again.close_to_tray is True
    assert again.language == "en"
