"""Writing a transfer file (:func:`export_transfer`): the database snapshot, the evidence and
the keys folder exactly as on disk, the manifest, then the whole file read back with the
importer's own checks."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.nip import normalize_nip
from absensi_app.services.files import OutsideFiles, open_user_file, read_user_file
from absensi_app.services.transfer.archive import (
    CHUNK, DATABASE, FORMAT, MANIFEST, MAX_KEY_MEMBER_BYTES, MAX_TOTAL_BYTES, VERSION, TransferError,
    TransferSummary, database_facts, format_size, is_encrypted_key, key_names, member_kind, member_limit,
    memory_database, missing_evidence, one_line, safe_name,
)  # fmt: skip
from absensi_app.services.transfer.reading import read_transfer
from absensi_app.store.backup import snapshot


def snapshot_database(db_path: Path) -> bytes:
    """A consistent image of the live database (WAL content included), checked with
    ``integrity_check``: :func:`absensi_app.store.backup.snapshot` (the backup API, a
    self-contained rollback-journal file) into a private temporary folder, read back.

    ``snapshot`` opens the source read-only; with a WAL database that may leave -wal/-shm files
    beside it. That is harmless here: the source is the app's own live data folder, which the app
    itself opens and closes all the time (unlike the target folder of an import, which must stay
    byte for byte as it was until the checks pass)."""
    if not db_path.is_file():
        raise TransferError("Belum ada database di {p}; tidak ada yang bisa dipindahkan.", p=str(db_path))
    try:
        with tempfile.TemporaryDirectory(prefix="absensi-pindah-") as folder:
            copy = Path(folder) / DATABASE
            snapshot(db_path, copy)
            image = copy.read_bytes()
        with memory_database(image) as conn:
            check = conn.execute("PRAGMA integrity_check").fetchall()
    except (sqlite3.Error, OSError) as exc:
        raise TransferError("Database {p} tidak bisa dibaca: {e}.", p=str(db_path),
                            e=one_line(getattr(exc, "strerror", None) or exc)) from None
    if check != [("ok",)]:
        raise TransferError("Database {p} rusak (integrity_check: {e}); tidak diekspor.",
                            p=str(db_path), e=one_line(check[0][0] if check else "?"))
    return image


@dataclass
class _Member:
    name: str
    source: Path | None = None
    data: bytes | None = None


def _evidence_members(evidence_dir: Path) -> list[_Member]:
    """Every regular evidence file with a plain name (temporary ``.incoming`` files are left out)."""
    found: list[_Member] = []
    if not evidence_dir.is_dir():
        return found
    for root, dirs, files in os.walk(evidence_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            path = Path(root) / file_name
            relative = "bukti/" + path.relative_to(evidence_dir).as_posix()
            if not safe_name(relative) or member_kind(relative) != "evidence":
                continue
            try:
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue
            except OSError:
                continue
            found.append(_Member(relative, source=path))
    return found


def _key_members(keys_dir: Path) -> list[_Member]:
    private, public, archive, _ = key_names()
    found: list[_Member] = []
    for file_name in (*private, *public):
        path = keys_dir / file_name
        if not path.exists() and not path.is_symlink():
            continue
        data = read_user_file(path, MAX_KEY_MEMBER_BYTES, "Berkas kunci")
        if file_name in private and not is_encrypted_key(data):
            raise TransferError(
                "Berkas kunci {p} tidak dalam bentuk terenkripsi Absensi; kunci privat tidak pernah "
                "diekspor tanpa enkripsi. Tidak ada yang ditulis.",
                p=str(path),
            )
        found.append(_Member(f"keys/{file_name}", data=data))
    folder = keys_dir / archive
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            name = f"keys/{archive}/{path.name}"
            if path.is_symlink() or not path.is_file() or not safe_name(name) or member_kind(name) != "key-public":
                continue
            found.append(_Member(name, data=read_user_file(path, MAX_KEY_MEMBER_BYTES, "Sertifikat arsip")))
    return found


def _zip_info(name: str, when: datetime, private: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = ((0o100600 if private else 0o100644) & 0xFFFF) << 16
    info.create_system = 3  # Unix, so the mode above is read back
    return info


def _write_member(zf: zipfile.ZipFile, member: _Member, now: datetime) -> dict:
    """Add one member; returns its manifest entry (name, size, sha256)."""
    kind = member_kind(member.name)
    digest, size = hashlib.sha256(), 0
    info = _zip_info(member.name, now, private=kind in ("private-key", "database"))
    with zf.open(info, "w", force_zip64=True) as dst:
        if member.data is not None:
            digest.update(member.data)
            size = len(member.data)
            dst.write(member.data)
        else:
            with open_user_file(member.source, "Berkas bukti") as src:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if size > member_limit(kind):
                        raise TransferError("Berkas bukti {p} terlalu besar untuk dipindahkan.", p=str(member.source))
                    digest.update(chunk)
                    dst.write(chunk)
    return {"name": member.name, "size": size, "sha256": digest.hexdigest()}


def check_out_name(out: str | os.PathLike[str]) -> None:
    """Refuse an empty name and ``-``: a transfer file is a ZIP archive, never the screen."""
    name = os.fspath(out)
    if not name.strip():
        raise TransferError("--out butuh nama berkas.")
    if name == "-":
        raise TransferError(
            "--out butuh nama berkas; '-' (layar) tidak bisa dipakai, karena berkas pindah adalah arsip ZIP, "
            "bukan teks."
        )


def export_transfer(
    paths: AppPaths, out: str | os.PathLike[str], *, force: bool, now: datetime, app_version: str
) -> TransferSummary:
    """Write the transfer file ``out`` (outside the data folder, readable only by the user: it
    holds the whole log and the encrypted keys); returns what it holds, with the evidence files
    entries refer to that ``bukti/`` lacks (``missing_evidence``: left out, worth a warning)."""
    check_out_name(out)
    files = OutsideFiles(paths.data_dir)
    target = files.check_target(out)
    if target.is_dir():
        raise TransferError("'{p}' adalah folder; sebutkan nama berkas.", p=str(target))
    if (target.exists() or target.is_symlink()) and not force:
        raise TransferError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(target))
    if not target.parent.is_dir():
        raise TransferError("Folder '{p}' tidak ada.", p=str(target.parent))

    image = snapshot_database(paths.database)
    with memory_database(image) as conn:
        try:
            facts = database_facts(conn)
        except LookupError:
            raise TransferError(
                "Belum ada profil pegawai di folder data ini; tidak ada yang bisa dipindahkan."
            ) from None
    evidence = _evidence_members(paths.evidence_dir)
    missing = missing_evidence(facts.evidence, {m.name.removeprefix("bukti/") for m in evidence})
    members = [_Member(DATABASE, data=image), *evidence, *_key_members(paths.keys_dir)]

    def write(fh: BinaryIO) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            listed = [_write_member(zf, member, now) for member in members]
            if sum(m["size"] for m in listed) > MAX_TOTAL_BYTES:
                raise TransferError("Data terlalu besar untuk satu berkas pindah (lebih dari {n}).",
                                    n=format_size(MAX_TOTAL_BYTES))
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "app_version": app_version,
                "created_at": now.isoformat(timespec="seconds"),
                "nip": normalize_nip(facts.nip),
                "name": facts.name,
                "schema_revision": facts.revision,
                "contents": {
                    "entries": facts.entries,
                    "months": facts.months,
                    "locked_months": facts.locked_months,
                    "evidence_files": sum(1 for m in listed if member_kind(m["name"]) == "evidence"),
                    "signing_key": any(member_kind(m.name) == "private-key" for m in members),
                },
                "members": listed,
            }
            zf.writestr(_zip_info(MANIFEST, now, private=False),
                        json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))

    files.write(target, write, what="Berkas pindah", private=True)
    # Read back what was written with the importer's own checks: a file that would not import
    # is never left behind as if it were good.
    try:
        checked = read_transfer(target, keep_database=False)
    except AbsensiError:
        target.unlink(missing_ok=True)
        raise
    return checked.summary(size=target.stat().st_size, missing_evidence=missing)
