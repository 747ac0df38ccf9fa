"""The archive's trust store, in the archive's database: staff signing certificates (pinned by
SHA-256 fingerprint, as in the supervisor's trust list) and the CA certificates of offices that
issue their staff's certificates.

A signer is trusted when their certificate is in the store, or when it was issued directly by
a CA certificate in the store (the signature of the issuer checked; a chain of intermediate
CAs is not followed). Certificate files are read through ``services.files`` (the one reader of
outside files) and parsed by ``services.trust.read_certificate``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.archive.models import ArchiveTrustedCert
from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.rules import clean_text, without_controls
from absensi_app.domain.verdict import Trust, Verdict
from absensi_app.services.trust import (
    MAX_CERT_BYTES,
    TrustedCert,
    TrustSnapshot,
    normalise_fingerprint,
    read_certificate,
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


def _cert(row: ArchiveTrustedCert) -> ArchiveCert:
    return ArchiveCert(row.fingerprint, row.kind, row.nip, row.name, row.subject_name, row.certificate,
                       row.not_before, row.not_after, row.added_at)  # fmt: skip


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
        if info.not_before is not None and info.not_after is not None:
            from absensi_app.signing.keys import real_now, validity_problem

            problem = validity_problem(info.not_before, info.not_after, real_now(), info.name)
            if problem:
                raise ValidationError("{problem} Sertifikat itu tidak dipercayai.", problem=problem)
        label = clean_text(name or "", "Nama", "name") or clean_text(without_controls(info.name)) or info.nip
        if len(label) > 200:
            raise ValidationError("Nama terlalu panjang (paling banyak 200 karakter).")
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
            s.flush()
            return _cert(row), new

    def remove(self, fingerprint: str) -> ArchiveCert:
        key = normalise_fingerprint(fingerprint)
        with self._sessions.begin() as s:
            row = s.get(ArchiveTrustedCert, key) if len(key) == 95 else None
            if row is None:
                raise NotFoundError("Tidak ada sertifikat tepercaya di arsip dengan sidik jari '{key}'.",
                                    key=fingerprint.strip())  # fmt: skip
            removed = _cert(row)
            s.delete(row)
            return removed

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
