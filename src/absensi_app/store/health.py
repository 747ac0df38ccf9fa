"""Looking at a database file before anything writes into it.

:func:`check_database` opens a file read-only and says what it is: a good Absensi database
(with its revision, number of entries, months locked, NIP), or which kind of problem it has.
The start-up uses it so that a damaged, truncated, zero-length, foreign, locked, read-only or
newer-schema file is never written into, and an empty database is never created over a
file that held data. Backups use it to check every copy they make.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long the check waits for another program's lock (the same as a write's busy timeout).
LOCK_WAIT_SECONDS = 5.0
#: Above this size the start-up runs ``quick_check`` instead of the full ``integrity_check``.
FULL_CHECK_MAX_BYTES = 8 * 1024 * 1024

# Problem kinds (stable names, used by the GUI to choose its choices and by tests).
MISSING = "missing"
EMPTY = "empty"
NOT_SQLITE = "not-sqlite"
TRUNCATED = "truncated"
DAMAGED = "damaged"
LOCKED = "locked"
READ_ONLY = "read-only"
NEWER = "newer"
UNREADABLE = "unreadable"
NOT_A_FILE = "not-a-file"
#: Not a kind of file problem: the disk (or the user's quota) is full.
FULL = "full"
#: A good SQLite file whose tables are not Absensi's (no schema revision).
FOREIGN = "foreign"
#: Problems of the file itself: what it holds is lost or never was Absensi's, so a restore
#: may put it aside. The others (locked, newer, not a file) are not the file's fault.
DAMAGE = frozenset({EMPTY, NOT_SQLITE, FOREIGN, TRUNCATED, DAMAGED, UNREADABLE})

#: The problem kinds in the user's words (for lists and messages).
KIND_WORDS = {
    MISSING: QT_TRANSLATE_NOOP("Errors", "tidak ada"),
    EMPTY: QT_TRANSLATE_NOOP("Errors", "kosong"),
    NOT_SQLITE: QT_TRANSLATE_NOOP("Errors", "bukan database SQLite"),
    FOREIGN: QT_TRANSLATE_NOOP("Errors", "database program lain"),
    TRUNCATED: QT_TRANSLATE_NOOP("Errors", "terpotong"),
    DAMAGED: QT_TRANSLATE_NOOP("Errors", "rusak"),
    LOCKED: QT_TRANSLATE_NOOP("Errors", "dikunci program lain"),
    READ_ONLY: QT_TRANSLATE_NOOP("Errors", "hanya bisa dibaca"),
    NEWER: QT_TRANSLATE_NOOP("Errors", "dari versi Absensi yang lebih baru"),
    UNREADABLE: QT_TRANSLATE_NOOP("Errors", "tidak bisa dibaca"),
    NOT_A_FILE: QT_TRANSLATE_NOOP("Errors", "bukan berkas biasa"),
}


@dataclass(frozen=True)
class DatabaseCheck:
    """What a database file is. ``problem`` is None for a good file."""

    path: Path
    problem: str | None = None
    detail: str = ""
    revision: str | None = None
    entries: int = 0
    months_locked: int = 0
    nip: str | None = None
    size: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def has_data(self) -> bool:
        return self.ok and (self.nip is not None or self.entries > 0)


#: The files SQLite keeps beside a database; they belong to it (a WAL may hold committed data).
COMPANIONS = ("-wal", "-shm", "-journal")


def companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in COMPANIONS]


def _reading_connection(path: Path) -> sqlite3.Connection:
    """A connection that changes nothing in the folder. With companion files beside the
    database, SQLite must read them too, and only read-only (a read-write connection would
    checkpoint a WAL or roll back a journal into a file that may be damaged). Without any, a
    plain connection that only reads: a read-only one would leave an empty -wal/-shm behind."""
    if any(p.exists() for p in companions(path)):
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=LOCK_WAIT_SECONDS)
    return sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)


def check_database(
    path: Path, known_revisions: tuple[str, ...] | None = None, thorough: bool | None = None,
    live: bool = False,
) -> DatabaseCheck:  # fmt: skip
    """Read-only look at ``path``. ``thorough`` picks ``integrity_check`` over ``quick_check``
    (default: full check for files up to 8 MB). Never creates or changes a file (neither the
    database nor any beside it), and locks it no longer than the check.

    ``live``: this process has the database open through SQLite (an engine of the running
    context). The file's header is then not read with a plain ``open``: closing any other
    descriptor of the file drops every POSIX lock the process holds on it, SQLite's included,
    and another process may then take the database for unused and reset its WAL under the
    open connections, losing their commits (measured: four writers, one lost all 60 entries).
    SQLite's own check below judges the file then."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return DatabaseCheck(path, MISSING)
    except OSError as exc:
        return DatabaseCheck(path, UNREADABLE, exc.strerror or str(exc))
    if not path.is_file():
        return DatabaseCheck(path, NOT_A_FILE)
    size = st.st_size
    if size == 0:
        return DatabaseCheck(path, EMPTY, size=0)
    if live:
        return _sqlite_check(path, known_revisions, size, size <= FULL_CHECK_MAX_BYTES if thorough is None else thorough)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return DatabaseCheck(path, UNREADABLE, exc.strerror or str(exc), size=size)
    if not header.startswith(SQLITE_HEADER):
        return DatabaseCheck(path, NOT_SQLITE, size=size)
    if len(header) < 100:
        return DatabaseCheck(path, TRUNCATED, size=size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    # With frames still in the WAL (a checkpoint cut short by a full disk or a kill), the main
    # file may legitimately be shorter than its header says: SQLite reads it whole from both
    # files, so only SQLite's own check below may judge it then.
    wal = companions(path)[0]
    if not (wal.is_file() and wal.stat().st_size > 0):
        if page_size < 512 or size % page_size:
            return DatabaseCheck(path, TRUNCATED, size=size)
        if pages and valid_for == change_counter and pages * page_size > size:
            return DatabaseCheck(path, TRUNCATED, size=size)
    if thorough is None:
        thorough = size <= FULL_CHECK_MAX_BYTES
    return _sqlite_check(path, known_revisions, size, thorough)


def _sqlite_check(path: Path, known_revisions: tuple[str, ...] | None, size: int, thorough: bool) -> DatabaseCheck:
    """SQLite's own check of the file, then what it holds."""
    try:
        conn = _reading_connection(path)
    except sqlite3.Error as exc:
        return DatabaseCheck(path, UNREADABLE, str(exc), size=size)
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            cause = error_cause(exc)
            kind = {LOCKED: LOCKED, NOT_SQLITE: NOT_SQLITE, READ_ONLY: UNREADABLE, UNREADABLE: UNREADABLE}
            return DatabaseCheck(path, kind.get(cause, DAMAGED), str(exc), size=size)
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            return DatabaseCheck(path, DAMAGED, detail, size=size)
        return _contents(conn, path, size, known_revisions)
    finally:
        conn.close()


def _contents(conn: sqlite3.Connection, path: Path, size: int, known: tuple[str, ...] | None) -> DatabaseCheck:
    def scalar(sql: str) -> object:
        try:
            row = conn.execute(sql).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revision = scalar("SELECT version_num FROM alembic_version") if "alembic_version" in tables else None
    if revision is not None and known is not None and revision not in known:
        return DatabaseCheck(path, NEWER, str(revision), revision=str(revision), size=size)
    if tables and "alembic_version" not in tables:
        # Tables, but not ours: some other program's database.
        return DatabaseCheck(path, FOREIGN, size=size)
    entries = scalar("SELECT count(*) FROM entry") if "entry" in tables else 0
    locked = scalar("SELECT count(*) FROM month_lock WHERE locked") if "month_lock" in tables else 0
    nip = scalar("SELECT nip FROM profile ORDER BY id LIMIT 1") if "profile" in tables else None
    return DatabaseCheck(
        path,
        None,
        revision=None if revision is None else str(revision),
        entries=int(entries or 0),
        months_locked=int(locked or 0),
        nip=None if nip is None else str(nip),
        size=size,
    )


def database_writable(path: Path) -> bool:
    """Whether the database file and its folder may be written (the folder tried for real)."""
    return os.access(path, os.W_OK) and folder_writable(path.parent)


def folder_writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (tried for real: ACLs and read-only mounts
    are not visible in the mode bits)."""
    probe = folder / f".absensi-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return False
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def error_cause(exc: BaseException) -> str | None:
    """The common cause behind an SQLite, SQLAlchemy or system error, as one of ``LOCKED``,
    ``FULL``, ``READ_ONLY``, ``NOT_SQLITE``, ``DAMAGED``, ``UNREADABLE``; None for others.
    The one place that reads error texts: each caller words the cause for its own message."""
    import errno

    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = " ".join(str(getattr(orig, "strerror", None) or orig).split()).lower()
    code = getattr(orig, "errno", None)
    if "locked" in text or "busy" in text:
        return LOCKED
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or "disk is full" in text or "disk full" in text:
        return FULL
    if isinstance(orig, PermissionError) or code == errno.EROFS or "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "not a database" in text:
        return NOT_SQLITE
    if "malformed" in text or "corrupt" in text:
        return DAMAGED
    if "disk i/o" in text or "unable to open" in text:
        return UNREADABLE
    return None
