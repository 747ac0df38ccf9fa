"""Realistic sample data, so a newcomer sees the app working at once."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.hours import days_between
from absensi_app.domain.rules import EARLIEST_DAY
from absensi_app.domain.model import DayStatus, EntryDraft, LeaveKind, Location, Profile
from absensi_app.services.skp import SkpService
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

# (description, unit, index of the sample RHK it counts toward or None)
_TASKS = (
    ("Menyusun laporan capaian kinerja bulanan bidang", "laporan", 0),
    ("Memverifikasi dokumen usulan kegiatan dari seksi", "dokumen", 2),
    ("Menyiapkan bahan paparan rapat pimpinan", "bahan paparan", 1),
    ("Menganalisis data realisasi anggaran triwulan", "dokumen analisis", 0),
    ("Mengolah data kepegawaian unit kerja", "data", None),
    ("Mereviu draf SOP pelayanan informasi publik", "dokumen", 1),
    ("Menyusun notula rapat koordinasi", "notula", 3),
    ("Menindaklanjuti disposisi surat masuk", "surat", 3),
    ("Menyusun telaahan staf untuk pimpinan", "telaahan", 1),
    ("Memperbarui data pada aplikasi perencanaan daerah", "data", 2),
)
_TRAVEL_RHK = 3
_MEETING_RHK = 3  # a meeting's notula is the tambahan RHK's "tata naskah"
# On the first days of a month the month alone would be a nearly empty sample: while it has
# fewer working days than this up to today, the default sample fills the previous month too.
FEW_WORKING_DAYS = 5

# A plausible SKP for the sample Analis Kebijakan, in the plan-file format
# (docs/skp-plan-format.md); the year is replaced by the demo month's.
SAMPLE_PLAN = {
    "format": "absensi-skp-plan",
    "version": 1,
    "period": {"first": "2026-01-01", "last": "2026-12-31", "name": ""},
    "rhk": [
        {
            "kind": "utama",
            "name": "Tersusunnya laporan capaian kinerja dan realisasi anggaran bidang",
            "indicator": "Jumlah laporan capaian kinerja dan analisis anggaran yang disusun",
            "target": 300,
            "unit": "laporan",
            "quality": "100% diterima pimpinan tanpa revisi besar",
            "time": "12 bulan",
            "supports": "Meningkatnya akuntabilitas kinerja Dinas",
            "actions": [
                {"quarter": q, "description": f"Laporan capaian triwulan {r}", "target": 75}
                for q, r in ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))
            ],
        },
        {
            "kind": "utama",
            "name": "Tersedianya rekomendasi kebijakan perencanaan program",
            "indicator": "Jumlah telaahan, paparan dan reviu kebijakan yang disampaikan",
            "target": 240,
            "unit": "dokumen",
            "quality": "Sesuai kaidah telaahan staf",
            "time": "12 bulan",
            "supports": "Tersusunnya kebijakan perencanaan yang berbasis data",
            "actions": [
                {"quarter": q, "description": f"Telaahan dan paparan kebijakan triwulan {r}"}
                for q, r in ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))
            ],
        },
        {
            "kind": "utama",
            "name": "Terverifikasinya usulan kegiatan dan data perencanaan",
            "indicator": "Jumlah dokumen usulan dan data perencanaan yang diverifikasi",
            "target": 360,
            "unit": "dokumen",
            "quality": "Tanpa temuan kesalahan data",
            "time": "12 bulan",
            "supports": "",
            "actions": [
                {"quarter": q, "description": f"Verifikasi usulan dan data triwulan {r}"}
                for q, r in ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))
            ],
        },
        {
            "kind": "tambahan",
            "name": "Dukungan koordinasi dan tata naskah bidang",
            "indicator": "Jumlah notula, surat dan laporan perjalanan dinas",
            "target": 120,
            "unit": "naskah",
            "quality": "Tepat waktu",
            "time": "12 bulan",
            "supports": "",
            "actions": [
                {"quarter": q, "description": f"Notula, surat dan laporan dinas triwulan {r}"}
                for q, r in ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))
            ],
        },
    ],
}
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
    linked: int = 0  # entries linked to an RHK of the sample plan
    sample_plan: bool = False  # the entries could link to the sample plan (no own plan)

    def __add__(self, other: DemoResult) -> DemoResult:
        return DemoResult(
            self.entries + other.entries, self.statuses + other.statuses, self.days + other.days,
            self.linked + other.linked, self.sample_plan or other.sample_plan,
        )


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


def _sample_workdays(worklog: WorkLogService, first: date, last: date) -> list[date]:
    """The sample office works Monday to Friday, whatever the user's schedule says."""
    holidays = worklog.calendar.holidays_between(first, last)
    return [d for d in days_between(first, last) if d.weekday() < 5 and d not in holidays]


def sample_months(worklog: WorkLogService, today: date) -> list[tuple[int, int]]:
    """The months the default sample fills, oldest first: this month, and on its first days
    (fewer than FEW_WORKING_DAYS working days up to today) the previous month too."""
    months = [(today.year, today.month)]
    if len(_sample_workdays(worklog, today.replace(day=1), today)) < FEW_WORKING_DAYS:
        previous = today.replace(day=1) - timedelta(days=1)
        if previous >= EARLIEST_DAY:
            months.insert(0, (previous.year, previous.month))
    return months


def fill_demo(worklog: WorkLogService, today: date, skp: SkpService | None = None) -> DemoResult:
    """The default sample: :func:`fill_demo_month` for each of :func:`sample_months`."""
    result = DemoResult(0, 0, 0)
    for year, month in sample_months(worklog, today):
        result += fill_demo_month(worklog, year, month, today, skp)
    return result


def _sample_rhk_ids(skp: SkpService | None, year: int, month: int) -> list[int | None]:
    """Ids of the sample plan's RHK, importing the plan when the month has no SKP period.

    Returns no ids when the user already has their own plan, so theirs is never touched.
    """
    if skp is None:
        return []
    if skp.plan_for(date(year, month, 1)) is None:
        try:
            plan = skp.import_plan(SAMPLE_PLAN, year=year)
        except ValidationError:  # an own period overlaps the year: leave it alone
            return []
        return [r.id for r in plan.rhk]
    plan = skp.plan_for(date(year, month, 1))
    sample = [r["name"] for r in SAMPLE_PLAN["rhk"]]
    by_name = {r.name: r.id for r in plan.rhk}
    if not all(name in by_name for name in sample):
        return []
    return [by_name[name] for name in sample]


def fill_demo_month(
    worklog: WorkLogService,
    year: int,
    month: int,
    today: date,
    skp: SkpService | None = None,
) -> DemoResult:
    """Fill the working days of a month up to ``today`` with plausible entries.

    Days that already have entries or a status are left alone, so nothing is lost.
    Today gets only a morning, leaving the afternoon for the user to try. With ``skp``,
    a sample SKP plan is added for the year (unless the user has one) and most entries
    link to its RHK.
    """
    check_demo_month(year, month, today)
    first, last = month_bounds(year, month)
    last = min(last, today)
    rng = random.Random(year * 100 + month)
    rhk_ids = _sample_rhk_ids(skp, year, month)

    def link(index: int | None) -> int | None:
        return rhk_ids[index] if rhk_ids and index is not None else None

    actions = {}  # RHK id -> {month: Rencana Aksi id}, for e-Kinerja's Rencana Aksi column
    if rhk_ids and skp is not None:
        for rhk_id in rhk_ids:
            rhk = skp.get_rhk(rhk_id)
            actions[rhk_id] = {m: a.id for a in rhk.actions if a.year == year for m in a.months}

    def action(index: int | None) -> int | None:
        rhk_id = link(index)
        return actions.get(rhk_id, {}).get(month) if rhk_id is not None else None

    existing = worklog.days_with_entries(first, last)
    statuses = worklog.statuses_between(first, last)

    workdays = _sample_workdays(worklog, first, last)
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
                    rhk_id=link(_TRAVEL_RHK),
                    action_id=action(_TRAVEL_RHK),
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
                    EntryDraft(
                        day, location, rng.choice(_MEETINGS), start, end, None, 1, "notula",
                        rhk_id=link(_MEETING_RHK), action_id=action(_MEETING_RHK),
                    )
                )
                continue
            text, unit, rhk = rng.choice(_TASKS)
            qty = rng.choice((1, 1, 1, 2, 3))
            drafts.append(
                EntryDraft(
                    day, location, text, start, end, None, qty, unit,
                    rhk_id=link(rhk), action_id=action(rhk),
                )
            )
    created = worklog.add_many(drafts)
    return DemoResult(
        entries=len(created), statuses=n_status, days=len({d.day for d in drafts}),
        linked=sum(1 for e in created if e.rhk_id is not None), sample_plan=bool(rhk_ids),
    )
