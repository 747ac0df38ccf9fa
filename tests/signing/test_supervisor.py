"""The supervisor's side: verdicts on real signed summaries from two employees' keys,
trust, countersigning (approve / return) and the employee receiving the decision."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.model import Profile
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes, report_to_json
from absensi_app.domain.skp import Rating
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.domain.verdict import Decision, Outcome, Trust
from absensi_app.services.verification import ApprovalError, Rated
from absensi_app.signing import keys

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi uji panjang"
SUPERVISOR = Profile(
    name="Drs. Bambang Suryadi, M.Si.", nip="197508172000031004", rank="Pembina, IV/a",
    position="Kepala Bagian Perencanaan", unit="Bagian Perencanaan dan Keuangan",
    agency=SAMPLE_PROFILE.agency, supervisor_name="Ir. Hartono, M.T.",
    supervisor_nip="196801011990031002",
)  # fmt: skip
SECOND = replace(SAMPLE_PROFILE, name="Andi Pratama, S.Kom.", nip="199203152019031005")


def person(tmp: Path, profile: Profile, demo: bool = True) -> AppContext:
    ctx = open_context(AppPaths(tmp / profile.nip), Clock(NOW))
    ctx.profile.save(profile)
    if demo:
        fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, datetime.now())
    return ctx


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("office")
    rina, andi, boss = person(tmp, SAMPLE_PROFILE), person(tmp, SECOND), person(tmp, SUPERVISOR, demo=False)
    files = {}
    for name, ctx in (("rina", rina), ("andi", andi)):
        out = tmp / f"{name}.pdf"
        ctx.export.export_pdf(2026, 11, out, PASS)
        files[name] = out.read_bytes()
        boss.trust.add(ctx.keys.certificate_der())
    yield {"rina": rina, "andi": andi, "boss": boss, "files": files, "tmp": tmp}
    for ctx in (rina, andi, boss):
        ctx.close()


def test_a_valid_summary_from_a_trusted_employee(office) -> None:  # noqa: ANN001
    v = office["boss"].verification.verify(office["files"]["rina"])
    assert v.outcome is Outcome.VALID and v.status == "sah"
    assert (v.employee.name, v.employee.nip, v.employee.trust) == (SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip, Trust.TRUSTED)
    assert (v.month, v.revision) == ("2026-11", 1)
    assert v.intact and v.only_signatures_added and v.consistent
    assert v.report.totals.total_minutes == office["rina"].summary.month(2026, 11).total_minutes
    assert "Sah dan utuh: ditandatangani Rina Kartika Sari" in v.headline()
    other = office["boss"].verification.verify(office["files"]["andi"])
    assert other.outcome is Outcome.VALID and other.employee.nip == SECOND.nip


def test_changed_bytes_are_reported_and_data_not_presented(office) -> None:  # noqa: ANN001
    data = bytearray(office["files"]["rina"])
    pos = data.find(b"/Title")
    data[pos + 10] ^= 0x01
    v = office["boss"].verification.verify(bytes(data))
    assert v.outcome is Outcome.INVALID and not v.intact
    assert v.report is None  # nothing of a changed file is presented as fact
    assert "DIUBAH" in v.headline()


def test_content_appended_after_signing_that_is_not_a_signature(office) -> None:  # noqa: ANN001
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(office["files"]["rina"]), strict=False)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    v = office["boss"].verification.verify(out.getvalue())
    assert v.intact  # the signed bytes themselves are untouched ...
    assert not v.only_signatures_added and v.outcome is Outcome.INVALID  # ... but something was added
    assert "tambahan selain tanda tangan" in v.headline()


def test_unknown_signer_is_intact_but_not_trusted(office, tmp_path: Path) -> None:  # noqa: ANN001
    stranger = person(tmp_path, replace(SAMPLE_PROFILE, name="Orang Lain", nip="198001012010011001"))
    stranger.export.export_pdf(2026, 11, tmp_path / "s.pdf", PASS)
    v = office["boss"].verification.verify((tmp_path / "s.pdf").read_bytes())
    stranger.close()
    assert v.outcome.unknown_signer and v.employee.trust is Trust.NEW
    assert "belum Anda kenal" in v.headline() and v.employee.fingerprint[:11] in v.employee.fingerprint
    office["boss"].trust.add(v.employee.certificate_der, "Orang Lain (cek telepon)")
    assert office["boss"].verification.verify((tmp_path / "s.pdf").read_bytes()).outcome is Outcome.VALID
    office["boss"].trust.remove(v.employee.fingerprint)


def test_trusted_nip_with_another_key_is_a_loud_warning(office, tmp_path: Path) -> None:  # noqa: ANN001
    impostor = person(tmp_path, SAMPLE_PROFILE)  # same name and NIP, a different key
    impostor.export.export_pdf(2026, 11, tmp_path / "palsu.pdf", PASS)
    v = office["boss"].verification.verify((tmp_path / "palsu.pdf").read_bytes())
    impostor.close()
    assert v.outcome.unknown_signer and v.employee.trust is Trust.CONFLICT
    assert v.headline().startswith("PERINGATAN: ditandatangani dengan sertifikat LAIN untuk NIP 199004122015032007")


def test_embedded_data_naming_another_month_is_inconsistent(office, tmp_path: Path) -> None:  # noqa: ANN001
    from absensi_app.reports.pdf import render_month_pdf
    from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

    rina = office["rina"]
    november = render_month_pdf(rina.reports.build(2026, 11))
    october = canonical_bytes(report_to_json(rina.reports.build(2026, 10)))
    pdf = embed_attachment(november.data, ATTACHMENT_NAME, october, "x", NOW)
    signed = sign(pdf, keys.unlock(rina.paths.keys_dir, PASS), november.employee_box, EMPLOYEE_FIELD,
                  ["x"], reason="x")  # fmt: skip
    v = office["boss"].verification.verify(signed)
    assert v.intact and v.outcome is Outcome.INVALID
    assert any("judul menyebut 2026-11, tetapi data berisi bulan 2026-10" in p for p in v.consistency_problems)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "kosong"),
        (b"Halo, ini bukan PDF", "bukan PDF"),
        (b"%PDF-1.7\n" + b"\x00" * 50, "rusak"),
    ],
)
def test_non_pdf_input_gets_a_clear_message(office, data: bytes, message: str) -> None:  # noqa: ANN001
    v = office["boss"].verification.verify(data)
    assert v.outcome is Outcome.UNREADABLE and message in v.headline()


def test_truncated_and_unsigned_files(office, tmp_path: Path) -> None:  # noqa: ANN001
    data = office["files"]["rina"]
    v = office["boss"].verification.verify(data[: len(data) // 2])
    assert v.outcome in (Outcome.UNREADABLE, Outcome.INVALID, Outcome.UNSIGNED)
    office["rina"].export.export_pdf(2026, 11, tmp_path / "u.pdf", signed=False)
    u = office["boss"].verification.verify((tmp_path / "u.pdf").read_bytes())
    assert u.outcome is Outcome.UNSIGNED and not u.signed and "TIDAK bertanda tangan" in u.headline()


def test_approve_then_employee_locks_for_good(office, tmp_path: Path) -> None:  # noqa: ANN001
    boss, andi = office["boss"], office["andi"]
    rating = Rated(Rating.DI_ATAS, Rating.SESUAI)
    approved, verdict = boss.approval.countersign(office["files"]["andi"], Decision.APPROVED,
                                                  "Terima kasih", PASS, rating)  # fmt: skip
    assert verdict.outcome is Outcome.VALID and len(verdict.signers) == 2
    assert verdict.decision is Decision.APPROVED
    assert verdict.approval.to_json()["rating"] == {"hasil_kerja": "di-atas", "perilaku_kerja": "sesuai", "predikat": "Baik"}
    assert verdict.supervisor.trust is Trust.OWN and verdict.employee.trust is Trust.TRUSTED
    with pytest.raises(ApprovalError, match="sudah diberi keputusan"):
        boss.approval.countersign(approved, Decision.APPROVED, "", PASS)
    # the employee receives it: both signatures intact, the supervisor is theirs, but the
    # supervisor's certificate is not trusted yet: refused until the fingerprint is compared
    with pytest.raises(ApprovalError, match="belum Anda percayai"):
        andi.approval.apply_decision(approved)
    with pytest.raises(ApprovalError, match="belum Anda percayai"):
        andi.approval.apply_decision(approved, trust_fingerprint="AB:CD")
    assert andi.locks.get("2026-11").state == "terkunci"
    got, state = andi.approval.apply_decision(approved, trust_fingerprint=verdict.supervisor.fingerprint)
    assert andi.trust.get(verdict.supervisor.fingerprint) is not None  # now remembered
    assert state == "disetujui" and got.employee.trust is Trust.OWN
    lock = andi.locks.get("2026-11")
    assert lock.locked and lock.state == "disetujui"
    with pytest.raises(Exception, match="terkunci permanen"):
        andi.locks.unlock("2026-11", "ingin mengubah")
    with pytest.raises(Exception, match="sudah disetujui"):  # and no re-export undoes it
        andi.export.export_pdf(2026, 11, office["tmp"] / "lagi.pdf", PASS)
    assert andi.locks.get("2026-11").state == "disetujui"
    import subprocess

    (tmp_path / "ok.pdf").write_bytes(approved)
    out = subprocess.run(["pdfsig", str(tmp_path / "ok.pdf")], capture_output=True, text=True).stdout
    assert out.count("Signature is Valid.") == 2


def test_return_needs_a_note_and_reopens_the_month(office) -> None:  # noqa: ANN001
    boss, rina = office["boss"], office["rina"]
    with pytest.raises(Exception, match="catatan"):
        boss.approval.countersign(office["files"]["rina"], Decision.RETURNED, "  ", PASS)
    returned, verdict = boss.approval.countersign(office["files"]["rina"], Decision.RETURNED,
                                                  "Lengkapi bukti dukung tanggal 12", PASS)  # fmt: skip
    assert verdict.decision is Decision.RETURNED and verdict.outcome is Outcome.VALID
    assert "DIKEMBALIKAN" in verdict.headline()
    # someone else's app refuses it: not signed with their key
    with pytest.raises(ApprovalError, match="tidak ditandatangani dengan kunci Anda"):
        office["andi"].approval.apply_decision(returned)
    rina.trust.add(boss.keys.certificate_der())
    _v, state = rina.approval.apply_decision(returned)
    lock = rina.locks.get("2026-11")
    assert state == "dikembalikan" and not lock.locked and lock.note == "Lengkapi bukti dukung tanggal 12"
    entry = rina.worklog.month_entries(2026, 11)[0]
    rina.worklog.update(entry.id, replace(entry.as_draft(), description="Dilengkapi"))  # open again
    # the same decision cannot be applied twice, nor an old one after a new export
    with pytest.raises(Exception, match="keputusan atas revisi itu tidak lagi berlaku"):
        rina.approval.apply_decision(returned)
    rina.export.export_pdf(2026, 11, office["tmp"] / "r2.pdf", PASS)
    assert rina.locks.get("2026-11").revision == 2
    with pytest.raises(Exception, match="untuk revisi 1"):
        rina.approval.apply_decision(returned)


def test_a_decision_after_unlock_and_edit_is_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    boss, andi_dir = office["boss"], office["tmp"]
    andi = person(tmp_path, replace(SECOND, name="Andi Kedua"), demo=True)
    andi.trust.add(boss.keys.certificate_der())
    boss.trust.add(andi.keys.certificate_der())
    andi.export.export_pdf(2026, 11, tmp_path / "a.pdf", PASS)
    approved, _ = boss.approval.countersign((tmp_path / "a.pdf").read_bytes(), Decision.APPROVED, "", PASS)
    andi.locks.unlock("2026-11", "salah ketik")
    entry = andi.worklog.month_entries(2026, 11)[0]
    andi.worklog.delete(entry.id)
    with pytest.raises(Exception, match="sudah dibuka atau dikembalikan"):
        andi.approval.apply_decision(approved)
    assert andi.locks.get("2026-11").state == "dibuka"
    andi.close()
    assert andi_dir.exists()


def test_a_forged_supervisor_key_cannot_decide(office, tmp_path: Path) -> None:  # noqa: ANN001
    """Someone makes a key with the supervisor's name and NIP and "approves"."""
    rina = person(tmp_path / "r", SAMPLE_PROFILE)
    real_boss = office["boss"]
    rina.trust.add(real_boss.keys.certificate_der())  # the real supervisor is known
    forger = person(tmp_path / "f", SUPERVISOR, demo=False)
    forger.trust.add(rina.keys.certificate_der())
    rina.export.export_pdf(2026, 11, tmp_path / "s.pdf", PASS)
    forged, _ = forger.approval.countersign((tmp_path / "s.pdf").read_bytes(), Decision.APPROVED, "", PASS)
    with pytest.raises(ApprovalError, match="PERINGATAN: keputusan ditandatangani dengan sertifikat LAIN"):
        rina.approval.apply_decision(forged)
    assert rina.locks.get("2026-11").state == "terkunci"
    for ctx in (rina, forger):
        ctx.close()


def test_only_the_named_supervisor_can_decide(office, tmp_path: Path) -> None:  # noqa: ANN001
    other = person(tmp_path, replace(SUPERVISOR, name="Pejabat Lain", nip="198001012005011003"), demo=False)
    other.trust.add(office["rina"].keys.certificate_der())
    with pytest.raises(ApprovalError, match="menyebut pejabat penilai NIP 197508172000031004"):
        other.approval.countersign(office["files"]["rina"], Decision.APPROVED, "", PASS)
    other.close()


def test_a_certificate_without_the_profile_nip_cannot_sign(tmp_path: Path) -> None:
    from absensi_app.signing.keys import SigningError

    ctx = person(tmp_path, SAMPLE_PROFILE)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, "", "X", PASS, datetime.now(), replace=True)
    with pytest.raises(SigningError, match="tanpa NIP"):
        ctx.export.export_pdf(2026, 11, tmp_path / "x.pdf", PASS)
    assert ctx.locks.get("2026-11") is None and not (tmp_path / "x.pdf").exists()
    ctx.close()


def test_signed_json_of_the_wrong_shape_gets_a_verdict(office) -> None:  # noqa: ANN001
    from absensi_app.reports.pdf import render_month_pdf
    from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

    rina = office["rina"]
    built = rina.reports.build(2026, 11)
    rendered = render_month_pdf(built)
    for change in ({"employee": ["x"]}, {"supervisor": "x"}, {"month": 202611}, {"totals": []}):
        data = {**report_to_json(built), **change}
        pdf = embed_attachment(rendered.data, ATTACHMENT_NAME, canonical_bytes(data), "x", NOW)
        signed = sign(pdf, keys.unlock(rina.paths.keys_dir, PASS), rendered.employee_box, EMPLOYEE_FIELD,
                      ["x"], reason="x")  # fmt: skip
        v = office["boss"].verification.verify(signed)
        assert v.intact and v.outcome is Outcome.INVALID, change
        assert any("tidak berbentuk" in p or "NIP" in p for p in v.consistency_problems), change
        assert v.headline()


def test_export_refuses_when_data_changes_meanwhile(office, tmp_path: Path) -> None:  # noqa: ANN001
    """Another window adds an entry between building the report and locking the month."""
    from datetime import time

    from absensi_app.domain.model import EntryDraft, Location
    from absensi_app.services.export import ExportFailed

    ctx = person(tmp_path, SAMPLE_PROFILE)
    other = open_context(ctx.paths, Clock(NOW))
    original = ctx.reports.build

    def build_then_someone_writes(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        report = original(*args, **kwargs)
        other.worklog.add(EntryDraft(NOW.date(), Location.KANTOR, "Sela", time(20), time(21)))
        return report

    ctx.reports.build = build_then_someone_writes
    with pytest.raises(ExportFailed, match="Data berubah selama ekspor"):
        ctx.export.export_pdf(2026, 11, tmp_path / "x.pdf", PASS)
    assert ctx.locks.get("2026-11") is None and not (tmp_path / "x.pdf").exists()
    ctx.reports.build = original
    ctx.export.export_pdf(2026, 11, tmp_path / "x.pdf", PASS)  # a second try works
    assert ctx.locks.get("2026-11").locked
    other.close()
    ctx.close()


def test_wrong_passphrase_and_untrusted_employee_are_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    boss = office["boss"]
    with pytest.raises(keys.WrongPassphraseError):
        boss.approval.countersign(office["files"]["andi"], Decision.APPROVED, "", "salah-salah-salah")
    stranger = person(tmp_path, replace(SAMPLE_PROFILE, name="Orang Lain", nip="198001012010011001"))
    stranger.export.export_pdf(2026, 11, tmp_path / "s.pdf", PASS)
    stranger.close()
    with pytest.raises(ApprovalError, match="belum Anda kenal"):
        boss.approval.countersign((tmp_path / "s.pdf").read_bytes(), Decision.APPROVED, "", PASS)


# ---- fuzzing: any mutation of a real summary gets a verdict, never an exception -------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

mutations = st.lists(
    st.one_of(
        st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
        st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
        st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        st.tuples(st.just("delete"), st.integers(min_value=0), st.integers(min_value=1, max_value=64)),
    ),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, steps) -> bytes:  # noqa: ANN001
    out = bytearray(data)
    for kind, where, value in steps:
        if not out:
            break
        pos = where % len(out)
        if kind == "flip":
            out[pos] ^= value
        elif kind == "cut":
            del out[pos:]
        elif kind == "insert":
            out.insert(pos, value)
        else:
            del out[pos : pos + value]
    return bytes(out)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=mutations)
def test_mutated_files_always_get_a_verdict(office, steps) -> None:  # noqa: ANN001
    original = office["boss"].verification.verify(office["files"]["andi"])
    data = mutate(office["files"]["andi"], steps)
    verdict = office["boss"].verification.verify(data)  # must not raise
    assert verdict.headline()
    if verdict.outcome is Outcome.VALID:
        # Only changes outside what the signature covers may pass (e.g. the zero padding of
        # the signature value), and then the data read is exactly the signed data.
        assert verdict.report == original.report and verdict.signers == original.signers
    else:
        assert verdict.report is None or verdict.intact
