"""The benchmark's data folders, built once and cached.

``heavy`` (about ten years, 20-28 entries a working day) and ``typical`` (4-8 a day) are
bulk-inserted; ``busy`` is one month of 200 entries and a signing key, entered through the
services; ``office`` is a supervisor's folder plus an inbox of signed summaries from a team.
Folders live under ``<cache>/<key>/`` where the key names the data version, the mode and
today's date (the data ends today, so the window opens on a day full of entries); other keys
are removed when a new one is built."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

DATA_VERSION = 1
PASSPHRASE = "frasa sandi bench"
DEFAULT_CACHE = Path.home() / ".cache" / "absensi-bench"


@dataclass(frozen=True)
class Sizes:
    """How much data each folder holds."""

    workdays: int  # heavy and typical
    heavy_per_day: tuple[int, int]
    typical_per_day: tuple[int, int]
    staff: int  # office: people x months signed summaries
    months: int


FULL = Sizes(workdays=2600, heavy_per_day=(20, 28), typical_per_day=(4, 8), staff=10, months=20)
QUICK = Sizes(workdays=40, heavy_per_day=(6, 10), typical_per_day=(2, 4), staff=1, months=3)


@dataclass(frozen=True)
class Folders:
    heavy: Path
    typical: Path
    busy: Path  # the data folder with the busy month and a key
    busy_month: str  # YYYY-MM
    boss: Path  # the supervisor's data folder (trusts the staff)
    inbox: Path  # the staff's signed summaries
    recap_from: str
    recap_to: str
    counts: dict


def previous_month(day: date, back: int = 1) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - back
    return index // 12, index % 12 + 1


def prepare(cache: Path, quick: bool, rebuild: bool, log=print) -> Folders:  # noqa: ANN001
    """Every folder, built if missing (or always with ``rebuild``)."""
    sizes = QUICK if quick else FULL
    today = date.today()
    key = f"v{DATA_VERSION}-{'quick' if quick else 'full'}-{today.isoformat()}"
    root = cache / key
    if cache.is_dir():
        for old in cache.iterdir():
            if old.is_dir() and old.name.startswith("v") and not old.name.endswith(today.isoformat()):
                shutil.rmtree(old, ignore_errors=True)
    if rebuild and root.exists():
        shutil.rmtree(root)
    counts: dict = {}
    for name, build in (
        ("heavy", lambda d: _years(d, today, sizes.workdays, sizes.heavy_per_day)),
        ("typical", lambda d: _years(d, today, sizes.workdays, sizes.typical_per_day, seed=7)),
        ("busy", lambda d: _busy(d, today)),
        ("office", lambda d: _office(d, today, sizes.staff, sizes.months)),
    ):
        counts[name] = _cached(root / name, build, log)
    y, m = previous_month(today)
    fy, fm = previous_month(today, sizes.months)
    for name in ("heavy/data", "typical/data", "busy/data", "office/boss"):
        _settle(root / name)
    return Folders(
        heavy=root / "heavy" / "data",
        typical=root / "typical" / "data",
        busy=root / "busy" / "data",
        busy_month=f"{y:04d}-{m:02d}",
        boss=root / "office" / "boss",
        inbox=root / "office" / "masuk",
        recap_from=f"{fy:04d}-{fm:02d}",
        recap_to=f"{y:04d}-{m:02d}",
        counts=counts,
    )


def _cached(folder: Path, build, log) -> dict:  # noqa: ANN001
    """``build(tmp)`` into a temporary sibling, renamed when complete; its counts are kept."""
    import json

    done = folder / "bench-counts.json"
    if done.exists():
        return json.loads(done.read_text())
    log(f"building {folder.name} data in {folder} ...")
    started = datetime.now()
    tmp = folder.with_name(folder.name + ".building")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    tmp.mkdir(parents=True)
    counts = build(tmp)
    counts["build_s"] = round((datetime.now() - started).total_seconds(), 1)
    (tmp / "bench-counts.json").write_text(json.dumps(counts))
    tmp.rename(folder)
    log(f"  {folder.name}: {counts}")
    return counts


def _settle(folder: Path) -> None:
    """Open and close a folder once, untimed: a cached folder is migrated to the newest schema
    and gets the day's backup here, not inside the first measured run."""
    from absensi_app.config import AppPaths
    from absensi_app.services.context import open_context

    _close(open_context(AppPaths(folder)))


def _context(folder: Path, profile=None):  # noqa: ANN001, ANN202
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import open_context
    from absensi_app.services.demo import SAMPLE_PROFILE

    ctx = open_context(AppPaths(folder), Clock())
    ctx.profile.save(profile or SAMPLE_PROFILE)
    return ctx


def _close(ctx) -> None:  # noqa: ANN001
    """Close the context and its log handlers (the folder is renamed afterwards)."""
    import logging

    ctx.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(ctx.paths.data_dir) in str(getattr(handler, "baseFilename", "")):
            root.removeHandler(handler)
            handler.close()


def _years(folder: Path, today: date, workdays: int, per_day: tuple[int, int], seed: int = 2026) -> dict:
    from bench.fill import fill_years

    ctx = _context(folder / "data")
    try:
        counts = fill_years(ctx, today, workdays, per_day, seed)
    finally:
        _close(ctx)
    return counts


def _key(ctx) -> None:  # noqa: ANN001
    from absensi_app.signing.keys import create_identity

    p = ctx.profile.get()
    create_identity(ctx.paths.keys_dir, p.name, p.nip, p.agency, PASSPHRASE, datetime.now())


def _busy(folder: Path, today: date) -> dict:
    from bench.fill import fill_busy_month

    ctx = _context(folder / "data")
    try:
        entries = fill_busy_month(ctx, *previous_month(today))
        _key(ctx)
    finally:
        _close(ctx)
    return {"entries": entries}


def staff_profiles(count: int) -> list:
    from absensi_app.services.demo import SAMPLE_PROFILE

    people = []
    for i in range(count):
        nip = f"{1985 + i}{i % 9 + 1:02d}{10 + i:02d}2015031{i + 1:03d}"
        people.append(replace(SAMPLE_PROFILE, name=f"Pegawai Bench {i + 1:02d}", nip=nip))
    return people


def _office(folder: Path, today: date, staff: int, months: int) -> dict:
    """``staff`` people each exporting ``months`` signed summaries into one inbox, and a
    supervisor's folder that trusts all of them."""
    from absensi_app.domain.model import Profile
    from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month

    inbox = folder / "masuk"
    inbox.mkdir()
    boss_profile = Profile(
        name=SAMPLE_PROFILE.supervisor_name, nip=SAMPLE_PROFILE.supervisor_nip, rank="Pembina, IV/a",
        position="Kepala Bagian Perencanaan", unit=SAMPLE_PROFILE.unit, agency=SAMPLE_PROFILE.agency,
        supervisor_name="Ir. Hartono, M.T.", supervisor_nip="196801011990031002",
    )  # fmt: skip
    boss = _context(folder / "boss", boss_profile)
    files = 0
    try:
        for n, person in enumerate(staff_profiles(staff)):
            ctx = _context(folder / f"pegawai-{n + 1:02d}", person)
            try:
                _key(ctx)
                boss.trust.add(ctx.keys.certificate_der())
                for back in range(months, 0, -1):
                    y, m = previous_month(today, back)
                    last = (date(y, m, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    fill_demo_month(ctx.worklog, y, m, last, ctx.skp)
                    ctx.export.export_pdf(y, m, inbox / f"pegawai-{n + 1:02d}-{y:04d}-{m:02d}.pdf", PASSPHRASE)
                    files += 1
            finally:
                _close(ctx)
            shutil.rmtree(folder / f"pegawai-{n + 1:02d}")
    finally:
        _close(boss)
    return {"files": files, "staff": staff}


def copy_folder(source: Path, target: Path) -> Path:
    """A throw-away copy of a data folder (for the commands that write)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def day_view_first(data_dir: Path) -> Path:
    """The folder without the window's remembered state (``tampilan.ini``): every measured start
    opens on the day view at the default size, as a user whose last view was the day. (The heavy
    run ends on the progress view, and the window remembers it: the next start would open there
    and compute the month's progress before today's entries.)"""
    (data_dir / "tampilan.ini").unlink(missing_ok=True)
    return data_dir


def database_bytes(data_dir: Path) -> int:
    """The database file with its write-ahead log, as it stands on disk."""
    from absensi_app.config import AppPaths

    db = AppPaths(data_dir).database
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
