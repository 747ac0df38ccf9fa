"""The report language: the monthly summary and the yearly evaluation in English, chosen per
export, beside the Indonesian default, which reads exactly as before (its text is compared with
snapshots made by the app before reports had a language: ``snapshots/report-id-*.txt``).

Real files: the sample month (the demo data of November 2026) with the kop's office settings,
exported signed and unsigned; pdftotext for the text, pyHanko and poppler's pdfsig for the
signatures, the real ``absensi verify`` for the verdict; the stamp's texts; the remembered choice
in the export dialog (pytest-qt).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from absensi_app import __version__
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.report import ATTACHMENT_NAME
from absensi_app.domain.verdict import Decision, Outcome
from absensi_app.reports.pdf.labels import LABELS, Wording, check_language, language_of_tag
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.evaluation import EvaluationService
from absensi_app.services.stamp import approval_stamp_lines, decision_banner, document_language
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf

PASSPHRASE = "frasa sandi yang panjang"
NOW = datetime(2026, 11, 30, 17, 0)
SNAPSHOTS = Path(__file__).parent / "snapshots"
PROFILE = dataclasses.replace(SAMPLE_PROFILE, government="Pemerintah Kabupaten Sleman",
                              address="Jl. Parasamya No. 1", place="Sleman")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfsig") is None,
                                   reason="poppler-utils missing")
#: Indonesian fixed texts of the monthly summary: none may be left in an English export.
INDONESIAN_LABELS = (
    "LAPORAN KINERJA BULANAN", "Rincian Kegiatan Harian", "Hari/Tanggal", "Uraian Kegiatan",
    "Status Hari", "Rekapitulasi Jam Kerja", "Jam kerja tercatat", "Saldo berjalan",
    "Hari kerja", "Menurut lokasi", "Hari libur", "Capaian Rencana Hasil Kerja", "Target bulan",
    "Capaian tahun", "Realisasi", "Utama", "Tambahan", "Tertinggal", "Sesuai jadwal", "Indikator:",
    "Mengetahui", "Pegawai yang melaporkan", "Dibuat dengan", "Halaman", "dari 300", "pukul",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Desember", "Kantor",
    "Rumah", "Dinas Luar", "SALINAN TANPA", "Nama", "Jabatan", "Instansi", "Periode", " hari",
    "Kolom RHK", "catatan pribadi",
)
EVALUATION_LABELS = (
    "DOKUMEN EVALUASI KINERJA PEGAWAI", "Periode Penilaian", "s.d.", "PEGAWAI YANG DINILAI",
    "HASIL KERJA", "Indikator Kinerja Individu", "Umpan Balik", "KINERJA UTAMA", "KINERJA TAMBAHAN",
    "TW I", "KEPUTUSAN PEJABAT", "Belum diekspor", "RATING DAN PREDIKAT", "Ringkasan bulanan",
    "Di Atas / Sesuai", "Sangat Baik", "Pegawai yang Dinilai", "bulan disetujui", "Dibuat dengan",
    "Halaman",
)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def words(text: str) -> str:
    return " ".join(text.split())


def verify_exit(path: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABSENSI_")}
    return subprocess.run([sys.executable, "-m", "absensi_app", "--data-dir", str(data_dir), "verify", str(path)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def month_ctx(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from absensi_app.config import AppPaths

    ctx = open_context(AppPaths(tmp_path_factory.mktemp("lang") / "data"), Clock(NOW))
    ctx.profile.save(PROFILE)
    fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, PROFILE.name, PROFILE.nip, PROFILE.agency, PASSPHRASE, datetime.now())
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out")


# ---- the Indonesian default: as before -----------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("name,compact", [("month", False), ("compact", True)])
def test_indonesian_default_reads_as_before(month_ctx: AppContext, out_dir: Path, name: str, compact: bool) -> None:
    default, chosen = out_dir / f"default-{name}.pdf", out_dir / f"id-{name}.pdf"
    month_ctx.export.export_pdf(2026, 11, default, signed=False, compact=compact)
    month_ctx.export.export_pdf(2026, 11, chosen, signed=False, compact=compact, language="id")
    expected = (SNAPSHOTS / f"report-id-{name}.txt").read_text(encoding="utf-8").replace("{version}", __version__)
    assert pdf_text(default) == expected  # line for line, page for page
    assert pdf_text(chosen) == expected
    assert b"/Lang (id-ID)" in default.read_bytes()


@needs_poppler
def test_indonesian_evaluation_reads_as_before(month_ctx: AppContext, out_dir: Path) -> None:
    service = EvaluationService(month_ctx)
    out = out_dir / "evaluasi-id.pdf"
    service.export_pdf(service.choose_period(2026), out, signed=False)
    expected = (SNAPSHOTS / "report-id-evaluation.txt").read_text(encoding="utf-8").replace("{version}", __version__)
    assert pdf_text(out) == expected


# ---- English -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def english(month_ctx: AppContext, out_dir: Path) -> Path:
    out = out_dir / "summary-en.pdf"
    result = month_ctx.export.export_pdf(2026, 11, out, PASSPHRASE, language="en")
    assert result.signed and result.pages >= 2
    return out


@needs_poppler
def test_english_summary_has_english_labels_dates_and_numbers(english: Path) -> None:
    text = words(pdf_text(english))
    for label in ("MONTHLY PERFORMANCE REPORT \u2014 NOVEMBER 2026", "A. Daily Activities", "Day/Date",
                  "Description", "B. Day Status", "C. Working Hours", "Hours logged", "Running balance",
                  "By location", "Unlogged working days", "D. RHK Progress (SKP)", "Month target",
                  "Year progress", "Acknowledged,", "Reporting employee,", "Pejabat Penilai Kinerja",
                  "appraising official", "Rank/Grade", "Work unit", "Agency", "Period"):
        assert label in text, label
    assert "Monday, 2 November 2026" in text and "Sleman, 30 November 2026" in text
    assert "Made with Absensi" in text and "on 30 November 2026 at 17:00" in text
    assert "Page 1 of" in text and "Office: 16 days, 117 h" in text
    assert "Official travel: 1 day, 7 h 30 min" in text
    assert "3.7%" in text and "46.7%" in text and "3,7%" not in text  # a decimal point, not a comma
    assert " of 300" in text and "Behind" in text
    left = [label for label in INDONESIAN_LABELS if label in text]
    assert left == [], left
    assert "SALINAN" not in text and "COPY WITHOUT" not in text  # signed: no unsigned banner


def test_english_summary_keeps_the_signed_data_and_the_title(month_ctx: AppContext, english: Path, out_dir: Path) -> None:
    found = inspect_pdf(english.read_bytes(), ATTACHMENT_NAME)
    indonesian = out_dir / "summary-id.pdf"
    month_ctx.locks.unlock("2026-11", "uji bahasa")
    month_ctx.export.export_pdf(2026, 11, indonesian, PASSPHRASE)
    other = inspect_pdf(indonesian.read_bytes(), ATTACHMENT_NAME)
    assert found.signatures[0].title == "Laporan Kinerja Bulanan, November 2026"  # the verifier reads it
    assert found.signatures[0].reason == "Monthly Performance Report, November 2026 (revision 1)"
    both = [json.loads(x.attachment) for x in (found, other)]
    for data in both:  # what differs between two exports of the same month, whatever the language
        for key in ("exported_at", "revision", "history_head"):
            data.pop(key)
    assert both[0] == both[1]  # the signed data is language-neutral: no key was added
    assert b"/Lang (en-GB)" in english.read_bytes() and b"/Lang (id-ID)" in indonesian.read_bytes()
    assert document_language(english.read_bytes()) == "en"
    assert document_language(indonesian.read_bytes()) == "id"


@needs_poppler
def test_both_languages_verify_and_pdfsig_accepts_them(month_ctx: AppContext, english: Path, out_dir: Path) -> None:
    indonesian = out_dir / "summary-id.pdf"
    if not indonesian.exists():
        month_ctx.locks.unlock("2026-11", "uji bahasa")
        month_ctx.export.export_pdf(2026, 11, indonesian, PASSPHRASE)
    for pdf in (english, indonesian):
        verdict = month_ctx.verification.verify(pdf.read_bytes())
        assert verdict.outcome is Outcome.VALID and verdict.consistent, verdict.headline()
        assert verdict.report is not None and verdict.report.month == "2026-11"
        result = verify_exit(pdf, month_ctx.paths.data_dir)
        assert result.returncode == 0, (result.stdout, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr
        assert "Signature is Valid." in subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout


@needs_poppler
def test_english_unsigned_and_compact(month_ctx: AppContext, out_dir: Path) -> None:
    out = out_dir / "compact-en.pdf"
    month_ctx.export.export_pdf(2026, 11, out, signed=False, compact=True, language="en")
    text = words(pdf_text(out))
    assert "COPY WITHOUT AN ELECTRONIC SIGNATURE" in text and "SALINAN" not in text
    assert "Monday, 2 November 2026 \u2014 " in text and " activities, " in text
    assert "kegiatan," not in text and "Uraian" not in text


@needs_poppler
def test_english_evaluation(month_ctx: AppContext, out_dir: Path) -> None:
    service = EvaluationService(month_ctx)
    out = out_dir / "evaluation-en.pdf"
    result = service.export_pdf(service.choose_period(2026), out, PASSPHRASE, language="en")
    text = words(pdf_text(out))
    for label in ("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT", "Appraisal period: 1 January 2026 to 31 December 2026",
                  "EMPLOYEE APPRAISED", "WORK RESULTS", "Indicator (IKI)", "Progress", "Q II", "Q IV",
                  "A. MAIN PERFORMANCE", "Not yet exported signed", "(Outstanding / Good / Needs Improvement / "
                  "Poor / Very Poor)", "Employee appraised,", "Page 1 of"):
        assert label in text, label
    left = [label for label in EVALUATION_LABELS if label in text]
    assert left == [], left
    verdict = month_ctx.verification.verify(out.read_bytes())
    assert verdict.outcome is Outcome.VALID and verdict.consistent, verdict.headline()
    assert result.signed and verify_exit(out, month_ctx.paths.data_dir).returncode == 0
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout


# ---- the stamp and the wording ----------------------------------------------------------------
def test_the_stamp_speaks_the_documents_language() -> None:
    assert decision_banner(Decision.APPROVED).text == "DISETUJUI"
    assert decision_banner(Decision.RETURNED, "en").text == "RETURNED FOR CORRECTION"
    assert decision_banner(Decision.APPROVED, "en").colour == decision_banner(Decision.APPROVED).colour
    moment = datetime(2026, 12, 2, 9, 15)
    en = approval_stamp_lines(Decision.APPROVED, "Drs. Bambang Suryadi, M.Si.", "197508172000031004", moment,
                              "Baik", "Lengkap, terima kasih.", 190.0, 70.0, "en")
    assert any(line.startswith("Electronically approved by") or line.startswith("Approved by") for line in en)
    assert "Rating: Good" in en and any("2 Dec 2026 09:15" in line for line in en)
    assert any(line.startswith("Note: ") for line in en)
    id_ = approval_stamp_lines(Decision.RETURNED, "Bambang", "197508172000031004", moment, "", "Perbaiki.",
                               190.0, 70.0)
    assert any("Dikembalikan" in line for line in id_) and any("02-12-2026 09:15" in line for line in id_)
    assert document_language(b"not a pdf") == "id"
    assert language_of_tag("en-GB") == "en" and language_of_tag("id-ID") == "id" and language_of_tag(None) == "id"


def test_wording_forms_and_every_label_in_both_languages() -> None:
    en, id_ = Wording("en"), Wording()
    assert (id_.number(1234.5), en.number(1234.5)) == ("1.234,5", "1,234.5")
    assert (id_.number(1250), en.number(1250)) == ("1.250", "1,250")
    day = datetime(2026, 11, 28).date()
    assert (id_.day(day), en.day(day)) == ("Sabtu, 28 November 2026", "Saturday, 28 November 2026")
    assert (id_.date(day), en.date(day)) == ("28 November 2026", "28 November 2026")
    assert (id_.minutes(450), en.minutes(450), en.minutes(480), en.minutes(45)) == ("7 j 30 m", "7 h 30 min", "8 h", "45 min")
    assert (en.signed_minutes(-90), en.signed_minutes(0)) == ("\u22121 h 30 min", "0 min")
    assert (id_.term("Sangat Baik"), en.term("Sangat Baik"), en.term("Butuh Perbaikan")) == (
        "Sangat Baik", "Outstanding", "Needs Improvement")
    assert en.size(1536 * 1024) == "1.5 MB" and id_.size(1536 * 1024) == "1,5 MB" and en.size(12) == "12 bytes"
    for key, (indonesian, english) in LABELS.items():
        assert indonesian.strip() and english.strip(), key
        placeholders = lambda t: sorted(p.split("}")[0] for p in t.split("{")[1:])  # noqa: E731
        assert placeholders(indonesian) == placeholders(english), key
    from absensi_app.domain.rhk_feedback import ASSESSMENT_LABELS
    from absensi_app.domain.skp import PREDIKAT

    for term in (*PREDIKAT.values(), *ASSESSMENT_LABELS.values()):  # each has its English name
        assert en.term(term) != term and id_.term(term) == term, term
    with pytest.raises(ValidationError, match="pilih id"):
        check_language("fr")


def test_the_choice_is_remembered_per_data_folder(ctx) -> None:  # noqa: ANN001
    assert ctx.export.report_language() == "id"
    ctx.export.set_report_language("en")
    assert ctx.export.report_language() == "en"
    with pytest.raises(ValidationError):
        ctx.export.set_report_language("fr")
    assert ctx.export.report_language() == "en"


def test_export_dialog_remembers_the_language(ctx_with_profile, qtbot, inline_tasks, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from absensi_app.views import prompts
    from absensi_app.views.export_dialog import UNSIGNED, ExportDialog

    ctx = ctx_with_profile
    dialog = ExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.language.language() == "id" and dialog.language.combo.currentText() == "Indonesia"
    dialog.set_kind(UNSIGNED)
    dialog.set_month(2026, 11)
    dialog.language.set_language("en")
    monkeypatch.setattr(prompts, "save_file", lambda *a: str(tmp_path / "summary.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    assert b"/Lang (en-GB)" in (tmp_path / "summary.pdf").read_bytes()
    assert ctx.export.report_language() == "en"
    again = ExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(again)
    assert again.language.language() == "en" and again.language.combo.currentText() == "English"
    dialog.set_kind("xlsx")
    assert not dialog.language.isEnabled()  # the e-Kinerja sheet keeps its own columns


def test_evaluation_export_asks_the_language_and_keeps_it(ctx_with_profile, qtbot, inline_tasks, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    from absensi_app.domain.skp import Rhk, RhkKind
    from absensi_app.views import evaluation_export, prompts

    ctx = ctx_with_profile
    period = ctx.skp.ensure_year(2026)
    ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Laporan", "Jumlah laporan", 4, "laporan"))
    answers: list[str | None] = ["en", None]
    asked, infos = [], []
    monkeypatch.setattr(prompts, "ask_text", lambda *a: "2026")
    monkeypatch.setattr(prompts, "choose", lambda parent, title, text, choices, detail="": asked.append(
        ([k for k, _ in choices], detail)) or answers.pop(0))
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: infos.append(text))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: pytest.fail(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    for name in ("first.pdf", "second.pdf"):  # no signing key: the language is the only choice
        monkeypatch.setattr(prompts, "save_file", lambda *a, name=name: str(tmp_path / name))
        assert evaluation_export.export_evaluation(ctx, parent)
    assert [keys for keys, _ in asked] == [["id", "en"], ["id", "en"]]
    assert "Terakhir dipilih: Indonesia" in asked[0][1] and "Terakhir dipilih: English" in asked[1][1]
    for name in ("first.pdf", "second.pdf"):  # the second question was closed: the kept language
        assert b"/Lang (en-GB)" in (tmp_path / name).read_bytes()
    assert ctx.export.report_language() == "en" and len(infos) == 2


def test_a_supervisors_stamp_on_an_english_report_is_english(tmp_path: Path) -> None:
    """Approving an English summary stamps it "APPROVED"; a return on an Indonesian one stays
    "DIKEMBALIKAN UNTUK DIPERBAIKI". Both still verify."""
    import subprocess

    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision, Outcome
    from absensi_app.services.verification import Rated
    from tests.team_office import ANDI, PASS, SUPERVISOR, close, person

    andi, boss = person(tmp_path, ANDI, "andi", (11,)), person(tmp_path, SUPERVISOR, "boss")
    try:
        boss.trust.add(andi.keys.certificate_der())
        texts = {}
        for language, decision in (("id", Decision.RETURNED), ("en", Decision.APPROVED)):
            sent = tmp_path / f"andi-{language}.pdf"
            andi.export.export_pdf(2026, 11, sent, PASS, language=language)
            rating = Rated(Rating.SESUAI, Rating.SESUAI) if decision is Decision.APPROVED else None
            signed, verdict = boss.approval.countersign(sent.read_bytes(), decision, "Lengkapi bukti", PASS, rating)
            assert verdict.outcome is Outcome.VALID
            out = tmp_path / f"decided-{language}.pdf"
            out.write_bytes(signed)
            texts[language] = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
            if decision is Decision.RETURNED:  # the month reopens for the next export
                andi.approval.apply_decision(signed, verdict.supervisor.fingerprint)
        assert "APPROVED" in texts["en"] and "DISETUJUI" not in texts["en"]
        assert "DIKEMBALIKAN UNTUK DIPERBAIKI" in texts["id"] and "RETURNED" not in texts["id"]
    finally:
        close(andi)
        close(boss)
