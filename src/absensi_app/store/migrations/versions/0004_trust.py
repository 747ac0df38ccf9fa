"""Trust store of staff signing certificates (supervisor side).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_cert",
        sa.Column("fingerprint", sa.String(95), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_trusted_cert")),
    )
    op.create_index(op.f("ix_trusted_cert_nip"), "trusted_cert", ["nip"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_trusted_cert_nip"), table_name="trusted_cert")
    op.drop_table("trusted_cert")
