"""Databases written at earlier schema revisions upgrade to head with every row intact.

Each ``tests/fixtures/databases/absensi-REV.sqlite`` was made once by
``scripts/make_frozen_database.py REV`` and is never regenerated: it stands for a user's file
from that release. Each is copied into a data folder and opened the way the app starts
(``open_context``: start-up check, backup, ``store.migrate.upgrade``), then compared with the
file as committed, table by table. The old migrations must also still build exactly the
schema those files have, so editing a released migration fails here.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.clock import Clock
from absensi_app.services.locks import MonthLockedError
from absensi_app.store.migrate import HEAD_REVISION, KNOWN_REVISIONS
from tests.support import release_log_handlers

FROZEN_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "databases"
FROZEN = sorted(FROZEN_DIR.glob("absensi-*.sqlite"))
NOW = datetime(2026, 11, 3, 9, 0)  # the data is October 2026's
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


# ---- reading a file with sqlite3 only --------------------------------------------------------
def _connect(path: Path, *, frozen: bool = False) -> sqlite3.Connection:
    if frozen:  # never write to, or lock, the committed file
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(path)


def _revision(path: Path) -> str:
    conn = _connect(path, frozen=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [name for (name,) in rows]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    order = ", ".join(str(n) for n in range(1, len(columns) + 1))
    names = ", ".join(f'"{c}"' for c in columns)
    return conn.execute(f"SELECT {names} FROM {table} ORDER BY {order}").fetchall()


def _contents(path: Path, *, frozen: bool = False) -> dict[str, tuple[list[str], list[tuple]]]:
    """Table -> (columns, every row), sqlite_sequence (the AUTOINCREMENT counters) included."""
    conn = _connect(path, frozen=frozen)
    try:
        out = {}
        for table in _tables(conn):
            columns = _columns(conn, table)
            out[table] = (columns, _rows(conn, table, columns))
        return out
    finally:
        conn.close()


def _index_columns(conn: sqlite3.Connection, index: str) -> tuple[str, ...]:
    return tuple(row[2] for row in conn.execute(f"PRAGMA index_info('{index}')"))


def _shape(path: Path, *, frozen: bool = False) -> dict:
    """The schema as SQLite reports it: columns (type, NOT NULL, default, key), indexes,
    foreign keys, named constraints, AUTOINCREMENT, and the triggers."""
    conn = _connect(path, frozen=frozen)
    try:
        tables = {}
        for table in _tables(conn):
            if table.startswith("sqlite_"):
                continue
            sql = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()[0]
            indexes = sorted(
                (name, unique, origin, partial, _index_columns(conn, name))
                for _, name, unique, origin, partial in conn.execute(
                    f"PRAGMA index_list('{table}')"
                )
            )
            tables[table] = {
                "columns": [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info('{table}')")],
                "indexes": indexes,
                "foreign_keys": sorted(
                    tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")
                ),
                "constraints": sorted(re.findall(r"CONSTRAINT\s+(\w+)", sql)),
                "autoincrement": "AUTOINCREMENT" in sql.upper(),
            }
        triggers = conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
        return {"tables": tables, "triggers": triggers}
    finally:
        conn.close()


def _assert_same_shape(got: dict, want: dict) -> None:
    assert sorted(got["tables"]) == sorted(want["tables"])
    for table, shape in want["tables"].items():
        assert got["tables"][table] == shape, f"table {table} differs"
    assert got["triggers"] == want["triggers"]


def _migrate_fresh(path: Path, revision: str) -> Path:
    """A new, empty file brought to ``revision`` by today's migration scripts."""
    from absensi_app.store.migrate import build_at

    return build_at(path, revision)


# ---- fixtures --------------------------------------------------------------------------------
@pytest.fixture(params=FROZEN, ids=lambda path: path.stem)
def frozen(request: pytest.FixtureRequest) -> Path:
    return request.param


@pytest.fixture
def upgraded(frozen: Path, tmp_path: Path) -> Iterator[AppContext]:
    """The frozen file as a user's data folder, opened (and so migrated) like the app does."""
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(frozen, paths.database)
    ctx = open_context(paths, Clock(NOW))
    try:
        yield ctx
    finally:
        ctx.close()
        release_log_handlers(paths.data_dir)


# ---- the files themselves --------------------------------------------------------------------
def test_every_earlier_revision_has_a_frozen_file() -> None:
    """When a migration is added, the file of the revision before it must be made and
    committed (scripts/make_frozen_database.py)."""
    found = {path.name: _revision(path) for path in FROZEN}
    assert all(name == f"absensi-{rev}.sqlite" for name, rev in found.items()), found
    earlier = set(KNOWN_REVISIONS) - {HEAD_REVISION}
    missing = sorted(earlier - set(found.values()))
    assert not missing, f"no frozen database for revision(s) {missing}"


def test_frozen_file_has_rows_in_every_table(frozen: Path) -> None:
    contents = _contents(frozen, frozen=True)
    empty = [t for t, (_, rows) in contents.items() if not rows]
    assert not empty, f"{frozen.name}: empty tables {empty}"
    conn = _connect(frozen, frozen=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"  # one self-contained file
    finally:
        conn.close()
    assert frozen.stat().st_size < 100_000


def test_old_migrations_still_build_the_frozen_schema(frozen: Path, tmp_path: Path) -> None:
    """Editing a released migration (a dropped column, another type, a lost index) changes
    the schema it builds, and users' files were built by the original."""
    fresh = _migrate_fresh(tmp_path / "fresh.sqlite", _revision(frozen))
    _assert_same_shape(_shape(fresh), _shape(frozen, frozen=True))


def test_0008_changes_only_the_two_column_types(tmp_path: Path) -> None:
    """Batch mode rebuilds ``setting`` and ``task_template`` on SQLite: everything but the two
    widened columns (the CHECK, the unique key, the other columns) comes out as it went in."""
    before = _shape(_migrate_fresh(tmp_path / "0007.sqlite", "0007"))
    after = _shape(_migrate_fresh(tmp_path / "0008.sqlite", "0008"))
    widened = {("setting", "value"): "TEXT", ("task_template", "name_key"): "VARCHAR(300)"}
    for (table, column), new_type in widened.items():
        columns = before["tables"][table]["columns"]
        (at,) = [n for n, c in enumerate(columns) if c[0] == column]
        assert columns[at][1] != new_type
        columns[at] = (column, new_type, *columns[at][2:])
    _assert_same_shape(after, before)
    assert before["tables"]["task_template"]["constraints"] == [
        "ck_task_template_minutes_range", "pk_task_template", "uq_task_template_name_key"
    ]


def test_0008_writes_the_same_create_table_every_time(tmp_path: Path) -> None:
    """A transfer file's schema is compared, as SQL text, with one built in another process:
    the rebuilt tables' CREATE TABLE is 0007's with the new type, constraints in 0007's order
    (alembic's own rebuild orders them by a set, differently from run to run)."""
    from absensi_app.services.transfer.schema import normalise_sql

    def create_table(path: Path, table: str) -> str:
        conn = _connect(path)
        try:
            return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        finally:
            conn.close()

    old = _migrate_fresh(tmp_path / "0007.sqlite", "0007")
    new = [_migrate_fresh(tmp_path / f"0008-{n}.sqlite", "0008") for n in range(4)]
    for table, before, after in [("setting", "value VARCHAR(500)", "value TEXT"),
                                 ("task_template", "name_key VARCHAR(100)", "name_key VARCHAR(300)")]:  # fmt: skip
        assert before in create_table(old, table)
        want = normalise_sql(create_table(old, table).replace(before, after))
        assert [normalise_sql(create_table(path, table)) for path in new] == [want] * 4


# ---- after the upgrade -----------------------------------------------------------------------
def test_upgrade_keeps_every_row_and_reaches_the_head_schema(
    frozen: Path, upgraded: AppContext, tmp_path: Path
) -> None:
    before = _contents(frozen, frozen=True)
    database = upgraded.paths.database
    upgraded.close()
    after = _contents(database)

    assert after["alembic_version"][1] == [(HEAD_REVISION,)]
    for table, (columns, rows) in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"table {table} is gone"
        new_columns, _ = after[table]
        assert set(columns) <= set(new_columns), f"{table} lost {set(columns) - set(new_columns)}"
        conn = _connect(database)
        try:
            assert _rows(conn, table, columns) == rows, f"rows of {table} changed"
            for added in sorted(set(new_columns) - set(columns)):
                values = {v for (v,) in conn.execute(f'SELECT "{added}" FROM {table}')}
                assert values <= {None}, f"{table}.{added} filled in: {values}"
        finally:
            conn.close()
    # the same schema as a new installation
    fresh = _migrate_fresh(tmp_path / "head.sqlite", HEAD_REVISION)
    _assert_same_shape(_shape(database), _shape(fresh))
    # and the copy made before migrating is the file as it was
    revision = _revision(frozen)
    backups = list(upgraded.paths.backup_dir.glob(f"*-before-{revision}.sqlite"))
    assert len(backups) == (0 if revision == HEAD_REVISION else 1)
    assert all(_contents(backup) == before for backup in backups)


def test_services_read_the_upgraded_data(frozen: Path, upgraded: AppContext) -> None:
    old = _contents(frozen, frozen=True)

    def table(name: str) -> list[dict]:
        columns, rows = old.get(name, ([], []))
        return [dict(zip(columns, row)) for row in rows]

    profile = upgraded.profile.require()
    (row,) = table("profile")
    assert (profile.name, profile.nip, profile.unit, profile.supervisor_nip) == (
        row["name"], row["nip"], row["unit"], row["supervisor_nip"]
    )
    assert upgraded.profile.schedule().weekly_minutes == table("work_schedule")[0]["weekly_minutes"]

    entries = upgraded.worklog.entries_between(*OCTOBER)
    stored = [(r["id"], r["day"], r["minutes"], r["location"], r["description"]) for r in table("entry")]
    assert [
        (e.id, e.day.isoformat(), e.minutes, e.location.value, e.description) for e in entries
    ] == stored
    assert len({e.location for e in entries}) >= 4
    assert [(e.rhk_id, e.action_id) for e in entries] == [
        (r.get("rhk_id"), r.get("action_id")) for r in table("entry")
    ]
    assert [e.evidence.file_name for e in entries] == [r["evidence_file"] for r in table("entry")]
    statuses = upgraded.worklog.statuses_between(*OCTOBER)
    assert sorted(d.isoformat() for d in statuses) == [r["day"] for r in table("day_status")]

    summary = upgraded.summary.month(2026, 10)
    assert summary.total_minutes == sum(r["minutes"] for r in table("entry")) > 0
    report = upgraded.reports.build(2026, 10, revision=1, signed=True)
    assert [e.id for e in report.entries] == [e.id for e in entries]
    assert len(report.rhk) == len(table("rhk"))

    changes = {(c.day.isoformat(), c.is_holiday, c.name) for c in upgraded.calendar.changes()}
    assert changes == {
        (r["day"], bool(r["is_holiday"]), r["name"]) for r in table("holiday_change")
    }
    assert [p.first.isoformat() for p in upgraded.calendar.ramadan_periods()] == [
        r["first_day"] for r in table("ramadan_period")
    ]
    for setting in table("setting"):
        if setting["key"] == "offsite_weekly_limit":
            assert upgraded.calendar.offsite_limit() == int(setting["value"])

    # `absensi history --verify`
    check = upgraded.history.verify()
    assert check.ok, check
    assert check.count == len(table("history"))
    if table("history"):
        assert check.head == table("history")[-1]["hash"]
    locks = [(lock.month, lock.revision, lock.locked, lock.state) for lock in upgraded.locks.all()]
    assert locks == [
        (r["month"], r["revision"], bool(r["locked"]), r["state"]) for r in table("month_lock")
    ]
    trusted = [(c.fingerprint, c.nip, c.certificate_der) for c in upgraded.trust.all()]
    assert sorted(trusted) == sorted(
        (r["fingerprint"], r["nip"], r["certificate"]) for r in table("trusted_cert")
    )
    # the columns 0008 widened: an RHK's feedback over 500 characters, a 100-character name
    feedback = {
        data["rhk_id"]: data
        for data in (json.loads(r["value"]) for r in table("setting") if r["key"].startswith("rhk_feedback:"))
    }
    received = upgraded.rhk_feedback.for_month("2026-10")
    assert {n: (f.item.name, f.item.feedback, f.decision) for n, f in received.items()} == {
        n: (d["name"], d["feedback"], d["decision"]) for n, d in feedback.items()
    }
    templates = [(t.name, t.description) for t in upgraded.templates.list()]
    assert sorted(templates) == sorted((r["name"], r["description"]) for r in table("task_template"))
    for row in table("task_template"):
        assert upgraded.templates.get(row["name"].upper()).name == row["name"]

    # still writable; entry ids are never reused (AUTOINCREMENT kept)
    draft = EntryDraft(
        day=date(2026, 11, 2), location=Location.KANTOR, description="Menyusun laporan mingguan",
        start=time(8, 0), end=time(9, 0),
    )
    sequence = dict(old["sqlite_sequence"][1])
    new_id = upgraded.worklog.add(draft).id
    assert new_id == sequence["entry"] + 1 > max(r["id"] for r in table("entry"))
    if table("month_lock"):
        with pytest.raises(MonthLockedError):
            late = EntryDraft(
                day=date(2026, 10, 12), location=Location.KANTOR, description="Rapat", minutes=30
            )
            upgraded.worklog.add(late)
    assert upgraded.history.verify().ok
