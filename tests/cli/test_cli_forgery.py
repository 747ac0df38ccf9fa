"""`absensi verify|approve|return|receive|trust add` on forgeries in one's own name and on a
conflicting employee certificate, with real keys made by the real command.

A forgery in one's own name exits 1 (README), reports `status` "dipalsukan", the signer's
`trust` "palsu", and carries no `decision` nor `approval`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import EMPLOYEE_NIP, assert_refused, init_args, ok, recent_weekday, run
from tests.cli.test_cli_supervisor import SUPERVISOR_NIP, supervisor_args, verify

BUDI = EMPLOYEE_NIP.replace(" ", "")
BOSS = SUPERVISOR_NIP.replace(" ", "")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Budi and his supervisor; a forger with a key in the supervisor's name and NIP; an
    impostor with a key in Budi's name and NIP; each made with `absensi init`."""
    tmp = tmp_path_factory.mktemp("forgery")
    dirs = {name: tmp / name for name in ("budi", "boss", "forger", "impostor")}
    for name in ("budi", "impostor"):
        ok(run(dirs[name], *init_args()))
    for name in ("boss", "forger"):
        ok(run(dirs[name], *supervisor_args()))
    day = recent_weekday(date.today())
    month = f"{day:%Y-%m}"
    files = {}
    for name in ("budi", "impostor"):
        ok(run(dirs[name], "log", "add", "--date", day.isoformat(), "--start", "08:00", "--end", "11:00",
               "--location", "kantor", "--text", "Menyusun laporan"))  # fmt: skip
        files[name] = tmp / f"{name}.pdf"
        ok(run(dirs[name], "export", "--month", month, "--out", str(files[name])))
    certs = {}
    for name, folder in dirs.items():
        certs[name] = tmp / f"{name}.cer"
        ok(run(folder, "cert", "export", "--out", str(certs[name])))
    ok(run(dirs["boss"], "trust", "add", str(certs["budi"])))
    ok(run(dirs["forger"], "trust", "add", str(certs["budi"])))
    forged = tmp / "palsu-disetujui.pdf"
    ok(run(dirs["forger"], "approve", str(files["budi"]), "--out", str(forged), "--note", "Bagus",
           "--hasil-kerja", "di-atas", "--perilaku", "di-atas"))  # fmt: skip
    # the forger also "approves" the impostor's summary (trusting the impostor's key)
    ok(run(dirs["forger"], "trust", "add", str(certs["impostor"])))
    on_impostor = tmp / "impostor-disetujui.pdf"
    ok(run(dirs["forger"], "approve", str(files["impostor"]), "--out", str(on_impostor)))
    return {"dirs": dirs, "files": files, "certs": certs, "forged": forged, "on_impostor": on_impostor,
            "month": month, "tmp": tmp}  # fmt: skip


def test_verify_a_decision_forged_in_the_supervisors_own_name(office: dict) -> None:
    boss = office["dirs"]["boss"]
    code, data = verify(boss, office["forged"])
    assert code == 1 and data["exit_code"] == 1 and data["status"] == "dipalsukan"
    assert [(s["role"], s["trust"]) for s in data["signers"]] == [("pegawai", "dipercaya"), ("pejabat", "palsu")]
    assert data["signers"][1]["nip"] == BOSS and data["all_signers_trusted"] is False
    assert data["decision"] is None and data["approval"] is None  # never counted as a decision
    assert data["intact"] is True and data["headline"].startswith(f"PALSU: keputusan di berkas ini ditandatangani atas nama Anda (NIP {BOSS})")
    text = run(boss, "verify", str(office["forged"]))
    assert text.returncode == 1 and text.stdout.startswith("PALSU: keputusan")
    assert "Pejabat penilai: Dra. Siti Aminah, M.M." in text.stdout
    assert "PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda" in text.stdout
    assert "Keputusan: TIDAK BERLAKU" in text.stdout
    assert "disetujui" not in text.stdout and "Predikat" not in text.stdout
    # given with --trust for this check only: still a forgery
    code, data = verify(boss, office["forged"], "--trust", str(office["certs"]["forger"]))
    assert code == 1 and data["status"] == "dipalsukan"
    # the forger's own app sees its own key; the employee sees an unknown supervisor
    assert verify(office["dirs"]["forger"], office["forged"])[1]["status"] == "sah"
    assert verify(office["dirs"]["budi"], office["forged"])[1]["status"] == "penanda-tangan-belum-dikenal"


def test_the_forgers_certificate_cannot_be_trusted_nor_the_file_decided(office: dict, tmp_path: Path) -> None:
    boss = office["dirs"]["boss"]
    assert_refused(run(boss, "trust", "add", str(office["certs"]["forger"])),
                   f"atas NIP Anda sendiri ({BOSS}), tetapi bukan sertifikat Anda")  # fmt: skip
    assert [t["nip"] for t in json.loads(ok(run(boss, "trust", "list", "--json")))] == [BUDI]
    for command, extra in (("approve", []), ("return", ["--note", "perbaiki"])):
        assert_refused(run(boss, command, str(office["forged"]), "--out", str(tmp_path / f"{command}.pdf"), *extra),
                       "tidak bisa disetujui atau dikembalikan. PALSU")  # fmt: skip
        assert not (tmp_path / f"{command}.pdf").exists()
    assert_refused(run(boss, "receive", str(office["forged"])), "Keputusan tidak diterapkan. PALSU")


def test_the_employee_side_a_summary_in_her_own_name(office: dict) -> None:
    budi = office["dirs"]["budi"]
    code, data = verify(budi, office["files"]["impostor"])
    assert code == 1 and data["status"] == "dipalsukan" and data["signers"][0]["trust"] == "palsu"
    code, data = verify(budi, office["on_impostor"])
    assert code == 1 and data["decision"] is None and data["approval"] is None
    assert data["headline"].startswith(f"PALSU: ringkasan ini ditandatangani atas nama Anda (NIP {BUDI})")
    fingerprint = data["signers"][1]["fingerprint_sha256"]
    for extra in ([], ["--trust-fingerprint", fingerprint]):
        assert_refused(run(budi, "receive", str(office["on_impostor"]), *extra), "Keputusan tidak diterapkan. PALSU")
    assert json.loads(ok(run(budi, "trust", "list", "--json"))) == []  # nothing trusted on the way
    assert_refused(run(budi, "trust", "add", str(office["certs"]["impostor"])), "bukan sertifikat Anda")
    # her own summary is still hers
    assert verify(budi, office["files"]["budi"])[1]["signers"][0]["trust"] == "sendiri"


def test_approving_a_conflicting_employee_certificate_gives_the_warning(office: dict, tmp_path: Path) -> None:
    boss = office["dirs"]["boss"]
    code, data = verify(boss, office["files"]["impostor"])
    assert code == 3 and data["status"] == "sertifikat-berbeda"
    for command, extra in (("approve", []), ("return", ["--note", "perbaiki"])):
        result = run(boss, command, str(office["files"]["impostor"]), "--out", str(tmp_path / "x.pdf"), *extra)
        assert_refused(result, f"PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {BUDI}")
        assert "belum Anda kenal" not in result.stderr and not (tmp_path / "x.pdf").exists()


def test_the_exit_code_table_maps_a_forgery_to_1() -> None:
    from absensi_app.cli import VERIFY_EXIT_CODES
    from absensi_app.domain.verdict import Outcome

    assert VERIFY_EXIT_CODES[Outcome.FORGED.value] == 1 and set(VERIFY_EXIT_CODES) == {o.value for o in Outcome}
