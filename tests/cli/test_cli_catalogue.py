"""Rows of docs/input-catalogue.md that no other CLI test covered: the real `absensi` command.

Every refusal here is one line on stderr starting with "absensi:" and exit 1 (exit 2 for a
command line that argparse itself refuses), and the database's content is the same before and
after (a hash of sqlite3's iterdump).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from absensi_app.services.demo import SAMPLE_PLAN
from tests.cli.test_cli import ABSENSI, _env, assert_refused, ok, run, run_many
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)


def content(data: Path) -> str:
    """The database's content, independent of page layout (WAL, free pages)."""
    con = sqlite3.connect(data / "absensi.sqlite")
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def refused_all(data: Path, cases: Sequence[tuple[Sequence[str], str]]) -> None:
    before = content(data)
    results = run_many(data, [list(args) for args, _ in cases])
    for (args, fragment), result in zip(cases, results, strict=True):
        assert_refused(result, fragment)
        assert result.stdout == "", (args, result.stdout)
    assert content(data) == before


def misuse_all(data: Path, cases: Sequence[Sequence[str]]) -> None:
    before = content(data)
    for args, result in zip(cases, run_many(data, [list(a) for a in cases]), strict=True):
        where = (args, result.stdout, result.stderr)
        assert result.returncode == 2, where
        assert result.stdout == "" and "Traceback" not in result.stderr, where
        assert "kesalahan: " in result.stderr.splitlines()[-1] or result.stderr.startswith("absensi: "), where
    assert content(data) == before


# ---- values that used to be taken silently (fixed with the catalogue) ---------------------------
def test_empty_option_values_are_refused(fresh: Path, day) -> None:  # noqa: ANN001
    d = day.isoformat()
    refused_all(fresh, [
        (["schedule", "--start", ""], "Jam '' tidak sah"),
        (["schedule", "--start", "  "], "tidak sah"),
        (["log", "add", "--date", d, "--minutes", "30", "--location", "kantor", "--text", "x",
          "--evidence", ""], "--evidence butuh nama berkas"),
        (["backup", "folder", "--set", ""], "--set butuh nama folder"),
    ])  # fmt: skip
    assert "Tidak ada folder cadangan tambahan" in ok(run(fresh, "backup", "folder"))


def test_conflicting_options_are_refused(fresh: Path, day) -> None:  # noqa: ANN001
    d = day.isoformat()
    ok(run(fresh, "status", "--date", d, "--status", "izin", "--note", "Urusan keluarga"))
    refused_all(fresh, [
        (["status", "--date", d, "--status", "sakit", "--clear"], "--status"),
        (["status", "--date", d, "--clear", "--note", "x"], "atau --clear"),
        (["key", "timestamp", "--url", "http://tsa.example.go.id", "--clear"], "--url atau --clear"),
    ])  # fmt: skip
    assert json.loads(ok(run(fresh, "log", "list", "--month", f"{day:%Y-%m}", "--json")))["day_status"][0][
        "status"] == "izin"  # fmt: skip


def test_timestamp_url_must_be_a_whole_address(fresh: Path) -> None:
    refused_all(fresh, [
        (["key", "timestamp", "--url", "http://"], "tidak lengkap"),
        (["key", "timestamp", "--url", "http://tsa contoh.go.id"], "berisi spasi"),
        (["key", "timestamp", "--url", "https://tsa.example.go.id/\x1b[2J"], "karakter kendali"),
        (["key", "timestamp", "--url", "tsa.example.go.id"], "http://"),
    ])  # fmt: skip
    assert json.loads(ok(run(fresh, "key", "show", "--json")))["timestamp_url"] is None


def test_year_zero_is_out_of_range_not_this_year(fresh: Path) -> None:
    refused_all(fresh, [
        (["holiday", "list", "--year", "0"], "Tahun 0 di luar rentang"),
        (["skp", "list", "--year", "0"], "Tahun 0 di luar rentang"),
        (["skp", "export", "--year", "1999", "--out", "-"], "Tahun 1999 di luar rentang"),
        (["ramadan", "clear", "--year", "99999999"], "di luar rentang"),
    ])  # fmt: skip


# ---- numbers, dates and codes beyond what test_cli.py lists -------------------------------------
def test_numbers_out_of_range(fresh: Path, day) -> None:  # noqa: ANN001
    d = day.isoformat()
    refused_all(fresh, [
        (["schedule", "--offsite-limit", "8"], "0 sampai 7"),
        (["schedule", "--offsite-limit", "-1"], "0 sampai 7"),
        (["schedule", "--days", ""], "paling sedikit satu hari"),
        (["schedule", "--weekly-hours", "-5"], "antara 1 dan 112"),
        (["log", "add", "--date", d, "--minutes", "30", "--location", "kantor", "--text", "x", "--rhk", "-1"],
         "RHK nomor -1 tidak ada"),
        (["log", "add", "--date", d, "--minutes", "30", "--location", "kantor", "--text", "x", "--action", "999"],
         "Rencana Aksi nomor 999 tidak ada"),
        (["log", "delete", "0"], "Kegiatan nomor 0 tidak ada"),
    ])  # fmt: skip
    misuse_all(fresh, [
        ["schedule", "--offsite-limit", "dua"],
        ["log", "add", "--location", "kantor", "--text", "x", "--qty", "9" * 20],
        ["ramadan", "clear", "--year", "x"],
        ["skp", "list", "--year", "2026.5"],
    ])


def test_holiday_and_ramadan_values(fresh: Path, day) -> None:  # noqa: ANN001
    year = day.year
    refused_all(fresh, [
        (["holiday", "add", "--date", "1990-01-01", "--name", "Lama"], "di luar rentang"),
        (["holiday", "add", "--date", "9999-12-31", "--name", "Jauh"], "di luar rentang"),
        (["holiday", "add", "--date", "besok", "--name", "x"], "Tanggal 'besok' tidak sah"),
        (["holiday", "add", "--date", f"{year}-11-30", "--name", ""], "Nama hari libur wajib diisi"),
        (["holiday", "add", "--date", f"{year}-11-30", "--name", "a" * 201], "terlalu panjang"),
        (["holiday", "remove", "--date", f"{year}-11-30"], "bukan hari libur"),
        (["holiday", "remove", "--date", "x"], "tidak sah"),
        (["holiday", "reset", "--date", "30-11-2026"], "tulis TTTT-BB-HH"),
        (["ramadan", "set", "--from", f"{year}-03-10", "--to", f"{year}-02-10"], "sebelum awalnya"),
        (["ramadan", "set", "--from", f"{year}-02-10", "--to", f"{year}-04-10"], "paling lama 31 hari"),
        (["ramadan", "set", "--from", "x", "--to", f"{year}-02-10"], "Tanggal 'x' tidak sah"),
        (["ramadan", "set", "--from", f"{year}-02-10", "--to", f"{year}-03-10", "--weekly-hours", "500"],
         "antara 1 dan 70"),
        (["ramadan", "set", "--from", f"{year}-02-10", "--to", f"{year}-03-10", "--weekly-hours", "x"],
         "Jam kerja seminggu 'x' tidak sah"),
        (["ramadan", "set", "--from", "1990-02-10", "--to", "1990-03-10"], "di luar rentang"),
    ])  # fmt: skip


def test_months_and_text_of_other_commands(fresh: Path) -> None:
    refused_all(fresh, [
        (["summary", "--month", "2026/11"], "tulis TTTT-BB"),
        (["summary", "--month", "1999-01"], "di luar rentang"),
        (["history", "--month", "2026-13"], "tidak sah"),
        (["unlock", "--month", "x", "--reason", "koreksi"], "Bulan 'x' tidak sah"),
        (["unlock", "--month", "2026-11", "--reason", "koreksi"], "tidak terkunci"),
        (["unlock", "--month", "2026-11", "--reason", ""], "alasan"),
        (["unlock", "--month", "2026-11", "--reason", "a\x07"], "karakter kendali"),
        (["demo", "--month", "1999-01"], "terlalu lampau"),
        (["demo", "--month", "november"], "tidak sah"),
        (["export", "--month", "", "--out", "x.pdf"], "Bulan '' tidak sah"),
    ])  # fmt: skip


def test_skp_export_period_and_out(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    plan = tmp_path / "rencana.json"
    plan.write_text(json.dumps(SAMPLE_PLAN), encoding="utf-8")
    ok(run(fresh, "skp", "import", str(plan), "--year", str(day.year)))
    refused_all(fresh, [
        (["skp", "export", "--year", str(day.year), "--period", "awal", "--out", "-"], "Tanggal 'awal' tidak sah"),
        (["skp", "export", "--year", str(day.year), "--period", f"{day.year}-02-01", "--out", "-"],
         "Tidak ada periode SKP yang dimulai"),
        (["skp", "export", "--year", str(day.year), "--out", str(tmp_path / "tidak-ada" / "x.json")], "tidak ada"),
        (["skp", "export", "--year", str(day.year), "--out", str(plan)], "--force"),
    ])  # fmt: skip


# ---- files named on the command line ------------------------------------------------------------
def test_supervisor_commands_refuse_bad_files_and_fingerprints(fresh: Path, tmp_path: Path) -> None:
    text = tmp_path / "catatan.pdf"
    text.write_text("bukan pdf", encoding="utf-8")
    refused_all(fresh, [
        (["receive", str(text)], "bukan PDF"),
        (["receive", str(tmp_path / "hilang.pdf")], "tidak ada"),
        (["receive", str(text), "--trust-fingerprint", "zz"], "bukan PDF"),
        (["approve", str(text), "--out", str(tmp_path / "o.pdf")], "bukan PDF"),
        (["approve", str(text), "--out", str(fresh / "absensi.sqlite"), "--force"], "di dalam folder data"),
        (["approve", str(text), "--out", str(tmp_path / "o.pdf"), "--perilaku", "sesuai"], "bersama-sama"),
        (["return", str(text), "--out", str(tmp_path / "o.pdf"), "--note", ""], "Tulis catatan"),
        (["return", str(text), "--out", str(tmp_path / "o.pdf"), "--note", "perbaiki\x1b[2J"], "karakter kendali"),
        (["verify", str(text), "--trust", str(tmp_path / "hilang.cer")], "tidak ada"),
        (["verify", str(text), "--trust", str(text)], "bukan sertifikat X.509"),
        (["trust", "rename", "zz", "Nama"], "tidak ada di daftar"),
        (["trust", "rename", "AB:CD", ""], "Nama wajib diisi"),
        (["trust", "remove", ""], "Tidak ada sertifikat tepercaya"),
        (["trust", "add", str(text), "--name", "Budi"], "bukan sertifikat X.509"),
        (["recap", str(text)], "bukan folder"),
        (["recap", str(tmp_path / "hilang")], "tidak ada"),
        (["recap", str(tmp_path), "--xlsx", str(tmp_path / "tidak-ada" / "r.xlsx")], "tidak ada"),
        (["open", str(tmp_path / "hilang.pdf")], "tidak ada"),
        (["cert", "export", "--out", str(tmp_path / "tidak-ada" / "x.cer")], "tidak ada"),
        (["backup", "create", "--to", str(tmp_path / "tidak-ada")], "tidak ada"),
        (["backup", "folder", "--set", str(text)], "adalah berkas, bukan folder"),
    ])  # fmt: skip
    assert not (tmp_path / "o.pdf").exists()


def _pkcs12(password: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Budi Santoso, S.Kom."),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, "198609262015051001")])  # fmt: skip
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365)).sign(key, hashes.SHA256())
    )  # fmt: skip
    return pkcs12.serialize_key_and_certificates(b"budi", key, cert, None,
                                                 serialization.BestAvailableEncryption(password))  # fmt: skip


def test_pkcs12_with_a_wrong_or_missing_password(fresh: Path, tmp_path: Path) -> None:
    p12 = tmp_path / "budi.p12"
    p12.write_bytes(_pkcs12(b"sandi-yang-benar"))
    keys_before = {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()}
    before = content(fresh)
    assert_refused(run(fresh, "key", "import", str(p12), "--replace", env={"ABSENSI_P12_PASSWORD": "salah"}),
                   "sandi")  # fmt: skip
    assert_refused(run(fresh, "key", "import", str(p12), "--replace", env={"ABSENSI_P12_PASSWORD": ""}),
                   "ABSENSI_P12_PASSWORD")  # fmt: skip
    assert {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()} == keys_before
    assert content(fresh) == before


# ---- flags and the command line itself ----------------------------------------------------------
def test_flags_take_no_value(fresh: Path) -> None:
    misuse_all(fresh, [
        ["profile", "--json=ya"],
        ["log", "list", "--json=1"],
        ["history", "--verify=1"],
        ["init", "--force=ya"],
        ["key", "create", "--replace=ya"],
        ["export", "--month", "2026-11", "--out", "x.pdf", "--unsigned=1"],
        ["backup", "list", "--json=1"],
        ["transfer", "import", "x.zip", "--replace=1"],
        ["export", "--month", "2026-11", "--out", "x", "--format", "docx"],
        ["approve", "x.pdf", "--out", "y.pdf", "--hasil-kerja", "baik"],
        ["return", "x.pdf", "--out", "y.pdf"],
        ["init", "--kind", "honorer"],
        ["--data-dir", ""],
        ["--data-dir", "  ", "log", "list"],
    ])


def test_version_takes_no_value(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "--version=2")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result
    assert not (tmp_path / "data").exists()


def test_data_dir_from_environment_that_is_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("bukan folder\n")
    result = run(None, "log", "list", env={"ABSENSI_DATA_DIR": str(a_file)})
    assert_refused(result, "adalah berkas, bukan folder")
    assert a_file.read_text() == "bukan folder\n"


def test_wrong_old_passphrase_from_the_environment(fresh: Path) -> None:
    keys_before = {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()}
    assert_refused(run(fresh, "key", "passphrase", env={"ABSENSI_PASSPHRASE": "bukan-frasa-ini",
                                                       "ABSENSI_NEW_PASSPHRASE": "frasa-baru-456"}),
                   "Frasa sandi salah")  # fmt: skip
    assert_refused(run(fresh, "key", "passphrase", env={"ABSENSI_NEW_PASSPHRASE": ""}), "ABSENSI_NEW_PASSPHRASE")
    assert {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()} == keys_before


def test_transfer_options_refuse_bad_files(fresh: Path, tmp_path: Path) -> None:
    text = tmp_path / "catatan.zip"
    text.write_text("bukan zip", encoding="utf-8")
    refused_all(fresh, [
        (["transfer", "import", str(text)], "bukan berkas pindah"),
        (["transfer", "import", str(tmp_path / "hilang.zip")], "tidak ada"),
        (["transfer", "export", "--out", str(fresh / "pindah.zip")], "di dalam folder data"),
        (["transfer", "export", "--out", str(tmp_path / "tidak-ada" / "x.zip")], "tidak ada"),
        (["transfer", "export", "--out", str(text)], "--force"),
    ])  # fmt: skip


@pytest.mark.parametrize("lang", ["../../../etc/passwd", "xx_YY.UTF-8", ""])
def test_gui_language_from_the_environment_never_breaks_the_start(fresh: Path, lang: str) -> None:
    before = content(fresh)
    result = run(fresh, env={"ABSENSI_LANG": lang, "ABSENSI_EXIT_AFTER_SHOW": "1"})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert content(fresh) == before


def test_an_unknown_qt_platform_changes_nothing(fresh: Path) -> None:
    """Qt itself aborts (its own English message, exit 134): nothing is written before that."""
    before = content(fresh)
    env = _env({"QT_QPA_PLATFORM": "nicht-da", "ABSENSI_EXIT_AFTER_SHOW": "1"})
    result = subprocess.run([ABSENSI, "--data-dir", str(fresh)], capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL, env=env)  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "platform plugin" in result.stderr
    assert content(fresh) == before
