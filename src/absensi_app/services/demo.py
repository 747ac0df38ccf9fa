"""Realistic sample data, so a newcomer sees the app working at once."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from absensi_app.domain.calendar import national_holidays
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.hours import days_between
from absensi_app.domain.rules import EARLIEST_DAY
from absensi_app.domain.model import DayStatus, EntryDraft, LeaveKind, Location, Profile
from absensi_app.services.worklog import WorkLogService, month_bounds

SAMPLE_PROFILE = Profile(
    name="Rina Kartika Sari, S.E.",
    nip="199004122015032007",
    rank="Penata, III/c",
    position="Analis Kebijakan Ahli Muda",
    unit="Bagian Perencanaan dan Keuangan",
    agency="Dinas Komunikasi dan Informatika Kabupaten Contoh",
    supervisor_name="Drs. Bambang Suryadi, M.Si.",
    supervisor_nip="197508172000031004",
    asn_kind="pns",
)

# (description, unit or None)
_TASKS = (
    ("Menyusun laporan capaian kinerja bulanan bidang", "laporan"),
    ("Memverifikasi dokumen usulan kegiatan dari seksi", "dokumen"),
    ("Menyiapkan bahan paparan rapat pimpinan", "bahan paparan"),
    ("Menganalisis data realisasi anggaran triwulan", "dokumen analisis"),
    ("Mengolah data kepegawaian unit kerja", "data"),
    ("Mereviu draf SOP pelayanan informasi publik", "dokumen"),
    ("Menyusun notula rapat koordinasi", "notula"),
    ("Menindaklanjuti disposisi surat masuk", "surat"),
    ("Menyusun telaahan staf untuk pimpinan", "telaahan"),
    ("Memperbarui data pada aplikasi perencanaan daerah", "data"),
)
_MEETINGS = (
    "Mengikuti rapat koordinasi perencanaan program",
    "Mengikuti rapat evaluasi kinerja bidang",
    "Mendampingi pimpinan dalam rapat dengan OPD terkait",
)
_TRAVEL = (
    "Monitoring pelaksanaan program di kecamatan",
    "Koordinasi dengan Bappeda provinsi",
)


@dataclass(frozen=True)
class DemoResult:
    entries: int
    statuses: int
    days: int


def _slots(day: date) -> list[tuple[time, time]]:
    if day.weekday() == 4:  # Friday: longer break for Friday prayers
        return [(time(7, 30), time(9, 30)), (time(9, 30), time(11, 30)), (time(13, 0), time(16, 30))]
    return [
        (time(7, 30), time(9, 30)),
        (time(9, 30), time(12, 0)),
        (time(13, 0), time(15, 0)),
        (time(15, 0), time(16, 0)),
    ]


def check_demo_month(year: int, month: int, today: date) -> None:
    """Refuse months the demo cannot fill, before anything (even a profile) is written."""
    first, _last = month_bounds(year, month)
    if first > today:
        raise ValidationError(
            "Bulan {month} belum dimulai; data contoh hanya untuk bulan ini atau sebelumnya.",
            month=f"{year:04d}-{month:02d}",
        )
    if first < EARLIEST_DAY:
        raise ValidationError(
            "Bulan {month} terlalu lampau; data contoh paling awal untuk {earliest}.",
            month=f"{year:04d}-{month:02d}",
            earliest=f"{EARLIEST_DAY:%Y-%m}",
        )


def fill_demo_month(worklog: WorkLogService, year: int, month: int, today: date) -> DemoResult:
    """Fill the working days of a month up to ``today`` with plausible entries.

    Days that already have entries or a status are left alone, so nothing is lost.
    Today gets only a morning, leaving the afternoon for the user to try.
    """
    check_demo_month(year, month, today)
    first, last = month_bounds(year, month)
    last = min(last, today)
    rng = random.Random(year * 100 + month)
    holidays = national_holidays(year)
    existing = worklog.days_with_entries(first, last)
    statuses = worklog.statuses_between(first, last)

    # the sample office works Monday to Friday, whatever the user's schedule says
    workdays = [d for d in days_between(first, last) if d.weekday() < 5 and d not in holidays]
    free = [d for d in workdays if d not in existing and d not in statuses]
    special: dict[date, str] = {}
    past = [d for d in free if d < today]
    if len(past) >= 8:
        picks = rng.sample(past[1:-1], 3)
        special = {picks[0]: "dinas", picks[1]: "cuti", picks[2]: "sakit"}

    drafts: list[EntryDraft] = []
    n_status = 0
    for day in free:
        kind = special.get(day)
        if kind == "cuti":
            worklog.set_status(day, DayStatus.CUTI, LeaveKind.TAHUNAN, "Keperluan keluarga")
            n_status += 1
            continue
        if kind == "sakit":
            worklog.set_status(day, DayStatus.SAKIT, None, "Surat keterangan dokter")
            n_status += 1
            continue
        if kind == "dinas":
            worklog.set_status(day, DayStatus.DINAS_LUAR, None, "Surat tugas")
            n_status += 1
            drafts.append(
                EntryDraft(
                    day=day,
                    location=Location.DINAS_LUAR,
                    description=rng.choice(_TRAVEL),
                    start=time(8, 0),
                    end=time(15, 30),
                    quantity=1,
                    unit="laporan perjalanan dinas",
                )
            )
            continue
        week = day.isocalendar().week
        location = Location.RUMAH if (day.weekday() == 2 and week % 2 == 0) else Location.KANTOR
        slots = _slots(day)
        if day == today:
            slots = slots[:2]
        meeting_slot = rng.randrange(len(slots)) if location is Location.KANTOR else -1
        for i, (start, end) in enumerate(slots):
            if i == meeting_slot:
                drafts.append(
                    EntryDraft(day, location, rng.choice(_MEETINGS), start, end, None, 1, "notula")
                )
                continue
            text, unit = rng.choice(_TASKS)
            qty = rng.choice((1, 1, 1, 2, 3))
            drafts.append(EntryDraft(day, location, text, start, end, None, qty, unit))
    created = worklog.add_many(drafts)
    return DemoResult(entries=len(created), statuses=n_status, days=len({d.day for d in drafts}))
