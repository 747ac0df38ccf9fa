"""The archive's address the window starts with: the one last connected to from this data
folder (``arsip/alamat`` in the folder's ``tampilan.ini``, beside ``views.preferences``), else
``$ABSENSI_ARSIP_DB``. Only an address that connected is remembered, and an address never
holds a password (``archive.database.parse_url`` refuses one), so none is ever written here."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from absensi_app.archive.database import URL_ENV
from absensi_app.views.preferences import FILE_NAME

KEY = "arsip/alamat"


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / FILE_NAME), QSettings.IniFormat)


def last_address(data_dir: Path | None) -> str:
    """The address to prefill: the last one used from ``data_dir``, else the variable, else ""."""
    if data_dir is not None:
        value = _settings(data_dir).value(KEY, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return os.environ.get(URL_ENV, "").strip()


def remember_address(data_dir: Path | None, address: str) -> None:
    """Keep ``address`` (as shown: without a password) for the next time."""
    if data_dir is None:
        return
    settings = _settings(data_dir)
    settings.setValue(KEY, address.strip())
    settings.sync()
