"""The supervisor's feedback per RHK (umpan balik) in real countersigned summaries: it
verifies, round-trips, shows in `verify --json`, is stored on `receive` and printed; a forged
or hostile feedback shape signed with the supervisor's own key is a consistency problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.report import canonical_bytes
from absensi_app.domain.report_reader import APPROVAL_PREFIX
from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision, Outcome
from absensi_app.domain.verdict_json import verdict_to_json
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.verification import Rated
from tests.cli.test_cli import run
from tests.signing.test_supervisor import NOW, PASS, SUPERVISOR, person


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("feedback")
    rina, boss = person(tmp, SAMPLE_PROFILE), person(tmp, SUPERVISOR, demo=False)
    boss.trust.add(rina.keys.certificate_der())
    rina.trust.add(boss.keys.certificate_der())
    out = tmp / "rina.pdf"
    rina.export.export_pdf(2026, 11, out, PASS)
    rhk = boss.verification.verify(out.read_bytes()).report.rhk
    assert len(rhk) >= 2
    yield {"rina": rina, "boss": boss, "pdf": out, "data": out.read_bytes(), "rhk": rhk, "tmp": tmp}
    for ctx in (rina, boss):
        ctx.close()


def _hostile(office: dict, change) -> bytes:  # noqa: ANN001
    """The supervisor's own key signs an approval whose feedback ``change`` rewrote."""
    from absensi_app.signing.keys import unlock
    from absensi_app.signing.pades import SUPERVISOR_FIELD, sign
    from absensi_app.services.stamp import supervisor_box

    boss = office["boss"]
    real, verdict = boss.approval.countersign(office["data"], Decision.APPROVED, "", PASS, None,
                                              [(office["rhk"][0].id, "Bagus", Rating.SESUAI)])  # fmt: skip
    approval = verdict.approval.to_json()
    change(approval)
    box = supervisor_box(office["data"])
    return sign(office["data"], unlock(boss.paths.keys_dir, PASS), box, SUPERVISOR_FIELD, ["Disetujui"],
                reason="Disetujui", contact_info=APPROVAL_PREFIX + canonical_bytes(approval).decode())  # fmt: skip


def test_feedback_per_rhk_verifies_round_trips_and_is_in_verify_json(office: dict) -> None:
    first, second = office["rhk"][0], office["rhk"][1]
    signed, verdict = office["boss"].approval.countersign(
        office["data"], Decision.APPROVED, "Terima kasih", PASS, Rated(Rating.DI_ATAS, Rating.SESUAI),
        [(first.id, "Laporan lengkap dan  tepat waktu.", Rating.DI_ATAS), (second.id, "", Rating.SESUAI)],
    )  # fmt: skip
    assert verdict.outcome is Outcome.VALID and verdict.consistent
    again = office["boss"].verification.verify(signed)
    items = again.approval.rhk_feedback
    assert [(i.rhk_id, i.name, i.feedback, i.assessment) for i in items] == [
        (first.id, first.name, "Laporan lengkap dan tepat waktu.", Rating.DI_ATAS),
        (second.id, second.name, "", Rating.SESUAI),
    ]
    assert again.approval.problems == () and again.outcome is Outcome.VALID
    out = verdict_to_json(again, "x.pdf", 0)["approval"]
    assert out["rhk_feedback"][0] == {"rhk_id": first.id, "name": first.name, "assessment": "di-atas",
                                      "feedback": "Laporan lengkap dan tepat waktu."}  # fmt: skip
    assert out["rating"]["predikat"] == "Baik"  # beside the overall rating


def test_wrong_feedback_is_refused_before_signing(office: dict) -> None:
    boss = office["boss"]
    with pytest.raises(ValidationError, match="tidak ada di ringkasan ini"):
        boss.approval.countersign(office["data"], Decision.APPROVED, "", PASS, None, [(987654, "x", None)])
    with pytest.raises(ValidationError, match="karakter kendali"):
        boss.approval.countersign(office["data"], Decision.APPROVED, "", PASS, None,
                                  [(office["rhk"][0].id, "ok\x07", None)])  # fmt: skip


@pytest.mark.parametrize(("change", "sentence"), [
    (lambda a: a["rhk_feedback"][0].update(rhk_id=424242),
     "umpan balik persetujuan untuk RHK 424242 yang tidak ada di ringkasan"),
    (lambda a: a.update(rhk_feedback="semua bagus"),
     'bagian "rhk_feedback" persetujuan tidak berbentuk yang semestinya'),
    (lambda a: a["rhk_feedback"][0].update(assessment="luar-biasa", feedback=["x"]),
     'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    (lambda a: a["rhk_feedback"][0].update(name="RHK karangan"),
     "dengan nama lain"),
])  # fmt: skip
def test_forged_feedback_is_a_consistency_problem_never_a_crash(office: dict, change, sentence: str) -> None:  # noqa: ANN001
    forged = _hostile(office, change)
    verdict = office["boss"].verification.verify(forged)
    assert verdict.intact and not verdict.consistent
    assert any(sentence in p for p in verdict.approval_problems), verdict.approval_problems
    assert verdict.outcome is not Outcome.VALID
    assert verdict_to_json(verdict, "f.pdf", 1)["problems"]  # a script sees it too


def test_receive_stores_and_prints_the_feedback_and_verify_json_has_it(office: dict, tmp_path: Path) -> None:
    rina, boss = office["rina"], office["boss"]
    first, second = office["rhk"][0], office["rhk"][1]
    env = {"ABSENSI_PASSPHRASE": PASS}
    out = tmp_path / "disetujui.pdf"
    approved = run(boss.paths.data_dir, "approve", str(office["pdf"]), "--out", str(out),
                   "--rhk-feedback", str(first.id), "Capaian melampaui target.", "--rhk-rating", str(first.id),
                   "di-atas", "--rhk-rating", str(second.id), "di-bawah", env=env)  # fmt: skip
    assert approved.returncode == 0, approved.stderr
    assert f"RHK no. {first.id}: {first.name} \u2014 Di Atas Ekspektasi" in approved.stdout
    refused = run(boss.paths.data_dir, "approve", str(office["pdf"]), "--out", str(tmp_path / "x.pdf"),
                  "--rhk-feedback", "999999", "x", env=env)  # fmt: skip
    assert refused.returncode == 1 and "RHK no. 999999 tidak ada" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()
    bad = run(boss.paths.data_dir, "approve", str(office["pdf"]), "--out", str(tmp_path / "y.pdf"),
              "--rhk-rating", str(first.id), "hebat", env=env)  # fmt: skip
    assert bad.returncode == 1 and "penilaian 'hebat' tidak dikenal" in bad.stderr
    verified = run(rina.paths.data_dir, "verify", str(out), "--json", env=env)
    feedback = json.loads(verified.stdout)["approval"]["rhk_feedback"]
    assert [(f["rhk_id"], f["assessment"], f["feedback"]) for f in feedback] == [
        (first.id, "di-atas", "Capaian melampaui target."), (second.id, "di-bawah", "")]
    received = run(rina.paths.data_dir, "receive", str(out), env=env)
    assert received.returncode == 0, received.stderr
    assert "Umpan balik per RHK:" in received.stdout and "Capaian melampaui target." in received.stdout
    assert f"RHK no. {second.id}: {second.name} \u2014 Di Bawah Ekspektasi" in received.stdout
    later = open_context(AppPaths(rina.paths.data_dir), Clock(NOW))  # the app started afterwards
    stored = later.approval.feedback.for_month("2026-11")
    assert later.locks.get("2026-11").state == "disetujui"
    assert stored[first.id].item.feedback == "Capaian melampaui target."
    assert stored[first.id].item.assessment is Rating.DI_ATAS and stored[first.id].decision == "disetujui"
    assert stored[second.id].item.assessment is Rating.DI_BAWAH and set(stored) == {first.id, second.id}
    assert later.approval.feedback.for_month("2026-10") == {}
    later.close()


def test_return_carries_feedback_and_several_files_refuse_it(office: dict, tmp_path: Path) -> None:
    boss, first = office["boss"], office["rhk"][0]
    env = {"ABSENSI_PASSPHRASE": PASS}
    out = tmp_path / "kembali.pdf"
    returned = run(boss.paths.data_dir, "return", str(office["pdf"]), "--out", str(out), "--note",
                   "Lengkapi bukti dukung", "--rhk-rating", str(first.id), "di-bawah", env=env)  # fmt: skip
    assert returned.returncode == 0, returned.stderr
    verdict = boss.verification.verify(out.read_bytes())
    assert verdict.decision is Decision.RETURNED and verdict.outcome is Outcome.VALID
    assert [(i.rhk_id, i.assessment) for i in verdict.approval.rhk_feedback] == [(first.id, Rating.DI_BAWAH)]
    many = run(boss.paths.data_dir, "approve", str(office["pdf"]), str(office["pdf"]), "--out-dir", str(tmp_path),
               "--rhk-feedback", str(first.id), "x", env=env)  # fmt: skip
    assert many.returncode == 1 and "hanya untuk satu ringkasan" in many.stderr
