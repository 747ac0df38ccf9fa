"""The archive: files, signers, blobs, staff, trusted certificates.

Revision ID: a0001
Revises:
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "a0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "archive_file",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("problems", postgresql.JSONB(), nullable=False),
        sa.Column("employee_nip", sa.String(40), nullable=True),
        sa.Column("employee_name", sa.String(200), nullable=True),
        sa.Column("unit", sa.String(200), nullable=True),
        sa.Column("agency", sa.String(200), nullable=True),
        sa.Column("signer_nip", sa.String(40), nullable=True),
        sa.Column("month", sa.String(7), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(20), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_sha256", sa.String(64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("hasil_kerja", sa.String(20), nullable=True),
        sa.Column("perilaku_kerja", sa.String(20), nullable=True),
        sa.Column("predikat", sa.String(40), nullable=True),
        sa.Column("rhk_feedback", postgresql.JSONB(), nullable=False),
        sa.Column("total_minutes", sa.Integer(), nullable=True),
        sa.Column("expected_minutes", sa.Integer(), nullable=True),
        sa.Column("missing_days", sa.Integer(), nullable=True),
        sa.Column("by_location", postgresql.JSONB(), nullable=False),
        sa.Column("rhk_percent", sa.Float(), nullable=True),
        sa.Column("report", postgresql.JSONB(), nullable=True),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_archive_file_sha256")),
    )
    op.create_index("ix_archive_file_month_nip", "archive_file", ["month", "employee_nip"])
    op.create_index("ix_archive_file_nip_month", "archive_file", ["employee_nip", "month"])
    op.create_index("ix_archive_file_signer_nip", "archive_file", ["signer_nip"])
    op.create_index("ix_archive_file_rejected_month", "archive_file", ["month"],
                    postgresql_where=sa.text("NOT accepted"))  # fmt: skip
    op.create_table(
        "archive_signer",
        sa.Column("file_id", sa.BigInteger(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(40), nullable=False),
        sa.Column("fingerprint", sa.String(95), nullable=False),
        sa.Column("signing_time", TZ, nullable=True),
        sa.Column("intact", sa.Boolean(), nullable=False),
        sa.Column("trust", sa.String(20), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["archive_file.id"], ondelete="CASCADE",
                                name=op.f("fk_archive_signer_file_id_archive_file")),  # fmt: skip
        sa.PrimaryKeyConstraint("file_id", "position", name=op.f("pk_archive_signer")),
    )
    op.create_index("ix_archive_signer_fingerprint", "archive_signer", ["fingerprint"])
    op.create_table(
        "archive_blob",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["archive_file.sha256"], ondelete="CASCADE",
                                name=op.f("fk_archive_blob_sha256_archive_file")),  # fmt: skip
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_archive_blob")),
    )
    # PDFs are compressed already: stored out of line without another compression attempt
    op.execute("ALTER TABLE archive_blob ALTER COLUMN data SET STORAGE EXTERNAL")
    op.create_table(
        "archive_staff",
        sa.Column("nip", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("first_month", sa.String(7), nullable=False),
        sa.Column("last_month", sa.String(7), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("nip", name=op.f("pk_archive_staff")),
    )
    op.create_index("ix_archive_staff_unit", "archive_staff", ["unit"])
    op.create_table(
        "archive_trusted_cert",
        sa.Column("fingerprint", sa.String(95), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("nip", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("not_before", TZ, nullable=True),
        sa.Column("not_after", TZ, nullable=True),
        sa.Column("added_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_archive_trusted_cert")),
    )
    op.create_index("ix_archive_trusted_cert_nip", "archive_trusted_cert", ["nip"])


def downgrade() -> None:
    for table in ("archive_trusted_cert", "archive_staff", "archive_blob", "archive_signer", "archive_file"):
        op.drop_table(table)
