"""Initial schema: profile, work schedule, daily entries, day statuses.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("asn_kind", sa.String(8), nullable=False),
        sa.Column("rank", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("supervisor_name", sa.String(200), nullable=False),
        sa.Column("supervisor_nip", sa.String(18), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "work_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workdays", sa.String(13), nullable=False),
        sa.Column("day_start", sa.Time(), nullable=False),
        sa.Column("weekly_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_schedule")),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=True),
        sa.Column("evidence_file", sa.String(500), nullable=True),
        sa.Column("evidence_sha256", sa.String(64), nullable=True),
        sa.Column("evidence_link", sa.String(2000), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 1440", name=op.f("ck_entry_minutes_range")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR (quantity >= 1 AND quantity <= 9999)",
            name=op.f("ck_entry_quantity_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_entry_day"), "entry", ["day"], unique=False)
    op.create_table(
        "day_status",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("leave_kind", sa.String(40), nullable=True),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_day_status")),
    )


def downgrade() -> None:
    op.drop_table("day_status")
    op.drop_index(op.f("ix_entry_day"), table_name="entry")
    op.drop_table("entry")
    op.drop_table("work_schedule")
    op.drop_table("profile")
