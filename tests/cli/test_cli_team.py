"""`absensi recap FOLDER [--from] [--to] [--xlsx] [--json]` (the team table) and
`absensi approve FILE... --out-dir DIR` over the real office of tests/team_office.py, run as
a user would (subprocesses; the command uses the real date, so owed months are computed from
today)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, ok, run
from tests.team_office import ANDI, PASS, RINA, SARI, build_office, close_office

ENV = {"ABSENSI_PASSPHRASE": PASS}
THIS_MONTH = f"{date.today():%Y-%m}"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    office = build_office(tmp_path_factory.mktemp("tim-cli"))
    office["boss"].close()  # the command opens the data folder itself
    yield office
    close_office(office)


def recap(office: dict, *extra: str) -> str:
    return ok(run(office["boss"].paths.data_dir, "recap", str(office["inbox"]), *extra, env=ENV))


def test_recap_json_has_the_matrix_and_the_rows(office: dict, tmp_path: Path) -> None:
    data = json.loads(recap(office, "--from", "2026-08", "--to", "2026-11", "--json"))
    assert data["period"] == {"from": "2026-08", "to": "2026-11"}
    assert data["months"] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    members = {m["nip"]: m for m in data["members"]}
    rina = members[RINA.nip]
    assert [c["state"] for c in rina["cells"]] == ["belum-diterima", "disetujui", "menunggu", "dikembalikan"]
    assert rina["cells"][1]["predikat"] == "Sangat Baik" and rina["cells"][2]["revision"] == 2
    assert {f["file"]: f["role"] for f in rina["cells"][2]["files"]} == {
        "rina-2026-10-r2.pdf": "berlaku", "rina-2026-10-r2-salinan.pdf": "salinan",
        "rina-2026-10-dikembalikan.pdf": "diganti-revisi-baru", "rina-2026-10.pdf": "diganti-revisi-baru"}
    assert rina["missing"] == [m for m in ("2026-08",) if m < THIS_MONTH]
    andi_nov = members[ANDI.nip]["cells"][3]
    assert andi_nov["state"] == "bermasalah" and andi_nov["predikat"] is None and andi_nov["approval"] is None
    sari = members[SARI.nip]  # sent nothing: still a member, every month over is owed
    assert sari["trusted"] and sari["missing"] == [m for m in data["months"] if m < THIS_MONTH]
    # the rows of old: one per file, the same keys, and what the file is to the matrix
    files = {r["file"]: r for r in data["files"]}
    assert len(files) == len(list(office["inbox"].glob("*.pdf")))
    old_keys = {"status", "file", "name", "nip", "month", "revision", "total_minutes", "expected_minutes",
                "by_location", "missing_days", "rhk_percent", "approval", "predikat", "headline"}  # fmt: skip
    assert all(old_keys | {"role"} == set(r) for r in data["files"])
    changed = files["andi-2026-11-disetujui.pdf"]
    assert (changed["status"], changed["approval"], changed["predikat"]) == ("tidak-sah", None, None)
    assert files["foto.pdf"]["role"] == "tanpa-bulan" and files["rina-2026-09.pdf"]["role"] == "salinan"
    assert data["summary"]["files"] == len(files) and data["summary"]["menunggu"] == 1


def test_recap_text_shows_who_owes_what(office: dict, tmp_path: Path) -> None:
    out = recap(office, "--from", "2026-09", "--to", "2026-11", "--xlsx", str(tmp_path / "tim.xlsx"))
    lines = out.splitlines()
    assert lines[0].startswith("Rekap tim September \u2013 November 2026: 5 pegawai, 12 berkas")
    header = next(line for line in lines if line.startswith("Nama "))
    assert header.split()[-3:] == ["Sep", "Okt", "Nov"]
    rina = next(line for line in lines if line.startswith(RINA.name))
    assert rina.split()[-3:] == ["S", "M", "K"]
    andi = next(line for line in lines if line.startswith(ANDI.name))
    assert andi.split()[-1] == "!"
    assert "Menunggu keputusan (1):" in out and "Oktober 2026 revisi 2 (rina-2026-10-r2.pdf)" in out
    assert "diubah / tidak sah (andi-2026-11-disetujui.pdf)" in out and "foto.pdf: Tidak terbaca" in out
    assert lines[-1].startswith("12 berkas, 3 bermasalah;") and lines[-1].endswith(f"ditulis ke {tmp_path / 'tim.xlsx'}.")
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "tim.xlsx")["Rekap Tim"]
    assert ws["A3"].value == "Periode: September \u2013 November 2026"


def test_recap_refusals(office: dict, tmp_path: Path) -> None:
    data_dir, inbox = office["boss"].paths.data_dir, str(office["inbox"])
    assert_refused(run(data_dir, "recap", inbox, "--from", "2026-13"), "Bulan '2026-13' tidak sah")
    assert_refused(run(data_dir, "recap", inbox, "--from", "2026-11", "--to", "2026-01"), "sesudah")
    assert_refused(run(data_dir, "recap", inbox, "--from", "2020-01", "--to", "2026-01"), "paling panjang")
    assert_refused(run(data_dir, "recap", inbox, "--xlsx", str(tmp_path / "tidak-ada" / "r.xlsx")), "tidak ada")


def test_approve_several_files_at_once(office: dict, tmp_path: Path) -> None:
    data_dir, inbox = office["boss"].paths.data_dir, office["inbox"]
    out = tmp_path / "disetujui"
    out.mkdir()
    waiting = [str(inbox / "rina-2026-10-r2.pdf"), str(inbox / "andi-2026-11.pdf")]
    # the usage: --out is for one file, --out-dir for several; never both
    assert_refused(run(data_dir, "approve", *waiting, "--out", str(tmp_path / "x.pdf"), env=ENV), "--out-dir")
    assert_refused(run(data_dir, "approve", waiting[0], env=ENV), "--out OUT.pdf")
    assert_refused(run(data_dir, "approve", *waiting, "--out", str(tmp_path / "x.pdf"), "--out-dir", str(out),
                       env=ENV), "tidak keduanya")  # fmt: skip
    assert_refused(run(data_dir, "approve", *waiting, "--out-dir", str(tmp_path / "tidak-ada"), env=ENV), "tidak ada")
    # a wrong passphrase: nothing is written
    assert_refused(run(data_dir, "approve", *waiting, "--out-dir", str(out),
                       env={"ABSENSI_PASSPHRASE": "salah-salah-salah"}), "Frasa sandi salah")  # fmt: skip
    assert list(out.iterdir()) == []
    result = run(data_dir, "approve", *waiting, str(inbox / "rina-2026-09-disetujui.pdf"), "--out-dir", str(out),
                 "--note", "Terima kasih", env=ENV)  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr  # one of the three was refused
    assert "rina-2026-09-disetujui.pdf tidak disetujui" in result.stderr and "sudah diberi keputusan" in result.stderr
    assert "2 dari 3 ringkasan disetujui." in result.stdout
    assert f"Disetujui: rina-2026-10-r2.pdf ({RINA.name}, Oktober 2026 revisi 2)" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["andi-2026-11-disetujui.pdf", "rina-2026-10-r2-disetujui.pdf"]
    verdict = json.loads(run(data_dir, "verify", str(out / "andi-2026-11-disetujui.pdf"), "--json").stdout)
    assert verdict["status"] == "sah" and verdict["decision"] == "disetujui"
    assert verdict["approval"]["note"] == "Terima kasih"
    # the single form still works
    single = ok(run(data_dir, "approve", waiting[0], "--out", str(tmp_path / "satu.pdf"), env=ENV))
    assert "disetujui; ditulis ke" in single and (tmp_path / "satu.pdf").is_file()
