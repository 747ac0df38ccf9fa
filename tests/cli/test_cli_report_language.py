"""`absensi export --bahasa` and `absensi evaluation --bahasa` as a script runs them (real
subprocesses): English signed PDFs that `verify` accepts, the Indonesian default, and the
refusals (an unknown language is a usage error, exit 2; `--bahasa` with a sheet, exit 1)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.test_cli import assert_refused, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)
from tests.cli.test_cli_evaluation import YEAR, pdf_text, with_plan


def test_export_in_english_and_by_default_in_indonesian(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = f"{day:%Y-%m}"
    english = tmp_path / "summary.pdf"
    out = ok(run(fresh, "export", "--month", month, "--out", str(english), "--bahasa", "en"))
    assert "ditandatangani" in out  # the command line itself stays Indonesian
    text = pdf_text(english)
    assert "MONTHLY PERFORMANCE REPORT" in text and "A. Daily Activities" in text and "Page 1 of" in text
    assert "LAPORAN KINERJA BULANAN" not in text and "Halaman" not in text
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(english)], capture_output=True, text=True).stdout
    verdict = run(fresh, "verify", str(english))
    assert verdict.returncode == 0 and "Traceback" not in verdict.stdout + verdict.stderr, verdict.stdout
    ok(run(fresh, "unlock", "--month", month, "--reason", "uji bahasa"))
    indonesian = tmp_path / "ringkasan.pdf"
    ok(run(fresh, "export", "--month", month, "--out", str(indonesian)))
    text = pdf_text(indonesian)
    assert "LAPORAN KINERJA BULANAN" in text and "Halaman 1 dari" in text and "MONTHLY" not in text
    assert run(fresh, "verify", str(indonesian)).returncode == 0
    unsigned = tmp_path / "copy.pdf"
    ok(run(fresh, "export", "--month", month, "--out", str(unsigned), "--unsigned", "--compact", "--bahasa", "en"))
    assert "COPY WITHOUT AN ELECTRONIC SIGNATURE" in pdf_text(unsigned)


def test_bahasa_refusals(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    month = f"{day:%Y-%m}"
    target = tmp_path / "x.pdf"
    bad = run(fresh, "export", "--month", month, "--out", str(target), "--bahasa", "fr")
    assert bad.returncode == 2 and "--bahasa" in bad.stderr and "Traceback" not in bad.stderr
    assert not target.exists()
    assert_refused(run(fresh, "export", "--month", month, "--out", str(tmp_path / "x.xlsx"), "--bahasa", "en"),
                   "--bahasa hanya untuk format pdf")
    assert not (tmp_path / "x.xlsx").exists()
    bad = run(fresh, "evaluation", "--year", str(YEAR), "--out", str(target), "--bahasa", "EN")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    empty = run(fresh, "export", "--month", month, "--out", str(target), "--bahasa")
    assert empty.returncode == 2


def test_evaluation_in_english(fresh: Path, tmp_path: Path) -> None:
    with_plan(fresh, tmp_path)
    pdf = tmp_path / "evaluation.pdf"
    out = ok(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(pdf), "--bahasa", "en"))
    assert "ditandatangani" in out
    text = " ".join(pdf_text(pdf).split())
    assert "EMPLOYEE PERFORMANCE EVALUATION DOCUMENT" in text and "WORK RESULTS" in text
    assert all(f"Q {q}" in text for q in ("I", "II", "III", "IV")) and "TW I" not in text
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    verdict = run(fresh, "verify", str(pdf))
    assert verdict.returncode == 0 and f"Sah dan utuh: dokumen evaluasi kinerja SKP {YEAR}" in verdict.stdout
