"""``python -m bench archive [--quick] [--staff N --units U] [--scale K] [--reps N] [--cache DIR]
[--rebuild] [--json OUT] [--only status]``: the agency archive's scale benchmark (issue 15).

Makes (or reuses) an agency's month as real signed files (``bench/archive_agency.py``: full
5,000 staff in 100 units, quick 60 in 3), starts its own PostgreSQL server
(``bench/archive_pg.py``), and for 1 and then 2 workers: a fresh database, ``arsip init``, the
staff certificates trusted through the Archive API, the folder ingested (files per second).
Then, on the database of the 2-worker run: the same ingest again (everything already there),
the month's status (median of the repetitions), the database's size per thousand files, and the
status once more after the month's file and staff rows were copied K times inside the database
with SQL (``--scale``, default 10: 50,000 staff from 5,000 real files; the copies get new
SHA-256s, NIPs and unit names, not their signers or bytes, which the status never reads).
``--only status`` ingests once (2 workers) only to fill the database and measures the status
figures alone (no ingest rates, no sizes), plus the scaled status with every person listed.

Prints one table like the main bench. Exits 1 only when the benchmark fails (a crash, the
server not starting, an ingest or a status that does not find what the agency sent), never
because a target is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from bench import archive_agency as agency
from bench.runner import BenchFailure
from bench.table import Row

TABLES = ("archive_file", "archive_signer", "archive_blob", "archive_staff", "archive_trusted_cert")
MB = 1024 * 1024


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench archive", description=__doc__.split("\n\n")[1])
    p.add_argument("--quick", action="store_true", help="60 staff in 3 units, 3 repetitions (CI)")
    p.add_argument("--staff", type=int, help="staff in the agency (default 5,000, quick 60)")
    p.add_argument("--units", type=int, help="units they work in (default 100, quick 3)")
    p.add_argument("--scale", type=int, default=10, help="copies of the month's rows for the big status (default 10)")
    p.add_argument("--reps", type=int, help="repetitions of the status query (default 5, quick 3)")
    p.add_argument("--cache", type=Path, default=None, help="where the signed files are kept")
    p.add_argument("--rebuild", action="store_true", help="make the signed files again")
    p.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    p.add_argument("--only", choices=("status",), help="status: one ingest to fill the database, then the status figures")
    return p.parse_args(argv)


def info(key: str, figure: str, value: float, unit: str) -> Row:
    return Row(key, figure, value, unit, target="-")


def at_least(key: str, figure: str, value: float, unit: str, limit: float) -> Row:
    return Row(key, figure, value, unit, target=f">= {limit:g} {unit}", met=value >= limit)


def under(key: str, figure: str, value: float, unit: str, limit: float) -> Row:
    return Row(key, figure, value, unit, target=f"< {limit:g} {unit}", met=value < limit)


def main(argv: list[str]) -> int:
    args = parse(argv)
    from bench.data import DEFAULT_CACHE
    from bench.table import render, write_json

    base = agency.QUICK if args.quick else agency.FULL
    size = agency.Size(args.staff or base.staff, args.units or base.units)
    reps = args.reps or (3 if args.quick else 5)
    folder = agency.cache_folder(args.cache or DEFAULT_CACHE, args.quick)
    if size != base:
        folder = folder.with_name(f"{folder.name}-{size.staff}-{size.units}")
    started = time.perf_counter()
    try:
        if args.rebuild and folder.exists():
            import shutil

            shutil.rmtree(folder)
        people = agency.build(folder, size, workers=agency.cpu_count(), log=lambda line: print(line, flush=True))
        rows, meta = measure(folder, people, reps, max(1, args.scale), args.only == "status")
    except BenchFailure as exc:
        print(f"bench archive: FAILED: {exc}", file=sys.stderr)
        return 1
    print()
    print(f"{'quick' if args.quick else 'full'} archive run: {meta['staff']:,} staff in {size.units} units, "
          f"{meta['files']:,} files ({meta['kinds']}); status median of {reps}; "
          f"{meta['scaled_staff']:,} staff for the scaled status are SQL copies of the month's rows")  # fmt: skip
    print(render(rows, {}))
    missed = [r.figure for r in rows if r.met is False]
    print(f"\n{len(rows)} figures, {len(missed)} target(s) missed; {time.perf_counter() - started:.0f} s")
    if args.json:
        meta.update(mode="quick" if args.quick else "full", reps=reps, python=platform.python_version(),
                    when=datetime.now().isoformat(timespec="seconds"), machine=platform.platform(),
                    cpus=os.cpu_count())  # fmt: skip
        write_json(args.json, rows, meta)
    return 0


def measure(folder: Path, people: list[agency.Member], reps: int, scale: int,
            status_only: bool = False) -> tuple[list[Row], dict]:  # fmt: skip
    from bench import archive_pg

    kinds = Counter(m.kind for m in people)
    expected = {"stored": kinds[agency.VALID] + kinds[agency.MISSING],
                "rejected": kinds[agency.FORGED] + kinds[agency.CHANGED]}  # fmt: skip
    files = folder / "berkas"
    total = len(people)
    certificates = agency.staff_certificates(folder, people)
    rows: list[Row] = []
    with archive_pg.server() as pg:
        for workers in (2,) if status_only else (1, 2):
            url = pg.fresh_database(f"arsip_bench_{workers}")
            with _open(url, schema=False) as archive:
                archive.init()
                began = time.perf_counter()
                for der in certificates:
                    archive.trust.add(der)
                trust_s = time.perf_counter() - began
                seconds = _ingest(archive, files, workers, total, expected)
            figure, rate = f"ingest, {workers} worker{'s' if workers > 1 else ''}", total / seconds
            if not status_only:
                rows.append(at_least("ingest_2", figure, rate, "files/s", 100) if workers == 2
                            else info("ingest_1", figure, rate, "files/s"))  # fmt: skip
        if not status_only:
            rows.insert(0, info("trust", f"trust {len(certificates):,} staff certificates (one add each)",
                                trust_s * 1000, "ms"))  # fmt: skip
        with _open(url) as archive:
            if not status_only:
                again = _ingest(archive, files, 2, total, {"already": total})
                rows.append(info("reingest_2", "ingest again, all already stored, 2 workers", total / again,
                                 "files/s"))  # fmt: skip
            status_ms = _status(archive, reps, kinds, 1)
            rows.append(under("status", f"month's status, {total:,} staff", status_ms, "ms", 1000))
            if not status_only:
                rows += _sizes(pg, url, total)
            _copy_rows(pg, url, scale)
            big_ms = _status(archive, reps, kinds, scale)
            rows.append(under("status_scaled", f"month's status, {total * scale:,} staff (copied rows)",
                              big_ms, "ms", 1000))  # fmt: skip
            if status_only:
                rows.append(info("status_listed", f"  the same, every one of the {total * scale:,} listed "
                                 "(as the text, --json and --xlsx do)", _listing(archive, reps), "ms"))  # fmt: skip
            unit = people[0].unit
            unit_ms, listed = _unit_status(archive, reps, unit)
            rows.append(under("status_unit", f"  the same, --unit '{unit}': {listed:,} staff", unit_ms, "ms",
                              1000))  # fmt: skip
    kinds_text = ", ".join(f"{count:,} {kind}" for kind, count in sorted(kinds.items()))
    meta = {"staff": total, "files": total, "kinds": kinds_text, "scaled_staff": total * scale,
            "month": f"{agency.MONTH[0]:04d}-{agency.MONTH[1]:02d}"}  # fmt: skip
    return rows, meta


def _open(url: str, schema: bool = True):  # noqa: ANN202 - archive.service.Archive
    from absensi_app.archive.database import ArchiveAddress
    from absensi_app.archive.service import Archive

    return Archive.open(ArchiveAddress.of(url), require_schema=schema)


def _ingest(archive, files: Path, workers: int, total: int, expected: dict[str, int]) -> float:  # noqa: ANN001
    """Seconds to ingest the folder; fails unless every outcome is as the agency sent them."""
    shown = [0.0]

    def progress(done: int, count: int, _path: str) -> None:
        if time.perf_counter() - shown[0] > 15 or done == count:
            shown[0] = time.perf_counter()
            print(f"  ingest, {workers} worker(s): {done:,}/{count:,}", flush=True)

    began = time.perf_counter()
    summary = archive.ingest([files], workers=workers, progress=progress)
    seconds = time.perf_counter() - began
    got = {"stored": summary.stored, "rejected": summary.rejected, "already": summary.already,
           "failed": summary.failed}  # fmt: skip
    wanted = {"stored": 0, "rejected": 0, "already": 0, "failed": 0, **expected}
    if got != wanted or len(summary.results) != total:
        reasons = Counter(r.reason for r in summary.results if r.reason)
        raise BenchFailure(f"ingest with {workers} worker(s) found {got}, the agency sent {wanted}: "
                           f"{reasons.most_common(3)}")  # fmt: skip
    return seconds


def _status(archive, reps: int, kinds: Counter, copies: int) -> float:  # noqa: ANN001
    """The month's status (milliseconds, median of ``reps`` after one untimed call); fails
    unless it lists every missing member and every forged or changed file."""
    month = f"{agency.MONTH[0]:04d}-{agency.MONTH[1]:02d}"
    archive.status(month)
    times = []
    for _ in range(reps):
        began = time.perf_counter()
        status = archive.status(month)
        times.append((time.perf_counter() - began) * 1000)
    # a changed file names no month (its signed data is not read), and its sender, who has no
    # valid file, is not known staff: it is listed among the unplaced files (at most 500)
    got = (len(status.people), len(status.missing), len(status.problem_files), len(status.unplaced))
    wanted = ((sum(kinds.values()) - kinds[agency.CHANGED]) * copies, kinds[agency.MISSING] * copies,
              kinds[agency.FORGED] * copies, min(500, kinds[agency.CHANGED] * copies))  # fmt: skip
    if got != wanted:
        raise BenchFailure(f"the status of {month} lists (people, missing, problem files, unplaced files) "
                           f"{got}; the agency sent {wanted}")  # fmt: skip
    return statistics.median(times)


def _listing(archive, reps: int) -> float:  # noqa: ANN001
    """The month's status with every person made (milliseconds, median): what a whole listing costs."""
    month = f"{agency.MONTH[0]:04d}-{agency.MONTH[1]:02d}"
    times = []
    for _ in range(reps):
        began = time.perf_counter()
        len(archive.status(month).people)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _unit_status(archive, reps: int, unit: str) -> tuple[float, int]:  # noqa: ANN001
    """The month's status of the units whose name contains ``unit`` (``--unit``): milliseconds
    (median) and how many people it lists."""
    month = f"{agency.MONTH[0]:04d}-{agency.MONTH[1]:02d}"
    times, listed = [], 0
    for _ in range(reps):
        began = time.perf_counter()
        listed = len(archive.status(month, unit).people)
        times.append((time.perf_counter() - began) * 1000)
    if not listed:
        raise BenchFailure(f"the status of {month} for the units '{unit}' lists nobody")
    return statistics.median(times), listed


def _sizes(pg, url: str, files: int) -> list[Row]:  # noqa: ANN001
    database = url.rsplit("/", 1)[1]
    pg.sql("VACUUM ANALYZE", database)
    sizes = dict(pg.sql(f"SELECT relname::text, pg_total_relation_size(oid) FROM pg_class "
                        f"WHERE relname IN {TABLES!r}", database))  # fmt: skip
    whole = pg.sql("SELECT pg_database_size(current_database())", database)[0][0]
    empty = pg.sql("SELECT pg_database_size('template1')")[0][0]
    per = 1000 / files / MB
    tables = sum(sizes.values())
    blob = sizes.get("archive_blob", 0)
    return [
        info("db_per_1000", "database size per 1,000 files (pg_database_size, less an empty one)",
             (whole - empty) * per, "MB"),  # fmt: skip
        info("tables_per_1000", "archive tables per 1,000 files (pg_total_relation_size)", tables * per, "MB"),
        info("rows_per_1000", "  of which rows and indexes (all but archive_blob)", (tables - blob) * per, "MB"),
    ]


def _copy_rows(pg, url: str, scale: int) -> None:  # noqa: ANN001
    """The month's files and the staff copied ``scale - 1`` times inside the database: each copy
    another person (NIP ``<nip>-<n>``) in another unit (``<unit> (salinan <n>)``), new SHA-256."""
    if scale <= 1:
        return
    from absensi_app.archive.models import ArchiveFile, ArchiveStaff

    database = url.rsplit("/", 1)[1]
    changed = {
        "sha256": "encode(sha256(convert_to(f.sha256 || ':' || g.n, 'UTF8')), 'hex')",
        "employee_nip": "f.employee_nip || '-' || g.n",
        "signer_nip": "f.signer_nip || '-' || g.n",
        "unit": "f.unit || ' (salinan ' || g.n || ')'",
        "nip": "f.nip || '-' || g.n",
    }
    for model in (ArchiveFile, ArchiveStaff):
        columns = [c.name for c in model.__table__.columns if c.name != "id"]
        values = ", ".join(changed.get(c, f"f.{c}") for c in columns)
        pg.sql(f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) SELECT {values} "
               f"FROM {model.__tablename__} f CROSS JOIN generate_series(1, {scale - 1}) AS g(n)", database)  # fmt: skip
    pg.sql("VACUUM ANALYZE", database)
