"""`absensi init|profile` with the kop surat options, `absensi export --compact`, and pace
beside percentages in `absensi summary`: real subprocesses over real data folders."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date
from pathlib import Path

from tests.cli.test_cli import assert_refused, init_args, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)
from tests.unit.test_report_office import png_logo


def profile_json(data: Path) -> dict:
    return json.loads(ok(run(data, "profile", "--json")))


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return " ".join(out.stdout.split())


def pdf_images(path: Path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines()[2:] if line.strip()]


def test_office_options_and_hostile_logos(fresh: Path, day: date, tmp_path: Path) -> None:  # noqa: F811
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_logo())
    out = ok(run(fresh, "profile", "--government", "Pemerintah Kabupaten Sleman", "--address",
                 "Jl. Parasamya No. 1, Sleman", "--place", "Sleman", "--logo", str(logo)))  # fmt: skip
    assert "Kop surat laporan tersimpan." in out
    assert "Kop: pemerintah : Pemerintah Kabupaten Sleman" in out and "Tempat          : Sleman" in out
    assert "Kop: logo       : PNG 300 x 360 piksel" in out
    saved = profile_json(fresh)
    assert (saved["government"], saved["address"], saved["place"]) == (
        "Pemerintah Kabupaten Sleman", "Jl. Parasamya No. 1, Sleman", "Sleman")
    assert len(saved["logo_sha256"]) == 64

    # hostile logo files and text: refused with one sentence, the profile as it was
    text_file = tmp_path / "bukan.png"
    text_file.write_text("bukan gambar")
    big = tmp_path / "besar.png"
    big.write_bytes(png_logo() + b"\0" * (1024 * 1024))
    fifo = tmp_path / "pipa.png"
    os.mkfifo(fifo)
    cases = [
        (["--logo", str(text_file)], "bukan gambar PNG atau JPEG yang utuh"),
        (["--logo", str(big)], "terlalu besar (lebih dari 1 MB)"),
        (["--logo", str(fifo)], "pipa atau soket"),
        (["--logo", str(tmp_path / "tidak-ada.png")], "tidak ada"),
        (["--logo", "/dev/zero"], "berkas perangkat"),
        (["--government", "Pemerintah\x1bKabupaten"], "karakter kendali"),
        (["--place", "x" * 101], "paling banyak 100 karakter"),
    ]
    for args, fragment in cases:
        assert_refused(run(fresh, "profile", *args), fragment)
        assert profile_json(fresh) == saved, args
    both = run(fresh, "profile", "--logo", str(logo), "--no-logo")
    assert both.returncode == 2 and "tidak boleh bersama argumen --logo" in both.stderr

    # init --force keeps the kop settings it is not given; a refused logo asks for nothing
    ok(run(fresh, *init_args(), "--force", "--no-key", "--place", "Bantul"))
    again = profile_json(fresh)
    assert (again["government"], again["place"], again["logo_sha256"]) == (
        "Pemerintah Kabupaten Sleman", "Bantul", saved["logo_sha256"])
    assert_refused(run(fresh, *init_args(), "--force", "--logo", str(text_file), env={"ABSENSI_PASSPHRASE": ""}),
                   "bukan gambar")  # fmt: skip

    # the unsigned PDF shows the kop with its logo and the place-and-date line
    month = f"{day:%Y-%m}"
    pdf = tmp_path / "kop.pdf"
    ok(run(fresh, "export", "--month", month, "--out", str(pdf), "--unsigned", env={"ABSENSI_PASSPHRASE": ""}))
    text = pdf_text(pdf)
    assert "PEMERINTAH KABUPATEN SLEMAN DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH" in text
    assert "Jl. Parasamya No. 1, Sleman" in text and "Bantul, " in text
    assert "LAPORAN KINERJA BULANAN \u2014 " in text
    assert [line.split()[2] for line in pdf_images(pdf)] == ["image", "smask"]

    ok(run(fresh, "profile", "--no-logo", "--government", ""))
    cleared = profile_json(fresh)
    assert cleared["logo_sha256"] is None and cleared["government"] == "" and cleared["place"] == "Bantul"


def test_export_compact(fresh: Path, day: date, tmp_path: Path) -> None:  # noqa: F811
    month = f"{day:%Y-%m}"
    normal, compact = tmp_path / "biasa.pdf", tmp_path / "ringkas.pdf"
    env = {"ABSENSI_PASSPHRASE": ""}
    ok(run(fresh, "export", "--month", month, "--out", str(normal), "--unsigned", env=env))
    out = ok(run(fresh, "export", "--month", month, "--out", str(compact), "--unsigned", "--compact", env=env))
    assert "TANPA tanda tangan" in out
    assert "No Hari/Tanggal Jam Lokasi" in pdf_text(normal)
    text = pdf_text(compact)
    assert "No Jam Lokasi Uraian Kegiatan Output RHK" in text and "\u2014 1 kegiatan, 2 j" in text
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "x.csv"), "--compact"),
                   "--compact hanya untuk format pdf")  # fmt: skip
    assert not (tmp_path / "x.csv").exists()
    # signed, compact: the month is locked as with any signed export
    out = ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "ttd.pdf"), "--compact"))
    assert "ditandatangani" in out and "terkunci" in out


def test_summary_pace_agrees_with_the_percentage(fresh: Path, day: date, tmp_path: Path) -> None:  # noqa: F811
    """120 a year is 10 a month; 15 done this month is 150 %: never "Tertinggal", however far
    behind the year is."""
    plan = {
        "format": "absensi-skp-plan", "version": 1,
        "period": {"first": f"{day.year}-01-01", "last": f"{day.year}-12-31", "name": ""},
        "rhk": [{"kind": "utama", "name": "Laporan analisis data", "indicator": "Jumlah laporan",
                 "target": 120, "unit": "laporan"}],
    }  # fmt: skip
    path = tmp_path / "rencana.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    ok(run(fresh, "skp", "import", str(path)))
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "13:00", "--end", "14:00",
           "--location", "kantor", "--text", "Menyusun laporan analisis", "--qty", "15", "--unit",
           "laporan", "--rhk", "1"))  # fmt: skip
    line = next(x for x in ok(run(fresh, "summary", "--month", f"{day:%Y-%m}")).splitlines() if "Laporan analisis data" in x)
    assert "bulan 15/10 (150%)" in line and line.endswith("Sesuai jadwal"), line
    data = json.loads(ok(run(fresh, "summary", "--month", f"{day:%Y-%m}", "--json")))
    [rhk] = data["rhk"]
    assert rhk["percent"] == 150.0 and rhk["pace"] == "sesuai"
