"""NIP (PNS) and NI PPPK: 18 digits with a structure we can read and explain.

PNS:  YYYYMMDD (birth) YYYYMM (first CPNS appointment, TMT) S (1 male, 2 female) NNN.
PPPK: YYYYMMDD (birth) YYYY (appointment year) CC (code, not a month) S NNN.

Both kinds share the birth date, the sex digit and the sequence; they differ in
digits 13-14, which for a PNS are a month (01-12) and for a PPPK a code. Since a
PPPK code can itself look like a month, ``parse_nip`` reads a number as PNS when
digits 13-14 are a valid month and the appointment is plausible, and otherwise as
PPPK; callers that know the kind pass ``kind`` to check against it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import MONTH_NAMES


class NipKind(enum.Enum):
    PNS = "pns"
    PPPK = "pppk"


@dataclass(frozen=True)
class NipInfo:
    digits: str
    kind: NipKind
    birth_date: date
    appointment_year: int
    appointment_month: int | None  # PNS only
    pppk_code: str | None  # PPPK only
    sex: str  # "L" (laki-laki) or "P" (perempuan)
    sequence: int

    @property
    def formatted(self) -> str:
        """Grouped as written on documents: PNS "19860926 201505 1 001", PPPK
        "19900913 2025 24 2 014" (year and code apart, since 13-14 is not a month)."""
        d = self.digits
        if self.kind is NipKind.PPPK:
            return f"{d[0:8]} {d[8:12]} {d[12:14]} {d[14]} {d[15:18]}"
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"

    @property
    def sex_label(self) -> str:
        return "laki-laki" if self.sex == "L" else "perempuan"

    def describe(self) -> str:
        """The parts read, in Indonesian, e.g. for the setup form."""
        born = f"{self.birth_date.day} {MONTH_NAMES[self.birth_date.month - 1]} {self.birth_date.year}"
        if self.kind is NipKind.PNS:
            assert self.appointment_month is not None
            tmt = f"{MONTH_NAMES[self.appointment_month - 1]} {self.appointment_year}"
            return f"NIP PNS: lahir {born}, TMT CPNS {tmt}, {self.sex_label}, nomor urut {self.sequence}"
        return (
            f"NI PPPK: lahir {born}, diangkat tahun {self.appointment_year}, "
            f"kode {self.pppk_code}, {self.sex_label}, nomor urut {self.sequence}"
        )


def normalize_nip(raw: str) -> str:
    """Drop the spaces, dots and dashes people type between the groups."""
    return "".join(ch for ch in raw if ch not in " .-\t")


def parse_nip(raw: str, today: date | None = None, kind: NipKind | None = None) -> NipInfo:
    """Read a NIP/NI PPPK or raise ValidationError saying exactly what is wrong."""
    digits = normalize_nip(raw or "")
    if not digits:
        raise ValidationError("NIP wajib diisi (18 digit).", field="nip")
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError(
            "NIP hanya boleh berisi angka (spasi boleh sebagai pemisah).", field="nip"
        )
    if len(digits) != 18:
        raise ValidationError(
            "NIP harus 18 digit; yang diisi {count} digit.", field="nip", count=len(digits)
        )
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    try:
        birth = date(year, month, day)
    except ValueError:
        raise ValidationError(
            "Digit 1-8 NIP harus tanggal lahir (TTTTBBHH); '{part}' bukan tanggal yang sah.",
            field="nip",
            part=digits[0:8],
        ) from None
    ref = today or date.today()
    if birth.year < 1930 or birth > ref:
        raise ValidationError(
            "Tanggal lahir pada NIP ({part}) tidak masuk akal.", field="nip", part=digits[0:8]
        )
    appt_year = int(digits[8:12])
    if appt_year < birth.year + 15 or appt_year > ref.year + 1:
        raise ValidationError(
            "Digit 9-12 NIP harus tahun pengangkatan; {year} tidak cocok dengan tahun lahir {born}.",
            field="nip",
            year=appt_year,
            born=birth.year,
        )
    sex_digit = digits[14]
    if sex_digit not in "12":
        raise ValidationError(
            "Digit ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan); tertulis '{digit}'.",
            field="nip",
            digit=sex_digit,
        )
    sequence = int(digits[15:18])
    if sequence == 0:
        raise ValidationError("Nomor urut NIP (digit 16-18) tidak boleh 000.", field="nip")
    code = digits[12:14]
    code_is_month = 1 <= int(code) <= 12
    if kind is NipKind.PNS and not code_is_month:
        raise ValidationError(
            "Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis '{code}'.",
            field="nip",
            code=code,
        )
    if kind is None:
        kind = NipKind.PNS if code_is_month else NipKind.PPPK
    sex = "L" if sex_digit == "1" else "P"
    if kind is NipKind.PNS:
        return NipInfo(digits, kind, birth, appt_year, int(code), None, sex, sequence)
    return NipInfo(digits, kind, birth, appt_year, None, code, sex, sequence)


def display_nip(nip: str, today: date | None = None) -> str:
    """The NIP in its usual groups ('19900412 201503 2 007') when it reads as one, else as given."""
    try:
        return parse_nip(nip, today).formatted
    except ValidationError:
        return nip.strip()
