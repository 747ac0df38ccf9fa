"""Several people's logs on one computer: the registry of profiles under the data root.

Each profile is a data folder of its own (``profiles/<slug>/``: database, keys, evidence,
backups, logs); :mod:`absensi_app.config` reads the registry and picks the folder of a start,
this service changes the registry (through the one atomic writer) and checks the passphrase
of a protected profile before its data is opened: the command line calls :meth:`unlock`,
the GUI will call it too.

A protected profile is opened only with the passphrase of its signing key. That keeps a
colleague at the same computer out of the app's view of someone else's log; it is not
encryption: whoever can read the files (the computer's administrator, a copy of the folder)
can read the database. The signing key itself stays encrypted either way.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import unicodedata
from dataclasses import replace
from pathlib import Path

from absensi_app.config import (
    PROFILES_DIR,
    REGISTRY_FORMAT,
    REGISTRY_VERSION,
    AppPaths,
    ProfileEntry,
    Registry,
    data_root,
    read_registry,
    same_name,
)
from absensi_app.domain.errors import AbsensiError, ValidationError

MAX_NAME = 100
MAX_SLUG = 40
# names Windows refuses as a file or folder name, whatever the extension
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


class ProfileLockedError(AbsensiError):
    """A protected profile stays closed: the passphrase was wrong or cannot be checked."""


def slug_for(name: str) -> str:
    """A safe folder name for ``name``: ASCII letters and digits joined by '-' ("Siti Nurhaliza,
    S.E." -> "siti-nurhaliza-s-e"); "profil" when nothing is left (a name in another script)."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-")
    if not slug or slug in _RESERVED:
        slug = f"profil-{slug}" if slug else "profil"
    return slug


def clean_name(name: str) -> str:
    """A profile's name as stored: any readable text of 1-100 characters."""
    from absensi_app.domain.rules import clean_text

    cleaned = unicodedata.normalize("NFC", clean_text(name, "Nama profil"))
    if not cleaned:
        raise ValidationError("Nama profil tidak boleh kosong.")
    if len(cleaned) > MAX_NAME:
        raise ValidationError("Nama profil paling panjang {n} karakter.", n=MAX_NAME)
    return cleaned


class ProfilesService:
    """The profiles of one data root (the platform's, or $ABSENSI_DATA_ROOT)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or data_root()

    # ---- reading ---------------------------------------------------------------------------
    def registry(self) -> Registry:
        """What the data root holds; a broken registry raises RegistryError."""
        return read_registry(self.root)

    def get(self, name: str) -> ProfileEntry:
        return self.registry().require(name)

    def folder(self, entry: ProfileEntry) -> Path:
        return self.root if entry.legacy else self.root.joinpath(*entry.folder.split("/"))

    def has_key(self, entry: ProfileEntry) -> bool:
        from absensi_app.signing.keys import has_identity

        return has_identity(AppPaths(self.folder(entry)).keys_dir)

    def has_data(self, entry: ProfileEntry) -> bool:
        return AppPaths(self.folder(entry)).database.exists()

    # ---- changing --------------------------------------------------------------------------
    def add(self, name: str, existing: bool = False) -> ProfileEntry:
        """Register a new profile with a fresh, empty folder of its own. ``existing``: register
        the folder ``profiles/<slug>`` that is already there instead (after ``remove``, or once
        a broken registry was moved aside)."""
        registry = self.registry()
        name = clean_name(name)
        self._refuse_duplicate(registry, name)
        slug = slug_for(name)
        taken = {e.folder for e in registry.profiles}
        base = self.root / PROFILES_DIR
        if existing:
            folder = f"{PROFILES_DIR}/{slug}"
            if not (base / slug).is_dir() or folder in taken:
                raise ValidationError(
                    "Tidak ada folder profil '{p}' yang belum terdaftar untuk didaftarkan lagi.",
                    p=str(base / slug),
                )
        else:
            candidate, n = slug, 1
            while f"{PROFILES_DIR}/{candidate}" in taken or os.path.lexists(base / candidate):
                n += 1
                candidate = f"{slug}-{n}"
            folder = f"{PROFILES_DIR}/{candidate}"
        from absensi_app.services.evidence import private_folder

        private_folder(base)  # the root and profiles/ too: the folder names are people's names
        AppPaths(self.root / folder).ensure()
        entry = ProfileEntry(name, folder)
        last = registry.last_used if registry.last() is not None else folder
        self._save(registry, (*registry.profiles, entry), last)
        return entry

    def rename(self, old: str, new: str, passphrase: str | None = None) -> ProfileEntry:
        """A new name; the folder stays where it is. A protected profile needs its passphrase."""
        registry = self.registry()
        entry = registry.require(old)
        new = clean_name(new)
        self._refuse_duplicate(registry, new, besides=entry)
        self.unlock(entry, passphrase)
        renamed = replace(entry, name=new)
        self._save(registry, tuple(renamed if e == entry else e for e in registry.profiles), registry.last_used)
        return renamed

    def use(self, name: str) -> ProfileEntry:
        """Make ``name`` the profile a start opens when none is named."""
        registry = self.registry()
        entry = registry.require(name)
        if registry.last_used != entry.folder or not registry.stored:
            self._save(registry, registry.profiles, entry.folder)
        return entry

    def remove(self, name: str, *, force: bool = False, passphrase: str | None = None,
               delete_data: bool = False) -> tuple[ProfileEntry, Path]:  # fmt: skip
        """Unregister ``name`` (its files stay; returns where); with ``delete_data`` its folder
        is deleted too. The profile used last needs ``force``; a protected one its passphrase."""
        registry = self.registry()
        entry = registry.require(name)
        folder = registry.folder_of(entry)
        if registry.last() == entry and not force:
            raise ValidationError(
                "'{n}' adalah profil yang terakhir dipakai; tambahkan --force untuk tetap "
                "menghapusnya dari daftar.", n=entry.name,
            )
        if entry.protected:
            self.unlock(entry, passphrase)
        if delete_data and entry.legacy:
            raise ValidationError(
                "Data profil '{n}' ada langsung di folder induk semua profil ({p}); Absensi tidak "
                "menghapusnya. Hapus profil tanpa --delete-data, lalu hapus berkasnya sendiri.",
                n=entry.name, p=str(folder),
            )
        rest = tuple(e for e in registry.profiles if e != entry)
        last = registry.last_used if registry.last_used != entry.folder else (rest[0].folder if rest else None)
        trash = None
        if delete_data and folder.exists():
            trash = folder.with_name(f".dihapus-{folder.name}-{secrets.token_hex(4)}")
            os.replace(folder, trash)  # one step: a folder in use stays whole
        try:
            self._save(registry, rest, last)
        except BaseException:
            if trash is not None:
                os.replace(trash, folder)
            raise
        if trash is not None:
            import shutil

            shutil.rmtree(trash, ignore_errors=True)
        return entry, folder

    def protect(self, name: str, passphrase: str | None) -> ProfileEntry:
        """From now on the profile opens only with its signing key's passphrase."""
        return self._set_protected(name, passphrase, True)

    def unprotect(self, name: str, passphrase: str | None) -> ProfileEntry:
        return self._set_protected(name, passphrase, False)

    # ---- opening a protected profile -------------------------------------------------------
    def unlock(self, entry: ProfileEntry, passphrase: str | None) -> None:
        """Pass when ``entry`` is not protected or ``passphrase`` opens its signing key; else
        ProfileLockedError (nothing of the profile was read or changed)."""
        if not entry.protected:
            return
        from absensi_app.signing.keys import WrongPassphraseError, has_identity, unlock

        keys_dir = AppPaths(self.folder(entry)).keys_dir
        if not has_identity(keys_dir):
            raise ProfileLockedError(
                "Profil '{n}' dilindungi frasa sandi kunci tanda tangannya, tetapi kuncinya tidak "
                "ada di {k}. Pulihkan folder kunci itu (dari cadangan atau berkas pindah); profil "
                "tidak dibuka.", n=entry.name, k=str(keys_dir),
            )
        if not passphrase:
            raise ProfileLockedError("Profil '{n}' dilindungi; frasa sandinya dibutuhkan.", n=entry.name)
        try:
            unlock(keys_dir, passphrase)
        except WrongPassphraseError:
            raise ProfileLockedError(
                "Frasa sandi salah; profil '{n}' tidak dibuka dan datanya tidak disentuh.", n=entry.name
            ) from None

    # ---- inside ----------------------------------------------------------------------------
    def _set_protected(self, name: str, passphrase: str | None, protected: bool) -> ProfileEntry:
        registry = self.registry()
        entry = registry.require(name)
        if entry.protected == protected:
            return entry
        if protected and not self.has_key(entry):
            raise ValidationError(
                "Profil '{n}' belum punya kunci tanda tangan, jadi belum bisa dilindungi. Buat "
                "dulu: absensi --profile \"{n}\" key create (atau di aplikasi: Pengaturan › Kunci "
                "tanda tangan).", n=entry.name,
            )
        self.unlock(replace(entry, protected=True), passphrase)  # the passphrase either way
        changed = replace(entry, protected=protected)
        self._save(registry, tuple(changed if e == entry else e for e in registry.profiles), registry.last_used)
        return changed

    @staticmethod
    def _refuse_duplicate(registry: Registry, name: str, besides: ProfileEntry | None = None) -> None:
        for other in registry.profiles:
            if other != besides and same_name(other.name) == same_name(name):
                raise ValidationError(
                    "Sudah ada profil bernama '{n}' (huruf besar dan kecil tidak dibedakan); "
                    "pilih nama lain.", n=other.name,
                )

    def _save(self, registry: Registry, profiles: tuple[ProfileEntry, ...], last: str | None) -> None:
        from absensi_app.services.evidence import private_folder
        from absensi_app.services.files import write_atomically

        document = {
            "format": REGISTRY_FORMAT,
            "version": REGISTRY_VERSION,
            "last_used": last if any(p.folder == last for p in profiles) else None,
            "profiles": [{"name": p.name, "folder": p.folder, "protected": p.protected} for p in profiles],
        }
        private_folder(self.root)
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        write_atomically(registry.path, data, private=True, what="Daftar profil")

