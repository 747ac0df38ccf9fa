"""The archive's alembic environment and revisions (run by ``absensi_app.archive.migrate``)."""
