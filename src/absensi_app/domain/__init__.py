"""Pure domain: dataclasses and rules. Never imports Qt, SQLAlchemy or the store."""
