"""The key service (``ctx.keys``): creating, replacing, importing and exporting the signing key,
with real key files in the test's data folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from absensi_app.domain.errors import ProfileMissingError
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.signing import keys
from tests.support import modules_loaded_by

PASS = "kuda-lumping-77"
NEW_PASS = "frasa-sandi-baru-88"
P12_PASSWORD = "sandi-berkas-p12"
NIP = "198609262015051001"


def _key_files(keys_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(keys_dir.glob("*")) if p.is_file()}


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


def _pkcs12(nip: str = NIP, name: str = "Budi Santoso") -> bytes:
    """An ECDSA P-256 key with a certificate from a small office CA, as a .p12 with a password."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Kantor Contoh")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, nip)])  # fmt: skip
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    return pkcs12.serialize_key_and_certificates(
        b"kantor", key, cert, [ca], serialization.BestAvailableEncryption(P12_PASSWORD.encode())
    )


def test_no_key_and_no_profile(ctx: AppContext) -> None:
    assert not ctx.keys.has_key()
    assert ctx.keys.identity() is None
    assert ctx.keys.certificate_der() is None
    assert ctx.keys.own_certificates() == []
    with pytest.raises(ProfileMissingError):
        ctx.keys.create(PASS)
    assert not ctx.paths.keys_dir.exists() or _key_files(ctx.paths.keys_dir) == {}


def test_create_makes_a_key_in_the_profiles_name(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    profile = ctx.profile.require()
    identity = ctx.keys.create(PASS)
    assert (identity.name, identity.nip, identity.source) == (profile.name, profile.nip, "absensi")
    assert identity.issuer == f"CA pribadi Absensi - {profile.nip}"
    assert ctx.keys.has_key()
    assert ctx.keys.identity() == identity
    # the certificate starts a day before the app's clock (pinned by the fixture)
    assert identity.not_before.date() == (ctx.clock.now() - timedelta(days=1)).date()
    assert keys.unlock(ctx.paths.keys_dir, PASS).certificate is not None
    cert_pem = (ctx.paths.keys_dir / keys.CERT_FILE).read_bytes()
    assert ctx.keys.certificate_der() == _der(cert_pem)
    assert ctx.keys.own_certificates() == [_der(cert_pem)]


def test_create_refuses_to_overwrite_without_replace(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    first = ctx.keys.create(PASS)
    before = _key_files(ctx.paths.keys_dir)
    with pytest.raises(keys.SigningError, match="sudah ada"):
        ctx.keys.create(NEW_PASS)
    with pytest.raises(keys.SigningError, match="sudah ada"):
        ctx.keys.import_pkcs12(_pkcs12(), P12_PASSWORD, NEW_PASS)
    assert _key_files(ctx.paths.keys_dir) == before
    assert ctx.keys.identity() == first
    assert not (ctx.paths.keys_dir / keys.ARCHIVE_DIR).exists()


def test_a_short_passphrase_is_refused_before_anything_is_written(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    with pytest.raises(keys.SigningError, match="paling sedikit 8"):
        ctx.keys.create("pendek")
    assert not ctx.keys.has_key()


def test_replace_archives_the_old_certificate_which_stays_ones_own(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    first = ctx.keys.create(PASS)
    first_pem = (ctx.paths.keys_dir / keys.CERT_FILE).read_bytes()
    second = ctx.keys.create(NEW_PASS, replace=True)
    assert second.fingerprint != first.fingerprint
    assert ctx.keys.identity() == second
    [archived] = (ctx.paths.keys_dir / keys.ARCHIVE_DIR).glob("*.pem")
    assert archived.read_bytes() == first_pem and b"PRIVATE" not in archived.read_bytes()
    current = ctx.keys.certificate_der()
    assert current == _der((ctx.paths.keys_dir / keys.CERT_FILE).read_bytes())
    assert ctx.keys.own_certificates() == [current, _der(first_pem)]
    # the new key opens with the new passphrase only
    keys.unlock(ctx.paths.keys_dir, NEW_PASS)
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(ctx.paths.keys_dir, PASS)


def test_import_pkcs12(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    data = _pkcs12()
    with pytest.raises(keys.SigningError, match="kata sandinya salah"):
        ctx.keys.import_pkcs12(data, "salah", PASS)
    assert not ctx.keys.has_key()
    identity = ctx.keys.import_pkcs12(data, P12_PASSWORD, PASS)
    assert (identity.source, identity.key_type, identity.nip) == ("pkcs12", "ECDSA secp256r1", NIP)
    assert (identity.name, identity.issuer) == ("Budi Santoso", "CA Kantor Contoh")
    assert ctx.keys.identity() == identity
    material = keys.unlock(ctx.paths.keys_dir, PASS)
    assert [c.subject.rfc4514_string() for c in material.chain] == ["CN=CA Kantor Contoh"]
    assert not (ctx.paths.keys_dir / keys.CA_KEY_FILE).exists()  # no private CA for an imported key
    assert json.loads((ctx.paths.keys_dir / keys.INFO_FILE).read_text(encoding="utf-8")) == {"source": "pkcs12"}


def test_import_over_a_created_key_replaces_and_archives_it(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    ctx.keys.create(PASS)
    created_pem = (ctx.paths.keys_dir / keys.CERT_FILE).read_bytes()
    imported = ctx.keys.import_pkcs12(_pkcs12(), P12_PASSWORD, NEW_PASS, replace=True)
    assert ctx.keys.identity() == imported
    assert not (ctx.paths.keys_dir / keys.CA_KEY_FILE).exists()
    assert ctx.keys.own_certificates() == [ctx.keys.certificate_der(), _der(created_pem)]


def test_export_certificate_writes_the_certificate_then_its_ca(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    identity = ctx.keys.create(PASS)
    target = tmp_path / "untuk-atasan.cer"
    assert ctx.keys.export_certificate(target) == identity
    written = target.read_bytes()
    assert written.startswith(b"-----BEGIN CERTIFICATE-----") and b"PRIVATE" not in written
    signing, ca = x509.load_pem_x509_certificates(written)
    assert keys.fingerprint(signing) == identity.fingerprint
    assert ca.subject == signing.issuer and ca.subject == ca.issuer
    assert written == (ctx.paths.keys_dir / keys.CERT_FILE).read_bytes() + (
        ctx.paths.keys_dir / keys.CHAIN_FILE
    ).read_bytes()


def test_export_certificate_refusals(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    with pytest.raises(keys.SigningError, match="Belum ada kunci"):
        ctx.keys.export_certificate(tmp_path / "x.cer")
    assert not (tmp_path / "x.cer").exists()
    ctx.keys.create(PASS)
    before = _key_files(ctx.paths.keys_dir)
    # never inside the data folder, not even over the key's own files
    with pytest.raises(FileRefused, match="folder data Absensi"):
        ctx.keys.export_certificate(ctx.paths.keys_dir / keys.KEY_FILE)
    assert _key_files(ctx.paths.keys_dir) == before
    with pytest.raises(FileRefused, match="Folder .* tidak ada"):
        ctx.keys.export_certificate(tmp_path / "tidak-ada" / "x.cer")


def test_change_passphrase(ctx_with_profile: AppContext) -> None:
    ctx = ctx_with_profile
    identity = ctx.keys.create(PASS)
    before = _key_files(ctx.paths.keys_dir)
    with pytest.raises(keys.WrongPassphraseError):
        ctx.keys.change_passphrase("bukan-ini-123", NEW_PASS)
    with pytest.raises(keys.SigningError, match="paling sedikit 8"):
        ctx.keys.change_passphrase(PASS, "pendek")
    assert _key_files(ctx.paths.keys_dir) == before
    ctx.keys.change_passphrase(PASS, NEW_PASS)
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(ctx.paths.keys_dir, PASS)
    with pytest.raises(keys.WrongPassphraseError):
        ctx.keys.change_passphrase(PASS, "lagi-lagi-baru-99")  # the old one no longer opens it
    assert keys.unlock(ctx.paths.keys_dir, NEW_PASS).private_key is not None
    after = _key_files(ctx.paths.keys_dir)
    assert after[keys.CERT_FILE] == before[keys.CERT_FILE]  # the same certificate
    assert after[keys.KEY_FILE] != before[keys.KEY_FILE] and after[keys.CA_KEY_FILE] != before[keys.CA_KEY_FILE]
    assert ctx.keys.identity() == identity


def test_importing_the_service_stays_light() -> None:
    heavy = ("cryptography", "pyhanko", "sqlalchemy", "PySide6")
    assert modules_loaded_by("import absensi_app.services.keys", heavy) == []
