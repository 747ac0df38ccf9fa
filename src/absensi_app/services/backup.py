"""Backups and the start-up check, for the CLI and the GUI alike.

:func:`inspect_data` runs before anything opens the database for writing: it refuses a
damaged, truncated, zero-length, foreign, locked, read-only or newer-schema file with a
:class:`DatabaseProblem` that names the newest good backup, and it refuses to create an empty
database where backups show there was one. :class:`Inspection` runs it on a thread of its
own while a start imports the services. :class:`BackupService` makes, lists and restores
backups; the daily one runs at the first start of each day.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.nip import normalize_nip
from absensi_app.services.clock import Clock
from absensi_app.store import health
from absensi_app.store.backup import DAILY, MANUAL, Backup, BackupError, BackupStore
from absensi_app.store.migrate import KNOWN_REVISIONS

log = logging.getLogger(__name__)

EXTRA_FOLDER_KEY = "backup_extra_dir"

_MESSAGES = {
    health.EMPTY: "Database '{p}' kosong (0 byte), padahal seharusnya berisi data.",
    health.NOT_SQLITE: "Berkas '{p}' bukan database Absensi (bukan berkas SQLite).",
    health.FOREIGN: "Berkas '{p}' adalah database program lain, bukan database Absensi.",
    health.TRUNCATED: "Database '{p}' terpotong: ukurannya tidak utuh.",
    health.DAMAGED: "Database '{p}' rusak (pemeriksaan SQLite gagal: {detail}).",
    health.LOCKED: "Database '{p}' sedang dikunci program lain.",
    health.READ_ONLY: "Database '{p}' atau foldernya hanya bisa dibaca; Absensi perlu menulis di sana.",
    health.NEWER: "Database ini dibuat oleh versi Absensi yang lebih baru (revisi {detail}). "
    "Perbarui aplikasi; data tidak diubah.",
    health.UNREADABLE: "Database '{p}' tidak bisa dibaca ({detail}).",
    health.NOT_A_FILE: "'{p}' bukan berkas database (folder atau berkas khusus).",
    health.MISSING: "Database '{p}' hilang, padahal folder ini punya cadangan.",
}


class DatabaseProblem(AbsensiError):
    """The database cannot be opened safely; nothing was written. ``kind`` is one of the
    kinds of :mod:`absensi_app.store.health`; ``latest_backup`` the newest good backup."""

    def __init__(self, kind: str, path: Path, detail: str, latest: Backup | None) -> None:
        self.kind = kind
        self.path = path
        self.latest_backup = latest
        if latest is not None:
            advice = (
                " Tidak ada yang ditulis ke sana. Cadangan terakhir yang utuh: {backup} ({when}); "
                "pulihkan dengan 'absensi backup restore {backup}', atau pilih folder data lain."
            )
        elif kind in (health.LOCKED, health.READ_ONLY, health.NEWER):
            advice = " Tidak ada yang ditulis ke sana."
        else:
            advice = " Tidak ada yang ditulis ke sana, dan tidak ada cadangan yang utuh; pilih folder data lain."
        what = _MESSAGES.get(kind, "Database '{p}' tidak bisa dipakai ({detail}).")
        #: The finding alone, without the command-line advice (the GUI offers buttons instead).
        self.what = AbsensiError(what, p=str(path), detail=detail or kind)
        super().__init__(
            what + advice,
            p=str(path),
            detail=detail or kind,
            backup=latest.name if latest else "",
            when=latest.created.strftime("%Y-%m-%d %H:%M") if latest else "",
        )


def backup_store(paths: AppPaths) -> BackupStore:
    return BackupStore(paths.database, paths.backup_dir, KNOWN_REVISIONS)


def inspect_data(paths: AppPaths) -> health.DatabaseCheck:
    """The start-up check (see the module docstring). Returns the check of a usable file, or
    of a missing one in a folder that never had a database."""
    store = backup_store(paths)
    check = health.check_database(paths.database, KNOWN_REVISIONS)
    if check.problem == health.MISSING:
        if any(store.check(b).has_data for b in store.list()):
            raise DatabaseProblem(health.MISSING, paths.database, "", store.latest_good())
        return check
    if check.ok and not health.database_writable(paths.database):
        check = health.DatabaseCheck(paths.database, health.READ_ONLY)
    if not check.ok:
        latest = None if check.problem in (health.LOCKED, health.NEWER, health.READ_ONLY) else store.latest_good()
        raise DatabaseProblem(check.problem or "", paths.database, check.detail, latest)
    return check


class Inspection:
    """:func:`inspect_data` of ``paths``, begun at once on a thread of its own.

    A start begins it before it imports SQLAlchemy and the services, which the check does not
    need: the check's work is inside SQLite, which lets go of Python's lock while it reads the
    file, so the two overlap on two cores (``quick_check`` of ten years is about 45 ms).
    :meth:`result` waits for it and returns its check or raises its DatabaseProblem, on the
    caller's thread. Nothing may open the database before the check is over: it is read
    through a connection of its own (see ``store.health``)."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._check: health.DatabaseCheck | None = None
        self._error: BaseException | None = None  # handed to the caller's thread by result()
        self._thread: threading.Thread | None = threading.Thread(target=self._run, name="absensi-check",
                                                                 daemon=True)  # fmt: skip
        try:
            self._thread.start()
        except RuntimeError:  # no thread to be had (a process limit): the check runs here
            self._thread = None
            self._run()

    def _run(self) -> None:
        try:
            self._check = inspect_data(self.paths)
        except BaseException as exc:
            self._error = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def result(self) -> health.DatabaseCheck:
        self.wait()
        if self._error is not None:
            raise self._error
        assert self._check is not None
        return self._check


@dataclass(frozen=True)
class BackupInfo:
    """One backup as listed to the user."""

    name: str
    path: Path
    created: datetime
    reason: str
    size: int
    ok: bool
    problem: str | None
    entries: int
    months_locked: int


class BackupService:
    """Backups of one data folder. ``sessions`` (optional) reads the extra-folder setting."""

    def __init__(self, paths: AppPaths, clock: Clock, sessions=None) -> None:  # noqa: ANN001
        self.paths = paths
        self.clock = clock
        self._sessions = sessions
        self.store = backup_store(paths)

    # ---- the extra folder (a USB stick) ---------------------------------------------------
    def extra_folder(self) -> Path | None:
        if self._sessions is None:
            return None
        from absensi_app.store.models import SettingRow

        with self._sessions() as s:
            row = s.get(SettingRow, EXTRA_FOLDER_KEY)
            return Path(row.value) if row and row.value else None

    def set_extra_folder(self, folder: Path | None) -> None:
        from absensi_app.store.models import SettingRow

        if folder is not None:
            folder = self._outside_folder(Path(folder))
        with self._sessions.begin() as s:
            row = s.get(SettingRow, EXTRA_FOLDER_KEY)
            if folder is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(SettingRow(key=EXTRA_FOLDER_KEY, value=str(folder)))
            else:
                row.value = str(folder)

    def _outside_folder(self, folder: Path) -> Path:
        """An existing folder outside the data folder (also through symbolic links)."""
        folder = folder.expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise BackupError("'{p}' adalah berkas, bukan folder.", p=str(folder))
        if not folder.is_dir():
            raise BackupError("Folder '{p}' tidak ada.", p=str(folder))
        data = self.paths.data_dir.resolve()
        if folder.resolve() == data or data in folder.resolve().parents:
            raise BackupError(
                "Folder cadangan tambahan harus di luar folder data ({d}), misalnya di flashdisk.",
                d=str(self.paths.data_dir),
            )
        return folder

    def _own_subfolder(self, folder: Path) -> Path:
        """``Absensi-NIP`` inside a folder several people may share (one USB stick for an
        office): each person's rotation then touches only their own backups."""
        check = health.check_database(self.paths.database, KNOWN_REVISIONS, thorough=False, live=True)
        nip = normalize_nip(check.nip) if check.nip else "tanpa-profil"
        return folder / f"Absensi-{nip}"

    # ---- making and listing ---------------------------------------------------------------
    def create(self, to: Path | None = None, reason: str = MANUAL) -> list[Backup]:
        """A backup in the backup folder and, if given or set, in the extra folder too."""
        now = self.clock.now()
        extra = self._outside_folder(Path(to)) if to is not None else self.extra_folder()
        made = [self.store.create(reason, now)]
        if extra is not None:
            if extra.is_dir():
                made.append(self.store.create(reason, now, folder=self._own_subfolder(extra)))
            else:
                log.warning("extra backup folder %s is not there; skipped", extra)
        return made

    def daily(self) -> Backup | None:
        """The first start of a day backs the database up (once a day, only with data)."""
        now = self.clock.now()
        if self.store.has_backup_on(now):
            return None
        check = health.check_database(self.paths.database, KNOWN_REVISIONS, thorough=False, live=True)
        if not check.has_data:
            return None
        try:
            return self.create(reason=DAILY)[0]
        except BackupError as exc:  # never stops a start: logged, and the next start tries again
            log.warning("daily backup failed: %s", exc.message)
            return None

    def list(self, folder: Path | None = None) -> list[BackupInfo]:
        store = self.store if folder is None else BackupStore(self.paths.database, folder, KNOWN_REVISIONS)
        return [self.describe(b, store) for b in store.list()]

    def describe(self, backup: Backup, store: BackupStore | None = None) -> BackupInfo:
        """One backup, checked: size, whether it opens, entries and months locked."""
        check = (store or self.store).check(backup)
        return BackupInfo(
            backup.name, backup.path, backup.created, backup.reason, check.size, check.ok,
            check.problem, check.entries, check.months_locked,
        )  # fmt: skip

    def restore(self, name_or_path: str | Path) -> Backup | None:
        """Replace the database with a backup; the current file is backed up first. The
        caller closes every connection of this process before (the GUI its context)."""
        source = self.store.resolve(str(name_or_path))
        if not source.exists():
            raise BackupError("Cadangan '{p}' tidak ada.", p=str(name_or_path))
        if not source.is_file():
            raise BackupError("'{p}' bukan berkas cadangan (folder, pipa atau perangkat).", p=str(name_or_path))
        return self.store.restore(source, self.clock.now())
