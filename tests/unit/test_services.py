"""Services over a real SQLite file in tmp_path (no mocks), with the clock pinned.

``clock`` (see conftest) reads Saturday 2026-11-28 15:00.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from absensi_app.domain.errors import NotFoundError, ProfileMissingError, ValidationError
from absensi_app.domain.model import (
    DayStatus,
    DayStatusRecord,
    EntryDraft,
    Evidence,
    LeaveKind,
    Location,
    Profile,
    WorkSchedule,
)
from absensi_app.services.context import AppContext
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.evidence import store_evidence_file
from absensi_app.services.worklog import month_bounds

SAT = date(2026, 11, 28)
FRI = date(2026, 11, 27)
THU = date(2026, 11, 26)
MON_BEFORE = date(2026, 11, 23)
FRI_BEFORE = date(2026, 11, 20)
THU_BEFORE = date(2026, 11, 19)


def d(day: date, start: str, end: str, text: str = "Menyusun laporan", **kw: object) -> EntryDraft:
    return EntryDraft(
        day=day,
        location=kw.pop("location", Location.KANTOR),  # type: ignore[arg-type]
        description=text,
        start=time.fromisoformat(start),
        end=time.fromisoformat(end),
        **kw,  # type: ignore[arg-type]
    )


def spans(ctx: AppContext, day: date) -> list[tuple[str, str, str]]:
    return [
        (e.start.strftime("%H:%M"), e.end.strftime("%H:%M"), e.description)
        for e in ctx.worklog.entries_between(day, day)
    ]


# ---- profile and schedule ---------------------------------------------------------------------
def test_profile_missing(ctx: AppContext) -> None:
    assert ctx.profile.get() is None
    assert not ctx.profile.has_profile()
    with pytest.raises(ProfileMissingError) as err:
        ctx.profile.require()
    assert "absensi init" in err.value.message


def test_profile_save_get_require(ctx: AppContext, sample_profile: Profile) -> None:
    saved = ctx.profile.save(replace(sample_profile, name="  Budi   Santoso, S.Kom. "))
    assert saved.name == "Budi Santoso, S.Kom."
    assert saved.nip == "198609262015051001"
    assert saved.supervisor_nip == "197508172000032004"
    assert ctx.profile.get() == saved
    assert ctx.profile.require() == saved
    assert ctx.profile.has_profile()

    # Saving again replaces the single row.
    again = ctx.profile.save(replace(sample_profile, position="Pranata Komputer Ahli Muda"))
    assert ctx.profile.require() == again
    assert ctx.profile.require().position == "Pranata Komputer Ahli Muda"


def test_profile_refused_leaves_stored_one(ctx: AppContext, sample_profile: Profile) -> None:
    ctx.profile.save(sample_profile)
    before = ctx.profile.require()
    with pytest.raises(ValidationError):
        ctx.profile.save(replace(sample_profile, nip="123"))
    assert ctx.profile.require() == before


def test_profile_survives_reopening(ctx: AppContext, sample_profile: Profile, clock) -> None:  # noqa: ANN001
    from absensi_app.services.context import open_context

    saved = ctx.profile.save(sample_profile)
    ctx.close()
    other = open_context(ctx.paths, clock)
    try:
        assert other.profile.require() == saved
    finally:
        other.close()


def test_schedule_defaults(ctx: AppContext, sample_profile: Profile) -> None:
    schedule = ctx.profile.schedule()
    assert schedule == WorkSchedule()
    assert schedule.workdays == (0, 1, 2, 3, 4)
    assert schedule.day_start == time(7, 30)
    assert schedule.weekly_minutes == 2250
    assert schedule.daily_minutes == 450
    ctx.profile.save(sample_profile)  # stores the default schedule row
    assert ctx.profile.schedule() == WorkSchedule((0, 1, 2, 3, 4), time(7, 30), 2250)


def test_save_schedule_six_days(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    saved = ctx.profile.save_schedule(WorkSchedule((5, 0, 1, 2, 3, 4, 4), time(7, 0), 2250))
    assert saved.workdays == (0, 1, 2, 3, 4, 5)
    assert ctx.profile.schedule() == WorkSchedule((0, 1, 2, 3, 4, 5), time(7, 0), 2250)
    assert ctx.profile.schedule().daily_minutes == 375
    # The work log reads the schedule live.
    assert ctx.worklog.day(SAT).expected_minutes == 375
    assert ctx.worklog.day(SAT).is_workday
    assert ctx.worklog.day(FRI).expected_minutes == 375


def test_save_schedule_refused_keeps_old(ctx_with_profile: AppContext) -> None:
    with pytest.raises(ValidationError):
        ctx_with_profile.profile.save_schedule(WorkSchedule(workdays=()))
    assert ctx_with_profile.profile.schedule() == WorkSchedule()


# ---- entries ----------------------------------------------------------------------------------
def test_add_and_read_back(ctx: AppContext) -> None:
    entry = ctx.worklog.add(
        d(FRI, "08:00", "09:30", "  Menyusun   laporan ", quantity=1, unit="laporan",
          evidence=Evidence(link="https://drive.example.go.id/1"))
    )
    assert entry.id > 0
    assert entry.minutes == 90
    assert entry.description == "Menyusun laporan"
    assert entry.output_text == "1 laporan"
    assert ctx.worklog.get(entry.id) == entry
    assert ctx.worklog.month_entries(2026, 11) == [entry]
    assert ctx.worklog.month_entries(2026, 10) == []
    assert ctx.worklog.days_with_entries(*month_bounds(2026, 11)) == {FRI: 90}


def test_add_duration_only(ctx: AppContext) -> None:
    entry = ctx.worklog.add(EntryDraft(FRI, Location.RUMAH, "Membaca regulasi", minutes=45))
    assert (entry.start, entry.end, entry.minutes) == (None, None, 45)
    assert entry.location is Location.RUMAH


def test_entries_sorted_by_day_and_time(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI, "13:00", "14:00", "C"))
    ctx.worklog.add(d(THU, "10:00", "11:00", "A"))
    ctx.worklog.add(EntryDraft(FRI, Location.KANTOR, "D", minutes=30))
    ctx.worklog.add(d(FRI, "07:30", "09:00", "B"))
    assert [e.description for e in ctx.worklog.entries_between(THU, FRI)] == ["A", "B", "C", "D"]


def test_add_refused_stores_nothing(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI, "08:00", "10:00", "Rapat"))
    with pytest.raises(ValidationError, match="bertumpuk"):
        ctx.worklog.add(d(FRI, "09:00", "11:00", "Lain"))
    with pytest.raises(ValidationError, match="belum terjadi"):
        ctx.worklog.add(d(SAT + timedelta(days=1), "08:00", "09:00"))
    assert spans(ctx, FRI) == [("08:00", "10:00", "Rapat")]


def test_update_keeps_other_entries(ctx: AppContext) -> None:
    a = ctx.worklog.add(d(FRI, "08:00", "09:00", "Pertama"))
    b = ctx.worklog.add(d(FRI, "09:00", "10:00", "Kedua"))
    c = ctx.worklog.add(d(FRI, "10:00", "11:00", "Ketiga"))
    # Moving b within its own old span overlaps only itself: allowed.
    updated = ctx.worklog.update(b.id, d(FRI, "09:15", "10:00", "Kedua (diperbaiki)"))
    assert updated.id == b.id
    assert updated.minutes == 45
    assert spans(ctx, FRI) == [
        ("08:00", "09:00", "Pertama"),
        ("09:15", "10:00", "Kedua (diperbaiki)"),
        ("10:00", "11:00", "Ketiga"),
    ]
    assert ctx.worklog.get(a.id) == a
    assert ctx.worklog.get(c.id) == c


def test_update_into_a_neighbour_is_refused(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI, "08:00", "09:00", "Pertama"))
    b = ctx.worklog.add(d(FRI, "09:00", "10:00", "Kedua"))
    with pytest.raises(ValidationError, match="08:00-09:00"):
        ctx.worklog.update(b.id, d(FRI, "08:30", "10:00", "Kedua"))
    assert ctx.worklog.get(b.id) == b


def test_update_moves_to_another_day(ctx: AppContext) -> None:
    e = ctx.worklog.add(d(FRI, "08:00", "09:00", "Pindah"))
    ctx.worklog.add(d(THU, "10:00", "11:00", "Tetap"))
    moved = ctx.worklog.update(e.id, d(THU, "08:00", "09:00", "Pindah"))
    assert moved.day == THU
    assert spans(ctx, FRI) == []
    assert [x[2] for x in spans(ctx, THU)] == ["Pindah", "Tetap"]


def test_update_missing(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError):
        ctx.worklog.update(999, d(FRI, "08:00", "09:00"))


def test_delete_and_restore_same_id(ctx: AppContext) -> None:
    a = ctx.worklog.add(d(FRI, "08:00", "09:00", "Pertama", quantity=2, unit="surat"))
    b = ctx.worklog.add(d(FRI, "09:00", "10:00", "Kedua"))
    deleted = ctx.worklog.delete(a.id)
    assert deleted == a
    with pytest.raises(NotFoundError):
        ctx.worklog.get(a.id)
    with pytest.raises(NotFoundError):
        ctx.worklog.delete(a.id)
    assert [e.id for e in ctx.worklog.entries_between(FRI, FRI)] == [b.id]

    restored = ctx.worklog.restore(deleted)
    assert restored == a
    assert ctx.worklog.get(a.id) == a
    with pytest.raises(ValidationError, match="sudah ada"):
        ctx.worklog.restore(deleted)


def test_deleted_ids_are_never_reused(ctx: AppContext) -> None:
    """An id names one entry for good: 'no. 3' in the CLI, an undo step in the GUI."""
    a = ctx.worklog.add(d(FRI, "08:00", "09:00", "Pertama"))
    b = ctx.worklog.add(d(FRI, "09:00", "10:00", "Kedua"))
    ctx.worklog.delete(b.id)  # the highest id
    c = ctx.worklog.add(d(FRI, "09:00", "10:00", "Ketiga"))
    assert c.id not in (a.id, b.id)


def test_restore_refused_when_the_slot_was_taken(ctx: AppContext) -> None:
    a = ctx.worklog.add(d(FRI, "08:00", "09:00", "Pertama"))
    ctx.worklog.delete(a.id)
    ctx.worklog.add(d(FRI, "08:30", "09:30", "Pengganti"))
    with pytest.raises(ValidationError, match="bertumpuk"):
        ctx.worklog.restore(a)
    assert spans(ctx, FRI) == [("08:30", "09:30", "Pengganti")]


# ---- copy previous day ------------------------------------------------------------------------
def test_copy_previous_day_friday_to_monday(ctx: AppContext) -> None:
    ctx.worklog.add(d(THU_BEFORE, "08:00", "09:00", "Kamis"))
    ctx.worklog.add(d(FRI_BEFORE, "08:00", "09:00", "Jumat pagi", quantity=1, unit="notula"))
    ctx.worklog.add(EntryDraft(FRI_BEFORE, Location.RUMAH, "Jumat durasi", minutes=30))
    ctx.worklog.add(d(FRI_BEFORE, "13:00", "16:30", "Jumat siang"))

    copied = ctx.worklog.copy_previous_day(MON_BEFORE)

    assert [e.day for e in copied] == [MON_BEFORE] * 3
    assert [(e.start, e.end, e.minutes, e.location, e.description, e.quantity, e.unit) for e in copied] == [
        (time(8), time(9), 60, Location.KANTOR, "Jumat pagi", 1, "notula"),
        (time(13), time(16, 30), 210, Location.KANTOR, "Jumat siang", None, None),
        (None, None, 30, Location.RUMAH, "Jumat durasi", None, None),  # untimed ones last
    ]
    # The source day is untouched and Thursday was not copied.
    assert len(ctx.worklog.entries_between(FRI_BEFORE, FRI_BEFORE)) == 3
    assert len(ctx.worklog.entries_between(MON_BEFORE, MON_BEFORE)) == 3


def test_copy_previous_day_with_nothing_before(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI, "08:00", "09:00"))  # later days do not count
    with pytest.raises(ValidationError, match="Belum ada hari sebelumnya"):
        ctx.worklog.copy_previous_day(THU)
    assert ctx.worklog.entries_between(THU, THU) == []


def test_copy_previous_day_is_all_or_nothing(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI_BEFORE, "08:00", "09:00", "Tidak bertumpuk"))
    ctx.worklog.add(d(FRI_BEFORE, "10:00", "11:00", "Bertumpuk"))
    ctx.worklog.add(d(MON_BEFORE, "10:30", "12:00", "Sudah ada"))
    with pytest.raises(ValidationError, match="bertumpuk"):
        ctx.worklog.copy_previous_day(MON_BEFORE)
    # The first (fine) entry was not kept either.
    assert spans(ctx, MON_BEFORE) == [("10:30", "12:00", "Sudah ada")]


def test_copy_previous_day_skips_to_last_logged_day(ctx: AppContext) -> None:
    ctx.worklog.add(d(THU_BEFORE, "08:00", "09:00", "Kamis lalu"))
    copied = ctx.worklog.copy_previous_day(FRI)
    assert [e.description for e in copied] == ["Kamis lalu"]
    assert ctx.worklog.previous_logged_day(FRI) == THU_BEFORE  # strictly earlier days only
    assert ctx.worklog.previous_logged_day(SAT) == FRI


# ---- day statuses and day summaries ----------------------------------------------------------
def test_set_status_returns_previous_for_undo(ctx: AppContext) -> None:
    assert ctx.worklog.set_status(THU, DayStatus.SAKIT, note="  Surat   dokter ") is None
    first = DayStatusRecord(THU, DayStatus.SAKIT, None, "Surat dokter")
    assert ctx.worklog.statuses_between(THU, THU) == {THU: first}

    previous = ctx.worklog.set_status(THU, DayStatus.CUTI, LeaveKind.TAHUNAN, "Keluarga")
    assert previous == first
    second = ctx.worklog.statuses_between(THU, THU)[THU]
    assert second == DayStatusRecord(THU, DayStatus.CUTI, LeaveKind.TAHUNAN, "Keluarga")
    assert second.label == "Cuti Tahunan"

    # Undo: put the previous record back.
    ctx.worklog.set_status(THU, previous.status, previous.leave_kind, previous.note)
    assert ctx.worklog.statuses_between(THU, THU)[THU] == first

    assert ctx.worklog.set_status(THU, None) == first
    assert ctx.worklog.statuses_between(THU, THU) == {}
    assert ctx.worklog.set_status(THU, None) is None


def test_cuti_needs_a_leave_kind(ctx: AppContext) -> None:
    ctx.worklog.set_status(THU, DayStatus.IZIN)
    with pytest.raises(ValidationError) as err:
        ctx.worklog.set_status(THU, DayStatus.CUTI)
    assert err.value.message == "Pilih jenis cuti."
    assert err.value.field == "leave_kind"
    assert ctx.worklog.statuses_between(THU, THU)[THU].status is DayStatus.IZIN


def test_leave_kind_dropped_for_other_statuses(ctx: AppContext) -> None:
    ctx.worklog.set_status(THU, DayStatus.SAKIT, LeaveKind.TAHUNAN)
    assert ctx.worklog.statuses_between(THU, THU)[THU].leave_kind is None


def test_status_limits(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="500"):
        ctx.worklog.set_status(THU, DayStatus.IZIN, note="x" * 501)
    with pytest.raises(ValidationError, match="satu tahun"):
        ctx.worklog.set_status(SAT + timedelta(days=367), DayStatus.CUTI, LeaveKind.TAHUNAN)
    # Planned leave a few weeks ahead is fine.
    ctx.worklog.set_status(date(2026, 12, 21), DayStatus.CUTI, LeaveKind.TAHUNAN)
    assert ctx.worklog.statuses_between(THU, THU) == {}
    assert list(ctx.worklog.statuses_between(SAT, date(2027, 12, 31))) == [date(2026, 12, 21)]


def test_day_summary_workday(ctx: AppContext) -> None:
    ctx.worklog.add(d(FRI, "07:30", "11:30", "Pagi"))
    ctx.worklog.add(d(FRI, "13:00", "14:15", "Siang"))
    summary = ctx.worklog.day(FRI)
    assert summary.is_workday
    assert summary.expected_minutes == 450
    assert summary.holiday_name is None
    assert summary.status is None
    assert summary.total_minutes == 315
    assert [e.description for e in summary.entries] == ["Pagi", "Siang"]


def test_day_summary_weekend(ctx: AppContext) -> None:
    summary = ctx.worklog.day(SAT)
    assert not summary.is_workday
    assert summary.expected_minutes == 0
    assert summary.entries == ()
    assert ctx.worklog.day(date(2026, 11, 29)).expected_minutes == 0


def test_day_summary_holiday(ctx: AppContext) -> None:
    summary = ctx.worklog.day(date(2026, 8, 17))  # a Monday
    assert not summary.is_workday
    assert summary.expected_minutes == 0
    assert summary.holiday_name == "Hari Kemerdekaan Republik Indonesia"
    assert ctx.worklog.day(date(2026, 8, 18)).expected_minutes == 450


def test_day_summary_statuses(ctx: AppContext) -> None:
    ctx.worklog.set_status(THU, DayStatus.CUTI, LeaveKind.TAHUNAN)
    summary = ctx.worklog.day(THU)
    assert summary.expected_minutes == 0
    assert summary.is_workday
    assert summary.status is not None and summary.status.label == "Cuti Tahunan"

    for status in (DayStatus.SAKIT, DayStatus.IZIN, DayStatus.TUGAS_BELAJAR, DayStatus.LIBUR):
        ctx.worklog.set_status(THU, status)
        assert ctx.worklog.day(THU).expected_minutes == 0, status
    # Being present, travelling on duty or absent without a reason still owes the hours.
    for status in (DayStatus.HADIR, DayStatus.DINAS_LUAR, DayStatus.TANPA_KETERANGAN):
        ctx.worklog.set_status(THU, status)
        assert ctx.worklog.day(THU).expected_minutes == 450, status


# ---- suggestions ------------------------------------------------------------------------------
def test_suggestions_most_used_first(ctx: AppContext) -> None:
    days = [date(2026, 11, n) for n in (2, 3, 4, 5, 6, 9)]
    ctx.worklog.add(d(days[0], "08:00", "09:00", "Rapat koordinasi", quantity=1, unit="notula"))
    ctx.worklog.add(d(days[1], "08:00", "09:00", "Rapat koordinasi", quantity=1, unit="notula"))
    ctx.worklog.add(d(days[2], "08:00", "09:00", "Rapat koordinasi", quantity=2, unit="surat"))
    ctx.worklog.add(d(days[0], "09:00", "10:00", "Menyusun laporan", quantity=1, unit="notula"))
    ctx.worklog.add(d(days[1], "09:00", "10:00", "Menyusun laporan"))
    ctx.worklog.add(d(days[3], "09:00", "10:00", "Membalas surat"))  # used once, older
    ctx.worklog.add(d(days[5], "09:00", "10:00", "Mengolah data"))  # used once, newest
    assert ctx.worklog.suggestions() == [
        "Rapat koordinasi",
        "Menyusun laporan",
        "Mengolah data",
        "Membalas surat",
    ]
    assert ctx.worklog.suggestions(limit=2) == ["Rapat koordinasi", "Menyusun laporan"]
    assert ctx.worklog.units() == ["notula", "surat"]


# ---- evidence ---------------------------------------------------------------------------------
def test_evidence_file_copied_with_sha256(ctx: AppContext, tmp_path: Path) -> None:
    content = b"%PDF-1.4 surat tugas nomor 800/123\n" * 100
    source = tmp_path / "Surat Tugas (final).pdf"
    source.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()

    evidence = store_evidence_file(source, ctx.paths.evidence_dir)
    assert evidence.sha256 == digest
    assert evidence.link is None
    assert evidence.file_name is not None
    assert not Path(evidence.file_name).is_absolute()
    stored = ctx.paths.evidence_dir / evidence.file_name
    assert stored.read_bytes() == content
    assert stored.name.endswith("Surat_Tugas_final_.pdf")
    assert source.read_bytes() == content  # the original is left alone

    # The same content is stored once.
    assert store_evidence_file(source, ctx.paths.evidence_dir) == evidence
    files = [p for p in ctx.paths.evidence_dir.rglob("*") if p.is_file()]
    assert files == [stored]

    entry = ctx.worklog.add(d(FRI, "08:00", "09:00", "Perjalanan dinas", evidence=evidence))
    assert ctx.worklog.get(entry.id).evidence == Evidence(evidence.file_name, digest, None)


def test_evidence_missing_file(ctx: AppContext, tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.pdf"
    with pytest.raises(ValidationError) as err:
        store_evidence_file(missing, ctx.paths.evidence_dir)
    assert err.value.message == f"Berkas bukti dukung '{missing}' tidak ditemukan."
    assert err.value.field == "evidence"
    with pytest.raises(ValidationError, match="adalah folder; pilih sebuah berkas"):
        store_evidence_file(tmp_path, ctx.paths.evidence_dir)  # a folder is not a file
    assert list(ctx.paths.evidence_dir.rglob("*")) == []


# ---- demo data --------------------------------------------------------------------------------
def test_demo_fill_current_month(ctx: AppContext, clock) -> None:  # noqa: ANN001
    from absensi_app.domain.calendar import national_holidays

    result = fill_demo_month(ctx.worklog, 2026, 11, clock.today())
    entries = ctx.worklog.month_entries(2026, 11)
    statuses = ctx.worklog.statuses_between(*month_bounds(2026, 11))
    assert result.entries == len(entries) > 0
    assert result.statuses == len(statuses) == 3
    assert {s.status for s in statuses.values()} == {DayStatus.CUTI, DayStatus.SAKIT, DayStatus.DINAS_LUAR}
    assert all(e.day <= SAT for e in entries)
    assert all(e.day.weekday() < 5 for e in entries)
    assert not set(national_holidays(2026)) & {e.day for e in entries}
    # Every Mon-Fri up to Friday 27 has entries or an excusing status.
    weekdays = {date(2026, 11, n) for n in range(1, 28) if date(2026, 11, n).weekday() < 5}
    covered = {e.day for e in entries} | {
        day for day, s in statuses.items() if s.status.excuses_work
    }
    assert covered == weekdays
    assert result.days == len({e.day for e in entries})

    again = fill_demo_month(ctx.worklog, 2026, 11, clock.today())
    assert (again.entries, again.statuses, again.days) == (0, 0, 0)
    assert ctx.worklog.month_entries(2026, 11) == entries


def test_demo_fill_month_with_holiday(ctx: AppContext, clock) -> None:  # noqa: ANN001
    fill_demo_month(ctx.worklog, 2026, 8, clock.today())
    days = {e.day for e in ctx.worklog.month_entries(2026, 8)}
    assert date(2026, 8, 17) not in days
    assert date(2026, 8, 18) in days or date(2026, 8, 18) in ctx.worklog.statuses_between(
        date(2026, 8, 18), date(2026, 8, 18)
    )
    assert date(2026, 8, 31) in days or ctx.worklog.statuses_between(
        date(2026, 8, 31), date(2026, 8, 31)
    )


def test_demo_keeps_user_days_and_leaves_today_afternoon(ctx: AppContext, clock) -> None:  # noqa: ANN001
    clock.fixed = datetime(2026, 11, 27, 10, 0)  # Friday morning
    mine = ctx.worklog.add(d(date(2026, 11, 26), "07:00", "08:00", "Punya saya"))
    fill_demo_month(ctx.worklog, 2026, 11, clock.today())
    assert ctx.worklog.entries_between(mine.day, mine.day) == [mine]
    today = ctx.worklog.entries_between(FRI, FRI)
    assert today, "today is a working day"
    assert all(e.end is not None and e.end <= time(12, 0) for e in today)
    assert ctx.worklog.entries_between(SAT, date(2026, 11, 30)) == []


def test_demo_future_month_refused(ctx: AppContext, clock) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        fill_demo_month(ctx.worklog, 2026, 12, clock.today())
    assert "2026-12" in err.value.message
    assert ctx.worklog.entries_between(date(2026, 1, 1), date(2027, 12, 31)) == []


def test_sample_profile_is_valid(ctx: AppContext) -> None:
    saved = ctx.profile.save(SAMPLE_PROFILE)
    assert saved == SAMPLE_PROFILE


@pytest.mark.parametrize(
    ("year", "month", "first", "last"),
    [
        (2026, 11, date(2026, 11, 1), date(2026, 11, 30)),
        (2026, 12, date(2026, 12, 1), date(2026, 12, 31)),
        (2028, 2, date(2028, 2, 1), date(2028, 2, 29)),
        (2026, 2, date(2026, 2, 1), date(2026, 2, 28)),
        (9999, 12, date(9999, 12, 1), date(9999, 12, 31)),  # `log list --month 9999-12`
    ],
)
def test_month_bounds(year: int, month: int, first: date, last: date) -> None:
    assert month_bounds(year, month) == (first, last)


def test_evidence_hash_matches_the_stored_copy(ctx: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "notula.txt"
    source.write_bytes(b"notula rapat " * 1000)
    evidence = store_evidence_file(source, ctx.paths.evidence_dir)
    stored = ctx.paths.evidence_dir / evidence.file_name
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == evidence.sha256
    again = store_evidence_file(source, ctx.paths.evidence_dir)
    assert again == evidence
    assert [p.name for p in ctx.paths.evidence_dir.rglob("*") if p.is_file()] == [stored.name]


def test_profile_and_schedule_are_saved_together_or_not_at_all(ctx: AppContext, sample_profile) -> None:  # noqa: ANN001
    from absensi_app.domain.model import WorkSchedule

    impossible = WorkSchedule(workdays=(0,), weekly_minutes=2250)  # 37.5 h in one day
    with pytest.raises(ValidationError, match="lebih dari 16 jam sehari"):
        ctx.profile.save(sample_profile, impossible)
    assert ctx.profile.get() is None
    six = WorkSchedule(workdays=(0, 1, 2, 3, 4, 5))
    ctx.profile.save(sample_profile, six)
    assert ctx.profile.schedule() == six


def test_demo_refuses_too_old_month_before_writing(ctx: AppContext) -> None:
    from absensi_app.services.demo import fill_demo_month

    with pytest.raises(ValidationError, match="terlalu lampau"):
        fill_demo_month(ctx.worklog, 1999, 1, ctx.clock.today())
    assert ctx.worklog.statuses_between(date(1999, 1, 1), date(1999, 1, 31)) == {}
