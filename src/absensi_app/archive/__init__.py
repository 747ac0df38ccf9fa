"""The agency's archive on PostgreSQL: every verified monthly summary of an agency's staff.

A layer beside ``services`` (never Qt, never ``cli``): ``database`` (the URL rules, the engine,
one sentence per connection problem), ``models`` and ``migrate`` with ``migrations/`` (its own
schema and alembic history, apart from the employee's SQLite file), ``trust`` (the archive's
trusted staff and CA certificates, in the database), ``records`` (a verdict as the rows stored,
and back as the recap's rows), ``ingest`` (files -> verified rows, in worker processes) and
``status`` (the month's state per unit and person, one person's months), ``status_json`` and
``sheet`` (the same as JSON and XLSX). Services here return frozen dataclasses and report
progress through callbacks; nothing prints.
"""
