"""TimerService and TemplateService on a real SQLite file in a data folder: the timer across a
restart (the context closed and opened again), one timer at a time, stop writes exactly one
entry through the work log's rules, cancel writes none; templates by name."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.model import EntryDraft, Location, Profile
from absensi_app.domain.templates import TaskTemplate
from absensi_app.domain.timer import StopNeedsChoice, StopReason
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.templates import TemplateService, template_of_entry
from absensi_app.services.timer import StopEdits, TimerAlreadyRunning, TimerService
from tests.support import release_log_handlers

THURSDAY = date(2026, 11, 26)
FROZEN_0006 = Path(__file__).resolve().parents[1] / "fixtures" / "databases" / "absensi-0006.sqlite"


def timer_of(ctx: AppContext) -> TimerService:
    return TimerService(ctx.sessions, ctx.clock, ctx.worklog, ctx.profile.schedule, ctx.calendar)


@pytest.fixture
def clock() -> Clock:
    return Clock(fixed=datetime(2026, 11, 26, 9, 0))  # a Thursday, a working day


@pytest.fixture
def opened(paths: AppPaths, clock: Clock, sample_profile: Profile) -> Iterator[list[AppContext]]:
    """Contexts over one data folder; the first has the profile. Open more to "restart"."""
    contexts = [open_context(paths, clock)]
    contexts[0].profile.save(sample_profile)
    yield contexts
    for ctx in contexts:
        ctx.close()
    release_log_handlers(paths.data_dir)


def restart(opened: list[AppContext], paths: AppPaths, clock: Clock) -> AppContext:
    opened[-1].close()
    opened.append(open_context(paths, clock))
    return opened[-1]


def test_the_timer_survives_a_restart_and_stops_into_one_entry(
    opened: list[AppContext], paths: AppPaths, clock: Clock
) -> None:
    started = timer_of(opened[0]).start("Menyusun  laporan bulanan", Location.RUMAH, at=time(8, 15))
    assert started.started_at == datetime(2026, 11, 26, 8, 15)
    assert started.description == "Menyusun laporan bulanan"  # cleaned as an entry's text
    clock.fixed = datetime(2026, 11, 26, 11, 40)
    ctx = restart(opened, paths, clock)
    service = timer_of(ctx)
    assert service.current() == started
    assert service.plan().reason is StopReason.PLAIN
    entry = service.stop(edits=StopEdits(quantity=1, unit="laporan"))
    assert (entry.day, entry.start, entry.end, entry.minutes) == (THURSDAY, time(8, 15), time(11, 40), 205)
    assert (entry.location, entry.quantity, entry.unit) == (Location.RUMAH, 1, "laporan")
    assert service.current() is None
    assert ctx.worklog.entries_between(THURSDAY, THURSDAY) == [entry]
    with pytest.raises(NotFoundError, match="Tidak ada timer"):
        service.stop()


def test_a_second_start_is_refused_while_one_runs(opened: list[AppContext], paths: AppPaths, clock: Clock) -> None:
    timer_of(opened[0]).start("Rapat", Location.KANTOR)
    ctx = restart(opened, paths, clock)
    with pytest.raises(TimerAlreadyRunning, match="sudah berjalan sejak 26-11-2026 09:00 untuk 'Rapat'"):
        timer_of(ctx).start("Yang lain", Location.RUMAH)
    assert timer_of(ctx).current().description == "Rapat"


def test_cancel_writes_nothing(opened: list[AppContext], clock: Clock) -> None:
    service = timer_of(opened[0])
    service.start("Rapat", Location.KANTOR, at=time(8, 0))
    clock.fixed = datetime(2026, 11, 26, 10, 0)
    assert service.cancel().description == "Rapat"
    assert service.current() is None
    assert opened[0].worklog.entries_between(THURSDAY, THURSDAY) == []
    with pytest.raises(NotFoundError):
        service.cancel()


def test_over_midnight_asks_and_the_answer_is_recorded_on_the_start_day(opened: list[AppContext], clock: Clock) -> None:
    service = timer_of(opened[0])
    service.start("Menyusun laporan", Location.KANTOR, at=time(8, 0))
    clock.fixed = datetime(2026, 11, 27, 7, 45)  # the next morning
    with pytest.raises(StopNeedsChoice) as caught:
        service.stop()
    assert caught.value.plan.reason is StopReason.OVER_MIDNIGHT
    assert service.current() is not None  # nothing written, the timer still there
    assert opened[0].worklog.entries_between(THURSDAY, date(2026, 11, 27)) == []
    entry = service.stop(until_schedule_end=True)
    assert (entry.day, entry.start, entry.end) == (THURSDAY, time(8, 0), time(16, 0))
    assert service.current() is None


def test_past_the_schedule_end_asks_and_at_answers(opened: list[AppContext], clock: Clock) -> None:
    service = timer_of(opened[0])
    service.start("Menyusun laporan", Location.KANTOR, at=time(8, 0))
    clock.fixed = datetime(2026, 11, 26, 21, 30)
    assert service.plan().reason is StopReason.PAST_SCHEDULE_END
    with pytest.raises(StopNeedsChoice):
        service.stop()
    entry = service.stop(at=time(17, 15), edits=StopEdits(description="Menyusun laporan akhir"))
    assert (entry.end, entry.description) == (time(17, 15), "Menyusun laporan akhir")


def test_a_refused_entry_leaves_the_timer_running(opened: list[AppContext], clock: Clock) -> None:
    ctx = opened[0]
    service = timer_of(ctx)
    service.start("Menyusun laporan", Location.KANTOR, at=time(8, 0))
    ctx.worklog.add(EntryDraft(THURSDAY, Location.KANTOR, "Rapat", start=time(9, 0), end=time(9, 30)))
    clock.fixed = datetime(2026, 11, 26, 10, 0)
    with pytest.raises(ValidationError):  # overlaps the entry added meanwhile
        service.stop()
    assert service.current() is not None
    assert len(ctx.worklog.entries_between(THURSDAY, THURSDAY)) == 1
    assert service.stop(at=time(9, 0)).end == time(9, 0)


def test_a_stop_and_the_timers_removal_are_one_transaction(opened: list[AppContext], clock: Clock) -> None:
    """Another window cancels the timer and starts a new one while this stop is under way:
    the stop writes no entry and the new timer keeps running."""
    ctx = opened[0]
    timer_of(ctx).start("Rapat koordinasi", Location.KANTOR, at=time(8, 0))
    other = timer_of(ctx)

    class Racing(TimerService):
        def plan(self, timer=None):  # noqa: ANN001, ANN202 - the other window acts in between
            other.cancel()
            other.start("Menulis notula", Location.KANTOR, at=time(8, 30))
            return super().plan(timer)

    racing = Racing(ctx.sessions, ctx.clock, ctx.worklog, ctx.profile.schedule, ctx.calendar)
    with pytest.raises(NotFoundError):
        racing.stop()
    assert ctx.worklog.entries_between(THURSDAY, THURSDAY) == []
    running = timer_of(ctx).current()
    assert running is not None and running.description == "Menulis notula"


def test_start_checks_the_fields_as_an_entry(opened: list[AppContext]) -> None:
    ctx = opened[0]
    service = timer_of(ctx)
    ctx.worklog.add(EntryDraft(THURSDAY, Location.KANTOR, "Rapat", start=time(7, 30), end=time(8, 30)))
    for kwargs, fragment in [
        ({"description": "  "}, "Uraian kegiatan wajib"),
        ({"rhk_id": 99}, "RHK nomor 99 tidak ada"),
        ({"at": time(9, 30)}, "belum terjadi"),
        ({"at": time(8, 0)}, "Jam mulai 08:00 jatuh di dalam kegiatan 07:30-08:30"),
        ({"unit": "u" * 41}, "Satuan output terlalu panjang"),
    ]:
        args = {"description": "Menyusun laporan", "location": Location.KANTOR, **kwargs}
        with pytest.raises(ValidationError, match=fragment):
            service.start(**args)
    assert service.current() is None


# ---- templates --------------------------------------------------------------------------------
def test_templates_add_list_get_remove(opened: list[AppContext]) -> None:
    ctx = opened[0]
    service = TemplateService(ctx.sessions, ctx.clock)
    service.add(TaskTemplate("Rapat Mingguan", "Rapat koordinasi mingguan", Location.RUMAH, minutes=90))
    with pytest.raises(ValidationError, match="sudah ada"):
        service.add(TaskTemplate("RAPAT  mingguan", "Lain"))
    entry = ctx.worklog.add(EntryDraft(THURSDAY, Location.KANTOR, "Menyusun laporan", start=time(7, 30),
                                       end=time(8, 30), quantity=1, unit="laporan"))
    copied = service.add(template_of_entry("laporan", entry))
    assert (copied.description, copied.location, copied.unit, copied.minutes) == (
        "Menyusun laporan", Location.KANTOR, "laporan", 60)
    assert [t.name for t in service.list()] == ["laporan", "Rapat Mingguan"]
    assert service.get("rapat mingguan").minutes == 90
    with pytest.raises(ValidationError, match="RHK nomor 5 tidak ada"):
        service.add(TaskTemplate("x", "x", rhk_id=5))
    assert service.remove("LAPORAN").name == "laporan"
    with pytest.raises(NotFoundError, match="Templat yang ada: Rapat Mingguan"):
        service.get("laporan")


def test_a_frozen_0006_database_gets_the_timer_and_template_tables(tmp_path: Path, clock: Clock) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FROZEN_0006, paths.database)
    clock.fixed = datetime(2026, 11, 3, 9, 0)  # the frozen data is October 2026's
    ctx = open_context(paths, clock)
    try:
        service = timer_of(ctx)
        assert service.current() is None and TemplateService(ctx.sessions, clock).list() == []
        service.start("Memperbarui data SIASN", Location.KANTOR, rhk_id=1, at=time(8, 0))
        entry = service.stop(edits=StopEdits(quantity=5, unit="data"))
        assert (entry.rhk_id, entry.minutes, entry.quantity) == (1, 60, 5)
        # "tanpa RHK" chosen at stop: the entry is written without the RHK chosen at start
        clock.fixed = datetime(2026, 11, 3, 10, 0)
        service.start("Membalas surat", Location.KANTOR, rhk_id=1, at=time(9, 0))
        assert service.stop(edits=StopEdits(unlink=True)).rhk_id is None
    finally:
        ctx.close()
        release_log_handlers(paths.data_dir)
