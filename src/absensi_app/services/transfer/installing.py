"""Putting a checked transfer file's data into a data folder (:func:`import_transfer`).

First whose data the folder holds (:func:`_inspect_target`, read without changing a byte), then
everything extracted into a hidden folder inside it and moved into place, the database last.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.domain.nip import normalize_nip
from absensi_app.services.files import fsync_dir
from absensi_app.services.transfer.archive import (
    CHUNK, DATABASE, TransferError, TransferSummary, has_table, key_names, member_kind, one_line, scalar,
)  # fmt: skip
from absensi_app.services.transfer.reading import TransferFile, read_member, read_transfer
from absensi_app.store.backup import Backup, BackupError, BackupStore, ensure_unused


# ---- the target folder -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Target:
    has_data: bool
    nip: str  # digits of the profile (or certificate) found there, "" if none
    database_exists: bool


def _inspect_target(paths: AppPaths) -> _Target:
    """Whose data the folder holds, read without changing a byte (a plain connection that only
    reads leaves no -wal/-shm behind when it closes; one opened with ``mode=ro`` may)."""
    db = paths.database
    nip, has_data = "", False
    exists = db.exists() or db.is_symlink()
    if exists:
        if not db.is_file():
            raise TransferError("{p} bukan berkas database biasa; tidak ada yang diubah.", p=str(db))
        try:
            with closing(sqlite3.connect(db, timeout=5)) as conn:
                if has_table(conn, "profile"):
                    row = conn.execute("SELECT nip FROM profile WHERE id = 1").fetchone()
                    if row is not None:
                        nip, has_data = normalize_nip(str(row[0] or "")), True
                for table in ("entry", "day_status", "history", "skp_period", "holiday_change",
                              "month_lock", "trusted_cert", "ramadan_period"):
                    if not has_data and has_table(conn, table):
                        has_data = bool(scalar(conn, f"SELECT count(*) FROM {table}"))
        except sqlite3.Error as exc:
            raise TransferError(
                "Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; "
                "tidak ada yang diubah. Pindahkan berkas itu atau pakai folder data lain.",
                p=str(db), e=one_line(exc),
            ) from None
    private, public, _, _ = key_names()
    keys_present = paths.keys_dir.is_dir() and any(
        (paths.keys_dir / n).exists() for n in (*private, *public)
    )
    if keys_present:
        has_data = True
        if not nip:
            try:
                from absensi_app.signing.keys import load_identity

                identity = load_identity(paths.keys_dir)
                nip = normalize_nip(identity.nip) if identity else ""
            except Exception:  # noqa: BLE001 - an unreadable certificate only means "unknown owner"
                nip = ""
    if not has_data and paths.evidence_dir.is_dir():
        has_data = any(p.is_file() for p in paths.evidence_dir.rglob("*"))
    return _Target(has_data, nip, exists)


# ---- staging ----------------------------------------------------------------------------------
def _write_file(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, member: dict, source: Path,
                mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    with os.fdopen(fd, "wb") as fh:
        read_member(zf, info, member["size"], member["sha256"], source, sink=fh)
        fh.flush()
        os.fsync(fh.fileno())


def _stage(transfer: TransferFile, stage: Path) -> None:
    """Extract every member below ``stage`` (checked again while writing)."""
    assert transfer.zf is not None
    infos = {i.filename: i for i in transfer.zf.infolist()}
    for member in transfer.members:
        name, kind = member["name"], member_kind(member["name"])
        mode = 0o600 if kind in ("private-key", "database", "evidence") else 0o644
        _write_file(stage.joinpath(*name.split("/")), transfer.zf, infos[name], member, transfer.path, mode)
    if (stage / "keys").is_dir() and os.name == "posix":
        for folder in (stage / "keys", *[p for p in (stage / "keys").rglob("*") if p.is_dir()]):
            os.chmod(folder, 0o700)
    with closing(sqlite3.connect(stage / DATABASE)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise TransferError("Salinan database tidak utuh setelah ditulis ke disk; tidak ada yang diubah.")


# ---- the old database ----------------------------------------------------------------------------
def _take_over_database(paths: AppPaths, back_up: bool, now: datetime) -> Backup | None:
    """Make sure nobody else has the old database open (leaving WAL mode needs that, and folds
    its WAL into the file), and back it up (``before-import``) first if asked."""
    try:
        ensure_unused(paths.database)
    except BackupError:
        raise TransferError(
            "Database {p} sedang dipakai (aplikasi Absensi masih terbuka?); tutup dulu lalu ulangi. "
            "Tidak ada yang diubah.", p=str(paths.database),
        ) from None
    if not back_up:
        return None
    from absensi_app.store.migrate import KNOWN_REVISIONS

    try:
        paths.backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise TransferError("Cadangan database lama tidak bisa dibuat ({e}); tidak ada yang diganti.",
                            e=exc.strerror or one_line(exc)) from None
    # A BackupError (one sentence, the database as it was) goes to the user as it is.
    return BackupStore(paths.database, paths.backup_dir, KNOWN_REVISIONS).create("before-import", now)


def _same_file(a: Path, b: Path) -> bool:
    def digest(p: Path) -> str:
        h = hashlib.sha256()
        with p.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                h.update(chunk)
        return h.hexdigest()

    return a.stat().st_size == b.stat().st_size and digest(a) == digest(b)


# ---- import -----------------------------------------------------------------------------------
def import_transfer(
    paths: AppPaths, source: str | os.PathLike[str], *, replace: bool, now: datetime, clock=None,  # noqa: ANN001
) -> TransferSummary:
    """Put a transfer file's data into ``paths.data_dir``; see the package docstring."""
    transfer = read_transfer(source)
    try:
        nip = transfer.manifest["nip"]
        data_dir = paths.data_dir
        if data_dir.exists() and not data_dir.is_dir():
            raise TransferError("'{p}' bukan folder; pilih folder data lain.", p=str(data_dir))
        target = _inspect_target(paths) if data_dir.is_dir() else _Target(False, "", False)
        if target.nip and target.nip != nip:
            raise TransferError(
                "Folder data {d} berisi data pegawai lain (NIP {other}), berkas ini milik NIP {nip}; data dua "
                "orang tidak pernah dicampur. Pakai folder data lain (--data-dir).",
                d=str(data_dir), other=target.nip, nip=nip,
            )
        if target.has_data and not replace:
            raise TransferError(
                "Folder data {d} sudah berisi data (NIP {nip}). Tambahkan --replace untuk menggantinya; "
                "data yang sekarang dicadangkan dulu.",
                d=str(data_dir), nip=target.nip or "tidak diketahui",
            )
        return _install(paths, transfer, target, now, clock)
    finally:
        transfer.close()


def _install(paths: AppPaths, transfer: TransferFile, target: _Target, now: datetime, clock) -> TransferSummary:  # noqa: ANN001, C901
    data_dir = paths.data_dir
    created_dir = not data_dir.exists()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    stage: Path | None = None
    try:
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            stage = data_dir / f".pindah-{secrets.token_hex(6)}"
            stage.mkdir(mode=0o700)
            _stage(transfer, stage)
        except OSError as exc:
            raise TransferError("Data tidak bisa ditulis ke {d}: {e}. Tidak ada yang diubah.",
                                d=str(data_dir), e=exc.strerror or one_line(exc)) from None

        backup = None
        if target.database_exists:
            made = _take_over_database(paths, back_up=target.has_data, now=now)
            backup = made.path if made else None
        side = data_dir / f"sebelum-impor-{stamp}"
        n = 1
        while side.exists():
            n += 1
            side = data_dir / f"sebelum-impor-{stamp}-{n}"
        side_used = False
        moved_keys = False
        installed_keys = False
        try:
            # 1. evidence: additive (named by hash); a different file under the same name is set aside
            staged_bukti = stage / "bukti"
            if staged_bukti.is_dir():
                for file in sorted(p for p in staged_bukti.rglob("*") if p.is_file()):
                    relative = file.relative_to(staged_bukti)
                    dest = paths.evidence_dir / relative
                    if dest.is_file() and _same_file(file, dest):
                        continue
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    if dest.exists() or dest.is_symlink():
                        aside = side / "bukti" / relative
                        aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                        os.replace(dest, aside)
                        side_used = True
                    os.replace(file, dest)
            # 2. keys: the old folder goes aside whole, the new one takes its place
            if paths.keys_dir.exists() or paths.keys_dir.is_symlink():
                side.mkdir(parents=True, exist_ok=True, mode=0o700)
                os.replace(paths.keys_dir, side / "keys")
                moved_keys = side_used = True
            if (stage / "keys").is_dir():
                os.replace(stage / "keys", paths.keys_dir)
                installed_keys = True
            # 3. the database, last, in one rename; a WAL file without its database is set aside
            for suffix in ("-wal", "-shm", "-journal"):
                stale = paths.database.with_name(paths.database.name + suffix)
                if stale.exists():
                    side.mkdir(parents=True, exist_ok=True, mode=0o700)
                    os.replace(stale, side / stale.name)
                    side_used = True
            os.replace(stage / DATABASE, paths.database)
        except BaseException as exc:
            # Put the old keys back; evidence added is harmless (unreferenced files).
            try:
                if installed_keys:
                    os.replace(paths.keys_dir, stage / "keys")
                if moved_keys:
                    os.replace(side / "keys", paths.keys_dir)
            except OSError:
                pass
            if isinstance(exc, OSError):
                where = f" Cadangan database lama: {backup}." if backup else ""
                raise TransferError("Data tidak bisa dipindahkan ke {d}: {e}. Data lama tetap di tempatnya.{w}",
                                    d=str(data_dir), e=exc.strerror or one_line(exc), w=where) from None
            raise
        fsync_dir(data_dir)
    except BaseException:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
        if created_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
        raise
    shutil.rmtree(stage, ignore_errors=True)

    # The normal start: folders, logging, migration of an older schema (with its own backup).
    from absensi_app.services.context import open_context
    from absensi_app.store.migrate import HEAD_REVISION

    ctx = open_context(paths, clock)
    try:
        profile = ctx.profile.require()
        if normalize_nip(profile.nip) != transfer.manifest["nip"]:  # pragma: no cover - checked before
            raise TransferError("Setelah impor, NIP profil tidak sama dengan berkas pindah.")
    finally:
        ctx.close()
    return transfer.summary(
        size=transfer.path.stat().st_size,
        database_backup=backup,
        set_aside=side if side_used else None,
        migrated=transfer.facts.revision != HEAD_REVISION,
    )
