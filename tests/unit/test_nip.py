"""NIP (PNS) and NI PPPK parsing: every part read, every error branch."""

from __future__ import annotations

from datetime import date

import pytest

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.nip import NipKind, normalize_nip, parse_nip

TODAY = date(2026, 11, 28)
PNS = "19860926 201505 1 001"
PPPK = "199009132025242014"


def test_pns_parts() -> None:
    info = parse_nip(PNS, TODAY)
    assert info.kind is NipKind.PNS
    assert info.digits == "198609262015051001"
    assert info.birth_date == date(1986, 9, 26)
    assert info.appointment_year == 2015
    assert info.appointment_month == 5
    assert info.pppk_code is None
    assert info.sex == "L"
    assert info.sex_label == "laki-laki"
    assert info.sequence == 1
    assert info.formatted == "19860926 201505 1 001"
    assert info.describe() == (
        "NIP PNS: lahir 26 September 1986, TMT CPNS Mei 2015, laki-laki, nomor urut 1"
    )


def test_pppk_parts() -> None:
    info = parse_nip(PPPK, TODAY)
    assert info.kind is NipKind.PPPK
    assert info.birth_date == date(1990, 9, 13)
    assert info.appointment_year == 2025
    assert info.appointment_month is None
    assert info.pppk_code == "24"
    assert info.sex == "P"
    assert info.sex_label == "perempuan"
    assert info.sequence == 14
    assert info.formatted == "19900913 2025 24 2 014"
    assert info.describe() == (
        "NI PPPK: lahir 13 September 1990, diangkat tahun 2025, kode 24, perempuan, nomor urut 14"
    )


def test_explicit_pppk_with_month_looking_code() -> None:
    raw = "199009132025112014"  # code 11 looks like November
    assert parse_nip(raw, TODAY).kind is NipKind.PNS  # guessed from the digits
    info = parse_nip(raw, TODAY, kind=NipKind.PPPK)
    assert info.kind is NipKind.PPPK
    assert info.pppk_code == "11"
    assert info.appointment_month is None


def test_code_00_is_read_as_pppk() -> None:
    info = parse_nip("199009132025002014", TODAY)
    assert info.kind is NipKind.PPPK
    assert info.pppk_code == "00"


def test_explicit_pns_accepts_a_month() -> None:
    info = parse_nip(PNS, TODAY, kind=NipKind.PNS)
    assert info.kind is NipKind.PNS
    assert info.appointment_month == 5


@pytest.mark.parametrize(
    "raw",
    [
        "19860926 201505 1 001",
        "19860926.201505.1.001",
        "19860926-201505-1-001",
        "  19860926\t201505 1 001  ",
        "198609262015051001",
    ],
)
def test_separators_accepted(raw: str) -> None:
    assert normalize_nip(raw) == "198609262015051001"
    assert parse_nip(raw, TODAY).digits == "198609262015051001"


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        ("", None, "NIP wajib diisi (18 digit)."),
        (" - . ", None, "NIP wajib diisi (18 digit)."),
        ("1986O926201505100l", None, "NIP hanya boleh berisi angka (spasi boleh sebagai pemisah)."),
        # Arabic-Indic digits pass str.isdigit() but are not ASCII.
        ("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", None, "NIP hanya boleh berisi angka (spasi boleh sebagai pemisah)."),
        ("19860926 201505 1 01", None, "NIP harus 18 digit; yang diisi 17 digit."),
        ("19860926 201505 1 0011", None, "NIP harus 18 digit; yang diisi 19 digit."),
        (
            "19861326 201505 1 001",
            None,
            "Digit 1-8 NIP harus tanggal lahir (TTTTBBHH); '19861326' bukan tanggal yang sah.",
        ),
        (
            "19860230 201505 1 001",
            None,
            "Digit 1-8 NIP harus tanggal lahir (TTTTBBHH); '19860230' bukan tanggal yang sah.",
        ),
        ("20261129 201505 1 001", None, "Tanggal lahir pada NIP (20261129) tidak masuk akal."),
        ("19291231 195005 1 001", None, "Tanggal lahir pada NIP (19291231) tidak masuk akal."),
        (
            "19860926 199005 1 001",
            None,
            "Digit 9-12 NIP harus tahun pengangkatan; 1990 tidak cocok dengan tahun lahir 1986.",
        ),
        (
            "19860926 202801 1 001",
            None,
            "Digit 9-12 NIP harus tahun pengangkatan; 2028 tidak cocok dengan tahun lahir 1986.",
        ),
        (
            "19860926 201505 3 001",
            None,
            "Digit ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan); tertulis '3'.",
        ),
        (
            "19860926 201505 0 001",
            None,
            "Digit ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan); tertulis '0'.",
        ),
        ("19860926 201505 1 000", None, "Nomor urut NIP (digit 16-18) tidak boleh 000."),
        (
            "19860926 201513 1 001",
            NipKind.PNS,
            "Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis '13'.",
        ),
        (
            PPPK,
            NipKind.PNS,
            "Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis '24'.",
        ),
    ],
)
def test_errors(raw: str, kind: NipKind | None, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_nip(raw, TODAY, kind)
    assert err.value.message == message
    assert str(err.value) == message
    assert err.value.field == "nip"


def test_appointment_next_year_is_still_plausible() -> None:
    # A decree for next January can already be issued in November.
    assert parse_nip("19860926 202701 1 001", TODAY).appointment_year == 2027


def test_birth_today_boundary_uses_given_today() -> None:
    with pytest.raises(ValidationError):
        parse_nip("19860926 201505 1 001", date(1986, 9, 25))
    # ...the same number is fine once "today" is late enough for the appointment year.
    assert parse_nip("19860926 201505 1 001", date(2015, 1, 1)).birth_date == date(1986, 9, 26)
