"""What a check of a monthly summary found: the verdict, its signers and its outcome.

The outcome is the one word every consumer keys on: the viewer's colour, the recap's sort
order and status column, and (through the one table in ``cli``) the exit code of
``absensi verify``. It is computed here from the verdict's facts, and nowhere else.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from absensi_app.domain.i18n import QT_TRANSLATE_NOOP
from absensi_app.domain.model import MONTH_NAMES

if TYPE_CHECKING:  # the reader is imported only where a file is read (start-up cost)
    from absensi_app.domain.evaluation_reader import SignedEvaluation
    from absensi_app.domain.report_reader import SignedApproval, SignedReport


class Trust(enum.Enum):
    OWN = "sendiri"  # this user's own certificate
    TRUSTED = "dipercaya"
    NEW = "baru"  # unknown certificate, unknown NIP
    CONFLICT = "berbeda"  # unknown certificate for a NIP whose other certificate is trusted
    # the user's own NIP, but not one of the user's own certificates: a forgery in their name
    IMPERSONATION = "palsu"


class Decision(enum.Enum):
    """The supervisor's decision, as the approval in their signature states it."""

    APPROVED = "disetujui"
    RETURNED = "dikembalikan"


class Outcome(enum.Enum):
    """The verdict in one word; the value is the ``status`` of ``verify --json`` and the recap."""

    VALID = "sah"  # intact, consistent, every signer trusted
    INVALID = "tidak-sah"  # changed after signing, more than signatures added, inconsistent
    UNSIGNED = "tanpa-tanda-tangan"
    UNREADABLE = "tidak-terbaca"
    UNTRUSTED = "penanda-tangan-belum-dikenal"  # intact, but a signer is not known yet
    CONFLICT = "sertifikat-berbeda"  # intact, but another certificate for a NIP already trusted
    # signed in the user's own name (their NIP) with a certificate that is not theirs: the
    # loudest verdict, whatever else is true of the file; never a decision, never content
    FORGED = "dipalsukan"

    @property
    def trustworthy_content(self) -> bool:
        """Whether the signed data can be shown as what the signer signed (the signer may
        still be unknown): intact, consistent, within the certificate's validity, and not a
        forgery in the user's own name."""
        return self in (Outcome.VALID, Outcome.UNTRUSTED, Outcome.CONFLICT)

    @property
    def unknown_signer(self) -> bool:
        return self in (Outcome.UNTRUSTED, Outcome.CONFLICT)


@dataclass(frozen=True)
class SignerVerdict:
    role: str  # "pegawai" or "pejabat"
    field_name: str
    name: str
    nip: str
    fingerprint: str
    certificate_der: bytes
    signing_time: datetime | None
    intact: bool
    trust: Trust
    trusted_as: str = ""  # the name in the trust store

    @property
    def known(self) -> bool:
        """This user's own certificate, or one they trust."""
        return self.trust in (Trust.OWN, Trust.TRUSTED)


@dataclass(frozen=True)
class Verdict:
    readable: bool
    problem: str = ""  # why it is unreadable
    signers: tuple[SignerVerdict, ...] = ()
    intact: bool = False
    only_signatures_added: bool = False
    consistency_problems: tuple[str, ...] = ()
    report: SignedReport | None = None  # the month's data, only when the employee's signature is intact
    approval: SignedApproval | None = None  # the supervisor's decision, only when their signature is intact
    approval_problems: tuple[str, ...] = ()
    file_sha256: str = ""
    # signatures made outside their certificate's validity (by the time the signature states)
    certificate_problems: tuple[str, ...] = ()
    # a yearly Dokumen Evaluasi Kinerja instead of a monthly summary (then ``report`` is None)
    evaluation: SignedEvaluation | None = None

    @property
    def document(self) -> str:
        """What the signed data says the file is: "evaluasi" or "ringkasan"."""
        return "evaluasi" if self.evaluation is not None else "ringkasan"

    @property
    def signed(self) -> bool:
        return bool(self.signers)

    @property
    def consistent(self) -> bool:
        return not self.consistency_problems and not self.approval_problems

    @property
    def all_trusted(self) -> bool:
        return self.signed and all(s.known for s in self.signers)

    @property
    def impostor(self) -> SignerVerdict | None:
        """The first signer whose certificate claims the user's own NIP but is not theirs."""
        return next((s for s in self.signers if s.trust is Trust.IMPERSONATION), None)

    @property
    def outcome(self) -> Outcome:
        if not self.readable:
            return Outcome.UNREADABLE
        if not self.signed:
            return Outcome.UNSIGNED
        if self.impostor is not None:  # before everything else: the loudest verdict
            return Outcome.FORGED
        if not (self.intact and self.only_signatures_added and self.consistent):
            return Outcome.INVALID
        if self.certificate_problems:
            return Outcome.INVALID
        if not self.all_trusted:
            if any(s.trust is Trust.CONFLICT for s in self.signers):
                return Outcome.CONFLICT
            return Outcome.UNTRUSTED
        return Outcome.VALID

    @property
    def status(self) -> str:
        """A short code for tables and JSON."""
        return self.outcome.value

    @property
    def employee(self) -> SignerVerdict | None:
        return next((s for s in self.signers if s.role == "pegawai"), None)

    @property
    def supervisor(self) -> SignerVerdict | None:
        return next((s for s in self.signers if s.role == "pejabat"), None)

    @property
    def month(self) -> str | None:
        """``YYYY-MM`` as the signed data says, or None."""
        return self.report.month if self.report else None

    @property
    def revision(self) -> int | None:
        return self.report.revision if self.report else None

    @property
    def decision(self) -> Decision | None:
        """The decision the file states (its signature intact); whether it counts is
        :attr:`trusted_decision`."""
        return self.approval.decision if self.approval else None

    @property
    def trusted_decision(self) -> Decision | None:
        """The decision only when it counts: the whole file verified (intact, nothing but
        signatures added, consistent, every signer known, no forgery). Else None."""
        return self.decision if self.outcome is Outcome.VALID else None

    def headline(self) -> str:
        """One sentence for a person who is not technical (Indonesian; the command line and the
        JSON print it). The screens translate ``headline_form`` instead."""
        template, params = self.headline_form()
        text = template.format(**params)
        return text.replace("  ", " ") if template == _EVALUATION_OK else text

    def headline_form(self) -> tuple[str, dict[str, object]]:
        """The headline as a template (marked under the context "Verdict") and its values; a
        value named ``month`` comes with ``month_number`` for the screens' own month names."""
        if not self.readable:
            return "{problem}", {"problem": self.problem}
        if not self.signed:
            return QT_TRANSLATE_NOOP("Verdict", "Berkas ini TIDAK bertanda tangan elektronik; isinya tidak bisa dipastikan."), {}
        impostor = self.impostor
        if impostor is not None:
            if impostor.role == "pejabat":
                return QT_TRANSLATE_NOOP(
                    "Verdict",
                    "PALSU: keputusan di berkas ini ditandatangani atas nama Anda (NIP {nip}) dengan sertifikat "
                    "yang BUKAN milik Anda. Itu bukan keputusan Anda dan tidak berlaku; simpan berkasnya sebagai "
                    "bukti dan laporkan kejadiannya.",
                ), {"nip": impostor.nip}
            return QT_TRANSLATE_NOOP(
                "Verdict",
                "PALSU: ringkasan ini ditandatangani atas nama Anda (NIP {nip}) dengan sertifikat yang BUKAN "
                "milik Anda. Itu bukan laporan Anda dan tidak berlaku; simpan berkasnya sebagai bukti dan "
                "laporkan kejadiannya.",
            ), {"nip": impostor.nip}
        if not self.intact:
            return QT_TRANSLATE_NOOP("Verdict", "BERKAS TELAH DIUBAH setelah ditandatangani. Jangan percayai isinya; "
                                     "minta pengirimnya mengirim ulang."), {}  # fmt: skip
        if not self.only_signatures_added:
            return QT_TRANSLATE_NOOP("Verdict", "Ada tambahan selain tanda tangan setelah berkas ditandatangani. "
                                     "Jangan percayai isinya; minta pengirimnya mengirim ulang."), {}  # fmt: skip
        if self.certificate_problems:
            return QT_TRANSLATE_NOOP("Verdict", "Tanda tangan TIDAK SAH: {problems}. Minta pengirimnya menandatangani "
                                     "ulang dengan sertifikat yang berlaku."), {  # fmt: skip
                "problems": "; ".join(self.certificate_problems)}
        if not self.consistent:
            return QT_TRANSLATE_NOOP("Verdict", "Tanda tangan utuh, tetapi data di dalamnya tidak cocok: {problems}"), {
                "problems": "; ".join(self.consistency_problems + self.approval_problems)}
        unknown = [s for s in self.signers if not s.known]
        if any(s.trust is Trust.CONFLICT for s in unknown):
            s = next(s for s in unknown if s.trust is Trust.CONFLICT)
            return QT_TRANSLATE_NOOP(
                "Verdict",
                "PERINGATAN: ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda "
                "percayai. Bisa jadi dipalsukan; hubungi pegawai.",
            ), {"nip": s.nip}
        if unknown:
            s = unknown[0]
            if s.role == "pegawai":
                template = QT_TRANSLATE_NOOP(
                    "Verdict", "Utuh, tetapi sertifikat {name} (NIP {nip}) belum Anda kenal. Cocokkan sidik jarinya "
                    "dengan pegawai itu (mis. lewat telepon) sebelum mempercayainya.")  # fmt: skip
            else:
                template = QT_TRANSLATE_NOOP(
                    "Verdict", "Utuh, tetapi sertifikat {name} (NIP {nip}) belum Anda kenal. Cocokkan sidik jarinya "
                    "dengan pejabat penilai itu (mis. lewat telepon) sebelum mempercayainya.")  # fmt: skip
            return template, {"name": s.name, "nip": s.nip}
        e = self.employee
        if self.evaluation is not None:
            return _EVALUATION_OK, {"title": self.evaluation.title or "", "name": e.name, "nip": e.nip}
        params: dict[str, object] = {"name": e.name, "nip": e.nip}
        if self.month:
            year, month = int(self.month[:4]), int(self.month[5:7])
            params.update(month=MONTH_NAMES[month - 1], month_number=month, year=year, revision=self.revision)
            template = _VALID_MONTH[self.decision]
        else:
            template = _VALID[self.decision]
        return template, params


_EVALUATION_OK = QT_TRANSLATE_NOOP(
    "Verdict", "Sah dan utuh: dokumen evaluasi kinerja {title} ditandatangani {name} (NIP {nip}).")
_VALID = {
    None: QT_TRANSLATE_NOOP("Verdict", "Sah dan utuh: ditandatangani {name} (NIP {nip})."),
    Decision.APPROVED: QT_TRANSLATE_NOOP(
        "Verdict", "Sah dan utuh: ditandatangani {name} (NIP {nip}); sudah DISETUJUI pejabat penilai."),
    Decision.RETURNED: QT_TRANSLATE_NOOP(
        "Verdict", "Sah dan utuh: ditandatangani {name} (NIP {nip}); DIKEMBALIKAN pejabat penilai untuk diperbaiki."),
}
_VALID_MONTH = {
    None: QT_TRANSLATE_NOOP("Verdict", "Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}."),
    Decision.APPROVED: QT_TRANSLATE_NOOP(
        "Verdict",
        "Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}; sudah DISETUJUI "
        "pejabat penilai.",
    ),
    Decision.RETURNED: QT_TRANSLATE_NOOP(
        "Verdict",
        "Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}; DIKEMBALIKAN "
        "pejabat penilai untuk diperbaiki.",
    ),
}
