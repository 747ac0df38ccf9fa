"""Verifying monthly summaries, and the supervisor's countersignature (approve or return).

A verdict answers, for a person who is not technical: who signed and when, which month and
revision, whether the file changed after signing, whether the signer is known, whether only
signatures were added afterwards, and whether the data inside agrees with the signer and the
title. Nothing of a changed file is presented as fact.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.evaluation_reader import EVALUATION_ATTACHMENT
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.domain.nip import normalize_nip
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes
from absensi_app.domain.rules import clean_text
from absensi_app.domain.skp import PREDIKAT, Rating
from absensi_app.domain.verdict import Decision, Outcome, SignerVerdict, Trust, Verdict
from absensi_app.services.clock import Clock
from absensi_app.services.locks import LockService
from absensi_app.services.profile import ProfileService
from absensi_app.services.rhk_feedback import RhkFeedbackService
from absensi_app.services.trust import TrustService, TrustSnapshot, fingerprint_of

if TYPE_CHECKING:  # domain.report_reader is imported where a file is read (start-up cost)
    from absensi_app.domain.evaluation_reader import SignedEvaluation
    from absensi_app.domain.report_reader import SignedApproval, SignedReport

ALLOWED_LATER_CHANGES = {"none", "lta-updates", "form-filling"}
MAX_NOTE = 2000

_TITLE = re.compile(r"(\w+)\s+(\d{4})(?:\s*\(Revisi\s+(\d+)\))?\s*$")


def _title_month(title: str) -> tuple[str | None, int | None]:
    match = _TITLE.search(title or "")
    if not match:
        return None, None
    name, year, revision = match.groups()
    if name not in MONTH_NAMES:
        return None, None
    return f"{int(year):04d}-{MONTH_NAMES.index(name) + 1:02d}", int(revision) if revision else None


class VerificationService:
    def __init__(self, trust: TrustService, own_certificate: callable,  # type: ignore[valid-type]
                 own_nip: callable = lambda: None) -> None:  # type: ignore[valid-type]
        self._trust = trust
        self.trust_store = trust
        # () -> this user's certificate(s): DER bytes, a list of them (the current one and
        # those replaced earlier), or None
        self._own_certificate = own_certificate
        # () -> this user's NIP (the profile's) or None: a signer certificate with this NIP
        # that is not one of the user's own certificates is a forgery in the user's name
        self._own_nip = own_nip

    def snapshot(self) -> VerificationService:
        """The same checks over a copy of the trust list, of one's own certificates and NIP,
        taken now: for a worker thread, which must not use the database."""
        try:
            own = self._own_certificate()
        except AbsensiError:
            own = None
        nip = self.own_nip()
        trust = self._trust if isinstance(self._trust, TrustSnapshot) else TrustSnapshot(self._trust.all())
        return VerificationService(trust, lambda: own, lambda: nip)

    def trusting(self, extra: list) -> VerificationService:  # list[TrustedCert]
        """The same checks, also trusting ``extra`` certificates (``verify --trust``); one's
        own certificates and NIP stay as they are, so an extra certificate in one's own NIP
        is still a forgery."""
        trust = TrustSnapshot(list(self._trust.all()) + list(extra))
        return VerificationService(trust, self._own_certificate, self._own_nip)

    def own_nip(self) -> str:
        """This user's NIP as digits, or "" (no profile yet)."""
        try:
            nip = self._own_nip()
        except AbsensiError:
            nip = None
        return normalize_nip(nip or "")

    def verify_file(self, path: Path) -> Verdict:
        """Read through the one reader: a FIFO, a device (``/dev/zero``) or a folder is
        refused at once, and never more than a summary's size limit is read."""
        from absensi_app.services.files import FileRefused, read_user_file
        from absensi_app.signing.verify import MAX_PDF_BYTES

        try:
            data = read_user_file(path, MAX_PDF_BYTES, "Berkas")
        except FileRefused as refused:
            return Verdict(False, refused.message)
        return self.verify(data)

    def verify(self, data: bytes) -> Verdict:
        from absensi_app.signing.verify import inspect_pdf

        if not data:
            return Verdict(False, "Berkas kosong (0 byte); bukan ringkasan.")
        found = inspect_pdf(data, ATTACHMENT_NAME)
        if not found.readable:
            return Verdict(False, found.problem)
        digest = hashlib.sha256(data).hexdigest()
        if not found.signatures:
            return Verdict(True, file_sha256=digest)
        own = self._own_certificate()
        own_fps = {fingerprint_of(der) for der in ([own] if isinstance(own, bytes) else own or [])}
        own_nip = self.own_nip()
        ordered = sorted(found.signatures, key=lambda s: s.revision)
        signers = []
        for i, sig in enumerate(ordered):
            trusted = self._trust.get(sig.fingerprint)
            if sig.fingerprint in own_fps:
                trust, label = Trust.OWN, sig.signer_name
            elif own_nip and normalize_nip(sig.signer_nip or "") == own_nip:
                # the user's own NIP, not the user's certificate: even a trusted one (added
                # before this rule, or given with --trust) is a forgery in the user's name
                trust, label = Trust.IMPERSONATION, ""
            elif trusted is not None:
                trust, label = Trust.TRUSTED, trusted.name
            elif sig.signer_nip and self._trust.for_nip(sig.signer_nip):
                trust, label = Trust.CONFLICT, ""
            else:
                trust, label = Trust.NEW, ""
            signers.append(
                SignerVerdict(
                    "pegawai" if i == 0 else "pejabat", sig.field_name, sig.signer_name,
                    sig.signer_nip, sig.fingerprint, sig.certificate_der, sig.signing_time,
                    sig.intact and sig.valid, trust, label,
                )
            )
        intact = all(s.intact for s in signers)
        last = ordered[-1]
        only_signatures = last.covers_whole_file and all(
            s.changes_after in ALLOWED_LATER_CHANGES for s in ordered[:-1]
        )
        first = ordered[0]
        report, problems = None, []
        raw = first.attachments.get(ATTACHMENT_NAME)
        if raw is None and EVALUATION_ATTACHMENT in first.attachments:  # a yearly evaluation
            evaluation, problems = self._check_evaluation(first, found.attachments_now) if intact else (None, [])
            if len(ordered) > 1:
                problems.append("dokumen evaluasi memuat tanda tangan lain selain pegawai")
            return Verdict(
                True, "", tuple(signers), intact, only_signatures, tuple(problems), None, None, (),
                digest, tuple(_outside_validity(sig, signer) for sig, signer in zip(ordered, signers)
                              if _outside_validity(sig, signer)),
                evaluation=evaluation,
            )
        if intact:
            report, problems = self._check_report(raw, first, found.attachment_now)
            if report is not None:  # the evidence files against the signed hashes
                report, attachment_problems = _checked_evidence(report, data, first, found)
                problems.extend(attachment_problems)
        approval, approval_problems = None, []
        if intact and len(ordered) > 1:
            approval, approval_problems = self._check_approval(ordered[1], report, data)
        if len(ordered) > 2:
            approval_problems.append("berkas memuat lebih dari dua tanda tangan")
        return Verdict(
            True, "", tuple(signers), intact, only_signatures, tuple(problems),
            report if intact else None, approval, tuple(approval_problems), digest,
            tuple(_outside_validity(sig, signer) for sig, signer in zip(ordered, signers)
                  if _outside_validity(sig, signer)),
        )

    @staticmethod
    def _check_report(raw: bytes | None, first, now: bytes | None) -> tuple[SignedReport | None, list[str]]:  # noqa: ANN001
        """The signed report and what in it disagrees with itself, the signer or the title."""
        from absensi_app.domain.report_reader import read_report_bytes

        report, read_problems = read_report_bytes(raw)
        problems = list(read_problems)
        if report is None:
            return None, problems
        nip = report.employee.nip
        if nip != first.signer_nip:
            problems.append(f"data menyebut NIP {nip or '(tidak ada)'}, tetapi penanda tangan ber-NIP {first.signer_nip or '-'}")
        title_month, title_revision = _title_month(first.title)
        if title_month is None:
            problems.append("judul dokumen tidak menyebut bulan laporan")
        elif title_month != report.month:
            problems.append(f"judul menyebut {title_month}, tetapi data berisi bulan {report.month or '(tidak ada)'}")
        if title_revision is not None and title_revision != report.revision:
            problems.append(f"judul menyebut revisi {title_revision}, data revisi "
                            f"{report.revision if report.revision is not None else '(tidak ada)'}")
        if report.signed is not True:
            problems.append("data menyatakan salinan tanpa tanda tangan")
        if now is not None and now != raw:
            problems.append("data di revisi terbaru berkas berbeda dengan yang ditandatangani")
        return report, problems

    @staticmethod
    def _check_evaluation(first, now: dict[str, bytes]) -> tuple[SignedEvaluation | None, list[str]]:  # noqa: ANN001
        """The signed evaluation data and what in it disagrees with the signer or the title."""
        from absensi_app.domain.evaluation_reader import read_evaluation_bytes

        raw = first.attachments.get(EVALUATION_ATTACHMENT)
        evaluation, problems = read_evaluation_bytes(raw)
        if evaluation is None:
            return None, problems
        if evaluation.employee_nip != first.signer_nip:
            problems.append(f"data menyebut NIP {evaluation.employee_nip or '(tidak ada)'}, tetapi "
                            f"penanda tangan ber-NIP {first.signer_nip or '-'}")
        if first.title != evaluation.document_title:
            problems.append("judul dokumen tidak cocok dengan periode di dalam data")
        if evaluation.signed is not True:
            problems.append("data menyatakan salinan tanpa tanda tangan")
        if now.get(EVALUATION_ATTACHMENT) != raw:
            problems.append("data di revisi terbaru berkas berbeda dengan yang ditandatangani")
        return evaluation, problems

    @staticmethod
    def _check_approval(sig, report: SignedReport | None, data: bytes) -> tuple[SignedApproval | None, list[str]]:  # noqa: ANN001
        from absensi_app.domain.report_reader import read_approval

        approval = read_approval(sig.contact_info)
        if approval is None:
            return None, ["tanda tangan kedua bukan persetujuan Absensi"]
        problems = list(approval.problems)
        if report is not None:
            if approval.month != report.month or approval.revision != report.revision:
                problems.append("persetujuan menyebut bulan atau revisi lain")
            if approval.employee_nip != report.employee.nip:
                problems.append("persetujuan menyebut pegawai lain")
            expected = report.supervisor.nip
            if expected and sig.signer_nip != expected:
                problems.append(
                    f"ditandatangani NIP {sig.signer_nip}, bukan pejabat penilai yang tercantum "
                    f"(NIP {expected})"
                )
        if approval.supervisor.nip != sig.signer_nip:
            problems.append("NIP pejabat di persetujuan berbeda dengan sertifikatnya")
        if report is not None:  # feedback only for the RHK the signed report lists
            from absensi_app.domain.rhk_feedback import feedback_problems

            problems.extend(feedback_problems(approval.rhk_feedback, report.rhk))
        elif approval.rhk_feedback:
            problems.append("umpan balik RHK di persetujuan tanpa data ringkasan untuk dicocokkan")
        return approval, problems


def _checked_evidence(report: SignedReport, data: bytes, first, found) -> tuple[SignedReport, list[str]]:  # noqa: ANN001
    """``services.attachments.check_attachments`` of the report, which reads the file's evidence
    again; when neither the signed list nor the file (signed revision or newest) has an evidence
    file there is nothing to compare, and the file is not parsed a second time."""
    from dataclasses import replace

    evidence = (set(first.embedded) | set(found.embedded_now)) - {ATTACHMENT_NAME}
    if not report.attachments and not evidence:
        return replace(report, attachments=()), []
    from absensi_app.services.attachments import check_attachments

    return check_attachments(report, data, first.revision)


def _outside_validity(sig, signer: SignerVerdict) -> str:  # noqa: ANN001
    """A sentence when the signature's stated time is outside its certificate's validity."""
    from absensi_app.signing.keys import validity_problem

    if sig.signing_time is None or sig.cert_not_before is None or sig.cert_not_after is None:
        return ""
    if not validity_problem(sig.cert_not_before, sig.cert_not_after, sig.signing_time):
        return ""
    who = "pegawai" if signer.role == "pegawai" else "pejabat penilai"
    return (f"tanda tangan {who} {signer.name} dibuat {sig.signing_time:%Y-%m-%d}, di luar masa "
            f"berlaku sertifikatnya ({sig.cert_not_before:%Y-%m-%d} s.d. "
            f"{sig.cert_not_after:%Y-%m-%d})")


# ---- approving and returning ----------------------------------------------------------------
@dataclass(frozen=True)
class Rated:
    hasil_kerja: Rating
    perilaku_kerja: Rating

    @property
    def predikat(self) -> str:
        return PREDIKAT[(self.hasil_kerja, self.perilaku_kerja)]


class ApprovalError(AbsensiError):
    pass


def alarm_refusal(verdict: Verdict) -> ApprovalError | None:
    """Why a summary may not be approved or returned when its verdict is an alarm (a forgery
    in one's own name, or another certificate for a NIP already trusted): the warning itself,
    never the soft "not yet known". None for any other verdict."""
    if verdict.outcome is Outcome.FORGED:
        return ApprovalError("Ringkasan ini tidak bisa disetujui atau dikembalikan. {why}", why=verdict.headline())
    if verdict.outcome is Outcome.CONFLICT:
        other = next(s for s in verdict.signers if s.trust is Trust.CONFLICT)
        return ApprovalError(
            "PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang "
            "sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan: hubungi pegawai itu (mis. lewat "
            "telepon) sebelum berbuat apa pun. Ringkasan tidak disetujui dan tidak dikembalikan.",
            nip=other.nip or "-",
        )
    return None


@dataclass
class ApprovalService:
    verification: VerificationService
    profile: ProfileService
    locks: LockService
    keys_dir: Path
    clock: Clock
    feedback: RhkFeedbackService  # where received feedback per RHK is kept
    stamp_lines: list[str] = field(default_factory=list)

    def countersign(
        self,
        data: bytes,
        decision: Decision,
        note: str,
        passphrase: str,
        rating: Rated | None = None,
        feedback: Sequence[tuple[int, str, Rating | None]] = (),
    ) -> tuple[bytes, Verdict]:
        """Add the supervisor's signature (with the decision inside) to a verified summary.
        ``feedback``: (RHK id, text, assessment) per RHK of the report (domain.rhk_feedback)."""
        from absensi_app.signing.keys import unlock
        from absensi_app.signing.pades import SUPERVISOR_FIELD, sign

        note = clean_text(note, "Catatan", "note")
        if decision is Decision.RETURNED and not note:
            raise ValidationError("Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.", field="note")
        if decision is Decision.RETURNED and rating is not None:
            # a predikat on a returned report would read like a final grade on paper
            raise ValidationError("Penilaian kinerja diberikan saat menyetujui, bukan saat mengembalikan.",
                                  field="rating")
        if len(note) > MAX_NOTE:
            raise ValidationError("Catatan terlalu panjang (paling banyak {n} karakter).", field="note", n=MAX_NOTE)
        verdict = self.verification.verify(data)
        refused = alarm_refusal(verdict)
        if refused is not None:
            raise refused
        if verdict.evaluation is not None:
            raise ApprovalError(
                "Berkas ini dokumen evaluasi kinerja tahunan, bukan ringkasan bulanan; yang disetujui "
                "atau dikembalikan hanya ringkasan bulanan."
            )
        if len(verdict.signers) > 1:
            raise ApprovalError("Ringkasan ini sudah diberi keputusan oleh pejabat penilai.")
        if verdict.outcome.unknown_signer:
            raise ApprovalError(
                "Tanda tangan pegawai belum Anda kenal (sidik jari {fp}). Cocokkan dan percayai "
                "sertifikatnya dulu.",
                fp=verdict.employee.fingerprint if verdict.employee else "-",
            )
        if verdict.outcome is not Outcome.VALID:
            raise ApprovalError("Ringkasan ini tidak bisa disetujui: {why}", why=verdict.headline())
        from absensi_app.domain.report_reader import (
            APPROVAL_PREFIX,
            ApprovalRating,
            ReportPerson,
            SignedApproval,
            SignedReport,
        )

        me = self.profile.require()
        report = verdict.report or SignedReport()
        from absensi_app.domain.rhk_feedback import build_feedback

        rhk_feedback = build_feedback(feedback, report.rhk)
        named = report.supervisor.nip
        if named != me.nip:
            raise ApprovalError(
                "Ringkasan ini menyebut pejabat penilai NIP {named}; profil Anda ber-NIP {nip}. "
                "Hanya pejabat penilai yang tercantum yang bisa menyetujui atau mengembalikannya.",
                named=named or "-",
                nip=me.nip,
            )
        from absensi_app.signing.keys import load_identity

        identity = load_identity(self.keys_dir)
        if identity is not None and identity.nip != me.nip:
            raise ApprovalError(
                "Sertifikat tanda tangan Anda atas NIP {cert}, bukan NIP profil {nip}.",
                cert=identity.nip or "-",
                nip=me.nip,
            )
        if identity is not None:
            from absensi_app.signing.keys import ensure_valid_for_signing

            ensure_valid_for_signing(identity)  # at the real time the signature is made
        me = self.profile.require()
        material = unlock(self.keys_dir, passphrase)
        approval = SignedApproval(
            decision, note, report.month, report.revision, report.employee.nip,
            ReportPerson(me.name, me.nip),
            None if rating is None else ApprovalRating(rating.hasil_kerja, rating.perilaku_kerja, rating.predikat),
            self.clock.now(), verdict.file_sha256, rhk_feedback=rhk_feedback,
        )  # fmt: skip
        word = "Disetujui" if decision is Decision.APPROVED else "Dikembalikan"
        from absensi_app.services.stamp import approval_stamp_lines, decision_banner, document_language, supervisor_box

        box = supervisor_box(data)
        language = document_language(data)  # the PDF's /Lang, covered by the employee's signature

        # on paper the decision is in capitals, with the start of the note: a returned report
        # can never be taken for an approved one
        lines = approval_stamp_lines(
            decision, me.name, me.nip, self.clock.now(), rating.predikat if rating else "", note,
            box.x2 - box.x1, box.y2 - box.y1, language,
        )
        reason = f"{word}" + (f": {note}" if note else "")
        signed = sign(
            data, material, box, SUPERVISOR_FIELD, lines, reason=reason[:1000],
            contact_info=APPROVAL_PREFIX + canonical_bytes(approval.to_json()).decode("utf-8"),
            banner=decision_banner(decision, language),
        )
        result = self.verification.verify(signed)
        if result.outcome is not Outcome.VALID:  # never hand out a file that does not verify
            raise ApprovalError("Tanda tangan persetujuan tidak lolos pemeriksaan: {why}",
                                why=result.headline())
        return signed, result

    def apply_decision(self, data: bytes, trust_fingerprint: str | None = None) -> tuple[Verdict, str]:
        """The employee opens the file the supervisor sent back: approve or return the month.

        The supervisor's certificate must be trusted: already in the trust list, or the
        fingerprint the employee compared (e.g. by phone) is passed as ``trust_fingerprint``
        and is then added to the list. Returns the verdict and the new state ("disetujui" or
        "dikembalikan").
        """
        verdict = self.verification.verify(data)
        if not verdict.readable:
            raise ApprovalError("{why}", why=verdict.problem)
        if verdict.outcome is Outcome.FORGED:  # never a decision, whatever else the file says
            raise ApprovalError("Keputusan tidak diterapkan. {why}", why=verdict.headline())
        if not (verdict.intact and verdict.only_signatures_added and verdict.consistent) or (
            verdict.certificate_problems
        ):
            raise ApprovalError("Berkas tidak bisa diterima: {why}", why=verdict.headline())
        if verdict.decision is None:
            raise ApprovalError("Berkas ini belum memuat keputusan pejabat penilai.")
        employee = verdict.employee
        if employee is None or employee.trust is not Trust.OWN:
            raise ApprovalError("Ringkasan ini tidak ditandatangani dengan kunci Anda.")
        me = self.profile.require()
        supervisor = verdict.supervisor
        if supervisor is None or supervisor.nip != me.supervisor_nip:
            raise ApprovalError(
                "Keputusan ditandatangani NIP {got}, bukan pejabat penilai Anda (NIP {want}).",
                got=supervisor.nip if supervisor else "-",
                want=me.supervisor_nip,
            )
        if supervisor.trust is Trust.CONFLICT:
            raise ApprovalError(
                "PERINGATAN: keputusan ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang "
                "sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan; keputusan tidak diterapkan.",
                nip=supervisor.nip,
            )
        if supervisor.trust is Trust.NEW:
            from absensi_app.services.trust import normalise_fingerprint

            if trust_fingerprint is None or normalise_fingerprint(trust_fingerprint) != supervisor.fingerprint:
                raise ApprovalError(
                    "Sertifikat pejabat penilai {name} belum Anda percayai (sidik jari {fp}). "
                    "Cocokkan sidik jari itu dengannya (mis. lewat telepon), lalu percayai "
                    "sertifikatnya sebelum menerapkan keputusan.",
                    name=supervisor.name,
                    fp=supervisor.fingerprint,
                )
            self.verification.trust_store.add(supervisor.certificate_der)
        state = self.locks.record_decision(
            verdict.month, verdict.revision, verdict.decision.value,
            verdict.approval.note, supervisor.fingerprint, verdict.approval.summary_sha256 or "",
            verdict.approval.to_json()["rating"],
        )
        self.feedback.store(str(verdict.month), verdict.revision, verdict.decision.value,
                            verdict.approval.rhk_feedback)
        return verdict, state
