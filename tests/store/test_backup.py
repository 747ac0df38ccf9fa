"""Backups: made with SQLite's backup API, checked after writing, rotated, restored."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.context import AppContext
from absensi_app.store.backup import BackupError, BackupStore, list_backups
from absensi_app.store.health import check_database


def _add(ctx: AppContext, day, text: str = "Menyusun laporan") -> None:  # noqa: ANN001
    ctx.worklog.add(EntryDraft(day=day, start=time(8), end=time(9), location=Location.KANTOR, description=text))


def _entries(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_a_checked_single_file_with_the_data(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    [made] = ctx.backups.create()
    assert made.reason == "manual" and made.path.parent == ctx.paths.backup_dir
    assert not Path(str(made.path) + "-wal").exists()  # self-contained, no WAL beside it
    check = check_database(made.path, thorough=True)
    assert check.ok and check.entries == 1 and check.nip == "198609262015051001"
    [info] = [i for i in ctx.backups.list() if i.name == made.name]
    assert info.ok and info.entries == 1 and info.months_locked == 0 and info.size > 0


def test_identical_copies_are_kept_once_changed_ones_never_overwrite(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    first = ctx.backups.create()[0]
    again = ctx.backups.create()[0]
    assert again.path == first.path
    _add(ctx, friday - timedelta(days=1))
    second = ctx.backups.create()[0]  # same second, other content: a new name
    assert second.path != first.path and first.path.exists()
    assert _entries(first.path) == 1 and _entries(second.path) == 2


def test_a_failing_migration_makes_one_backup_however_often_it_is_tried(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    from absensi_app.store.database import make_engine
    from absensi_app.store.migrate import MigrationError, upgrade

    _add(ctx_with_profile, friday)
    ctx_with_profile.close()
    db, folder = ctx_with_profile.paths.database, ctx_with_profile.paths.backup_dir
    for backup in list(folder.iterdir()):
        backup.unlink()
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0003'")  # claims an old schema
    con.commit()
    con.close()
    for _ in range(3):
        engine = make_engine(db)
        with pytest.raises(MigrationError):
            upgrade(engine, db, folder)
        engine.dispose()
    assert len(list(folder.iterdir())) == 1


def test_rotation_keeps_14_days_12_months_10_events_and_every_manual(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 1, 1, 8, 0)
    for n in range(500):  # daily backups for 500 days
        (folder / f"absensi-{(start + timedelta(days=n)):%Y%m%d-%H%M%S}-daily.sqlite").write_bytes(b"x")
    for n in range(15):
        (folder / f"absensi-{(start + timedelta(days=n)):%Y%m%d-%H%M%S}-before-restore.sqlite").write_bytes(b"x")
    (folder / "absensi-20250105-090000-manual.sqlite").write_bytes(b"x")
    (folder / "catatan-saya.txt").write_text("bukan cadangan")
    BackupStore(tmp_path / "absensi.sqlite", folder).rotate()
    left = list_backups(folder)
    daily = [b for b in left if b.reason == "daily"]
    days = {b.created.date() for b in daily}
    newest = start + timedelta(days=499)
    assert {newest.date() - timedelta(days=n) for n in range(14)} <= days
    months = {(b.created.year, b.created.month) for b in daily}
    assert len(months) == 12
    assert len(daily) <= 14 + 12
    assert len([b for b in left if b.reason == "before-restore"]) == 10
    assert [b.name for b in left if b.reason == "manual"] == ["absensi-20250105-090000-manual.sqlite"]
    assert (folder / "catatan-saya.txt").exists()  # not ours: never touched


def test_daily_backup_once_a_day_and_only_with_data(ctx: AppContext, sample_profile, clock) -> None:  # noqa: ANN001
    assert ctx.backups.daily() is None  # an empty database is not worth a copy
    ctx.profile.save(sample_profile)
    made = ctx.backups.daily()
    assert made is not None and made.reason == "daily"
    assert ctx.backups.daily() is None  # the same day again: nothing
    clock.fixed = clock.fixed + timedelta(days=1)
    assert ctx.backups.daily() is not None


def test_restore_round_trip_keeps_the_current_file_first(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    [one] = ctx.backups.create()
    _add(ctx, friday - timedelta(days=1), "Entri sesudah cadangan")
    with pytest.raises(BackupError, match="sedang dibuka"):  # the app still has it open
        ctx.backups.restore(one.name)
    assert _entries(ctx.paths.database) == 2
    ctx.engine.dispose()
    before = ctx.backups.restore(one.name)
    assert _entries(ctx.paths.database) == 1
    assert before is not None and before.reason == "before-restore" and _entries(before.path) == 2
    assert check_database(ctx.paths.database, thorough=True).ok


def test_restore_refuses_a_damaged_backup_or_another_persons(ctx_with_profile: AppContext, friday, tmp_path: Path) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    ctx.engine.dispose()
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)
    with pytest.raises(BackupError, match="bukan cadangan yang utuh"):
        ctx.backups.restore(bad)
    other = tmp_path / "orang-lain.sqlite"
    from absensi_app.store.backup import snapshot

    snapshot(ctx.paths.database, other)
    con = sqlite3.connect(other)
    con.execute("UPDATE profile SET nip = '199004122015032007'")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="milik NIP"):
        ctx.backups.restore(other)
    assert _entries(ctx.paths.database) == 1


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    [good] = ctx.backups.create()
    ctx.engine.dispose()
    ctx.paths.database.write_bytes(b"rusak" * 1000)
    assert ctx.backups.restore(good.path) is None
    assert _entries(ctx.paths.database) == 1
    kept = list(ctx.paths.backup_dir.glob("rusak-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"rusak" * 1000


def test_extra_folder_gets_a_copy_and_a_missing_stick_is_skipped(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    ctx = ctx_with_profile
    with pytest.raises(BackupError, match="di luar folder data"):
        ctx.backups.set_extra_folder(ctx.paths.data_dir / "bukti")
    ctx.backups.set_extra_folder(stick)
    made = ctx.backups.create()
    own = stick / "Absensi-198609262015051001"  # colleagues sharing the stick rotate apart
    assert [b.path.parent for b in made] == [ctx.paths.backup_dir, own]
    assert check_database(made[1].path, thorough=True).ok
    assert made[1].path.stat().st_mode & 0o777 == 0o600
    import shutil

    shutil.rmtree(stick)
    assert len(ctx.backups.create()) == 1  # the stick was pulled out: only the local copy


def test_a_manual_backup_is_its_own_file_even_when_a_daily_one_has_the_same_bytes(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    daily = ctx.backups.create(reason="daily")[0]
    manual = ctx.backups.create()[0]
    assert manual.path != daily.path and manual.reason == "manual"
    assert ctx.backups.create()[0].path == manual.path  # but not a second manual one


def test_backups_never_go_inside_the_data_folder(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    link = tmp_path / "tautan-ke-data"
    link.symlink_to(ctx.paths.data_dir)
    for target in (ctx.paths.data_dir, ctx.paths.keys_dir if ctx.paths.keys_dir.exists() else ctx.paths.evidence_dir, link / "bukti"):
        with pytest.raises(BackupError, match="di luar folder data"):
            ctx.backups.create(to=target)
        with pytest.raises(BackupError, match="di luar folder data"):
            ctx.backups.set_extra_folder(target)
    a_file = tmp_path / "berkas"
    a_file.write_text("x")
    with pytest.raises(BackupError, match="berkas, bukan folder"):
        ctx.backups.create(to=a_file)


def _wal_state_with_a_short_main_file(folder: Path) -> Path:
    """A database whose main file is shorter than its header says while the WAL still holds
    every frame: what a checkpoint cut short (full disk, kill -9) leaves. SQLite reads it whole."""
    db = folder / "absensi.sqlite"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (x TEXT)")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    small = db.read_bytes()
    con.execute("BEGIN")
    for n in range(400):
        con.execute("INSERT INTO t VALUES (?)", ("x" * 500 + str(n),))
    con.execute("COMMIT")
    wal = Path(str(db) + "-wal").read_bytes()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    big = db.read_bytes()
    con.close()
    page = int.from_bytes(big[16:18], "big")
    db.write_bytes(big[:page] + small[page:])  # the new first page (header) is already there
    Path(str(db) + "-wal").write_bytes(wal)
    return db


def test_a_checkpoint_cut_short_is_not_taken_for_truncation(tmp_path: Path) -> None:
    db = _wal_state_with_a_short_main_file(tmp_path)
    size = db.stat().st_size
    page = int.from_bytes(db.read_bytes()[16:18], "big")
    assert int.from_bytes(db.read_bytes()[28:32], "big") * page > size  # the header claims more
    assert check_database(db, thorough=True).problem in (None, "foreign")
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 400
    con.close()


def test_restore_over_a_damaged_database_keeps_its_wal_with_it(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    [good] = ctx.backups.create()
    ctx.engine.dispose()
    db = ctx.paths.database
    db.write_bytes(b"rusak" * 1000)
    Path(str(db) + "-wal").write_bytes(b"bingkai yang mungkin masih berguna")
    ctx.backups.restore(good.path)
    [kept] = [p for p in ctx.paths.backup_dir.glob("rusak-*") if not p.name.endswith("-wal")]
    assert Path(str(kept) + "-wal").read_bytes() == b"bingkai yang mungkin masih berguna"
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").read_bytes() != b"bingkai yang mungkin masih berguna"


def test_restore_never_replaces_a_newer_versions_database(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    _add(ctx, friday)
    [old] = ctx.backups.create()
    ctx.engine.dispose()
    con = sqlite3.connect(ctx.paths.database)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before = ctx.paths.database.read_bytes()
    with pytest.raises(BackupError, match="versi Absensi yang lebih baru"):
        ctx.backups.restore(old.path)
    assert ctx.paths.database.read_bytes() == before
    assert not list(ctx.paths.backup_dir.glob("rusak-*"))


def test_restore_refuses_while_a_window_holds_the_folder(ctx_with_profile: AppContext, friday) -> None:  # noqa: ANN001
    import socket
    import subprocess
    import sys

    ctx = ctx_with_profile
    _add(ctx, friday)
    [good] = ctx.backups.create()
    ctx.engine.dispose()
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = ctx.paths.data_dir / "absensi-gui.lock"  # as QLockFile writes it
        lock.write_text(f"{window.pid}\nabsensi\n{socket.gethostname()}\n")
        with pytest.raises(BackupError, match="sedang terbuka"):
            ctx.backups.restore(good.path)
    finally:
        window.kill()
        window.wait()
    ctx.backups.restore(good.path)  # the window is gone: its stale lock does not block
