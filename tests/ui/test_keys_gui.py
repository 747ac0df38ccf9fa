"""The signing key dialog ("Kunci tanda tangan"), driven through the real widgets and key files."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from absensi_app.domain.report import ATTACHMENT_NAME
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf
from absensi_app.views.export_dialog import ExportDialog
from absensi_app.views.key_dialog import KeyDialog, fingerprint_groups

PASSPHRASE = "frasa sandi yang panjang"
NEW_PASSPHRASE = "frasa sandi yang baru sekali"
P12_PASSWORD = "sandi-berkas-p12"


@pytest.fixture
def dialog(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    def make() -> KeyDialog:
        d = KeyDialog(workday_ctx)
        qtbot.addWidget(d)
        d.show()
        return d

    return make


def _key_files(keys_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(keys_dir.glob("*")) if p.is_file()} if keys_dir.is_dir() else {}


def _make_identity(ctx) -> keys.Identity:  # noqa: ANN001
    p = ctx.profile.require()
    return keys.create_identity(ctx.paths.keys_dir, p.name, p.nip, p.agency, PASSPHRASE, datetime.now())


def _pkcs12(nip: str, name: str) -> bytes:
    """An RSA-2048 key with a certificate from a small office CA, as a password-protected .p12."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Dinas Kominfo Kabupaten Contoh")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, nip),
    ])
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"kantor", key, cert, [ca], serialization.BestAvailableEncryption(P12_PASSWORD.encode())
    )


def test_create_key_refuses_bad_passphrases_then_shows_the_certificate(dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    d = dialog()
    assert d.no_key.isVisible() and not d.details.isVisible()
    assert not d.change_button.isEnabled() and not d.export_button.isEnabled()
    d.create_button.click()
    assert d.action_box.isVisible() and d.action_box.title() == "Buat kunci baru"
    assert "Budi Santoso, S.Kom., NIP 198609262015051001" in d.create_note.text()
    # too short
    d.new_pass.setText("pendek")
    d.new_pass2.setText("pendek")
    d.save_button.click()
    assert d.action_error.text() == "Frasa sandi paling sedikit 8 karakter."
    # not the same twice
    d.new_pass.setText(PASSPHRASE)
    d.new_pass2.setText(PASSPHRASE + "!")
    d.save_button.click()
    assert d.action_error.text().startswith("Kedua frasa sandi tidak sama.")
    assert d.new_pass2.text() == ""
    assert not keys.has_identity(ctx.paths.keys_dir)
    # right
    d.new_pass2.setText(PASSPHRASE)
    d.save_button.click()
    assert not d.action_box.isVisible()
    identity = keys.load_identity(ctx.paths.keys_dir)
    assert identity is not None and identity.source == "absensi"
    assert d.message.text() == "Kunci tanda tangan dibuat. Pemilik sertifikat: Budi Santoso, S.Kom."
    assert d.details.isVisible() and not d.no_key.isVisible()
    assert d.owner.text() == "Budi Santoso, S.Kom."
    assert d.nip.text() == "198609262015051001"
    assert d.key_type.text() == "ECDSA secp256r1"
    assert d.source.text() == "Dibuat Absensi (CA pribadi di komputer ini)"
    assert d.issuer.text() == "CA pribadi Absensi - 198609262015051001"
    assert d.fingerprint.text() == fingerprint_groups(identity.fingerprint)
    assert d.fingerprint.text().split("\n")[0].split("  ")[0] == identity.fingerprint[:11]  # "AB:CD:EF:01"
    assert len(d.fingerprint.text().split()) == 8  # 8 groups of 4 pairs = 32 bytes
    assert d.change_button.isEnabled() and d.export_button.isEnabled()
    assert not d.mismatch.isVisible()
    # the key opens with that passphrase (and the clock of the workday fixture)
    assert keys.unlock(ctx.paths.keys_dir, PASSPHRASE).certificate is not None


def test_replacing_a_key_asks_first(dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    ctx = workday_ctx
    old = _make_identity(ctx)
    before = _key_files(ctx.paths.keys_dir)
    d = dialog()
    prompt_log.confirm_answer = False
    d.create_button.click()
    assert prompt_log.confirms[-1][0] == "Buat kunci baru"
    assert not d.action_box.isVisible()
    d.import_button.click()
    assert not d.action_box.isVisible()
    assert _key_files(ctx.paths.keys_dir) == before
    prompt_log.confirm_answer = True
    d.create_button.click()
    d.new_pass.setText(NEW_PASSPHRASE)
    d.new_pass2.setText(NEW_PASSPHRASE)
    d.save_button.click()
    new = keys.load_identity(ctx.paths.keys_dir)
    assert new.fingerprint != old.fingerprint
    assert d.fingerprint.text() == fingerprint_groups(new.fingerprint)


def test_change_passphrase_with_wrong_then_right_old_one(dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    _make_identity(ctx)
    before = _key_files(ctx.paths.keys_dir)
    d = dialog()
    d.change_button.click()
    assert d.action_box.title() == "Ganti frasa sandi"
    d.old_pass.setText("bukan frasa sandinya")
    d.change_pass.setText(NEW_PASSPHRASE)
    d.change_pass2.setText(NEW_PASSPHRASE)
    d.save_button.click()
    assert d.action_error.text() == "Frasa sandi lama salah. Frasa sandi tidak diganti."
    assert d.old_pass.text() == ""
    assert _key_files(ctx.paths.keys_dir) == before  # nothing rewritten
    # a new passphrase that is too short is refused before the old one is even tried
    d.old_pass.setText(PASSPHRASE)
    d.change_pass.setText("kurang")
    d.change_pass2.setText("kurang")
    d.save_button.click()
    assert d.action_error.text() == "Frasa sandi paling sedikit 8 karakter."
    assert _key_files(ctx.paths.keys_dir) == before
    d.change_pass.setText(NEW_PASSPHRASE)
    d.change_pass2.setText(NEW_PASSPHRASE)
    d.save_button.click()
    assert not d.action_box.isVisible()
    assert d.message.text() == "Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya."
    assert keys.unlock(ctx.paths.keys_dir, NEW_PASSPHRASE).private_key is not None
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(ctx.paths.keys_dir, PASSPHRASE)
    after = _key_files(ctx.paths.keys_dir)
    assert after[keys.CERT_FILE] == before[keys.CERT_FILE]  # same certificate, new wrapping
    assert after[keys.KEY_FILE] != before[keys.KEY_FILE]


def test_import_pkcs12_then_sign_with_it(qtbot, dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    ctx = workday_ctx
    profile = ctx.profile.require()
    p12 = tmp_path / "sertifikat-kantor.p12"
    p12.write_bytes(_pkcs12(profile.nip, profile.name))
    d = dialog()
    d.import_button.click()
    assert d.action_box.title() == "Impor sertifikat PKCS#12"
    # no file chosen yet
    d.save_button.click()
    assert d.action_error.text() == "Pilih berkas PKCS#12 (.p12 atau .pfx)."
    prompt_log.next_file = str(p12)
    d.browse_button.click()
    assert d.p12_path.text() == str(p12)
    # the file's password is wrong
    d.p12_password.setText("salah")
    d.import_pass.setText(PASSPHRASE)
    d.import_pass2.setText(PASSPHRASE)
    d.save_button.click()
    assert "kata sandinya salah" in d.action_error.text()
    assert not keys.has_identity(ctx.paths.keys_dir)
    # right
    d.p12_password.setText(P12_PASSWORD)
    d.save_button.click()
    assert not d.action_box.isVisible(), d.action_error.text()
    identity = keys.load_identity(ctx.paths.keys_dir)
    assert (identity.source, identity.key_type, identity.nip) == ("pkcs12", "RSA-2048", profile.nip)
    assert d.source.text() == "Diimpor dari berkas PKCS#12"
    assert d.key_type.text() == "RSA-2048"
    assert d.issuer.text() == "CA Dinas Kominfo Kabupaten Contoh"
    assert "CA Dinas Kominfo Kabupaten Contoh" in d.message.text()
    # a signed export now carries that certificate
    out = tmp_path / "laporan.pdf"
    prompt_log.next_save_file = str(out)
    export = ExportDialog(ctx)
    qtbot.addWidget(export)
    export.show()
    assert "RSA-2048" in export.key_state.text()
    export.passphrase.setText(PASSPHRASE)
    export.export_button.click()
    qtbot.waitUntil(lambda: not export.busy, timeout=60_000)  # the export runs off the GUI thread
    assert export.last_result is not None, export.error.text()
    found = inspect_pdf(out.read_bytes(), ATTACHMENT_NAME)
    (sig,) = found.signatures
    assert sig.intact and sig.valid
    assert sig.fingerprint == identity.fingerprint
    assert json.loads(found.attachment)["employee"]["nip"] == profile.nip


def test_import_of_a_missing_file_is_explained(dialog, workday_ctx, tmp_path) -> None:  # noqa: ANN001
    d = dialog()
    d.import_button.click()
    d.p12_path.setText(str(tmp_path / "tidak-ada.p12"))
    d.save_button.click()
    assert d.action_error.text() == f"Berkas '{tmp_path / 'tidak-ada.p12'}' tidak ada."
    d.p12_path.setText(str(tmp_path))
    d.save_button.click()
    assert d.action_error.text() == f"'{tmp_path}' adalah folder, bukan berkas."
    assert not keys.has_identity(workday_ctx.paths.keys_dir)


def test_export_certificate_for_the_supervisor(dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    ctx = workday_ctx
    _make_identity(ctx)
    prompt_log.next_save_file = str(tmp_path / "untuk-atasan")  # no extension typed
    d = dialog()
    d.export_button.click()
    title, suggested = prompt_log.save_requests[-1]
    assert title == "Ekspor sertifikat"
    assert Path(suggested).name == "Sertifikat-tanda-tangan-198609262015051001-Budi.cer"
    written = tmp_path / "untuk-atasan.cer"
    # the signing certificate first (what Absensi pins), then the CA that issued it
    assert written.read_bytes() == (ctx.paths.keys_dir / keys.CERT_FILE).read_bytes() + (
        ctx.paths.keys_dir / keys.CHAIN_FILE
    ).read_bytes()
    assert written.read_bytes().count(b"-----BEGIN CERTIFICATE-----") == 2
    assert written.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"PRIVATE" not in written.read_bytes()
    assert str(written) in d.message.text()
    # a folder that does not exist: a clear sentence
    prompt_log.next_save_file = str(tmp_path / "tidak-ada" / "sertifikat.cer")
    d.export_button.click()
    assert d.message.text().startswith(f"Berkas '{tmp_path / 'tidak-ada' / 'sertifikat.cer'}' tidak bisa ditulis")


def test_timestamp_server_address(dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    d = dialog()
    assert d.url.text() == "" and "PAdES B-B" in d.url_state.text()
    d.url.setText("ftp://tsa.contoh.go.id")
    d.url_save.click()
    assert d.message.text() == "Alamat server cap waktu harus diawali http:// atau https://."
    assert ctx.export.timestamp_url() is None
    d.url.setText("https://tsa.contoh.go.id/tsr")
    d.url_save.click()
    assert ctx.export.timestamp_url() == "https://tsa.contoh.go.id/tsr"
    assert "PAdES B-T" in d.url_state.text()
    d.url.clear()
    d.url_save.click()
    assert ctx.export.timestamp_url() is None
    assert d.message.text() == "Cap waktu tidak dipakai."


def test_certificate_of_another_nip_is_flagged(dialog, workday_ctx) -> None:  # noqa: ANN001
    ctx = workday_ctx
    keys.create_identity(ctx.paths.keys_dir, "Orang Lain", "199004122015032007", "Dinas", PASSPHRASE, datetime.now())
    d = dialog()
    assert d.mismatch.isVisible()
    assert "NIP di sertifikat (199004122015032007) berbeda dengan NIP profil (198609262015051001)" in d.mismatch.text()


def test_key_dialog_from_the_menu(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown = []

    def look() -> None:
        d = QApplication.activeModalWidget()
        shown.append((type(d).__name__, d.windowTitle(), d.no_key.isVisible()))
        d.reject()

    QTimer.singleShot(0, look)
    window.act_signing_key.trigger()
    assert shown == [("KeyDialog", "Kunci tanda tangan", True)]
