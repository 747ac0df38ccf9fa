"""Fixtures shared by every test folder (unit, store, cli and ui).

Time is pinned: the ``clock`` reads Saturday 2026-11-28 15:00. Tests that need a working
day as "today" can set ``clock.fixed`` (the services share the same Clock object).

The service-level test files in ``PG_TEST_FILES`` run twice: ``[sqlite]`` on the data folder's
SQLite file, as the app does, and ``[pg]`` on an empty PostgreSQL database of the test's own
(migrated once per session, on the throw-away server of tests/pg_server.py), to prove the
services dialect-neutral. ``ABSENSI_TEST_PG=0`` leaves the ``[pg]`` runs out; without the
server binaries they are skipped.
"""

from __future__ import annotations

import os

# Before anything imports Qt (pytest-qt, the GUI tests): never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.domain.model import Profile  # noqa: E402
from absensi_app.services import context as context_module  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import AppContext  # noqa: E402
from tests.pg_server import DatabasePool, PgServer, pg_server  # noqa: E402, F401 - the session's server, for every folder

SATURDAY = date(2026, 11, 28)
FRIDAY = date(2026, 11, 27)
FIXED_NOW = datetime(2026, 11, 28, 15, 0)

#: Test files whose tests also run on PostgreSQL (every test in them that opens a context: one
#: using ``ctx``/``ctx_with_profile`` or in a file that calls ``open_context`` itself). The GUI,
#: CLI and store tests stay on SQLite: they test the app, its file and its subprocesses; so do
#: the files whose contexts are module-scoped fixtures (one context shared by many tests).
PG_TEST_FILES = (
    "tests/unit/test_services.py",
    "tests/unit/test_skp_services.py",
    "tests/unit/test_timer_services.py",
    "tests/unit/test_reminders_service.py",
    "tests/unit/test_history_lock.py",
    "tests/unit/test_logo.py",
    "tests/unit/test_holiday_cache.py",
    "tests/unit/test_services_pg.py",
    "tests/signing/test_evaluation.py",
    "tests/signing/test_validity.py",
)
#: Tests in those files that are about the SQLite file itself: they run on SQLite only.
SQLITE_ONLY = {
    "test_history_cannot_be_edited_or_deleted_through_sqlite": "the append-only triggers are SQLite's",
    "test_tampering_with_the_file_breaks_the_chain": "edits the SQLite file with sqlite3",
    "test_cutting_off_the_end_of_the_history_is_noticed": "edits the SQLite file with sqlite3",
    "test_a_frozen_0006_database_gets_the_timer_and_template_tables": "migrates a frozen SQLite file",
}
_CONTEXT_FIXTURES = {"ctx", "ctx_with_profile"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``database_backend``: ``sqlite`` and ``pg`` for the tests of ``PG_TEST_FILES``."""
    if "database_backend" not in metafunc.fixturenames:
        return
    relative = metafunc.definition.path.relative_to(metafunc.config.rootpath).as_posix()
    if relative not in PG_TEST_FILES:
        return
    opens = _CONTEXT_FIXTURES & set(metafunc.fixturenames) or hasattr(metafunc.module, "open_context")
    if not opens:
        return
    pg = os.environ.get("ABSENSI_TEST_PG", "1") != "0" and metafunc.function.__name__ not in SQLITE_ONLY
    metafunc.parametrize("database_backend", ["sqlite", "pg"] if pg else ["sqlite"], indirect=True)


@pytest.fixture(scope="session")
def pg_databases(pg_server: PgServer) -> DatabasePool:
    """Empty databases of the newest schema (migrated once per session, then copied and reused)."""
    from absensi_app.store.database import make_engine
    from absensi_app.store.migrate import upgrade

    template = pg_server.new_database("absensi_vorlage")
    engine = make_engine(pg_server.url(template))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return DatabasePool(pg_server, template)


@pytest.fixture(autouse=True)
def database_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Where this test's contexts keep their data: ``sqlite`` (the app's way, and the default) or
    ``pg``. On ``pg`` every ``open_context`` of the test (the ``ctx`` fixture's and the test
    module's own) opens one empty PostgreSQL database per data folder, taken on its first
    opening; emptied and given back after the test."""
    backend = getattr(request, "param", "sqlite")
    if backend != "pg":
        yield backend
        return
    pool: DatabasePool = request.getfixturevalue("pg_databases")
    real_open = context_module.open_context
    databases: dict[Path, str] = {}

    def open_on_pg(paths: AppPaths, clock: Clock | None = None, database_url: str | None = None,
                   inspection=None) -> AppContext:  # noqa: ANN001 - services.backup.Inspection
        if database_url is None:
            key = paths.data_dir.resolve()
            if key not in databases:
                databases[key] = pool.take()
            database_url = pool.server.url(databases[key])
        return real_open(paths, clock, database_url=database_url, inspection=inspection)

    monkeypatch.setattr(context_module, "open_context", open_on_pg)
    if hasattr(request.module, "open_context"):
        monkeypatch.setattr(request.module, "open_context", open_on_pg)
    yield backend
    for name in databases.values():
        pool.give_back(name)


@pytest.fixture
def saturday() -> date:
    """The fixed "today" of ``clock``: Saturday 2026-11-28 (not a working day)."""
    return SATURDAY


@pytest.fixture
def friday() -> date:
    """The working day before ``saturday``: Friday 2026-11-27."""
    return FRIDAY


@pytest.fixture
def clock() -> Clock:
    """A Clock fixed at Saturday 2026-11-28 15:00; set ``clock.fixed`` to move it."""
    return Clock(fixed=FIXED_NOW)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A fresh, not yet created data folder."""
    return AppPaths(tmp_path / "data")


@pytest.fixture
def sample_profile() -> Profile:
    """A valid PNS profile, as typed (spaces in the NIPs)."""
    return Profile(
        name="Budi Santoso, S.Kom.",
        nip="19860926 201505 1 001",
        rank="Penata Muda Tk. I, III/b",
        position="Pranata Komputer Ahli Pertama",
        unit="Bidang Aplikasi Informatika",
        agency="Dinas Komunikasi dan Informatika Kabupaten Contoh",
        supervisor_name="Dra. Siti Aminah, M.M.",
        supervisor_nip="19750817 200003 2 004",
        asn_kind="pns",
    )


@pytest.fixture
def ctx(paths: AppPaths, clock: Clock, database_backend: str) -> Iterator[AppContext]:
    """The services over a migrated database in ``paths`` (on PostgreSQL for ``[pg]``, see
    ``database_backend``); closed (and its log file released) after."""
    context = context_module.open_context(paths, clock)
    try:
        yield context
    finally:
        context.close()
        _drop_log_handlers(paths.data_dir)


@pytest.fixture
def ctx_with_profile(ctx: AppContext, sample_profile: Profile) -> AppContext:
    """``ctx`` with ``sample_profile`` saved (and the default schedule)."""
    ctx.profile.save(sample_profile)
    return ctx


def _drop_log_handlers(data_dir: Path) -> None:
    """open_context adds a file handler to the root logger; do not let them pile up."""
    from tests.support import release_log_handlers

    release_log_handlers(data_dir)


@pytest.fixture
def inline_tasks() -> Iterator[None]:
    """``views.workers.run_task`` runs its work at once on the test's thread and calls its
    callbacks before returning."""
    from absensi_app.views.workers import use_inline_runner

    with use_inline_runner():
        yield
