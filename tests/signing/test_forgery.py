"""Forgeries in the user's own name and conflicting certificates, with real keys and files.

A certificate that claims the user's own NIP but is not one of the user's own certificates is
a forgery in the user's name: the supervisor opening an "approval" signed with a key someone
made in the supervisor's name, or an employee opening a "summary" signed with a key made in
the employee's name. It is the loudest verdict, never a decision, and cannot be trusted.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision, Outcome, Trust
from absensi_app.domain.verdict_json import verdict_to_json
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.stamp import approval_stamp_lines, clip_note, supervisor_box
from absensi_app.services.trust import ImpersonationRefused, TrustedCert, TrustService, read_certificate
from absensi_app.services.verification import ApprovalError, Rated
from tests.signing.test_supervisor import NOW, PASS, SUPERVISOR, person

RINA_NIP = SAMPLE_PROFILE.nip
LONG_NOTE = ("Lengkapi bukti dukung tanggal 12 dan 19, perbaiki uraian kegiatan minggu kedua, lalu "
             "kirim ulang paling lambat tanggal 5 bulan depan. Terima kasih.")  # fmt: skip


@pytest.fixture(scope="module")
def forged(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Rina (trusted by her real supervisor), the real supervisor, a forger who made a key in
    the supervisor's name and NIP, and an impostor who made a key in Rina's name and NIP."""
    tmp = tmp_path_factory.mktemp("forgery")
    rina, boss = person(tmp / "rina", SAMPLE_PROFILE), person(tmp / "boss", SUPERVISOR, demo=False)
    forger = person(tmp / "forger", SUPERVISOR, demo=False)
    impostor = person(tmp / "impostor", SAMPLE_PROFILE)
    stranger_boss = person(tmp / "lain", SUPERVISOR, demo=False)  # does not know Rina's real key
    boss.trust.add(rina.keys.certificate_der())
    rina.trust.add(boss.keys.certificate_der())
    forger.trust.add(rina.keys.certificate_der())
    stranger_boss.trust.add(impostor.keys.certificate_der())
    rina.export.export_pdf(2026, 11, tmp / "rina.pdf", PASS)
    impostor.export.export_pdf(2026, 11, tmp / "palsu.pdf", PASS)
    summary = (tmp / "rina.pdf").read_bytes()
    # the forger "approves" Rina's real summary in the supervisor's name, with a rating
    approval, _ = forger.approval.countersign(summary, Decision.APPROVED, "Bagus", PASS,
                                              Rated(Rating.DI_ATAS, Rating.DI_ATAS))  # fmt: skip
    # a supervisor who never saw Rina's real key decides on the impostor's summary
    on_impostor, _ = stranger_boss.approval.countersign((tmp / "palsu.pdf").read_bytes(), Decision.APPROVED,
                                                        "", PASS)  # fmt: skip
    files = {"summary": summary, "forged_approval": approval, "impostor": (tmp / "palsu.pdf").read_bytes(),
             "approved_impostor": on_impostor}  # fmt: skip
    for name, data in files.items():
        (tmp / f"{name}.pdf").write_bytes(data)
    yield {"rina": rina, "boss": boss, "forger": forger, "impostor": impostor, "files": files, "tmp": tmp}
    for ctx in (rina, boss, forger, impostor, stranger_boss):
        ctx.close()


# ---- the supervisor's own name --------------------------------------------------------------
def test_an_approval_in_the_supervisors_own_name_is_a_forgery(forged) -> None:  # noqa: ANN001
    boss, forger = forged["boss"], forged["forger"]
    v = boss.verification.verify(forged["files"]["forged_approval"])
    assert v.outcome is Outcome.FORGED and v.status == "dipalsukan"
    assert v.intact and v.only_signatures_added and v.consistent  # a perfectly made file ...
    assert v.employee.trust is Trust.TRUSTED
    assert v.supervisor.trust is Trust.IMPERSONATION and v.supervisor.nip == SUPERVISOR.nip
    assert v.supervisor.fingerprint == forger.keys.identity().fingerprint
    assert not v.supervisor.known and not v.all_trusted and v.impostor is v.supervisor
    # ... but never a decision, nor content shown as fact
    assert v.decision is Decision.APPROVED  # what the file states ...
    assert v.trusted_decision is None  # ... does not count
    assert not v.outcome.trustworthy_content and not v.outcome.unknown_signer
    assert v.headline().startswith(f"PALSU: keputusan di berkas ini ditandatangani atas nama Anda (NIP {SUPERVISOR.nip})")
    assert "BUKAN milik Anda" in v.headline()
    # the forger's own app, and the employee, see it otherwise: it is about *your* name
    assert forger.verification.verify(forged["files"]["forged_approval"]).outcome is Outcome.VALID
    assert forged["rina"].verification.verify(forged["files"]["forged_approval"]).outcome is Outcome.CONFLICT


def test_the_verdict_json_carries_no_decision(forged) -> None:  # noqa: ANN001
    v = forged["boss"].verification.verify(forged["files"]["forged_approval"])
    data = verdict_to_json(v, "x.pdf", 1)
    assert data["status"] == "dipalsukan" and data["all_signers_trusted"] is False
    assert [s["trust"] for s in data["signers"]] == ["dipercaya", "palsu"]
    assert data["decision"] is None and data["approval"] is None
    assert data["headline"].startswith("PALSU")
    # a genuine approval keeps both
    real, _ = forged["boss"].approval.countersign(forged["files"]["summary"], Decision.APPROVED, "", PASS)
    ok = verdict_to_json(forged["boss"].verification.verify(real), "y.pdf", 0)
    assert ok["status"] == "sah" and ok["decision"] == "disetujui" and ok["approval"]["decision"] == "disetujui"


def test_trusting_the_forgers_certificate_changes_nothing(forged) -> None:  # noqa: ANN001
    boss, forger = forged["boss"], forged["forger"]
    der = forger.keys.certificate_der()
    with pytest.raises(ImpersonationRefused, match=f"atas NIP Anda sendiri \\({SUPERVISOR.nip}\\), tetapi bukan sertifikat Anda"):
        boss.trust.add(der)
    assert boss.trust.for_nip(SUPERVISOR.nip) == []
    # given for one check only (verify --trust): still a forgery
    info = read_certificate(der)
    extra = TrustedCert(info.fingerprint, info.nip, info.name, info.name, info.der, NOW)
    assert boss.verification.trusting([extra]).verify(forged["files"]["forged_approval"]).outcome is Outcome.FORGED
    # a trust row from before this rule (written without the check): still a forgery
    TrustService(boss.sessions, boss.clock).add(der)
    try:
        v = boss.verification.verify(forged["files"]["forged_approval"])
        assert v.outcome is Outcome.FORGED and v.supervisor.trust is Trust.IMPERSONATION
        assert boss.verification.snapshot().verify(forged["files"]["forged_approval"]).outcome is Outcome.FORGED
    finally:
        boss.trust.remove(info.fingerprint)
    # one's own certificate is not refused, and a certificate of another NIP is still added
    assert boss.trust.add(boss.keys.certificate_der()).nip == SUPERVISOR.nip
    boss.trust.remove(boss.keys.identity().fingerprint)


def test_the_supervisor_cannot_decide_on_or_apply_a_forged_approval(forged) -> None:  # noqa: ANN001
    boss = forged["boss"]
    for decision, note in ((Decision.APPROVED, ""), (Decision.RETURNED, "perbaiki")):
        with pytest.raises(ApprovalError, match="tidak bisa disetujui atau dikembalikan. PALSU"):
            boss.approval.countersign(forged["files"]["forged_approval"], decision, note, PASS)
    with pytest.raises(ApprovalError, match="Keputusan tidak diterapkan. PALSU"):
        boss.approval.apply_decision(forged["files"]["forged_approval"])


def test_a_replaced_key_of_ones_own_is_no_forgery(tmp_path: Path) -> None:
    rina = person(tmp_path, SAMPLE_PROFILE)
    rina.export.export_pdf(2026, 11, tmp_path / "lama.pdf", PASS)
    rina.keys.create(PASS, replace=True)  # the old certificate is archived
    v = rina.verification.verify((tmp_path / "lama.pdf").read_bytes())
    assert v.employee.trust is Trust.OWN and v.outcome is Outcome.VALID
    rina.close()


def test_without_a_profile_there_is_no_own_name(forged, tmp_path: Path) -> None:  # noqa: ANN001
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import open_context

    ctx = open_context(AppPaths(tmp_path / "kosong"), Clock(NOW))
    assert ctx.verification.own_nip() == ""
    assert ctx.verification.verify(forged["files"]["forged_approval"]).outcome is Outcome.UNTRUSTED
    ctx.close()


# ---- the employee's own name ----------------------------------------------------------------
def test_a_summary_in_the_employees_own_name_is_a_forgery(forged) -> None:  # noqa: ANN001
    rina = forged["rina"]
    v = rina.verification.verify(forged["files"]["impostor"])
    assert v.outcome is Outcome.FORGED and v.employee.trust is Trust.IMPERSONATION
    assert v.headline().startswith(f"PALSU: ringkasan ini ditandatangani atas nama Anda (NIP {RINA_NIP})")
    approved = forged["files"]["approved_impostor"]
    v = rina.verification.verify(approved)
    assert v.outcome is Outcome.FORGED and v.trusted_decision is None
    assert (v.employee.trust, v.supervisor.trust) == (Trust.IMPERSONATION, Trust.CONFLICT)
    lock = rina.locks.get("2026-11")
    for fingerprint in (None, v.supervisor.fingerprint):
        with pytest.raises(ApprovalError, match="Keputusan tidak diterapkan. PALSU: ringkasan ini"):
            rina.approval.apply_decision(approved, trust_fingerprint=fingerprint)
    assert rina.locks.get("2026-11") == lock
    assert rina.trust.get(v.supervisor.fingerprint) is None  # nothing was trusted on the way
    with pytest.raises(ImpersonationRefused):
        rina.trust.add(forged["impostor"].keys.certificate_der())


# ---- a conflicting employee certificate -----------------------------------------------------
@pytest.mark.parametrize(("decision", "note"), [(Decision.APPROVED, ""), (Decision.RETURNED, "perbaiki")])
def test_deciding_on_a_conflicting_certificate_is_refused_with_the_warning(forged, decision, note) -> None:  # noqa: ANN001
    boss = forged["boss"]
    assert boss.verification.verify(forged["files"]["impostor"]).outcome is Outcome.CONFLICT
    with pytest.raises(ApprovalError) as refused:
        boss.approval.countersign(forged["files"]["impostor"], decision, note, PASS)
    message = refused.value.message
    assert message.startswith(f"PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {RINA_NIP}")
    assert "belum Anda kenal" not in message and "tidak disetujui dan tidak dikembalikan" in message


# ---- the countersignature on paper ----------------------------------------------------------
@pytest.mark.parametrize("rated", [True, False])
@pytest.mark.parametrize("decision", list(Decision))
def test_the_stamp_says_the_decision_and_the_note_and_fits(decision, rated) -> None:  # noqa: ANN001
    from absensi_app.services.stamp import DECISION_COLOURS, _font_size, _text_height, decision_banner

    banner = decision_banner(decision)  # the decision across the top, white on green or red
    assert banner.text == ("DISETUJUI" if decision is Decision.APPROVED else "DIKEMBALIKAN UNTUK DIPERBAIKI")
    assert banner.colour == DECISION_COLOURS[decision]
    signed = "NIP 19750817 200003 1 004, 30-11-2026 16:00"  # the NIP in its usual groups
    for note in ("", "Baik", LONG_NOTE, "x" * 500, "Kata" * 60):
        lines = approval_stamp_lines(decision, SUPERVISOR.name, SUPERVISOR.nip, NOW,
                                     "Sangat Baik" if rated else "", note, 190.0, 70.0)  # fmt: skip
        verb = "Disetujui" if decision is Decision.APPROVED else "Dikembalikan"
        assert lines[0].startswith(verb) and banner.text not in lines
        assert any(line.endswith(SUPERVISOR.name) for line in lines[0:2])
        assert signed in lines
        assert ("Predikat: Sangat Baik" in lines) is rated
        size = _font_size(lines, 190.0)
        assert _text_height(lines, size) <= 70 - 16 - 6 and size >= 5.0, (note, size, lines)
        noted = lines[lines.index(signed) + 1 + rated:]
        stamped = " ".join(noted)
        if note:
            assert stamped.startswith("Catatan: ")
        else:
            assert noted == []
            assert " ".join(stamped.split()).replace(" ", "").endswith(clip_note(note).replace(" ", ""))
    assert len(clip_note(LONG_NOTE)) <= 120 and clip_note(LONG_NOTE).endswith("\u2026")


def test_an_approved_and_a_returned_file_differ_on_paper(forged, tmp_path: Path) -> None:  # noqa: ANN001
    """The stamps as drawn into the real countersigned files (their appearance streams)."""
    boss = forged["boss"]
    approved, _ = boss.approval.countersign(forged["files"]["summary"], Decision.APPROVED, "Terima kasih", PASS,
                                            Rated(Rating.SESUAI, Rating.SESUAI))  # fmt: skip
    returned, v = boss.approval.countersign(forged["files"]["summary"], Decision.RETURNED, LONG_NOTE, PASS)
    assert v.outcome is Outcome.VALID and v.approval.note == LONG_NOTE  # the whole note stays signed
    shots = {}
    for name, data in (("disetujui", approved), ("dikembalikan", returned)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        assert subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout.count("Signature is Valid.") == 2
        shots[name] = _stamp_text(data)
    assert "DISETUJUI" in shots["disetujui"] and "DIKEMBALIKAN" not in shots["disetujui"]
    assert "Catatan: Terima kasih" in shots["disetujui"] and "Predikat: Baik" in shots["disetujui"]
    assert "DIKEMBALIKAN UNTUK DIPERBAIKI" in shots["dikembalikan"] and "DISETUJUI" not in shots["dikembalikan"]
    assert "Catatan: Lengkapi bukti dukung tanggal 12" in shots["dikembalikan"]
    # and in colour: the banner is orange on the returned file, green on the approved one
    orange, green = _stamp_colours(returned, tmp_path / "r"), _stamp_colours(approved, tmp_path / "a")
    assert orange["orange"] > 200 and orange["green"] == 0, orange
    assert green["green"] > 200 and green["orange"] == 0, green


def _stamp_colours(data: bytes, stem: Path) -> dict[str, int]:
    """Pixels of the banner's orange and green inside the supervisor's box, rendered by poppler."""
    from PIL import Image

    box = supervisor_box(data, empty_only=False)
    pdf = stem.with_suffix(".pdf")
    pdf.write_bytes(data)
    page = box.page + 1
    subprocess.run(["pdftoppm", "-r", "72", "-f", str(page), "-l", str(page), "-png", "-singlefile", str(pdf),
                    str(stem)], check=True)
    image = Image.open(stem.with_suffix(".png")).convert("RGB")
    height = image.height
    crop = image.crop((int(box.x1), int(height - box.y2), int(box.x2), int(height - box.y1)))
    counts = {"orange": 0, "green": 0}
    raw = crop.tobytes()
    for r, g, b in zip(raw[0::3], raw[1::3], raw[2::3]):
        if r > 150 and 60 < g < 130 and b < 50:
            counts["orange"] += 1
        elif g > 70 and r < 60 and b < 60:
            counts["green"] += 1
    return counts


def _stamp_text(data: bytes) -> str:
    """The text drawn in the supervisor's box, as pdftotext reads that region of the page."""
    import io
    import tempfile

    from pyhanko.pdf_utils.reader import PdfFileReader

    box = supervisor_box(data, empty_only=False)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    page_height = float(reader.root["/Pages"]["/Kids"][box.page].get_object()["/MediaBox"][3])
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "x.pdf"
        pdf.write_bytes(data)
        out = subprocess.run(
            ["pdftotext", "-f", str(box.page + 1), "-l", str(box.page + 1),
             "-x", str(int(box.x1)), "-y", str(int(page_height - box.y2)),
             "-W", str(int(box.x2 - box.x1) + 1), "-H", str(int(box.y2 - box.y1) + 1),
             "-r", "72", str(pdf), "-"],
            capture_output=True, text=True,
        )  # fmt: skip
    return " ".join(out.stdout.split())


def test_another_persons_new_key_is_still_the_supervisors_choice(forged) -> None:  # noqa: ANN001
    """The rule is about one's own NIP only: another NIP's second key is added as before."""
    boss = forged["boss"]
    added = boss.trust.add(forged["impostor"].keys.certificate_der(), "Rina (kunci kedua)")
    assert added.nip == RINA_NIP  # someone else's NIP: the supervisor decides, as before
    boss.trust.remove(added.fingerprint)


def test_the_print_copy_draws_both_stamps_into_the_pages(forged, tmp_path: Path) -> None:  # noqa: ANN001
    """Qt's renderer draws no widget annotations: the viewer shows and prints this copy."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    from absensi_app.services.print_copy import print_copy

    returned, _ = forged["boss"].approval.countersign(forged["files"]["summary"], Decision.RETURNED, LONG_NOTE, PASS)
    copy = print_copy(returned)
    assert copy != returned and copy.startswith(returned)  # an update appended, for printing only
    reader = PdfFileReader(io.BytesIO(copy), strict=False)
    pages = [p.get_object() for p in reader.root["/Pages"]["/Kids"]]
    assert len(pages) == int(PdfFileReader(io.BytesIO(returned), strict=False).root["/Pages"]["/Count"])
    assert all("/Annots" not in page for page in pages)  # the stamps are page content now
    (tmp_path / "cetak.pdf").write_bytes(copy)
    text = subprocess.run(["pdftotext", "-f", str(len(pages)), "-l", str(len(pages)), str(tmp_path / "cetak.pdf"), "-"],
                          capture_output=True, text=True).stdout  # fmt: skip
    assert "DIKEMBALIKAN UNTUK DIPERBAIKI" in text and "Ditandatangani secara elektronik oleh" in text
    # anything else is printed as it is
    for other in (b"", b"bukan pdf", forged["files"]["summary"][:500]):
        assert print_copy(other) == other


def test_a_return_carries_no_rating(forged) -> None:  # noqa: ANN001
    """A predikat on a returned report would read like a final grade on paper: refused."""
    from absensi_app.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="saat menyetujui, bukan saat mengembalikan"):
        forged["boss"].approval.countersign(forged["files"]["summary"], Decision.RETURNED, "perbaiki", PASS,
                                            Rated(Rating.SESUAI, Rating.SESUAI))
