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
from dataclasses import replace as replace_fields
from datetime import datetime
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.domain.nip import normalize_nip
from absensi_app.services.evidence import private_folder
from absensi_app.services.files import fsync_dir
from absensi_app.services.transfer.archive import (
    CHUNK, DATABASE, TransferError, TransferSummary, has_table, key_names, member_kind, missing_evidence, one_line,
    scalar,
)  # fmt: skip
from absensi_app.services.transfer.reading import TransferFile, read_member, read_transfer
from absensi_app.store import health
from absensi_app.store.backup import Backup, BackupError, BackupStore, ensure_unused


# ---- the target folder -------------------------------------------------------------------------
#: Problems of the target database file itself (store.health kinds): what it holds is lost or
#: was never Absensi's, so ``--replace`` keeps it aside (never deleted) instead of backing it up.
#: An unreadable one (e.g. no permission) is refused instead: whose it is cannot be told.
KEPT_ASIDE = health.DAMAGE - {health.UNREADABLE}


@dataclass(frozen=True)
class _Target:
    has_data: bool
    nip: str  # digits of the profile (or certificate) found there, "" if none
    database_exists: bool
    damaged: str | None = None  # a KEPT_ASIDE kind: the file is kept aside, not backed up
    detail: str = ""


def _target_health(db: Path) -> tuple[str | None, str, str | None]:
    """(store.health problem kind or None, detail, schema revision) of the existing database,
    read without changing a byte (see :func:`store.health.check_database`)."""
    from absensi_app.store.migrate import KNOWN_REVISIONS

    check = health.check_database(db, KNOWN_REVISIONS)
    return check.problem, check.detail, check.revision


def _inspect_target(paths: AppPaths) -> _Target:
    """Whose data the folder holds, read without changing a byte; refuses a database that is
    in use, of a newer schema, unreadable or read-only. A damaged one is reported, not read."""
    db = paths.database
    nip, has_data = "", False
    damaged: str | None = None
    detail = ""
    exists = db.exists() or db.is_symlink()
    if exists:
        if not db.is_file():
            raise TransferError("{p} bukan berkas database biasa; tidak ada yang diubah.", p=str(db))
        problem, detail, revision = _target_health(db)
        if problem == health.LOCKED:
            raise TransferError(
                "Database {p} sedang dipakai (aplikasi Absensi masih terbuka?); tutup dulu lalu ulangi. "
                "Tidak ada yang diubah.", p=str(db),
            )
        if problem == health.NEWER:
            raise TransferError(
                "Database {p} dibuat oleh versi Absensi yang lebih baru (revisi {r}); tidak diganti dan "
                "tidak ada yang diubah. Perbarui aplikasi dulu, atau pakai folder data lain.",
                p=str(db), r=one_line(revision or detail),
            )
        if problem in KEPT_ASIDE:  # not read further: whose it was shows, if at all, in keys/ below
            damaged, detail, has_data = problem, one_line(detail)[:200], True
        elif problem is not None:  # unreadable (permissions, disk error)
            raise TransferError(
                "Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; "
                "tidak ada yang diubah. Periksa izin berkas itu atau pakai folder data lain.",
                p=str(db), e=one_line(detail) or problem,
            )
        elif not health.database_writable(db):
            raise TransferError(
                "Database {p} hanya bisa dibaca (berkasnya atau folder datanya tidak boleh ditulisi); "
                "tidak ada yang diubah. Beri izin tulis dulu, atau pakai folder data lain.", p=str(db),
            )
        if not damaged:
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
    return _Target(has_data, nip, exists, damaged=damaged, detail=detail)


# ---- staging ----------------------------------------------------------------------------------
def _write_file(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, member: dict, source: Path,
                mode: int) -> None:
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    if os.name == "posix":
        os.fchmod(fd, mode)  # exactly, whatever the umask
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
        private_folder(paths.backup_dir)
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
        if target.damaged and not replace:
            raise TransferError(
                "Database {p} {k}{e}; tidak ada yang diubah. Dengan --replace berkas itu (beserta -wal/-shm-nya) "
                "disimpan apa adanya di {b} sebagai rusak-…, tidak dihapus, lalu data dari berkas pindah "
                "menggantikannya.",
                p=str(paths.database), k=health.KIND_WORDS[target.damaged], e=f" ({target.detail})" if target.detail else "",
                b=str(paths.backup_dir),
            )
        if target.has_data and not replace:
            raise TransferError(
                "Folder data {d} sudah berisi data (NIP {nip}). Tambahkan --replace untuk menggantinya; "
                "data yang sekarang dicadangkan dulu.",
                d=str(data_dir), nip=target.nip or "tidak diketahui",
            )
        summary = _install(paths, transfer, target, now, clock)
        archived = {m["name"].removeprefix("bukti/") for m in transfer.members if member_kind(m["name"]) == "evidence"}
        missing = missing_evidence(transfer.facts.evidence, archived, paths.evidence_dir)
        return replace_fields(summary, missing_evidence=missing) if missing else summary
    finally:
        transfer.close()


def _install(paths: AppPaths, transfer: TransferFile, target: _Target, now: datetime, clock) -> TransferSummary:  # noqa: ANN001, C901
    data_dir = paths.data_dir
    created = data_dir if not data_dir.exists() else None  # the topmost folder this import creates
    while created is not None and created.parent != created and not created.parent.exists():
        created = created.parent
    stamp = now.strftime("%Y%m%d-%H%M%S")
    stage: Path | None = None
    try:
        try:
            private_folder(data_dir)  # with any parent it creates: the user's alone, whatever the umask
            stage = data_dir / f".pindah-{secrets.token_hex(6)}"
            stage.mkdir(mode=0o700)
            _stage(transfer, stage)
        except OSError as exc:
            raise TransferError("Data tidak bisa ditulis ke {d}: {e}. Tidak ada yang diubah.",
                                d=str(data_dir), e=exc.strerror or one_line(exc)) from None

        backup = None
        if target.database_exists and not target.damaged:
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
        kept: list[tuple[Path, Path]] = []  # a damaged database and its companions, kept aside
        try:
            # 1. evidence: additive (named by hash); a different file under the same name is set aside
            staged_bukti = stage / "bukti"
            if staged_bukti.is_dir():
                for file in sorted(p for p in staged_bukti.rglob("*") if p.is_file()):
                    relative = file.relative_to(staged_bukti)
                    dest = paths.evidence_dir / relative
                    if dest.is_file() and _same_file(file, dest):
                        continue
                    private_folder(dest.parent)
                    if dest.exists() or dest.is_symlink():
                        aside = side / "bukti" / relative
                        private_folder(aside.parent)
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
            # 3. the database, last, in one rename. A damaged one is kept aside in backups/ with its
            # -wal/-shm (together: the WAL may hold what the file lacks); a WAL file without its
            # database is set aside.
            if target.damaged:
                private_folder(paths.backup_dir)
                kept = BackupStore(paths.database, paths.backup_dir).keep_aside(now)
                fsync_dir(paths.backup_dir)
            for stale in health.companions(paths.database):
                if stale.exists():
                    side.mkdir(parents=True, exist_ok=True, mode=0o700)
                    os.replace(stale, side / stale.name)
                    side_used = True
            os.replace(stage / DATABASE, paths.database)
        except BaseException as exc:
            # Put the old keys (and a damaged database) back; evidence added is harmless (unreferenced files).
            for original, aside in reversed(kept):
                try:
                    os.replace(aside, original)
                except OSError:
                    pass
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
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
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
        damaged_kept=kept[0][1] if kept else None,
        damaged_kind=target.damaged or "",
    )
