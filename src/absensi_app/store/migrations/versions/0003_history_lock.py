"""Append-only hash-chained change history; month locks after a signed export.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(60), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_history_month"), "history", ["month"], unique=False)
    if op.get_context().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER history_no_{event.lower()} BEFORE {event} ON history "
                "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
            )
    op.create_table(
        "month_lock",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("history_head", sa.String(64), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_month_lock")),
    )


def downgrade() -> None:
    op.drop_table("month_lock")
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_update")
        op.execute("DROP TRIGGER IF EXISTS history_no_delete")
    op.drop_index(op.f("ix_history_month"), table_name="history")
    op.drop_table("history")
