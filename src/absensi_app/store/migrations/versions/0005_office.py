"""The office settings of the report's kop surat: government line, address, place, logo.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Plain nullable columns (SQLite adds them without rebuilding the table); an upgraded
profile has none of them set, and the app reads NULL as "not filled in".
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("profile", sa.Column("government", sa.String(200), nullable=True))
    op.add_column("profile", sa.Column("address", sa.String(300), nullable=True))
    op.add_column("profile", sa.Column("place", sa.String(100), nullable=True))
    op.add_column("profile", sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        for column in ("logo", "place", "address", "government"):
            batch.drop_column(column)
