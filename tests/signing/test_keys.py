"""The signing key: created encrypted and private, passphrase changes, PKCS#12 import."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from absensi_app.domain.report import ATTACHMENT_NAME
from absensi_app.services.context import AppContext
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf

PASS = "kuda-lumping-77"
NIP = "198609262015051001"


def make_identity(keys_dir: Path) -> keys.Identity:
    return keys.create_identity(keys_dir, "Budi Santoso, S.Kom.", NIP, "Dinas Kominfo", PASS, datetime.now())


def test_created_key_is_encrypted_private_and_p256(tmp_path: Path) -> None:
    kdir = tmp_path / "keys"
    identity = make_identity(kdir)
    assert (identity.name, identity.nip, identity.source) == ("Budi Santoso, S.Kom.", NIP, "absensi")
    assert identity.key_type == "ECDSA secp256r1"
    assert identity.issuer == f"CA pribadi Absensi - {NIP}"
    assert len(identity.fingerprint) == 95
    cert = x509.load_pem_x509_certificate((kdir / keys.CERT_FILE).read_bytes())
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == NIP
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    if os.name == "posix":
        assert stat.S_IMODE((kdir / keys.KEY_FILE).stat().st_mode) == 0o600
        assert stat.S_IMODE((kdir / keys.CA_KEY_FILE).stat().st_mode) == 0o600
        assert stat.S_IMODE(kdir.stat().st_mode) == 0o700
    blob = (kdir / keys.KEY_FILE).read_bytes()
    assert b"PRIVATE KEY" not in blob and PASS.encode() not in blob
    with pytest.raises(keys.SigningError, match="sudah ada"):
        make_identity(kdir)


def test_passphrase_is_never_written_anywhere(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    keys.create_identity(ctx.paths.keys_dir, "Budi", NIP, "X", PASS, datetime.now())
    ctx.export.export_pdf(2026, 11, tmp_path / "r.pdf", PASS)
    ctx.close()
    for path in [*ctx.paths.data_dir.rglob("*"), tmp_path / "r.pdf"]:
        if path.is_file():
            assert PASS.encode() not in path.read_bytes(), path


def test_wrong_and_changed_passphrase(tmp_path: Path) -> None:
    kdir = tmp_path / "keys"
    make_identity(kdir)
    with pytest.raises(keys.WrongPassphraseError, match="Frasa sandi salah"):
        keys.unlock(kdir, "bukan-ini-123")
    with pytest.raises(keys.WrongPassphraseError):
        keys.change_passphrase(kdir, "bukan-ini-123", "baru-sekali-456")
    with pytest.raises(keys.SigningError, match="paling sedikit 8"):
        keys.change_passphrase(kdir, PASS, "pendek")
    keys.unlock(kdir, PASS)  # unchanged by the refusals
    keys.change_passphrase(kdir, PASS, "baru-sekali-456")
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(kdir, PASS)
    material = keys.unlock(kdir, "baru-sekali-456")
    assert material.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == NIP


def test_damaged_key_file_gets_a_clear_message(tmp_path: Path) -> None:
    kdir = tmp_path / "keys"
    make_identity(kdir)
    (kdir / keys.KEY_FILE).write_text("{bukan json", encoding="utf-8")
    with pytest.raises(keys.SigningError, match="rusak"):
        keys.unlock(kdir, PASS)


def _p12(key, name: str = "Budi Santoso", nip: str = NIP, password: bytes = b"sandi-p12") -> bytes:  # noqa: ANN001
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, nip)])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256())
    )  # fmt: skip
    return pkcs12.serialize_key_and_certificates(b"budi", key, cert, None, BestAvailableEncryption(password))


def test_pkcs12_rsa_import_signs_valid_pdfs(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    data = _p12(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    with pytest.raises(keys.SigningError, match="kata sandinya salah"):
        keys.import_pkcs12(ctx.paths.keys_dir, data, "salah", PASS)
    identity = keys.import_pkcs12(ctx.paths.keys_dir, data, "sandi-p12", PASS)
    assert (identity.source, identity.key_type, identity.nip) == ("pkcs12", "RSA-2048", NIP)
    result = ctx.export.export_pdf(2026, 11, tmp_path / "rsa.pdf", PASS)
    [sig] = inspect_pdf(result.path.read_bytes(), ATTACHMENT_NAME).signatures
    assert sig.intact and sig.valid and sig.signer_nip == NIP


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (ed25519.Ed25519PrivateKey.generate(), "Ed25519"),
        (rsa.generate_private_key(public_exponent=65537, key_size=1024), "terlalu lemah"),
    ],
)
def test_pkcs12_with_unsuitable_keys_is_refused(tmp_path: Path, key, message: str) -> None:  # noqa: ANN001
    with pytest.raises(keys.SigningError, match=message):
        keys.import_pkcs12(tmp_path / "keys", _p12(key), "sandi-p12", PASS)
    assert not keys.has_identity(tmp_path / "keys")


def test_garbage_pkcs12_is_refused(tmp_path: Path) -> None:
    with pytest.raises(keys.SigningError, match="bukan PKCS#12"):
        keys.import_pkcs12(tmp_path / "keys", b"bukan p12", "x", PASS)


def test_a_replaced_key_still_recognises_earlier_signatures(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    from absensi_app.domain.verdict import Trust

    ctx = ctx_with_profile
    nip = ctx.profile.require().nip
    first = keys.create_identity(ctx.paths.keys_dir, "Budi", nip, "X", PASS, datetime.now())
    old = ctx.export.export_pdf(2026, 10, tmp_path / "okt.pdf", PASS).path
    second = keys.create_identity(ctx.paths.keys_dir, "Budi", nip, "X", PASS, datetime.now(), replace=True)
    assert first.fingerprint != second.fingerprint
    archived = list((ctx.paths.keys_dir / keys.ARCHIVE_DIR).glob("*.pem"))
    assert len(archived) == 1 and b"PRIVATE" not in archived[0].read_bytes()
    [signer] = ctx.verification.verify(old.read_bytes()).signers
    assert signer.trust is Trust.OWN and signer.fingerprint == first.fingerprint
