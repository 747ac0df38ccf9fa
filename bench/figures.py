"""Each figure of issue 12, measured with its baseline in the same run. Every function returns
rows for the table (bench.table); values are medians over the repetitions."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench import data
from bench.runner import HERE, PYTHON, BenchFailure, absensi, environment, interleaved, probe, run, wall
from bench.table import Row, Target, row

PASS = [PYTHON, "-c", "pass"]
BASELINES = {"python": "python -c pass", "bare_window": "bare window", "bare_window_xvfb": "bare window",
             "floor_database": "its floor", "floor_verify": "its floor", "floor_export": "its floor"}  # fmt: skip

#: The floors: what a figure's process cannot do without, and nothing of Absensi's own, timed
#: in the same run as the figure. SQLAlchemy is the one way to the database (fixed by the
#: design card); a summary is verified with pyHanko's validator and its PDF reader (which
#: import aiohttp whether or not a network is used); an export also lays out with reportlab,
#: signs with pyHanko's signer and derives the key from the passphrase with the app's scrypt
#: cost. A target below its floor cannot be met without leaving one of these.
FLOOR_DATABASE = "import sqlalchemy.orm"
FLOOR_VERIFY = FLOOR_DATABASE + ", pyhanko.sign.validation, pyhanko.pdf_utils.reader"


def _floor_export() -> str:
    from absensi_app.signing.keys import SCRYPT_N, SCRYPT_P, SCRYPT_R

    return (
        f"{FLOOR_VERIFY}, pyhanko.sign.signers, pyhanko.pdf_utils.incremental_writer, reportlab.platypus\n"
        "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\n"
        f"Scrypt(salt=bytes(16), length=32, n={SCRYPT_N}, r={SCRYPT_R}, p={SCRYPT_P}).derive(b'frasa sandi')"
    )


@dataclass(frozen=True)
class Plan:
    folders: data.Folders
    work: Path  # throw-away copies
    reps: int
    warmup: bool


def gui(plan: Plan, display: str | None = None) -> tuple[list[Row], Row]:
    """Process start to the window painted and to today's entries with the totals shown, on
    heavy and typical data, against a bare QMainWindow; the peak memory with the heavy data
    open and the progress view shown (the heavy runs open it after the entries). Offscreen,
    or on the X ``display`` (the rows' keys then end in ``_xvfb``)."""
    f = plan.folders
    got = interleaved(
        {
            "bare": lambda: probe("bare", display=display),
            "floor": lambda: probe("floor", display=display),
            "heavy": lambda: probe("app", str(data.day_view_first(f.heavy)), "--dashboard", display=display),
            "typical": lambda: probe("app", str(data.day_view_first(f.typical)), display=display),
        },
        plan.reps,
        plan.warmup,
    )
    for key in ("bare.painted", "floor.floor", "heavy.painted", "heavy.entries", "heavy.rss", "typical.painted", "typical.entries"):
        if key not in got:
            raise BenchFailure(f"the GUI probe printed no '{key.split('.')[1]}' mark for {key.split('.')[0]}")
    ms = {k: v * 1000 for k, v in got.items()}
    key, where = ("_xvfb", " (Xvfb)") if display else ("", "")
    bare = row("bare_window" + key, f"bare PySide6 QMainWindow painted{where} (baseline)", ms["bare.painted"], "ms")
    painted, shown = Target(1.5, on_ratio=True, inclusive=True), Target(3.5, on_ratio=True, inclusive=True)
    floor = row("floor_window" + key, f"floor: bare window painted, then SQLAlchemy's ORM imported{where}",
                ms["floor.floor"], "ms", baseline=bare, role="floor")  # fmt: skip
    rows = [
        row("painted_heavy" + key, f"main window painted, heavy{where}", ms["heavy.painted"], "ms", painted, bare),
        row("entries_heavy" + key, f"today's entries + totals shown, heavy{where}", ms["heavy.entries"], "ms", shown, bare),
        row("painted_typical" + key, f"main window painted, typical{where}", ms["typical.painted"], "ms", painted, bare),
        row("entries_typical" + key, f"today's entries + totals shown, typical{where}", ms["typical.entries"], "ms", shown, bare),
        floor,
        row("memory_heavy" + key, f"peak memory, heavy + progress view{where}", got["heavy.rss"] / 1024, "MB", Target(200)),
    ]  # fmt: skip
    return rows, bare


def commands(plan: Plan, python: Row) -> list[Row]:
    """``absensi summary --month`` and ``absensi log add`` as whole processes on the heavy
    data (``log add`` into a copy, so the cached folder stays as built)."""
    f = plan.folders
    copy = data.copy_folder(f.heavy, plan.work / "heavy-log-add")
    today = date.today()
    summary = absensi(f.heavy, "summary", "--month", f"{today:%Y-%m}")
    counter = iter(range(1_000_000))
    log_add = lambda: absensi(copy, "log", "add", "--date", today.isoformat(), "--minutes", "5",  # noqa: E731
                              "--location", "kantor", "--text", f"Kegiatan bench {next(counter)}")  # fmt: skip
    got = interleaved(
        {"floor": lambda: wall([PYTHON, "-c", FLOOR_DATABASE]), "summary": lambda: wall(summary),
         "log_add": lambda: wall(log_add())},
        plan.reps, plan.warmup,
    )  # fmt: skip
    floor = row("floor_database", f"floor: python -c '{FLOOR_DATABASE}'", got["floor"] * 1000, "ms",
                baseline=python, role="floor")  # fmt: skip
    return [
        floor,
        row("summary_month", "absensi summary --month, heavy", got["summary"] * 1000, "ms", Target(250, inclusive=True), floor),
        row("log_add", "absensi log add, heavy", got["log_add"] * 1000, "ms", Target(250, inclusive=True), floor),
    ]  # fmt: skip


def in_process(plan: Plan) -> list[Row]:
    """Adding an entry until the totals show it, the progress view's month switch and the
    year's progress, on a copy of the heavy data (bench/_inproc.py, in one child process)."""
    copy = data.day_view_first(data.copy_folder(plan.folders.heavy, plan.work / "heavy-inproc"))
    reps = max(3, plan.reps * 2 + 1)
    done = run([PYTHON, str(HERE / "_inproc.py"), str(copy), str(reps)], environment())
    try:
        got = {k: statistics.median(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}
    except (ValueError, IndexError) as exc:
        raise BenchFailure(f"bench/_inproc.py printed no result: {exc}\n{done.stdout[-500:]}") from exc
    return [
        row("add_entry", "add an entry, day totals updated", got["add_entry"], "ms", Target(30)),
        row("month_switch", "progress view month switch, heavy", got["month_switch"], "ms", Target(100)),
        row("year_progress", "year progress (services), heavy", got["year_progress"], "ms", Target(50)),
    ]


def signing(plan: Plan, python: Row) -> list[Row]:
    """The signed export of the busy month (200 entries) in a fresh process, each time from a
    fresh copy of the folder (an export locks its month); then ``absensi verify`` of that file
    in a fresh process."""
    f = plan.folders
    env = environment(ABSENSI_PASSPHRASE=data.PASSPHRASE)
    counter = iter(range(1_000_000))

    def export_and_verify() -> dict[str, float]:
        n = next(counter)
        copy = data.copy_folder(f.busy, plan.work / f"busy-{n}")
        out = plan.work / f"ringkasan-{n}.pdf"
        export_s = wall(absensi(copy, "export", "--month", f.busy_month, "--out", str(out)), env)
        verify_s = wall(absensi(copy, "verify", str(out)), env)
        return {"export": export_s, "verify": verify_s}

    floors = {"export": [PYTHON, "-c", _floor_export()], "verify": [PYTHON, "-c", FLOOR_VERIFY]}
    got = interleaved(
        {"floor": lambda: {k: wall(cmd) for k, cmd in floors.items()}, "sign": export_and_verify},
        plan.reps, plan.warmup,
    )  # fmt: skip
    entries = f.counts["busy"]["entries"]
    export_floor = row("floor_export", "floor: SQLAlchemy, pyHanko and reportlab imported, one scrypt derivation",
                       got["floor.export"] * 1000, "ms", baseline=python, role="floor")  # fmt: skip
    verify_floor = row("floor_verify", "floor: SQLAlchemy, pyHanko's validator and PDF reader imported",
                       got["floor.verify"] * 1000, "ms", baseline=python, role="floor")  # fmt: skip
    return [
        export_floor,
        row("export_signed", f"signed export, {entries} entries (fresh process)", got["sign.export"] * 1000, "ms", Target(1000), export_floor),
        verify_floor,
        row("verify", "verify that file (fresh process)", got["sign.verify"] * 1000, "ms", Target(500), verify_floor),
    ]  # fmt: skip


def recap(plan: Plan) -> list[Row]:
    """``absensi recap`` over the office's inbox, as the supervisor (who trusts the team)."""
    f = plan.folders
    cmd = absensi(f.boss, "recap", str(f.inbox), "--from", f.recap_from, "--to", f.recap_to)
    reps = max(1, plan.reps // 2)
    got = interleaved({"recap": lambda: wall(cmd)}, reps, plan.warmup and reps > 1)
    files = f.counts["office"]["files"]
    return [row("recap", f"absensi recap of {files} signed files", got["recap"] * 1000, "ms", Target(10_000))]


def database(plan: Plan) -> list[Row]:
    size = data.database_bytes(plan.folders.heavy) / 1024 / 1024
    entries = plan.folders.counts["heavy"]["entries"]
    return [row("database_heavy", f"database size, heavy ({entries:,} entries)", size, "MB", Target(30))]


def python_baseline(plan: Plan) -> Row:
    got = interleaved({"pass": lambda: wall(PASS)}, max(3, plan.reps), plan.warmup)
    return row("python", "python -c pass (baseline)", got["pass"] * 1000, "ms")
