"""Reading signed summaries back: their signatures and the JSON they carry.

Every failure of a damaged or hostile file becomes data (``readable=False`` or a signature
that is not intact), never an exception: this code faces files from e-mail and USB sticks.

A file is parsed once: the signatures, their signed revisions' embedded files (the JSON, and
every evidence file as ``services.attachments`` reads them) and the newest revision's come from
one pyHanko reader. Two parts of pyHanko's work are done faster here with the same result
(``signing.fast_parse``): a hex string (the signature's ``/Contents``, thousands of digits)
is read in one piece instead of one byte at a time, and the validation's coroutine runs on one
event loop per thread instead of a new loop per signature.
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
    attachments: dict[str, bytes] = field(default_factory=dict)  # embedded files as signed
    title: str = ""  # the document title (Info /Title) as signed
    reason: str = ""  # /Reason of the signature dictionary (signed)
    contact_info: str = ""  # /ContactInfo (signed; Absensi puts the approval data here)
    signed_length: int = 0  # bytes of the file this signature covers (end of its byte range)
    cert_not_before: datetime | None = None  # the signer certificate's validity (UTC)
    cert_not_after: datetime | None = None
    # every embedded file of the signed revision (the evidence check's view, the JSON included)
    embedded: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class PdfInspection:
    readable: bool
    problem: str = ""  # one sentence when unreadable
    signatures: tuple[SignatureInfo, ...] = field(default_factory=tuple)
    attachment: bytes | None = None  # the JSON as it was when the first signature was made
    attachment_now: bytes | None = None  # the JSON as the newest revision shows it
    revisions: int = 0
    attachments_now: dict[str, bytes] = field(default_factory=dict)  # the embedded files now (first few)
    embedded_now: dict[str, bytes] = field(default_factory=dict)  # every embedded file now


def _fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


MAX_ATTACHMENTS = 8
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024


_UNREADABLE = object()  # an entry of the name tree whose file cannot be read


@dataclass(frozen=True)
class _Broken:
    """An entry whose reading failed in a way the parser did not expect."""

    error: Exception


def _entries(root) -> list[tuple[str, object]]:  # noqa: ANN001
    """The embedded files' name tree of a document revision as written: (name, bytes), or
    ``_UNREADABLE`` / ``_Broken`` for an entry that cannot be read."""
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return []
    entries: list[tuple[str, object]] = []
    for i in range(0, len(names) - 1, 2):
        try:
            data: object = names[i + 1].get_object()["/EF"]["/F"].get_object().data
        except (KeyError, TypeError, ValueError, AttributeError):
            data = _UNREADABLE
        except Exception as exc:  # noqa: BLE001 - kept: only the views that read this entry fail
            data = _Broken(exc)
        entries.append((str(names[i]), data))
    return entries


def _attachments(entries: list[tuple[str, object]]) -> dict[str, bytes]:
    """The first few embedded files, each small (anything else is ignored): what a signature's
    JSON is looked up in. A broken entry among them makes the file unreadable."""
    found: dict[str, bytes] = {}
    for name, data in entries[:MAX_ATTACHMENTS]:
        if isinstance(data, _Broken):
            raise data.error
        if isinstance(data, bytes) and len(data) <= MAX_ATTACHMENT_BYTES:
            found[name] = data
    return found


def _embedded(entries: list[tuple[str, object]]) -> dict[str, bytes]:
    """Every embedded file by name, as ``services.attachments.embedded_files`` reads a revision:
    an unreadable entry counts as empty (changed), a broken one leaves the revision empty."""
    if any(isinstance(data, _Broken) for _, data in entries):
        return {}
    found: dict[str, bytes] = {}
    for name, data in entries:
        if isinstance(data, bytes):
            found[name] = data
        else:
            found.setdefault(name, b"")
    return found


def _text(obj, key: str) -> str:  # noqa: ANN001
    try:
        value = obj.get(key)
        return "" if value is None else str(value)
    except (KeyError, TypeError, ValueError):
        return ""


def _signed_length(sig) -> int:  # noqa: ANN001
    try:
        byte_range = [int(x) for x in sig.sig_object["/ByteRange"]]
        return byte_range[2] + byte_range[3]
    except (KeyError, TypeError, ValueError, IndexError):
        return 0


def _validity(cert, which: str) -> datetime | None:  # noqa: ANN001
    try:
        value = getattr(cert, which)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return value if isinstance(value, datetime) else None


def _title(resolver) -> str:  # noqa: ANN001
    try:
        return str(resolver.trailer_view["/Info"]["/Title"])
    except (KeyError, TypeError, ValueError):
        return ""


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
    from pyhanko_certvalidator import ValidationContext

    from absensi_app.signing.fast_parse import install, validate_signature

    install()
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots_der]
    entries_of: dict[int, list[tuple[str, object]]] = {}  # per signed revision: read once

    def entries(revision: int) -> list[tuple[str, object]]:
        if revision not in entries_of:
            entries_of[revision] = _entries(reader.get_historical_root(revision))
        return entries_of[revision]

    signatures = []
    for sig in reader.embedded_signatures:
        cert = sig.signer_cert
        der = cert.dump()
        subject = cert.subject.native
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_signature(sig, context)
            intact, valid, trusted = status.intact, status.valid, status.trusted
            coverage = status.coverage.name if status.coverage else ""
            level = status.modification_level.name if status.modification_level else ""
            when = status.signer_reported_dt
        except (SigningError, ValueError, KeyError, TypeError) as exc:
            log.info("signature %s could not be validated: %s", sig.field_name, exc)
            intact = valid = trusted = False
            coverage, level, when = "", "", None
        signed = entries(sig.signed_revision)
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
                attachments=_attachments(signed),
                title=_title(reader.get_historical_resolver(sig.signed_revision)),
                reason=_text(sig.sig_object, "/Reason"),
                contact_info=_text(sig.sig_object, "/ContactInfo"),
                signed_length=_signed_length(sig),
                cert_not_before=_validity(cert, "not_valid_before"),
                cert_not_after=_validity(cert, "not_valid_after"),
                embedded=_embedded(signed),
            )
        )
    first_signed = None
    if signatures:
        first = min(signatures, key=lambda s: s.revision)
        first_signed = first.attachments.get(attachment_name)
    newest = _entries(reader.root)
    now = _attachments(newest)
    return PdfInspection(
        True,
        signatures=tuple(signatures),
        attachment=first_signed,
        attachment_now=now.get(attachment_name),
        revisions=reader.xrefs.total_revisions,
        attachments_now=now,
        embedded_now=_embedded(newest),
    )
