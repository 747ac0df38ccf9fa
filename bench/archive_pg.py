"""A throw-away PostgreSQL server for the archive benchmark, started by the tests' own
``tests/pg_cluster.py``: ``initdb`` and ``pg_ctl`` from the distribution's
packages, as the ``postgres`` user when run as root (initdb refuses root), in a temporary
folder, on a free port, with its socket in that folder; stopped and removed at the end.

Unlike the tests' server this one keeps PostgreSQL's durable defaults (``fsync``,
``synchronous_commit``, ``full_page_writes`` on): the ingest rate measured is an office's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from bench.runner import BenchFailure
from tests.pg_cluster import cluster, pg_bin


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
    bindir = pg_bin()
    if bindir is None:
        raise BenchFailure("PostgreSQL's server (initdb, pg_ctl) is not installed: apt-get install postgresql")
    with cluster(bindir, ("-c max_connections=40",), fail=BenchFailure, prefix="absensi-bench-pg-") as (port, _):
        yield Server(port)
