"""Certificates with validity (issue 9): an expired or not yet valid certificate is refused
for import and signing with its dates, and a signature made outside its certificate's
validity does not verify as "sah"."""

from __future__ import annotations

import subprocess
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, pkcs12
from cryptography.x509.oid import NameOID

from absensi_app.config import AppPaths
from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.domain.verdict import Outcome
from absensi_app.signing import keys
from tests.cli.test_cli import ABSENSI, _env

PASS = "frasa sandi uji panjang"
NIP = "198609262015051001"
NOW = datetime.now(timezone.utc)
PAST = (NOW - timedelta(days=800), NOW - timedelta(days=400))
FUTURE = (NOW + timedelta(days=30), NOW + timedelta(days=400))


def certificate(valid: tuple[datetime, datetime], name: str = "Budi Santoso"):  # noqa: ANN201
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, NIP)])  # fmt: skip
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(valid[0]).not_valid_after(valid[1])
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert


def p12(valid: tuple[datetime, datetime]) -> bytes:
    key, cert = certificate(valid)
    return pkcs12.serialize_key_and_certificates(b"budi", key, cert, None, BestAvailableEncryption(b"sandi"))


@pytest.mark.parametrize(("valid", "word"), [(PAST, "sudah kedaluwarsa"), (FUTURE, "belum berlaku")])
def test_pkcs12_outside_its_validity_is_refused_with_its_dates(tmp_path: Path, valid, word: str) -> None:  # noqa: ANN001
    with pytest.raises(keys.SigningError) as caught:
        keys.import_pkcs12(tmp_path / "keys", p12(valid), "sandi", PASS)
    message = caught.value.message
    assert word in message and "tidak bisa diimpor" in message
    assert f"berlaku {valid[0]:%Y-%m-%d} s.d. {valid[1]:%Y-%m-%d}" in message
    assert not keys.has_identity(tmp_path / "keys")


@pytest.mark.parametrize(("valid", "word"), [(PAST, "sudah kedaluwarsa"), (FUTURE, "belum berlaku")])
def test_trust_add_refuses_a_certificate_outside_its_validity(ctx: AppContext, valid, word: str) -> None:  # noqa: ANN001
    _, cert = certificate(valid)
    with pytest.raises(ValidationError, match=word) as caught:
        ctx.trust.add(cert.public_bytes(Encoding.PEM))
    assert f"{valid[0]:%Y-%m-%d} s.d. {valid[1]:%Y-%m-%d}" in caught.value.message
    assert ctx.trust.all() == []


def test_cli_trust_add_and_key_import_refuse_expired_certificates(tmp_path: Path) -> None:
    _, cert = certificate(PAST)
    cer = tmp_path / "lama.cer"
    cer.write_bytes(cert.public_bytes(Encoding.PEM))
    data = tmp_path / "data"
    done = subprocess.run([ABSENSI, "--data-dir", str(data), "trust", "add", str(cer)],
                          capture_output=True, text=True, timeout=60, env=_env())  # fmt: skip
    assert done.returncode == 1 and done.stderr.startswith("absensi: Sertifikat Budi Santoso sudah kedaluwarsa")
    assert f"{PAST[1]:%Y-%m-%d}" in done.stderr and len(done.stderr.splitlines()) == 1
    (tmp_path / "lama.p12").write_bytes(p12(PAST))
    done = subprocess.run([ABSENSI, "--data-dir", str(data), "key", "import", str(tmp_path / "lama.p12")],
                          capture_output=True, text=True, timeout=60,
                          env=_env({"ABSENSI_P12_PASSWORD": "sandi"}))  # fmt: skip
    assert done.returncode == 1 and "kedaluwarsa" in done.stderr and "Traceback" not in done.stderr


def _employee(tmp: Path, clock: Clock, sample_profile, key_made: datetime) -> AppContext:  # noqa: ANN001
    ctx = open_context(AppPaths(tmp / "data"), clock)
    sample_profile = ctx.profile.save(sample_profile)  # NIPs as bare digits
    day = clock.today() - timedelta(days=1)
    ctx.worklog.add(EntryDraft(day, Location.KANTOR, "Rapat koordinasi", time(8), time(10)))
    keys.create_identity(ctx.paths.keys_dir, sample_profile.name, sample_profile.nip,
                         sample_profile.agency, PASS, key_made)  # fmt: skip
    return ctx


@pytest.mark.parametrize(
    ("made", "word"),
    [(NOW - timedelta(days=6 * 365), "sudah kedaluwarsa"), (NOW + timedelta(days=10), "belum berlaku")],
)
def test_signing_with_a_certificate_outside_its_validity_is_refused(
    tmp_path: Path, sample_profile, made: datetime, word: str  # noqa: ANN001
) -> None:
    ctx = _employee(tmp_path, Clock(), sample_profile, made)
    try:
        identity = keys.load_identity(ctx.paths.keys_dir)
        today = ctx.clock.today()
        with pytest.raises(keys.SigningError, match=word) as caught:
            ctx.export.export_pdf(today.year, today.month, tmp_path / "r.pdf", PASS)
        assert f"{identity.not_before:%Y-%m-%d} s.d. {identity.not_after:%Y-%m-%d}" in caught.value.message
        assert not (tmp_path / "r.pdf").exists()
        assert ctx.locks.get(f"{today:%Y-%m}") is None
    finally:
        ctx.close()


def test_a_signature_made_outside_the_certificates_validity_is_not_sah(tmp_path: Path, sample_profile) -> None:  # noqa: ANN001
    # a computer whose clock said 2019: the key was made "then", the signature is made now
    then = datetime(2019, 11, 28, 15, 0)
    ctx = _employee(tmp_path, Clock(fixed=then), sample_profile, then)
    try:
        identity = keys.load_identity(ctx.paths.keys_dir)
        out = tmp_path / "ringkasan.pdf"
        # the app's own check sees the pinned clock as its time; force past it as a
        # hostile or broken signer would
        original = keys.ensure_valid_for_signing
        keys.ensure_valid_for_signing = lambda identity, now=None: None
        try:
            ctx.export.export_pdf(2019, 11, out, PASS)
        finally:
            keys.ensure_valid_for_signing = original
        verdict = ctx.verification.verify_file(out)
        assert verdict.intact and verdict.outcome is Outcome.INVALID and verdict.status == "tidak-sah"
        [problem] = verdict.certificate_problems
        assert "di luar masa berlaku sertifikatnya" in problem
        assert f"({identity.not_before:%Y-%m-%d} s.d. {identity.not_after:%Y-%m-%d})" in problem
        assert "TIDAK SAH" in verdict.headline()
        done = subprocess.run([ABSENSI, "--data-dir", str(ctx.paths.data_dir), "verify", str(out)],
                              capture_output=True, text=True, timeout=60, env=_env())  # fmt: skip
        assert done.returncode == 1, done
        assert "di luar masa berlaku" in done.stdout and "Sah dan utuh" not in done.stdout
    finally:
        ctx.close()
