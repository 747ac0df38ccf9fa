"""`absensi cert|trust|verify|approve|return|receive|recap` with real keys and files
(the team table itself and approving several files: test_cli_team.py).

`verify` exit codes are a contract: 0 all good and trusted, 1 changed/unsigned/inconsistent,
2 not a readable PDF, 3 intact but a signer is not trusted; 4 could not check, 64 a wrong
command line (codes no verdict uses).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, init_args, ok, recent_weekday, run

SUPERVISOR_NIP = "19750817 200003 2 004"


def supervisor_args() -> list[str]:
    return [
        "init", "--name", "Dra. Siti Aminah, M.M.", "--nip", SUPERVISOR_NIP,
        "--rank", "Pembina, IV/a", "--position", "Kepala Bidang", "--unit", "Bidang Aplikasi",
        "--agency", "Dinas Kominfo", "--supervisor-name", "Ir. Hartono", "--supervisor-nip",
        "19680101 199003 1 002",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("office")
    employee, boss = tmp / "pegawai", tmp / "pejabat"
    ok(run(employee, *init_args()))
    ok(run(boss, *supervisor_args()))
    day = recent_weekday(date.today())
    ok(run(employee, "log", "add", "--date", day.isoformat(), "--start", "08:00", "--end", "11:00",
           "--location", "kantor", "--text", "Menyusun laporan", "--qty", "1", "--unit", "laporan"))  # fmt: skip
    pdf = tmp / "ringkasan.pdf"
    ok(run(employee, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf)))
    cer = tmp / "budi.cer"
    out = ok(run(employee, "cert", "export", "--out", str(cer)))
    fingerprint = out.strip().rsplit(" ", 1)[-1]
    return {"tmp": tmp, "employee": employee, "boss": boss, "pdf": pdf, "cer": cer,
            "fingerprint": fingerprint, "month": f"{day:%Y-%m}"}  # fmt: skip


def verify(data_dir: Path, path: Path, *extra: str) -> tuple[int, dict]:
    result = run(data_dir, "verify", str(path), "--json", *extra)
    assert "Traceback" not in result.stderr
    return result.returncode, json.loads(result.stdout)


def test_verify_exit_codes_and_trust(office: dict, tmp_path: Path) -> None:
    boss, pdf = office["boss"], office["pdf"]
    code, data = verify(boss, pdf)
    assert code == 3 and data["status"] == "penanda-tangan-belum-dikenal"
    assert data["intact"] and data["signers"][0]["trust"] == "baru"
    assert data["signers"][0]["fingerprint_sha256"] == office["fingerprint"]
    # a certificate given for this check only
    code, data = verify(boss, pdf, "--trust", str(office["cer"]))
    assert code == 0 and data["signers"][0]["trust"] == "dipercaya"
    assert verify(boss, pdf)[0] == 3  # ... and not stored
    out = ok(run(boss, "trust", "add", str(office["cer"]), "--name", "Budi (Aplikasi)"))
    assert office["fingerprint"] in out
    code, data = verify(boss, pdf)
    assert code == 0 and data["signers"][0]["trusted_as"] == "Budi (Aplikasi)"
    assert data["month"] == office["month"] and data["revision"] == 1
    listed = json.loads(ok(run(boss, "trust", "list", "--json")))
    assert [t["nip"] for t in listed] == ["198609262015051001"]
    text = run(boss, "verify", str(pdf))
    assert text.returncode == 0 and text.stdout.startswith("Sah dan utuh: ditandatangani Budi Santoso")
    # changed bytes
    changed = tmp_path / "diubah.pdf"
    data_bytes = bytearray(pdf.read_bytes())
    data_bytes[len(data_bytes) // 3] ^= 0x20
    changed.write_bytes(bytes(data_bytes))
    code, data = verify(boss, changed)
    assert code == 1 and data["intact"] is False and data["month"] is None


def test_verify_failures_never_share_a_code_with_a_verdict(office: dict, tmp_path: Path) -> None:
    from absensi_app.cli import EXIT_NOT_CHECKED, EXIT_VERIFY_USAGE, VERIFY_EXIT_CODES
    from absensi_app.domain.verdict import Outcome

    assert set(VERIFY_EXIT_CODES) == {o.value for o in Outcome}  # every outcome has its code
    verdict_codes = set(VERIFY_EXIT_CODES.values())
    assert verdict_codes == {0, 1, 2, 3}
    assert {EXIT_NOT_CHECKED, EXIT_VERIFY_USAGE}.isdisjoint(verdict_codes)
    boss, pdf = office["boss"], office["pdf"]
    missing = run(boss, "verify", str(pdf), "--trust", str(tmp_path / "tidak-ada.pem"))
    assert missing.returncode == 4 and "tidak-ada.pem" in missing.stderr and not missing.stdout
    garbage = tmp_path / "sampah.pem"
    garbage.write_bytes(b"bukan sertifikat")
    assert run(boss, "verify", str(pdf), "--trust", str(garbage)).returncode == 4
    for wrong in (["--bogus"], [], ["--json", "--trust"]):
        result = run(boss, "verify", *([str(pdf)] if wrong != [] else []), *wrong)
        assert result.returncode == 64, wrong
        assert "pemakaian" in result.stderr and "Traceback" not in result.stderr
    assert run(boss, "--data-dir", "", "verify", str(pdf)).returncode == 64
    # other commands keep the general codes
    assert run(boss, "trust", "list", "--bogus").returncode == 2
    assert run(boss, "trust", "remove", "00:11").returncode == 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "kosong"), (b"bukan pdf sama sekali", "bukan PDF"), (b"%PDF-1.7\n%%EOF", "rusak")],
)
def test_verify_unreadable_files_exit_2(office: dict, tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    result = run(office["boss"], "verify", str(path))
    assert result.returncode == 2 and fragment in result.stdout and "Traceback" not in result.stderr
    missing = run(office["boss"], "verify", str(tmp_path / "tidak-ada.pdf"))
    assert missing.returncode == 2 and "tidak ada" in missing.stdout


def test_truncated_file_is_not_valid(office: dict, tmp_path: Path) -> None:
    data = office["pdf"].read_bytes()
    path = tmp_path / "potong.pdf"
    path.write_bytes(data[: len(data) - 200])
    code, _ = verify(office["boss"], path)
    assert code in (1, 2)


def test_approve_return_receive(office: dict, tmp_path: Path) -> None:
    boss, employee = office["boss"], office["employee"]
    ok(run(boss, "trust", "add", str(office["cer"])))
    assert_refused(run(boss, "return", str(office["pdf"]), "--out", str(tmp_path / "r.pdf"), "--note", " "), "catatan")
    assert_refused(run(boss, "approve", str(office["pdf"]), "--out", str(tmp_path / "a.pdf"),
                       "--hasil-kerja", "sesuai"), "--perilaku")  # fmt: skip
    assert_refused(run(boss, "approve", str(office["pdf"]), "--out", str(tmp_path / "a.pdf"),
                       env={"ABSENSI_PASSPHRASE": "salah-salah-salah"}), "Frasa sandi salah")  # fmt: skip
    assert not (tmp_path / "a.pdf").exists()
    out = ok(run(boss, "return", str(office["pdf"]), "--out", str(tmp_path / "r.pdf"),
                 "--note", "Lengkapi bukti dukung"))  # fmt: skip
    assert "dikembalikan" in out
    code, data = verify(boss, tmp_path / "r.pdf")
    assert code == 0 and data["decision"] == "dikembalikan" and len(data["signers"]) == 2
    assert data["approval"]["note"] == "Lengkapi bukti dukung"
    # the employee's copy: receiving a returned summary reopens the month
    employee_copy = tmp_path / "emp"
    shutil.copytree(employee, employee_copy)
    boss_fp = data["signers"][1]["fingerprint_sha256"]
    assert_refused(run(employee_copy, "receive", str(tmp_path / "r.pdf")), boss_fp)  # not trusted yet
    assert_refused(run(employee_copy, "receive", str(tmp_path / "r.pdf"), "--trust-fingerprint", "AB:CD"),
                   "belum Anda percayai")  # fmt: skip
    out = ok(run(employee_copy, "receive", str(tmp_path / "r.pdf"), "--trust-fingerprint",
                 boss_fp.replace(":", "").lower()))  # as read over the phone  # fmt: skip
    assert "DIKEMBALIKAN" in out and "Lengkapi bukti dukung" in out
    ok(run(employee_copy, "log", "add", "--date", f"{office['month']}-01", "--minutes", "30",
           "--location", "rumah", "--text", "Perbaikan"))  # fmt: skip
    # approval with a rating, received by the employee: locked for good
    out = ok(run(boss, "approve", str(office["pdf"]), "--out", str(tmp_path / "a.pdf"), "--note", "Baik",
                 "--hasil-kerja", "di-atas", "--perilaku", "di-atas"))  # fmt: skip
    assert "Predikat kinerja: Sangat Baik" in out
    code, data = verify(boss, tmp_path / "a.pdf")
    assert code == 0 and data["approval"]["rating"]["predikat"] == "Sangat Baik"
    assert_refused(run(boss, "approve", str(tmp_path / "a.pdf"), "--out", str(tmp_path / "b.pdf")),
                   "sudah diberi keputusan")  # fmt: skip
    boss_cer = tmp_path / "boss.cer"
    ok(run(boss, "cert", "export", "--out", str(boss_cer)))
    ok(run(employee, "trust", "add", str(boss_cer)))  # the supervisor's certificate, handed over
    out = ok(run(employee, "receive", str(tmp_path / "a.pdf")))
    assert "terkunci permanen" in out
    assert_refused(run(employee, "unlock", "--month", office["month"], "--reason", "ubah"), "permanen")
    # the supervisor's own app cannot "receive" it: not signed with the supervisor's key
    assert_refused(run(boss, "receive", str(tmp_path / "a.pdf")), "kunci Anda")


def test_recap_folder(office: dict, tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    shutil.copy(office["pdf"], folder / "budi.pdf")
    (folder / "rusak.pdf").write_bytes(b"sampah")
    (folder / "catatan.txt").write_text("bukan pdf", encoding="utf-8")
    ok(run(office["boss"], "trust", "add", str(office["cer"])))
    data = json.loads(ok(run(office["boss"], "recap", str(folder), "--json", "--xlsx", str(tmp_path / "rekap.xlsx"),
                             "--from", office["month"])))  # fmt: skip
    rows = data["files"]  # the rows of old, one per file (the matrix is in "members")
    assert [r["status"] for r in rows] == ["tidak-terbaca", "sah"]
    assert rows[1]["name"] == "Budi Santoso, S.Kom." and rows[1]["month"] == office["month"]
    [budi] = data["members"]
    assert [c["state"] for c in budi["cells"] if c["month"] == office["month"]] == ["menunggu"]
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "rekap.xlsx").worksheets[1]  # the files (the matrix is the first)
    assert sheet.max_row == 3 and sheet["A2"].value == "Tidak terbaca" and sheet["A3"].value == "Sah"
    assert_refused(run(office["boss"], "recap", str(tmp_path / "tidak-ada")), "tidak ada")


def test_trust_management_refusals(office: dict, tmp_path: Path) -> None:
    boss = office["boss"]
    junk = tmp_path / "bukan.cer"
    junk.write_text("bukan sertifikat", encoding="utf-8")
    assert_refused(run(boss, "trust", "add", str(junk)), "bukan sertifikat X.509")
    assert_refused(run(boss, "trust", "add", str(tmp_path / "x.cer")), "tidak ada")
    assert_refused(run(boss, "trust", "remove", "AB:CD"), "Tidak ada sertifikat tepercaya")
    ok(run(boss, "trust", "add", str(office["cer"])))
    ok(run(boss, "trust", "rename", office["fingerprint"].replace(":", "").lower(), "Budi S."))
    assert json.loads(ok(run(boss, "trust", "list", "--json")))[0]["name"] == "Budi S."
    assert "Tidak lagi dipercaya" in ok(run(boss, "trust", "remove", "198609262015051001"))
    assert json.loads(ok(run(boss, "trust", "list", "--json"))) == []
    assert_refused(run(office["employee"], "cert", "export", "--out", str(office["cer"])), "--force")


def test_verify_a_huge_file_is_refused_without_reading_it(office: dict, tmp_path: Path) -> None:
    huge = tmp_path / "besar.pdf"
    with huge.open("wb") as fh:  # sparse: 60 MB on paper, nothing on disk
        fh.write(b"%PDF-1.7\n")
        fh.truncate(60 * 1024 * 1024)
    result = run(office["boss"], "verify", str(huge), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "terlalu besar" in json.loads(result.stdout)["headline"]
