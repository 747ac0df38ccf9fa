"""A throw-away PostgreSQL server for the archive benchmark, started the way the archive's
tests start theirs (tests/archive/conftest.py): ``initdb`` and ``pg_ctl`` from the distribution's
packages, as the ``postgres`` user when run as root (initdb refuses root), in a temporary
folder, on a free port, with its socket in that folder; stopped and removed at the end.

Unlike the tests' server this one keeps PostgreSQL's durable defaults (``fsync``,
``synchronous_commit``, ``full_page_writes`` on): the ingest rate measured is an office's.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.runner import BenchFailure


def server_binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (the newest installed), or None."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    port: int

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database,
                             autocommit=True) as conn:  # fmt: skip
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def fresh_database(self, name: str) -> str:
        """An empty database called ``name`` (dropped first when it exists); its URL."""
        self.sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextmanager
def server() -> Iterator[Server]:
    bindir = server_binaries()
    if bindir is None:
        raise BenchFailure("PostgreSQL's server (initdb, pg_ctl) is not installed: apt-get install postgresql")
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="absensi-bench-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    data = folder / "data"

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=180)
        if done.returncode != 0:
            raise BenchFailure(f"{Path(args[0]).name} failed: {(done.stdout + done.stderr).strip()[-1500:]}")

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8")
    port = _free_port()
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "60", "-o",
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=40", "start")  # fmt: skip
    try:
        yield Server(port)
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, timeout=180)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)
