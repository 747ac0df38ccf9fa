"""SKP plan (periods, RHK, Rencana Aksi), entry links, holiday changes, Ramadan, settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skp_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name=op.f("ck_skp_period_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skp_period")),
        sa.UniqueConstraint("first_day", name=op.f("uq_skp_period_first_day")),
    )
    op.create_table(
        "rhk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("quality", sa.String(200), nullable=False),
        sa.Column("time_target", sa.String(200), nullable=False),
        sa.Column("supports", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('utama', 'tambahan')", name=op.f("ck_rhk_kind")),
        sa.CheckConstraint("target >= 1", name=op.f("ck_rhk_target")),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["skp_period.id"],
            name=op.f("fk_rhk_period_id_skp_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rhk")),
    )
    op.create_index(op.f("ix_rhk_period_id"), "rhk", ["period_id"], unique=False)
    op.create_table(
        "action_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rhk_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.CheckConstraint("(month IS NULL) <> (quarter IS NULL)", name=op.f("ck_action_plan_span")),
        sa.ForeignKeyConstraint(
            ["rhk_id"], ["rhk.id"], name=op.f("fk_action_plan_rhk_id_rhk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )
    op.create_index(op.f("ix_action_plan_rhk_id"), "action_plan", ["rhk_id"], unique=False)
    op.create_table(
        "holiday_change",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_holiday", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_change")),
    )
    op.create_table(
        "ramadan_period",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("weekly_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_ramadan_period")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    # Plain ADD COLUMN keeps the entry table (and its AUTOINCREMENT) as it is.
    op.add_column("entry", sa.Column("rhk_id", sa.Integer(), nullable=True))
    op.add_column("entry", sa.Column("action_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_entry_rhk_id"), "entry", ["rhk_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_entry_rhk_id"), table_name="entry")
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("action_id")
        batch.drop_column("rhk_id")
    op.drop_table("setting")
    op.drop_table("ramadan_period")
    op.drop_table("holiday_change")
    op.drop_index(op.f("ix_action_plan_rhk_id"), table_name="action_plan")
    op.drop_table("action_plan")
    op.drop_index(op.f("ix_rhk_period_id"), table_name="rhk")
    op.drop_table("rhk")
    op.drop_table("skp_period")
