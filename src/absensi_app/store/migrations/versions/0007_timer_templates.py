"""The running timer and the templates of recurring tasks (issue 13).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

``running_timer`` holds at most one row (its id is always 1): the timer of this data folder,
stored the moment it starts so that it survives quitting, restarting and a crash. Stopping
it writes an entry and deletes the row; cancelling only deletes it.

``task_template`` holds the recurring tasks a user picks instead of retyping them. Names
are unique without regard to case: ``name_key`` is the name casefolded (SQLite's lower()
knows only ASCII).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "running_timer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(20), nullable=False),
        sa.Column("rhk_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=True),
        sa.Column("template", sa.String(100), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_running_timer_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_running_timer")),
    )
    op.create_table(
        "task_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_key", sa.String(100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(20), nullable=True),
        sa.Column("rhk_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes IS NULL OR (minutes >= 1 AND minutes <= 1440)",
            name=op.f("ck_task_template_minutes_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_template")),
        sa.UniqueConstraint("name_key", name=op.f("uq_task_template_name_key")),
    )


def downgrade() -> None:
    op.drop_table("task_template")
    op.drop_table("running_timer")
