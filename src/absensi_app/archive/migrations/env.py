"""Alembic environment of the archive: runs on the connection handed over by
absensi_app.archive.migrate, with the archive's own version table."""

from alembic import context

from absensi_app.archive.models import ArchiveBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the archive always passes a connection
    raise RuntimeError("Run the archive's migrations through absensi_app.archive.migrate.upgrade().")

context.configure(
    connection=connection,
    target_metadata=ArchiveBase.metadata,
    version_table=config.attributes["version_table"],
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
