"""`absensi backup create|list|restore|folder`, run as a user would."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from tests.cli.test_cli import init_args, run


def _entry_count(data: Path) -> int:
    con = sqlite3.connect(data / "absensi.sqlite")
    try:
        return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def _add(data: Path, text: str, start: str) -> None:
    hour = int(start[:2]) + 1
    result = run(data, "log", "add", "--date", "2026-11-27", "--start", start, "--end", f"{hour:02d}:00",
                 "--location", "kantor", "--text", text)
    assert result.returncode == 0, result.stderr


def test_create_list_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, *init_args(), "--no-key").returncode == 0
    _add(data, "Menyusun laporan", "08:00")
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made = run(data, "backup", "create", "--to", str(stick))
    assert made.returncode == 0, made.stderr
    assert len(list(stick.glob("Absensi-*/absensi-*.sqlite"))) == 1

    listed = run(data, "backup", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and set(rows[0]) == {
        "name", "path", "created", "reason", "size", "ok", "problem", "entries", "months_locked"
    }
    newest = rows[0]
    assert newest["ok"] is True and newest["entries"] == 1 and newest["months_locked"] == 0

    _add(data, "Entri yang akan hilang", "10:00")
    assert _entry_count(data) == 2
    restored = run(data, "backup", "restore", newest["name"])
    assert restored.returncode == 0, restored.stderr
    assert "sebelumnya disimpan" in restored.stdout
    assert _entry_count(data) == 1
    # the replaced state is itself a backup that can be restored
    rows = json.loads(run(data, "backup", "list", "--json").stdout)
    kept = [r for r in rows if r["reason"] == "before-restore"]
    assert len(kept) == 1 and kept[0]["entries"] == 2
    assert run(data, "backup", "restore", kept[0]["path"]).returncode == 0
    assert _entry_count(data) == 2


def test_restore_refusals_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, *init_args(), "--no-key").returncode == 0
    _add(data, "Menyusun laporan", "08:00")
    db = data / "absensi.sqlite"
    before = db.read_bytes()
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    text_file = tmp_path / "catatan.sqlite"
    text_file.write_text("bukan database")
    for target, words in (
        ("tidak-ada.sqlite", "tidak ada"),
        (str(fifo), "bukan berkas cadangan"),
        (str(text_file), "bukan cadangan yang utuh"),
        (str(tmp_path), "bukan berkas cadangan"),
    ):
        result = run(data, "backup", "restore", target)
        assert result.returncode == 1, (target, result.stderr)
        assert result.stderr.startswith("absensi: ") and words in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_extra_folder_setting(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, *init_args(), "--no-key").returncode == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    result = run(data, "backup", "folder", "--set", str(stick))
    assert result.returncode == 0 and str(stick) in result.stdout
    assert run(data, "backup", "create").returncode == 0
    assert list(stick.glob("Absensi-*/absensi-*.sqlite"))
    inside = run(data, "backup", "folder", "--set", str(data / "bukti"))
    assert inside.returncode == 1 and "di luar folder data" in inside.stderr
    assert "Tidak ada folder" in run(data, "backup", "folder", "--clear").stdout
    both = run(data, "backup", "folder", "--set", str(stick), "--clear")
    assert both.returncode == 2


def test_a_log_that_cannot_be_written_never_shows_or_breaks_a_command(tmp_path: Path) -> None:
    """The log file's place is taken (as by a full disk or a read-only folder, its write
    fails): the command still does its work and prints nothing of logging's own."""
    data = tmp_path / "data"
    assert run(data, *init_args(), "--no-key").returncode == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    assert run(data, "backup", "folder", "--set", str(stick)).returncode == 0
    stick.rmdir()  # the stick is pulled out: the next backup logs a warning about it
    log = data / "logs" / "absensi.log"
    log.unlink(missing_ok=True)
    log.mkdir()  # every write to the log now fails
    result = run(data, "backup", "create")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Logging error" not in result.stdout + result.stderr
    assert "Cadangan tersimpan" in result.stdout
