"""Time the monthly PDF of a busy month.

Builds a throw-away data folder with the sample profile and SKP plan and a busy November 2026
(10 entries on each of its 20 working days up to the 27th: 200 entries, descriptions from a few
words up to about 600 characters, some with evidence links, a few leave and travel days),
builds the MonthReport once and prints the median time of ``render_month_pdf`` over RUNS runs
(default 5), after one warm-up run (font loading). Usage:

    .venv/bin/python bench/export_pdf.py [RUNS]

Target: rendering plus the signing added later under 1 s in total (signing measured at about
60-140 ms, docs/pitfalls.md), so rendering should stay well under 0.8 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.domain.hours import days_between
from absensi_app.domain.model import (
    DayStatus,
    EntryDraft,
    Evidence,
    LeaveKind,
    Location,
)
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PLAN, SAMPLE_PROFILE

NOW = datetime(2026, 11, 27, 16, 0)
TARGET_S = 0.8  # leaves room for signing within 1 s

_SAMPLE_TEXT = (
    "menyusun laporan capaian kinerja bulanan bidang perencanaan dengan memverifikasi "
    "data realisasi anggaran dari setiap seksi, mengolah lampiran, mengoreksi format "
    "tabel, menyelaraskan indikator kinerja dengan dokumen rencana strategis, "
    "berkoordinasi dengan bendahara pengeluaran, mencatat tindak lanjut rapat pimpinan, "
    "dan mengunggah dokumen pendukung ke aplikasi perencanaan daerah sebelum batas waktu "
    "yang ditetapkan"
)
WORDS = _SAMPLE_TEXT.split()


def fill_busy_month(ctx: AppContext, per_day: int = 10, seed: int = 2026) -> int:
    """Add ``per_day`` entries to each Mon-Fri working day of November 2026 up to NOW."""
    rng = random.Random(seed)
    plan = ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    rhk_ids = [r.id for r in plan.rhk]
    first, last = date(2026, 11, 1), NOW.date()
    holidays = ctx.calendar.holidays_between(first, last)
    workdays = [d for d in days_between(first, last) if d.weekday() < 5 and d not in holidays]
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
                    location=rng.choice(
                        (Location.KANTOR,) * 5 + (Location.RUMAH, Location.KANTOR_LAIN)
                    ),
                    description=text,
                    start=start.time() if timed else None,
                    end=end.time() if timed else None,
                    minutes=None if timed else 30,
                    quantity=quantity,
                    unit="dokumen" if quantity else None,
                    evidence=Evidence(link=f"https://drive.example.go.id/bukti/{n:03d}")
                    if n % 4 == 0
                    else Evidence(),
                    rhk_id=rng.choice(rhk_ids + [None]),
                )
            )
            start = end
    ctx.worklog.add_many(drafts)
    return len(drafts)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    started = time.perf_counter()
    from absensi_app.reports.pdf import render_month_pdf

    import_s = time.perf_counter() - started
    lazy = "reportlab" not in sys.modules
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp) / "data"), Clock(NOW))
        try:
            ctx.profile.save(SAMPLE_PROFILE)
            count = fill_busy_month(ctx)
            started = time.perf_counter()
            report = ctx.reports.build(2026, 11, revision=1, signed=True)
            build_s = time.perf_counter() - started
        finally:
            ctx.close()
    started = time.perf_counter()
    first = render_month_pdf(report)  # warm-up: reportlab import, fonts parsed
    first_s = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        pdf = render_month_pdf(report)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"data: {count} entries, {len(report.statuses)} day statuses")
    print(
        f"import absensi_app.reports.pdf: {import_s * 1000:.0f} ms "
        f"(reportlab {'not loaded yet' if lazy else 'ALREADY LOADED'})"
    )
    print(f"ctx.reports.build: {build_s * 1000:.0f} ms")
    print(f"first render (imports reportlab, loads fonts): {first_s * 1000:.0f} ms")
    print(
        f"render_month_pdf: median {median * 1000:.0f} ms over {runs} runs "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
        f"{pdf.pages} pages, {len(pdf.data) / 1024:.0f} KiB"
    )
    assert first.pages == pdf.pages
    verdict = "OK" if median < TARGET_S else "TOO SLOW"
    print(f"target {TARGET_S * 1000:.0f} ms (1 s with signing): {verdict}")
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
