"""The language of the screens, in one place: which one is active, the QTranslator that gives
it, and the default QLocale that writes its numbers (``views.formatting``).

Indonesian is the source language: it needs no translator. At start ``app.py`` calls
``start_language(--language)`` (the option, else ``$ABSENSI_LANG``, else Indonesian) before
the profile picker, which therefore speaks that language; once the data folder is known,
``folder_language(data_dir)`` applies the folder's own choice (``Preferences.language``,
Pengaturan › Jendela dan bahasa) unless the option or the variable chose one. ``switch(code)``
changes the language live: the translator is exchanged, every open window gets Qt's
LanguageChange event (delivered before ``switch`` returns) and re-reads its texts there
(``retranslate`` of each widget, see ``views.main_window``).

The command line never uses this module: it stays Indonesian."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE = "id"  # the language of the code's texts
ENV = "ABSENSI_LANG"

_state: dict[str, object] = {"code": SOURCE, "translator": None, "forced": False, "generation": 0}


def translations_dir() -> Path:
    from absensi_app.app import resources_dir

    return resources_dir() / "translations"


def normalise(code: str | None) -> str:
    """"en_GB.UTF-8" as "en"; anything that is no language code as "" (never a path)."""
    lang = (code or "").split("_")[0].split(".")[0].split("-")[0].strip().lower()
    return lang if 2 <= len(lang) <= 3 and lang.isascii() and lang.isalpha() else ""


def locale_for(code: str) -> QLocale:
    """The locale numbers and Qt's own widgets use in ``code``: "1.234,5" in Indonesian,
    "1,234.5" in English."""
    if code == SOURCE:
        return QLocale(QLocale.Indonesian, QLocale.Indonesia)
    if code == "en":
        return QLocale(QLocale.English, QLocale.UnitedKingdom)  # 24-hour clock, day before month
    return QLocale(code)


def active() -> str:
    """The code of the language the screens speak now ("id", "en")."""
    return str(_state["code"])


def start_language(explicit: str | None = None) -> str:
    """At start, before any window: ``explicit`` (--language), else $ABSENSI_LANG, else
    Indonesian. A language chosen this way wins over the data folder's preference."""
    given = explicit or os.environ.get(ENV) or ""
    code = normalise(given)
    if given and not code:
        log.warning("%s %r is not a language code; using Indonesian", ENV, given)
    _state["forced"] = bool(code)
    _state["start"] = code or SOURCE
    return switch(code or SOURCE)


def chosen(preference: str) -> str:
    """The language a stored preference means: "" (Bawaan) is the language of the start
    (--language, $ABSENSI_LANG, else Indonesian)."""
    return normalise(preference) or str(_state.get("start") or SOURCE)


def folder_language(data_dir: Path) -> str:
    """The data folder is known: its own choice (``tampilan.ini``), unless the option or the
    variable chose a language at start. Returns the language now active."""
    if _state["forced"]:
        return active()
    from absensi_app.views.preferences import Preferences

    return switch(Preferences(data_dir).language or SOURCE)


def switch(code: str) -> str:
    """Make ``code`` the language of every screen, open ones included; returns the language
    now active (Indonesian when ``code`` has no translation)."""
    app = QCoreApplication.instance()
    code = normalise(code) or SOURCE
    if code == active() and (code == SOURCE or _state["translator"] is not None):
        QLocale.setDefault(locale_for(code))
        return code
    translator = None
    if code != SOURCE:
        translator = QTranslator(app)
        if not translator.load(str(translations_dir() / f"absensi_{code}.qm")):
            log.warning("no translation for %s; using Indonesian", code)
            translator.deleteLater()
            translator, code = None, SOURCE
    old = _state["translator"]
    QLocale.setDefault(locale_for(code))
    if app is not None:
        if old is not None:
            app.removeTranslator(old)
            old.deleteLater()
        if translator is not None:
            app.installTranslator(translator)
    _state["code"], _state["translator"] = code, translator
    _state["generation"] = int(_state["generation"]) + 1
    if app is not None:
        _refresh_open_windows()
    return code


def _refresh_open_windows() -> None:
    """The open windows follow the new locale (a widget keeps the one it was made with) and
    re-read their texts now: Qt posts LanguageChange to each window; it is delivered here."""
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        for widget in QApplication.topLevelWidgets():
            widget.unsetLocale()
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)


def generation() -> int:
    """Counts the switches: Qt delivers LanguageChange several times per switch (once per
    translator removed or installed, and to a child window through its parent too); a window
    whose re-reading is costly does it once per generation (``Retranslated``)."""
    return int(_state["generation"])


class Retranslated:
    """Mixed into a window: ``changeEvent`` calls ``retranslate()`` once per switch of the
    language (the window's widgets re-read their own static texts in their ``changeEvent``)."""

    _language_generation = 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange and self._language_generation != generation():
            self._language_generation = generation()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - each window has its own
        raise NotImplementedError
