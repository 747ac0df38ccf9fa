"""Running what is measured: fresh processes timed from the outside, the GUI probe, and
repetitions interleaved so that a baseline and what is compared with it share the same noise."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable


class BenchFailure(RuntimeError):
    """Something measured did not work (a crash, a command failing): the bench fails."""


#: compiled modules of every measured process, outside the source tree: a user's installed
#: program has its bytecode, so a start must not be measured recompiling the app (this
#: machine's environment sets PYTHONDONTWRITEBYTECODE=1, which would make every run do so)
PYCACHE = Path.home() / ".cache" / "absensi-bench" / "pycache"


def environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("ABSENSI_EXIT_AFTER_SHOW", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(extra)
    return env


def absensi(data_dir: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "absensi_app", "--data-dir", str(data_dir), *args]


def run(cmd: Sequence[str], env: dict[str, str] | None = None, ok: Sequence[int] = (0,)) -> subprocess.CompletedProcess:
    done = subprocess.run(list(cmd), env=env or environment(), cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in ok:
        raise BenchFailure(
            f"{' '.join(cmd[1:])} exited {done.returncode}:\n{done.stderr.strip()[-2000:]}"
        )
    return done


def wall(cmd: Sequence[str], env: dict[str, str] | None = None, ok: Sequence[int] = (0,)) -> float:
    """Seconds from spawning ``cmd`` to its exit."""
    started = time.perf_counter()
    run(cmd, env, ok)
    return time.perf_counter() - started


def probe(*args: str, display: str | None = None) -> dict[str, float]:
    """Run bench/_gui_probe.py (offscreen, or on the X ``display``); its marks as seconds
    since the spawn (``rss`` in KiB)."""
    screen = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {}
    env = environment(**screen, BENCH_T0=repr(time.time()))
    done = run([PYTHON, str(HERE / "_gui_probe.py"), *args], env)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if value and name in ("painted", "entries", "dashboard", "floor", "rss"):
            marks[name] = float(value)
    return marks


def interleaved(steps: dict[str, Callable[[], dict[str, float] | float]], reps: int,
                warmup: bool) -> dict[str, float]:  # fmt: skip
    """Call every step once per repetition, in turn; the median of each value by
    ``step`` (a step returning a number) or ``step.mark`` (a step returning marks)."""
    values: dict[str, list[float]] = {}
    for rep in range(reps + (1 if warmup else 0)):
        for name, step in steps.items():
            got = step()
            if warmup and rep == 0:
                continue
            for key, value in (got.items() if isinstance(got, dict) else (("", got),)):
                values.setdefault(f"{name}.{key}" if key else name, []).append(value)
    return {key: statistics.median(v) for key, v in values.items()}


@contextmanager
def xvfb() -> Iterator[str | None]:
    """A virtual X display (":N") for the duration, or None when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise BenchFailure("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
