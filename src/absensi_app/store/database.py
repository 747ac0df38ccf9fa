"""Engine and session factory for the app's SQLite file (and, for developers' tests, the same
schema on PostgreSQL).

Durability, as kept here: WAL with ``synchronous=FULL``, so a commit that returned is on
disk, also after a power cut (WAL's NORMAL may lose the last commits then). Write
transactions begin with ``BEGIN IMMEDIATE``: they take the write lock at their start, so
another writer makes them wait (``busy_timeout``) instead of failing at once when a read
turns into a write. Driver errors the user can act on (busy, disk full, read-only,
damaged) leave the store as :class:`~absensi_app.domain.errors.AbsensiError` with one clear
sentence; the SQL never reaches the user.

The services are dialect-neutral: given a ``postgresql://`` URL (psycopg 3) the same engine is
made without the SQLite statements, and a write transaction takes one transaction-scoped
advisory lock instead of BEGIN IMMEDIATE, so writers are ordered the same way (one at a time,
the others wait). The app itself always opens its SQLite file; tests/conftest.py runs the
service-level tests on PostgreSQL as well.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import AbsensiError
from absensi_app.store import health

#: How long a write waits for another writer before "the data is busy" (milliseconds).
BUSY_TIMEOUT_MS = 5000
#: Execution option that marks a connection's transactions as writes (BEGIN IMMEDIATE).
WRITE_OPTION = "absensi_write"
#: The key of the advisory lock a write transaction holds on PostgreSQL (any fixed number).
PG_WRITE_LOCK = 0x4162_7365_6E73
#: The driver a plain ``postgresql://`` URL gets (SQLAlchemy's default, psycopg2, is not used).
PG_DRIVER = "postgresql+psycopg"


class DatabaseBusy(AbsensiError):
    """Another program kept the write lock longer than the busy timeout; nothing was changed."""


class DatabaseUnusable(AbsensiError):
    """The database file cannot be written or read as it is; nothing was changed."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    # Let SQLAlchemy, not the driver, open transactions (see _sqlite_begin): pysqlite's own
    # handling never wraps DDL, so a failed migration would leave the schema half changed.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:  # noqa: ANN001
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _pg_begin(connection) -> None:  # noqa: ANN001
    # The first statement opens the transaction; the lock is released at its commit or rollback.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def make_engine(url_or_path: str | Path) -> Engine:
    """Engine for a database file path (or any SQLAlchemy URL).

    SQLite connections get WAL, synchronous=FULL, foreign keys and a busy timeout on every
    connection; see :func:`write_engine` for write transactions. A ``postgresql://`` URL is
    opened with psycopg 3 and gets none of these (the server has its own durability)."""
    url = str(url_or_path)
    if "://" not in url:
        url = f"sqlite:///{Path(url).resolve()}"
    elif url.startswith(("postgresql://", "postgres://")):
        url = PG_DRIVER + url[url.index("://"):]
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _pg_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin IMMEDIATE on SQLite (hold the write
    lock on PostgreSQL)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def database_problem(exc: BaseException) -> AbsensiError | None:
    """The sentence for a driver error a user can act on, or None for anything else."""
    if not isinstance(exc, DBAPIError):
        return None
    cause = health.error_cause(exc)
    if cause == health.LOCKED:
        return DatabaseBusy(
            "Data sedang dipakai program lain (misalnya aplikasi Absensi yang sedang menyimpan). "
            "Tidak ada yang diubah; coba lagi sebentar lagi."
        )
    if cause == health.FULL:
        return DatabaseUnusable("Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu coba lagi.")
    if cause == health.READ_ONLY:
        return DatabaseUnusable(
            "Database hanya bisa dibaca (folder data atau berkasnya tidak boleh ditulisi): "
            "perubahan tidak disimpan."
        )
    if cause in (health.NOT_SQLITE, health.DAMAGED):
        return DatabaseUnusable(
            "Database rusak: perubahan tidak disimpan. Tutup aplikasi, lalu pulihkan cadangan "
            "terakhir ('absensi backup restore' atau menu Berkas \u203a Pulihkan cadangan)."
        )
    if cause == health.UNREADABLE:
        return DatabaseUnusable("Database tidak bisa dibaca atau ditulis (kesalahan disk): perubahan tidak disimpan.")
    return None


class _Session(Session):
    """A Session whose driver errors leave it as one clear sentence (see database_problem)."""

    def __exit__(self, type_, value, traceback) -> None:  # noqa: ANN001
        super().__exit__(type_, value, traceback)
        problem = database_problem(value) if value is not None else None
        if problem is not None:
            raise problem from value


class SessionFactory:
    """``sessions()`` for reading, ``sessions.begin()`` for one write transaction.

    Both share one engine and pool; a write transaction begins IMMEDIATE, so it waits for
    another writer instead of failing when its first read turns into a write."""

    def __init__(self, engine: Engine) -> None:
        self._read = sessionmaker(bind=engine, class_=_Session, expire_on_commit=False)
        self._write = sessionmaker(bind=write_engine(engine), class_=_Session, expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self):  # noqa: ANN201 - sessionmaker.begin's context manager
        return self._write.begin()


def make_session_factory(engine: Engine) -> SessionFactory:
    return SessionFactory(engine)
