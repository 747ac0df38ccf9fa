"""The archive's schema: create or upgrade it, and refuse a database of a newer schema.

Its own alembic history (``migrations/``) and version table (``archive_alembic_version``), so
an archive can share a database with anything else. PostgreSQL's DDL is transactional: an
upgrade that fails leaves the schema as it was. Two ``init`` at once are ordered by an
advisory lock instead of racing on ``CREATE TABLE``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from absensi_app.archive.database import ArchiveError

log = logging.getLogger(__name__)

VERSION_TABLE = "archive_alembic_version"
#: The newest revision; tests/archive checks it is alembic's head.
HEAD_REVISION = "a0002"
#: Every revision this version knows, oldest first.
KNOWN_REVISIONS = ("a0001", "a0002")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_KEY = 0x4142_5349_5041  # pg_advisory_xact_lock: "ABSIPA"


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _refuse_newer(rev: str | None) -> None:
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise ArchiveError(
            "Arsip ini dibuat oleh versi Absensi yang lebih baru (revisi skema {rev}); perbarui "
            "Absensi dulu. Arsip tidak diubah.",
            rev=rev,
        )


def alembic_config(conn: Connection):  # noqa: ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    cfg.attributes["version_table"] = VERSION_TABLE
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Create or upgrade the schema; returns (the revision before, the revision now)."""
    from alembic import command

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        before = current_revision(conn)
        _refuse_newer(before)
        if before != HEAD_REVISION or revision != "head":
            command.upgrade(alembic_config(conn), revision)
        now = current_revision(conn)
    log.info("archive schema %s -> %s", before, now)
    return before, now or ""


def require_current(engine: Engine) -> None:
    """The schema every command but ``init`` needs: this version's head."""
    with engine.connect() as conn:
        rev = current_revision(conn)
    _refuse_newer(rev)
    if rev is None:
        raise ArchiveError(
            "Database itu belum berisi arsip Absensi; jalankan 'absensi arsip init --db URL' dulu."
        )
    if rev != HEAD_REVISION:
        raise ArchiveError(
            "Skema arsip ini versi lama (revisi {rev}); jalankan 'absensi arsip init --db URL' untuk "
            "memperbaruinya.",
            rev=rev,
        )
