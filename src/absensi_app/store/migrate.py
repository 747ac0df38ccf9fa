"""Bring the database to the newest schema, backing the file up first.

Alembic is imported only when a migration is actually needed, so a normal start-up
(database already at head) costs one small query. SQLAlchemy is imported by the functions, so
the revisions below can be read without it (the start-up check runs while it is imported).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

#: The newest migration. tests/store/test_migrations.py checks it matches alembic's head.
HEAD_REVISION = "0008"
#: Every revision this version knows, oldest first (checked against alembic by the tests).
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(Exception):
    pass


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_user_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    with engine.connect() as conn:
        return bool([t for t in inspect(conn).get_table_names() if t != "alembic_version"])


def alembic_config(engine_connection=None):  # noqa: ANN001, ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine_connection is not None:
        cfg.attributes["connection"] = engine_connection
    return cfg


def upgrade(engine: Engine, db_path: Path | None = None, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup file made before migrating, if any."""
    rev = current_revision(engine)
    if rev == HEAD_REVISION:
        return None
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise MigrationError(
            f"Database ini dibuat oleh versi Absensi yang lebih baru (revisi {rev}). "
            "Perbarui aplikasi; data tidak diubah."
        )
    backup = None
    if db_path is not None and backup_dir is not None and db_path.exists():
        if rev is not None or _has_user_tables(engine):
            from absensi_app.store.backup import BackupStore

            # An identical earlier copy is reused: a start that fails here again and again
            # does not fill the disk with backups.
            backup = BackupStore(db_path, backup_dir, KNOWN_REVISIONS).create(f"before-{rev or 'none'}").path
            log.info("database backed up to %s before migrating from %s", backup, rev)
    from alembic import command

    from absensi_app.store.database import write_engine

    try:
        with write_engine(engine).begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    except Exception as exc:  # noqa: BLE001 - reported with the backup's location
        log.exception("migration failed")
        where = f" Salinan sebelum migrasi: {backup}" if backup else ""
        # One line for the user: the driver's own message, without SQLAlchemy's SQL dump.
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise MigrationError(f"Pembaruan struktur database gagal: {detail}.{where}") from exc
    return backup


def build_at(path: Path, revision: str) -> Path:
    """A new, empty database file at ``path`` with the schema of ``revision`` (made by the
    migration scripts themselves): the reference a transfer's database is compared with, and
    the start of a frozen test database."""
    from alembic import command

    from absensi_app.store.database import make_engine, write_engine

    engine = make_engine(path)
    try:
        with write_engine(engine).begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    finally:
        engine.dispose()
    return path
