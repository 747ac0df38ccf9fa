"""The start-up check: a damaged, truncated, empty, foreign, locked or newer database is never
written into, and an empty database is never created where backups show there was one.

Every case starts from a real database with data, damages it as a disk, a USB stick or a
careless user would, and checks that opening it (the services, and the real `absensi`
command) refuses with a clear sentence naming the newest good backup, leaving the file
byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from absensi_app.config import AppPaths, DataFolderError
from absensi_app.services.backup import DatabaseProblem
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.store import health

from tests.support import modules_loaded_by
from tests.support import release_log_handlers as _drop_log_handlers

ABSENSI = str(Path(sys.executable).with_name("absensi"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(paths: AppPaths, clock: Clock, sample_profile, friday) -> AppPaths:  # noqa: ANN001
    """A data folder with a profile, 30 entries, a checkpointed database and one backup."""
    from absensi_app.domain.model import EntryDraft, Location

    ctx = open_context(paths, clock)
    try:
        ctx.profile.save(sample_profile)
        from datetime import time as t, timedelta

        for n in range(30):
            ctx.worklog.add(
                EntryDraft(
                    day=friday - timedelta(days=n), start=t(8, 0), end=t(9, 0),
                    location=Location.KANTOR, description=f"Menyusun laporan ke-{n} " + "x" * 200,
                )
            )
        ctx.backups.create()
    finally:
        ctx.close()
        _drop_log_handlers(paths.data_dir)
    con = sqlite3.connect(paths.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return paths


def _open_fails(paths: AppPaths, kind: str) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as err:
        open_context(paths, Clock())
    _drop_log_handlers(paths.data_dir)
    assert err.value.kind == kind
    assert "\n" not in err.value.message
    return err.value


def _cli(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABSENSI_")}
    return subprocess.run(
        [ABSENSI, "--data-dir", str(paths.data_dir), *args],
        capture_output=True, text=True, env=env, timeout=60,
    )


def _entry_root_page(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
    finally:
        con.close()
    return page_size, root


def test_random_bytes_in_a_table_page_are_noticed_before_any_write(filled: AppPaths) -> None:
    page_size, root = _entry_root_page(filled.database)
    data = bytearray(filled.database.read_bytes())
    rnd = random.Random(9)
    start = (root - 1) * page_size
    data[start:start + 512] = bytes(rnd.randrange(256) for _ in range(512))
    filled.database.write_bytes(bytes(data))
    before = _digest(filled.database)

    problem = _open_fails(filled, health.DAMAGED)
    assert problem.latest_backup is not None
    assert problem.latest_backup.name in problem.message

    result = _cli(filled, "log", "add", "--minutes", "30", "--location", "kantor", "--text", "Rapat")
    assert result.returncode == 1
    assert result.stderr.startswith("absensi: Database") and "rusak" in result.stderr
    assert "Traceback" not in result.stderr and "SELECT" not in result.stderr
    assert _digest(filled.database) == before  # nothing was written into the damaged file


@pytest.mark.parametrize(
    ("damage", "kind"),
    [
        ("zero", health.EMPTY),
        ("text", health.NOT_SQLITE),
        ("half", health.TRUNCATED),
        ("header-only", health.TRUNCATED),
    ],
)
def test_damaged_files_are_refused_and_left_alone(filled: AppPaths, damage: str, kind: str) -> None:
    data = filled.database.read_bytes()
    replacement = {
        "zero": b"",
        "text": b"Ini bukan database, hanya catatan.\n" * 200,
        "half": data[: len(data) // 2 + 100],
        "header-only": data[:100],
    }[damage]
    filled.database.write_bytes(replacement)
    before = _digest(filled.database)
    problem = _open_fails(filled, kind)
    assert problem.latest_backup is not None
    assert _digest(filled.database) == before
    assert filled.database.stat().st_size == len(replacement)


def test_another_programs_database_is_refused(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    con = sqlite3.connect(paths.database)
    con.execute("CREATE TABLE catatan (isi TEXT)")
    con.execute("INSERT INTO catatan VALUES ('milik program lain')")
    con.commit()
    con.close()
    before = _digest(paths.database)
    _open_fails(paths, health.FOREIGN)
    assert _digest(paths.database) == before


def test_newer_schema_is_refused_without_backup(filled: AppPaths) -> None:
    con = sqlite3.connect(filled.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    backups_before = sorted(p.name for p in filled.backup_dir.iterdir())
    problem = _open_fails(filled, health.NEWER)
    assert "versi Absensi yang lebih baru" in problem.message
    assert sorted(p.name for p in filled.backup_dir.iterdir()) == backups_before


def test_locked_database_is_refused_not_waited_on_forever(filled: AppPaths) -> None:
    """Another program holds the file exclusively (a rollback journal's write lock)."""
    holder = subprocess.Popen(
        [
            sys.executable, "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(filled.database)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode=DELETE')\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute(\"UPDATE profile SET name = name\")\n"
            "print('held', flush=True)\n"
            "time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        problem = _open_fails(filled, health.LOCKED)
        assert time.monotonic() - started < 20
        assert problem.latest_backup is None  # a locked file is fine: nothing to restore
    finally:
        holder.kill()
        holder.wait()
    ctx = open_context(filled, Clock())  # once the other program is gone, it opens again
    ctx.close()
    _drop_log_handlers(filled.data_dir)


def test_missing_database_with_backups_is_not_recreated_empty(filled: AppPaths) -> None:
    filled.database.unlink()
    problem = _open_fails(filled, health.MISSING)
    assert problem.latest_backup is not None
    assert not filled.database.exists()

    result = _cli(filled, "backup", "restore", problem.latest_backup.name)
    assert result.returncode == 0, result.stderr
    listed = _cli(filled, "log", "list", "--month", "2026-11", "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"Menyusun laporan ke-0' in listed.stdout


def test_a_fresh_folder_still_starts(paths: AppPaths) -> None:
    ctx = open_context(paths, Clock())
    ctx.close()
    _drop_log_handlers(paths.data_dir)
    assert paths.database.exists()


def test_data_path_that_is_a_file_gets_a_sentence(tmp_path: Path) -> None:
    target = tmp_path / "bukan-folder"
    target.write_text("x")
    with pytest.raises(DataFolderError, match="berkas, bukan folder"):
        open_context(AppPaths(target), Clock())
    result = subprocess.run(
        [ABSENSI, "--data-dir", str(target), "log", "list"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.startswith("absensi: ") and "Traceback" not in result.stderr
    assert target.read_text() == "x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_gets_a_sentence(filled: AppPaths) -> None:  # pragma: no cover - needs non-root
    os.chmod(filled.data_dir, 0o500)
    try:
        _open_fails(filled, health.READ_ONLY)
    finally:
        os.chmod(filled.data_dir, 0o700)


def test_data_folders_and_log_are_private_whatever_the_umask(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = subprocess.run(
        [ABSENSI, "--data-dir", str(data), "log", "list"],
        capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.umask(0),
    )
    assert result.returncode == 0, result.stderr
    for folder in (data, data / "backups", data / "bukti", data / "logs"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    log = data / "logs" / "absensi.log"
    if log.exists():
        assert log.stat().st_mode & 0o777 == 0o600


def test_the_check_begun_beside_the_imports_refuses_on_the_callers_thread(filled: AppPaths) -> None:
    """``open_folder`` (the CLI's and the window's way in) runs the check on a thread of its
    own while the services are imported: a damaged file is refused the same, with its
    DatabaseProblem raised where the folder was opened, and nothing written."""
    import threading

    from absensi_app.services.opening import open_folder

    page_size, root = _entry_root_page(filled.database)
    data = bytearray(filled.database.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 512] = bytes(range(256)) * 2
    filled.database.write_bytes(bytes(data))
    before = _digest(filled.database)
    with pytest.raises(DatabaseProblem) as err:
        open_folder(filled, Clock())
    _drop_log_handlers(filled.data_dir)
    assert err.value.kind == health.DAMAGED and err.value.latest_backup is not None
    assert _digest(filled.database) == before
    assert not [t for t in threading.enumerate() if t.name == "absensi-check"]  # none left reading


def test_the_check_begun_beside_the_imports_opens_a_good_folder(filled: AppPaths) -> None:
    from absensi_app.services.opening import open_folder

    ctx = open_folder(filled, Clock())
    try:
        assert ctx.profile.has_profile()
        assert len(ctx.worklog.entries_between(date(2026, 1, 1), date(2026, 12, 31))) == 30
    finally:
        ctx.close()
        _drop_log_handlers(filled.data_dir)


def test_the_check_needs_neither_sqlalchemy_nor_the_services() -> None:
    """What lets the check run while SQLAlchemy and the services are imported: its modules
    import neither (a new import of SQLAlchemy in that chain fails here)."""
    code = (
        "from absensi_app.services.backup import Inspection, inspect_data\n"
        "import absensi_app.services.opening, absensi_app.store.migrate\n"
    )
    heavy = ("sqlalchemy", "alembic", "absensi_app.services.context", "absensi_app.store.models")
    assert modules_loaded_by(code, heavy) == []


def test_opening_freezes_what_the_start_made_and_collects_again_after(tmp_path: Path) -> None:
    """The cycle collector waits while a start imports and opens (its full passes took about
    75 ms of a command), and is on again after, with the start's objects frozen; a program
    that had switched it off keeps it off (and nothing is frozen). In a child process: a
    freeze is for good."""
    code = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from absensi_app.config import AppPaths\n"
        "from absensi_app.services.opening import open_folder\n"
        "seen = []\n"
        "gc.callbacks.append(lambda phase, info: seen.append(info['generation']) if phase == 'start' else None)\n"
        "if sys.argv[2] == 'off':\n"
        "    gc.disable()\n"
        "ctx = open_folder(AppPaths(Path(sys.argv[1])))\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10000, 'sqlalchemy.orm' in sys.modules, seen.count(2))\n"
        "ctx.close()\n"
    )
    for mode, enabled, frozen in (("on", "True", "True"), ("off", "False", "False")):
        folder = tmp_path / mode
        done = subprocess.run([sys.executable, "-c", code, str(folder), mode], capture_output=True, text=True,
                              timeout=60)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == [enabled, frozen, "True", "0"], (mode, done.stdout)


def test_without_a_thread_to_be_had_the_check_runs_in_place(filled: AppPaths, monkeypatch) -> None:  # noqa: ANN001
    """A process at its thread limit (``can't start new thread``) still opens: the check then
    runs on the opening thread, with the same answer."""
    import threading

    from absensi_app.services.backup import Inspection

    def refuse(self) -> None:  # noqa: ANN001
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    check = Inspection(filled).result()
    assert check.ok and check.entries == 30
    filled.database.write_bytes(b"bukan database")
    with pytest.raises(DatabaseProblem):
        Inspection(filled).result()
