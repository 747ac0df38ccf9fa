"""Indexes for the lookups over the whole log: the description and unit suggestions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

``suggestions`` groups every entry by its description (with its latest day) and ``units``
by its unit: without an index SQLite reads the whole table and sorts it, about 60 and 40 ms
on ten years of entries (62,000); with these it walks the index, in order. Indexes only:
no row changes, and a downgrade drops them.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_description_day", "entry", ["description", "day"])
    op.create_index("ix_entry_unit", "entry", ["unit"])


def downgrade() -> None:
    op.drop_index("ix_entry_unit", table_name="entry")
    op.drop_index("ix_entry_description_day", table_name="entry")
