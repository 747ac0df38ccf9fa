"""Profiles (issue 13): the registry under the data root, the folder a start chooses, and the
passphrase of a protected profile; real files in the test's own data root."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from absensi_app.config import (
    ENV_DATA_DIR,
    ENV_DATA_ROOT,
    ENV_PROFILE,
    REGISTRY_FILE,
    AppPaths,
    ProfileNotFoundError,
    RegistryError,
    choose_folder,
    read_registry,
)
from absensi_app.domain.errors import ValidationError
from absensi_app.services.profiles import ProfileLockedError, ProfilesService, slug_for
from absensi_app.signing import keys

PASS = "frasa-sandi-siti-1"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data root of the test's own; no folder or profile named by the environment."""
    folder = tmp_path / "akar"
    monkeypatch.setenv(ENV_DATA_ROOT, str(folder))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    monkeypatch.delenv(ENV_PROFILE, raising=False)
    return folder.resolve()


@pytest.fixture
def service(root: Path) -> ProfilesService:
    return ProfilesService(root)


def _stored(root: Path) -> dict:
    return json.loads((root / REGISTRY_FILE).read_text(encoding="utf-8"))


def _give_key(service: ProfilesService, name: str) -> None:
    folder = service.folder(service.get(name))
    keys.create_identity(AppPaths(folder).keys_dir, name, "198609262015051001", "Dinas Contoh", PASS,
                         datetime.now())  # fmt: skip


# ---- names and folders ------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "slug"), [
    ("Siti Nurhaliza", "siti-nurhaliza"),
    ("Dra. Ayu Ningsih, M.M.", "dra-ayu-ningsih-m-m"),
    ("Ṡẹ́tiawan Ökonomi", "setiawan-okonomi"),
    ("李小龙", "profil"),
    ("CON", "profil-con"),
    ("../../etc", "etc"),
])  # fmt: skip
def test_a_name_gets_a_safe_folder(name: str, slug: str) -> None:
    assert slug_for(name) == slug


def test_add_list_rename_and_the_files(service: ProfilesService, root: Path) -> None:
    assert read_registry(root).profiles == ()
    siti = service.add("  Siti   Nurhaliza ")
    budi = service.add("Budi Santoso")
    assert siti.name == "Siti Nurhaliza" and siti.folder == "profiles/siti-nurhaliza"
    assert (root / "profiles" / "siti-nurhaliza" / "bukti").is_dir()
    if os.name == "posix":
        assert (root / "profiles").stat().st_mode & 0o777 == 0o700
        assert (root / REGISTRY_FILE).stat().st_mode & 0o777 == 0o600
    registry = read_registry(root)
    assert [e.name for e in registry.profiles] == ["Siti Nurhaliza", "Budi Santoso"]
    assert registry.last() == siti  # the first one added is the one a start opens
    assert service.get("siti-nurhaliza") == siti  # the folder's name finds it too

    renamed = service.rename("budi santoso", "Budi Santoso, S.Kom.")
    assert renamed.folder == budi.folder  # the folder stays where it is
    assert [p["name"] for p in _stored(root)["profiles"]] == ["Siti Nurhaliza", "Budi Santoso, S.Kom."]
    service.rename("Budi Santoso, S.Kom.", "budi santoso, s.kom.")  # only the letter case: allowed
    assert service.get("BUDI SANTOSO, S.KOM.").name == "budi santoso, s.kom."


def test_duplicates_and_bad_names_are_refused_and_change_nothing(service: ProfilesService, root: Path) -> None:
    service.add("Siti Nurhaliza")
    service.add("Budi")
    before = (root / REGISTRY_FILE).read_bytes()
    for bad in ("SITI NURHALIZA", "siti  nurhaliza"):
        with pytest.raises(ValidationError, match="Sudah ada profil bernama 'Siti Nurhaliza'"):
            service.add(bad)
    with pytest.raises(ValidationError, match="Sudah ada profil"):
        service.rename("Budi", "siti nurhaliza")
    for bad in ("", "   ", "\u200b", "Siti\x1b[31m", "x" * 101):
        with pytest.raises(ValidationError):
            service.add(bad)
    with pytest.raises(ProfileNotFoundError, match="'Siti Nurhaliza', 'Budi'"):
        service.rename("Tidak Ada", "Baru")
    assert (root / REGISTRY_FILE).read_bytes() == before
    assert sorted(p.name for p in (root / "profiles").iterdir()) == ["budi", "siti-nurhaliza"]


def test_a_taken_folder_gets_a_new_one_unless_existing_is_asked(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    entry, folder = service.remove("Siti", force=True)
    assert folder.is_dir()  # unregistered only: the files stay
    assert service.add("Siti").folder == "profiles/siti-2"  # never someone else's old data
    service.remove("Siti", force=True)
    assert service.add("siti", existing=True).folder == "profiles/siti"
    with pytest.raises(ValidationError, match="belum terdaftar"):
        service.add("Orang Baru", existing=True)


def test_remove_unregisters_and_needs_force_for_the_last_used(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    service.add("Budi")
    with pytest.raises(ValidationError, match="terakhir dipakai"):
        service.remove("Siti")
    entry, folder = service.remove("Budi")
    assert entry.name == "Budi" and folder == root / "profiles" / "budi" and folder.is_dir()
    assert [e.name for e in read_registry(root).profiles] == ["Siti"]
    service.remove("Siti", force=True)
    assert read_registry(root).profiles == ()
    with pytest.raises(ProfileNotFoundError, match="Belum ada profil terdaftar"):
        choose_folder()  # never the data root itself once the registry says there is none


def test_delete_data_removes_only_that_folder(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    service.add("Budi")
    (root / "profiles" / "budi" / "bukti" / "catatan.txt").write_text("bukti")
    service.remove("Budi", delete_data=True)
    assert sorted(p.name for p in (root / "profiles").iterdir()) == ["siti"]


def test_use_chooses_the_folder_of_a_start(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    service.add("Budi")
    assert choose_folder().paths.data_dir == root / "profiles" / "siti"
    service.use("budi")
    assert _stored(root)["last_used"] == "profiles/budi"
    assert AppPaths.resolve().data_dir == root / "profiles" / "budi"


# ---- the registry read defensively --------------------------------------------------------------
@pytest.mark.parametrize("content", [
    b"{ bukan json",
    b"\xff\xfe rusak",
    b"[]",
    b'{"format": "lain", "version": 1, "profiles": []}',
    b'{"format": "absensi-daftar-profil", "version": 9, "profiles": []}',
    b'{"format": "absensi-daftar-profil", "version": 1, "profiles": [{"name": "A", "folder": "../luar"}]}',
    b'{"format": "absensi-daftar-profil", "version": 1, "profiles": [{"name": "A", "folder": "profiles/a"},'
    b' {"name": "a", "folder": "profiles/b"}]}',
    b'{"format": "absensi-daftar-profil", "version": 1, "profiles": [{"name": "A", "folder": "profiles/a",'
    b' "protected": "ya"}]}',
])  # fmt: skip
def test_a_broken_registry_is_one_sentence_and_the_folders_stay(
    service: ProfilesService, root: Path, content: bytes
) -> None:
    service.add("Siti")
    (root / REGISTRY_FILE).write_bytes(content)
    for attempt in (lambda: read_registry(root), choose_folder, lambda: choose_folder(profile="Siti"),
                    lambda: service.add("Budi")):  # fmt: skip
        with pytest.raises(RegistryError) as caught:
            attempt()
        message = caught.value.message
        assert "Daftar profil" in message and str(root / "profiles") in message and "\n" not in message
    assert (root / REGISTRY_FILE).read_bytes() == content  # nothing was rewritten
    assert (root / "profiles" / "siti").is_dir()
    # a folder named directly still opens
    assert choose_folder(root / "profiles" / "siti").paths.data_dir == root / "profiles" / "siti"


def test_a_registry_that_is_a_folder_is_refused(root: Path) -> None:
    (root / REGISTRY_FILE).mkdir(parents=True)
    with pytest.raises(RegistryError, match="bukan berkas biasa"):
        read_registry(root)


# ---- the layout of older versions -------------------------------------------------------------
def test_an_old_data_root_is_the_profile_utama_and_nothing_moves(service: ProfilesService, root: Path) -> None:
    root.mkdir(parents=True)
    (root / "absensi.sqlite").write_bytes(b"database lama")
    before = sorted(p.name for p in root.iterdir())
    registry = read_registry(root)
    assert [(e.name, e.folder, e.legacy) for e in registry.profiles] == [("utama", ".", True)]
    assert not registry.stored
    choice = choose_folder()
    assert choice.paths.data_dir == root and choice.profile is not None and choice.profile.name == "utama"
    assert sorted(p.name for p in root.iterdir()) == before  # reading wrote nothing

    service.add("Siti")  # the first write keeps the old folder as "utama", still the default
    assert [(p["name"], p["folder"]) for p in _stored(root)["profiles"]] == [
        ("utama", "."), ("Siti", "profiles/siti")]
    assert choose_folder().paths.data_dir == root
    assert choose_folder(profile="UTAMA").paths.data_dir == root
    assert (root / "absensi.sqlite").read_bytes() == b"database lama"
    service.rename("utama", "Budi Santoso")
    assert choose_folder(profile="budi santoso").paths.data_dir == root
    with pytest.raises(ValidationError, match="tidak menghapusnya"):
        service.remove("Budi Santoso", force=True, delete_data=True)
    assert (root / "absensi.sqlite").exists()


def test_without_a_registry_a_new_root_is_used_as_before(root: Path) -> None:
    choice = choose_folder()
    assert choice.paths.data_dir == root and choice.profile is None
    assert not root.exists()  # choosing creates nothing


# ---- which folder wins ------------------------------------------------------------------------
def test_the_order_of_data_dir_profile_and_environment(
    service: ProfilesService, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add("Siti")
    service.add("Budi")
    siti, budi = root / "profiles" / "siti", root / "profiles" / "budi"
    direct = tmp_path / "langsung"
    assert AppPaths.resolve(direct, profile="Budi").data_dir == direct.resolve()  # --data-dir wins
    monkeypatch.setenv(ENV_PROFILE, "Budi")
    assert AppPaths.resolve().data_dir == budi
    assert AppPaths.resolve(profile="siti").data_dir == siti  # the option beats the environment
    monkeypatch.setenv(ENV_DATA_DIR, str(direct))
    assert AppPaths.resolve().data_dir == direct.resolve()  # a folder named beats a profile named
    assert AppPaths.resolve(profile="siti").data_dir == siti
    monkeypatch.delenv(ENV_DATA_DIR)
    monkeypatch.setenv(ENV_PROFILE, "Nobody")
    with pytest.raises(ProfileNotFoundError, match="Profil 'Nobody' tidak ada"):
        AppPaths.resolve()


# ---- protection -------------------------------------------------------------------------------
def test_protect_needs_a_key_and_its_passphrase(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    with pytest.raises(ValidationError, match="belum punya kunci.*key create"):
        service.protect("Siti", PASS)
    _give_key(service, "Siti")
    with pytest.raises(ProfileLockedError, match="Frasa sandi salah"):
        service.protect("Siti", "bukan-frasanya")
    assert _stored(root)["profiles"][0]["protected"] is False
    assert service.protect("Siti", PASS).protected
    assert _stored(root)["profiles"][0]["protected"] is True


def test_a_protected_profile_opens_only_with_its_passphrase(service: ProfilesService, root: Path) -> None:
    service.add("Siti")
    _give_key(service, "Siti")
    service.protect("Siti", PASS)
    entry = service.get("siti")
    for wrong in ("salah-sekali-123", "", None):
        with pytest.raises(ProfileLockedError):
            service.unlock(entry, wrong)
    service.unlock(entry, PASS)
    # however the folder is reached, it is the protected profile's
    assert choose_folder(root / "profiles" / "siti").profile == entry
    with pytest.raises(ProfileLockedError, match="Frasa sandi salah"):
        service.unprotect("Siti", "salah-sekali-123")
    with pytest.raises(ProfileLockedError):
        service.remove("Siti", force=True, passphrase="salah-sekali-123")
    with pytest.raises(ProfileLockedError):
        service.rename("Siti", "Bukan Siti", "salah-sekali-123")
    assert service.rename("Siti", "Siti N.", PASS).name == "Siti N."
    service.rename("Siti N.", "Siti", PASS)
    assert service.get("Siti").protected
    assert not service.unprotect("Siti", PASS).protected
    service.unlock(service.get("Siti"), None)  # not protected: nothing to check


def test_a_protected_profile_whose_key_is_gone_stays_closed(service: ProfilesService) -> None:
    service.add("Siti")
    _give_key(service, "Siti")
    service.protect("Siti", PASS)
    keys_dir = AppPaths(service.folder(service.get("Siti"))).keys_dir
    (keys_dir / keys.KEY_FILE).unlink()
    with pytest.raises(ProfileLockedError, match="kuncinya tidak ada"):
        service.unlock(service.get("Siti"), PASS)
