"""A real, throw-away PostgreSQL server for the archive's tests.

One cluster per test session in a temporary folder (``initdb`` and ``pg_ctl`` run as the
``postgres`` user when the tests run as root, since initdb refuses root), on a free port, with
its socket in that folder; stopped and removed at the end. Each test gets a database of its
own (``CREATE DATABASE``). Skipped, with the reason, only when the server binaries are missing.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
PASSWORD_USER, PASSWORD = "arsip_sandi", "sandi-uji-panjang"
_counter = itertools.count(1)


def _pg_bin() -> Path | None:
    for folder in PG_BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="absensi-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    data, log = folder / "data", folder / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}")

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
    try:
        server.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
        yield server
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def archive_url(pg_server: PgServer) -> str:
    """The URL of a new, empty database on the session's server (no schema yet)."""
    return pg_server.url(pg_server.new_database())


# ---- a real office's signed files ------------------------------------------------------------------
@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """tests/team_office.py's office (Rina: September approved, October returned then revision 2
    and its identical copy, November returned; Andi: November waiting and its approval changed
    afterwards; Dewi: not trusted; a file that is not a PDF), plus, in the sub-folder ``lain/``:
    Budi's October (in another unit), an impostor's November in Rina's name and NIP (another
    certificate), and Rina's November with one byte changed. The archive should trust ``certs``:
    the staff, Hartono and the supervisor (whose signature carries the decisions)."""
    from dataclasses import replace

    from absensi_app.services.demo import fill_demo_month
    from tests.signing.test_signed_export import byte_ranges
    from tests.team_office import BUDI, NOW, PASS, RINA, build_office, close, close_office, person

    tmp = tmp_path_factory.mktemp("arsip-kantor")
    built = build_office(tmp)
    inbox: Path = built["inbox"]
    other = inbox / "lain"
    other.mkdir()
    budi = built["people"]["budi"]
    budi.profile.save(replace(BUDI, unit="Bidang Pengembangan Aplikasi"))
    fill_demo_month(budi.worklog, 2026, 10, NOW.date(), budi.skp)
    budi.export.export_pdf(2026, 10, other / "budi-2026-10.pdf", PASS)
    impostor = person(tmp, RINA, "penyamar", (11,))
    impostor.export.export_pdf(2026, 11, other / "palsu-rina-2026-11.pdf", PASS)
    data = (inbox / "rina-2026-11.pdf").read_bytes()
    a, b, _c, _d = byte_ranges(data)
    pos = a + b // 2
    (other / "rina-2026-11-diubah.pdf").write_bytes(data[:pos] + bytes([data[pos] ^ 1]) + data[pos + 1:])
    people = built["people"]
    certs = {name: people[name].keys.certificate_der() for name in ("rina", "andi", "sari", "budi", "hartono")}
    certs["boss"] = built["boss"].keys.certificate_der()
    built.update(certs=certs, other=other, rina_ca=people["rina"].paths.keys_dir / "rantai-sertifikat.pem",
                 files=sorted(p for p in inbox.rglob("*.pdf")))  # fmt: skip
    try:
        yield built
    finally:
        close(impostor)
        close_office(built)
