"""Copies of the database, made with SQLite's backup API and checked after writing.

A backup is a single self-contained SQLite file (journal mode DELETE, no WAL beside it)
named ``absensi-YYYYMMDD-HHMMSS-<reason>.sqlite`` in the data folder's ``backups/`` (and,
if the user chose one, also in an extra folder such as a USB stick). Reasons:

- ``daily``: the first start of each day; rotated, keeping the newest of each of the last
  14 days that have one and the newest of each of the last 12 months;
- ``before-REV`` (REV: the schema revision migrated from), ``before-restore``,
  ``before-import``: made before a migration, a restore or an import; the newest 10 of
  these are kept;
- ``manual``: ``absensi backup create`` or "Cadangkan sekarang"; never removed automatically.

A copy identical to the newest backup of the same kind is not kept twice (a start that fails
its migration again and again makes one backup, not one per start).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.nip import normalize_nip
from absensi_app.store import health
from absensi_app.store.health import (
    COMPANIONS,
    DAMAGE,
    FOREIGN,
    KIND_WORDS,
    LOCKED,
    MISSING,
    NEWER,
    NOT_A_FILE,
    DatabaseCheck,
    check_database,
    companions,
)

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_EVENT = 10
# absensi-YYYYMMDD-HHMMSS-REASON[.N].sqlite: N counts copies made in the same second (a reason
# may itself end in digits, e.g. before-0003, so the counter has its own separator).
_NAME = re.compile(r"^absensi-(\d{8})-(\d{6})-([a-z0-9-]+)(?:\.(\d+))?\.sqlite$")


class BackupError(AbsensiError):
    """A backup could not be made, checked or restored; the database is as it was."""


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def parse_backup_name(path: Path) -> Backup | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        created = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return Backup(path, created, m.group(3))


def list_backups(folder: Path) -> list[Backup]:
    """Backups in ``folder``, newest first (files not named like a backup are ignored)."""
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_backup_name(p) for p in names) if b is not None and b.path.is_file()]
    return sorted(found, key=_order, reverse=True)


def _reason(exc: BaseException) -> str:
    """The cause of a failed copy in the user's words where it is a common one."""
    words = {
        health.FULL: "disk penuh",
        health.READ_ONLY: "folder itu tidak boleh ditulisi",
        health.NOT_SQLITE: "database rusak",
        health.DAMAGED: "database rusak",
    }
    return words.get(health.error_cause(exc)) or str(getattr(exc, "strerror", None) or exc)


def _order(backup: Backup) -> tuple:
    """Oldest to newest: by time, then by the counter of copies made in the same second."""
    m = _NAME.match(backup.name)
    return (backup.created.replace(tzinfo=None), int(m.group(4) or 1) if m else 0, backup.name)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot(source: Path, target: Path) -> None:
    """A consistent copy of the live database ``source`` (WAL included) at ``target``,
    written beside it and renamed into place; removed again on any failure."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        if os.name == "posix":
            os.chmod(temp, 0o600)  # the whole log: the user's alone, also on a USB stick
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise


class BackupStore:
    """The backups of one database file."""

    def __init__(self, database: Path, folder: Path, known_revisions: tuple[str, ...] | None = None) -> None:
        self.database = database
        self.folder = folder
        self.known_revisions = known_revisions

    def list(self) -> list[Backup]:
        return list_backups(self.folder)

    def check(self, backup: Backup | Path) -> DatabaseCheck:
        path = backup.path if isinstance(backup, Backup) else backup
        return check_database(path, self.known_revisions, thorough=True)

    def latest_good(self) -> Backup | None:
        """The newest backup that passes the full check."""
        for backup in self.list():
            if self.check(backup).ok:
                return backup
        return None

    def has_backup_on(self, day: datetime) -> bool:
        stamp = day.strftime("%Y%m%d")
        return any(b.created.strftime("%Y%m%d") == stamp for b in self.list())

    def create(self, reason: str, now: datetime | None = None, folder: Path | None = None) -> Backup:
        """Back the database up into ``folder`` (default: the backup folder), check the copy,
        rotate. Returns the new backup, or the newest one if it holds exactly the same bytes."""
        folder = folder or self.folder
        now = now or datetime.now()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                "Folder cadangan '{p}' tidak bisa dibuat: {e}.", p=str(folder), e=exc.strerror or exc
            ) from None
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = folder / f"absensi-{stamp}-{reason}.sqlite"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"absensi-{stamp}-{reason}.{n}.sqlite"
        try:
            snapshot(self.database, target)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError("Cadangan tidak bisa dibuat di '{p}': {e}.", p=str(folder), e=_reason(exc)) from None
        # The copy must be sound SQLite; whose schema it holds is the caller's business
        # (a migration backs up whatever it was given).
        check = check_database(target, None, thorough=True)
        if check.problem not in (None, FOREIGN):
            target.unlink(missing_ok=True)
            raise BackupError(
                "Cadangan yang baru dibuat tidak lolos pemeriksaan ({k}); berkas itu dihapus. "
                "Database mungkin rusak.", k=KIND_WORDS.get(check.problem or "", check.problem),
            )
        made = Backup(target, now.replace(microsecond=0), reason)
        # Only the same kind counts: a manual copy must stay even when a daily one (rotated
        # away later) holds the same bytes.
        # Only an older copy counts: two starts at the same moment (two windows, a script) each
        # make one, and neither may remove the other's for being the same.
        previous = [b for b in list_backups(folder)
                    if b.path != target and b.reason == reason and _order(b) < _order(made)]  # fmt: skip
        try:
            if previous and _sha256(previous[0].path) == _sha256(target):
                target.unlink(missing_ok=True)
                return previous[0]
            self.rotate(folder, now)
        except FileNotFoundError:  # the other start's rotation removed one of the two meanwhile
            survivors = [b for b in list_backups(folder) if b.reason == reason]
            if not survivors:
                raise BackupError("Cadangan di '{p}' hilang saat dibuat; ulangi.", p=str(folder)) from None
            return survivors[0]
        return made

    def rotate(self, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
        """Remove what the rotation no longer keeps; returns the removed files."""
        folder = folder or self.folder
        keep: set[Path] = set()
        daily_days: list[str] = []
        months: list[str] = []
        events = 0
        for b in list_backups(folder):  # newest first
            if b.reason == MANUAL:
                keep.add(b.path)
            elif b.reason == DAILY:
                day, month = b.created.strftime("%Y%m%d"), b.created.strftime("%Y%m")
                if day not in daily_days and len(daily_days) < KEEP_DAILY:
                    daily_days.append(day)
                    keep.add(b.path)
                if month not in months and len(months) < KEEP_MONTHLY:
                    months.append(month)
                    keep.add(b.path)
            else:
                events += 1
                if events <= KEEP_EVENT:
                    keep.add(b.path)
        removed = []
        for b in list_backups(folder):
            if b.path not in keep:
                try:
                    b.path.unlink()
                    removed.append(b.path)
                except OSError as exc:  # pragma: no cover - best effort
                    log.warning("could not remove old backup %s: %s", b.path, exc)
        return removed

    def resolve(self, name_or_path: str) -> Path:
        """A backup given by its file name (from the list) or by a path."""
        candidate = Path(name_or_path).expanduser()
        if candidate.parent == Path(".") and (self.folder / candidate.name).exists():
            return self.folder / candidate.name
        return candidate

    def restore(self, source: Path, now: datetime | None = None) -> Backup | None:
        """Replace the database with the backup ``source`` (checked first). The current file
        is backed up before (``before-restore``) when it is readable; returns that backup.
        No connection to the database may be open in this process or another."""
        check = check_database(source, self.known_revisions, thorough=True)
        if not check.ok:
            raise BackupError(
                "'{p}' tidak bisa dipulihkan: berkas itu bukan cadangan yang utuh ({k}).",
                p=str(source), k=KIND_WORDS.get(check.problem or "", check.problem),
            )
        current = check_database(self.database, self.known_revisions, thorough=False)
        if current.problem is not None and current.problem not in DAMAGE and current.problem != MISSING:
            # Locked, newer or not a file: the file is not damaged, and replacing it would lose
            # what it holds (a newer version's changes, another program's work).
            raise BackupError(
                "Database saat ini {k}; pemulihan dibatalkan agar isinya tidak hilang. {advice}",
                k=KIND_WORDS.get(current.problem, current.problem),
                advice=_ADVICE.get(current.problem, ""),
            )
        if current.ok and current.nip and check.nip and normalize_nip(current.nip) != normalize_nip(check.nip):
            raise BackupError(
                "Cadangan itu milik NIP {other}, bukan NIP {own} dari database ini; tidak dipulihkan.",
                other=check.nip, own=current.nip,
            )
        if current.ok:
            ensure_unused(self.database)
        before = self.create("before-restore", now) if current.ok else None
        temp = self.database.with_name(f".{self.database.name}.{secrets.token_hex(4)}.tmp")
        try:
            snapshot(source, temp)
            if current.problem in DAMAGE:
                # A damaged file is kept as it was, with its WAL, beside the backups: whoever
                # wants to rescue something from it finds it whole.
                self.keep_aside(now)
            for companion in companions(self.database):
                # only after a checked backup of the current file (it holds the WAL's frames),
                # or after the damaged file and its companions were kept aside
                companion.unlink(missing_ok=True)
            os.replace(temp, self.database)
        except (OSError, sqlite3.Error) as exc:
            temp.unlink(missing_ok=True)
            raise BackupError("Pemulihan gagal: {e}. Database tidak diganti.", e=_reason(exc)) from None
        return before


    def keep_aside(self, now: datetime | None = None) -> list[tuple[Path, Path]]:
        """Move the database and its companion files (-wal/-shm/-journal), together and
        untouched, to ``backups/rusak-YYYYMMDD-HHMMSS-absensi.sqlite[-wal|…]`` (a free name):
        whoever wants to rescue something finds it whole. Nothing is deleted; on a failure
        half-way what was moved goes back. Returns the (original, kept) pairs, database first."""
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        base = f"rusak-{stamp}-{self.database.name}"
        n = 1
        while any((self.folder / (base + suffix)).exists() for suffix in ("", *COMPANIONS)):
            n += 1
            base = f"rusak-{stamp}-{n}-{self.database.name}"
        moved: list[tuple[Path, Path]] = []
        try:
            for original, suffix in ((self.database, ""), *zip(companions(self.database), COMPANIONS)):
                if original.exists() or original.is_symlink():
                    os.replace(original, self.folder / (base + suffix))
                    moved.append((original, self.folder / (base + suffix)))
        except BaseException:
            for original, kept in reversed(moved):
                try:
                    os.replace(kept, original)
                except OSError:
                    pass
            raise
        return moved


_ADVICE = {
    LOCKED: "Tutup program yang memakainya lalu ulangi.",
    NEWER: "Database itu dibuat oleh versi Absensi yang lebih baru: perbarui aplikasi.",
    NOT_A_FILE: "Pindahkan dulu apa yang ada di tempat database itu.",
}


def gui_holding(folder: Path) -> int | None:
    """The process id of a running Absensi window on ``folder`` (its lock file, see
    views/single_instance.py), or None. POSIX only: elsewhere the SQLite check alone counts."""
    lock = folder / "absensi-gui.lock"
    if os.name != "posix":
        return None
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
        host = lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError, IndexError):
        return None
    import socket

    if host and host != socket.gethostname():
        return None  # a window on another computer (a shared folder): not ours to judge
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a lock left by a crash
    except PermissionError:
        return pid
    return pid


def ensure_unused(database: Path) -> None:
    """Refuse while any other connection has the database open (the app still running).

    Leaving WAL mode needs the only connection to the file, so the attempt is the test;
    the file is replaced right after, so its journal mode does not matter any more. A running
    window (its lock file) counts too, also before it has read anything."""
    pid = gui_holding(database.parent)
    if pid is not None and pid != os.getpid():
        raise BackupError(
            "Aplikasi Absensi sedang terbuka untuk folder data ini (proses {pid}). Tutup dulu, lalu ulangi.",
            pid=pid,
        )
    try:
        conn = sqlite3.connect(database, timeout=0.5)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if health.error_cause(exc) == health.LOCKED:
            raise BackupError(
                "Database sedang dibuka program lain (mungkin aplikasi Absensi masih berjalan). "
                "Tutup dulu, lalu ulangi pemulihan."
            ) from None
    except sqlite3.Error:
        pass
    finally:
        conn.close()
