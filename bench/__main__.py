"""``python -m bench [--quick] [--reps N] [--cache DIR] [--rebuild] [--json OUT] [--only ...]``
(and ``python -m bench archive ...``, the archive's benchmark: bench/archive.py)

Builds (or reuses) the data folders, measures every figure with its baseline in the same run
and prints one table. Exits 1 only when the benchmark itself fails (a crash, a command
failing); a missed target is reported in the table, never as an exit code."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

GROUPS = ("gui", "commands", "inproc", "signing", "recap", "database")


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    p.add_argument("--quick", action="store_true", help="small data, one repetition (CI)")
    p.add_argument("--reps", type=int, help="repetitions per figure (default 5, quick 1)")
    p.add_argument("--cache", type=Path, default=None, help="where the data folders are kept")
    p.add_argument("--rebuild", action="store_true", help="build the data folders again")
    p.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    p.add_argument("--only", nargs="+", choices=GROUPS, help="measure only these groups")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["archive"]:  # the agency archive's benchmark (issue 15): bench/archive.py
        from bench.archive import main as archive

        return archive(argv[1:])
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench import data, figures
    from bench.runner import BenchFailure
    from bench.table import render, write_json

    reps = args.reps or (1 if args.quick else 5)
    groups = args.only or GROUPS
    started = time.perf_counter()
    try:
        folders = data.prepare(args.cache or data.DEFAULT_CACHE, args.quick, args.rebuild,
                               log=lambda line: print(line, flush=True))  # fmt: skip
        with tempfile.TemporaryDirectory(prefix="absensi-bench-") as work:
            plan = figures.Plan(folders, Path(work), reps, warmup=not args.quick)
            python = figures.python_baseline(plan)
            rows = [python]
            for group in groups:
                began = time.perf_counter()
                print(f"measuring {group} ...", end=" ", flush=True)
                rows += _measure(group, plan, python)
                print(f"{time.perf_counter() - began:.1f} s", flush=True)
    except BenchFailure as exc:
        print(f"bench: FAILED: {exc}", file=sys.stderr)
        return 1
    heavy = folders.counts["heavy"]
    print()
    print(f"{'quick' if args.quick else 'full'} run, median of {reps}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}; "
          f"heavy: {heavy['entries']:,} entries on {heavy['days']:,} working days since {heavy['first']}, "
          f"typical: {folders.counts['typical']['entries']:,} entries")  # fmt: skip
    print(render(rows, figures.BASELINES))
    missed = [r.figure for r in rows if r.met is False]
    print(f"\n{len(rows)} figures, {len(missed)} target(s) missed; {time.perf_counter() - started:.0f} s")
    if args.json:
        meta = {
            "mode": "quick" if args.quick else "full",
            "reps": reps,
            "when": datetime.now().isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.platform(),
            "cpus": os.cpu_count(),
            "platform": os.environ["QT_QPA_PLATFORM"],
            "data": folders.counts,
        }
        write_json(args.json, rows, meta)
    return 0


def _measure(group: str, plan, python) -> list:  # noqa: ANN001
    from bench import figures
    from bench.runner import xvfb

    if group == "gui":
        rows, bare = figures.gui(plan)
        with xvfb() as display:
            if display:
                more, bare_x = figures.gui(plan, display)
                return [bare, *rows, bare_x, *more]
        return [bare, *rows]
    if group == "commands":
        return figures.commands(plan, python)
    if group == "inproc":
        return figures.in_process(plan)
    if group == "signing":
        return figures.signing(plan, python)
    if group == "recap":
        return figures.recap(plan)
    return figures.database(plan)


if __name__ == "__main__":
    raise SystemExit(main())
