"""Pure rules: entries, profile, schedule, and the shared formatting helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import (
    Entry,
    EntryDraft,
    Evidence,
    Location,
    Profile,
    WorkSchedule,
    format_day_long,
    format_minutes,
)
from absensi_app.domain.rules import (
    clean_text,
    entry_minutes,
    validate_entry,
    validate_profile,
    validate_schedule,
)

TODAY = date(2026, 11, 28)  # Saturday
DAY = date(2026, 11, 27)  # Friday


def draft(**changes: object) -> EntryDraft:
    base = EntryDraft(
        day=DAY,
        location=Location.KANTOR,
        description="Menyusun laporan bulanan",
        start=time(9, 0),
        end=time(10, 0),
    )
    return replace(base, **changes)


def stored(
    entry_id: int,
    start: time | None,
    end: time | None,
    minutes: int | None = None,
    description: str = "Rapat koordinasi",
) -> Entry:
    if minutes is None:
        assert start is not None and end is not None
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return Entry(
        id=entry_id,
        day=DAY,
        start=start,
        end=end,
        minutes=minutes,
        location=Location.KANTOR,
        description=description,
        quantity=None,
        unit=None,
        evidence=Evidence(),
    )


def refused(d: EntryDraft, others: list[Entry] | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        validate_entry(d, others or [], TODAY)
    return err.value


# ---- validate_entry: accepted input -----------------------------------------------------------
def test_cleaned_result_collapses_whitespace() -> None:
    result = validate_entry(
        draft(
            description="  Menyusun\n laporan \t bulanan  ",
            quantity=2,
            unit="  dokumen   analisis ",
            evidence=Evidence(link="  https://drive.example.go.id/berkas/1  "),
        ),
        [],
        TODAY,
    )
    assert result.description == "Menyusun laporan bulanan"
    assert result.unit == "dokumen analisis"
    assert result.quantity == 2
    assert result.evidence.link == "https://drive.example.go.id/berkas/1"
    assert result.start == time(9, 0) and result.end == time(10, 0)
    assert entry_minutes(result) == 60


def test_blank_unit_and_link_become_none() -> None:
    result = validate_entry(draft(unit="   ", evidence=Evidence(link="   ")), [], TODAY)
    assert result.unit is None
    assert result.evidence.link is None


def test_today_is_allowed_and_duration_only_entry() -> None:
    result = validate_entry(draft(day=TODAY, start=None, end=None, minutes=90), [], TODAY)
    assert entry_minutes(result) == 90


def test_touching_entries_do_not_overlap() -> None:
    others = [stored(1, time(10, 0), time(11, 0)), stored(2, time(8, 0), time(9, 0))]
    result = validate_entry(draft(start=time(9, 0), end=time(10, 0)), others, TODAY)
    assert result.start == time(9, 0)


def test_entries_without_times_never_overlap() -> None:
    others = [stored(1, None, None, minutes=120)]
    assert validate_entry(draft(), others, TODAY).end == time(10, 0)


def test_exactly_24_hours_in_a_day_is_allowed() -> None:
    others = [stored(1, None, None, minutes=1380)]
    result = validate_entry(draft(start=None, end=None, minutes=60), others, TODAY)
    assert entry_minutes(result) == 60


def test_matching_minutes_with_times_is_allowed() -> None:
    assert validate_entry(draft(minutes=60), [], TODAY).minutes == 60


def test_quantity_limits_are_inclusive() -> None:
    assert validate_entry(draft(quantity=1, unit="laporan"), [], TODAY).quantity == 1
    assert validate_entry(draft(quantity=9999, unit="data"), [], TODAY).quantity == 9999


def test_length_limits_are_inclusive() -> None:
    assert len(validate_entry(draft(description="a" * 1000), [], TODAY).description) == 1000
    assert validate_entry(draft(quantity=1, unit="u" * 40), [], TODAY).unit == "u" * 40


# ---- validate_entry: refused input ------------------------------------------------------------
def test_end_before_start() -> None:
    err = refused(draft(start=time(10, 0), end=time(9, 0)))
    assert err.message == "Jam selesai (09:00) harus setelah jam mulai (10:00)."
    assert err.field == "end"


def test_end_equals_start() -> None:
    err = refused(draft(start=time(9, 0), end=time(9, 0)))
    assert err.message == "Jam selesai (09:00) harus setelah jam mulai (09:00)."


def test_overlap_on_the_same_day() -> None:
    others = [stored(7, time(9, 30), time(11, 0), description="Rapat evaluasi kinerja")]
    err = refused(draft(start=time(9, 0), end=time(10, 0)), others)
    assert err.message == (
        "Waktu 09:00-10:00 bertumpuk dengan kegiatan 09:30-11:00 "
        "\u00abRapat evaluasi kinerja\u00bb pada hari yang sama."
    )
    assert err.field == "start"


def test_overlap_when_contained_and_long_description_is_shortened() -> None:
    long_text = "Mengikuti bimbingan teknis penyusunan SKP dan rencana aksi tahun 2027"
    others = [stored(3, time(8, 0), time(12, 0), description=long_text)]
    err = refused(draft(start=time(9, 0), end=time(10, 0)), others)
    assert "08:00-12:00" in err.message
    assert "\u00ab" + long_text[:39] + "\u2026\u00bb" in err.message


def test_more_than_24_hours_in_a_day() -> None:
    others = [stored(1, None, None, minutes=800), stored(2, None, None, minutes=600)]
    err = refused(draft(start=None, end=None, minutes=41), others)
    assert err.message == (
        "Total kegiatan pada 2026-11-27 menjadi 24 jam 1 menit, melebihi 24 jam sehari."
    )
    assert err.field == "minutes"


def test_date_in_the_future() -> None:
    err = refused(draft(day=date(2026, 11, 29)))
    assert err.message == (
        "Tanggal 2026-11-29 belum terjadi; kegiatan hanya bisa dicatat sampai hari ini."
    )
    assert err.field == "day"


def test_date_too_long_ago() -> None:
    err = refused(draft(day=date(1999, 12, 31)))
    assert err.message == "Tanggal 1999-12-31 terlalu lampau (paling awal 2000-01-01)."


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n"])
def test_empty_description(text: str) -> None:
    err = refused(draft(description=text))
    assert err.message == "Uraian kegiatan wajib diisi."
    assert err.field == "description"


def test_description_too_long() -> None:
    err = refused(draft(description="a" * 1001))
    assert err.message == "Uraian kegiatan terlalu panjang (1001 karakter; paling banyak 1000)."


@pytest.mark.parametrize("qty", [0, -1, 10000])
def test_quantity_out_of_range(qty: int) -> None:
    err = refused(draft(quantity=qty, unit="laporan"))
    assert err.message == f"Jumlah output {qty} tidak masuk akal; isi angka bulat 1 sampai 9999."
    assert err.field == "quantity"


def test_unit_without_quantity() -> None:
    err = refused(draft(unit=" laporan "))
    assert err.message == "Isi jumlah output untuk satuan 'laporan'."
    assert err.field == "quantity"


@pytest.mark.parametrize("unit", [None, "", "   "])
def test_quantity_without_unit(unit: str | None) -> None:
    err = refused(draft(quantity=2, unit=unit))
    assert err.message == "Isi satuan output (misalnya laporan, dokumen, kegiatan)."
    assert err.field == "unit"


def test_unit_too_long() -> None:
    err = refused(draft(quantity=1, unit="u" * 41))
    assert err.message == "Satuan output terlalu panjang (paling banyak 40 karakter)."


@pytest.mark.parametrize(
    "link",
    [
        "www.example.go.id/bukti",
        "ftp://example.go.id/bukti.pdf",
        "https://",
        "https:// spasi.go.id",
        "javascript:alert(1)",
        "https://example.go.id/" + "a" * 2000,
    ],
)
def test_bad_link(link: str) -> None:
    err = refused(draft(evidence=Evidence(link=link)))
    assert err.message == (
        "Tautan bukti dukung harus alamat web lengkap (diawali http:// atau https://)."
    )
    assert err.field == "evidence"


def test_only_start_without_end() -> None:
    err = refused(draft(start=time(9, 0), end=None))
    assert err.message == (
        "Isi jam mulai dan jam selesai sekaligus, atau kosongkan keduanya dan isi durasinya."
    )
    assert err.field == "end"


def test_only_end_without_start() -> None:
    err = refused(draft(start=None, end=time(9, 0)))
    assert err.field == "start"
    assert err.message.startswith("Isi jam mulai dan jam selesai sekaligus")


def test_neither_times_nor_duration() -> None:
    err = refused(draft(start=None, end=None, minutes=None))
    assert err.message == "Isi jam mulai dan jam selesai, atau durasi kegiatan."


@pytest.mark.parametrize("minutes", [0, -30])
def test_duration_not_positive(minutes: int) -> None:
    err = refused(draft(start=None, end=None, minutes=minutes))
    assert err.message == "Durasi kegiatan harus lebih dari 0 menit."


def test_duration_over_a_day() -> None:
    err = refused(draft(start=None, end=None, minutes=1441))
    assert err.message == "Durasi 1441 menit melebihi 24 jam."


def test_duration_contradicting_times() -> None:
    err = refused(draft(minutes=45))
    assert err.message == "Durasi tidak cocok dengan jam mulai dan jam selesai."


# ---- validate_profile -------------------------------------------------------------------------
@pytest.fixture
def profile(sample_profile: Profile) -> Profile:
    return sample_profile


def test_profile_cleaned(profile: Profile) -> None:
    result = validate_profile(replace(profile, name="  Budi   Santoso, S.Kom. "), TODAY)
    assert result.name == "Budi Santoso, S.Kom."
    assert result.nip == "198609262015051001"
    assert result.supervisor_nip == "197508172000032004"
    assert result.asn_kind == "pns"
    assert result.rank == profile.rank


def test_profile_pppk(profile: Profile) -> None:
    result = validate_profile(replace(profile, nip="1990-0913-2025-24-2-014", asn_kind="pppk"), TODAY)
    assert result.nip == "199009132025242014"
    assert result.asn_kind == "pppk"


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("name", "Nama"),
        ("rank", "Pangkat/Golongan"),
        ("position", "Jabatan"),
        ("unit", "Unit Kerja"),
        ("agency", "Instansi"),
        ("supervisor_name", "Nama Pejabat Penilai Kinerja"),
    ],
)
def test_profile_required_fields(profile: Profile, field: str, label: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, **{field: "  \n "}), TODAY)
    assert err.value.message == f"{label} wajib diisi."
    assert err.value.field == field


def test_profile_field_too_long(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, position="x" * 201), TODAY)
    assert err.value.message == "Jabatan terlalu panjang (paling banyak 200 karakter)."
    assert validate_profile(replace(profile, position="x" * 200), TODAY).position == "x" * 200


def test_profile_bad_kind(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, asn_kind="honorer"), TODAY)
    assert err.value.message == "Jenis ASN harus 'pns' atau 'pppk'."
    assert err.value.field == "asn_kind"


def test_profile_pns_kind_with_pppk_number(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, nip="199009132025242014", asn_kind="pns"), TODAY)
    assert err.value.message == "Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis '24'."
    assert err.value.field == "nip"


def test_profile_bad_supervisor_nip(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, supervisor_nip="1975081720000320"), TODAY)
    assert err.value.message == "NIP Pejabat Penilai Kinerja: NIP harus 18 digit; yang diisi 16 digit."
    assert err.value.field == "supervisor_nip"


def test_profile_supervisor_is_not_the_employee(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err:
        validate_profile(replace(profile, supervisor_nip="198609262015051001"), TODAY)
    assert err.value.message == "NIP Pejabat Penilai Kinerja tidak boleh sama dengan NIP pegawai."


# ---- validate_schedule ------------------------------------------------------------------------
def test_schedule_defaults_are_valid() -> None:
    schedule = WorkSchedule()
    assert validate_schedule(schedule) == schedule
    assert schedule.workdays == (0, 1, 2, 3, 4)
    assert schedule.day_start == time(7, 30)
    assert schedule.weekly_minutes == 2250
    assert schedule.daily_minutes == 450
    assert schedule.is_workday(DAY) and not schedule.is_workday(TODAY)


def test_schedule_six_days() -> None:
    schedule = validate_schedule(WorkSchedule((0, 1, 2, 3, 4, 5), time(7, 30), 2250))
    assert schedule.daily_minutes == 375
    assert schedule.is_workday(TODAY)


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        (WorkSchedule(workdays=()), "Pilih paling sedikit satu hari kerja dalam seminggu."),
        (WorkSchedule(workdays=(0, 7)), "Hari kerja tidak sah."),
        (WorkSchedule(workdays=(-1, 0)), "Hari kerja tidak sah."),
        (
            WorkSchedule(weekly_minutes=59),
            "Jam kerja seminggu harus antara 1 dan 112 jam; tertulis 0.98 jam.",
        ),
        (
            WorkSchedule(weekly_minutes=6721),
            "Jam kerja seminggu harus antara 1 dan 112 jam; tertulis 112.02 jam.",
        ),
        (
            WorkSchedule(workdays=(5,), weekly_minutes=2250),
            "Dengan 1 hari kerja, 37.5 jam seminggu berarti lebih dari 16 jam sehari.",
        ),
    ],
)
def test_schedule_refused(schedule: WorkSchedule, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_schedule(schedule)
    assert err.value.message == message


def test_schedule_bounds_inclusive() -> None:
    assert validate_schedule(WorkSchedule(weekly_minutes=60)).weekly_minutes == 60
    full = WorkSchedule(workdays=tuple(range(7)), weekly_minutes=6720)
    assert validate_schedule(full).daily_minutes == 960


# ---- formatting -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 m"), (5, "5 m"), (60, "1 j"), (450, "7 j 30 m"), (1440, "24 j"), (2250, "37 j 30 m")],
)
def test_format_minutes(minutes: int, text: str) -> None:
    assert format_minutes(minutes) == text


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 11, 28), "Sabtu, 28 November 2026"),
        (date(2026, 11, 27), "Jumat, 27 November 2026"),
        (date(2026, 8, 17), "Senin, 17 Agustus 2026"),
        (date(2026, 3, 1), "Minggu, 1 Maret 2026"),
        (date(2026, 5, 13), "Rabu, 13 Mei 2026"),
    ],
)
def test_format_day_long(day: date, text: str) -> None:
    assert format_day_long(day) == text


def test_clean_text() -> None:
    assert clean_text(None) == ""
    assert clean_text(" a \n\n b\tc ") == "a b c"
