"""Text hygiene and the smaller items of issue 9, through the real `absensi` command."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from absensi_app.services.demo import SAMPLE_PLAN
from tests.cli.test_cli import ABSENSI, _env, assert_refused, init_args, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)

RAW_CONTROLS = ("\x1b", "\x07", "\x7f", "\x9b", "\r")


def add(data: Path, day_, text: str, *extra: str) -> subprocess.CompletedProcess[str]:  # noqa: ANN001
    return run(data, "log", "add", "--date", day_.isoformat(), "--minutes", "30",
               "--location", "kantor", "--text", text, *extra)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Rapat \x1b[31mmerah\x1b[0m", "Bel\x07", "hapus\x7f", "CSI\x9b2J", "baris\rtimpa", "\u200b", "\u200b \u2060"]
)
def test_control_and_invisible_text_is_refused_naming_the_field(fresh: Path, day, text: str) -> None:  # noqa: ANN001
    assert_refused(add(fresh, day, text), "Uraian kegiatan")
    assert_refused(add(fresh, day, "Rapat", "--qty", "1", "--unit", text), "Satuan output")
    assert_refused(run(fresh, "status", "--date", day.isoformat(), "--status", "izin", "--note", text), "Keterangan")
    assert_refused(run(fresh, "holiday", "add", "--date", day.isoformat(), "--name", text), "Nama hari libur")
    args = init_args()
    args[args.index("--name") + 1] = text
    assert_refused(run(fresh, *args, "--force", "--no-key"), "Nama")
    assert len(json.loads(ok(run(fresh, "log", "list", "--month", f"{day:%Y-%m}", "--json")))["entries"]) == 1


def test_tabs_newlines_and_arabic_are_fine(fresh: Path, day) -> None:  # noqa: ANN001
    ok(add(fresh, day, "Rapat\tkoordinasi\nlanjutan اجتماع"))
    entries = json.loads(ok(run(fresh, "log", "list", "--month", f"{day:%Y-%m}", "--json")))["entries"]
    assert entries[-1]["description"] == "Rapat koordinasi lanjutan اجتماع"


def test_text_stored_by_an_older_version_is_never_echoed_raw(fresh: Path, day) -> None:  # noqa: ANN001
    hostile = "Rapat\x1b]0;judul palsu\x07\x1b[2J\x9b31m\u202eselesai"
    with sqlite3.connect(fresh / "absensi.sqlite") as db:
        assert db.execute("UPDATE entry SET description = ?", (hostile,)).rowcount == 1
    month = f"{day:%Y-%m}"
    for args in (("log", "list", "--month", month), ("log", "list", "--month", month, "--json"),
                 ("log", "delete", "1")):  # fmt: skip
        result = run(fresh, *args)
        shown = result.stdout + result.stderr
        assert not any(c in shown for c in (*RAW_CONTROLS, "\u202e")), (args, shown)
        assert "\\u001b" in shown or "\\u001b" in json.dumps(shown), (args, shown)
        if "--json" in args:  # still valid JSON, with the same text
            assert json.loads(result.stdout)["entries"][0]["description"] == hostile


def test_invalid_utf8_in_argv_is_a_clear_sentence(fresh: Path, day) -> None:  # noqa: ANN001
    argv = [ABSENSI.encode(), b"--data-dir", os.fsencode(fresh), b"log", b"add", b"--date",
            day.isoformat().encode(), b"--minutes", b"30", b"--location", b"kantor", b"--text", b"\xff"]  # fmt: skip
    result = subprocess.run(argv, capture_output=True, timeout=60, env=_env())
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.splitlines()) == 1, err
    assert err.startswith("absensi: nilai --text bukan teks UTF-8 yang sah")


def test_conflicting_and_empty_options(fresh: Path, day) -> None:  # noqa: ANN001
    assert_refused(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "13:00", "--end", "14:00",
                       "--minutes", "60", "--location", "kantor", "--text", "Rapat"), "--minutes")  # fmt: skip
    assert_refused(run(fresh, "log", "add", "--date", "", "--minutes", "30", "--location", "kantor",
                       "--text", "Rapat"), "Tanggal '' tidak sah")  # fmt: skip
    assert_refused(run(fresh, "log", "list", "--month", ""), "Bulan '' tidak sah")
    for args in (("status", "--date", "0001-01-01", "--status", "hadir"),
                 ("log", "add", "--date", "0001-01-01", "--minutes", "30", "--location", "kantor", "--text", "x"),
                 ("status", "--date", "1999-12-31", "--status", "cuti", "--leave-kind", "tahunan")):  # fmt: skip
        assert_refused(run(fresh, *args), "paling awal 2000-01-01")
    ok(run(fresh, "status", "--date", "2000-01-03", "--status", "hadir"))


def test_plan_files_with_a_bom_or_too_deep(fresh: Path, tmp_path: Path) -> None:
    bom = tmp_path / "rencana-bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(SAMPLE_PLAN, ensure_ascii=False).encode("utf-8"))
    assert "Rencana tersimpan" in ok(run(fresh, "skp", "import", str(bom)))
    deep = tmp_path / "dalam.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    assert_refused(run(fresh, "skp", "import", str(deep)), "bersarang terlalu dalam")
    hostile = json.loads(json.dumps(SAMPLE_PLAN))
    hostile["rhk"][0]["name"] = "RHK \x1b[31m"
    (tmp_path / "kendali.json").write_text(json.dumps(hostile), encoding="utf-8")
    assert_refused(run(fresh, "skp", "import", str(tmp_path / "kendali.json"), "--replace"), "Rencana Hasil Kerja")


def test_a_locked_month_is_not_exported_again_as_the_same_revision(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = f"{day:%Y-%m}"
    first = tmp_path / "rev1.pdf"
    assert "revisi 1" in ok(run(fresh, "export", "--month", month, "--out", str(first)))
    sent = first.read_bytes()
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "lagi.pdf")), "buka kunci")
    assert_refused(run(fresh, "export", "--month", month, "--out", str(first), "--force"), "revisi 2")
    assert first.read_bytes() == sent and not (tmp_path / "lagi.pdf").exists()
    ok(run(fresh, "unlock", "--month", month, "--reason", "Berkas hilang"))
    assert "revisi 2" in ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "rev2.pdf")))


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
                    reason="needs fonts-dejavu-core")  # fmt: skip
def test_pdf_draws_arabic_and_names_the_emoji_it_cannot(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    ok(add(fresh, day, "اجتماع تنسيقي 🎉 selesai"))
    out = tmp_path / "r.pdf"
    result = run(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(out), "--unsigned")
    assert result.returncode == 0, result
    [warning] = result.stderr.splitlines()
    assert warning.startswith("absensi: peringatan:") and "🎉 (U+1F389)" in warning
    assert "ا" not in warning  # Arabic is drawn
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts
