"""Value types shared by every layer: locations, day statuses, profile, schedule, entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, time


class Location(enum.Enum):
    """Work location (PermenPANRB 4/2025). The value is the code used in the CLI and JSON."""

    KANTOR = "kantor"
    KANTOR_LAIN = "kantor-lain"
    RUMAH = "rumah"
    LOKASI_LAIN = "lokasi-lain"
    DINAS_LUAR = "dinas-luar"

    @property
    def label(self) -> str:
        return LOCATION_LABELS[self]

    @property
    def is_off_site(self) -> bool:
        """Counts toward the weekly limit of flexible (off-site) days."""
        return self in (Location.RUMAH, Location.LOKASI_LAIN, Location.KANTOR_LAIN)

    @classmethod
    def from_code(cls, code: str) -> "Location":
        try:
            return cls(code)
        except ValueError:
            from absensi_app.domain.errors import ValidationError

            raise ValidationError(
                "Lokasi '{code}' tidak dikenal. Pilih salah satu: {choices}.",
                field="location",
                code=code,
                choices=", ".join(loc.value for loc in cls),
            ) from None


LOCATION_LABELS: dict[Location, str] = {
    Location.KANTOR: "Kantor",
    Location.KANTOR_LAIN: "Kantor lain",
    Location.RUMAH: "Rumah",
    Location.LOKASI_LAIN: "Lokasi lain",
    Location.DINAS_LUAR: "Dinas Luar",
}


class DayStatus(enum.Enum):
    """What a day was, besides its entries. The value is the CLI/JSON code."""

    HADIR = "hadir"
    DINAS_LUAR = "dinas-luar"
    CUTI = "cuti"
    SAKIT = "sakit"
    IZIN = "izin"
    TUGAS_BELAJAR = "tugas-belajar"
    LIBUR = "libur"
    TANPA_KETERANGAN = "tanpa-keterangan"

    @property
    def label(self) -> str:
        return DAY_STATUS_LABELS[self]

    @property
    def excuses_work(self) -> bool:
        """True when the day needs no work entries (leave, sickness, holiday...)."""
        return self in (
            DayStatus.CUTI,
            DayStatus.SAKIT,
            DayStatus.IZIN,
            DayStatus.TUGAS_BELAJAR,
            DayStatus.LIBUR,
        )

    @classmethod
    def from_code(cls, code: str) -> "DayStatus":
        try:
            return cls(code)
        except ValueError:
            from absensi_app.domain.errors import ValidationError

            raise ValidationError(
                "Status hari '{code}' tidak dikenal. Pilih salah satu: {choices}.",
                field="status",
                code=code,
                choices=", ".join(s.value for s in cls),
            ) from None


DAY_STATUS_LABELS: dict[DayStatus, str] = {
    DayStatus.HADIR: "Hadir",
    DayStatus.DINAS_LUAR: "Dinas Luar",
    DayStatus.CUTI: "Cuti",
    DayStatus.SAKIT: "Sakit",
    DayStatus.IZIN: "Izin",
    DayStatus.TUGAS_BELAJAR: "Tugas Belajar",
    DayStatus.LIBUR: "Libur",
    DayStatus.TANPA_KETERANGAN: "Tanpa Keterangan",
}


class LeaveKind(enum.Enum):
    """Kinds of cuti (PP 11/2017 and cuti bersama)."""

    TAHUNAN = "tahunan"
    BESAR = "besar"
    SAKIT = "sakit"
    MELAHIRKAN = "melahirkan"
    ALASAN_PENTING = "alasan-penting"
    BERSAMA = "bersama"
    DILUAR_TANGGUNGAN = "di-luar-tanggungan-negara"

    @property
    def label(self) -> str:
        return LEAVE_KIND_LABELS[self]

    @classmethod
    def from_code(cls, code: str) -> "LeaveKind":
        try:
            return cls(code)
        except ValueError:
            from absensi_app.domain.errors import ValidationError

            raise ValidationError(
                "Jenis cuti '{code}' tidak dikenal. Pilih salah satu: {choices}.",
                field="leave_kind",
                code=code,
                choices=", ".join(k.value for k in cls),
            ) from None


LEAVE_KIND_LABELS: dict[LeaveKind, str] = {
    LeaveKind.TAHUNAN: "Cuti Tahunan",
    LeaveKind.BESAR: "Cuti Besar",
    LeaveKind.SAKIT: "Cuti Sakit",
    LeaveKind.MELAHIRKAN: "Cuti Melahirkan",
    LeaveKind.ALASAN_PENTING: "Cuti Karena Alasan Penting",
    LeaveKind.BERSAMA: "Cuti Bersama",
    LeaveKind.DILUAR_TANGGUNGAN: "Cuti di Luar Tanggungan Negara",
}


@dataclass(frozen=True)
class Profile:
    name: str
    nip: str
    rank: str  # Pangkat/Gol. Ruang, e.g. "Penata Muda Tk. I, III/b"
    position: str  # Jabatan
    unit: str  # Unit Kerja
    agency: str  # Instansi
    supervisor_name: str  # Pejabat Penilai Kinerja
    supervisor_nip: str
    asn_kind: str = "pns"  # "pns" or "pppk" (see domain.nip.NipKind)
    # The office settings of the report's kop surat and its place-and-date line; all optional.
    government: str = ""  # the kop's first line, e.g. "Pemerintah Kabupaten Sleman"
    address: str = ""  # the kop's address line (street, town, telephone)
    place: str = ""  # the town of the place-and-date line over the signatures, e.g. "Sleman"
    # The kop's logo: PNG or JPEG bytes as services.logo stored them (checked and re-encoded).
    logo: bytes | None = field(default=None, repr=False)


WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}  # the quarters: "Triwulan II", "TW II"


@dataclass(frozen=True)
class WorkSchedule:
    """Office hours. Defaults follow Perpres 21/2023: Mon-Fri, 07:30, 37.5 hours a week."""

    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday=0 ... Sunday=6
    day_start: time = time(7, 30)
    weekly_minutes: int = 2250  # 37.5 h

    @property
    def daily_minutes(self) -> int:
        """Expected minutes on an ordinary working day (weekly total spread evenly)."""
        if not self.workdays:
            return 0
        return round(self.weekly_minutes / len(self.workdays))

    def is_workday(self, day: date) -> bool:
        return day.weekday() in self.workdays


@dataclass(frozen=True)
class Evidence:
    """Bukti dukung: a file copied into the data folder (with its SHA-256) or a link."""

    file_name: str | None = None  # path relative to the data folder's evidence/ directory
    sha256: str | None = None
    link: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.file_name or self.link)


@dataclass(frozen=True)
class EntryDraft:
    """What the user typed for one entry, before it is stored."""

    day: date
    location: Location
    description: str
    start: time | None = None
    end: time | None = None
    minutes: int | None = None  # used when no start/end is given
    quantity: int | None = None
    unit: str | None = None
    evidence: Evidence = field(default_factory=Evidence)
    rhk_id: int | None = None  # the SKP's Rencana Hasil Kerja this work counts toward
    action_id: int | None = None  # optionally one of that RHK's Rencana Aksi


@dataclass(frozen=True)
class Entry:
    """A stored entry of the daily work log."""

    id: int
    day: date
    start: time | None
    end: time | None
    minutes: int
    location: Location
    description: str
    quantity: int | None
    unit: str | None
    evidence: Evidence
    rhk_id: int | None = None
    action_id: int | None = None

    def as_draft(self, day: date | None = None) -> EntryDraft:
        return EntryDraft(
            day=day or self.day,
            location=self.location,
            description=self.description,
            start=self.start,
            end=self.end,
            minutes=None if self.start is not None else self.minutes,
            quantity=self.quantity,
            unit=self.unit,
            evidence=self.evidence,
            rhk_id=self.rhk_id,
            action_id=self.action_id,
        )

    @property
    def output_text(self) -> str:
        if self.quantity is None:
            return ""
        return f"{self.quantity} {self.unit or ''}".strip()


@dataclass(frozen=True)
class DayStatusRecord:
    day: date
    status: DayStatus
    leave_kind: LeaveKind | None = None
    note: str = ""

    @property
    def label(self) -> str:
        if self.status is DayStatus.CUTI and self.leave_kind is not None:
            return self.leave_kind.label
        return self.status.label


@dataclass(frozen=True)
class DaySummary:
    """One day as the day view shows it."""

    day: date
    entries: tuple[Entry, ...]
    status: DayStatusRecord | None
    expected_minutes: int
    is_workday: bool
    holiday_name: str | None = None

    @property
    def total_minutes(self) -> int:
        return sum(e.minutes for e in self.entries)


def format_minutes(minutes: int) -> str:
    """7 j 30 m style used everywhere in the UI and CLI."""
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return f"{hours} j {mins} m"
    if hours:
        return f"{hours} j"
    return f"{mins} m"


def format_day_long(day: date) -> str:
    """'Sabtu, 28 November 2026' without relying on the system locale."""
    return f"{WEEKDAY_NAMES[day.weekday()]}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
