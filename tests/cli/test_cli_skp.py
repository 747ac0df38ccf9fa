"""`absensi skp|holiday|ramadan`, `log add --rhk`, and the RHK part of `summary --json`.

Real subprocesses over real data folders. The command uses the real date, so the SKP year is
this year and days are recent working days.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from absensi_app.services.demo import SAMPLE_PLAN
from tests.cli.test_cli import assert_refused, list_json, ok, recent_weekday, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)

TODAY = date.today()
YEAR = TODAY.year
RHK_KEYS = {"name", "kind", "target", "realized", "unit", "percent"}


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "rencana.json"
    path.write_text(json.dumps(SAMPLE_PLAN, ensure_ascii=False), encoding="utf-8")
    return path


def skp_json(data: Path, year: int = YEAR) -> dict:
    """The first (here: only) SKP period of the year, as `skp list --json` lists it."""
    listed = json.loads(ok(run(data, "skp", "list", "--year", str(year), "--json")))
    assert listed["year"] == year
    return listed["periods"][0]


def test_import_list_export_round_trip(fresh: Path, plan_file: Path, tmp_path: Path) -> None:
    assert_refused(run(fresh, "skp", "list"), "Belum ada rencana SKP untuk tahun")
    out = ok(run(fresh, "skp", "import", str(plan_file), "--year", str(YEAR)))
    assert f"SKP {YEAR}, 4 RHK" in out
    listed = skp_json(fresh)
    assert [r["name"] for r in listed["rhk"]] == [r["name"] for r in SAMPLE_PLAN["rhk"]]
    assert listed["rhk"][0]["year_target"] == 300 and listed["rhk"][3]["kind"] == "tambahan"
    assert len(listed["rhk"][0]["actions"]) == 4
    text = ok(run(fresh, "skp", "list", "--year", str(YEAR)))
    assert "bukan predikat kinerja resmi" in text and "Rencana Aksi no." in text

    exported = tmp_path / "keluar.json"
    ok(run(fresh, "skp", "export", "--year", str(YEAR), "--out", str(exported)))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["rhk"] == [
        {**r, "actions": [{k: v for k, v in a.items()} for a in r["actions"]]} for r in SAMPLE_PLAN["rhk"]
    ]
    assert_refused(run(fresh, "skp", "export", "--year", str(YEAR), "--out", str(exported)), "--force")
    assert json.loads(ok(run(fresh, "skp", "export", "--year", str(YEAR), "--out", "-")))["version"] == 1

    # reuse next year; the same file twice is refused, --replace keeps the period
    ok(run(fresh, "skp", "import", str(exported), "--year", str(YEAR + 1)))
    assert skp_json(fresh, YEAR + 1)["period"]["first"] == f"{YEAR + 1}-01-01"
    assert_refused(run(fresh, "skp", "import", str(exported)), "sudah berisi 4 RHK")
    ok(run(fresh, "skp", "import", str(exported), "--replace"))
    assert [r["id"] for r in skp_json(fresh)["rhk"]] == [r["id"] for r in listed["rhk"]]


def test_bad_plan_files_are_refused_and_change_nothing(fresh: Path, tmp_path: Path) -> None:
    def write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    broken_rhk = json.loads(json.dumps(SAMPLE_PLAN))
    broken_rhk["rhk"][1]["target"] = "banyak"
    cases = [
        ([write("kosong.json", "")], "bukan JSON yang sah"),
        ([write("teks.json", "RHK: laporan")], "bukan JSON yang sah"),
        ([write("biner.json", b"\xff\xfe\x00garbage")], "bukan teks UTF-8"),
        ([write("lain.json", '{"a": 1}')], "bukan rencana SKP"),
        ([write("rhk.json", json.dumps(broken_rhk))], "RHK ke-2: Target kuantitas harus bilangan bulat"),
        ([str(tmp_path / "tidak-ada.json")], "tidak ada"),
        ([str(tmp_path)], "folder, bukan berkas"),
        ([write("ok.json", json.dumps(SAMPLE_PLAN)), "--year", "1999"], "di luar rentang"),
    ]
    for args, fragment in cases:
        assert_refused(run(fresh, "skp", "import", *args), fragment)
    assert_refused(run(fresh, "skp", "list"), "Belum ada rencana SKP")


def test_entries_link_to_rhk_and_summary_reports_realisasi(fresh: Path, plan_file: Path) -> None:
    ok(run(fresh, "skp", "import", str(plan_file), "--year", str(YEAR)))
    rhk = skp_json(fresh)["rhk"]
    day = recent_weekday(TODAY)
    if day.year != YEAR:  # 1 January: no working day of this year yet
        pytest.skip("no earlier working day in this year")
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "13:00", "--end", "14:00",
           "--location", "kantor", "--text", "Menyusun telaahan", "--qty", "3", "--unit", "telaahan",
           "--rhk", str(rhk[1]["id"])))  # fmt: skip
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "14:00", "--end", "15:00",
           "--location", "kantor", "--text", "Laporan", "--qty", "2", "--unit", "laporan",
           "--action", str(rhk[0]["actions"][(day.month - 1) // 3]["id"])))  # fmt: skip
    assert_refused(
        run(fresh, "log", "add", "--date", day.isoformat(), "--start", "15:00", "--end", "15:30",
            "--location", "kantor", "--text", "x", "--rhk", "999"),
        "RHK nomor 999 tidak ada",
    )  # fmt: skip
    entries = list_json(fresh, f"{day:%Y-%m}")["entries"]
    assert [(e["rhk_id"], e["action_id"]) for e in entries if e["rhk_id"]] == [
        (rhk[1]["id"], None),
        (rhk[0]["id"], rhk[0]["actions"][(day.month - 1) // 3]["id"]),
    ]
    data = json.loads(ok(run(fresh, "summary", "--month", f"{day:%Y-%m}", "--json")))
    assert len(data["rhk"]) == 4 and all(RHK_KEYS <= set(r) for r in data["rhk"])
    second = data["rhk"][1]
    assert (second["name"], second["kind"], second["unit"]) == (rhk[1]["name"], "utama", "dokumen")
    assert (second["target"], second["realized"], second["percent"]) == (20, 3, 15.0)
    first = data["rhk"][0]
    assert (first["target"], first["realized"], first["percent"]) == (25, 2, 8.0)
    assert data["rhk"][3]["realized"] == 0 and data["rhk"][3]["percent"] == 0.0
    assert data["year"]["yardstick_minutes"] == 75000


def test_holidays_change_the_working_days(fresh: Path) -> None:
    month = f"{YEAR}-11"
    base = json.loads(ok(run(fresh, "summary", "--month", month, "--json")))
    tuesday = date(YEAR, 11, 1) + timedelta(days=(1 - date(YEAR, 11, 1).weekday()) % 7)
    ok(run(fresh, "holiday", "add", "--date", tuesday.isoformat(), "--name", "Hari Jadi Kabupaten"))
    after = json.loads(ok(run(fresh, "summary", "--month", month, "--json")))
    assert after["working_days"] == base["working_days"] - 1
    listed = json.loads(ok(run(fresh, "holiday", "list", "--year", str(YEAR), "--json")))
    assert {"date": tuesday.isoformat(), "name": "Hari Jadi Kabupaten", "source": "ditambahkan",
            "estimated": False} in listed["holidays"]  # fmt: skip
    ok(run(fresh, "holiday", "remove", "--date", tuesday.isoformat()))
    assert json.loads(ok(run(fresh, "summary", "--month", month, "--json")))["working_days"] == base["working_days"]

    new_year = f"{YEAR}-01-01"
    ok(run(fresh, "holiday", "remove", "--date", new_year))
    listed = json.loads(ok(run(fresh, "holiday", "list", "--year", str(YEAR), "--json")))
    assert next(h for h in listed["holidays"] if h["date"] == new_year)["source"] == "dihapus"
    assert "kembali mengikuti" in ok(run(fresh, "holiday", "reset", "--date", new_year))
    assert "sudah mengikuti" in ok(run(fresh, "holiday", "reset", "--date", new_year))
    assert_refused(run(fresh, "holiday", "remove", "--date", tuesday.isoformat()), "bukan hari libur")
    assert_refused(run(fresh, "holiday", "add", "--date", "2026-13-01", "--name", "x"), "tidak sah")
    assert_refused(run(fresh, "holiday", "add", "--date", tuesday.isoformat(), "--name", " "), "wajib diisi")
    estimated = json.loads(ok(run(fresh, "holiday", "list", "--year", "2027", "--json")))["holidays"]
    assert any(h["estimated"] and "perkiraan" in h["name"] for h in estimated)


def test_ramadan_periods(fresh: Path) -> None:
    assert "Belum ada periode Ramadan" in ok(run(fresh, "ramadan", "list"))
    ok(run(fresh, "ramadan", "set", "--from", "2027-02-08", "--to", "2027-03-09", "--weekly-hours", "32,5"))
    assert "2027: 08-02-2027 s.d. 09-03-2027, 32 j 30 m seminggu" in ok(run(fresh, "ramadan", "list"))
    for args, fragment in [
        (("--from", "2027-03-09", "--to", "2027-02-08"), "sebelum awalnya"),
        (("--from", "2027-01-01", "--to", "2027-03-09"), "paling lama 31 hari"),
        (("--from", "2027-02-08", "--to", "2027-03-09", "--weekly-hours", "nol"), "tidak sah"),
        (("--from", "2027-02-08", "--to", "2027-03-09", "--weekly-hours", "90"), "antara 1 dan 70 jam"),
    ]:
        assert_refused(run(fresh, "ramadan", "set", *args), fragment)
    assert "2027: 08-02-2027 s.d. 09-03-2027" in ok(run(fresh, "ramadan", "list"))
    assert "dihapus" in ok(run(fresh, "ramadan", "clear", "--year", "2027"))
    assert "Belum ada periode Ramadan untuk 2027" in ok(run(fresh, "ramadan", "clear", "--year", "2027"))


def test_offsite_limit_and_weekly_warning(fresh: Path) -> None:
    # three home-working days in one past week
    monday = TODAY - timedelta(days=TODAY.weekday() + 7)
    for n in range(3):
        ok(run(fresh, "log", "add", "--date", (monday + timedelta(days=n)).isoformat(),
               "--start", "08:00", "--end", "12:00", "--location", "rumah", "--text", "Analisis data"))  # fmt: skip
    month = f"{monday:%Y-%m}"
    data = json.loads(ok(run(fresh, "summary", "--month", month, "--json")))
    week = next(w for w in data["weeks"] if w["first"] == monday.isoformat())
    assert data["offsite_weekly_limit"] == 2
    assert len(week["offsite_days"]) == 3 and week["over_offsite_limit"] is True
    assert week["by_location"]["rumah"] == {"minutes": 3 * 240, "days": 3}
    assert sum(v["minutes"] for v in week["by_location"].values()) == week["minutes"]
    text = ok(run(fresh, "summary", "--month", month))
    assert "PERHATIAN: 3 hari di luar kantor (batas 2)" in text
    assert "[Rumah 12 j/3 hari" in text  # the week's hours and days per location
    assert "Batas hari kerja di luar kantor: 3" in ok(run(fresh, "schedule", "--offsite-limit", "3"))
    data = json.loads(ok(run(fresh, "summary", "--month", month, "--json")))
    assert next(w for w in data["weeks"] if w["first"] == monday.isoformat())["over_offsite_limit"] is False
    assert_refused(run(fresh, "schedule", "--offsite-limit", "8"), "0 sampai 7")
    assert "3 hari seminggu" in ok(run(fresh, "schedule"))


def test_a_year_with_two_periods(fresh: Path, tmp_path: Path) -> None:
    for half, (first, last) in enumerate(((f"{YEAR}-01-01", f"{YEAR}-06-30"), (f"{YEAR}-07-01", f"{YEAR}-12-31"))):
        plan = json.loads(json.dumps(SAMPLE_PLAN))
        plan["period"] = {"first": first, "last": last, "name": f"Semester {half + 1}"}
        for r in plan["rhk"]:
            r["actions"] = [a for a in r["actions"] if (a["quarter"] <= 2) == (half == 0)]
        path = tmp_path / f"s{half}.json"
        path.write_text(json.dumps(plan), encoding="utf-8")
        ok(run(fresh, "skp", "import", str(path)))
    listed = json.loads(ok(run(fresh, "skp", "list", "--year", str(YEAR), "--json")))
    assert [p["period"]["name"] for p in listed["periods"]] == ["Semester 1", "Semester 2"]
    assert "Semester 2" in ok(run(fresh, "skp", "list", "--year", str(YEAR)))
    assert_refused(run(fresh, "skp", "export", "--year", str(YEAR), "--out", "-"), "punya 2 periode SKP")
    out = json.loads(ok(run(fresh, "skp", "export", "--year", str(YEAR), "--period", f"{YEAR}-07-01", "--out", "-")))
    assert out["period"]["first"] == f"{YEAR}-07-01"
    assert_refused(run(fresh, "skp", "list", "--year", "0"), "di luar rentang")
