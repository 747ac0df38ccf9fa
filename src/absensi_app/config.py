"""Where Absensi keeps its files. Nothing happens at import time.

One computer may hold several people's logs (issue 13). The *data root* (the platform's user
data folder, or ``$ABSENSI_DATA_ROOT``) holds ``profiles/<slug>/`` folders, one per person,
and the registry ``profiles.json`` (names, folders, which one was used last, which are
protected). A data root of older versions holds a database directly: without a registry it
is the one profile "utama", its files stay where they are (nothing is moved).

Which folder a start uses, first match wins: ``--data-dir``; ``--profile``; ``$ABSENSI_DATA_DIR``;
``$ABSENSI_PROFILE``; the profile used last; without a registry, the data root itself (the
layout of older versions). This module only *reads* the registry; services/profiles.py
writes it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.errors import AbsensiError

ENV_DATA_DIR = "ABSENSI_DATA_DIR"
ENV_DATA_ROOT = "ABSENSI_DATA_ROOT"
ENV_PROFILE = "ABSENSI_PROFILE"

DATABASE_FILE = "absensi.sqlite"
REGISTRY_FILE = "profiles.json"
REGISTRY_FORMAT = "absensi-daftar-profil"
REGISTRY_VERSION = 1
MAX_REGISTRY_BYTES = 1024 * 1024
PROFILES_DIR = "profiles"
LEGACY_FOLDER = "."  # the data root itself: the one folder of older versions
LEGACY_NAME = "utama"
_FOLDER = re.compile(r"^profiles/[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class AppPaths:
    """Every file the app writes lives under ``data_dir``."""

    data_dir: Path

    @classmethod
    def resolve(
        cls, data_dir: str | os.PathLike[str] | None = None, profile: str | None = None
    ) -> "AppPaths":
        """The folder a start uses (see the module docstring for the order)."""
        return choose_folder(data_dir, profile).paths

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "bukti"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    def ensure(self) -> None:
        """Create the folders, readable and writable by this user alone whatever the umask.

        Raises DataFolderError with one sentence when the folder cannot be used."""
        for folder in (self.data_dir, self.evidence_dir, self.backup_dir, self.log_dir):
            if folder.exists() and not folder.is_dir():
                raise DataFolderError(
                    "'{p}' adalah berkas, bukan folder, jadi tidak bisa menjadi folder data Absensi. "
                    "Pilih folder lain dengan --data-dir.", p=str(folder),
                )
            try:
                if not folder.exists():
                    folder.mkdir(mode=0o700, parents=True)
                    if os.name == "posix":
                        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
            except FileExistsError:
                continue
            except (PermissionError, OSError) as exc:
                raise DataFolderError(
                    "Folder data '{p}' tidak bisa dibuat atau ditulisi ({e}). Pilih folder lain "
                    "dengan --data-dir atau periksa izinnya.", p=str(folder), e=exc.strerror or exc,
                ) from None


class DataFolderError(AbsensiError):
    """The data folder cannot be created or written; nothing was changed."""


class RegistryError(AbsensiError):
    """The registry of profiles cannot be read; nothing was changed, the folders stay."""


class ProfileNotFoundError(AbsensiError):
    """No registered profile has the name asked for."""


# ---- the registry of profiles -----------------------------------------------------------------
@dataclass(frozen=True)
class ProfileEntry:
    """One person's data folder as the registry lists it."""

    name: str
    folder: str  # relative to the data root: "profiles/<slug>", or "." for the old layout
    protected: bool = False

    @property
    def legacy(self) -> bool:
        return self.folder == LEGACY_FOLDER


@dataclass(frozen=True)
class Registry:
    """What the data root holds; ``stored`` is False while there is no registry file yet."""

    root: Path
    profiles: tuple[ProfileEntry, ...]
    last_used: str | None  # the folder of the profile used last
    stored: bool

    @property
    def path(self) -> Path:
        return self.root / REGISTRY_FILE

    def folder_of(self, entry: ProfileEntry) -> Path:
        return self.root if entry.legacy else self.root.joinpath(*entry.folder.split("/"))

    def find(self, name: str) -> ProfileEntry | None:
        """The profile called ``name`` (letter case ignored), or whose folder is ``name``."""
        wanted = same_name(name)
        for entry in self.profiles:
            if same_name(entry.name) == wanted:
                return entry
        return next((e for e in self.profiles if e.folder == f"{PROFILES_DIR}/{name.strip()}"), None)

    def require(self, name: str) -> ProfileEntry:
        """:meth:`find`, or ProfileNotFoundError naming the profiles there are."""
        entry = self.find(name)
        if entry is None:
            known = ", ".join(f"'{e.name}'" for e in self.profiles) or "belum ada"
            raise ProfileNotFoundError(
                "Profil '{n}' tidak ada (profil yang ada: {known}). Lihat 'absensi profiles list', "
                "atau tambahkan dengan 'absensi profiles add NAMA'.", n=name.strip(), known=known,
            )
        return entry

    def last(self) -> ProfileEntry | None:
        """The profile used last (the first registered when that one is gone)."""
        found = next((e for e in self.profiles if e.folder == self.last_used), None)
        return found or (self.profiles[0] if self.profiles else None)

    def owning(self, folder: Path) -> ProfileEntry | None:
        """The registered profile whose data folder is ``folder``."""
        target = folder_key(folder)
        return next((e for e in self.profiles if folder_key(self.folder_of(e)) == target), None)


def folder_key(folder: str | os.PathLike[str]) -> str:
    """The form two spellings of one folder are compared in: resolved (links, ``..``, relative
    parts) and in the letter case the system ignores (Windows)."""
    return os.path.normcase(str(Path(folder).resolve()))


def same_name(name: str) -> str:
    """The form two names are compared in: letter case and spacing ignored, NFC."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def data_root() -> Path:
    """$ABSENSI_DATA_ROOT (tests, portable set-ups) or the platform's user data folder."""
    chosen = os.environ.get(ENV_DATA_ROOT)
    if chosen:
        return Path(chosen).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Absensi", appauthor=False, roaming=True))


def read_registry(root: Path) -> Registry:
    """The registry of ``root``; without a file, what the folder holds (an old-layout database
    is the profile "utama"). A broken file raises RegistryError; nothing is written."""
    path = root / REGISTRY_FILE
    if not os.path.lexists(path):
        legacy = (root / DATABASE_FILE).exists()
        profiles = (ProfileEntry(LEGACY_NAME, LEGACY_FOLDER),) if legacy else ()
        return Registry(root, profiles, LEGACY_FOLDER if legacy else None, stored=False)
    import json

    try:
        if not path.is_file():
            raise ValueError("bukan berkas biasa")
        if path.stat().st_size > MAX_REGISTRY_BYTES:
            raise ValueError("terlalu besar")
        data = json.loads(path.read_bytes().decode("utf-8"))
        profiles, last = _parse_registry(data)
    except OSError as exc:
        raise _broken(root, exc.strerror or type(exc).__name__) from None
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        reason = str(exc) if not isinstance(exc, json.JSONDecodeError) else "bukan JSON yang utuh"
        raise _broken(root, reason) from None
    return Registry(root, profiles, last, stored=True)


def _parse_registry(data: object) -> tuple[tuple[ProfileEntry, ...], str | None]:
    if not isinstance(data, dict) or data.get("format") != REGISTRY_FORMAT:
        raise ValueError("bukan daftar profil Absensi")
    if data.get("version") != REGISTRY_VERSION:
        raise ValueError(f"versi {data.get('version')!r} tidak dikenal")
    items = data.get("profiles")
    if not isinstance(items, list):
        raise ValueError("tidak ada daftar 'profiles'")
    profiles: list[ProfileEntry] = []
    for item in items:
        if not isinstance(item, dict):
            raise ValueError("ada isian profil yang bukan objek")
        name, folder, protected = item.get("name"), item.get("folder"), item.get("protected", False)
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            raise ValueError("ada profil tanpa nama yang sah")
        if not isinstance(folder, str) or not (folder == LEGACY_FOLDER or _FOLDER.match(folder)):
            raise ValueError(f"folder {folder!r} tidak sah")
        if not isinstance(protected, bool):
            raise ValueError(f"isian 'protected' profil {name!r} bukan true/false")
        if any(same_name(p.name) == same_name(name) or p.folder == folder for p in profiles):
            raise ValueError(f"profil {name!r} tercatat dua kali")
        profiles.append(ProfileEntry(name, folder, protected))
    last = data.get("last_used")
    if last is not None and not isinstance(last, str):
        raise ValueError("isian 'last_used' tidak sah")
    return tuple(profiles), last


def _broken(root: Path, reason: str) -> RegistryError:
    return RegistryError(
        "Daftar profil '{p}' tidak bisa dibaca ({why}). Tidak ada yang diubah; data setiap profil "
        "tetap di '{d}'. Perbaiki berkas itu, atau pindahkan berkasnya lalu daftarkan profil lagi "
        "dengan 'absensi profiles add NAMA --existing'; satu folder profil juga bisa dibuka "
        "langsung dengan --data-dir.",
        p=str(root / REGISTRY_FILE), why=reason, d=str(root / PROFILES_DIR),
    )


# ---- choosing the folder ----------------------------------------------------------------------
@dataclass(frozen=True)
class FolderChoice:
    """The folder a start uses and, when it is a registered profile's, that profile."""

    paths: AppPaths
    profile: ProfileEntry | None
    root: Path | None  # the data root whose registry names ``profile``
    by_name: bool  # chosen by --profile or $ABSENSI_PROFILE


def choose_folder(data_dir: str | os.PathLike[str] | None = None, profile: str | None = None) -> FolderChoice:
    """The folder of this start (order: see the module docstring).

    Raises RegistryError (a broken registry), ProfileNotFoundError (no such profile)."""
    if data_dir:
        return _direct(data_dir)
    if profile and profile.strip():
        return _named(profile)
    if os.environ.get(ENV_DATA_DIR):
        return _direct(os.environ[ENV_DATA_DIR])
    if os.environ.get(ENV_PROFILE, "").strip():
        return _named(os.environ[ENV_PROFILE])
    root = data_root()
    registry = read_registry(root)
    entry = registry.last()
    if entry is None:
        if registry.stored:  # every profile was removed: never fall back to the root silently
            raise ProfileNotFoundError(
                "Belum ada profil terdaftar di {r}. Tambahkan dengan 'absensi profiles add NAMA'.",
                r=str(root),
            )
        return FolderChoice(AppPaths(root), None, root, by_name=False)
    return FolderChoice(AppPaths(registry.folder_of(entry)), entry, root, by_name=False)


def _direct(folder: str | os.PathLike[str]) -> FolderChoice:
    """A folder named directly; the profile it belongs to when it is one under the data root
    (so protection holds however the folder is reached). An unreadable registry is no
    reason to refuse a folder named directly."""
    chosen = Path(folder).expanduser().resolve()
    root = data_root().resolve()
    if chosen == root or root / PROFILES_DIR in chosen.parents:
        try:
            entry = read_registry(root).owning(chosen)
        except RegistryError:
            entry = None
        if entry is not None:
            return FolderChoice(AppPaths(chosen), entry, root, by_name=False)
    return FolderChoice(AppPaths(chosen), None, None, by_name=False)


def _named(name: str) -> FolderChoice:
    root = data_root()
    registry = read_registry(root)
    entry = registry.require(name)
    return FolderChoice(AppPaths(registry.folder_of(entry)), entry, root, by_name=True)
