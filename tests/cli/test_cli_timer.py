"""`absensi timer start|status|stop|cancel` (and summary's year line) through real processes on
a fixed clock.

Each command runs the real CLI (``absensi_app.cli.main``) in a fresh interpreter whose Clock
reads the moment the test gives (``run_at``): every process is a restart of the app, so a
timer seen by the next command has survived one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, init_args, list_json, ok, run

# The real command in a fresh interpreter, with services.clock.Clock reading a fixed moment.
FROZEN_CLOCK = (
    "import sys, datetime\n"
    "from absensi_app.services import clock\n"
    "now = datetime.datetime.fromisoformat(sys.argv.pop(1))\n"
    "clock.Clock.now = lambda self: self.fixed or now\n"
    "from absensi_app.cli import main\n"
    "raise SystemExit(main())\n"
)
THURSDAY = "2026-11-26"


def run_at(data: Path, now: str, *args: str):  # noqa: ANN201
    """``absensi --data-dir DATA ARGS`` at ``now`` ("2026-11-26T09:00")."""
    return run(data, *args, command=(sys.executable, "-c", FROZEN_CLOCK, now))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    ok(run_at(folder, f"{THURSDAY}T07:00", *init_args("19860926 201505 1 001", "--no-key")))
    return folder


def status(data: Path, now: str) -> dict:
    return json.loads(ok(run_at(data, now, "timer", "status", "--json")))


def test_start_survives_every_process_and_stop_writes_one_entry(data: Path) -> None:
    assert ok(run_at(data, f"{THURSDAY}T08:00", "timer", "status")) == "Tidak ada timer yang berjalan.\n"
    assert status(data, f"{THURSDAY}T08:00") == {"running": False}
    out = ok(run_at(data, f"{THURSDAY}T08:20", "timer", "start", "--text", "Menyusun laporan bulanan",
                    "--location", "rumah", "--at", "08:15", "--unit", "laporan"))
    assert out.startswith("Timer mulai Kamis, 26 November 2026 08:15: Menyusun laporan bulanan [Rumah].")
    again = run_at(data, f"{THURSDAY}T09:00", "timer", "start", "--text", "Yang lain")
    assert_refused(again, "Timer sudah berjalan sejak 26-11-2026 08:15")
    text = ok(run_at(data, f"{THURSDAY}T10:00", "timer", "status"))
    assert "Timer berjalan sejak Kamis, 26 November 2026 08:15 (1 j 45 m)" in text
    assert "Bila dihentikan sekarang: 08:15-10:00 (1 j 45 m)" in text
    assert status(data, f"{THURSDAY}T10:00") == {
        "running": True, "started_at": "2026-11-26T08:15:00", "date": THURSDAY, "start": "08:15",
        "elapsed_minutes": 105, "description": "Menyusun laporan bulanan", "location": "rumah",
        "rhk_id": None, "action_id": None, "unit": "laporan", "template": None,
        "stop": {"reason": "biasa", "needs_choice": False, "end": "10:00", "minutes": 105,
                 "schedule_end": "16:00", "until_schedule_end": False},
    }  # fmt: skip
    assert list_json(data, "2026-11")["entries"] == []  # nothing is an entry before the stop
    out = ok(run_at(data, f"{THURSDAY}T11:40", "timer", "stop", "--qty", "1"))
    assert out == ("Timer dihentikan. Tersimpan sebagai kegiatan no. 1: Kamis, 26 November 2026, "
                   "08:15-11:40, Menyusun laporan bulanan\n")
    entries = list_json(data, "2026-11")["entries"]
    assert [(e["start"], e["end"], e["location"], e["quantity"], e["unit"]) for e in entries] == [
        ("08:15", "11:40", "rumah", 1, "laporan")]
    assert status(data, f"{THURSDAY}T11:41") == {"running": False}
    assert_refused(run_at(data, f"{THURSDAY}T11:42", "timer", "stop"), "Tidak ada timer yang berjalan.")


def test_over_midnight_refuses_with_what_it_would_record_then_takes_the_choice(data: Path) -> None:
    ok(run_at(data, f"{THURSDAY}T08:00", "timer", "start", "--text", "Menyusun laporan"))
    refused = run_at(data, "2026-11-27T07:50", "timer", "stop")
    assert_refused(refused, "sudah melewati tengah malam")
    line = refused.stderr
    assert "yang tercatat Kamis, 26 November 2026 08:00-23:59 (15 j 59 m)" in line
    assert "--at JJ:MM" in line and "--until-schedule-end" in line and "(16:00)" in line
    assert list_json(data, "2026-11")["entries"] == []
    plan = status(data, "2026-11-27T07:50")["stop"]
    assert plan == {"reason": "lewat-tengah-malam", "needs_choice": True, "end": "23:59", "minutes": 959,
                    "schedule_end": "16:00", "until_schedule_end": True}
    text = ok(run_at(data, "2026-11-27T07:50", "timer", "status"))
    assert "Untuk 'absensi timer stop': Sebutkan dengan --at JJ:MM" in text
    out = ok(run_at(data, "2026-11-27T07:51", "timer", "stop", "--until-schedule-end"))
    assert "08:00-16:00, Menyusun laporan" in out
    assert [(e["date"], e["end"]) for e in list_json(data, "2026-11")["entries"]] == [(THURSDAY, "16:00")]


def test_past_the_schedule_end_asks_and_at_records_the_given_end(data: Path) -> None:
    ok(run_at(data, f"{THURSDAY}T08:00", "timer", "start", "--text", "Menyusun laporan"))
    refused = run_at(data, f"{THURSDAY}T21:30", "timer", "stop")
    assert_refused(refused, "sudah melewati akhir jam kerja (16:00)")
    assert "08:00-21:30 (13 j 30 m)" in refused.stderr and "--at 21:30 bila memang bekerja" in refused.stderr
    assert_refused(run_at(data, f"{THURSDAY}T21:30", "timer", "stop", "--at", "22:00"), "belum terjadi")
    assert_refused(run_at(data, f"{THURSDAY}T21:30", "timer", "stop", "--at", "07:00"), "harus setelah")
    out = ok(run_at(data, f"{THURSDAY}T21:31", "timer", "stop", "--at", "17:30", "--text", "Laporan akhir",
                    "--location", "kantor-lain"))
    assert "08:00-17:30, Laporan akhir" in out
    (entry,) = list_json(data, "2026-11")["entries"]
    assert entry["location"] == "kantor-lain"


def test_cancel_writes_nothing(data: Path) -> None:
    ok(run_at(data, f"{THURSDAY}T08:00", "timer", "start", "--text", "Rapat"))
    out = ok(run_at(data, f"{THURSDAY}T09:00", "timer", "cancel"))
    assert out == ("Timer sejak Kamis, 26 November 2026 08:00 (Rapat) dibatalkan; tidak ada kegiatan "
                   "yang dicatat.\n")
    assert list_json(data, "2026-11")["entries"] == []
    assert status(data, f"{THURSDAY}T09:00") == {"running": False}
    assert_refused(run_at(data, f"{THURSDAY}T09:00", "timer", "cancel"), "Tidak ada timer yang berjalan.")


def test_start_from_a_template_options_win(data: Path) -> None:
    ok(run_at(data, f"{THURSDAY}T07:00", "template", "add", "Rapat", "--text", "Rapat koordinasi",
              "--location", "rumah", "--unit", "notula", "--minutes", "60"))
    ok(run_at(data, f"{THURSDAY}T08:00", "timer", "start", "--template", "RAPAT", "--location", "kantor"))
    got = status(data, f"{THURSDAY}T09:00")
    assert (got["description"], got["location"], got["unit"], got["template"]) == (
        "Rapat koordinasi", "kantor", "notula", "Rapat")
    ok(run_at(data, f"{THURSDAY}T09:00", "timer", "stop", "--qty", "1"))
    (entry,) = list_json(data, "2026-11")["entries"]
    assert (entry["description"], entry["quantity"], entry["unit"]) == ("Rapat koordinasi", 1, "notula")
    assert_refused(run_at(data, f"{THURSDAY}T10:00", "timer", "start", "--template", "tidak-ada"),
                   "Templat 'tidak-ada' tidak ada")


def test_bad_timer_input_is_refused_and_changes_nothing(data: Path) -> None:
    now = f"{THURSDAY}T10:00"
    for args, fragment in [
        (["timer", "start"], "Sebutkan --text"),
        (["timer", "start", "--text", "x", "--at", "25:00"], "Jam '25:00' tidak sah"),
        (["timer", "start", "--text", "x", "--at", "11:00"], "belum terjadi"),
        (["timer", "start", "--text", "   "], "Uraian kegiatan wajib"),
        (["timer", "start", "--text", "x", "--rhk", "7"], "RHK nomor 7 tidak ada"),
        (["timer", "start", "--text", "x", "--unit", "u" * 41], "Satuan output terlalu panjang"),
        (["timer", "stop"], "Tidak ada timer"),
    ]:
        assert_refused(run_at(data, now, *args), fragment)
    for args in (["timer", "stop", "--at", "09:00", "--until-schedule-end"],
                 ["timer", "start", "--text", "x", "--location", "mars"],
                 ["timer", "status", "--json=1"], ["timer"], ["timer", "stop", "--qty", "dua"]):
        result = run_at(data, now, *args)
        assert result.returncode == 2 and result.stderr.startswith("pemakaian: absensi"), (args, result.stderr)
    assert status(data, now) == {"running": False}
    ok(run_at(data, now, "timer", "start", "--text", "Menyusun laporan", "--at", "09:00"))
    # an entry the stop cannot write (a unit without its quantity) leaves the timer running
    assert_refused(run_at(data, f"{THURSDAY}T10:30", "timer", "stop", "--unit", "laporan"), "Isi jumlah output")
    assert status(data, f"{THURSDAY}T10:30")["running"] is True
    assert list_json(data, "2026-11")["entries"] == []


# ---- summary's year line (issue 13's small item) ------------------------------------------------
def test_summary_year_line_when_only_part_of_the_year_is_logged(data: Path) -> None:
    ok(run_at(data, f"{THURSDAY}T12:00", "log", "add", "--date", "2026-11-02", "--start", "08:00",
              "--end", "12:00", "--location", "kantor", "--text", "Rapat"))
    out = ok(run_at(data, "2026-11-27T09:00", "summary"))
    lines = {line.split(":")[0].strip(): line for line in out.splitlines()}
    assert lines["Tahun 2026"].endswith(": 4 j tercatat; s.d. hari ini target jadwal 1.635 j (saldo -1.631 j)")
    assert lines["Patokan 1.250 jam"].endswith(": s.d. hari ini 1.135 j 25 m (selisih -1.131 j 25 m)")
    assert lines["Sejak catatan mulai"].endswith(
        ": 2 November (20 hari kerja): target jadwal 150 j (saldo -146 j), patokan 104 j 10 m "
        "(selisih -100 j 10 m)")
    assert not re.search(r"\b\d{4,} j", out)  # never "1635 j" beside "1.250 jam"
    year = json.loads(ok(run_at(data, "2026-11-27T09:00", "summary", "--json")))["year"]
    assert year["total_minutes"] == 240  # the JSON contract is unchanged


def test_duration_text_groups_thousands() -> None:
    from absensi_app.cli.log import duration_text, signed_duration_text

    assert duration_text(1145 * 60 + 50) == "1.145 j 50 m"
    assert duration_text(999 * 60) == "999 j"
    assert duration_text(-75_000) == "-1.250 j"
    assert signed_duration_text(0) == "+0 m" and signed_duration_text(12_345 * 60) == "+12.345 j"


def test_a_whole_year_logged_has_no_since_line(data: Path) -> None:
    ok(run_at(data, "2026-01-02T12:00", "log", "add", "--date", "2026-01-02", "--minutes", "60",
              "--location", "kantor", "--text", "Rapat"))
    out = ok(run_at(data, "2026-01-05T09:00", "summary"))
    assert "Sejak catatan mulai" not in out
    assert "Patokan 1.250 jam   : s.d. hari ini" in out
