"""Fixtures shared by every test folder (unit, store, cli and ui).

Time is pinned: the ``clock`` reads Saturday 2026-11-28 15:00. Tests that need a working
day as "today" can set ``clock.fixed`` (the services share the same Clock object).
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
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import AppContext, open_context  # noqa: E402

SATURDAY = date(2026, 11, 28)
FRIDAY = date(2026, 11, 27)
FIXED_NOW = datetime(2026, 11, 28, 15, 0)


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
def ctx(paths: AppPaths, clock: Clock) -> Iterator[AppContext]:
    """The services over a migrated database in ``paths``; closed (and its log file released) after."""
    context = open_context(paths, clock)
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
