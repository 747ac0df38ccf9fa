"""The words and labels of backups, shared by the backup dialog (``views.backup_dialog``), the
start-up question (``views.data_problem``) and the settings page "Cadangan"
(``views.settings.app_pages``): why a backup was made, when, its size, what is wrong with a
broken one, and the state of the extra backup folder (a USB stick, a synced folder). Their
texts are under the "BackupDialog" translation context, where they were before the split."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from absensi_app.views.formatting import date_text

#: The colour of an extra folder that is chosen but not there now (backups go on locally).
MISSING_STYLE = "color: #8a5300;"


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


def reason_label(reason: str) -> str:
    """Why a backup was made, in words (the file names keep the codes)."""
    if reason == "daily":
        return _t("harian")
    if reason == "manual":
        return _t("manual")
    if reason == "before-restore":
        return _t("sebelum pemulihan")
    if reason == "before-import":
        return _t("sebelum impor")
    if reason.startswith("before-"):
        return _t("sebelum pembaruan struktur")
    return reason


def when_text(moment: datetime) -> str:
    """``27 November 2026, 16.30`` (Indonesian style, whatever the system locale)."""
    return _t("{date}, {time}").format(date=date_text(moment.date()), time=f"{moment:%H.%M}")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{n} MB").format(n=f"{size / (1024 * 1024):.1f}".replace(".", ","))
    return _t("{n} KB").format(n=max(1, round(size / 1024)))


def problem_label(problem: str | None) -> str:
    """What is wrong with a broken backup, beside the word "rusak" ("" when that says it all)."""
    return {
        "empty": _t("kosong"),
        "truncated": _t("terpotong"),
        "damaged": "",
        "not-sqlite": _t("bukan database"),
        "foreign": _t("bukan database Absensi"),
        "newer": _t("dari versi yang lebih baru"),
        "unreadable": _t("tidak terbaca"),
    }.get(problem or "", problem or "")


def broken_text(problem: str | None) -> str:
    what = problem_label(problem)
    return _t("RUSAK ({what})").format(what=what) if what else _t("RUSAK")


def show_extra_folder(label: QLabel, folder: Path | None) -> None:
    """Put the extra backup folder's state into ``label``: not chosen, the folder, or the
    folder with the note that it is not there now (e.g. the USB stick is not plugged in)."""
    if folder is None:
        label.setText(_t("Belum dipilih: cadangan hanya ada di komputer ini."))
        label.setStyleSheet("")
    elif folder.is_dir():
        label.setText(str(folder))
        label.setStyleSheet("")
    else:
        label.setText(
            _t("{folder}\n(sekarang tidak ada, mis. flashdisk tidak terpasang: cadangan hanya dibuat di komputer ini)").format(
                folder=folder)  # fmt: skip
        )
        label.setStyleSheet(MISSING_STYLE)
