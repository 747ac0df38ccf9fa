"""Persistence: SQLAlchemy models, engine set-up, migrations. Never imports Qt."""
