"""Reading a transfer file and checking all of it before anything is written (:func:`read_transfer`)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from absensi_app.domain.nip import normalize_nip
from absensi_app.services.files import open_user_file
from absensi_app.services.transfer.archive import (
    CHUNK, DATABASE, FORMAT, MANIFEST, MAX_MANIFEST_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES, MAX_TRANSFER_BYTES,
    VERSION, DatabaseFacts, TransferError, TransferSummary, database_facts, format_size, is_encrypted_key,
    member_kind, member_limit, memory_database, one_line, safe_name,
)  # fmt: skip
from absensi_app.services.transfer.schema import link_problem, schema_problem, text_problem

_SHA256 = re.compile(r"[0-9a-f]{64}")
#: What zipfile raises for a damaged or truncated archive or member.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError)


@dataclass
class TransferFile:
    """A transfer file whose every member was checked; ``zf`` stays open for extraction."""

    path: Path
    manifest: dict
    members: list[dict]
    database: bytes
    facts: DatabaseFacts
    zf: zipfile.ZipFile | None = None
    _fh: BinaryIO | None = field(default=None, repr=False)

    def summary(self, **extra: object) -> TransferSummary:
        return TransferSummary(
            path=self.path,
            name=self.facts.name,
            nip=normalize_nip(self.facts.nip),
            created_at=str(self.manifest.get("created_at", "")),
            app_version=str(self.manifest.get("app_version", "")),
            schema_revision=self.facts.revision,
            entries=self.facts.entries,
            months=self.facts.months,
            locked_months=self.facts.locked_months,
            evidence_files=sum(1 for m in self.members if member_kind(m["name"]) == "evidence"),
            signing_key=any(member_kind(m["name"]) == "private-key" for m in self.members),
            **extra,  # type: ignore[arg-type]
        )

    def close(self) -> None:
        if self.zf is not None:
            self.zf.close()
        if self._fh is not None:
            self._fh.close()


def _refuse(template: str, path: Path, **params: object) -> TransferError:
    return TransferError(template, p=str(path), **params)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, sha256: str, path: Path,
                sink: BinaryIO | None = None, keep: bool = False) -> bytes:
    """Stream one member, refusing more bytes than declared and a hash that differs."""
    digest, count, kept = hashlib.sha256(), 0, []
    try:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                count += len(chunk)
                if count > size:
                    raise _refuse("Berkas pindah '{p}' rusak atau diubah: {m} lebih besar dari yang "
                                  "tercantum di manifest.", path, m=info.filename)
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
                if keep:
                    kept.append(chunk)
    except _ZIP_ERRORS:
        raise _refuse("Berkas pindah '{p}' rusak atau terpotong (anggota {m} tidak bisa dibaca).",
                      path, m=info.filename) from None
    if count != size or digest.hexdigest() != sha256:
        raise _refuse("Berkas pindah '{p}' rusak atau diubah: isi {m} tidak cocok dengan sidik "
                      "SHA-256 di manifest.", path, m=info.filename)
    return b"".join(kept)


def _check_manifest(manifest: object, path: Path) -> tuple[dict, list[dict]]:
    if not isinstance(manifest, dict):
        raise _refuse("Berkas pindah '{p}' tidak sah: manifest.json bukan objek JSON.", path)
    if manifest.get("format") != FORMAT:
        raise _refuse("'{p}' bukan berkas pindah Absensi (format {f}).", path, f=one_line(manifest.get("format")))
    version = manifest.get("version")
    if version != VERSION or isinstance(version, bool):
        raise _refuse("Berkas pindah '{p}' versi {v}; versi Absensi ini hanya mengenal versi {k}. "
                      "Perbarui aplikasi.", path, v=one_line(version), k=VERSION)
    if not isinstance(manifest.get("nip"), str) or not re.fullmatch(r"\d{18}", manifest["nip"]):
        raise _refuse("Berkas pindah '{p}' tidak sah: NIP di manifest tidak 18 digit.", path)
    members = manifest.get("members")
    if not isinstance(members, list) or not members or len(members) > MAX_MEMBERS:
        raise _refuse("Berkas pindah '{p}' tidak sah: daftar isi (members) di manifest kosong atau rusak.", path)
    seen: set[str] = set()
    for member in members:
        if not (isinstance(member, dict) and isinstance(member.get("name"), str)
                and isinstance(member.get("size"), int) and not isinstance(member.get("size"), bool)
                and member["size"] >= 0 and isinstance(member.get("sha256"), str)
                and _SHA256.fullmatch(member["sha256"])):
            raise _refuse("Berkas pindah '{p}' tidak sah: satu catatan di daftar isi manifest rusak.", path)
        name = member["name"]
        if not safe_name(name):
            raise _refuse("Berkas pindah '{p}' berisi nama yang tidak aman ({m}); tidak diimpor.", path,
                          m=one_line(name)[:120])
        kind = member_kind(name)
        if kind is None:
            raise _refuse("Berkas pindah '{p}' berisi {m}, yang bukan bagian data Absensi; tidak diimpor.",
                          path, m=name)
        if name in seen:
            raise _refuse("Berkas pindah '{p}' tidak sah: {m} tercantum dua kali di manifest.", path, m=name)
        if member["size"] > member_limit(kind):
            raise _refuse("Berkas pindah '{p}': {m} terlalu besar ({n}).", path, m=name, n=format_size(member["size"]))
        seen.add(name)
    if DATABASE not in seen:
        raise _refuse("Berkas pindah '{p}' tidak berisi database ({m}).", path, m=DATABASE)
    if sum(m["size"] for m in members) > MAX_TOTAL_BYTES:
        raise _refuse("Berkas pindah '{p}' terlalu besar setelah dibuka (lebih dari {n}).", path,
                      n=format_size(MAX_TOTAL_BYTES))
    return manifest, members


def _check_entries(zf: zipfile.ZipFile, members: list[dict], path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS + 1:
        raise _refuse("Berkas pindah '{p}' berisi terlalu banyak berkas.", path)
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name != MANIFEST and not safe_name(name):
            raise _refuse("Berkas pindah '{p}' berisi nama yang tidak aman ({m}); tidak diimpor.", path,
                          m=one_line(name)[:120])
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _refuse("Berkas pindah '{p}' berisi tautan simbolik ({m}); tidak diimpor.", path, m=name)
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # no type bits: a plain file
            raise _refuse("Berkas pindah '{p}' berisi {m}, yang bukan berkas biasa; tidak diimpor.", path, m=name)
        if info.flag_bits & 0x1:
            raise _refuse("Berkas pindah '{p}' berisi anggota terenkripsi ({m}); tidak diimpor.", path, m=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse("Berkas pindah '{p}' memakai kompresi yang tidak dikenal ({m}).", path, m=name)
        if name in by_name:
            raise _refuse("Berkas pindah '{p}' berisi {m} dua kali; tidak diimpor.", path, m=name)
        by_name[name] = info
    listed = {m["name"] for m in members}
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise _refuse("Berkas pindah '{p}' berisi {m}, yang tidak tercantum di manifest; tidak diimpor.",
                          path, m=name)
    for member in members:
        info = by_name.get(member["name"])
        if info is None:
            raise _refuse("Berkas pindah '{p}' tidak lengkap: {m} tercantum di manifest tetapi tidak ada.",
                          path, m=member["name"])
        if info.file_size != member["size"]:
            raise _refuse("Berkas pindah '{p}' rusak atau diubah: ukuran {m} tidak cocok dengan manifest.",
                          path, m=member["name"])
    return by_name


def _check_database(image: bytes, manifest: dict, path: Path) -> DatabaseFacts:
    from absensi_app.store.migrate import KNOWN_REVISIONS

    if not image.startswith(b"SQLite format 3\x00"):
        raise _refuse("Database di berkas pindah '{p}' bukan database SQLite.", path)
    try:
        with memory_database(image) as conn:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                raise _refuse("Database di berkas pindah '{p}' rusak (integrity_check: {e}).", path,
                              e=one_line(check[0][0] if check else "?"))
            facts = database_facts(conn)
            problem = None
            if facts.revision in KNOWN_REVISIONS:
                # Exactly Absensi's schema of that revision (an added trigger would run inside the
                # app), links that point at rows that exist, and text without control characters.
                problem = schema_problem(conn, facts.revision) or link_problem(conn) or text_problem(conn)
    except LookupError as exc:
        what = "profil pegawai" if exc.args == ("profile",) else "revisi skema (alembic_version)"
        raise _refuse("Database di berkas pindah '{p}' tidak berisi {w}; tidak diimpor.", path, w=what) from None
    except sqlite3.Error as exc:
        raise _refuse("Database di berkas pindah '{p}' tidak bisa dibuka sebagai SQLite ({e}).", path,
                      e=one_line(exc)) from None
    if facts.revision not in KNOWN_REVISIONS:
        raise _refuse("Database di berkas pindah '{p}' dibuat oleh versi Absensi yang lebih baru atau tidak "
                      "dikenal (revisi {r}). Perbarui aplikasi dulu.", path, r=one_line(facts.revision))
    if problem is not None:
        raise _refuse("Database di berkas pindah '{p}' {w}; tidak diimpor.", path, w=one_line(problem))
    if normalize_nip(facts.nip) != manifest["nip"]:
        raise _refuse("Berkas pindah '{p}' tidak konsisten: manifest menyebut NIP {a}, database berisi NIP {b}.",
                      path, a=manifest["nip"], b=normalize_nip(facts.nip) or "-")
    return facts


def read_transfer(source: str | os.PathLike[str], *, keep_database: bool = True) -> TransferFile:
    """Open and check a transfer file completely (no file is written): a regular file within the
    size limit, a valid ZIP, a known manifest, every member listed, safely named, regular, of the
    listed size and SHA-256, nothing extra; private keys only encrypted; the database an intact
    SQLite file of a known schema revision whose profile NIP is the manifest's.

    The returned object keeps the archive open for ``import_transfer``; close it."""
    path = Path(source).expanduser()
    fh = open_user_file(path, "Berkas pindah")
    try:
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_TRANSFER_BYTES:
            raise _refuse("Berkas pindah '{p}' terlalu besar (lebih dari {n}).", path, n=format_size(MAX_TRANSFER_BYTES))
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
            raise _refuse("'{p}' bukan berkas pindah Absensi yang utuh (bukan arsip ZIP, atau terpotong).",
                          path) from None
        try:
            try:
                manifest_info = zf.getinfo(MANIFEST)
            except KeyError:
                raise _refuse("'{p}' bukan berkas pindah Absensi: manifest.json tidak ada.", path) from None
            if manifest_info.file_size > MAX_MANIFEST_BYTES:
                raise _refuse("Berkas pindah '{p}' tidak sah: manifest.json terlalu besar.", path)
            try:
                raw = zf.read(manifest_info)
            except _ZIP_ERRORS:
                raise _refuse("Berkas pindah '{p}' rusak atau terpotong (manifest.json tidak bisa dibaca).",
                              path) from None
            try:
                parsed = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                raise _refuse("Berkas pindah '{p}' tidak sah: manifest.json bukan JSON UTF-8.", path) from None
            manifest, members = _check_manifest(parsed, path)
            infos = _check_entries(zf, members, path)
            database = b""
            for member in members:
                keep = member_kind(member["name"]) in ("database", "private-key")
                data = read_member(zf, infos[member["name"]], member["size"], member["sha256"], path, keep=keep)
                if member["name"] == DATABASE:
                    database = data
                elif keep and not is_encrypted_key(data):
                    raise _refuse("Berkas pindah '{p}' berisi kunci privat yang tidak terenkripsi ({m}); "
                                  "tidak diimpor.", path, m=member["name"])
            facts = _check_database(database, manifest, path)
        except BaseException:
            zf.close()
            raise
    except BaseException:
        fh.close()
        raise
    result = TransferFile(path, manifest, members, database if keep_database else b"", facts, zf, fh)
    if not keep_database:
        result.close()
        result.zf = result._fh = None
    return result
