"""The employee's signing key and certificate, kept in ``keys/`` of the data folder.

At profile set-up the app creates a small private CA and, issued by it, the signing
certificate (ECDSA P-256; name in CN, NIP in the subject's serialNumber). A PKCS#12 file
the user already holds can replace it. Private keys are stored only encrypted with the user's
passphrase (scrypt + AES-256-GCM around PKCS#8), in files readable by the user alone (0600 on POSIX), and are never
logged. ``cryptography`` is imported lazily: it is not needed to start the app.

These are the formats and the cryptography; the app and the command line go through
:class:`absensi_app.services.keys.KeyService` (``ctx.keys``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP

KEY_FILE = "tanda-tangan-kunci.json"
CERT_FILE = "tanda-tangan-sertifikat.pem"
CHAIN_FILE = "rantai-sertifikat.pem"  # the issuing CA(s), PEM, may be empty
CA_KEY_FILE = "ca-pribadi-kunci.json"
INFO_FILE = "identitas.json"
ARCHIVE_DIR = "arsip"  # certificates replaced by a new key (public; no private keys)

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1024


class SigningError(AbsensiError):
    """A signing key problem the user can act on."""


class WrongPassphraseError(SigningError):
    def __init__(self) -> None:
        super().__init__("Frasa sandi salah. Kunci tanda tangan tidak bisa dibuka.")


@dataclass(frozen=True)
class Identity:
    """What the app shows about the signing certificate (no secrets)."""

    name: str
    nip: str
    source: str  # "absensi" (made by the app) or "pkcs12" (imported)
    fingerprint: str  # SHA-256 of the certificate's DER, hex, upper case with colons
    not_before: datetime
    not_after: datetime
    issuer: str
    key_type: str


@dataclass(frozen=True)
class KeyMaterial:
    """An unlocked key with its certificate chain (cryptography objects); keep it short-lived."""

    private_key: object
    certificate: object
    chain: tuple[object, ...]


def check_passphrase(passphrase: str) -> None:
    if passphrase is None or len(passphrase) < MIN_PASSPHRASE:
        raise SigningError(
            "Frasa sandi paling sedikit {n} karakter.", n=MIN_PASSPHRASE
        )
    if len(passphrase) > MAX_PASSPHRASE:
        raise SigningError("Frasa sandi terlalu panjang.")
    if not passphrase.strip():
        raise SigningError("Frasa sandi tidak boleh hanya spasi.")


def fingerprint(cert) -> str:  # noqa: ANN001
    from cryptography.hazmat.primitives.serialization import Encoding

    digest = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _subject_value(name, oid) -> str:  # noqa: ANN001
    attrs = name.get_attributes_for_oid(oid)
    return str(attrs[0].value) if attrs else ""


def describe(cert, source: str) -> Identity:  # noqa: ANN001
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID

    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key_type = f"ECDSA {key.curve.name}"
    elif isinstance(key, rsa.RSAPublicKey):
        key_type = f"RSA-{key.key_size}"
    else:
        key_type = type(key).__name__
    return Identity(
        name=_subject_value(cert.subject, NameOID.COMMON_NAME),
        nip=_subject_value(cert.subject, NameOID.SERIAL_NUMBER),
        source=source,
        fingerprint=fingerprint(cert),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        issuer=_subject_value(cert.issuer, NameOID.COMMON_NAME),
        key_type=key_type,
    )


def _utc(moment: datetime) -> datetime:
    """Naive times are the app clock's local time."""
    return moment.astimezone(timezone.utc)


def validity_problem(not_before: datetime, not_after: datetime, moment: datetime, name: str = "") -> str:
    """One Indonesian sentence when ``moment`` is outside a certificate's validity, else ""."""
    who = f" {name}" if name else ""
    span = f"berlaku {not_before:%Y-%m-%d} s.d. {not_after:%Y-%m-%d}"
    if _utc(moment) > _utc(not_after):
        return f"Sertifikat{who} sudah kedaluwarsa ({span})."
    if _utc(moment) < _utc(not_before):
        return f"Sertifikat{who} belum berlaku ({span})."
    return ""


def check_validity(cert, moment: datetime, purpose: str = QT_TRANSLATE_NOOP("Errors", "dipakai")) -> None:  # noqa: ANN001
    """Refuse a certificate that is expired or not yet valid at ``moment``."""
    from cryptography.x509.oid import NameOID

    problem = validity_problem(
        cert.not_valid_before_utc, cert.not_valid_after_utc, moment,
        _subject_value(cert.subject, NameOID.COMMON_NAME),
    )
    if problem:
        raise SigningError("{problem} Sertifikat itu tidak bisa {purpose}.", problem=problem, purpose=purpose)


def real_now() -> datetime:
    """The system's time, for certificate validity. Not the app's injectable clock: the time
    written into a signature (and checked by every validator) is the real one, while tests
    and demos pin the app's clock to another day."""
    return datetime.now(timezone.utc)


def ensure_valid_for_signing(identity: Identity, now: datetime | None = None) -> None:
    """Never sign with a certificate that is expired or not yet valid at the moment the
    signature is really made (``now``, the system time by default)."""
    problem = validity_problem(identity.not_before, identity.not_after, now or real_now(), identity.name)
    if problem:
        raise SigningError(
            "{problem} Tidak ditandatangani; buat kunci baru (Pengaturan › Kunci tanda tangan, "
            "atau 'absensi key create --replace') atau impor sertifikat yang masih berlaku.",
            problem=problem,
        )


# ---- files -------------------------------------------------------------------------------
def _write(path: Path, data: bytes, private: bool) -> None:
    """Through the one atomic writer; private files are created 0600 from the start (never
    world-readable), in a folder only the user may enter."""
    from absensi_app.services.files import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    write_atomically(path, data, private=private, what="Berkas kunci")


def has_identity(keys_dir: Path) -> bool:
    return (keys_dir / KEY_FILE).is_file() and (keys_dir / CERT_FILE).is_file()


def load_identity(keys_dir: Path) -> Identity | None:
    if not has_identity(keys_dir):
        return None
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate((keys_dir / CERT_FILE).read_bytes())
        info = json.loads((keys_dir / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SigningError(
            "Sertifikat tanda tangan di {path} rusak atau tidak terbaca ({error}).",
            path=str(keys_dir),
            error=type(exc).__name__,
        ) from None
    return describe(cert, str(info.get("source", "absensi")))


def load_certificate_pem(keys_dir: Path) -> bytes:
    if not has_identity(keys_dir):
        raise SigningError("Belum ada kunci tanda tangan. Buat dulu di profil ('absensi key create').")
    return (keys_dir / CERT_FILE).read_bytes()


def certificate_bundle_pem(keys_dir: Path) -> bytes:
    """What an employee hands to the supervisor: the signing certificate first (Absensi pins
    its fingerprint), then the CA that issued it (what PDF readers such as pdfsig/NSS need to
    show the signature as trusted). No private key."""
    return load_certificate_pem(keys_dir) + load_chain_pem(keys_dir)


def load_chain_pem(keys_dir: Path) -> bytes:
    path = keys_dir / CHAIN_FILE
    return path.read_bytes() if path.is_file() else b""


#: scrypt cost (2**15 x 8 x 1: about 32 MiB and a tenth of a second per unlock), so a stolen
#: key file resists guessing far better than PEM's default PBKDF2.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
KEY_FORMAT = "absensi-kunci-terenkripsi"


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _encrypt(private_key, passphrase: str) -> bytes:  # noqa: ANN001
    """PKCS#8 DER sealed with AES-256-GCM under a scrypt-derived key (JSON container)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    der = private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(key).encrypt(nonce, der, KEY_FORMAT.encode())
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return json.dumps(
        {
            "format": KEY_FORMAT,
            "version": 1,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt)},
            "cipher": {"name": "AES-256-GCM", "nonce": b64(nonce)},
            "data": b64(sealed),
        },
        indent=2,
    ).encode("ascii")


def _decrypt(data: bytes, passphrase: str):  # noqa: ANN202
    import base64

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        box = json.loads(data)
        kdf, cipher = box["kdf"], box["cipher"]
        if box.get("format") != KEY_FORMAT or kdf["name"] != "scrypt":
            raise ValueError("format")
        key = _kdf(passphrase, base64.b64decode(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        nonce, sealed = base64.b64decode(cipher["nonce"]), base64.b64decode(box["data"])
    except (ValueError, KeyError, TypeError):
        raise SigningError("Berkas kunci tanda tangan rusak atau formatnya tidak dikenal.") from None
    try:
        der = AESGCM(key).decrypt(nonce, sealed, KEY_FORMAT.encode())
    except InvalidTag:
        raise WrongPassphraseError() from None
    return serialization.load_der_private_key(der, None)


def unlock(keys_dir: Path, passphrase: str) -> KeyMaterial:
    """Decrypt the signing key. A wrong passphrase raises WrongPassphraseError."""
    from cryptography import x509

    if not has_identity(keys_dir):
        raise SigningError(
            "Belum ada kunci tanda tangan. Buat dulu ('absensi key create') atau impor "
            "sertifikat PKCS#12 ('absensi key import')."
        )
    key = _decrypt((keys_dir / KEY_FILE).read_bytes(), passphrase or "")
    cert = x509.load_pem_x509_certificate((keys_dir / CERT_FILE).read_bytes())
    chain_pem = load_chain_pem(keys_dir)
    chain = tuple(x509.load_pem_x509_certificates(chain_pem)) if chain_pem.strip() else ()
    return KeyMaterial(key, cert, chain)


# ---- creating, importing, changing ---------------------------------------------------------
def create_identity(
    keys_dir: Path, name: str, nip: str, agency: str, passphrase: str, now: datetime,
    replace: bool = False,
) -> Identity:
    """A private CA and an ECDSA P-256 signing certificate issued by it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    check_passphrase(passphrase)
    if has_identity(keys_dir) and not replace:
        raise SigningError("Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk membuat yang baru.")
    start = (now.astimezone(timezone.utc) if now.tzinfo else now.replace(tzinfo=timezone.utc)) - timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"CA pribadi Absensi - {nip}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, (agency or "Absensi")[:64]),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, nip),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, (agency or "Absensi")[:64]),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3653))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=1826))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    _store(keys_dir, key, cert, (ca_cert,), passphrase, "absensi", ca_key)
    return describe(cert, "absensi")


def _archive_current(keys_dir: Path) -> None:
    """Keep the certificate a new key replaces, so earlier signatures stay recognisable."""
    current = keys_dir / CERT_FILE
    if not current.is_file():
        return
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(current.read_bytes())
    except ValueError:
        return
    name = fingerprint(cert).replace(":", "")[:16] + ".pem"
    _write(keys_dir / ARCHIVE_DIR / name, current.read_bytes(), private=False)


def _store(keys_dir: Path, key, cert, chain, passphrase: str, source: str, ca_key=None) -> None:  # noqa: ANN001
    from cryptography.hazmat.primitives.serialization import Encoding

    _archive_current(keys_dir)
    _write(keys_dir / KEY_FILE, _encrypt(key, passphrase), private=True)
    if ca_key is not None:
        _write(keys_dir / CA_KEY_FILE, _encrypt(ca_key, passphrase), private=True)
    else:
        (keys_dir / CA_KEY_FILE).unlink(missing_ok=True)
    _write(keys_dir / CHAIN_FILE, b"".join(c.public_bytes(Encoding.PEM) for c in chain), private=False)
    _write(keys_dir / CERT_FILE, cert.public_bytes(Encoding.PEM), private=False)
    _write(keys_dir / INFO_FILE, json.dumps({"source": source}).encode("utf-8"), private=False)


def change_passphrase(keys_dir: Path, old: str, new: str) -> None:
    check_passphrase(new)
    material = unlock(keys_dir, old)
    ca_path = keys_dir / CA_KEY_FILE
    ca_key = _decrypt(ca_path.read_bytes(), old) if ca_path.is_file() else None
    _write(keys_dir / KEY_FILE, _encrypt(material.private_key, new), private=True)
    if ca_key is not None:
        _write(ca_path, _encrypt(ca_key, new), private=True)


def import_pkcs12(
    keys_dir: Path, data: bytes, p12_password: str, passphrase: str, replace: bool = False,
    now: datetime | None = None,
) -> Identity:
    """Use a certificate the user already holds (e.g. from their office's CA). An expired
    or not yet valid certificate (at ``now``, the real time by default) is refused."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    check_passphrase(passphrase)
    if has_identity(keys_dir) and not replace:
        raise SigningError("Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk menggantinya.")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, p12_password.encode("utf-8") if p12_password else None
        )
    except ValueError:
        raise SigningError(
            "Berkas PKCS#12 tidak bisa dibuka: kata sandinya salah atau berkasnya bukan PKCS#12."
        ) from None
    if key is None or cert is None:
        raise SigningError("Berkas PKCS#12 itu tidak berisi kunci privat dan sertifikat.")
    check_validity(cert, now or real_now(), QT_TRANSLATE_NOOP("Errors", "diimpor"))
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if key.curve.name not in ("secp256r1", "secp384r1", "secp521r1"):
            raise SigningError("Kurva kunci {c} tidak didukung.", c=key.curve.name)
    elif isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise SigningError("Kunci RSA {n} bit terlalu lemah (paling sedikit 2048).", n=key.key_size)
    else:
        raise SigningError(
            "Jenis kunci {t} tidak didukung; pakai RSA atau ECDSA (Ed25519 ditolak banyak "
            "validator PDF).",
            t=type(key).__name__.replace("_", ""),
        )
    _store(keys_dir, key, cert, tuple(extra or ()), passphrase, "pkcs12")
    return describe(cert, "pkcs12")
