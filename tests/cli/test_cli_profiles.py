"""`absensi --profile NAME ...` and `absensi profiles ...` (issue 13): the real command in
subprocesses (`python -m absensi_app`) over a data root of the test's own ($ABSENSI_DATA_ROOT).

Entries are logged on a weekday before today (the command uses the real date)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, init_args, ok, recent_weekday
from tests.cli.test_cli import run as run_absensi

MODULE = (sys.executable, "-m", "absensi_app")
SITI, BUDI = "Siti Nurhaliza", "Budi Santoso"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "akar"


def run(root: Path, *args: str, env: dict[str, str] | None = None):  # noqa: ANN201
    return run_absensi(None, *args, env={"ABSENSI_DATA_ROOT": str(root), **(env or {})}, command=MODULE)


def _day() -> str:
    return recent_weekday(date.today()).isoformat()


def _entries(root: Path, *where: str, env: dict[str, str] | None = None) -> list[str]:
    listing = json.loads(ok(run(root, *where, "log", "list", "--month", _day()[:7], "--json", env=env)))
    return [e["description"] for e in listing["entries"]]


def _log(root: Path, *where: str, text: str, env: dict[str, str] | None = None):  # noqa: ANN202
    return run(root, *where, "log", "add", "--date", _day(), "--start", "08:00", "--end", "09:00",
               "--location", "kantor", "--text", text, env=env)  # fmt: skip


def _two_profiles(root: Path, key_for_siti: bool = False) -> None:
    ok(run(root, "profiles", "add", SITI))
    ok(run(root, "profiles", "add", BUDI))
    ok(run(root, "--profile", SITI, *init_args(), *(() if key_for_siti else ("--no-key",))))
    ok(run(root, "--profile", BUDI, *init_args(), "--no-key"))


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def test_two_profiles_keep_their_logs_apart(root: Path) -> None:
    _two_profiles(root)
    ok(_log(root, "--profile", SITI, text="Menyusun laporan Siti"))
    ok(_log(root, "--profile", "budi santoso", text="Rapat koordinasi Budi"))  # letter case ignored
    assert _entries(root, "--profile", SITI) == ["Menyusun laporan Siti"]
    assert _entries(root, "--profile", BUDI) == ["Rapat koordinasi Budi"]
    assert _entries(root, env={"ABSENSI_PROFILE": BUDI}) == ["Rapat koordinasi Budi"]
    assert _entries(root) == ["Menyusun laporan Siti"]  # none named: the last used (the first added)
    assert "dibuka bila tidak disebut --profile" in ok(run(root, "profiles", "use", BUDI))
    assert _entries(root) == ["Rapat koordinasi Budi"]
    assert _entries(root, "--profile", SITI, env={"ABSENSI_PROFILE": BUDI}) == ["Menyusun laporan Siti"]
    assert (root / "profiles" / "siti-nurhaliza" / "absensi.sqlite").is_file()
    assert not (root / "absensi.sqlite").exists()

    listed = json.loads(ok(run(root, "profiles", "list", "--json")))
    assert set(listed) == {"root", "registry", "registered", "profiles"}
    assert [(p["name"], p["last_used"], p["protected"], p["has_data"]) for p in listed["profiles"]] == [
        (SITI, False, False, True), (BUDI, True, False, True)]
    assert set(listed["profiles"][0]) == {"name", "folder", "protected", "last_used", "has_data", "legacy"}
    assert f"* {BUDI}" in ok(run(root, "profiles", "list"))


def test_data_dir_wins_over_the_profile(root: Path, tmp_path: Path) -> None:
    ok(run(root, "profiles", "add", SITI))
    direct = tmp_path / "langsung"
    ok(run(root, "--data-dir", str(direct), "--profile", SITI, *init_args(), "--no-key"))
    assert (direct / "absensi.sqlite").is_file()
    assert not (root / "profiles" / "siti-nurhaliza" / "absensi.sqlite").exists()
    both = {"ABSENSI_PROFILE": SITI, "ABSENSI_DATA_DIR": str(direct)}
    shown = json.loads(ok(run(root, "profile", "--json", env=both)))
    assert shown["data_dir"] == str(direct)  # a folder named wins over a profile named
    shown = json.loads(ok(run(root, "--data-dir", str(direct), "profile", "--json", env={"ABSENSI_PROFILE": SITI})))
    assert shown["data_dir"] == str(direct)
    # the command line beats the environment: --profile over $ABSENSI_DATA_DIR
    assert_refused(run(root, "--profile", SITI, "profile", env={"ABSENSI_DATA_DIR": str(direct)}),
                   "Profil pegawai belum dibuat")  # fmt: skip


def test_unknown_empty_and_duplicate_names(root: Path) -> None:
    ok(run(root, "profiles", "add", SITI))
    assert_refused(run(root, "--profile", "Siapa", "log", "list"), "Profil 'Siapa' tidak ada (profil yang ada: 'Siti")
    assert_refused(run(root, "log", "list", env={"ABSENSI_PROFILE": "Siapa"}), "Profil 'Siapa' tidak ada")
    assert_refused(run(root, "profiles", "use", "Siapa"), "Profil 'Siapa' tidak ada")
    empty = run(root, "--profile", " ", "log", "list")
    assert empty.returncode == 2 and "--profile tidak boleh kosong" in empty.stderr
    assert run(root, "profiles", "list", "--json=1").returncode == 2
    assert _entries(root, "--profile", "siti-nurhaliza") == []  # its folder's name works too
    assert_refused(run(root, "profiles", "add", "SITI NURHALIZA"), "Sudah ada profil bernama 'Siti Nurhaliza'")
    assert_refused(run(root, "profiles", "add", "Siti\x1b[2J"), "karakter kendali")
    assert_refused(run(root, "profiles", "rename", "Siapa", "Baru"), "Profil 'Siapa' tidak ada")
    assert "sekarang bernama 'Siti N.'" in ok(run(root, "profiles", "rename", SITI, "Siti N."))
    assert [p["name"] for p in json.loads(ok(run(root, "profiles", "list", "--json")))["profiles"]] == ["Siti N."]


def test_a_protected_profile_refuses_a_wrong_passphrase_and_changes_nothing(root: Path) -> None:
    _two_profiles(root, key_for_siti=True)
    assert_refused(run(root, "profiles", "protect", BUDI), "belum punya kunci tanda tangan")
    assert_refused(run(root, "profiles", "protect", SITI, env={"ABSENSI_PASSPHRASE": "salah-sekali-1"}),
                   "Frasa sandi salah")  # fmt: skip
    assert "dilindungi" in ok(run(root, "profiles", "protect", SITI))
    ok(_log(root, "--profile", SITI, text="Dicatat dengan frasa sandi"))

    folder = root / "profiles" / "siti-nurhaliza"
    before = _files(folder)
    wrong = {"ABSENSI_PASSPHRASE": "salah-sekali-1"}
    assert_refused(_log(root, "--profile", SITI, text="Disusupkan", env=wrong), "Frasa sandi salah; profil")
    assert_refused(run(root, "--profile", SITI, "log", "list", env=wrong), "Frasa sandi salah")
    assert_refused(run(root, "--data-dir", str(folder), "log", "list", env=wrong), "Frasa sandi salah")
    assert_refused(run(root, "--profile", SITI, "backup", "list", env=wrong), "Frasa sandi salah")
    assert_refused(run(root, "--profile", SITI, "log", "list", env={"ABSENSI_PASSPHRASE": ""}),
                   "ABSENSI_PASSPHRASE")  # fmt: skip
    assert _files(folder) == before  # not even a daily backup or a log line

    assert _entries(root, "--profile", SITI) == ["Dicatat dengan frasa sandi"]
    assert _entries(root, "--profile", BUDI, env=wrong) == []  # the other profile is not protected
    listed = json.loads(ok(run(root, "profiles", "list", "--json", env=wrong)))  # the list needs none
    assert [p["protected"] for p in listed["profiles"]] == [True, False]

    assert_refused(run(root, "profiles", "unprotect", SITI, env=wrong), "Frasa sandi salah")
    assert_refused(run(root, "profiles", "remove", SITI, "--force", env=wrong), "Frasa sandi salah")
    assert_refused(run(root, "profiles", "rename", SITI, "Orang Lain", env=wrong), "Frasa sandi salah")
    assert "sudah dilindungi" in ok(run(root, "profiles", "protect", SITI, env=wrong))  # nothing to do
    assert "tidak dilindungi lagi" in ok(run(root, "profiles", "unprotect", SITI))
    assert _entries(root, "--profile", SITI, env=wrong) == ["Dicatat dengan frasa sandi"]


def test_remove_keeps_the_files_unless_deletion_is_confirmed(root: Path) -> None:
    _two_profiles(root)
    ok(_log(root, "--profile", BUDI, text="Tetap tersimpan"))
    budi = root / "profiles" / "budi-santoso"
    assert_refused(run(root, "profiles", "remove", SITI), "terakhir dipakai; tambahkan --force")
    said = ok(run(root, "profiles", "remove", BUDI))
    assert f"Berkasnya tetap di {budi}" in said and "--existing" in said
    assert (budi / "absensi.sqlite").is_file()
    assert _entries(root, "--data-dir", str(budi)) == ["Tetap tersimpan"]
    ok(run(root, "profiles", "add", BUDI, "--existing"))
    assert _entries(root, "--profile", BUDI) == ["Tetap tersimpan"]

    assert_refused(run(root, "profiles", "remove", BUDI, "--delete-data"), "tidak bisa dikembalikan")
    assert_refused(run(root, "profiles", "remove", BUDI, "--delete-data", "--confirm", SITI), "tidak sama")
    assert_refused(run(root, "profiles", "remove", BUDI, "--confirm", BUDI), "hanya dipakai bersama --delete-data")
    assert budi.is_dir()
    assert "beserta folder datanya" in ok(run(root, "profiles", "remove", BUDI, "--delete-data", "--confirm", BUDI))
    assert not budi.exists()
    assert (root / "profiles" / "siti-nurhaliza" / "absensi.sqlite").is_file()


def test_an_old_data_root_keeps_working_as_the_profile_utama(root: Path) -> None:
    ok(run(root, "--data-dir", str(root), *init_args(), "--no-key"))  # the one folder of older versions
    ok(_log(root, "--data-dir", str(root), text="Catatan lama"))
    assert _entries(root) == ["Catatan lama"]  # no registry: the data root itself, as before
    listed = json.loads(ok(run(root, "profiles", "list", "--json")))
    assert listed["registered"] is False
    assert [(p["name"], p["folder"], p["legacy"]) for p in listed["profiles"]] == [("utama", str(root), True)]
    ok(run(root, "profiles", "add", SITI))
    assert _entries(root) == ["Catatan lama"]  # still the default, nothing moved
    assert _entries(root, "--profile", "utama") == ["Catatan lama"]
    ok(run(root, "--profile", SITI, *init_args(), "--no-key"))
    assert _entries(root, "--profile", SITI) == []
    assert_refused(run(root, "profiles", "remove", "utama", "--force", "--delete-data", "--confirm", "utama"),
                   "tidak menghapusnya")  # fmt: skip
    assert (root / "absensi.sqlite").is_file()


def test_a_broken_registry_is_one_sentence_and_a_folder_still_opens(root: Path) -> None:
    _two_profiles(root)
    ok(_log(root, "--profile", SITI, text="Aman"))
    (root / "profiles.json").write_text('{"format": "absensi-daftar-profil", "versi', encoding="utf-8")
    for args in (("profiles", "list"), ("log", "list"), ("--profile", SITI, "log", "list"), ("profiles", "add", "X")):
        assert_refused(run(root, *args), "Daftar profil")
    assert (root / "profiles.json").read_text(encoding="utf-8").endswith("versi")
    assert _entries(root, "--data-dir", str(root / "profiles" / "siti-nurhaliza")) == ["Aman"]
