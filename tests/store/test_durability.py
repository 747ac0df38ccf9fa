"""Durability as the README states it: what a commit acknowledged is there after kill -9,
several writers wait for each other instead of failing, and a busy database gets a clear
sentence after the busy timeout.

The crash test runs a short form in CI; ``ABSENSI_SOAK=long`` runs 200 kills.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context

ABSENSI = str(Path(sys.executable).with_name("absensi"))
LONG = os.environ.get("ABSENSI_SOAK") == "long"

# A writer that logs entries one by one and prints each id once its commit has returned.
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, time, timedelta
    from pathlib import Path
    from absensi_app.config import AppPaths
    from absensi_app.domain.model import EntryDraft, Location
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import open_context

    ctx = open_context(AppPaths(Path(sys.argv[1])), Clock())
    worker, count = int(sys.argv[2]), int(sys.argv[3])
    first = date(2026, 11, 27)
    for n in range(count):
        day = first - timedelta(days=(worker * 1000 + n) // 20)
        minute = ((worker * 1000 + n) % 20) * 60
        entry = ctx.worklog.add(EntryDraft(
            day=day, start=time(minute // 60, 0), end=time(minute // 60, 30),
            location=Location.KANTOR, description=f"Tugas {worker}-{n} " + "x" * 300,
        ))
        print(entry.id, flush=True)
    """
)


def _prepare(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    ctx = open_context(AppPaths(data), Clock())
    from absensi_app.domain.model import Profile

    ctx.profile.save(Profile(
        name="Budi", nip="19860926 201505 1 001", rank="Penata, III/c", position="Analis",
        unit="Bidang", agency="Dinas", supervisor_name="Siti", supervisor_nip="19750817 200003 2 004",
    ))
    ctx.close()
    return data


def _ids(db: Path) -> set[int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in con.execute("SELECT id FROM entry")}
    finally:
        con.close()


def test_every_acknowledged_entry_survives_kill_9(tmp_path: Path) -> None:
    data = _prepare(tmp_path)
    rounds = 200 if LONG else 12
    rnd = random.Random(2026)
    acknowledged: set[int] = set()
    for n in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data), str(n), "400"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert writer.stdout is not None
        # wait for the first acknowledgement, then kill at a random moment of the writing
        first = writer.stdout.readline()
        if first.strip():
            acknowledged.add(int(first))
        time.sleep(rnd.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        acknowledged |= {int(line) for line in rest.split()}
        present = _ids(data / "absensi.sqlite")
        assert acknowledged <= present, f"round {n}: lost {sorted(acknowledged - present)[:5]}"
    assert len(acknowledged) > rounds  # the writers really wrote between the kills
    # and the app still opens the file after all that
    ctx = open_context(AppPaths(data), Clock())
    ctx.close()


def test_four_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    data = _prepare(tmp_path)
    count = 60
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data), str(w), str(count)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for w in range(4)
    ]
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0, err
        assert len(out.split()) == count
    assert len(_ids(data / "absensi.sqlite")) == 4 * count


def _hold_write_lock(db: Path, seconds: float, ready: threading.Event) -> None:
    con = sqlite3.connect(db, isolation_level=None, timeout=10)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE profile SET name = name")
    ready.set()
    time.sleep(seconds)
    con.execute("COMMIT")
    con.close()


def _log_add(data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABSENSI_")}
    return subprocess.run(
        [ABSENSI, "--data-dir", str(data), "log", "add", "--date", "2026-11-27", "--start", "13:00",
         "--end", "14:00", "--location", "kantor", "--text", "Rapat koordinasi"],
        capture_output=True, text=True, env=env, timeout=60,
    )


def test_a_write_waits_for_another_writer(tmp_path: Path) -> None:
    data = _prepare(tmp_path)
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(data / "absensi.sqlite", 2.0, ready))
    holder.start()
    ready.wait(10)
    started = time.monotonic()
    result = _log_add(data)
    holder.join()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 1.0  # it waited for the lock instead of failing
    assert len(_ids(data / "absensi.sqlite")) == 1


def test_a_database_busy_past_the_timeout_gets_a_sentence(tmp_path: Path) -> None:
    data = _prepare(tmp_path)
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(data / "absensi.sqlite", 7.0, ready))
    holder.start()
    ready.wait(10)
    result = _log_add(data)
    holder.join()
    assert result.returncode == 1
    assert result.stderr.startswith("absensi: Data sedang dipakai program lain")
    assert result.stderr.count("\n") == 1
    for leak in ("SQL", "sqlalche.me", "Traceback", "BEGIN"):
        assert leak not in result.stderr
    assert _ids(data / "absensi.sqlite") == set()


def test_connections_are_durable_and_writes_begin_immediate(tmp_path: Path) -> None:
    data = _prepare(tmp_path)
    ctx = open_context(AppPaths(data), Clock())
    try:
        seen: list[str] = []
        from sqlalchemy import event

        event.listen(ctx.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *a: seen.append(statement))
        with ctx.sessions() as s:
            from sqlalchemy import text

            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        ctx.profile.save_schedule(ctx.profile.schedule())
        assert "BEGIN IMMEDIATE" in seen
    finally:
        ctx.close()


def test_the_daily_backup_never_opens_the_live_database_as_a_plain_file(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Closing any descriptor of the database file drops every POSIX lock the process holds on
    it, SQLite's too: another process may then reset the WAL under the open connections and
    their commits are lost (seen as one of four writers losing all its entries). A process with
    the database open reads it only through SQLite."""
    import builtins
    import io

    data = _prepare(tmp_path)
    ctx = open_context(AppPaths(data), Clock())
    try:
        for backup in (data / "backups").glob("*.sqlite"):
            backup.unlink()  # so that daily() runs in full: check, snapshot, dedupe, rotate
        opened: list[str] = []
        real_open, real_io_open = builtins.open, io.open

        def watching(file, *args, **kwargs):  # noqa: ANN001, ANN202
            opened.append(str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", watching)
        monkeypatch.setattr(io, "open", watching)
        with ctx.sessions() as s:  # a live connection of this process, as the running app has
            s.connection()
            assert ctx.backups.daily() is not None
        monkeypatch.setattr(builtins, "open", real_open)
        monkeypatch.setattr(io, "open", real_io_open)
        assert str(data / "absensi.sqlite") not in opened
    finally:
        ctx.close()
