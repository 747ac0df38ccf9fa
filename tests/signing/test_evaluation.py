"""The yearly Dokumen Evaluasi Kinerja: a real SKP period with entries over several triwulan,
exported signed (the employee's own key) and unsigned; the text of the PDF, its signed JSON,
pyHanko's validation, and what `verify` makes of it."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.skp import Rhk, RhkKind
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.evaluation import (
    EVALUATION_ATTACHMENT,
    EVALUATION_SCHEMA,
    EvaluationRefused,
    EvaluationService,
)
from absensi_app.signing import keys

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi uji panjang"
PROFILE = SAMPLE_PROFILE.__class__(**{**SAMPLE_PROFILE.__dict__, "government": "Pemerintah Kabupaten Sleman",
                                      "address": "Jl. Parasamya No. 1, Beran, Tridadi, Sleman", "place": "Sleman"})
# (day, quantity) of the two RHK: triwulan I, II, III and IV
LAPORAN = [(date(2026, 2, 10), 2), (date(2026, 3, 3), 1), (date(2026, 5, 12), 4), (date(2026, 8, 4), 3),
           (date(2026, 11, 2), 5)]
APLIKASI = [(date(2026, 4, 7), 1), (date(2026, 10, 6), 2)]


def plan_and_entries(ctx: AppContext) -> tuple[Rhk, Rhk]:
    period = ctx.skp.ensure_year(2026)
    laporan = ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Tersusunnya laporan monitoring jaringan",
                                             "Jumlah laporan monitoring yang disusun", 20, "laporan",
                                             "100%", "12 bulan"))
    aplikasi = ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.TAMBAHAN, "Terpeliharanya aplikasi layanan",
                                              "Jumlah pembaruan aplikasi", 4, "rilis"))
    for rhk, items in ((laporan, LAPORAN), (aplikasi, APLIKASI)):
        for day, qty in items:
            ctx.worklog.add(EntryDraft(day, Location.KANTOR, f"Kegiatan {rhk.unit} {day}", time(8), time(10),
                                       quantity=qty, unit=rhk.unit, rhk_id=rhk.id))
    return laporan, aplikasi


@pytest.fixture
def employee(tmp_path: Path):  # noqa: ANN201
    ctx = open_context(AppPaths(tmp_path / "data"), Clock(NOW))
    ctx.profile.save(PROFILE)
    keys.create_identity(ctx.paths.keys_dir, PROFILE.name, PROFILE.nip, PROFILE.agency, PASS, datetime.now())
    yield ctx
    ctx.close()


def pdf_text(data: bytes) -> str:
    import subprocess

    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return " ".join(text.split())


def test_figures_per_triwulan_are_the_dashboards(employee) -> None:  # noqa: ANN001
    laporan, aplikasi = plan_and_entries(employee)
    service = EvaluationService(employee)
    ev = service.build(service.choose_period(2026))
    assert [c.label for c in ev.columns] == ["TW I", "TW II", "TW III", "TW IV"]
    rows = {r.rhk.id: r for r in ev.rhk}
    assert [q.realized for q in rows[laporan.id].quarters] == [3, 4, 3, 5]
    assert [q.realized for q in rows[aplikasi.id].quarters] == [0, 1, 0, 2]
    assert rows[laporan.id].whole.realized == 15 and rows[laporan.id].percent == 75.0
    # the same sums as the dashboard's progress (its triwulan and its year)
    _plan, progress = employee.summary.rhk_progress(2026, 8)
    mine = next(p for p in progress if p.rhk.id == laporan.id)
    assert mine.quarter.realized == rows[laporan.id].quarters[2].realized
    assert mine.year.realized == rows[laporan.id].whole.realized
    assert [m.month for m in ev.months][:2] == ["2026-01", "2026-02"] and len(ev.months) == 12


def test_signed_export_is_valid_and_carries_the_data(employee, tmp_path: Path) -> None:  # noqa: ANN001
    plan_and_entries(employee)
    service = EvaluationService(employee)
    out = tmp_path / "evaluasi.pdf"
    result = service.export_pdf(service.choose_period(2026), out, PASS)
    data = out.read_bytes()
    assert result.signed and result.rhk == 2 and result.pages >= 1
    text = pdf_text(data)
    for expected in ("DOKUMEN EVALUASI KINERJA PEGAWAI", "PEMERINTAH KABUPATEN SLEMAN",
                     "Tersusunnya laporan", "monitoring jaringan", "Jumlah laporan",
                     "20 laporan", "TW I", "TW IV", "Umpan Balik", "Pejabat Penilai Kinerja",
                     "Sleman, 30 November 2026", "Predikat Kinerja Pegawai",
                     "1 Januari 2026 s.d. 31 Desember 2026"):
        assert expected in text, expected
    assert "SALINAN TANPA TANDA TANGAN" not in text

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from absensi_app.signing.pades import EMPLOYEE_FIELD

    reader = PdfFileReader(io.BytesIO(data))
    [sig] = reader.embedded_signatures
    assert sig.field_name == EMPLOYEE_FIELD
    from asn1crypto import x509

    vc = ValidationContext(trust_roots=[x509.Certificate.load(employee.keys.certificate_der())])
    status = validate_pdf_signature(sig, vc)
    assert status.intact and status.valid and status.coverage.name == "ENTIRE_FILE"
    from absensi_app.signing.verify import inspect_pdf

    [signed] = inspect_pdf(data, EVALUATION_ATTACHMENT).signatures  # the JSON the signature covers
    payload = json.loads(signed.attachments[EVALUATION_ATTACHMENT])
    assert payload["schema"] == EVALUATION_SCHEMA and payload["signed"] is True
    assert [q["realisasi"] for q in payload["rhk"][0]["quarters"]] == [3, 4, 3, 5]
    assert payload["employee"]["nip"] == PROFILE.nip

    verdict = employee.verification.verify(data)  # intact and signed with the user's own key
    assert verdict.signed and verdict.intact and verdict.employee.trust.name == "OWN"


def test_unsigned_copy_says_so(employee, tmp_path: Path) -> None:  # noqa: ANN001
    plan_and_entries(employee)
    service = EvaluationService(employee)
    out = tmp_path / "tanpa.pdf"
    result = service.export_pdf(service.choose_period(2026), out, signed=False)
    assert not result.signed
    text = pdf_text(out.read_bytes())
    assert "SALINAN TANPA TANDA TANGAN" in text and "TW III" in text
    assert not employee.verification.verify(out.read_bytes()).signed


def _decide(employee, tmp_path: Path, month: int, decision, note: str, rating, feedback=()):  # noqa: ANN001, ANN202
    """The employee exports ``month``, the supervisor decides on it, the employee receives it."""
    from tests.signing.test_supervisor import SUPERVISOR

    sent = tmp_path / f"bulan-{month}.pdf"
    employee.export.export_pdf(2026, month, sent, PASS)
    boss = open_context(AppPaths(tmp_path / "boss"), Clock(NOW))
    try:
        if not boss.profile.has_profile():
            boss.profile.save(SUPERVISOR)
            keys.create_identity(boss.paths.keys_dir, SUPERVISOR.name, SUPERVISOR.nip, SUPERVISOR.agency, PASS,
                                 datetime.now())
            boss.trust.add(employee.keys.certificate_der())
        decided, verdict = boss.approval.countersign(sent.read_bytes(), decision, note, PASS, rating, feedback)
    finally:
        boss.close()
    _verdict, state = employee.approval.apply_decision(decided, trust_fingerprint=verdict.supervisor.fingerprint)
    return state


def test_decisions_received_are_listed(employee, tmp_path: Path) -> None:  # noqa: ANN001
    """The supervisor returns November with a note and a rating and approves August with a
    rating and feedback on one RHK; after `receive` the document lists both months with their
    state, note and predikat, and the RHK's row carries the feedback."""
    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision
    from absensi_app.services.verification import Rated

    laporan, aplikasi = plan_and_entries(employee)
    assert _decide(employee, tmp_path, 8, Decision.APPROVED, "Bagus", Rated(Rating.DI_ATAS, Rating.DI_ATAS),
                   [(laporan.id, "Laporan Agustus tepat waktu dan lengkap", Rating.DI_ATAS)]) == "disetujui"
    assert _decide(employee, tmp_path, 9, Decision.APPROVED, "", Rated(Rating.SESUAI, Rating.DI_BAWAH)) == "disetujui"
    assert _decide(employee, tmp_path, 11, Decision.RETURNED, "Lengkapi bukti dukung", None) == "dikembalikan"
    service = EvaluationService(employee)
    ev = service.build(service.choose_period(2026))
    november = next(m for m in ev.months if m.month == "2026-11")
    assert november.label == "Dikembalikan" and november.note == "Lengkapi bukti dukung"
    assert november.revision == 1 and november.decided_at is not None
    assert november.predikat == ""  # a return carries no rating
    assert next(m for m in ev.months if m.month == "2026-09").predikat == "Kurang/Misconduct"  # (Sesuai, Di Bawah)
    august = next(m for m in ev.months if m.month == "2026-08")
    assert august.label == "Disetujui" and august.predikat == "Sangat Baik"
    assert august.rating_label == "Sangat Baik (hasil kerja Di Atas Ekspektasi, perilaku Di Atas Ekspektasi)"
    assert next(m for m in ev.months if m.month == "2026-10").label == "Belum diekspor bertanda tangan"
    assert next(m for m in ev.months if m.month == "2026-10").predikat == ""
    rows = {r.rhk.id: r for r in ev.rhk}
    [fb] = rows[laporan.id].feedback
    assert fb.month == "2026-08" and fb.item.feedback == "Laporan Agustus tepat waktu dan lengkap"
    assert rows[aplikasi.id].feedback == ()
    from absensi_app.reports.evaluation_pdf import render_evaluation_pdf
    from absensi_app.services.evaluation import evaluation_to_json

    text = pdf_text(render_evaluation_pdf(ev).data)
    for expected in ("Lengkapi bukti dukung", "Dikembalikan", "2 dari 12 bulan disetujui", "Sangat Baik",
                     "Kurang/Misconduct", "Laporan Agustus", "tepat waktu dan", "Di Atas"):
        assert expected in text, expected
    data = evaluation_to_json(ev)
    assert data["schema_version"] == 2
    assert data["rhk"][0]["feedback"][0]["month"] == "2026-08"
    assert data["rhk"][0]["feedback"][0]["assessment"] == "di-atas"
    by_month = {m["month"]: m for m in data["months"]}
    assert by_month["2026-08"]["rating"] == {"hasil_kerja": "di-atas", "perilaku_kerja": "di-atas",
                                             "predikat": "Sangat Baik"}
    assert by_month["2026-10"]["rating"] is None


def test_rating_is_kept_in_the_hash_chained_history(employee, tmp_path: Path) -> None:  # noqa: ANN001
    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision
    from absensi_app.services.verification import Rated

    plan_and_entries(employee)
    _decide(employee, tmp_path, 9, Decision.APPROVED, "", Rated(Rating.SESUAI, Rating.DI_ATAS))
    [record] = [r for r in employee.history.records("2026-09") if r.action == "disetujui"]
    assert record.data["rating"] == {"hasil_kerja": "sesuai", "perilaku_kerja": "di-atas", "predikat": "Baik"}
    assert employee.history.verify().ok


def test_refusals(employee, tmp_path: Path) -> None:  # noqa: ANN001
    service = EvaluationService(employee)
    with pytest.raises(EvaluationRefused, match="Belum ada rencana SKP untuk tahun 2026"):
        service.choose_period(2026)
    period = employee.skp.ensure_year(2026)
    with pytest.raises(EvaluationRefused, match="belum berisi Rencana Hasil Kerja"):
        service.build(period)
    plan_and_entries(employee)
    with pytest.raises(EvaluationRefused, match="Tidak ada periode SKP yang dimulai"):
        service.choose_period(2026, date(2026, 7, 1))
    from absensi_app.signing.keys import SigningError

    with pytest.raises(SigningError):  # the key's passphrase is checked, nothing written
        service.export_pdf(period, tmp_path / "x.pdf", "salah sekali frasa")
    assert not (tmp_path / "x.pdf").exists()
    from absensi_app.domain.errors import AbsensiError

    with pytest.raises(AbsensiError):  # never into the data folder
        service.export_pdf(period, employee.paths.data_dir / "x.pdf", signed=False)


def test_verify_knows_the_evaluation_document(employee, tmp_path: Path) -> None:  # noqa: ANN001
    """`absensi verify` on the yearly document: its own verdict (valid, exit 0, JSON
    ``document: evaluasi``), and a change after signing is caught like on a summary."""
    import subprocess
    import sys

    plan_and_entries(employee)
    service = EvaluationService(employee)
    out = tmp_path / "evaluasi.pdf"
    service.export_pdf(service.choose_period(2026), out, PASS)
    verdict = employee.verification.verify(out.read_bytes())
    assert verdict.document == "evaluasi" and verdict.evaluation is not None
    assert verdict.outcome.name == "VALID", verdict.headline()
    assert verdict.evaluation.title == "SKP 2026" or verdict.evaluation.title
    assert "dokumen evaluasi kinerja" in verdict.headline() and PROFILE.nip in verdict.headline()
    assert verdict.month is None and verdict.report is None and verdict.decision is None

    run = subprocess.run([sys.executable, "-m", "absensi_app", "--data-dir", str(employee.paths.data_dir),
                          "verify", str(out), "--json"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr + run.stdout
    data = json.loads(run.stdout)
    assert data["status"] == "sah" and data["document"] == "evaluasi"
    assert data["evaluation"]["employee_nip"] == PROFILE.nip
    assert data["evaluation"]["period"] == {"first": "2026-01-01", "last": "2026-12-31",
                                            "title": verdict.evaluation.title}
    text = subprocess.run([sys.executable, "-m", "absensi_app", "--data-dir", str(employee.paths.data_dir),
                           "verify", str(out)], capture_output=True, text=True)
    assert text.returncode == 0 and "Dokumen evaluasi kinerja" in text.stdout, text.stdout

    changed = bytearray(out.read_bytes())  # one byte of the signed content changed
    at = changed.index(b"/Title")
    changed[at + 8] ^= 0x01
    bad = employee.verification.verify(bytes(changed))
    assert bad.outcome.name in ("INVALID", "UNREADABLE"), bad.headline()

    unsigned = tmp_path / "tanpa.pdf"
    service.export_pdf(service.choose_period(2026), unsigned, signed=False)
    assert employee.verification.verify(unsigned.read_bytes()).outcome.name == "UNSIGNED"


def test_a_supervisor_cannot_approve_an_evaluation_document(employee, tmp_path: Path) -> None:  # noqa: ANN001
    from absensi_app.domain.verdict import Decision
    from absensi_app.services.verification import ApprovalError
    from tests.signing.test_supervisor import SUPERVISOR

    plan_and_entries(employee)
    service = EvaluationService(employee)
    out = tmp_path / "evaluasi.pdf"
    service.export_pdf(service.choose_period(2026), out, PASS)
    boss = open_context(AppPaths(tmp_path / "boss"), Clock(NOW))
    try:
        boss.profile.save(SUPERVISOR)
        keys.create_identity(boss.paths.keys_dir, SUPERVISOR.name, SUPERVISOR.nip, SUPERVISOR.agency, PASS, datetime.now())
        boss.trust.add(employee.keys.certificate_der())
        verdict = boss.verification.verify(out.read_bytes())
        assert verdict.outcome.name == "VALID" and verdict.document == "evaluasi"
        with pytest.raises(ApprovalError, match="dokumen evaluasi kinerja tahunan"):
            boss.approval.countersign(out.read_bytes(), Decision.APPROVED, "", PASS)
    finally:
        boss.close()
