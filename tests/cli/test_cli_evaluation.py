"""`absensi evaluation` as a script would run it (real subprocesses, the real date: the SKP year
is this year): signed and unsigned, the text of the PDF, pdfsig, `verify`, and the refusals."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from absensi_app.services.demo import SAMPLE_PLAN
from tests.cli.test_cli import assert_refused, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)

YEAR = date.today().year


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())


def with_plan(data: Path, tmp_path: Path) -> None:
    plan = tmp_path / "rencana.json"
    plan.write_text(json.dumps(SAMPLE_PLAN, ensure_ascii=False), encoding="utf-8")
    ok(run(data, "skp", "import", str(plan), "--year", str(YEAR)))
    for when, qty in ((date(YEAR, 2, 3), 7), (date(YEAR, 5, 5), 11)):  # triwulan I and II
        ok(run(data, "log", "add", "--date", when.isoformat(), "--start", "08:00", "--end", "09:00",
               "--location", "kantor", "--text", "Layanan", "--qty", str(qty), "--unit", "x", "--rhk", "1"))


def test_evaluation_signed_and_unsigned(fresh: Path, tmp_path: Path) -> None:
    with_plan(fresh, tmp_path)
    pdf = tmp_path / "evaluasi.pdf"
    out = ok(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(pdf)))
    assert f"Dokumen evaluasi kinerja SKP {YEAR} (4 RHK) ditandatangani" in out and "SHA-256" in out
    sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in sig
    text = pdf_text(pdf)
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in text and SAMPLE_PLAN["rhk"][0]["name"][:30] in text
    assert all(f"TW {q}" in text for q in ("I", "II", "III", "IV")) and "Umpan Balik" in text
    verdict = run(fresh, "verify", str(pdf))  # intact, signed with the user's own key: valid
    assert verdict.returncode == 0 and "Traceback" not in verdict.stdout + verdict.stderr
    assert f"Sah dan utuh: dokumen evaluasi kinerja SKP {YEAR}" in verdict.stdout, verdict.stdout
    assert "utuh; sertifikat Anda sendiri" in verdict.stdout
    assert f"Dokumen evaluasi kinerja: SKP {YEAR} (01-01-{YEAR} s.d. 31-12-{YEAR}); 4 RHK" in verdict.stdout
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(pdf)), "--force")
    unsigned = tmp_path / "salinan.pdf"
    out = ok(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(unsigned), "--unsigned"))
    assert "TANPA tanda tangan" in out
    assert "SALINAN TANPA TANDA TANGAN" in pdf_text(unsigned)
    assert "Signature is Valid." not in subprocess.run(["pdfsig", str(unsigned)], capture_output=True, text=True).stdout


def test_evaluation_refusals(fresh: Path, tmp_path: Path) -> None:
    target = tmp_path / "e.pdf"
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(target)),
                   f"Belum ada rencana SKP untuk tahun {YEAR}")
    assert_refused(run(fresh, "evaluation", "--year", "1999", "--out", str(target)), "di luar rentang")
    bad = run(fresh, "evaluation", "--year", "dua", "--out", str(target))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    with_plan(fresh, tmp_path)
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(fresh / "e.pdf"), "--unsigned"),
                   "folder data")
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--period", f"{YEAR}-07-01", "--out", str(target)),
                   "Tidak ada periode SKP yang dimulai")
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(target),
                       env={"ABSENSI_PASSPHRASE": "frasa-yang-salah"}), "Frasa sandi salah")
    assert_refused(run(fresh, "evaluation", "--year", str(YEAR), "--out", str(tmp_path / "no" / "e.pdf"),
                       "--unsigned"), "tidak ada")
    assert not target.exists()
