"""Starting and stopping a throw-away PostgreSQL cluster: the one way the tests
(``tests/pg_server.py``) and the archive benchmark (``bench/archive_pg.py``) get a server.

``initdb`` and ``pg_ctl`` from the distribution's packages (the newest installed), run as the
``postgres`` user when the caller is root (initdb refuses root), in a temporary folder, on a
free port, with the socket in that folder; stopped and removed at the end. No pytest here, so
the benchmark can use it too.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
#: for the tests: speed over durability (a throw-away cluster)
FAST = ("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off")


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


@contextmanager
def cluster(bindir: Path, settings: tuple[str, ...] = (), prepare: Callable[[Path], None] | None = None,
            fail: Callable[[str], Exception] = RuntimeError, prefix: str = "absensi-pg-",
            stop: str = "fast") -> Iterator[tuple[int, Path]]:  # fmt: skip
    """A running cluster: yields (port, folder). ``settings``: more ``-c name=value`` options;
    ``prepare(data_dir)`` runs after initdb, before the start (e.g. to edit pg_hba.conf);
    ``fail(message)`` makes the exception raised when initdb or pg_ctl fails; ``stop``: pg_ctl's
    shutdown mode at the end."""
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    runner = ["runuser", "-u", "postgres", "--"] if as_root else []
    data = folder / "data"

    def run(*args: str) -> None:
        done = subprocess.run([*runner, *args], capture_output=True, text=True, timeout=180)
        if done.returncode != 0:
            raise fail(f"{Path(args[0]).name} failed: {(done.stdout + done.stderr).strip()[-1500:]}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8")
        if prepare is not None:
            prepare(data)
        port = free_port()
        options = " ".join((f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", *settings))
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "60",
            "-o", options, "start")  # fmt: skip
        yield port, folder
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*runner, str(bindir / "pg_ctl"), "-D", str(data), "-m", stop, "-w", "stop"],
                           capture_output=True, timeout=180)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)
