"""The archive's schema on a real PostgreSQL server: created by its own migrations, twice is
harmless, a newer schema is refused, and the models say what the migrations build."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from absensi_app.archive.database import ArchiveAddress, ArchiveError, make_archive_engine
from absensi_app.archive.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR, VERSION_TABLE, require_current, upgrade


@pytest.fixture
def engine(archive_url: str):  # noqa: ANN201
    engine = make_archive_engine(ArchiveAddress.of(archive_url))
    yield engine
    engine.dispose()


def test_init_creates_the_schema_and_a_second_init_changes_nothing(engine) -> None:  # noqa: ANN001
    with pytest.raises(ArchiveError, match="belum berisi arsip"):
        require_current(engine)
    assert upgrade(engine) == (None, HEAD_REVISION)
    require_current(engine)
    assert upgrade(engine) == (HEAD_REVISION, HEAD_REVISION)
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    assert tables == {"archive_file", "archive_signer", "archive_blob", "archive_staff", "archive_trusted_cert",
                      VERSION_TABLE}  # fmt: skip


def test_a_newer_schema_is_refused_and_left_alone(engine) -> None:  # noqa: ANN001
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'a9999'"))
    for call in (lambda: upgrade(engine), lambda: require_current(engine)):
        with pytest.raises(ArchiveError, match="versi Absensi yang lebih baru .revisi skema a9999"):
            call()
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar() == "a9999"


def test_the_models_match_the_migrations(engine) -> None:  # noqa: ANN001
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from absensi_app.archive.migrate import alembic_config
    from absensi_app.archive.models import ArchiveBase

    upgrade(engine)
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(alembic_config(conn))
        assert script.get_current_head() == HEAD_REVISION
        assert tuple(reversed([r.revision for r in script.walk_revisions()])) == KNOWN_REVISIONS
        context = MigrationContext.configure(conn, opts={"compare_type": True, "version_table": VERSION_TABLE})
        assert compare_metadata(context, ArchiveBase.metadata) == []
    assert (MIGRATIONS_DIR / "env.py").is_file()


def test_the_archive_layer_imports_no_qt_and_no_cli() -> None:
    import subprocess
    import sys

    modules = ("service", "ingest", "status", "status_json", "sheet", "trust", "records", "migrate", "models")
    code = ("import sys\n" + "".join(f"import absensi_app.archive.{m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'absensi_app.cli', 'absensi_app.views')))\n"
            "assert not bad, bad\n")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_an_archive_of_the_first_schema_is_upgraded_by_init(engine) -> None:  # noqa: ANN001
    assert upgrade(engine, "a0001") == (None, "a0001")
    with pytest.raises(ArchiveError, match="versi lama .revisi a0001"):
        require_current(engine)
    assert upgrade(engine) == ("a0001", HEAD_REVISION)
    with engine.connect() as conn:
        columns = set(conn.execute(text("SELECT column_name FROM information_schema.columns "
                                        "WHERE table_name = 'archive_file'")).scalars())  # fmt: skip
    assert {"distrusted_at", "distrusted_fingerprint", "distrusted_signer"} <= columns
