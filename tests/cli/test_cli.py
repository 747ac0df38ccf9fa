"""The real installed `absensi` command, run as a user would (subprocesses, real files).

The command uses the real date, so every date here is relative to today. Exit codes:
0 ok, 1 refused/failed with exactly one line on stderr, 2 command line misuse.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest

ABSENSI = str(Path(sys.executable).with_name("absensi"))
EMPLOYEE_NIP = "19860926 201505 1 001"
SUPERVISOR_NIP = "19750817 200003 2 004"
PPPK_NIP = "199009132025242014"
PASSPHRASE = "frasa-sandi-uji-123"


def init_args(nip: str = EMPLOYEE_NIP, *extra: str) -> list[str]:
    return [
        "init",
        "--name", "Budi Santoso, S.Kom.",
        "--nip", nip,
        "--rank", "Penata Muda Tk. I, III/b",
        "--position", "Pranata Komputer Ahli Pertama",
        "--unit", "Bidang Aplikasi Informatika",
        "--agency", "Dinas Komunikasi dan Informatika Kabupaten Contoh",
        "--supervisor-name", "Dra. Siti Aminah, M.M.",
        "--supervisor-nip", SUPERVISOR_NIP,
        *extra,
    ]  # fmt: skip


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABSENSI_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ABSENSI_PASSPHRASE"] = PASSPHRASE  # as a script would pass it; never on the command line
    env.update(extra or {})
    return env


def run(
    data_dir: Path | None,
    *args: str,
    env: dict[str, str] | None = None,
    command: Sequence[str] = (ABSENSI,),
) -> subprocess.CompletedProcess[str]:
    argv = [*command]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *args], capture_output=True, text=True, timeout=60, env=_env(env), stdin=subprocess.DEVNULL
    )


def run_many(data_dir: Path, cases: Sequence[Sequence[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Independent invocations in parallel (each one is a fresh interpreter)."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return list(pool.map(lambda args: run(data_dir, *args), cases))


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.args, result.stdout, result.stderr)
    assert result.stderr == "", result.stderr
    return result.stdout


def assert_refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    """Refused with one line on stderr: exit 1, or 4 for `verify` (whose 1 is a verdict)."""
    where = (result.args[3:], result.stdout, result.stderr)
    assert result.returncode == (4 if "verify" in result.args[3:4] else 1), where
    assert "Traceback" not in result.stderr + result.stdout, where
    lines = result.stderr.splitlines()
    assert len(lines) == 1, where
    assert lines[0].startswith("absensi: "), where
    assert fragment in lines[0], where


def list_json(data_dir: Path, month: str) -> dict:
    return json.loads(ok(run(data_dir, "log", "list", "--month", month, "--json")))


def recent_weekday(today: date) -> date:
    """A Monday-Friday strictly before today (so never in the future)."""
    day = today - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


@pytest.fixture(scope="module")
def day() -> date:
    return recent_weekday(date.today())


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory, day: date) -> Path:
    """A data folder with a profile and one entry 08:00-10:00 on ``day``. Never modified."""
    data = tmp_path_factory.mktemp("ready") / "data"
    ok(run(data, *init_args()))
    ok(
        run(
            data, "log", "add", "--date", day.isoformat(), "--start", "08:00", "--end", "10:00",
            "--location", "kantor", "--text", "Rapat koordinasi", "--qty", "1", "--unit", "notula",
        )
    )  # fmt: skip
    return data


@pytest.fixture
def fresh(ready: Path, tmp_path: Path) -> Path:
    """A private copy of ``ready`` that a test may change."""
    target = tmp_path / "data"
    shutil.copytree(ready, target)
    return target


# ---- help, version ----------------------------------------------------------------------------
# What each command's help must mention; commands added later are checked for exit 0 anyway.
HELP_MENTIONS = {
    (): "PERINTAH",
    ("gui",): "absensi gui",
    ("init",): "--supervisor-nip",
    ("profile",): "--json",
    ("schedule",): "--weekly-hours",
    ("log",): "PERINTAH",
    ("log", "add"): "--location",
    ("log", "list"): "--month",
    ("log", "delete"): "id",
    ("status",): "--leave-kind",
    ("demo",): "--month",
}


def all_commands() -> list[tuple[str, ...]]:
    """Every (sub-)command path of the real parser, e.g. ("log", "add")."""
    import argparse

    from absensi_app.cli import build_parser

    found: list[tuple[str, ...]] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*path, name))

    walk(build_parser(), ())
    return found


def test_help_for_every_command(tmp_path: Path) -> None:
    commands = all_commands()
    assert set(HELP_MENTIONS) <= set(commands)
    data = tmp_path / "never-created"
    results = run_many(data, [[*path, "--help"] for path in commands])
    for path, result in zip(commands, results, strict=True):
        out = ok(result)
        assert out.startswith("pemakaian: absensi"), (path, out)
        assert HELP_MENTIONS.get(path, "--help") in out, (path, out)
    assert not data.exists(), "--help must not create the data folder"


def test_version(tmp_path: Path) -> None:
    from absensi_app import __version__

    for command in ((ABSENSI,), (sys.executable, "-m", "absensi_app")):
        assert ok(run(None, "--version", command=command)) == f"absensi {__version__}\n"


# ---- a first session --------------------------------------------------------------------------
def test_init_add_list_delete(tmp_path: Path, day: date) -> None:
    data = tmp_path / "data"
    month = day.strftime("%Y-%m")

    assert ok(run(data, "log", "list", "--month", month)) == f"Belum ada kegiatan pada {month}.\n"
    assert_refused(
        run(data, "log", "add", "--location", "kantor", "--text", "x", "--minutes", "5"),
        "Profil pegawai belum dibuat",
    )
    assert_refused(run(data, "profile"), "absensi init")

    out = ok(run(data, *init_args()))
    lines = out.splitlines()
    assert lines[0] == (
        "Profil tersimpan: Budi Santoso, S.Kom. (NIP PNS: lahir 26 September 1986, "
        "TMT CPNS Mei 2015, laki-laki, nomor urut 1)."
    )
    assert lines[1].startswith("Kunci tanda tangan dibuat; sidik jari sertifikat: ")
    assert lines[2:] == [f"Folder data: {data.resolve()}"]
    assert (data / "absensi.sqlite").is_file()

    assert_refused(run(data, *init_args()), "Profil sudah ada. Tambahkan --force untuk menggantinya.")

    profile = json.loads(ok(run(data, "profile", "--json")))
    assert profile["nip"] == "198609262015051001"
    assert profile["supervisor_nip"] == "197508172000032004"
    assert profile["asn_kind"] == "pns"
    assert profile["schedule"] == {
        "workdays": ["sen", "sel", "rab", "kam", "jum"],
        "day_start": "07:30",
        "weekly_minutes": 2250,
    }
    assert profile["data_dir"] == str(data.resolve())

    evidence = tmp_path / "notula rapat.pdf"
    evidence.write_bytes(b"%PDF-1.4 notula\n" * 50)
    out = ok(
        run(
            data, "log", "add", "--date", day.isoformat(), "--start", "07:30", "--end", "09:00",
            "--location", "kantor", "--text", "  Menyusun   laporan  ", "--qty", "2",
            "--unit", "laporan", "--link", "https://drive.example.go.id/laporan",
        )
    )  # fmt: skip
    assert out.startswith("Tersimpan sebagai kegiatan no. 1: ")
    assert "07:30-09:00, Menyusun laporan" in out
    ok(
        run(
            data, "log", "add", "--date", day.isoformat(), "--minutes", "45",
            "--location", "rumah", "--text", "Membaca regulasi",
        )
    )  # fmt: skip
    ok(
        run(
            data, "log", "add", "--date", day.isoformat(), "--start", "09:00", "--end", "10:00",
            "--location", "dinas-luar", "--text", "Rapat", "--qty", "1", "--unit", "notula",
            "--evidence", str(evidence),
        )
    )  # fmt: skip

    listing = list_json(data, month)
    assert set(listing) == {"month", "total_minutes", "entries", "day_status"}
    assert listing["month"] == month
    assert listing["total_minutes"] == 90 + 45 + 60
    assert listing["day_status"] == []
    first, third, second = listing["entries"]  # timed entries first, then by time
    assert set(first) == {
        "id", "date", "start", "end", "minutes", "location", "description", "quantity",
        "unit", "evidence_file", "evidence_sha256", "evidence_link", "rhk_id", "action_id",
    }  # fmt: skip
    assert first == {
        "id": 1,
        "date": day.isoformat(),
        "start": "07:30",
        "end": "09:00",
        "minutes": 90,
        "location": "kantor",
        "description": "Menyusun laporan",
        "quantity": 2,
        "unit": "laporan",
        "evidence_file": None,
        "evidence_sha256": None,
        "evidence_link": "https://drive.example.go.id/laporan",
        "rhk_id": None,
        "action_id": None,
    }
    assert (second["id"], second["start"], second["end"], second["minutes"]) == (2, None, None, 45)
    assert second["location"] == "rumah"
    assert third["location"] == "dinas-luar"
    assert third["evidence_sha256"] == hashlib.sha256(evidence.read_bytes()).hexdigest()
    copied = data / "bukti" / third["evidence_file"]
    assert copied.read_bytes() == evidence.read_bytes()

    text = ok(run(data, "log", "list", "--month", month))
    assert "Jumlah: 3 kegiatan, 3 j 15 m." in text
    assert "Menyusun laporan (2 laporan)" in text

    out = ok(run(data, "log", "delete", "2"))
    assert out == f"Kegiatan no. 2 ({day.isoformat()}, Membaca regulasi) dihapus.\n"
    assert [e["id"] for e in list_json(data, month)["entries"]] == [1, 3]
    assert_refused(run(data, "log", "delete", "2"), "Kegiatan nomor 2 tidak ada")


def test_init_force_pppk(fresh: Path) -> None:
    out = ok(run(fresh, *init_args(PPPK_NIP, "--kind", "pppk", "--force")))
    assert "NI PPPK: lahir 13 September 1990, diangkat tahun 2025, kode 24" in out
    profile = json.loads(ok(run(fresh, "profile", "--json")))
    assert (profile["nip"], profile["asn_kind"]) == (PPPK_NIP, "pppk")


# ---- refusals leave everything as it was --------------------------------------------------------
def test_bad_input_is_refused_and_changes_nothing(ready: Path, day: date, tmp_path: Path) -> None:
    today = date.today()
    d = day.isoformat()
    month = day.strftime("%Y-%m")
    future = (today + timedelta(days=2)).isoformat()
    next_month = (today.replace(day=1) + timedelta(days=32)).strftime("%Y-%m")
    evidence = tmp_path / "bukti.pdf"
    evidence.write_bytes(b"%PDF-1.4 bukti\n")
    add = ["log", "add", "--location", "kantor"]
    timed = [*add, "--date", d, "--start", "11:00", "--end", "12:00"]

    cases: list[tuple[list[str], str]] = [
        ([*add, "--date", future, "--start", "08:00", "--end", "09:00", "--text", "x"], "belum terjadi"),
        ([*add, "--date", "2026-02-30", "--minutes", "5", "--text", "x"], "Tanggal '2026-02-30' tidak sah"),
        ([*add, "--date", "27-11-2026", "--minutes", "5", "--text", "x"], "tulis TTTT-BB-HH"),
        ([*add, "--date", "1999-12-31", "--minutes", "5", "--text", "x"], "terlalu lampau"),
        ([*add, "--date", d, "--start", "25:00", "--end", "26:00", "--text", "x"], "Jam '25:00' tidak sah"),
        ([*add, "--date", d, "--start", "23:00", "--end", "24:00", "--text", "x"], "tulis 23:59"),
        ([*add, "--date", d, "--start", "11:00", "--end", "10:30", "--text", "x"], "harus setelah jam mulai"),
        ([*add, "--date", d, "--start", "11:00", "--end", "11:00", "--text", "x"], "harus setelah jam mulai"),
        ([*add, "--date", d, "--start", "11:00", "--text", "x"], "sekaligus"),
        ([*add, "--date", d, "--text", "x"], "atau durasi kegiatan"),
        ([*add, "--date", d, "--start", "09:00", "--end", "11:00", "--text", "x"], "bertumpuk dengan kegiatan 08:00-10:00"),
        ([*timed, "--text", "   "], "Uraian kegiatan wajib diisi."),
        ([*timed, "--text", "a" * 1001], "terlalu panjang (1001 karakter"),
        ([*timed, "--text", "x", "--qty", "0", "--unit", "laporan"], "Jumlah output 0 tidak masuk akal"),
        ([*timed, "--text", "x", "--qty", "-3", "--unit", "laporan"], "Jumlah output -3 tidak masuk akal"),
        ([*timed, "--text", "x", "--qty", "10000", "--unit", "laporan"], "Jumlah output 10000"),
        ([*timed, "--text", "x", "--unit", "laporan"], "Isi jumlah output untuk satuan 'laporan'."),
        ([*timed, "--text", "x", "--qty", "1"], "Isi satuan output"),
        ([*timed, "--text", "x", "--qty", "1", "--unit", "u" * 41], "Satuan output terlalu panjang"),
        ([*timed, "--text", "x", "--link", "www.example.go.id"], "Tautan bukti dukung"),
        ([*timed, "--text", "x", "--evidence", str(tmp_path / "hilang.pdf")], "tidak ditemukan"),
        ([*timed, "--text", "x", "--evidence", str(evidence), "--link", "https://a.go.id"], "Pilih salah satu bukti dukung"),
        ([*timed, "--text", "x", "--evidence", str(evidence), "--qty", "0", "--unit", "a"], "Jumlah output 0"),
        ([*add, "--date", d, "--minutes", "0", "--text", "x"], "harus lebih dari 0 menit"),
        ([*add, "--date", d, "--minutes", "-5", "--text", "x"], "harus lebih dari 0 menit"),
        ([*add, "--date", d, "--minutes", "1441", "--text", "x"], "melebihi 24 jam"),
        ([*add, "--date", d, "--minutes", "1400", "--text", "x"], "melebihi 24 jam sehari"),
        (["log", "delete", "99999"], "Kegiatan nomor 99999 tidak ada"),
        (["log", "list", "--month", "2026-13"], "Bulan '2026-13' tidak sah"),
        (["status", "--date", d, "--status", "cuti"], "tambahkan --leave-kind"),
        (["status", "--date", d, "--status", "sakit", "--leave-kind", "tahunan"], "hanya untuk status cuti"),
        (["status", "--date", d], "Sebutkan --status"),
        (["status", "--date", "kemarin", "--status", "sakit"], "Tanggal 'kemarin' tidak sah"),
        (["status", "--date", d, "--status", "izin", "--note", "n" * 501], "Keterangan terlalu panjang"),
        (
            ["status", "--date", (today + timedelta(days=400)).isoformat(), "--status", "cuti", "--leave-kind", "tahunan"],
            "satu tahun ke depan",
        ),
        (["schedule", "--days", "sen,xyz"], "Hari 'xyz' tidak dikenal"),
        (["schedule", "--days", "sab"], "lebih dari 16 jam sehari"),
        (["schedule", "--start", "7.30"], "Jam '7.30' tidak sah"),
        (["schedule", "--weekly-hours", "0"], "antara 1 dan 112 jam"),
        (["schedule", "--weekly-hours", "200"], "antara 1 dan 112 jam"),
        (["schedule", "--weekly-hours", "nan"], "Jam kerja seminggu 'nan' tidak sah"),
        (["schedule", "--weekly-hours", "inf"], "Jam kerja seminggu 'inf' tidak sah"),
        (["schedule", "--weekly-hours", "1e308"], "Jam kerja seminggu '1e308' tidak sah"),
        (["schedule", "--weekly-hours", "tiga puluh"], "tulis angka"),
        (["demo", "--month", next_month], f"Bulan {next_month} belum dimulai"),
        (init_args(), "Profil sudah ada"),
        (init_args("1986092620150510", "--force"), "NIP harus 18 digit; yang diisi 16 digit."),
        (init_args(PPPK_NIP, "--kind", "pns", "--force"), "Digit 13-14 NIP PNS harus bulan"),
        (init_args(SUPERVISOR_NIP, "--force"), "tidak boleh sama dengan NIP pegawai"),
    ]  # fmt: skip

    def snapshot() -> tuple[dict, str, str, list[Path], list[Path]]:
        return (
            list_json(ready, month),
            ok(run(ready, "profile", "--json")),
            ok(run(ready, "schedule")),
            sorted((ready / "bukti").rglob("*")),
            sorted((ready / "backups").rglob("*")),
        )

    before = snapshot()
    assert len(before[0]["entries"]) == 1

    results = run_many(ready, [args for args, _ in cases])
    for (args, fragment), result in zip(cases, results, strict=True):
        assert_refused(result, fragment)
        assert result.stdout == "", (args, result.stdout)

    assert snapshot() == before
    assert before[3] == [], "a refused entry must not leave its evidence file behind"


def test_command_line_misuse_exits_2(ready: Path, day: date) -> None:
    d = day.isoformat()
    cases = [
        ["log"],
        ["log", "add", "--text", "x"],
        ["log", "add", "--location", "mars", "--text", "x"],
        ["log", "add", "--location", "kantor", "--text", "x", "--qty", "dua"],
        ["log", "add", "--location", "kantor", "--text", "x", "--minutes", "1.5"],
        ["log", "delete", "satu"],
        ["log", "delete", "99999999999999999999"],
        ["log", "add", "--location", "kantor", "--text", "x", "--minutes", "5", "--rhk", "9" * 30],
        ["log", "list", "--bulan", "2026-11"],
        ["status", "--status", "sakit"],
        ["status", "--date", d, "--status", "bolos"],
        ["status", "--date", d, "--status", "cuti", "--leave-kind", "liburan"],
        ["init", "--name", "x"],
        ["frobnicate"],
        ["--bogus"],
    ]
    before = list_json(ready, day.strftime("%Y-%m"))
    for args, result in zip(cases, run_many(ready, cases), strict=True):
        where = (args, result.stdout, result.stderr)
        assert result.returncode == 2, where
        assert result.stdout == "", where
        assert "Traceback" not in result.stderr, where
        assert result.stderr.startswith("pemakaian: absensi"), where
        assert "kesalahan: " in result.stderr.splitlines()[-1], where
    assert list_json(ready, day.strftime("%Y-%m")) == before


# ---- statuses, schedule, demo -------------------------------------------------------------------
def test_status_set_and_clear(fresh: Path, day: date) -> None:
    d = day.isoformat()
    month = day.strftime("%Y-%m")
    from absensi_app.domain.model import format_day_long

    out = ok(run(fresh, "status", "--date", d, "--status", "cuti", "--leave-kind", "tahunan",
                 "--note", " Keperluan   keluarga "))  # fmt: skip
    assert out == f"{format_day_long(day)}: Cuti Tahunan.\n"
    assert list_json(fresh, month)["day_status"] == [
        {"date": d, "status": "cuti", "leave_kind": "tahunan", "note": "Keperluan keluarga"}
    ]
    assert "[Cuti Tahunan: Keperluan keluarga]" in ok(run(fresh, "log", "list", "--month", month))

    ok(run(fresh, "status", "--date", d, "--status", "dinas-luar"))
    assert list_json(fresh, month)["day_status"] == [
        {"date": d, "status": "dinas-luar", "leave_kind": None, "note": ""}
    ]

    out = ok(run(fresh, "status", "--date", d, "--clear"))
    assert out == f"Status {format_day_long(day)} dihapus.\n"
    listing = list_json(fresh, month)
    assert listing["day_status"] == []
    assert len(listing["entries"]) == 1  # entries are not touched by statuses


def test_schedule_show_and_change(fresh: Path) -> None:
    assert ok(run(fresh, "schedule")) == (
        "Senin, Selasa, Rabu, Kamis, Jumat; mulai 07:30; 37 j 30 m seminggu (7 j 30 m sehari)\n"
        "Batas hari di luar kantor: 2 hari seminggu\n"
    )
    out = ok(run(fresh, "schedule", "--days", "sab, sen,sel,rab,kam,jum", "--start", "07:00",
                 "--weekly-hours", "37,5"))  # fmt: skip
    assert out.splitlines() == [
        "Jadwal kerja tersimpan.",
        "Senin, Selasa, Rabu, Kamis, Jumat, Sabtu; mulai 07:00; 37 j 30 m seminggu (6 j 15 m sehari)",
        "Batas hari di luar kantor: 2 hari seminggu",
    ]
    assert json.loads(ok(run(fresh, "profile", "--json")))["schedule"] == {
        "workdays": ["sen", "sel", "rab", "kam", "jum", "sab"],
        "day_start": "07:00",
        "weekly_minutes": 2250,
    }
    ok(run(fresh, "schedule", "--weekly-hours", "42.75"))
    assert "42 j 45 m seminggu" in ok(run(fresh, "schedule"))


def test_demo(tmp_path: Path) -> None:
    from absensi_app.domain.calendar import national_holidays

    data = tmp_path / "data"
    today = date.today()
    prev = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")

    out = ok(run(data, "demo", "--month", prev))
    assert out.startswith("Profil contoh dibuat: Rina Kartika Sari, S.E.\n")
    listing = list_json(data, prev)
    assert len(listing["entries"]) > 20
    assert len(listing["day_status"]) == 3
    assert f"{len(listing['entries'])} kegiatan" in out

    ok(run(data, "demo"))  # this month, up to today
    current = list_json(data, today.strftime("%Y-%m"))
    for listing_ in (listing, current):
        for entry in listing_["entries"]:
            day = date.fromisoformat(entry["date"])
            assert day <= today
            assert day.weekday() < 5, entry
            assert day not in national_holidays(day.year), entry

    again = ok(run(data, "demo", "--month", prev))
    assert again == f"Data contoh {prev}: 0 kegiatan pada 0 hari, 0 status hari.\n"
    assert list_json(data, prev) == listing


# ---- where the data lives -----------------------------------------------------------------------
def test_data_dir_from_environment(tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    flag_dir = tmp_path / "from-flag"
    result = run(None, *init_args(), env={"ABSENSI_DATA_DIR": str(env_dir)})
    assert f"Folder data: {env_dir}" in ok(result)
    assert (env_dir / "absensi.sqlite").is_file()
    profile = json.loads(ok(run(None, "profile", "--json", env={"ABSENSI_DATA_DIR": str(env_dir)})))
    assert profile["data_dir"] == str(env_dir)

    # --data-dir wins over the environment.
    assert_refused(
        run(flag_dir, "profile", env={"ABSENSI_DATA_DIR": str(env_dir)}), "Profil pegawai belum dibuat"
    )
    assert (flag_dir / "absensi.sqlite").is_file()


def test_unusable_data_dir(tmp_path: Path) -> None:
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("bukan folder\n")
    not_db = tmp_path / "rusak"
    not_db.mkdir()
    (not_db / "absensi.sqlite").write_text("ini bukan database SQLite, hanya teks biasa\n")
    db_is_dir = tmp_path / "aneh"
    (db_is_dir / "absensi.sqlite").mkdir(parents=True)

    cases = [
        (a_file, ["log", "list"], f"'{a_file}' adalah berkas, bukan folder"),
        (a_file / "sub", [*init_args()], f"'{a_file / 'sub'}' tidak bisa dibuat"),
        (not_db, ["log", "list"], f"'{not_db / 'absensi.sqlite'}' bukan database Absensi"),
        (db_is_dir, ["profile"], "bukan berkas database"),
    ]
    for data, args, fragment in cases:
        assert_refused(run(data, *args), fragment)
    assert a_file.read_text() == "bukan folder\n"
    assert (not_db / "absensi.sqlite").read_text().startswith("ini bukan database")


def test_unexpected_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    """The last-resort handler: any bug in a command still ends in one readable line."""
    code = (
        "import sys\n"
        "import absensi_app.cli as cli\n"
        "import absensi_app.cli.log as log_commands\n"
        "def boom(args):\n"
        "    raise RuntimeError('rusak\\n  di dua baris')\n"
        "log_commands.cmd_log_list = boom\n"
        f"sys.exit(cli.main(['--data-dir', {str(tmp_path / 'data')!r}, 'log', 'list']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert_refused(result, "terjadi kesalahan tak terduga (RuntimeError: rusak di dua baris)")


def test_summary_json_contract(fresh: Path, day: date) -> None:
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "13:00", "--end", "14:30",
           "--location", "rumah", "--text", "Menyusun telaahan", "--qty", "1", "--unit", "telaahan"))  # fmt: skip
    month = f"{day:%Y-%m}"
    data = json.loads(ok(run(fresh, "summary", "--month", month, "--json")))
    listed = list_json(fresh, month)
    assert data["month"] == month
    assert data["nip"] == "198609262015051001"
    assert data["total_minutes"] == listed["total_minutes"]
    assert set(data["by_location"]) == {"kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar"}
    assert sum(v["minutes"] for v in data["by_location"].values()) == data["total_minutes"]
    assert data["by_location"]["rumah"]["minutes"] >= 90 and data["by_location"]["rumah"]["days"] >= 1
    assert data["logged_days"] == len({e["date"] for e in listed["entries"]})
    assert day.isoformat() not in data["missing_days"]
    assert all(d.startswith(month) and d <= date.today().isoformat() for d in data["missing_days"])
    assert data["working_days"] >= data["logged_days"] - 8  # weekends may carry entries too
    assert data["expected_minutes"] > 0 and data["balance_minutes"] == data["total_minutes"] - data["expected_to_date_minutes"]
    assert 0 < data["expected_to_date_minutes"] <= data["expected_minutes"]
    assert data["rhk"] == []
    text = ok(run(fresh, "summary", "--month", month))
    assert "Jam tercatat" in text and "Rumah" in text


def test_gui_without_display_is_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in _env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [ABSENSI, "--data-dir", str(tmp_path / "d")], capture_output=True, text=True, env=env, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Tidak ada layar grafis" in done.stderr
