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
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
PASSWORD_USER, PASSWORD = "arsip_sandi", "sandi-uji-panjang"
MISSING = "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql"
_counter = itertools.count(1)


def pg_bin() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl`` (the newest installed version), or None."""
    for folder in PG_BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="absensi-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    data, log = folder / "data", folder / "server.log"
    port = free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8")  # fmt: skip
        # one user must give a password (scram) to show libpq's PGPASSWORD at work; all else trusted
        hba = data / "pg_hba.conf"
        text = hba.read_text()
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + text)
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60", "start")  # fmt: skip
        server = PgServer(port, folder)
        server.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
        yield server
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


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
