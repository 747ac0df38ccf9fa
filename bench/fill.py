"""Rows for the benchmark's data folders: years of work log, bulk-inserted, and one busy month
entered through the services (so it can be exported and signed like a user's)."""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from absensi_app.domain.hours import days_between
from absensi_app.domain.model import DayStatus, EntryDraft, Evidence, LeaveKind, Location
from absensi_app.services.context import AppContext
from absensi_app.services.demo import SAMPLE_PLAN

TASKS = (
    ("Menyusun laporan capaian kinerja bulanan bidang", "laporan"),
    ("Memverifikasi dokumen usulan kegiatan dari seksi", "dokumen"),
    ("Menyiapkan bahan paparan rapat pimpinan", "dokumen"),
    ("Menganalisis data realisasi anggaran triwulan", "laporan"),
    ("Mengolah data kepegawaian unit kerja", "data"),
    ("Menyusun notula rapat koordinasi", "naskah"),
    ("Menindaklanjuti disposisi surat masuk", "naskah"),
    ("Menyusun telaahan staf untuk pimpinan", "dokumen"),
    ("Memperbarui basis data aset bidang", "data"),
    ("Mengikuti rapat koordinasi lintas sektor", "kegiatan"),
    ("Mendampingi monitoring dan evaluasi program ke lapangan", "kegiatan"),
    ("Mereviu rancangan keputusan kepala dinas", "naskah"),
)
PLACES = (Location.KANTOR,) * 12 + (
    Location.RUMAH,
    Location.RUMAH,
    Location.KANTOR_LAIN,
    Location.LOKASI_LAIN,
)
DAY_MINUTES = 450  # 07:30-16:00 with an hour's break

_SAMPLE_TEXT = (
    "menyusun laporan capaian kinerja bulanan bidang perencanaan dengan memverifikasi "
    "data realisasi anggaran dari setiap seksi, mengolah lampiran, mengoreksi format "
    "tabel, menyelaraskan indikator kinerja dengan dokumen rencana strategis, "
    "berkoordinasi dengan bendahara pengeluaran, mencatat tindak lanjut rapat pimpinan, "
    "dan mengunggah dokumen pendukung ke aplikasi perencanaan daerah sebelum batas waktu "
    "yang ditetapkan"
)
WORDS = _SAMPLE_TEXT.split()


def working_days_back(ctx: AppContext, last: date, count: int) -> list[date]:
    """The ``count`` Monday-Friday non-holidays up to ``last`` (``last`` itself always
    included, even on a weekend, so "today" has entries to show), oldest first."""
    first = last - timedelta(days=count * 7 // 5 + 400)
    holidays = ctx.calendar.holidays_between(first, last)
    days = [d for d in days_between(first, last) if d.weekday() < 5 and d not in holidays]
    if not days or days[-1] != last:
        days.append(last)
    return days[-count:]


def _plans(ctx: AppContext, years: range) -> dict[int, list[tuple[int, list[int]]]]:
    """One SKP plan a year: year -> [(rhk id, [action ids])]."""
    out = {}
    for year in years:
        plan = ctx.skp.import_plan(SAMPLE_PLAN, year=year)
        out[year] = [(r.id, [a.id for a in r.actions]) for r in plan.rhk]
    return out


def _evidence_files(ctx: AppContext, count: int) -> list[Evidence]:
    """A few small evidence files really stored in the data folder, referenced many times."""
    from absensi_app.services.evidence import store_evidence_file

    stored = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(count):
            source = Path(tmp) / f"bukti-{n:02d}.pdf"
            source.write_bytes(b"%PDF-1.4\n% bukti dukung bench " + str(n).encode() * 200)
            stored.append(store_evidence_file(source, ctx.paths.evidence_dir))
    return stored


def fill_years(ctx: AppContext, last: date, workdays: int, per_day: tuple[int, int], seed: int = 2026) -> dict:
    """``workdays`` working days up to ``last`` with ``per_day`` (low, high) entries each,
    a few days of leave, sickness and travel, RHK and Rencana Aksi links and evidence
    references, bulk-inserted. Returns the counts."""
    from sqlalchemy import insert

    from absensi_app.store.models import DayStatusRow, EntryRow

    rng = random.Random(seed)
    days = working_days_back(ctx, last, workdays)
    plans = _plans(ctx, range(days[0].year, last.year + 1))
    files = _evidence_files(ctx, 20)
    stamp = datetime.combine(last, datetime.min.time()).replace(hour=17)
    rows: list[dict] = []
    statuses: list[dict] = []
    for day in days:
        roll = rng.random() if day != last else 1.0
        place = None
        if roll < 0.03:
            kind = rng.choice((DayStatus.CUTI, DayStatus.CUTI, DayStatus.SAKIT, DayStatus.IZIN))
            leave = LeaveKind.TAHUNAN.value if kind is DayStatus.CUTI else None
            statuses.append({"day": day, "status": kind.value, "leave_kind": leave, "note": "", "updated_at": stamp})
            continue
        if roll < 0.05:
            statuses.append({"day": day, "status": DayStatus.DINAS_LUAR.value, "leave_kind": None,
                             "note": f"Surat tugas 090/{rng.randint(100, 999)}", "updated_at": stamp})  # fmt: skip
            place = Location.DINAS_LUAR
        rows.extend(_day_rows(rng, day, rng.randint(*per_day), place, plans[day.year], files, stamp))
    with ctx.sessions.begin() as s:
        for chunk in range(0, len(rows), 5000):
            s.execute(insert(EntryRow), rows[chunk : chunk + 5000])
        if statuses:
            s.execute(insert(DayStatusRow), statuses)
    return {"entries": len(rows), "statuses": len(statuses), "days": len(days), "first": days[0].isoformat()}


def _day_rows(rng: random.Random, day: date, count: int, place: Location | None,
              plan: list[tuple[int, list[int]]], files: list[Evidence], stamp: datetime) -> list[dict]:  # fmt: skip
    """``count`` entries filling one working day; about one in ten has a duration only."""
    day_place = place or rng.choice(PLACES)
    start = datetime.combine(day, datetime.min.time()).replace(hour=7, minute=30)
    base = DAY_MINUTES // count
    rows = []
    for slot in range(count):
        if start.hour == 12:
            start += timedelta(hours=1)
        minutes = max(5, base + rng.randint(-3, 3))
        end = start + timedelta(minutes=minutes)
        timed = rng.random() > 0.1 and end.hour < 23
        text, unit = rng.choice(TASKS)
        qty = rng.choice((None, None, 1, 1, 2, 3))
        rhk_id = action_id = None
        if rng.random() < 0.6:
            rhk_id, actions = rng.choice(plan)
            if actions and rng.random() < 0.5:
                action_id = rng.choice(actions)
        evidence = rng.choice(files) if rng.random() < 0.03 else None
        link = f"https://drive.example.go.id/bukti/{day:%Y%m%d}-{slot}" if rng.random() < 0.1 else None
        rows.append(
            {
                "day": day,
                "start_time": start.time() if timed else None,
                "end_time": end.time() if timed else None,
                "minutes": minutes,
                "location": (place or (day_place if rng.random() < 0.85 else rng.choice(PLACES))).value,
                "description": f"{text} ({rng.randint(1, 40)})" if rng.random() < 0.3 else text,
                "quantity": qty,
                "unit": unit if qty else None,
                "evidence_file": evidence.file_name if evidence else None,
                "evidence_sha256": evidence.sha256 if evidence else None,
                "evidence_link": link,
                "rhk_id": rhk_id,
                "action_id": action_id,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        if timed:
            start = end
    return rows


def fill_busy_month(ctx: AppContext, year: int, month: int, per_day: int = 10, seed: int = 2026) -> int:
    """``per_day`` entries on each working day of a month, through the services: descriptions
    from a few words up to about 600 characters, some with evidence links, a day of travel
    and a day of leave. Returns the number of entries (200 for a month of 20 working days)."""
    rng = random.Random(seed)
    plan = ctx.skp.import_plan(SAMPLE_PLAN, year=year)
    rhk_ids = [r.id for r in plan.rhk]
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    holidays = ctx.calendar.holidays_between(first, last)
    workdays = [d for d in days_between(first, last) if d.weekday() < 5 and d not in holidays][:20]
    ctx.worklog.set_status(workdays[3], DayStatus.DINAS_LUAR, None, "Surat tugas 090/123")
    ctx.worklog.set_status(workdays[-3], DayStatus.CUTI, LeaveKind.TAHUNAN, "")
    drafts: list[EntryDraft] = []
    for day in workdays:
        start = datetime.combine(day, datetime.min.time()).replace(hour=7)
        for slot in range(per_day):
            n = len(drafts) + 1
            length = rng.choice((4, 8, 12, 20, 40, 80))
            text = f"Kegiatan {n:03d}: " + " ".join(rng.choice(WORDS) for _ in range(length))
            end = start + timedelta(minutes=45)
            timed = slot % 7 != 6
            quantity = rng.choice((None, 1, 2))
            drafts.append(
                EntryDraft(
                    day=day,
                    location=rng.choice((Location.KANTOR,) * 5 + (Location.RUMAH, Location.KANTOR_LAIN)),
                    description=text,
                    start=start.time() if timed else None,
                    end=end.time() if timed else None,
                    minutes=None if timed else 30,
                    quantity=quantity,
                    unit="dokumen" if quantity else None,
                    evidence=Evidence(link=f"https://drive.example.go.id/bukti/{n:03d}") if n % 4 == 0 else Evidence(),
                    rhk_id=rng.choice(rhk_ids + [None]),
                )
            )
            start = end
    ctx.worklog.add_many(drafts)
    return len(drafts)
