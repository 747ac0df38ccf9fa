"""PAdES B-T: with a timestamp server configured, the signature carries an RFC 3161 token.

The server is a real HTTP server on localhost that answers with pyHanko's test TSA (there is
no network here); the client side is the app's own export, unchanged.
"""

from __future__ import annotations

import io
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from absensi_app.services.context import AppContext
from absensi_app.signing import keys

PASS = "frasa sandi cap waktu"


def _tsa():  # noqa: ANN202
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA Uji Lokal")])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())  # fmt: skip
        ),
    )


@pytest.fixture
def tsa_url():  # noqa: ANN201
    from asn1crypto import tsp

    stamper = _tsa()
    requests: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            response = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            requests.append(len(body))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/tsa", requests
    server.shutdown()


def test_export_with_a_timestamp_server_is_pades_b_t(ctx_with_profile: AppContext, tmp_path: Path, tsa_url) -> None:  # noqa: ANN001
    from pyhanko.pdf_utils.reader import PdfFileReader

    url, requests = tsa_url
    ctx = ctx_with_profile
    keys.create_identity(ctx.paths.keys_dir, "Budi", ctx.profile.require().nip, "X", PASS, datetime.now())
    ctx.export.set_timestamp_url(url)
    result = ctx.export.export_pdf(2026, 11, tmp_path / "bt.pdf", PASS)
    assert requests, "the timestamp server was never asked"
    [sig] = PdfFileReader(io.BytesIO(result.path.read_bytes())).embedded_signatures
    unsigned = sig.signer_info["unsigned_attrs"]
    assert "signature_time_stamp_token" in [a["type"].native for a in unsigned]
    from absensi_app.signing.verify import inspect_pdf

    [info] = inspect_pdf(result.path.read_bytes(), "absensi-ringkasan.json").signatures
    assert info.intact and info.valid


def test_unreachable_timestamp_server_fails_clearly_and_changes_nothing(
    ctx_with_profile: AppContext, tmp_path: Path
) -> None:
    from absensi_app.signing.pades import SignatureFailed

    ctx = ctx_with_profile
    keys.create_identity(ctx.paths.keys_dir, "Budi", ctx.profile.require().nip, "X", PASS, datetime.now())
    ctx.export.set_timestamp_url("http://127.0.0.1:9/tidak-ada")
    with pytest.raises(SignatureFailed, match="server cap waktu http://127.0.0.1:9/tidak-ada"):
        ctx.export.export_pdf(2026, 11, tmp_path / "x.pdf", PASS)
    assert not (tmp_path / "x.pdf").exists() and ctx.locks.get("2026-11") is None
