"""The desktop app's own preferences: how the window and the tray behave, kept apart from the
log (``tampilan.ini`` in the data folder, so each person on a shared computer keeps their own,
and a backup of the log never carries window sizes).

The log's settings (schedule, reminders, off-site limit, backup folder, timestamp server…)
stay in the database through their services; only what is about this program on this screen
lives here. One ``Preferences`` per data folder; every value has a default, and a damaged or
unreadable file gives the defaults (QSettings never raises)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

FILE_NAME = "tampilan.ini"

LANGUAGES = ("id", "en")  # Indonesian is the source language

DEFAULTS: dict[str, object] = {
    "tray/close_to_tray": True,  # closing the window keeps Absensi in the tray (where there is one)
    "tray/close_notice_shown": False,  # the first close to the tray says so, once
    "window/last_view": "day",  # "day" (Harian) or "progress" (Kemajuan)
    "ui/language": "",  # "" = the default (Indonesian, or $ABSENSI_LANG / --language)
}


class Preferences:
    """Typed access to ``tampilan.ini``; ``restore_defaults`` per group ("tray", "window", "ui")."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.IniFormat)

    # ---- plain values --------------------------------------------------------------------------
    def _bool(self, key: str) -> bool:
        value = self._settings.value(key, DEFAULTS[key])
        if isinstance(value, str):  # an ini file read back gives text
            return value.strip().lower() in ("1", "true", "yes", "ya")
        return bool(value)

    def _text(self, key: str) -> str:
        value = self._settings.value(key, DEFAULTS[key])
        return value if isinstance(value, str) else str(DEFAULTS[key])

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def close_to_tray(self) -> bool:
        return self._bool("tray/close_to_tray")

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._set("tray/close_to_tray", bool(value))

    @property
    def close_notice_shown(self) -> bool:
        return self._bool("tray/close_notice_shown")

    @close_notice_shown.setter
    def close_notice_shown(self, value: bool) -> None:
        self._set("tray/close_notice_shown", bool(value))

    @property
    def last_view(self) -> str:
        value = self._text("window/last_view")
        return value if value in ("day", "progress") else "day"

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("window/last_view", value if value in ("day", "progress") else "day")

    @property
    def language(self) -> str:
        """"" (the default) or one of LANGUAGES."""
        value = self._text("ui/language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value if value in LANGUAGES else "")

    # ---- the window's geometry (Qt's own opaque bytes) -----------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, state: QByteArray) -> None:
        self._set("window/state", state)

    # ---- defaults --------------------------------------------------------------------------------
    def restore_defaults(self, group: str) -> None:
        """Forget what was chosen in ``group`` ("tray", "window" or "ui")."""
        self._settings.remove(group)
        self._settings.sync()
