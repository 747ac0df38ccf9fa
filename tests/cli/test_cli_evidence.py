"""`absensi export --no-evidence / --evidence-max-mb` and `verify --json`'s attachments, as a
script would run them (real subprocesses, real evidence files)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from tests.cli.test_cli import assert_refused, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)


def _with_evidence(fresh: Path, day, tmp_path: Path) -> tuple[bytes, bytes]:  # noqa: ANN001
    small, big = b"notula rapat\n" * 100, os.urandom(2 * 1024 * 1024 + 10)
    (tmp_path / "notula.txt").write_bytes(small)
    (tmp_path / "foto.jpg").write_bytes(big)
    for name, start, end in (("notula.txt", "10:00", "11:00"), ("foto.jpg", "11:00", "12:00")):
        ok(run(fresh, "log", "add", "--date", day.isoformat(), "--start", start, "--end", end,
               "--location", "kantor", "--text", f"Bukti {name}", "--evidence", str(tmp_path / name)))
    return small, big


def test_export_leaves_out_big_files_and_verify_lists_every_attachment(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    small, big = _with_evidence(fresh, day, tmp_path)
    pdf = tmp_path / "r.pdf"
    out = ok(run(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf), "--evidence-max-mb", "1"))
    assert "Bukti dukung: 2 berkas, 2,0 MB; dilampirkan 1 berkas (1 KB)." in out, out
    assert f"(1 KB, terlampir): SHA-256 {hashlib.sha256(small).hexdigest()}" in out
    assert f"(2,0 MB, tidak dilampirkan): SHA-256 {hashlib.sha256(big).hexdigest()}" in out
    result = run(fresh, "verify", str(pdf), "--json")
    assert result.returncode == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["status"] == "sah"
    got = {a["sha256"]: (a["attached"], a["matches"], a["size"]) for a in data["attachments"]}
    assert got == {hashlib.sha256(small).hexdigest(): (True, True, len(small)),
                   hashlib.sha256(big).hexdigest(): (False, None, len(big))}
    text = run(fresh, "verify", str(pdf))  # the text output lists them too, with their check
    assert text.returncode == 0 and "Bukti dukung (2):" in text.stdout, text.stdout
    assert f"({len(small)} byte, SHA-256 {hashlib.sha256(small).hexdigest()}): terlampir, cocok" in text.stdout
    assert f"({len(big)} byte, SHA-256 {hashlib.sha256(big).hexdigest()}): tidak dilampirkan" in text.stdout


def test_no_evidence_and_refusals(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    _with_evidence(fresh, day, tmp_path)
    month = f"{day:%Y-%m}"
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "a.csv"), "--no-evidence"),
                   "hanya untuk format pdf")
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "a.pdf"),
                       "--evidence-max-mb", "-1"), "antara 0 dan 1000")
    for word in ("abc", "nan", "inf"):  # a usage error in Indonesian, never Python's type name
        wrong = run(fresh, "export", "--month", month, "--out", str(tmp_path / "a.pdf"), "--evidence-max-mb", word)
        assert wrong.returncode == 2 and "bukan angka" in wrong.stderr and "float" not in wrong.stderr
        assert not (tmp_path / "a.pdf").exists()
    pdf = tmp_path / "n.pdf"
    out = ok(run(fresh, "export", "--month", month, "--out", str(pdf), "--no-evidence"))
    assert "dilampirkan 0 berkas" in out and out.count("tidak dilampirkan") == 2
    data = json.loads(run(fresh, "verify", str(pdf), "--json").stdout)
    assert data["status"] == "sah" and [a["attached"] for a in data["attachments"]] == [False, False]
