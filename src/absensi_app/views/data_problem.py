"""When the data cannot be opened at start: one clear sentence and what can be done.

:func:`open_data_interactively` is what the launcher calls instead of ``open_context``: it
tries to open the data folder and, when the start-up check refuses it (a damaged, empty,
truncated, foreign, locked, read-only or newer database, or a folder that cannot be used),
asks through :func:`views.prompts.choose`:

- "Pulihkan cadangan terakhir" (only when there is a good backup): the backup replaces the
  file (a damaged file is kept beside the backups, never deleted), then the data is opened again;
- "Coba lagi" (only when another program holds the file);
- "Buka folder lain…": open (or start) the data in another folder;
- "Keluar": nothing is written anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from absensi_app.config import AppPaths, DataFolderError
from absensi_app.domain.errors import AbsensiError
from absensi_app.services.clock import Clock
from absensi_app.views import prompts
from absensi_app.views.labels import error_text

if TYPE_CHECKING:  # the services come with the data, after the window is on screen
    from absensi_app.services.context import AppContext

log = logging.getLogger(__name__)

RESTORE = "restore"
RETRY = "retry"
OTHER_FOLDER = "folder"
QUIT = "quit"


def _t(text: str) -> str:
    return QCoreApplication.translate("DataProblem", text)


def problem_text(problem: AbsensiError) -> str:
    """What was found, in the user's language, without the command-line advice (the buttons
    offer what the command line would have to be told)."""
    return error_text(getattr(problem, "what", problem))


def problem_choices(problem: AbsensiError) -> list[tuple[str, str]]:
    """The buttons for ``problem``, the most helpful first."""
    from absensi_app.services.backup import DatabaseProblem

    choices = []
    if isinstance(problem, DatabaseProblem):
        if problem.latest_backup is not None:
            choices.append((RESTORE, _t("Pulihkan cadangan terakhir")))
        if problem.kind == "locked":
            choices.append((RETRY, _t("Coba lagi")))
    choices.append((OTHER_FOLDER, _t("Buka folder lain\u2026")))
    choices.append((QUIT, _t("Keluar")))
    return choices


def problem_detail(problem: AbsensiError, paths: AppPaths, clock: Clock) -> str:
    """What the buttons do, with the backup that would come back."""
    from absensi_app.services.backup import BackupService
    from absensi_app.views.backup_dialog import reason_label, when_text

    lines = []
    latest = getattr(problem, "latest_backup", None)
    if latest is not None:
        entries = None
        try:
            entries = BackupService(paths, clock).describe(latest).entries
        except (AbsensiError, OSError):
            log.exception("listing backups for the problem dialog")
        backup = _t("{when}, {reason}").format(when=when_text(latest.created), reason=reason_label(latest.reason))
        if entries is not None:
            backup += _t(", {n} kegiatan").format(n=entries)
        text = _t("\u201cPulihkan cadangan terakhir\u201d mengembalikan data seperti pada cadangan itu ({backup}).").format(
            backup=backup
        )
        if getattr(problem, "kind", "") != "missing":
            text += " " + _t("Berkas yang bermasalah tidak dihapus, tetapi disimpan di folder cadangan.")
        lines.append(text)
    lines.append(
        _t("\u201cBuka folder lain\u2026\u201d membuka data Absensi di folder lain, atau memulai data baru di folder kosong.")
    )
    lines.append(_t("\u201cKeluar\u201d menutup Absensi tanpa mengubah apa pun."))
    return "\n".join(lines)


def ask_data_problem(
    problem: AbsensiError, paths: AppPaths, clock: Clock, parent: QWidget | None = None
) -> str:
    """Ask what to do about ``problem`` (a DatabaseProblem or DataFolderError).

    Returns ``RETRY`` (the latest backup was restored, or try the same folder again), the
    path of another folder chosen by the user, or ``QUIT``."""
    from absensi_app.services.backup import BackupService

    title = _t("Data Absensi tidak bisa dibuka")
    while True:
        answer = prompts.choose(
            parent, title, problem_text(problem), problem_choices(problem),
            problem_detail(problem, paths, clock),
        )
        if answer == RESTORE:
            latest = problem.latest_backup
            try:
                BackupService(paths, clock).restore(latest.path)
            except AbsensiError as exc:
                prompts.error(parent, title, error_text(exc))
                continue
            except OSError as exc:
                prompts.error(parent, title, _t("Pemulihan gagal: {e}.").format(e=exc.strerror or exc))
                continue
            log.info("restored %s after %s", latest.path, getattr(problem, "kind", "?"))
            return RETRY
        if answer == RETRY:
            return RETRY
        if answer == OTHER_FOLDER:
            folder = prompts.open_folder(parent, _t("Pilih folder data Absensi"))
            if folder:
                return folder
            continue  # the picker was cancelled: the same question again
        return QUIT  # "Keluar", or the box closed


def problem_kinds() -> tuple[type[Exception], ...]:
    """The errors of opening that the user is asked about (the rest are plain failures)."""
    from absensi_app.services.backup import DatabaseProblem

    return (DatabaseProblem, DataFolderError)


def next_paths(
    problem: AbsensiError,
    paths: AppPaths,
    clock: Clock,
    parent: QWidget | None = None,
    folder_chosen: Callable[[AppPaths], bool] | None = None,
) -> AppPaths | None:
    """Opening ``paths`` failed with ``problem``: ask the user, then the folder to try next
    (the same one after a restore or "Coba lagi", or another one), or None to quit.

    ``folder_chosen(new_paths)`` is called before another folder is tried (e.g. to claim
    the single-instance lock there); returning False gives up (None)."""
    log.warning("cannot open %s: %s", paths.data_dir, problem.message)
    answer = ask_data_problem(problem, paths, clock, parent)
    if answer == QUIT:
        return None
    if answer == RETRY:
        return paths
    chosen = AppPaths(Path(answer).expanduser().resolve())
    if folder_chosen is not None and not folder_chosen(chosen):
        return None
    return chosen


def open_data_interactively(
    paths: AppPaths,
    clock: Clock | None = None,
    parent: QWidget | None = None,
    folder_chosen: Callable[[AppPaths], bool] | None = None,
) -> AppContext | None:
    """``open_context`` with the user's choices when the data cannot be opened; None = quit.

    The context returned may be over another folder than ``paths`` (``ctx.paths`` says
    which); ``folder_chosen`` as in :func:`next_paths`. The launcher does the same off the
    GUI thread (``views.startup``)."""
    from absensi_app.services.context import open_context

    clock = clock or Clock()
    while True:
        try:
            return open_context(paths, clock)
        except problem_kinds() as problem:
            paths = next_paths(problem, paths, clock, parent, folder_chosen)
        if paths is None:
            return None
