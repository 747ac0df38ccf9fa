"""Files whose signer is no longer trusted, and the month's status by unit.

- ``archive_file.distrusted_at``, ``distrusted_fingerprint``, ``distrusted_signer``: set on a
  valid file when the certificate of one of its signers is removed from the archive's trust
  store (``arsip trust remove``); the status then shows the file as a problem ("penanda tangan
  tidak lagi dipercaya") without verifying it again. Trusting the certificate again clears it.
- ``ix_archive_file_distrusted``: the marked files of one certificate (to clear them).
- ``ix_archive_staff_first_month``: the known staff of a month (``first_month <= month``) without
  reading the whole table once an archive holds many years.

Revision ID: a0002
Revises: a0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "a0002"
down_revision = "a0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("archive_file", sa.Column("distrusted_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("archive_file", sa.Column("distrusted_fingerprint", sa.String(95), nullable=True))
    op.add_column("archive_file", sa.Column("distrusted_signer", sa.String(200), nullable=True))
    op.create_index("ix_archive_file_distrusted", "archive_file", ["distrusted_fingerprint"],
                    postgresql_where=sa.text("distrusted_fingerprint IS NOT NULL"))  # fmt: skip
    op.create_index("ix_archive_staff_first_month", "archive_staff", ["first_month"])


def downgrade() -> None:
    op.drop_index("ix_archive_staff_first_month", table_name="archive_staff")
    op.drop_index("ix_archive_file_distrusted", table_name="archive_file")
    op.drop_column("archive_file", "distrusted_signer")
    op.drop_column("archive_file", "distrusted_fingerprint")
    op.drop_column("archive_file", "distrusted_at")
