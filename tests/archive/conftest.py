"""Fixtures of the archive's tests: a real, throw-away PostgreSQL server (``tests/pg_server.py``:
one cluster per test session, run as the ``postgres`` user when the tests run as root, on a free
port), a database of its own for each test, and a real office's signed files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# the session's server, ``pg_server``, comes from tests/conftest.py (one server per process)
from tests.pg_server import PASSWORD, PASSWORD_USER, PgServer  # noqa: F401 - the tests import them from here
from tests.pg_server import free_port as _free_port  # noqa: F401 - the tests import it from here


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
