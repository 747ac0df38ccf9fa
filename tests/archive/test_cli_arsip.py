"""`absensi arsip ...` as a personnel office runs it: real processes against the session's real
PostgreSQL server; refusals are one line on stderr with the table's exit codes, never a
traceback; two ingests of the same folder at once store every file exactly once."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.archive.conftest import PASSWORD, PASSWORD_USER, PgServer, _free_port
from tests.cli.test_cli import ABSENSI, _env, ok, run
from tests.team_office import BUDI, RINA


def arsip(tmp: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run(tmp / "data", "arsip", *args, env=env)


def refused(result: subprocess.CompletedProcess[str], code: int, fragment: str) -> str:
    where = (result.args, result.stdout, result.stderr)
    assert result.returncode == code, where
    assert "Traceback" not in result.stderr + result.stdout, where
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("absensi: ") and fragment in lines[0], where
    return lines[0]


@pytest.fixture
def db(archive_url: str, tmp_path: Path) -> str:
    ok(arsip(tmp_path, "init", "--db", archive_url))
    return archive_url


def trust_office(tmp: Path, url: str, office: dict) -> None:
    for name, der in office["certs"].items():
        (tmp / f"{name}.cer").write_bytes(der)
        ok(arsip(tmp, "trust", "add", str(tmp / f"{name}.cer"), "--db", url))


def test_init_twice_and_a_newer_schema_refused(archive_url: str, tmp_path: Path, pg_server: PgServer) -> None:
    assert "Arsip dibuat" in ok(arsip(tmp_path, "init", "--db", archive_url))
    assert "sudah siap" in ok(arsip(tmp_path, "init", "--db", archive_url))
    database = archive_url.rsplit("/", 1)[1]
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres", dbname=database,
                         autocommit=True) as conn:  # fmt: skip
        conn.execute("UPDATE archive_alembic_version SET version_num = 'a0099'")
    refused(arsip(tmp_path, "init", "--db", archive_url), 1, "lebih baru (revisi skema a0099)")
    refused(arsip(tmp_path, "status", "--db", archive_url, "--month", "2026-11"), 1, "lebih baru")
    refused(arsip(tmp_path, "status", "--db", pg_server.url(pg_server.new_database("kosong")), "--month", "2026-11"),
            1, "belum berisi arsip")  # fmt: skip


def test_the_address_rules(tmp_path: Path, db: str) -> None:
    with_password = db.replace("postgres@", "postgres:rahasia@")
    line = refused(arsip(tmp_path, "init", "--db", with_password), 2, "memuat kata sandi")
    assert "rahasia" not in line
    refused(arsip(tmp_path, "init", "--db", db + "?password=rahasia"), 2, "memuat kata sandi")
    refused(arsip(tmp_path, "init"), 2, "ABSENSI_ARSIP_DB")
    refused(arsip(tmp_path, "init", "--db", "sqlite:///arsip.db"), 2, "bukan alamat PostgreSQL")
    assert "sudah siap" in ok(arsip(tmp_path, "init", env={"ABSENSI_ARSIP_DB": db}))
    refused(arsip(tmp_path, "init", env={"ABSENSI_ARSIP_DB": with_password}), 2, "memuat kata sandi")


def test_an_unreachable_server_or_database(tmp_path: Path, pg_server: PgServer) -> None:
    nobody = f"postgresql://postgres@127.0.0.1:{_free_port()}/arsip"
    refused(arsip(tmp_path, "status", "--db", nobody, "--month", "2026-11"), 1, "tidak bisa dihubungi")
    refused(arsip(tmp_path, "init", "--db", pg_server.url("tidak_ada")), 1, "Database 'tidak_ada' tidak ada")


def test_a_password_comes_from_libpq_never_the_command_line(tmp_path: Path, pg_server: PgServer) -> None:
    name = pg_server.new_database("sandi")
    pg_server.admin(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_USER}')
    url = pg_server.url(name, user=PASSWORD_USER)
    # no .pgpass, no PGPASSWORD, stdin not a terminal: the sentence says where a password goes
    refused(arsip(tmp_path, "init", "--db", url), 1, "meminta kata sandi")
    refused(arsip(tmp_path, "init", "--db", url, env={"PGPASSWORD": "salah"}), 1, "menolak kata sandi")
    assert "Arsip dibuat" in ok(arsip(tmp_path, "init", "--db", url, env={"PGPASSWORD": PASSWORD}))
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{name}:{PASSWORD_USER}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    assert "sudah siap" in ok(arsip(tmp_path, "init", "--db", url, env={"PGPASSFILE": str(pgpass)}))


def test_trust_add_list_remove(tmp_path: Path, db: str, office: dict) -> None:
    (tmp_path / "rina.cer").write_bytes(office["certs"]["rina"])
    out = ok(arsip(tmp_path, "trust", "add", str(tmp_path / "rina.cer"), "--db", db))
    assert f"Dipercaya: {RINA.name} (pegawai NIP {RINA.nip})" in out
    assert "nama diperbarui" in ok(arsip(tmp_path, "trust", "add", str(tmp_path / "rina.cer"), "--db", db,
                                         "--name", "Rina (Perencanaan)"))  # fmt: skip
    ok(arsip(tmp_path, "trust", "add", str(office["rina_ca"]), "--db", db))
    listed = json.loads(ok(arsip(tmp_path, "trust", "list", "--db", db, "--json")))
    assert [(c["kind"], c["name"]) for c in listed] == [("ca", listed[0]["name"]), ("pegawai", "Rina (Perencanaan)")]
    assert set(listed[0]) == {"fingerprint_sha256", "kind", "nip", "name", "subject_name", "not_before", "not_after",
                              "added_at"}  # fmt: skip
    fingerprint = listed[1]["fingerprint_sha256"]
    assert "Tidak lagi dipercaya arsip" in ok(arsip(tmp_path, "trust", "remove", fingerprint.replace(":", ""),
                                                    "--db", db))  # fmt: skip
    assert [c["kind"] for c in json.loads(ok(arsip(tmp_path, "trust", "list", "--db", db, "--json")))] == ["ca"]
    refused(arsip(tmp_path, "trust", "remove", fingerprint, "--db", db), 1, "Tidak ada sertifikat tepercaya")
    (tmp_path / "bukan.cer").write_text("bukan sertifikat")
    refused(arsip(tmp_path, "trust", "add", str(tmp_path / "bukan.cer"), "--db", db), 1, "bukan sertifikat X.509")
    refused(arsip(tmp_path, "trust", "add", str(tmp_path / "hilang.cer"), "--db", db), 1, "tidak ada")


def summary_counts(stdout: str) -> tuple[int, int, int, int]:
    match = re.search(r"^(\d+) berkas: (\d+) disimpan, (\d+) sudah ada, (\d+) ditolak\.$", stdout, re.M)
    assert match, stdout
    return tuple(int(x) for x in match.groups())  # type: ignore[return-value]


def test_ingest_status_and_person(tmp_path: Path, db: str, office: dict) -> None:
    trust_office(tmp_path, db, office)
    out = ok(arsip(tmp_path, "ingest", str(office["inbox"]), "--db", db, "--workers", "1"))
    total, stored, already, rejected = summary_counts(out)
    assert (total, already, rejected) == (len(office["files"]), 1, 5) and stored == total - 6
    assert "Ditolak: " in out and "sertifikat LAIN" in out
    assert summary_counts(ok(arsip(tmp_path, "ingest", str(office["inbox"]), "--db", db)))[2] == total
    data = json.loads(ok(arsip(tmp_path, "status", "--db", db, "--month", "2026-11", "--json")))
    assert data["summary"]["problem_files"] == 3 and data["missing"][0]["nip"] == BUDI.nip
    text = ok(arsip(tmp_path, "status", "--db", db, "--month", "2026-11", "--xlsx", str(tmp_path / "bulan.xlsx")))
    assert text.index("Berkas bermasalah (3):") < text.index("Belum mengirim (1):")
    assert (tmp_path / "bulan.xlsx").stat().st_size > 0
    only = json.loads(ok(arsip(tmp_path, "status", "--db", db, "--month", "2026-11", "--unit", "PENGEMBANGAN",
                               "--json")))  # fmt: skip
    assert [p["nip"] for u in only["units"] for p in u["people"]] == [BUDI.nip]
    person = json.loads(ok(arsip(tmp_path, "person", RINA.nip, "--db", db, "--json")))
    assert person["nip"] == RINA.nip and person["months"][-1]["month"] == "2026-09"
    assert "Disetujui" in ok(arsip(tmp_path, "person", RINA.nip, "--db", db))
    refused(arsip(tmp_path, "person", "199001012020121001", "--db", db), 1, "tidak menyimpan berkas")
    refused(arsip(tmp_path, "status", "--db", db, "--month", "2026-13"), 1, "tidak sah")
    refused(arsip(tmp_path, "ingest", str(tmp_path / "hilang"), "--db", db), 1, "tidak ada")
    refused(arsip(tmp_path, "ingest", str(office["inbox"]), "--db", db, "--workers", "0"), 1, "--workers")


def test_two_ingests_at_once_store_every_file_once(tmp_path: Path, db: str, office: dict) -> None:
    trust_office(tmp_path, db, office)
    argv = [ABSENSI, "--data-dir", str(tmp_path / "data"), "arsip", "ingest", str(office["inbox"]), "--db", db,
            "--workers", "2"]  # fmt: skip
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(None),
                              stdin=subprocess.DEVNULL) for _ in range(2)]  # fmt: skip
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    counts = [summary_counts(out) for out, _err in outs]
    distinct = len(office["files"]) - 1
    # between them, every distinct file was stored by exactly one of the two
    assert sum(c[1] + c[3] for c in counts) == distinct and all(c[0] == len(office["files"]) for c in counts)
    import psycopg

    with psycopg.connect(db) as conn:
        files, unique, blobs = conn.execute(
            "SELECT count(*), count(DISTINCT sha256), (SELECT count(*) FROM archive_blob) FROM archive_file").fetchone()
        signers = conn.execute("SELECT count(*) FROM archive_signer s LEFT JOIN archive_file f ON f.id = s.file_id "
                               "WHERE f.id IS NULL").fetchone()[0]  # fmt: skip
    assert (files, unique, blobs, signers) == (distinct, distinct, distinct, 0)
