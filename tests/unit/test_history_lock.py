"""The append-only change history and month locks, over a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import DayStatus, EntryDraft, Location
from absensi_app.domain.skp import Rhk, RhkKind
from absensi_app.services.context import AppContext
from absensi_app.services.history import GENESIS
from absensi_app.services.locks import MonthLockedError

FRI = date(2026, 11, 27)
OCT = date(2026, 10, 15)


def draft(day: date = FRI, start: int = 8, end: int = 9, text_: str = "Menyusun laporan") -> EntryDraft:
    return EntryDraft(day, Location.KANTOR, text_, time(start), time(end))


def lock(ctx: AppContext, key: str = "2026-11", revision: int = 1) -> None:
    with ctx.sessions.begin() as s:
        ctx.locks.record_export(s, key, revision, "ab" * 32, ctx.history.head())


def test_every_change_is_recorded_in_a_chain(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    assert ctx.history.head() == GENESIS and ctx.history.verify().ok
    e = ctx.worklog.add(draft())
    ctx.worklog.update(e.id, draft(text_="Menyusun laporan bulanan"))
    ctx.worklog.set_status(FRI, DayStatus.HADIR)
    gone = ctx.worklog.delete(e.id)
    ctx.worklog.restore(gone)
    records = ctx.history.records("2026-11")
    assert [r.action for r in records] == ["add", "update", "status", "delete", "restore"]
    assert records[1].data["before"]["description"] == "Menyusun laporan"
    assert records[1].data["after"]["description"] == "Menyusun laporan bulanan"
    assert records[3].data["after"] is None
    check = ctx.history.verify()
    assert check.ok and check.count == 5 and check.head == records[-1].hash == ctx.history.head()


def test_history_cannot_be_edited_or_deleted_through_sqlite(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    ctx.worklog.add(draft())
    for sql in ("UPDATE history SET data = '{}'", "DELETE FROM history"):
        with pytest.raises(DBAPIError, match="append-only"):
            with ctx.engine.begin() as conn:
                conn.execute(text(sql))
    assert ctx.history.count() == 1


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE history SET data = replace(data, 'laporan', 'LAPORAN') WHERE id = 2", "content"),
        ("DELETE FROM history WHERE id = 2", "missing"),
        ("UPDATE history SET prev_hash = '" + "1" * 64 + "' WHERE id = 3", "link"),
    ],
)
def test_tampering_with_the_file_breaks_the_chain(ctx_with_profile: AppContext, sql: str, problem: str) -> None:
    ctx = ctx_with_profile
    for n in range(3):
        ctx.worklog.add(draft(start=8 + n, end=9 + n))
    ctx.engine.dispose()
    raw = sqlite3.connect(ctx.paths.database)  # someone editing the file directly
    raw.execute("DROP TRIGGER history_no_update")
    raw.execute("DROP TRIGGER history_no_delete")
    raw.execute(sql)
    raw.commit()
    raw.close()
    check = ctx.history.verify()
    assert not check.ok and check.problem == problem
    assert check.broken_at in (2, 3)


def test_locked_month_refuses_every_change(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    e = ctx.worklog.add(draft())
    october = ctx.worklog.add(draft(OCT))
    lock(ctx)
    before = ctx.worklog.month_entries(2026, 11)
    attempts = [
        lambda: ctx.worklog.add(draft(start=10, end=11)),
        lambda: ctx.worklog.add_many([draft(OCT, 10, 11), draft(start=10, end=11)]),
        lambda: ctx.worklog.update(e.id, draft(text_="ubah")),
        lambda: ctx.worklog.update(october.id, draft(start=12, end=13)),  # moving into November
        lambda: ctx.worklog.delete(e.id),
        lambda: ctx.worklog.set_status(FRI, DayStatus.SAKIT),
        lambda: ctx.worklog.copy_previous_day(date(2026, 11, 30)),
    ]
    for attempt in attempts:
        with pytest.raises(MonthLockedError, match="November 2026 terkunci: ringkasan bertanda tangan revisi 1"):
            attempt()
    assert ctx.worklog.month_entries(2026, 11) == before
    assert len(ctx.worklog.month_entries(2026, 10)) == 1
    ctx.worklog.add(draft(OCT, 10, 11))  # October is not locked


def test_unlinking_entries_of_a_locked_month_is_refused(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    period = ctx.skp.ensure_year(2026)
    rhk = ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Laporan", "", 12, "laporan"))
    e = ctx.worklog.add(EntryDraft(FRI, Location.KANTOR, "Laporan", time(8), time(9), None, 1, "laporan", rhk_id=rhk.id))
    lock(ctx)
    with pytest.raises(MonthLockedError):
        ctx.skp.delete_rhk(rhk.id)
    assert ctx.worklog.get(e.id).rhk_id == rhk.id and ctx.skp.get_rhk(rhk.id).name == "Laporan"


def test_unlock_is_recorded_and_raises_the_next_revision(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    e = ctx.worklog.add(draft())
    assert ctx.locks.next_revision("2026-11") == 1
    lock(ctx)
    assert ctx.locks.next_revision("2026-11") == 1  # a re-export of the same locked data
    with pytest.raises(ValidationError, match="alasan"):
        ctx.locks.unlock("2026-11", "  ")
    with pytest.raises(ValidationError, match="Oktober 2026 tidak terkunci"):
        ctx.locks.unlock("2026-10", "koreksi")
    unlocked = ctx.locks.unlock("2026-11", "Koreksi jam rapat")
    assert (unlocked.locked, unlocked.state, unlocked.revision) == (False, "dibuka", 1)
    assert ctx.locks.next_revision("2026-11") == 2
    ctx.worklog.update(e.id, draft(start=9, end=10))
    actions = [r.action for r in ctx.history.records("2026-11")]
    assert actions == ["add", "export", "unlock", "update"]
    assert ctx.history.records("2026-11")[2].data == {"revision": 1, "reason": "Koreksi jam rapat"}
    assert ctx.history.verify().ok


def test_cutting_off_the_end_of_the_history_is_noticed(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    ctx.worklog.add(draft())
    lock(ctx)  # a signed export records the chain's head
    assert ctx.history.verify().ok
    ctx.engine.dispose()
    raw = sqlite3.connect(ctx.paths.database)
    raw.execute("DROP TRIGGER history_no_delete")
    raw.execute("DELETE FROM history WHERE id = (SELECT max(id) FROM history)")  # the export record
    raw.commit()
    raw.close()
    check = ctx.history.verify()
    assert not check.ok and check.problem == "export-2026-11"
