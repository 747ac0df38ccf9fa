"""The archive's trust store, in the archive's database: staff signing certificates (pinned by
SHA-256 fingerprint, as in the supervisor's trust list) and the CA certificates of offices that
issue their staff's certificates.

A signer is trusted when their certificate is in the store, or when it was issued directly by
a CA certificate in the store (the signature of the issuer checked; a chain of intermediate
CAs is not followed). Certificate files are read through ``services.files`` (the one reader of
outside files), parsed by ``services.trust.read_certificate`` and checked by
``services.trust.trust_label`` (as the supervisor's trust list checks them).

Removing a certificate marks the valid files it vouched for (``archive_file.distrusted_*``), in
the same transaction, without verifying them again: the files a removed staff certificate signed
(their signers' fingerprints are stored), and, for a removed CA, the files of signers it made
trusted (a signer whose certificate is not pinned itself; when another trusted CA remains, the
signer's certificate is read from one stored file and checked against it). The status then
shows them as problems, "penanda tangan tidak lagi dipercaya"; trusting the certificate again
clears its marks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.archive.models import ArchiveBlob, ArchiveFile, ArchiveSigner, ArchiveTrustedCert
from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.verdict import Trust, Verdict
from absensi_app.services.trust import (
    MAX_CERT_BYTES,
    TrustedCert,
    TrustSnapshot,
    normalise_fingerprint,
    read_certificate,
    trust_label,
)

STAFF, CA = "pegawai", "ca"


@dataclass(frozen=True)
class ArchiveCert:
    fingerprint: str
    kind: str  # STAFF or CA
    nip: str  # "" for a CA
    name: str
    subject_name: str
    certificate_der: bytes
    not_before: datetime | None
    not_after: datetime | None
    added_at: datetime


@dataclass(frozen=True)
class Removal:
    cert: ArchiveCert
    distrusted: int  # valid files now marked as signed by someone no longer trusted


def _cert(row: ArchiveTrustedCert) -> ArchiveCert:
    return ArchiveCert(row.fingerprint, row.kind, row.nip, row.name, row.subject_name, row.certificate,
                       row.not_before, row.not_after, row.added_at)  # fmt: skip


def _signer_certificate(pdf: bytes, fingerprint: str) -> bytes | None:
    """The certificate of fingerprint ``fingerprint`` among a stored PDF's signers (DER)."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    from absensi_app.services.trust import fingerprint_of

    try:
        for sig in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures:
            der = sig.signer_cert.dump()
            if fingerprint_of(der) == fingerprint:
                return der
    except Exception:  # noqa: BLE001 - an unreadable file vouches for nobody
        return None
    return None


def _is_ca(der: bytes) -> bool:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


class ArchiveTrust:
    def __init__(self, sessions: sessionmaker[Session], now=lambda: datetime.now(timezone.utc)) -> None:  # noqa: ANN001
        self._sessions = sessions
        self._now = now

    def all(self) -> list[ArchiveCert]:
        with self._sessions() as s:
            rows = s.scalars(select(ArchiveTrustedCert).order_by(ArchiveTrustedCert.kind,
                                                                 ArchiveTrustedCert.name)).all()  # fmt: skip
            return [_cert(r) for r in rows]

    def add_file(self, path: str | Path, name: str | None = None) -> tuple[ArchiveCert, bool]:
        from absensi_app.services.files import read_user_file

        return self.add(read_user_file(path, MAX_CERT_BYTES, "Sertifikat"), name)

    def add(self, certificate: bytes, name: str | None = None) -> tuple[ArchiveCert, bool]:
        """Trust a staff or CA certificate (PEM or DER); returns it and whether it is new.
        Adding the same one again only renames it."""
        info = read_certificate(certificate)
        kind = CA if _is_ca(info.der) else STAFF
        if kind == STAFF and not info.nip:
            raise ValidationError("Sertifikat itu tidak memuat NIP (serialNumber) dan bukan sertifikat CA, "
                                  "jadi tidak bisa dicocokkan dengan pegawai.")  # fmt: skip
        label = trust_label(info, name)
        with self._sessions.begin() as s:
            row = s.get(ArchiveTrustedCert, info.fingerprint)
            new = row is None
            if row is None:
                row = ArchiveTrustedCert(
                    fingerprint=info.fingerprint, kind=kind, nip=info.nip if kind == STAFF else "",
                    subject_name=info.name[:200], certificate=info.der, not_before=info.not_before,
                    not_after=info.not_after, added_at=self._now(),
                )  # fmt: skip
                s.add(row)
            row.name = label or info.fingerprint[:23]
            s.execute(update(ArchiveFile).where(ArchiveFile.distrusted_fingerprint == info.fingerprint)
                      .values(distrusted_at=None, distrusted_fingerprint=None, distrusted_signer=None))  # fmt: skip
            s.flush()
            return _cert(row), new

    def remove(self, fingerprint: str) -> Removal:
        """Stop trusting a certificate, and mark the valid files it vouched for (see above)."""
        key = normalise_fingerprint(fingerprint)
        with self._sessions.begin() as s:
            row = s.get(ArchiveTrustedCert, key) if len(key) == 95 else None
            if row is None:
                raise NotFoundError("Tidak ada sertifikat tepercaya di arsip dengan sidik jari '{key}'.",
                                    key=fingerprint.strip())  # fmt: skip
            removed = _cert(row)
            s.delete(row)
            s.flush()
            signers = self._vouched_by_ca(s) if removed.kind == CA else [key]
            if removed.kind == STAFF and self._still_vouched(s, removed.certificate_der):
                signers = []
            marked = 0
            for chunk in (signers[i:i + 1000] for i in range(0, len(signers), 1000)):
                signed = select(ArchiveSigner.file_id).where(ArchiveSigner.fingerprint.in_(chunk), ArchiveSigner.trusted)
                marked += s.execute(update(ArchiveFile).where(
                    ArchiveFile.id.in_(signed), ArchiveFile.accepted, ArchiveFile.distrusted_at.is_(None))
                    .values(distrusted_at=self._now(), distrusted_fingerprint=key, distrusted_signer=removed.name)
                ).rowcount  # fmt: skip
            return Removal(removed, marked)

    @staticmethod
    def _cas(s: Session) -> ArchiveTrustSnapshot:
        return ArchiveTrustSnapshot(tuple(_cert(r) for r in s.scalars(
            select(ArchiveTrustedCert).where(ArchiveTrustedCert.kind == CA))))  # fmt: skip

    def _still_vouched(self, s: Session, der: bytes) -> bool:
        """A staff certificate that a CA left in the store issued (its files stay valid)."""
        return self._cas(s).issuing_ca(der) is not None

    def _vouched_by_ca(self, s: Session) -> list[str]:
        """The fingerprints of trusted signers that no certificate left in the store vouches
        for: not pinned themselves and, when CAs remain, not issued by one of them."""
        pinned = select(ArchiveTrustedCert.fingerprint)
        candidates = list(s.scalars(select(ArchiveSigner.fingerprint).distinct().where(
            ArchiveSigner.trusted, ArchiveSigner.fingerprint.not_in(pinned))))  # fmt: skip
        remaining = self._cas(s)
        if not candidates or not remaining.certs:
            return candidates
        gone = []
        for fingerprint in candidates:
            data = s.scalar(select(ArchiveBlob.data).join(ArchiveFile, ArchiveFile.sha256 == ArchiveBlob.sha256)
                            .join(ArchiveSigner, ArchiveSigner.file_id == ArchiveFile.id)
                            .where(ArchiveSigner.fingerprint == fingerprint).limit(1))  # fmt: skip
            der = _signer_certificate(bytes(data or b""), fingerprint)
            if der is None or remaining.issuing_ca(der) is None:
                gone.append(fingerprint)
        return gone

    def snapshot(self) -> ArchiveTrustSnapshot:
        return ArchiveTrustSnapshot(tuple(self.all()))


@dataclass(frozen=True)
class ArchiveTrustSnapshot:
    """The store as read once (picklable: a worker process gets its own copy)."""

    certs: tuple[ArchiveCert, ...]

    def staff(self) -> TrustSnapshot:
        """The staff certificates as the verification service's trust list."""
        return TrustSnapshot([TrustedCert(c.fingerprint, c.nip, c.name, c.subject_name, c.certificate_der, c.added_at)
                              for c in self.certs if c.kind == STAFF])  # fmt: skip

    def issuing_ca(self, der: bytes) -> ArchiveCert | None:
        """The trusted CA that issued the certificate ``der`` (its signature checked), or None."""
        cas = [c for c in self.certs if c.kind == CA]
        if not cas:
            return None
        from cryptography import x509

        try:
            cert = x509.load_der_x509_certificate(der)
        except ValueError:
            return None
        for ca in cas:
            issuer = x509.load_der_x509_certificate(ca.certificate_der)
            if cert.issuer != issuer.subject:
                continue
            try:
                cert.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, Exception):  # noqa: BLE001 - InvalidSignature and friends
                continue
            return ca
        return None

    def with_cas(self, verdict: Verdict) -> Verdict:
        """``verdict`` with every signer that is not known yet but whose certificate a trusted CA
        issued counted as trusted (named as its certificate names it, "via" the CA)."""
        if not any(c.kind == CA for c in self.certs):
            return verdict
        signers, changed = [], False
        for s in verdict.signers:
            if s.trust in (Trust.NEW, Trust.CONFLICT):
                ca = self.issuing_ca(s.certificate_der)
                if ca is not None:
                    s = replace(s, trust=Trust.TRUSTED, trusted_as=f"{s.name} (CA {ca.name})")
                    changed = True
            signers.append(s)
        return replace(verdict, signers=tuple(signers)) if changed else verdict
