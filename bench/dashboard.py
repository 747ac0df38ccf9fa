"""The progress screen ("Kemajuan") over ten years of entries.

Builds a throw-away data folder with ten years of realistic work log (about 200 entries a
month, most of them linked to the year's SKP plan, a few leave and travel days), then times

* ``ctx.summary.progress(year, month)``: the services and domain arithmetic alone, and
* ``DashboardView.set_month(year, month)``: the same plus every label, chart and the month
  calendar being rebuilt (offscreen, the widget shown so layouts really run),

and prints the median of several runs in milliseconds. Usage:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/dashboard.py [RUNS]

Target: set_month under 150 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.domain.hours import days_between  # noqa: E402
from absensi_app.domain.model import DayStatus, LeaveKind, Location  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import AppContext, open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PLAN, SAMPLE_PROFILE  # noqa: E402
from absensi_app.store.models import DayStatusRow, EntryRow  # noqa: E402

TODAY = datetime(2026, 11, 27, 16, 45)
FIRST_YEAR = TODAY.year - 9  # ten calendar years, the last one up to "today"
TARGET_MS = 150.0

TASKS = (
    ("Menyusun laporan capaian kinerja bulanan bidang", "laporan", 0),
    ("Memverifikasi dokumen usulan kegiatan dari seksi", "dokumen", 2),
    ("Menyiapkan bahan paparan rapat pimpinan", "dokumen", 1),
    ("Menganalisis data realisasi anggaran triwulan", "laporan", 0),
    ("Mengolah data kepegawaian unit kerja", "data", None),
    ("Menyusun notula rapat koordinasi", "naskah", 3),
    ("Menindaklanjuti disposisi surat masuk", "naskah", 3),
    ("Menyusun telaahan staf untuk pimpinan", "dokumen", 1),
)
LOCATIONS = (Location.KANTOR,) * 7 + (Location.RUMAH, Location.KANTOR_LAIN, Location.LOKASI_LAIN)


def _fill(ctx: AppContext) -> tuple[int, int]:
    """Ten years of entries and statuses, bulk-inserted. Returns (entries, statuses)."""
    rng = random.Random(2026)
    today = TODAY.date()
    rows: list[dict] = []
    statuses: list[dict] = []
    for year in range(FIRST_YEAR, today.year + 1):
        plan = ctx.skp.import_plan(SAMPLE_PLAN, year=year)
        rhk_ids = [r.id for r in plan.rhk]
        holidays = ctx.calendar.holidays_between(date(year, 1, 1), date(year, 12, 31))
        for day in days_between(date(year, 1, 1), min(date(year, 12, 31), today)):
            if day.weekday() >= 5 or day in holidays:
                continue
            roll = rng.random()
            if roll < 0.03:  # about a week of leave or sickness a year, scattered
                kind = rng.choice((DayStatus.CUTI, DayStatus.SAKIT, DayStatus.IZIN))
                statuses.append(
                    {
                        "day": day,
                        "status": kind.value,
                        "leave_kind": LeaveKind.TAHUNAN.value if kind is DayStatus.CUTI else None,
                        "note": "",
                        "updated_at": TODAY,
                    }
                )
                continue
            if roll < 0.04:  # a day of travel now and then, logged as Dinas Luar
                statuses.append(
                    {
                        "day": day,
                        "status": DayStatus.DINAS_LUAR.value,
                        "leave_kind": None,
                        "note": "Surat tugas",
                        "updated_at": TODAY,
                    }
                )
                place = Location.DINAS_LUAR
            elif roll < 0.06:  # a forgotten day
                continue
            else:
                place = rng.choice(LOCATIONS)
            # ten slots of 45 minutes from 07:30, with a break at noon: ~200 entries a month
            start = datetime.combine(day, datetime.min.time()).replace(hour=7, minute=30)
            for slot in range(10):
                if slot == 6:
                    start += timedelta(minutes=60)
                end = start + timedelta(minutes=45)
                text, unit, rhk = rng.choice(TASKS)
                qty = rng.choice((None, 1, 1, 2))
                rows.append(
                    {
                        "day": day,
                        "start_time": start.time(),
                        "end_time": end.time(),
                        "minutes": 45,
                        "location": place.value,
                        "description": text,
                        "quantity": qty,
                        "unit": unit if qty else None,
                        "rhk_id": rhk_ids[rhk] if rhk is not None and qty else None,
                        "action_id": None,
                        "created_at": TODAY,
                        "updated_at": TODAY,
                    }
                )
                start = end
    with ctx.sessions.begin() as s:
        s.execute(insert(EntryRow), rows)
        s.execute(insert(DayStatusRow), statuses)
    return len(rows), len(statuses)


def _median_ms(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001
    fn()  # warm caches (holiday tables, SQLite pages)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp) / "data"), Clock(TODAY))
        try:
            ctx.profile.save(SAMPLE_PROFILE)
            started = time.perf_counter()
            n_entries, n_statuses = _fill(ctx)
            print(
                f"data: {n_entries} entries, {n_statuses} day statuses, "
                f"{TODAY.year - FIRST_YEAR + 1} SKP plans "
                f"({(time.perf_counter() - started):.1f} s to build)"
            )
            from absensi_app.views.dashboard import DashboardView

            view = DashboardView(ctx)
            view.resize(1180, 700)
            view.show()
            app.processEvents()
            months = ((2026, 11), (2026, 3), (2021, 6))
            results = []
            for y, m in months:
                service = _median_ms(lambda y=y, m=m: ctx.summary.progress(y, m), runs)

                def full(y: int = y, m: int = m) -> None:
                    view.set_month(y, m)
                    app.processEvents()  # layouts and the paint of the month calendar

                widget = _median_ms(full, runs)
                results.append((y, m, service, widget))
            view.close()
        finally:
            ctx.close()
    print(f"{'month':<9}{'progress()':>14}{'set_month':>14}   (median of {runs}, worst in brackets)")
    worst = 0.0
    for y, m, (s_med, s_max), (w_med, w_max) in results:
        worst = max(worst, w_med)
        print(f"{y}-{m:02d}  {s_med:8.1f} ms ({s_max:5.1f}) {w_med:8.1f} ms ({w_max:5.1f})")
    verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
    print(f"slowest set_month median {worst:.1f} ms, target {TARGET_MS:.0f} ms: {verdict}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
