"""Marks a fixed sentence of a Qt-free layer as translatable, under the context the GUI looks it
up in: ``QT_TRANSLATE_NOOP("Reminders", "Belum waktunya…")`` returns the text unchanged and lets
lupdate (scripts/update_translations.py) list it in the .ts files. The GUI translates it when it
shows it (e.g. views/reminder_watch.py); the command line prints the Indonesian text as it is."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
