"""The archive benchmark's agency: staff in units, and their month as real signed files.

``plan(size)`` names everyone (deterministic: the same size gives the same people): N staff in
U units, each with a valid 18-digit NIP, and a few percent of them *forged* (their month signed
by an impostor's key in their name and NIP), *changed* (their own signed file with one signed
byte flipped afterwards) or *missing* (no file for the month; they sent the month before, so
the archive knows them and lists them as not sent). Everyone else sent a valid file.

``build(folder, size)`` makes the files into ``folder/berkas/<unit>/`` with worker processes,
and keeps every staff member's key in ``folder/kunci/<nip>/`` (made once). Each worker opens
one real data folder with the demo month filled in (``services.demo``) and, per staff member,
saves their profile, builds the month's report through ``ReportService`` and signs it with the
export's own signing step (``ExportService._sign``: the same PAdES signature, JSON attachment
and stamp as ``absensi export``), with that member's key. Only the month's lock is skipped
(one data folder signs for many people). A file or key already there is kept: a second run
makes nothing new, and an interrupted one resumes.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

MONTH = (2026, 11)  # the month every file is for (over, so a missing file is owed)
EARLIER = (2026, 10)  # the month the missing staff sent instead
CLOCK = datetime(2026, 11, 30, 16, 0)  # the data folders' clock while the files are made
PASSPHRASE = "frasa sandi bench arsip"
AGENCY = "Pemerintah Kabupaten Contoh"
VALID, FORGED, CHANGED, MISSING = "sah", "palsu", "diubah", "tidak-mengirim"
SHARE = {FORGED: 0.02, CHANGED: 0.02, MISSING: 0.03}  # of the staff; the rest send a valid file

_FIRST = ("Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko", "Kartika",
          "Lestari", "Made", "Nur", "Putri", "Rahmat", "Sari", "Taufik", "Utami", "Wahyu", "Yusuf", "Zahra")  # fmt: skip
_LAST = ("Pratama", "Wijaya", "Saputra", "Lestari", "Hidayat", "Kusuma", "Santoso", "Nugroho", "Rahayu",
         "Setiawan", "Handayani", "Siregar", "Nasution", "Simanjuntak", "Hartono", "Wulandari")  # fmt: skip
_TITLES = ("S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.T.", "M.Si.", "S.Ak.", "A.Md.")
_KINDS = ("Bidang", "Bagian", "Seksi", "Subbagian", "UPT")
_TOPICS = ("Perencanaan", "Keuangan", "Kepegawaian", "Aplikasi Informatika", "Statistik", "Persandian",
           "Umum", "Pelayanan Publik", "Pengawasan", "Infrastruktur", "Pendidikan", "Kesehatan",
           "Pertanian", "Perdagangan", "Pariwisata", "Lingkungan Hidup", "Perhubungan", "Sosial",
           "Kependudukan", "Perizinan")  # fmt: skip
_RANKS = ("Penata Muda, III/a", "Penata Muda Tk. I, III/b", "Penata, III/c", "Penata Tk. I, III/d")


@dataclass(frozen=True)
class Size:
    staff: int
    units: int


FULL, QUICK = Size(5000, 100), Size(60, 3)


@dataclass(frozen=True)
class Member:
    nip: str
    name: str
    unit: str
    kind: str  # VALID, FORGED, CHANGED or MISSING
    file: str  # the file's path under berkas/

    def month(self) -> tuple[int, int]:
        return EARLIER if self.kind == MISSING else MONTH


def _nip(rng: random.Random, taken: set[str]) -> str:
    while True:
        born = date(rng.randint(1970, 1999), rng.randint(1, 12), rng.randint(1, 28))
        tmt = (born.year + rng.randint(22, 26), rng.randint(1, 12))
        nip = f"{born:%Y%m%d}{tmt[0]:04d}{tmt[1]:02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
        if nip not in taken:
            taken.add(nip)
            return nip


def unit_names(count: int) -> list[str]:
    names = [f"{k} {t}" for t in _TOPICS for k in _KINDS]
    return [names[i % len(names)] + (f" {i // len(names) + 1}" if i >= len(names) else "") for i in range(count)]


def plan(size: Size, seed: int = 15) -> list[Member]:
    """Everyone of the agency, in units of about equal size, with their kind of file."""
    rng = random.Random(seed)
    units, taken, people = unit_names(size.units), set(), []
    kinds = [k for k, share in SHARE.items() for _ in range(max(1, round(size.staff * share)))]
    kinds += [VALID] * (size.staff - len(kinds))
    rng.shuffle(kinds)
    for i, kind in enumerate(kinds):
        unit = units[i % size.units]
        nip = _nip(rng, taken)
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}, {rng.choice(_TITLES)}"
        year, month = EARLIER if kind == MISSING else MONTH
        slug = f"unit-{units.index(unit) + 1:03d}/{nip}-{year:04d}-{month:02d}{'-x' if kind != VALID else ''}.pdf"
        people.append(Member(nip, name, unit, kind, slug))
    return people


# ---- making the files (in worker processes) --------------------------------------------------------
_context = None  # the worker's data folder (services.context.AppContext)


def _start() -> None:
    global _context
    import logging

    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import open_context
    from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    folder = Path(tempfile.mkdtemp(prefix="absensi-bench-arsip-"))
    _context = open_context(AppPaths(folder), Clock(CLOCK))
    _context.profile.save(SAMPLE_PROFILE)
    for year, month in (EARLIER, MONTH):
        fill_demo_month(_context.worklog, year, month, CLOCK.date(), _context.skp)


def _material(keys_dir: Path, name: str, nip: str):  # noqa: ANN202 - signing.keys.KeyMaterial
    """The key of ``keys_dir``, made first when missing. The bench's keys use a cheap scrypt
    cost (their files say so, and unlocking reads it from there): a user's key is never made here."""
    from absensi_app.signing import keys

    if not keys.has_identity(keys_dir):
        keys.SCRYPT_N = 2**10
        keys.create_identity(keys_dir, name, nip, AGENCY, PASSPHRASE, datetime.now())
    return keys.unlock(keys_dir, PASSPHRASE)


def _flip_signed_byte(data: bytes) -> bytes:
    """One byte changed inside what the signature covers (the first signed range's middle)."""
    start = data.rindex(b"/ByteRange")
    first_length = int(data[start:start + 80].split(b"[", 1)[1].split()[1])
    pos = first_length // 2
    return data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1:]


def _make(member: Member, root: str) -> None:
    from dataclasses import replace

    from absensi_app.domain.report import canonical_bytes, report_to_json
    from absensi_app.reports.pdf import render_month_pdf
    from absensi_app.services.demo import SAMPLE_PROFILE
    from absensi_app.services.files import write_atomically

    ctx = _context
    assert ctx is not None, "the pool's initializer opens the data folder"
    target = Path(root) / "berkas" / member.file
    if target.exists():
        return
    keys_root = Path(root) / "kunci"
    material = _material(keys_root / member.nip, member.name, member.nip)
    if member.kind == FORGED:  # an impostor's own key, in the member's name and NIP
        material = _material(keys_root / f"palsu-{member.nip}", member.name, member.nip)
    ctx.profile.save(replace(SAMPLE_PROFILE, name=member.name, nip=member.nip, unit=member.unit, agency=AGENCY,
                             rank=_RANKS[int(member.nip[-1]) % len(_RANKS)]))  # fmt: skip
    year, month = member.month()
    report = ctx.reports.build(year, month, 1, True, ctx.history.head())
    rendered = render_month_pdf(report)
    data = ctx.export._sign(rendered, canonical_bytes(report_to_json(report)), report, material)
    if member.kind == CHANGED:
        data = _flip_signed_byte(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data, what="Ringkasan")


def _make_chunk(members: list[Member], root: str) -> int:
    for member in members:
        _make(member, root)
    return len(members)


def build(folder: Path, size: Size, workers: int = 2, log=print) -> list[Member]:  # noqa: ANN001
    """Every file of ``plan(size)`` under ``folder/berkas`` (made where missing), and the plan
    written to ``folder/agency.json``; returns the plan."""
    import time

    people = plan(size)
    folder.mkdir(parents=True, exist_ok=True)
    todo = [m for m in people if not (folder / "berkas" / m.file).exists()]
    if todo:
        started = time.perf_counter()
        log(f"making {len(todo):,} signed files in {folder} with {workers} worker(s) ...")
        chunks = [todo[i : i + 25] for i in range(0, len(todo), 25)]
        import multiprocessing

        with ProcessPoolExecutor(max(1, min(workers, len(chunks))), mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_start) as pool:  # fmt: skip
            done = 0
            for count in pool.map(_make_chunk, chunks, [str(folder)] * len(chunks)):
                done += count
                if done % 500 < 25 or done == len(todo):
                    log(f"  {done:,}/{len(todo):,} files, {time.perf_counter() - started:.0f} s")
    (folder / "agency.json").write_text(json.dumps([asdict(m) for m in people], ensure_ascii=False))
    return people


def staff_certificates(folder: Path, people: list[Member]) -> list[bytes]:
    """The certificates the archive trusts: every member's own (never an impostor's)."""
    from absensi_app.signing.keys import load_certificate_pem

    return [load_certificate_pem(folder / "kunci" / m.nip) for m in people]


def cache_folder(cache: Path, quick: bool) -> Path:
    return cache / f"archive-v1-{'quick' if quick else 'full'}"


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
