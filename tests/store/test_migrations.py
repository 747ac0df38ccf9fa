"""Schema: migrations reach head, agree with the models, and back the file up first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from absensi_app.store.database import make_engine
from absensi_app.store.migrate import (
    HEAD_REVISION,
    MigrationError,
    alembic_config,
    current_revision,
    upgrade,
)
from absensi_app.store.models import Base

TABLES = {"profile", "work_schedule", "entry", "day_status", "alembic_version", "skp_period", "rhk", "action_plan", "holiday_change", "ramadan_period", "setting", "history", "month_lock", "trusted_cert", "running_timer", "task_template"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "absensi.sqlite"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(db_path)
    yield eng
    eng.dispose()


def test_empty_database_to_head(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    assert current_revision(engine) is None
    backup = upgrade(engine, db_path, backup_dir)
    assert backup is None  # nothing worth keeping in an empty file
    assert not backup_dir.exists() or list(backup_dir.iterdir()) == []
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == TABLES


def test_head_revision_constant_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]  # one head, no forgotten branch
    assert script.get_current_head() == HEAD_REVISION


def test_models_and_migrations_agree(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    upgrade(engine, db_path, backup_dir)
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(mc, Base.metadata)
    assert diff == []


def test_fresh_connection_pragmas(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    upgrade(engine, db_path, backup_dir)
    engine.dispose()
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_check_constraints_exist(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    upgrade(engine, db_path, backup_dir)
    insert = text(
        "INSERT INTO entry (day, minutes, location, description, quantity, created_at, updated_at) "
        "VALUES ('2026-11-27', :minutes, 'kantor', 'x', :qty, '2026-11-27 08:00:00', "
        "'2026-11-27 08:00:00')"
    )
    with engine.begin() as conn:
        conn.execute(insert, {"minutes": 60, "qty": 1})
    for bad in ({"minutes": 0, "qty": None}, {"minutes": 1441, "qty": None}, {"minutes": 60, "qty": 0}):
        with pytest.raises(Exception, match="CHECK constraint failed"):
            with engine.begin() as conn:
                conn.execute(insert, bad)


def test_upgrade_at_head_makes_no_backup(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    upgrade(engine, db_path, backup_dir)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO day_status (day, status, note, updated_at) "
                "VALUES ('2026-11-27', 'sakit', '', '2026-11-27 08:00:00')"
            )
        )
    assert upgrade(engine, db_path, backup_dir) is None
    assert not backup_dir.exists() or list(backup_dir.iterdir()) == []
    assert current_revision(engine) == HEAD_REVISION


def test_non_empty_database_is_backed_up_before_migrating(
    engine: Engine, db_path: Path, backup_dir: Path
) -> None:
    """A file with data but no (or an old) revision is copied before alembic touches it.

    Here the revision table is gone, so alembic tries to create the tables again and fails:
    the error must name the backup, and the backup must hold the data.
    """
    upgrade(engine, db_path, backup_dir)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entry (day, start_time, end_time, minutes, location, description, "
                "created_at, updated_at) VALUES ('2026-11-27', '08:00:00', '09:30:00', 90, "
                "'kantor', 'Menyusun laporan bulanan', '2026-11-27 09:30:00', "
                "'2026-11-27 09:30:00')"
            )
        )
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()

    with pytest.raises(MigrationError) as err:
        upgrade(engine, db_path, backup_dir)

    backups = list(backup_dir.iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith("absensi-") and backup.name.endswith("-before-none.sqlite")
    assert str(backup) in str(err.value)
    assert "\n" not in str(err.value)  # shown as one line by the CLI and the GUI

    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = copy.execute("SELECT day, minutes, description FROM entry").fetchall()
    finally:
        copy.close()
    assert rows == [("2026-11-27", 90, "Menyusun laporan bulanan")]

    # The original file is still usable and still holds the data.
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM entry")).scalar() == 1


def test_entry_ids_are_never_reused(engine: Engine, db_path: Path, backup_dir: Path) -> None:
    """Model and migration both ask SQLite for AUTOINCREMENT (compare_metadata cannot see it)."""
    upgrade(engine, db_path, backup_dir)
    assert Base.metadata.tables["entry"].dialect_options["sqlite"]["autoincrement"] is True
    with engine.connect() as conn:
        ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'entry'")).scalar()
    assert "AUTOINCREMENT" in ddl


def test_failed_transaction_rolls_back_ddl(engine: Engine) -> None:
    with pytest.raises(Exception, match="already exists"):
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
            conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
    with engine.connect() as conn:
        assert not inspect(conn).has_table("half_done")


def test_database_from_a_newer_version_is_refused_without_backup(tmp_path: Path) -> None:
    from absensi_app.store.database import make_engine
    from absensi_app.store.migrate import KNOWN_REVISIONS, MigrationError, upgrade

    db = tmp_path / "absensi.sqlite"
    engine = make_engine(db)
    upgrade(engine, db, tmp_path / "backups")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(MigrationError, match="versi Absensi yang lebih baru"):
        upgrade(engine, db, tmp_path / "backups")
    assert not list((tmp_path / "backups").glob("*"))
    engine.dispose()
    from alembic.script import ScriptDirectory

    from absensi_app.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert tuple(r.revision for r in reversed(list(script.walk_revisions()))) == KNOWN_REVISIONS


def test_0001_database_with_data_upgrades_to_0002(
    engine: Engine, db_path: Path, backup_dir: Path
) -> None:
    """A log written by version 0.1 keeps its entries, its ids and AUTOINCREMENT."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        for n in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO entry (day, minutes, location, description, created_at, "
                    f"updated_at) VALUES ('2026-11-2{n}', 60, 'kantor', 'Tugas {n}', "
                    "'2026-11-27 09:30:00', '2026-11-27 09:30:00')"
                )
            )
        conn.execute(text("DELETE FROM entry WHERE id = 2"))
    assert current_revision(engine) == "0001"

    backup = upgrade(engine, db_path, backup_dir)

    assert backup is not None and backup.name.endswith("-before-0001.sqlite")
    assert current_revision(engine) == HEAD_REVISION
    with engine.begin() as conn:
        assert conn.execute(text("SELECT id, description, rhk_id FROM entry")).all() == [
            (1, "Tugas 1", None)
        ]
        conn.execute(
            text(
                "INSERT INTO entry (day, minutes, location, description, created_at, "
                "updated_at) VALUES ('2026-11-25', 30, 'rumah', 'Baru', "
                "'2026-11-27 09:30:00', '2026-11-27 09:30:00')"
            )
        )
        assert conn.execute(text("SELECT max(id) FROM entry")).scalar() == 3  # 2 not reused


def test_0008_keeps_the_rules_of_the_rebuilt_tables(tmp_path: Path) -> None:
    """After 0008 rebuilt them from a 0007 file: the template's unique key and its CHECK still
    refuse, the rows are there, and a value longer than 500 characters fits (as before)."""
    from absensi_app.store.migrate import build_at

    db = build_at(tmp_path / "absensi.sqlite", "0007")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('panjang', ?)", ("x" * 2000,))
        conn.execute(
            "INSERT INTO task_template (name, name_key, description, minutes, created_at) "
            "VALUES ('Rapat', 'rapat', 'Rapat koordinasi', 30, '2026-12-01 08:00:00')"
        )
    conn.close()
    engine = make_engine(db)
    try:
        upgrade(engine, db, tmp_path / "backups")
        assert current_revision(engine) == HEAD_REVISION == "0008"
    finally:
        engine.dispose()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT length(value) FROM setting WHERE key = 'panjang'").fetchone() == (2000,)
        assert conn.execute("SELECT name, minutes FROM task_template").fetchall() == [("Rapat", 30)]
        insert = (
            "INSERT INTO task_template (name, name_key, description, minutes, created_at) "
            "VALUES (?, ?, 'x', ?, '2026-12-01 08:00:00')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed: task_template.name_key"):
            conn.execute(insert, ("RAPAT", "rapat", None))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute(insert, ("Apel", "apel", 0))
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
