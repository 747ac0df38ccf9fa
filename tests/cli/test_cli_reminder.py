"""`absensi reminder check|set|snooze|dismiss|show`, run as a user would.

The clock is fixed with ``--at``; the days are in the past, so entries can be logged on them:
December 2025 has Hari Raya Natal on Thursday 25 and cuti bersama on Friday 26, and ends with
the working days Tuesday 30 and Wednesday 31. `reminder check` exits 0 when a reminder is
due, 1 when none is, 4 when it failed and 64 for a wrong command line.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import init_args, ok, run

WORKING_DAY = "2025-12-17"  # a Wednesday


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a profile and no entries. Never modified."""
    data = tmp_path_factory.mktemp("reminder") / "data"
    ok(run(data, *init_args(), "--no-key"))
    return data


@pytest.fixture
def data(ready: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ready, target)
    return target


def check(data: Path, moment: str) -> tuple[int, dict]:
    result = run(data, "reminder", "check", "--at", moment, "--json")
    assert result.returncode in (0, 1) and result.stderr == "", (result.returncode, result.stderr)
    answer = json.loads(result.stdout)
    assert answer["due"] is (result.returncode == 0)
    return result.returncode, answer


def log(data: Path, day: str, text: str = "Menyusun laporan") -> None:
    ok(run(data, "log", "add", "--date", day, "--minutes", "60", "--location", "kantor", "--text", text))


def one_line_failure(result, code: int, fragment: str) -> None:  # noqa: ANN001
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("absensi:") and fragment in lines[0], result.stderr


def test_check_says_whether_and_why_with_its_exit_code(data: Path) -> None:
    code, before = check(data, f"{WORKING_DAY} 15:29")
    assert code == 1 and before["kind"] is None and before["kinds"] == []
    assert before["reasons"]["harian"] == "Belum waktunya: pengingat pukul 15:30 (sekarang 15:29)."
    code, due = check(data, f"{WORKING_DAY} 15:30")
    assert code == 0 and due["kind"] == "harian" and due["kinds"] == ["harian"]
    assert due["at"] == "2025-12-17T15:30" and due["day"] == WORKING_DAY and due["working_day"] is True
    assert due["entries"] == 0 and due["snoozed_until"] is None and due["dismissed"] is False
    assert due["last_working_days"] == ["2025-12-30", "2025-12-31"]
    assert due["empty_days"][0] == "2025-12-01" and due["empty_days"][-1] == WORKING_DAY
    assert set(due) == {"due", "kind", "kinds", "reason", "reasons", "at", "day", "working_day", "off_day",
                        "holiday", "status", "entries", "last_working_days", "empty_days", "snoozed_until",
                        "dismissed"}

    text = run(data, "reminder", "check", "--at", f"{WORKING_DAY} 16:00")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == "Ada pengingat (harian) pada Rabu, 17 Desember 2025 16:00."
    assert "Saatnya mencatat" in text.stdout
    quiet = run(data, "reminder", "check", "--at", "2025-12-17T10:00")  # the ISO form too
    assert quiet.returncode == 1 and quiet.stderr == ""
    assert quiet.stdout.startswith("Tidak ada pengingat pada Rabu, 17 Desember 2025 10:00.")


def test_no_reminder_on_holidays_weekends_leave_logged_days_and_days_off(data: Path) -> None:
    code, christmas = check(data, "2025-12-25 16:00")
    assert code == 1 and christmas["off_day"] == "libur-nasional" and christmas["holiday"] == "Hari Raya Natal"
    assert "hari libur nasional (Hari Raya Natal)" in christmas["reason"]
    code, cuti_bersama = check(data, "2025-12-26 16:00")
    assert code == 1 and cuti_bersama["off_day"] == "cuti-bersama"
    assert "cuti bersama (Cuti Bersama Hari Raya Natal)" in cuti_bersama["reason"]
    code, saturday = check(data, "2025-12-27 16:00")
    assert code == 1 and "akhir pekan" in saturday["reason"]

    ok(run(data, "status", "--date", "2025-12-15", "--status", "cuti", "--leave-kind", "tahunan"))
    code, leave = check(data, "2025-12-15 16:00")
    assert code == 1 and leave["status"] == "cuti" and "berstatus Cuti Tahunan" in leave["reason"]
    assert "2025-12-15" not in leave["empty_days"]

    log(data, "2025-12-16")
    code, logged = check(data, "2025-12-16 16:00")
    assert code == 1 and logged["entries"] == 1 and "sudah tercatat 1 kegiatan" in logged["reason"]

    ok(run(data, "holiday", "add", "--date", "2025-12-18", "--name", "Hari Jadi Kabupaten"))
    code, own = check(data, "2025-12-18 16:00")
    assert code == 1 and own["off_day"] == "libur" and "Hari Jadi Kabupaten" in own["reason"]

    ok(run(data, "schedule", "--days", "sen,sel,kam,jum"))
    code, day_off = check(data, f"{WORKING_DAY} 16:00")
    assert code == 1 and day_off["off_day"] == "bukan-hari-kerja"
    assert "bukan hari kerja dalam jadwal Anda" in day_off["reason"]


def test_month_end_lists_the_empty_days_and_follows_holiday_changes(data: Path) -> None:
    for day in ("2025-12-01", "2025-12-02", "2025-12-29"):
        log(data, day)
    code, tuesday = check(data, "2025-12-30 16:00")
    assert code == 0 and tuesday["kinds"] == ["harian", "akhir-bulan"] and tuesday["kind"] == "akhir-bulan"
    assert "2025-12-01" not in tuesday["empty_days"] and "2025-12-29" not in tuesday["empty_days"]
    assert tuesday["empty_days"][0] == "2025-12-03" and tuesday["empty_days"][-1] == "2025-12-30"
    assert "2025-12-25" not in tuesday["empty_days"] and "2025-12-26" not in tuesday["empty_days"]
    assert f"Akhir bulan: {len(tuesday['empty_days'])} hari kerja Desember 2025 belum terisi" in tuesday["reason"]
    text = run(data, "reminder", "check", "--at", "2025-12-30 16:00")
    assert text.returncode == 0
    assert "absensi export --month 2025-12 --out BERKAS.pdf" in text.stdout

    code, monday = check(data, "2025-12-29 16:00")
    assert code == 1 and "dua hari kerja terakhir bulan ini: 30 dan 31 Desember 2025" in monday["reason"]
    ok(run(data, "holiday", "add", "--date", "2025-12-31", "--name", "Libur daerah"))
    code, moved = check(data, "2025-12-29 16:00")
    assert code == 0 and moved["kinds"] == ["akhir-bulan"]  # the 29th is logged: no daily one
    assert moved["last_working_days"] == ["2025-12-29", "2025-12-30"]


def test_snooze_and_not_today(data: Path) -> None:
    out = ok(run(data, "reminder", "snooze", "--at", f"{WORKING_DAY} 15:40"))
    assert out == "Pengingat ditunda sampai 2025-12-17 16:10.\n"
    code, snoozed = check(data, f"{WORKING_DAY} 16:00")
    assert code == 1 and snoozed["snoozed_until"] == "2025-12-17T16:10"
    assert "ditunda sampai pukul 16:10" in snoozed["reason"]
    assert check(data, f"{WORKING_DAY} 16:10")[0] == 0

    ok(run(data, "reminder", "snooze", "--minutes", "5", "--at", f"{WORKING_DAY} 16:10"))
    assert check(data, f"{WORKING_DAY} 16:14")[0] == 1
    assert check(data, f"{WORKING_DAY} 16:15")[0] == 0

    out = ok(run(data, "reminder", "dismiss", "--at", f"{WORKING_DAY} 16:20"))
    assert out == "Tidak ada pengingat lagi pada Rabu, 17 Desember 2025.\n"
    code, dismissed = check(data, f"{WORKING_DAY} 18:00")
    assert code == 1 and dismissed["dismissed"] is True and "tidak hari ini" in dismissed["reason"]
    assert check(data, "2025-12-18 16:00")[0] == 0  # the next day reminds again
    shown = json.loads(ok(run(data, "reminder", "show", "--json")))
    assert shown["dismissed_on"] == WORKING_DAY and shown["snoozed_until"] is None


def test_snooze_and_dismiss_default_to_now(data: Path) -> None:
    before = datetime.now().replace(second=0, microsecond=0)
    ok(run(data, "reminder", "snooze"))
    after = datetime.now()
    until = datetime.fromisoformat(json.loads(ok(run(data, "reminder", "show", "--json")))["snoozed_until"])
    assert before + timedelta(minutes=30) <= until <= after + timedelta(minutes=30)
    ok(run(data, "reminder", "dismiss"))
    shown = json.loads(ok(run(data, "reminder", "show", "--json")))
    assert shown["dismissed_on"] in {before.date().isoformat(), after.date().isoformat()}
    assert shown["snoozed_until"] is None


def test_set_and_show(data: Path) -> None:
    shown = json.loads(ok(run(data, "reminder", "show", "--json")))
    assert shown == {"time": "15:30", "daily": True, "month_end": True, "snoozed_until": None, "dismissed_on": None}
    out = ok(run(data, "reminder", "set", "--time", "16:45", "--daily", "off"))
    assert "Jam pengingat    : 16:45" in out and "Harian           : mati" in out
    assert "Akhir bulan      : nyala" in out
    code, answer = check(data, "2025-12-31 16:50")
    assert code == 0 and answer["kinds"] == ["akhir-bulan"]
    assert answer["reasons"]["harian"] == "Pengingat harian dimatikan."
    assert check(data, "2025-12-31 16:44")[0] == 1
    ok(run(data, "reminder", "set", "--month-end", "off"))
    code, off = check(data, "2025-12-31 16:50")
    assert code == 1 and off["reason"] == "Pengingat harian dimatikan. Pengingat akhir bulan dimatikan."
    shown = json.loads(ok(run(data, "reminder", "show", "--json")))
    assert shown == {"time": "16:45", "daily": False, "month_end": False, "snoozed_until": None, "dismissed_on": None}
    text = ok(run(data, "reminder", "show"))
    assert "Jam pengingat    : 16:45" in text and "Akhir bulan      : mati" in text
    ok(run(data, "reminder", "set", "--daily", "on"))
    assert json.loads(ok(run(data, "reminder", "show", "--json")))["daily"] is True


def test_refusals_of_set_snooze_and_dismiss_change_nothing(data: Path) -> None:
    one_line_failure(run(data, "reminder", "set"), 1, "Sebutkan yang diubah")
    one_line_failure(run(data, "reminder", "set", "--time", "25:00"), 1, "Jam '25:00' tidak sah")
    one_line_failure(run(data, "reminder", "set", "--time", ""), 1, "Jam '' tidak sah")
    assert run(data, "reminder", "set", "--daily", "ya").returncode == 2
    for minutes in ("0", "721", "-5"):
        one_line_failure(run(data, "reminder", "snooze", "--minutes", minutes), 1, "1 sampai 720 menit")
    assert run(data, "reminder", "snooze", "--minutes", "lima").returncode == 2
    one_line_failure(run(data, "reminder", "snooze", "--at", "besok"), 1, "tidak sah")
    one_line_failure(run(data, "reminder", "dismiss", "--at", "2025-12-17"), 1, "TTTT-BB-HH JJ:MM")
    assert json.loads(ok(run(data, "reminder", "show", "--json"))) == {
        "time": "15:30", "daily": True, "month_end": True, "snoozed_until": None, "dismissed_on": None}


def test_check_failures_exit_4_and_usage_64(data: Path, tmp_path: Path) -> None:
    one_line_failure(run(data, "reminder", "check", "--at", "2025-13-01 16:00"), 4, "Tanggal '2025-13-01' tidak sah")
    one_line_failure(run(data, "reminder", "check", "--at", "2025-12-17 24:00"), 4, "24:00")
    one_line_failure(run(data, "reminder", "check", "--at", "1999-12-17 16:00"), 4, "1999")
    one_line_failure(run(data, "reminder", "check", "--at", "kemarin sore"), 4, "tidak sah")
    one_line_failure(run(tmp_path / "empty", "reminder", "check", "--at", "2025-12-17 16:00"), 4,
                     "Profil pegawai belum dibuat")
    for argv in (("--bogus",), ("--at",), ("--json=1",)):
        wrong = run(data, "reminder", "check", *argv)
        assert wrong.returncode == 64 and wrong.stdout == "", (argv, wrong.returncode, wrong.stderr)
        assert "pemakaian:" in wrong.stderr
    empty_dir = run(None, "--data-dir", "", "reminder", "check")
    assert empty_dir.returncode == 64 and "tidak boleh kosong" in empty_dir.stderr
    # the other reminder commands keep the usual codes
    assert run(data, "reminder", "show", "--bogus").returncode == 2
    assert run(data, "reminder", "show", "--json=1").returncode == 2
    assert run(data, "reminder").returncode == 2
