"""Settings in one place (issue 13): one dialog with a page per subject (work schedule,
Ramadan and the off-site limit, reminders, the window and the language, task templates,
backups, the report's kop surat, the signing key and the timestamp server).

``dialog`` holds the dialog (the page list, Simpan / Batal, "Pulihkan bawaan") and
:func:`open_settings`, the main window's entry point; ``page`` the contract every page
follows; the pages themselves are grouped by subject in ``work_pages`` (schedule, calendar,
reminders), ``app_pages`` (window and language, backups), ``templates_page`` and
``report_pages`` (kop surat, signing). Nothing is written before Simpan."""

from __future__ import annotations


def open_settings(window, page: str | None = None) -> bool:  # noqa: ANN001 - a MainWindow
    """Show the settings dialog over ``window`` (on ``page``, else the last one shown);
    True when the user saved."""
    from absensi_app.views.settings.dialog import open_settings as _open

    return _open(window, page)
