"""A real, throw-away PostgreSQL server for the tests that need one (the archive's, and the
employee's services run a second time on PostgreSQL).

One cluster per test process (``pytest-xdist`` worker) in a temporary folder: ``initdb`` and
``pg_ctl`` run as the ``postgres`` user when the tests run as root (initdb refuses root), on a
free port, with the socket in that folder; stopped and removed at the end. A test gets a
database of its own (``new_database``, or ``copy_of`` a migrated template, which is faster).
Skipped, with the reason, only when the server binaries are missing.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.pg_cluster import FAST, cluster, free_port, pg_bin  # noqa: F401 - free_port: imported from here by tests/archive

PASSWORD_USER, PASSWORD = "arsip_sandi", "sandi-uji-panjang"
MISSING = "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql"
_counter = itertools.count(1)


@dataclass
class PgServer:
    port: int
    folder: Path

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:  # fmt: skip
            conn.execute(sql)

    def new_database(self, prefix: str = "arsip") -> str:
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def copy_of(self, template: str, prefix: str = "kopi") -> str:
        """A new database with everything of ``template`` (which nobody may be connected to)."""
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def drop(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a cluster (``pytest.skip`` when the binaries are missing); stop and remove it after."""
    bindir = pg_bin()
    if bindir is None:
        pytest.skip(MISSING)

    def password_user(data: Path) -> None:
        # one user must give a password (scram) to show libpq's PGPASSWORD at work; all else trusted
        hba = data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())

    settings = (*FAST, "-c max_connections=60")
    with cluster(bindir, settings, prepare=password_user, stop="immediate") as (port, folder):
        server = PgServer(port, folder)
        server.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
        yield server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started when a test first asks for it)."""
    with running_server() as server:
        yield server


class DatabasePool:
    """Databases of the newest employee schema, handed out empty: ``take()`` gives one (a copy
    of the migrated template the first times), ``give_back`` empties it again (every row
    deleted, every sequence restarted: as new, in ~20 ms instead of a ~300 ms CREATE DATABASE
    on this machine) for the next test."""

    def __init__(self, server: PgServer, template: str) -> None:
        self.server, self.template = server, template
        self._free: list[str] = []

    def take(self) -> str:
        return self._free.pop() if self._free else self.server.copy_of(self.template, "absensi")

    def give_back(self, name: str) -> None:
        import psycopg

        from absensi_app.store.models import Base

        try:
            # a context a test left open must not keep its locks on the rows
            self.server.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            )
            with psycopg.connect(host="127.0.0.1", port=self.server.port, user="postgres", dbname=name) as conn:
                sequences = [row[0] for row in conn.execute(
                    "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")]  # fmt: skip
                deletes = [f'DELETE FROM "{table.name}"' for table in reversed(Base.metadata.sorted_tables)]
                conn.execute("; ".join(deletes + [f'ALTER SEQUENCE "{seq}" RESTART' for seq in sequences]))
        except Exception:  # noqa: BLE001 - a database that cannot be emptied is dropped instead
            self.server.drop(name)
            return
        self._free.append(name)
