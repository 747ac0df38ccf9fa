"""The signed monthly PDF: real files, real keys, and validators that are not the signer.

Validators: pyHanko (the library that signed), poppler's pdfsig (NSS) and OpenSSL's CMS
verifier on the signed byte ranges. The sample month is the demo data of November 2026.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import datetime, time
from pathlib import Path

import pytest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.locks import MonthLockedError
from absensi_app.services.worklog import month_bounds
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf

PASSPHRASE = "frasa sandi yang panjang"
NOW = datetime(2026, 11, 30, 17, 0)  # the app's clock: the month is over
# Certificates are checked by validators against the real time, so keys are made "now".
REAL_NOW = datetime.now()

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils missing")
needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl missing")


@pytest.fixture(scope="module")
def month_ctx(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The sample month with a signing key; shared (read-only) by the read-back tests."""
    from absensi_app.config import AppPaths

    ctx = open_context(AppPaths(tmp_path_factory.mktemp("m") / "data"), Clock(NOW))
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip,
                         SAMPLE_PROFILE.agency, PASSPHRASE, REAL_NOW)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def signed(month_ctx: AppContext, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "ringkasan-2026-11.pdf"
    result = month_ctx.export.export_pdf(2026, 11, out, PASSPHRASE)
    assert result.signed and result.revision == 1 and result.pages >= 2
    return out


def test_embedded_json_matches_the_database(month_ctx: AppContext, signed: Path) -> None:
    found = inspect_pdf(signed.read_bytes(), ATTACHMENT_NAME)
    assert found.readable and len(found.signatures) == 1
    assert found.attachment == found.attachment_now
    data = json.loads(found.attachment)
    assert canonical_bytes(data) == found.attachment  # stored canonical, byte for byte
    assert (data["schema"], data["version"], data["month"], data["revision"]) == (
        "absensi-month-report", 1, "2026-11", 1)
    assert data["signed"] is True and data["employee"]["nip"] == SAMPLE_PROFILE.nip
    entries = month_ctx.worklog.month_entries(2026, 11)
    assert [(e["id"], e["date"], e["minutes"], e["description"], e["rhk_id"]) for e in data["entries"]] == [
        (e.id, e.day.isoformat(), e.minutes, e.description, e.rhk_id) for e in entries
    ]
    totals = month_ctx.summary.month(2026, 11)
    assert data["totals"]["total_minutes"] == totals.total_minutes == sum(e.minutes for e in entries)
    assert data["totals"]["missing_days"] == [d.isoformat() for d in totals.missing_days]
    statuses = month_ctx.worklog.statuses_between(*month_bounds(2026, 11))
    assert [s["date"] for s in data["day_status"]] == sorted(d.isoformat() for d in statuses)
    assert len(data["rhk"]) == 4 and data["rhk"][0]["realized"] >= 0
    assert data["history_head"] == month_ctx.history.records("2026-11")[-2].hash  # the record before "export"


def test_signature_is_intact_in_pyhanko(month_ctx: AppContext, signed: Path) -> None:
    [sig] = inspect_pdf(signed.read_bytes(), ATTACHMENT_NAME).signatures
    assert (sig.intact, sig.valid, sig.covers_whole_file) == (True, True, True)
    assert (sig.signer_name, sig.signer_nip) == (SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip)
    assert sig.trusted is False  # nobody trusted the private CA yet
    ca = (month_ctx.paths.keys_dir / keys.CHAIN_FILE).read_bytes()
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    root = x509.load_pem_x509_certificate(ca).public_bytes(Encoding.DER)
    [trusted] = inspect_pdf(signed.read_bytes(), ATTACHMENT_NAME, (root,)).signatures
    assert trusted.trusted is True


@needs_pdfsig
def test_pdfsig_reports_a_valid_signature_and_trusts_the_imported_ca(
    month_ctx: AppContext, signed: Path, tmp_path: Path
) -> None:
    out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out
    assert f"serialNumber={SAMPLE_PROFILE.nip}" in out
    if shutil.which("certutil"):
        nss = tmp_path / "nss"
        nss.mkdir()
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "ca", "-t", "C,C,C", "-i",
                        str(month_ctx.paths.keys_dir / keys.CHAIN_FILE)], check=True)
        out = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(signed)], capture_output=True, text=True).stdout
        assert "Certificate Validation: Certificate is Trusted." in out


def der_length(der: bytes) -> int:
    """Length of the DER value at the start of ``der`` (tag, length octets, content)."""
    first = der[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    return 2 + count + int.from_bytes(der[2 : 2 + count], "big")


def byte_ranges(data: bytes) -> list[int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match
    return [int(x) for x in match.groups()]


@needs_openssl
def test_openssl_verifies_the_cms_over_the_signed_ranges(signed: Path, tmp_path: Path, month_ctx: AppContext) -> None:
    data = signed.read_bytes()
    a, b, c, d = byte_ranges(data)
    content = data[a : a + b] + data[c : c + d]
    padded = bytes.fromhex(data[a + b + 1 : c - 1].decode())
    (tmp_path / "sig.der").write_bytes(padded[: der_length(padded)])  # drop the zero padding
    (tmp_path / "content.bin").write_bytes(content)
    ca = str(month_ctx.paths.keys_dir / keys.CHAIN_FILE)
    verify = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.der"),
              "-content", str(tmp_path / "content.bin"), "-CAfile", ca, "-purpose", "any", "-out", os.devnull]
    ok = subprocess.run(verify, capture_output=True, text=True)
    assert ok.returncode == 0 and "Verification successful" in ok.stderr
    (tmp_path / "content.bin").write_bytes(content[:100] + bytes([content[100] ^ 1]) + content[101:])
    bad = subprocess.run(verify, capture_output=True, text=True)
    assert bad.returncode != 0


def flip_positions(data: bytes, count: int) -> list[int]:
    """Positions spread over both signed ranges (never inside /Contents, which is not signed)."""
    a, b, c, d = byte_ranges(data)
    first = [a + (b - 1) * i // (count // 2) for i in range(count // 2)]
    second = [c + (d - 1) * i // (count - count // 2) for i in range(count - count // 2)]
    return first + second + [b - 1, c, len(data) - 1]


def test_every_single_byte_flip_is_reported_by_pyhanko(signed: Path) -> None:
    data = signed.read_bytes()
    positions = flip_positions(data, 300)
    for pos in positions:
        changed = bytearray(data)
        changed[pos] ^= 0x01
        found = inspect_pdf(bytes(changed), ATTACHMENT_NAME)
        intact = found.readable and found.signatures and all(s.intact and s.valid for s in found.signatures)
        assert not intact, f"flip at byte {pos} of {len(data)} went unnoticed"


@needs_pdfsig
def test_byte_flips_are_reported_by_pdfsig(signed: Path, tmp_path: Path) -> None:
    data = signed.read_bytes()
    target = tmp_path / "flip.pdf"
    for pos in flip_positions(data, 40):
        changed = bytearray(data)
        changed[pos] ^= 0x01
        target.write_bytes(bytes(changed))
        out = subprocess.run(["pdfsig", str(target)], capture_output=True, text=True)
        assert "Signature is Valid." not in out.stdout, f"pdfsig accepted a flip at byte {pos}"


def test_lock_unlock_and_revision_two(month_ctx: AppContext, signed: Path, tmp_path: Path) -> None:
    ctx = month_ctx
    entry = ctx.worklog.month_entries(2026, 11)[0]
    with pytest.raises(MonthLockedError, match="November 2026 terkunci"):
        ctx.worklog.update(entry.id, entry.as_draft())
    with pytest.raises(MonthLockedError):
        ctx.worklog.add(EntryDraft(entry.day, Location.KANTOR, "Tambahan", time(20), time(21)))
    # a second, different "revisi 1" would compete with the file already sent: refused
    before = ctx.locks.get("2026-11")
    with pytest.raises(MonthLockedError, match="buka kunci bulan itu dulu.*revisi 2"):
        ctx.export.export_pdf(2026, 11, tmp_path / "lagi.pdf", PASSPHRASE)
    assert not (tmp_path / "lagi.pdf").exists() and ctx.locks.get("2026-11") == before
    ctx.locks.unlock("2026-11", "Koreksi jam rapat tanggal 2")
    changed = ctx.worklog.update(entry.id, EntryDraft(entry.day, entry.location, "Rapat (dikoreksi)",
                                                       entry.start, entry.end))
    second = ctx.export.export_pdf(2026, 11, tmp_path / "rev2.pdf", PASSPHRASE)
    assert second.revision == 2
    data = json.loads(inspect_pdf((tmp_path / "rev2.pdf").read_bytes(), ATTACHMENT_NAME).attachment)
    assert data["revision"] == 2
    assert next(e for e in data["entries"] if e["id"] == changed.id)["description"] == "Rapat (dikoreksi)"
    text = subprocess.run(["pdftotext", str(tmp_path / "rev2.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Revisi 2" in text
    actions = [r.action for r in ctx.history.records("2026-11")][-4:]
    assert actions == ["export", "unlock", "update", "export"]
    assert ctx.history.verify().ok
    assert ctx.locks.get("2026-11").locked


def test_unsigned_pdf_is_labelled_and_does_not_lock(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    ctx = ctx_with_profile
    fill_demo_month(ctx.worklog, 2026, 11, ctx.clock.today(), ctx.skp)
    result = ctx.export.export_pdf(2026, 11, tmp_path / "tanpa-ttd.pdf", signed=False)
    assert not result.signed and ctx.locks.get("2026-11") is None
    found = inspect_pdf((tmp_path / "tanpa-ttd.pdf").read_bytes(), ATTACHMENT_NAME)
    assert found.readable and found.signatures == ()
    assert json.loads(found.attachment_now)["signed"] is False
    text = subprocess.run(["pdftotext", str(tmp_path / "tanpa-ttd.pdf"), "-"], capture_output=True, text=True).stdout
    assert "TANPA TANDA TANGAN" in text.upper()


def test_signing_needs_a_key_and_the_right_passphrase(ctx_with_profile: AppContext, tmp_path: Path) -> None:
    from absensi_app.signing.keys import SigningError, WrongPassphraseError

    ctx = ctx_with_profile
    with pytest.raises(SigningError, match="Belum ada kunci tanda tangan"):
        ctx.export.export_pdf(2026, 11, tmp_path / "a.pdf", PASSPHRASE)
    keys.create_identity(ctx.paths.keys_dir, "Budi", ctx.profile.require().nip, "X", PASSPHRASE, REAL_NOW)
    with pytest.raises(WrongPassphraseError, match="Frasa sandi salah"):
        ctx.export.export_pdf(2026, 11, tmp_path / "a.pdf", "bukan frasa sandinya")
    assert not (tmp_path / "a.pdf").exists() and ctx.locks.get("2026-11") is None
    with pytest.raises(Exception, match="Folder .* tidak ada"):
        ctx.export.export_pdf(2026, 11, tmp_path / "tidak-ada" / "a.pdf", PASSPHRASE)
    assert ctx.locks.get("2026-11") is None
    keys.create_identity(ctx.paths.keys_dir, "Lain", "197508172000031004", "X", PASSPHRASE, REAL_NOW, replace=True)
    with pytest.raises(SigningError, match="Sertifikat tanda tangan atas NIP 197508172000031004"):
        ctx.export.export_pdf(2026, 11, tmp_path / "a.pdf", PASSPHRASE)
