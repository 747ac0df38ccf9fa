"""Reading signed summaries back: their signatures and the JSON they carry.

Every failure of a damaged or hostile file becomes data (``readable=False`` or a signature
that is not intact), never an exception: this code faces files from e-mail and USB sticks.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class SignatureInfo:
    field_name: str
    signer_name: str
    signer_nip: str
    fingerprint: str  # SHA-256 of the signer certificate, hex upper case with colons
    certificate_der: bytes
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature is correct
    trusted: bool  # chains to one of the given trust roots
    covers_whole_file: bool  # nothing at all was added after this signature
    changes_after: str  # pyHanko's modification level after this signature ("none", "form-filling", ...)
    signing_time: datetime | None
    revision: int  # the file revision this signature closes (0-based)


@dataclass(frozen=True)
class PdfInspection:
    readable: bool
    problem: str = ""  # one sentence when unreadable
    signatures: tuple[SignatureInfo, ...] = field(default_factory=tuple)
    attachment: bytes | None = None  # the JSON as it was when the first signature was made
    attachment_now: bytes | None = None  # the JSON as the newest revision shows it
    revisions: int = 0


def _fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _attachment(root, name: str) -> bytes | None:  # noqa: ANN001
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return None
    for i in range(0, len(names) - 1, 2):
        if str(names[i]) == name:
            spec = names[i + 1].get_object()
            return spec["/EF"]["/F"].get_object().data
    return None


def inspect_pdf(data: bytes, attachment_name: str, trust_roots_der: tuple[bytes, ...] = ()) -> PdfInspection:
    """Signatures and embedded JSON of a PDF; never raises for a bad file."""
    if len(data) > MAX_PDF_BYTES:
        return PdfInspection(False, "Berkas terlalu besar untuk sebuah ringkasan bulanan.")
    if not data.lstrip()[:5] == b"%PDF-":
        return PdfInspection(False, "Berkas ini bukan PDF.")
    # pyHanko logs a full traceback for every untrusted certificate: the verdict says it
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        return _inspect(data, attachment_name, trust_roots_der)
    except Exception as exc:  # a hostile file may break the parser in any way
        log.info("unreadable PDF: %s", exc)
        return PdfInspection(False, "PDF ini rusak atau tidak bisa dibaca.")


def _inspect(data: bytes, attachment_name: str, trust_roots_der: tuple[bytes, ...]) -> PdfInspection:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots_der]
    signatures = []
    for sig in reader.embedded_signatures:
        cert = sig.signer_cert
        der = cert.dump()
        subject = cert.subject.native
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
            intact, valid, trusted = status.intact, status.valid, status.trusted
            coverage = status.coverage.name if status.coverage else ""
            level = status.modification_level.name if status.modification_level else ""
            when = status.signer_reported_dt
        except (SigningError, ValueError, KeyError, TypeError) as exc:
            log.info("signature %s could not be validated: %s", sig.field_name, exc)
            intact = valid = trusted = False
            coverage, level, when = "", "", None
        signatures.append(
            SignatureInfo(
                field_name=str(sig.field_name),
                signer_name=str(subject.get("common_name", "")),
                signer_nip=str(subject.get("serial_number", "")),
                fingerprint=_fingerprint(der),
                certificate_der=der,
                intact=intact,
                valid=valid,
                trusted=trusted,
                covers_whole_file=coverage == "ENTIRE_FILE",
                changes_after=level.lower().replace("_", "-"),
                signing_time=when,
                revision=sig.signed_revision,
            )
        )
    first_signed = None
    if signatures:
        first = min(signatures, key=lambda s: s.revision)
        first_signed = _attachment(
            reader.get_historical_root(first.revision), attachment_name
        )
    return PdfInspection(
        True,
        signatures=tuple(signatures),
        attachment=first_signed,
        attachment_now=_attachment(reader.root, attachment_name),
        revisions=reader.xrefs.total_revisions,
    )
