"""`absensi export|key|unlock|history` as a script would run them (real subprocesses).

The passphrase comes from ABSENSI_PASSPHRASE (set by tests.cli.test_cli.run) or a prompt,
never from the command line.
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import PASSPHRASE, assert_refused, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)


def month_of(day_) -> str:  # noqa: ANN001
    return f"{day_:%Y-%m}"


def test_export_lock_unlock_revision(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = month_of(day)
    pdf = tmp_path / "ringkasan.pdf"
    out = ok(run(fresh, "export", "--month", month, "--out", str(pdf)))
    assert f"Ringkasan {month} revisi 1 ditandatangani" in out and "terkunci" in out
    assert pdf.read_bytes().startswith(b"%PDF-")
    sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in sig
    assert_refused(run(fresh, "export", "--month", month, "--out", str(pdf)), "--force")
    assert_refused(
        run(fresh, "log", "add", "--date", day.isoformat(), "--start", "20:00", "--end", "21:00",
            "--location", "kantor", "--text", "Lembur"),
        "terkunci",
    )  # fmt: skip
    assert_refused(run(fresh, "log", "delete", "1"), "terkunci")
    assert_refused(run(fresh, "status", "--date", day.isoformat(), "--status", "sakit"), "terkunci")
    assert_refused(run(fresh, "unlock", "--month", month, "--reason", " "), "alasan")
    assert "Ekspor berikutnya menjadi revisi 2" in ok(run(fresh, "unlock", "--month", month, "--reason", "Koreksi"))
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "20:00", "--end", "21:00",
           "--location", "kantor", "--text", "Lembur"))  # fmt: skip
    out = ok(run(fresh, "export", "--month", month, "--out", str(pdf), "--force"))
    assert "revisi 2" in out
    history = json.loads(ok(run(fresh, "history", "--month", month, "--verify", "--json")))
    assert [r["action"] for r in history["records"]][-4:] == ["export", "unlock", "add", "export"]
    assert history["verify"]["ok"] is True
    assert "Rantai riwayat utuh" in ok(run(fresh, "history", "--verify"))


def test_export_refusals(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = month_of(day)
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "x.pdf"),
                       env={"ABSENSI_PASSPHRASE": "frasa-yang-salah"}), "Frasa sandi salah")  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()
    assert_refused(run(fresh, "export", "--month", "2999-01", "--out", str(tmp_path / "x.pdf")), "di luar rentang")
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "no" / "x.pdf")), "tidak ada")
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "x.csv"),
                       "--format", "csv", "--unsigned"), "--unsigned hanya untuk format pdf")  # fmt: skip
    # no passphrase at all, and no terminal to ask on
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "x.pdf"),
                       env={"ABSENSI_PASSPHRASE": ""}), "ABSENSI_PASSPHRASE")  # fmt: skip
    assert ok(run(fresh, "history", "--json")) and "export" not in ok(run(fresh, "history"))


def test_unsigned_and_sheets(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = month_of(day)
    out = ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "u.pdf"), "--unsigned",
                 env={"ABSENSI_PASSPHRASE": ""}))  # fmt: skip
    assert "TANPA tanda tangan" in out and "tidak dikunci" in out
    sig = subprocess.run(["pdfsig", str(tmp_path / "u.pdf")], capture_output=True, text=True)
    assert "Signature #1" not in sig.stdout
    # the month stays open
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "20:00", "--end", "21:00",
           "--location", "rumah", "--text", "Menyusun notula", "--qty", "1", "--unit", "notula"))  # fmt: skip
    out = ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "p.csv"), "--format", "csv"))
    assert "2 kegiatan" in out and "tanpa Rencana Aksi" in out
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:8] == ["Rencana Aksi", "Tanggal", "Jam Mulai", "Jam Selesai", "Kegiatan Harian",
                           "Realisasi", "Satuan", "Bukti Dukung"]  # fmt: skip
    assert [r[4] for r in rows[1:]] == ["Rapat koordinasi", "Menyusun notula"]
    ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "p.xlsx"), "--format", "xlsx"))
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]][:3] == ["Rencana Aksi", "Tanggal", "Jam Mulai"]
    assert sheet.max_row == 3


def test_key_commands(fresh: Path, tmp_path: Path) -> None:
    shown = json.loads(ok(run(fresh, "key", "show", "--json")))
    assert shown["nip"] == "198609262015051001" and shown["key_type"] == "ECDSA secp256r1"
    assert shown["timestamp_url"] is None
    assert_refused(run(fresh, "key", "create"), "--replace")
    assert_refused(run(fresh, "key", "passphrase", env={"ABSENSI_NEW_PASSPHRASE": "pendek"}), "paling sedikit 8")
    ok(run(fresh, "key", "passphrase", env={"ABSENSI_NEW_PASSPHRASE": "frasa-baru-456"}))
    assert_refused(run(fresh, "export", "--month", "2026-01", "--out", str(tmp_path / "a.pdf")), "Frasa sandi salah")
    ok(run(fresh, "key", "passphrase", env={"ABSENSI_PASSPHRASE": "frasa-baru-456",
                                            "ABSENSI_NEW_PASSPHRASE": PASSPHRASE}))  # fmt: skip
    assert_refused(run(fresh, "key", "timestamp", "--url", "ftp://x"), "http://")
    assert "PAdES B-T" in ok(run(fresh, "key", "timestamp", "--url", "http://tsa.example.go.id"))
    assert "PAdES B-B" in ok(run(fresh, "key", "timestamp", "--clear"))
    new = ok(run(fresh, "key", "create", "--replace"))
    assert shown["fingerprint_sha256"] not in new
    assert_refused(run(fresh, "key", "import", str(tmp_path / "tidak-ada.p12"), "--replace"), "tidak ada")
    garbage = tmp_path / "sampah.p12"
    garbage.write_bytes(b"bukan pkcs12")
    assert_refused(run(fresh, "key", "import", str(garbage), "--replace",
                       env={"ABSENSI_P12_PASSWORD": "x"}), "bukan PKCS#12")  # fmt: skip


def test_init_without_passphrase_or_with_no_key(tmp_path: Path) -> None:
    from tests.cli.test_cli import init_args

    data = tmp_path / "data"
    assert_refused(run(data, *init_args(), env={"ABSENSI_PASSPHRASE": ""}), "ABSENSI_PASSPHRASE")
    assert_refused(run(data, "profile"), "absensi init")  # nothing was saved
    assert_refused(run(data, *init_args(), env={"ABSENSI_PASSPHRASE": "pendek"}), "paling sedikit 8")
    out = ok(run(data, *init_args(), "--no-key", env={"ABSENSI_PASSPHRASE": ""}))
    assert "Tanpa kunci tanda tangan" in out
    assert_refused(run(data, "key", "show"), "absensi key create")


def test_export_format_follows_the_file_name(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = month_of(day)
    out = ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "nov.xlsx")))
    assert "(XLSX)" in out and (tmp_path / "nov.xlsx").read_bytes()[:2] == b"PK"  # a zip, not a PDF
    assert "terkunci" not in out
    ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", "20:00", "--end", "20:30",
           "--location", "kantor", "--text", "Masih bisa diubah"))  # fmt: skip
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "a.csv"), "--format", "pdf"),
                   "Samakan keduanya")  # fmt: skip
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path)), "adalah folder")
    history = ok(run(fresh, "history", "--month", month))
    assert "kegiatan no. " in history and "entry:" not in history


def test_output_into_a_closed_pipe_is_quiet(fresh: Path) -> None:
    from datetime import date

    today = date.today()
    for back in (1, 2, 3):  # enough history to overflow the pipe's buffer
        y, m = (today.year, today.month - back) if today.month > back else (today.year - 1, today.month - back + 12)
        ok(run(fresh, "demo", "--month", f"{y:04d}-{m:02d}"))
    assert len(ok(run(fresh, "history", "--json"))) > 100_000  # a pipe holds 64 KiB
    done = subprocess.run(
        f"'{run.__globals__['ABSENSI']}' --data-dir '{fresh}' history --json | head -c 1",
        shell=True, capture_output=True, text=True, env=run.__globals__["_env"](),
    )  # fmt: skip
    assert done.stdout == "{" and "Broken pipe" not in done.stderr and "Traceback" not in done.stderr
