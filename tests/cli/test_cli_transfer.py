"""`absensi transfer export|import`: moving to a new computer, as a user would (subprocesses).

The old computer's folder holds a profile with a key, entries in two months, day statuses, an
SKP plan, a holiday change, an evidence file, a signed export (a locked month and history) and
a trusted certificate. The new folder must show the same after the import. Every refused file
leaves the target folder byte for byte as it was: a representative few bad files here, the
whole matrix through the service in tests/unit/test_transfer.py (same files, same words).

A subprocess costs most of a second, so independent read-only commands run side by side
(``run_many``), the old folder's view is taken once, and the supervisor's certificate is made
while the old folder fills.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from absensi_app.services.demo import SAMPLE_PLAN
from tests.cli.test_cli import ABSENSI, EMPLOYEE_NIP, _env, assert_refused, init_args, ok, recent_weekday, run, run_many
from tests.cli.test_cli_supervisor import supervisor_args
from tests.unit.test_transfer import OTHER_NIP, folder_state, hostile_files

#: The bad files the command line itself refuses (the rest: tests/unit/test_transfer.py).
REPRESENTATIVE = ["hash", "dotdot", "truncated", "fifo"]


def supervisor_certificate(base: Path) -> Path:
    """A supervisor's folder and the certificate exported from it."""
    boss = base / "atasan"
    ok(run(boss, *supervisor_args()))
    boss_cer = base / "atasan.cer"
    ok(run(boss, "cert", "export", "--out", str(boss_cer)))
    return boss_cer


@pytest.fixture(scope="module")
def old(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The old computer: a full data folder, exported once to a transfer file."""
    base = tmp_path_factory.mktemp("lama")
    data = base / "data"
    day = recent_weekday(date.today())
    first_of_month = day.replace(day=1)
    earlier = recent_weekday(first_of_month)  # a working day of the previous month
    status_day = recent_weekday(earlier)
    months = sorted({f"{day:%Y-%m}", f"{earlier:%Y-%m}"})
    supervisor = ThreadPoolExecutor(max_workers=1)
    boss_cer = supervisor.submit(supervisor_certificate, base)
    ok(run(data, *init_args()))
    plan = base / "rencana.json"
    plan.write_text(json.dumps(SAMPLE_PLAN, ensure_ascii=False), encoding="utf-8")
    for year in sorted({day.year, earlier.year}):
        ok(run(data, "skp", "import", str(plan), "--year", str(year)))
    rhk = json.loads(ok(run(data, "skp", "list", "--year", str(day.year), "--json")))["periods"][0]["rhk"][0]["id"]
    evidence = base / "notula rapat.txt"
    evidence.write_text("Notula rapat koordinasi\n", encoding="utf-8")
    for result in run_many(data, [  # independent writes, side by side (each waits for the others' commits)
        ("log", "add", "--date", day.isoformat(), "--start", "08:00", "--end", "10:00", "--location", "kantor",
         "--text", "Rapat koordinasi", "--qty", "1", "--unit", "laporan", "--rhk", str(rhk),
         "--evidence", str(evidence)),
        ("log", "add", "--date", day.isoformat(), "--minutes", "90", "--location", "rumah",
         "--text", "Menyusun bahan paparan"),
        ("log", "add", "--date", earlier.isoformat(), "--start", "07:30", "--end", "11:00",
         "--location", "dinas-luar", "--text", "Monitoring aplikasi di kecamatan"),
        ("status", "--date", status_day.isoformat(), "--status", "cuti", "--leave-kind", "tahunan",
         "--note", "Keperluan keluarga"),
        ("holiday", "add", "--date", f"{day.year}-08-09", "--name", "Hari Jadi Kabupaten Contoh"),
    ]):  # fmt: skip
        ok(result)
    pdf = base / "ringkasan.pdf"
    ok(run(data, "export", "--month", f"{earlier:%Y-%m}", "--out", str(pdf)))  # signs and locks
    ok(run(data, "trust", "add", str(boss_cer.result()), "--name", "Ibu Siti"))
    supervisor.shutdown()

    transfer = base / "pindah.zip"
    out = ok(run(data, "transfer", "export", "--out", str(transfer)))
    years = sorted({day.year, earlier.year})
    return {"data": data, "transfer": transfer, "out": out, "months": months, "pdf": pdf,
            "years": years, "base": base, "view": view(data, months, years)}  # fmt: skip


def view(data: Path, months: list[str], years: list[int]) -> dict:
    """What the user sees of a data folder, through the real commands (read-only, run side by side)."""
    reads = {m: ("log", "list", "--month", m, "--json") for m in months}
    reads |= {"history": ("history", "--verify", "--json"), "history_text": ("history", "--verify"),
              "key": ("key", "show", "--json"), "trust": ("trust", "list", "--json"),
              "profile": ("profile", "--json")}  # fmt: skip
    for year in years:
        reads[f"holiday-{year}"] = ("holiday", "list", "--year", str(year), "--json")
        reads[f"skp-{year}"] = ("skp", "list", "--year", str(year), "--json")
    out = {name: ok(result) for name, result in zip(reads, run_many(data, list(reads.values())), strict=True)}
    seen = {name: json.loads(text) for name, text in out.items() if name not in ("history_text", "key", "profile")}
    seen["history_text"] = out["history_text"].splitlines()[-1]
    key = json.loads(out["key"])
    seen["fingerprint"] = key["fingerprint_sha256"] if "fingerprint_sha256" in key else key.get("fingerprint")
    seen["key"] = {k: v for k, v in key.items() if k != "data_dir"}
    profile = json.loads(out["profile"])
    profile.pop("data_dir")
    seen["profile"] = profile
    return seen


def test_export_writes_one_checked_file(old: dict) -> None:
    out = old["out"]
    assert "Berkas pindah ditulis ke" in out and "3 kegiatan dalam 2 bulan" in out
    assert "1 bulan terkunci" in out and "1 berkas bukti" in out and "terenkripsi" in out
    with zipfile.ZipFile(old["transfer"]) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "absensi-transfer" and manifest["version"] == 1
        assert manifest["nip"] == "198609262015051001" and manifest["name"] == "Budi Santoso, S.Kom."
        assert {m["name"] for m in manifest["members"]} == set(names) - {"manifest.json"}
        for member in manifest["members"]:
            assert hashlib.sha256(zf.read(member["name"])).hexdigest() == member["sha256"]
        # no logs, no backups; the private keys exactly as on disk (encrypted), never decrypted
        assert not [n for n in names if n.startswith(("logs/", "backups/"))]
        assert (old["data"] / "backups").is_dir() and (old["data"] / "logs").is_dir()
        for key_file in ("tanda-tangan-kunci.json", "ca-pribadi-kunci.json"):
            stored = zf.read(f"keys/{key_file}")
            assert stored == (old["data"] / "keys" / key_file).read_bytes()
            assert json.loads(stored)["format"] == "absensi-kunci-terenkripsi"
            assert b"PRIVATE KEY" not in stored
        assert not [n for n in names if zf.read(n).find(b"BEGIN PRIVATE KEY") >= 0]
        assert len([n for n in names if n.startswith("bukti/")]) == 1
        image = zf.read("absensi.sqlite")
    assert image[18:20] == b"\x01\x01"  # a self-contained file, not a WAL database without its WAL
    if os.name == "posix":  # the whole log and the encrypted keys: the user's alone
        assert old["transfer"].stat().st_mode & 0o777 == 0o600
    # a second export to the same name needs --force; a target inside the data folder never
    again, inside, inside_bukti = run_many(old["data"], [
        ("transfer", "export", "--out", str(old["transfer"])),
        ("transfer", "export", "--out", str(old["data"] / "x.zip"), "--force"),
        ("transfer", "export", "--out", str(old["data"] / "bukti" / "x.zip")),
    ])  # fmt: skip
    assert_refused(again, "--force")
    assert_refused(inside, "di dalam folder data")
    assert_refused(inside_bukti, "di dalam folder data")


def test_round_trip_to_a_new_computer(old: dict, tmp_path: Path) -> None:
    new = tmp_path / "baru" / "data"
    out = ok(run(new, "transfer", "import", str(old["transfer"])))
    assert "Budi Santoso, S.Kom. (NIP 198609262015051001)" in out and "3 kegiatan dalam 2 bulan" in out
    before = old["view"]
    after = view(new, old["months"], old["years"])
    assert after == before
    assert after["history"]["verify"]["ok"] is True and "Rantai riwayat utuh" in after["history_text"]
    assert len(after["trust"]) == 1 and after["trust"][0]["name"] == "Ibu Siti"
    assert any(h["source"] == "ditambahkan" for h in after[f"holiday-{old['years'][-1]}"]["holidays"])
    entry = next(e for m in old["months"] for e in after[m]["entries"] if e["evidence_file"])
    copied = new / "bukti" / entry["evidence_file"]
    assert hashlib.sha256(copied.read_bytes()).hexdigest() == entry["evidence_sha256"]
    assert any(s["status"] == "cuti" for m in old["months"] for s in after[m]["day_status"])
    # the locked month stays locked; the key opens with the same passphrase and signs;
    # the summary signed on the old computer is one's own on the new one
    locked_month = min(old["months"])
    locked, verified = run_many(new, [
        ("log", "add", "--date", f"{locked_month}-01", "--minutes", "30", "--location", "kantor", "--text", "x"),
        ("verify", str(old["pdf"])),
    ])  # fmt: skip
    assert_refused(locked, "terkunci")
    assert verified.returncode == 0
    ok(run(new, "export", "--month", max(old["months"]), "--out", str(tmp_path / "baru.pdf")))
    assert not [p for p in new.iterdir() if p.name.startswith(".pindah")]
    if os.name == "posix":
        assert (new / "keys").stat().st_mode & 0o077 == 0
        assert (new / "keys" / "tanda-tangan-kunci.json").stat().st_mode & 0o077 == 0


@pytest.fixture(scope="module")
def same_person(old: dict) -> Path:
    """A folder where the same person (same NIP) already started logging."""
    data = old["base"] / "sama"
    ok(run(data, *init_args("19860926 201505 1 001", "--no-key")))
    ok(run(data, "log", "add", "--minutes", "60", "--location", "kantor", "--text", "Catatan lama"))
    return data


@pytest.fixture(scope="module")
def hostile(old: dict) -> dict[str, tuple[Path, str]]:
    """Bad transfer files and the words their refusal must contain."""
    return hostile_files(old["transfer"], old["base"] / "jahat")


@pytest.mark.parametrize("case", REPRESENTATIVE)
def test_bad_files_are_refused_and_change_nothing(case: str, hostile: dict, same_person: Path,
                                                  tmp_path: Path) -> None:  # fmt: skip
    path, words = hostile[case]
    # into a folder of the same person, with --replace: everything is checked before anything is
    # moved; and into a new computer's folder, which is not even created
    before = folder_state(same_person)
    new = tmp_path / "baru"
    into_same, into_new = run_many(None, [("--data-dir", str(same_person), "transfer", "import", str(path), "--replace"),
                                          ("--data-dir", str(new), "transfer", "import", str(path))])  # fmt: skip
    assert_refused(into_same, words)
    assert folder_state(same_person) == before
    assert_refused(into_new, words)
    assert not new.exists()
    assert not (tmp_path / "jahat.txt").exists() and not Path("/tmp/jahat.txt").exists()


def test_two_people_are_never_mixed(old: dict, same_person: Path, tmp_path: Path) -> None:
    other = tmp_path / "rekan"
    ok(run(other, *init_args(OTHER_NIP, "--no-key")))
    before = folder_state(other)
    for extra in ((), ("--replace",)):
        assert_refused(run(other, "transfer", "import", str(old["transfer"]), *extra), "pegawai lain")
        assert folder_state(other) == before
    before = folder_state(same_person)
    assert_refused(run(same_person, "transfer", "import", str(old["transfer"])), "--replace")
    assert folder_state(same_person) == before


def test_replace_keeps_what_it_replaced(old: dict, same_person: Path, tmp_path: Path) -> None:
    target = tmp_path / "sama"
    shutil.copytree(same_person, target)
    made_key, listed = run_many(target, [("key", "create"), ("log", "list", "--json")])
    ok(made_key)  # the key this computer had made
    old_keys = {p.name: p.read_bytes() for p in (target / "keys").iterdir() if p.is_file()}
    old_list = json.loads(ok(listed))
    out = ok(run(target, "transfer", "import", str(old["transfer"]), "--replace"))
    assert "dicadangkan ke" in out and "disimpan di" in out
    backups = sorted((target / "backups").glob("absensi-*-before-import.sqlite"))
    assert len(backups) == 1 and backups[0].as_posix() in out.replace(os.sep, "/")
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in conn.execute("SELECT description FROM entry")] == ["Catatan lama"]
    conn.close()
    aside = next(target.glob("sebelum-impor-*"))
    assert {p.name: p.read_bytes() for p in (aside / "keys").iterdir() if p.is_file()} == old_keys
    assert view(target, old["months"], old["years"]) == old["view"]
    assert old_list["entries"] and old_list["entries"][0]["description"] == "Catatan lama"


def test_command_line_misuse_is_exit_2(tmp_path: Path) -> None:
    for args in (("transfer",), ("transfer", "export"), ("transfer", "import"), ("transfer", "import", "a", "b")):
        result = run(tmp_path / "data", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert ok(run(None, "transfer", "import", "--help")).count("--replace") >= 1


def run_in(cwd: Path, data: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """``absensi --data-dir DATA ARGS`` started in ``cwd``, optionally under ``umask``."""
    return subprocess.run([ABSENSI, "--data-dir", str(data), *args], capture_output=True, text=True, timeout=60,
                          env=_env(), stdin=subprocess.DEVNULL, cwd=cwd,
                          preexec_fn=None if umask is None else (lambda: os.umask(umask)))  # fmt: skip


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_file_and_the_evidence_are_private_whatever_the_umask(tmp_path: Path) -> None:
    source = tmp_path / "lama"
    note = tmp_path / "notula.txt"
    note.write_text("notula\n", encoding="utf-8")
    ok(run_in(tmp_path, source, *init_args(EMPLOYEE_NIP, "--no-key"), umask=0))
    ok(run_in(tmp_path, source, "log", "add", "--minutes", "60", "--location", "kantor", "--text", "Rapat",
              "--evidence", str(note), umask=0))  # fmt: skip
    transfer = tmp_path / "pindah.zip"
    ok(run_in(tmp_path, source, "transfer", "export", "--out", str(transfer), umask=0))
    assert _mode(transfer) == 0o600
    new = tmp_path / "usb" / "komputer-baru" / "data"  # import creates the two folders above it too
    ok(run_in(tmp_path, new, "transfer", "import", str(transfer), umask=0))
    for data in (source, new):
        evidence = [p for p in (data / "bukti").rglob("*") if p.is_file()]
        assert len(evidence) == 1
        assert _mode(evidence[0]) == 0o600, data
        assert _mode(evidence[0].parent) == 0o700 and _mode(data / "bukti") == 0o700, data
    for folder in (tmp_path / "usb", tmp_path / "usb" / "komputer-baru", new):
        assert _mode(folder) == 0o700, folder


def test_out_must_name_a_file(old: dict, tmp_path: Path) -> None:
    dash = run_in(tmp_path, old["data"], "transfer", "export", "--out", "-")
    empty = run_in(tmp_path, old["data"], "transfer", "export", "--out", "")
    assert_refused(dash, "--out butuh nama berkas")
    assert "'-'" in dash.stderr and "ZIP" in dash.stderr
    assert_refused(empty, "--out butuh nama berkas")
    assert list(tmp_path.iterdir()) == []  # no file named "-" (nor anything else) was written


def _one_warning(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 0, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("absensi: peringatan: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def test_evidence_missing_from_bukti_is_a_warning(old: dict, tmp_path: Path) -> None:
    data = tmp_path / "lama"
    shutil.copytree(old["data"], data)
    [lost] = [p for p in (data / "bukti").rglob("*") if p.is_file()]
    name = lost.relative_to(data / "bukti").as_posix()
    lost.unlink()
    transfer = tmp_path / "pindah.zip"
    exported = run(data, "transfer", "export", "--out", str(transfer))
    _one_warning(exported, "1 berkas bukti", name)
    assert "0 berkas bukti" in exported.stdout
    imported = run(tmp_path / "baru", "transfer", "import", str(transfer))
    _one_warning(imported, "1 berkas bukti", name)


def test_replace_keeps_a_damaged_database_aside(old: dict, tmp_path: Path) -> None:
    data = tmp_path / "rusak"
    ok(run(data, "transfer", "import", str(old["transfer"])))
    db = data / "absensi.sqlite"
    damaged = db.read_bytes()[:20000]  # a truncated file, as after a full disk or a bad copy
    db.write_bytes(damaged)
    before = folder_state(data)
    refused = run(data, "transfer", "import", str(old["transfer"]))
    assert_refused(refused, "--replace")
    assert "terpotong" in refused.stderr and "tidak dihapus" in refused.stderr
    assert folder_state(data) == before
    out = ok(run(data, "transfer", "import", str(old["transfer"]), "--replace"))
    [kept] = (data / "backups").glob("rusak-*-absensi.sqlite")
    assert kept.read_bytes() == damaged and str(kept) in out and "tidak dihapus" in out
    assert view(data, old["months"], old["years"]) == old["view"]
