"""The start when the data cannot be opened: real damaged database files, real backups, and
the user's answer given through the prompts fake."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from absensi_app.config import AppPaths
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.views import prompts
from absensi_app.views.data_problem import open_data_interactively, problem_choices, problem_detail
from tests.support import release_log_handlers as _drop_log_handlers

FRIDAY = date(2026, 11, 27)




def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clock() -> Clock:
    return Clock(fixed=datetime(2026, 11, 28, 9, 0))


@pytest.fixture
def data(tmp_path, clock, sample_profile):  # noqa: ANN001, ANN201
    """A data folder with a profile, two entries and a manual backup of them."""
    paths = AppPaths(tmp_path / "data")
    ctx = open_context(paths, clock)
    ctx.profile.save(sample_profile)
    for text, h in (("Rapat koordinasi", 8), ("Menyusun laporan", 9)):
        ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, text, time(h, 0), time(h + 1, 0)))
    ctx.backups.create()
    ctx.close()
    opened = []
    yield paths, opened
    for c in opened:
        c.close()
    _drop_log_handlers(tmp_path)


def damage(path: Path, how: str) -> None:
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    if how == "random":
        path.write_bytes(os.urandom(path.stat().st_size))
    elif how == "zero-length":
        path.write_bytes(b"")
    elif how == "pages":  # a sound header, random pages: only the full check notices
        raw = bytearray(path.read_bytes())
        raw[4096:] = os.urandom(len(raw) - 4096)
        path.write_bytes(bytes(raw))


@pytest.mark.parametrize("how", ["random", "zero-length", "pages"])
def test_restore_the_latest_backup_gives_a_working_context(data, clock, prompt_log, how) -> None:  # noqa: ANN001
    paths, opened = data
    damage(paths.database, how)
    prompt_log.next_choices = ["restore"]
    ctx = open_data_interactively(paths, clock)
    assert ctx is not None
    opened.append(ctx)
    ((title, text, keys),) = prompt_log.choices
    assert title == "Data Absensi tidak bisa dibuka"
    assert keys == ["restore", "folder", "quit"]
    assert str(paths.database) in text
    assert "absensi backup restore" not in text  # the window offers a button, not a command
    assert ctx.paths == paths
    assert [e.description for e in ctx.worklog.day(FRIDAY).entries] == ["Rapat koordinasi", "Menyusun laporan"]
    assert ctx.profile.has_profile()
    # the damaged file was kept, never deleted
    kept = [p for p in paths.backup_dir.glob("rusak-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and (kept[0].stat().st_size == 0) == (how == "zero-length")
    assert prompt_log.errors == []


def test_quit_leaves_the_damaged_file_as_it_was(data, clock, prompt_log) -> None:  # noqa: ANN001
    paths, _opened = data
    damage(paths.database, "random")
    before = digest(paths.database)
    files = sorted(p.name for p in paths.data_dir.rglob("*") if p.is_file() and p.suffix != ".log")
    prompt_log.next_choices = ["quit"]
    assert open_data_interactively(paths, clock) is None
    assert digest(paths.database) == before
    assert sorted(p.name for p in paths.data_dir.rglob("*") if p.is_file() and p.suffix != ".log") == files
    assert len(prompt_log.choices) == 1


def test_closing_the_box_is_quitting(data, clock, prompt_log) -> None:  # noqa: ANN001
    paths, _opened = data
    damage(paths.database, "zero-length")
    assert open_data_interactively(paths, clock) is None  # no answer queued: the box was closed
    assert paths.database.stat().st_size == 0


def test_another_folder_opens_there_and_leaves_this_one(tmp_path, data, clock, prompt_log, monkeypatch) -> None:  # noqa: ANN001
    paths, opened = data
    damage(paths.database, "random")
    before = digest(paths.database)
    other = tmp_path / "lain"
    prompt_log.next_choices = ["folder", "folder"]
    # the first time the picker is cancelled: the same question again
    chosen = []

    def pick(parent, title):  # noqa: ANN001, ANN202
        prompt_log.folder_requests.append(title)
        return None if len(prompt_log.folder_requests) == 1 else str(other)

    monkeypatch.setattr(prompts, "open_folder", pick)
    ctx = open_data_interactively(paths, clock, folder_chosen=lambda p: chosen.append(p) or True)
    assert ctx is not None
    opened.append(ctx)
    assert len(prompt_log.choices) == 2 and prompt_log.folder_requests == ["Pilih folder data Absensi"] * 2
    assert ctx.paths.data_dir == other.resolve() and chosen == [ctx.paths]
    assert not ctx.profile.has_profile()  # a new, empty data folder: the first-run setup follows
    assert digest(paths.database) == before


def test_a_folder_that_cannot_be_used(tmp_path, clock, prompt_log) -> None:  # noqa: ANN001
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    prompt_log.next_choices = ["quit"]
    assert open_data_interactively(AppPaths(blocker), clock) is None
    ((_title, text, keys),) = prompt_log.choices
    assert keys == ["folder", "quit"]
    assert "bukan folder" in text and blocker.read_text() == "bukan folder"


def test_a_failed_restore_says_why_and_asks_again(data, clock, prompt_log) -> None:  # noqa: ANN001
    paths, _opened = data
    damage(paths.database, "random")
    # the backup breaks after the check named it (e.g. the disk fails): refused, asked again
    from absensi_app.services.backup import DatabaseProblem, inspect_data

    with pytest.raises(DatabaseProblem) as raised:
        inspect_data(paths)
    raised.value.latest_backup.path.write_bytes(b"")
    from absensi_app.views.data_problem import ask_data_problem

    prompt_log.next_choices = ["restore", "quit"]
    assert ask_data_problem(raised.value, paths, clock) == "quit"
    ((_title, text),) = prompt_log.errors
    assert "tidak bisa dipulihkan" in text
    assert len(prompt_log.choices) == 2


def test_the_question_as_the_user_sees_it(qtbot, data, clock) -> None:  # noqa: ANN001
    from absensi_app.services.backup import DatabaseProblem, inspect_data
    from absensi_app.views.data_problem import problem_text

    paths, _opened = data
    damage(paths.database, "pages")
    with pytest.raises(DatabaseProblem) as raised:
        inspect_data(paths)
    problem = raised.value
    detail = problem_detail(problem, paths, clock)
    assert "(28 November 2026, 09.00, manual, 2 kegiatan)" in detail
    box, keys = prompts.choice_box(None, "Data Absensi tidak bisa dibuka", problem_text(problem), problem_choices(problem), detail)
    qtbot.addWidget(box)
    assert sorted(keys.values()) == ["folder", "quit", "restore"]
    assert [b.text() for b in box.buttons()][0] == "Pulihkan cadangan terakhir"
    assert "absensi backup restore" not in box.text() and "rusak" in box.text()
    # never shown (an active message box left behind steals the next tests' shortcuts):
    # laid out and rendered off screen
    box.setAttribute(Qt.WA_DontShowOnScreen)
    box.show()
    QApplication.processEvents()
    box.grab().save("/tmp/shot-data-problem.png")
    box.hide()
