"""The supervisor's trust store: staff signing certificates, pinned by SHA-256 fingerprint.

A certificate gets here by importing the file an employee exports from their profile, or by
trusting it when a summary is opened, after comparing the fingerprint (e.g. by phone).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.rules import clean_text, without_controls
from absensi_app.services.clock import Clock
from absensi_app.store.models import TrustedCertRow

MAX_CERT_BYTES = 64 * 1024


@dataclass(frozen=True)
class TrustedCert:
    fingerprint: str
    nip: str
    name: str
    subject_name: str
    certificate_der: bytes
    added_at: datetime


def fingerprint_of(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalise_fingerprint(text: str) -> str:
    hexdigits = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return ":".join(hexdigits[i : i + 2] for i in range(0, len(hexdigits), 2))


@dataclass(frozen=True)
class CertInfo:
    der: bytes
    fingerprint: str
    name: str
    nip: str
    not_before: datetime | None = None  # UTC
    not_after: datetime | None = None  # UTC


def read_certificate(data: bytes) -> CertInfo:
    """A PEM or DER X.509 certificate, as an employee's "Ekspor sertifikat" writes it."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    if len(data) > MAX_CERT_BYTES:
        raise ValidationError("Berkas itu terlalu besar untuk sebuah sertifikat.")
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            cert = x509.load_pem_x509_certificate(data)
        else:
            cert = x509.load_der_x509_certificate(data)
    except ValueError:
        raise ValidationError(
            "Berkas itu bukan sertifikat X.509 (PEM atau DER). Minta pegawai mengekspor "
            "sertifikatnya dari Absensi (Kunci tanda tangan › Ekspor sertifikat)."
        ) from None

    def attr(oid) -> str:  # noqa: ANN001
        found = cert.subject.get_attributes_for_oid(oid)
        return str(found[0].value) if found else ""

    der = cert.public_bytes(Encoding.DER)
    return CertInfo(der, fingerprint_of(der), attr(NameOID.COMMON_NAME), attr(NameOID.SERIAL_NUMBER),
                    cert.not_valid_before_utc, cert.not_valid_after_utc)


MAX_NIP = 18  # trusted_cert.nip: an ASN's NIP is 18 digits


def trust_label(info: CertInfo, name: str | None) -> str:
    """What every trust store (the supervisor's, the archive's) checks before it trusts a
    certificate: it is valid now (the real time, as every validator uses it: the app's clock may
    be pinned); returns the name it is listed under (``name``, else the certificate's, else the
    NIP; at most 200 characters). Whether a NIP is needed is the store's rule."""
    if info.not_before is not None and info.not_after is not None:
        from absensi_app.signing.keys import real_now, validity_problem

        problem = validity_problem(info.not_before, info.not_after, real_now(), info.name)
        if problem:
            raise ValidationError("{problem} Sertifikat itu tidak dipercayai.", problem=problem)
    label = clean_text(name or "", "Nama", "name") or clean_text(without_controls(info.name)) or info.nip
    if len(label) > 200:
        raise ValidationError("Nama terlalu panjang (paling banyak 200 karakter).")
    return label


def _trusted(row: TrustedCertRow) -> TrustedCert:
    return TrustedCert(row.fingerprint, row.nip, row.name, row.subject_name, row.certificate,
                       row.added_at)


class ImpersonationRefused(ValidationError):
    """A certificate in the user's own NIP that is not one of the user's own certificates."""


class TrustService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        own_nip: Callable[[], str | None] = lambda: None,
        own_certificates: Callable[[], list[bytes]] = list,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._own_nip = own_nip  # () -> the profile's NIP or None
        self._own_certificates = own_certificates  # () -> DER of the current and earlier ones

    def check_not_impersonating(self, info: CertInfo) -> None:
        """Refuse (ImpersonationRefused) a certificate whose NIP is the user's own but which is
        not one of the user's own certificates: a forgery in the user's name, never trusted."""
        from absensi_app.domain.nip import normalize_nip

        own_nip = normalize_nip(self._own_nip() or "")
        if not own_nip or normalize_nip(info.nip or "") != own_nip:
            return
        if info.fingerprint in {fingerprint_of(der) for der in self._own_certificates() or []}:
            return
        raise ImpersonationRefused(
            "Sertifikat itu atas NIP Anda sendiri ({nip}), tetapi bukan sertifikat Anda: "
            "seseorang membuatnya atas nama Anda. Sertifikat itu tidak dipercayai. Bila Anda "
            "memang punya kunci lain (mis. di komputer lain), pakai kunci itu lewat Kunci tanda "
            "tangan, bukan lewat daftar tepercaya.",
            nip=own_nip,
        )

    def all(self) -> list[TrustedCert]:
        with self._sessions() as s:
            rows = s.scalars(select(TrustedCertRow).order_by(TrustedCertRow.name)).all()
            return [_trusted(r) for r in rows]

    def get(self, fingerprint: str) -> TrustedCert | None:
        with self._sessions() as s:
            row = s.get(TrustedCertRow, normalise_fingerprint(fingerprint))
            return _trusted(row) if row else None

    def for_nip(self, nip: str) -> list[TrustedCert]:
        with self._sessions() as s:
            rows = s.scalars(select(TrustedCertRow).where(TrustedCertRow.nip == nip)).all()
            return [_trusted(r) for r in rows]

    def add(self, certificate: bytes, name: str | None = None) -> TrustedCert:
        """Trust a certificate (PEM or DER). Adding the same one again only renames it."""
        info = read_certificate(certificate)
        self.check_not_impersonating(info)
        if not info.nip:
            raise ValidationError(
                "Sertifikat itu tidak memuat NIP (serialNumber), jadi tidak bisa dicocokkan "
                "dengan pegawai."
            )
        if len(info.nip) > MAX_NIP:  # the column's width, which PostgreSQL enforces
            raise ValidationError(
                "NIP pada sertifikat itu terlalu panjang ({length} karakter; NIP ASN 18 angka), jadi "
                "sertifikat itu tidak dipercayai.",
                length=len(info.nip),
            )
        label = trust_label(info, name)
        with self._sessions.begin() as s:
            row = s.get(TrustedCertRow, info.fingerprint)
            if row is None:
                row = TrustedCertRow(
                    fingerprint=info.fingerprint, nip=info.nip, subject_name=info.name[:200],
                    certificate=info.der, added_at=self._clock.now(),
                )
                s.add(row)
            row.name = label
            s.flush()
            return _trusted(row)

    def rename(self, fingerprint: str, name: str) -> TrustedCert:
        label = clean_text(name, "Nama", "name")
        if not label:
            raise ValidationError("Nama wajib diisi.")
        if len(label) > 200:
            raise ValidationError("Nama terlalu panjang (paling banyak 200 karakter).")
        with self._sessions.begin() as s:
            row = s.get(TrustedCertRow, normalise_fingerprint(fingerprint))
            if row is None:
                raise NotFoundError("Sertifikat dengan sidik jari itu tidak ada di daftar tepercaya.")
            row.name = label
            s.flush()
            return _trusted(row)

    def remove(self, fingerprint_or_nip: str) -> list[TrustedCert]:
        """Remove by fingerprint, or every certificate of a NIP. Returns what was removed."""
        key = fingerprint_or_nip.strip()
        with self._sessions.begin() as s:
            if key.isdigit() and len(key) == 18:
                rows = list(s.scalars(select(TrustedCertRow).where(TrustedCertRow.nip == key)))
            else:
                row = s.get(TrustedCertRow, normalise_fingerprint(key))
                rows = [row] if row else []
            if not rows:
                raise NotFoundError(
                    "Tidak ada sertifikat tepercaya dengan sidik jari atau NIP '{key}'.", key=key
                )
            removed = [_trusted(r) for r in rows]
            for r in rows:
                s.delete(r)
            return removed


class TrustSnapshot:
    """A read-only copy of the trust store, safe to use from a worker thread (no database)."""

    def __init__(self, certs: list[TrustedCert]) -> None:
        self._by_fp = {c.fingerprint: c for c in certs}

    def all(self) -> list[TrustedCert]:
        return sorted(self._by_fp.values(), key=lambda c: c.name)

    def get(self, fingerprint: str) -> TrustedCert | None:
        return self._by_fp.get(normalise_fingerprint(fingerprint))

    def for_nip(self, nip: str) -> list[TrustedCert]:
        return [c for c in self._by_fp.values() if c.nip == nip]
