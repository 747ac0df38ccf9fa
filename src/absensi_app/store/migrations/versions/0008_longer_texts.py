"""Room for the longest texts the rules accept: ``setting.value`` and ``task_template.name_key``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

SQLite never enforces a VARCHAR length, so on the app's own file nothing was ever cut; on
PostgreSQL (the services run there too, issue 15) two columns were too short:

- ``setting.value`` VARCHAR(500) becomes TEXT: it holds the supervisor's feedback per RHK
  (services.rhk_feedback), a JSON of up to 1,000 characters of feedback plus the RHK's name.
- ``task_template.name_key`` VARCHAR(100) becomes VARCHAR(300): the key is the name
  casefolded, and casefolding lengthens some characters ("ß" -> "ss", "ﬃ" -> "ffi", never more
  than three), so a name of 100 characters (domain.templates.MAX_NAME) has a key of up to 300.

On SQLite batch mode rebuilds both tables (rows, constraints and the unique key kept; nothing
references them). Alembic gathers a reflected table's constraints from a set, so their order in
the new CREATE TABLE would change from run to run, and a transfer file's schema is compared
with one built in another process (services.transfer.schema): ``task_template``, the table
with more than its primary key, is therefore rebuilt from its definition below, constraints in
the order 0007 wrote them. No value changes. A downgrade on PostgreSQL fails while a longer
value is stored, rather than cutting it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _task_template(name_key: sa.types.TypeEngine) -> dict:
    """``batch_alter_table`` arguments that rebuild ``task_template`` as 0007 created it, with
    ``name_key`` of the given type: the columns and primary key, then the CHECK and the unique
    key in a fixed order."""
    table = sa.Table(
        "task_template",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_key", name_key, nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(20), nullable=True),
        sa.Column("rhk_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_task_template"),
    )
    rules = (
        sa.CheckConstraint(
            "minutes IS NULL OR (minutes >= 1 AND minutes <= 1440)", name="ck_task_template_minutes_range"
        ),
        sa.UniqueConstraint("name_key", name="uq_task_template_name_key"),
    )
    return {"copy_from": table, "table_args": rules}


def upgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.alter_column("value", type_=sa.Text(), existing_type=sa.String(500), existing_nullable=False)
    with op.batch_alter_table("task_template", **_task_template(sa.String(100))) as batch:
        batch.alter_column(
            "name_key", type_=sa.String(300), existing_type=sa.String(100), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("task_template", **_task_template(sa.String(300))) as batch:
        batch.alter_column(
            "name_key", type_=sa.String(100), existing_type=sa.String(300), existing_nullable=False
        )
    with op.batch_alter_table("setting") as batch:
        batch.alter_column("value", type_=sa.String(500), existing_type=sa.Text(), existing_nullable=False)
