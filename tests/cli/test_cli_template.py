"""`absensi template add|list|remove` and `absensi log add --template` through real processes
on a fixed clock (see tests/cli/test_cli_timer.py's ``run_at``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, init_args, list_json, ok
from tests.cli.test_cli_timer import THURSDAY, run_at

NOW = f"{THURSDAY}T15:00"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    ok(run_at(folder, NOW, *init_args("19860926 201505 1 001", "--no-key")))
    return folder


def templates(data: Path) -> list[dict]:
    return json.loads(ok(run_at(data, NOW, "template", "list", "--json")))


def test_add_list_remove_and_from_an_entry(data: Path) -> None:
    assert ok(run_at(data, NOW, "template", "list")).startswith("Belum ada templat.")
    assert templates(data) == []
    out = ok(run_at(data, NOW, "template", "add", "Rapat Mingguan", "--text", "Rapat  koordinasi mingguan",
                    "--location", "rumah", "--unit", "notula", "--minutes", "90"))
    assert out == ("Templat 'Rapat Mingguan' tersimpan: Rapat koordinasi mingguan [Rumah; satuan notula; "
                   "biasanya 1 j 30 m]\n")
    assert_refused(run_at(data, NOW, "template", "add", "rapat MINGGUAN", "--text", "x"), "sudah ada")
    ok(run_at(data, NOW, "log", "add", "--start", "08:00", "--end", "10:30", "--location", "kantor",
              "--text", "Menyusun laporan", "--qty", "1", "--unit", "laporan"))
    ok(run_at(data, NOW, "template", "add", "Laporan", "--from-entry", "1", "--location", "kantor-lain"))
    assert templates(data) == [
        {"name": "Laporan", "description": "Menyusun laporan", "location": "kantor-lain", "rhk_id": None,
         "action_id": None, "unit": "laporan", "minutes": 150},
        {"name": "Rapat Mingguan", "description": "Rapat koordinasi mingguan", "location": "rumah",
         "rhk_id": None, "action_id": None, "unit": "notula", "minutes": 90},
    ]  # fmt: skip
    listed = ok(run_at(data, NOW, "template", "list"))
    assert "Laporan: Menyusun laporan [Kantor lain; satuan laporan; biasanya 2 j 30 m]" in listed
    assert listed.endswith("Jumlah: 2 templat.\n")
    assert ok(run_at(data, NOW, "template", "remove", "LAPORAN")) == "Templat 'Laporan' dihapus.\n"
    assert [t["name"] for t in templates(data)] == ["Rapat Mingguan"]
    assert_refused(run_at(data, NOW, "template", "remove", "Laporan"),
                   "Templat 'Laporan' tidak ada. Templat yang ada: Rapat Mingguan.")


def test_bad_template_input_is_refused_and_changes_nothing(data: Path) -> None:
    for args, fragment in [
        (["template", "add", "x"], "Sebutkan --text"),
        (["template", "add", "x", "--text", "  "], "Uraian kegiatan templat wajib"),
        (["template", "add", "", "--text", "x"], "Nama templat wajib"),
        (["template", "add", "n" * 101, "--text", "x"], "Nama templat terlalu panjang"),
        (["template", "add", "x", "--text", "x", "--minutes", "0"], "Durasi biasa 0 menit"),
        (["template", "add", "x", "--text", "x", "--rhk", "3"], "RHK nomor 3 tidak ada"),
        (["template", "add", "x", "--text", "x", "--action", "3"], "Rencana Aksi nomor 3 tidak ada"),
        (["template", "add", "x", "--from-entry", "42"], "Kegiatan nomor 42 tidak ada"),
        (["template", "add", "x", "--text", "a\x1bb"], "karakter kendali"),
    ]:
        assert_refused(run_at(data, NOW, *args), fragment)
    for args in (["template", "add", "x", "--minutes", "satu"], ["template", "add"],
                 ["template", "list", "--json=1"], ["template", "add", "x", "--location", "mars"]):
        result = run_at(data, NOW, *args)
        assert result.returncode == 2 and result.stderr.startswith("pemakaian: absensi"), (args, result.stderr)
    assert templates(data) == []


def test_log_add_takes_what_the_options_leave_from_the_template(data: Path) -> None:
    ok(run_at(data, NOW, "template", "add", "Rapat", "--text", "Rapat koordinasi", "--location", "rumah",
              "--unit", "notula", "--minutes", "90"))
    ok(run_at(data, NOW, "template", "add", "Tanpa lokasi", "--text", "Membaca surat masuk"))
    ok(run_at(data, NOW, "log", "add", "--template", "rapat", "--start", "08:00"))  # the end from 90 min
    ok(run_at(data, NOW, "log", "add", "--template", "Rapat", "--date", "2026-11-25", "--qty", "2"))
    ok(run_at(data, NOW, "log", "add", "--template", "Rapat", "--date", "2026-11-24", "--text", "Rapat evaluasi",
              "--location", "kantor", "--minutes", "30"))
    got = [(e["date"], e["start"], e["end"], e["minutes"], e["location"], e["description"], e["quantity"],
            e["unit"]) for e in list_json(data, "2026-11")["entries"]]
    assert got == [
        ("2026-11-24", None, None, 30, "kantor", "Rapat evaluasi", None, None),
        ("2026-11-25", None, None, 90, "rumah", "Rapat koordinasi", 2, "notula"),
        (THURSDAY, "08:00", "09:30", 90, "rumah", "Rapat koordinasi", None, None),
    ]  # fmt: skip
    before = list_json(data, "2026-11")
    assert_refused(run_at(data, NOW, "log", "add", "--template", "Tanpa lokasi", "--minutes", "5"),
                   "Templat 'Tanpa lokasi' tidak menyebut lokasi; tambahkan --location.")
    assert_refused(run_at(data, NOW, "log", "add", "--template", "Tanpa lokasi", "--location", "kantor"),
                   "Isi jam mulai dan jam selesai, atau durasi")
    assert_refused(run_at(data, NOW, "log", "add", "--template", "Rapat", "--start", "23:00"),
                   "melewati tengah malam")
    assert_refused(run_at(data, NOW, "log", "add", "--template", "Tidak ada", "--minutes", "5"),
                   "Templat 'Tidak ada' tidak ada")
    missing = run_at(data, NOW, "log", "add", "--minutes", "5")  # no template: as before, exit 2
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[-1].endswith("argumen wajib belum diisi: --location, --text")
    assert list_json(data, "2026-11") == before
