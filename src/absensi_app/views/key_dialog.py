"""The signing key ("Kunci tanda tangan"): the certificate in use, handing it to the
supervisor, and the timestamp server. Creating a key, changing its passphrase and importing a
PKCS#12 certificate are the forms of :mod:`absensi_app.views.key_forms`, opened inside the
dialog; every change goes through the key service (``ctx.keys``).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.signing.keys import Identity
from absensi_app.views import prompts
from absensi_app.views.formatting import date_text
from absensi_app.views.key_forms import ERROR_STYLE, KeyActionBox
from absensi_app.views.labels import error_text, fingerprint_blocks
from absensi_app.views.sizing import fit_height

_OK_STYLE = "color: #1b6e2a;"
_WARN_STYLE = "color: #8a5300;"


def fingerprint_groups(fingerprint: str) -> str:
    """The fingerprint grouped exactly as the supervisor's viewer shows it."""
    return fingerprint_blocks(fingerprint)


def first_name(name: str) -> str:
    """The first word of a name that is not a title (``Dra.``, ``H.``): for file names."""
    for word in re.split(r"[\s,]+", name):
        if word and not word.endswith(".") and re.sub(r"[^A-Za-z0-9]", "", word):
            return re.sub(r"[^A-Za-z0-9-]", "", word)
    return ""


class KeyDialog(QDialog):
    """Shows the signing certificate and manages the key. ``changed`` after every change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kunci tanda tangan"))
        intro = QLabel(
            self.tr(
                "Kunci ini menandatangani ringkasan bulanan Anda. Kunci dibuat dan disimpan di "
                "komputer ini, terenkripsi dengan frasa sandi Anda, sehingga tanda tangannya "
                "termasuk <i>tanda tangan elektronik tidak tersertifikasi</i> (PP 71/2019). "
                "Bila Anda memegang sertifikat dari Penyelenggara Sertifikasi Elektronik dalam "
                "berkas PKCS#12 (.p12/.pfx), impor di sini."
            )
        )
        intro.setWordWrap(True)

        # ---- the certificate ---------------------------------------------------------------
        self.cert_box = QGroupBox(self.tr("Sertifikat tanda tangan"))
        self.no_key = QLabel(
            self.tr(
                "Belum ada kunci tanda tangan. Buat kunci baru, atau impor sertifikat PKCS#12. "
                "Tanpa kunci, ringkasan hanya bisa diekspor tanpa tanda tangan."
            )
        )
        self.no_key.setWordWrap(True)
        self.no_key.setStyleSheet(_WARN_STYLE)
        self.owner = QLabel()
        self.nip = QLabel()
        self.key_type = QLabel()
        self.validity = QLabel()
        self.issuer = QLabel()
        self.source = QLabel()
        self.fingerprint = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.fingerprint.setFont(mono)
        for label in (self.owner, self.nip, self.key_type, self.validity, self.issuer, self.source, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            label.setWordWrap(label is not self.fingerprint)
        self.copy_fingerprint = QPushButton(self.tr("Salin"))
        self.copy_fingerprint.setToolTip(self.tr("Salin sidik jari ke papan klip"))
        self.copy_fingerprint.clicked.connect(self._copy_fingerprint)
        fp_row = QHBoxLayout()
        fp_row.addWidget(self.fingerprint)
        fp_row.addSpacing(8)
        fp_row.addWidget(self.copy_fingerprint, 0, Qt.AlignVCenter)
        fp_row.addStretch(1)
        self.details = QWidget()
        details = QFormLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addRow(self.tr("Pemilik"), self.owner)
        details.addRow(self.tr("NIP"), self.nip)
        details.addRow(self.tr("Jenis kunci"), self.key_type)
        details.addRow(self.tr("Berlaku"), self.validity)
        details.addRow(self.tr("Penerbit"), self.issuer)
        details.addRow(self.tr("Sumber"), self.source)
        details.addRow(self.tr("Sidik jari SHA-256"), fp_row)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.create_button = QPushButton(self.tr("Buat kunci baru\u2026"))
        self.change_button = QPushButton(self.tr("Ganti frasa sandi\u2026"))
        self.import_button = QPushButton(self.tr("Impor PKCS#12\u2026"))
        self.export_button = QPushButton(self.tr("Ekspor sertifikat\u2026"))
        self.export_button.setToolTip(
            self.tr("Simpan sertifikat (tanpa kunci privat) ke berkas .cer untuk Pejabat Penilai Kinerja")
        )
        self.create_button.clicked.connect(self.start_create)
        self.change_button.clicked.connect(self.start_change)
        self.import_button.clicked.connect(self.start_import)
        self.export_button.clicked.connect(self.export_certificate)
        actions = QHBoxLayout()
        for b in (self.create_button, self.change_button, self.import_button, self.export_button):
            b.setAutoDefault(False)
            actions.addWidget(b)
        self.copy_fingerprint.setAutoDefault(False)
        actions.addStretch(1)
        cl = QVBoxLayout(self.cert_box)
        cl.addWidget(self.no_key)
        cl.addWidget(self.details)
        cl.addWidget(self.mismatch)
        cl.addLayout(actions)

        # ---- the action forms (one open at a time, under the certificate) -------------------
        self.action_box = KeyActionBox(ctx.keys, ctx.files)
        self.action_box.saved.connect(self._saved)
        self.action_box.cancelled.connect(self.cancel_action)
        box = self.action_box  # its fields, as the dialog's own (tests and scripts drive them)
        self.new_pass, self.new_pass2, self.create_note = box.new_pass, box.new_pass2, box.create_note
        self.old_pass, self.change_pass, self.change_pass2 = box.old_pass, box.change_pass, box.change_pass2
        self.p12_path, self.browse_button, self.p12_password = box.p12_path, box.browse_button, box.p12_password
        self.import_pass, self.import_pass2, self.import_note = box.import_pass, box.import_pass2, box.import_note
        self.action_error, self.save_button, self.cancel_button = box.action_error, box.save_button, box.cancel_button

        # ---- timestamp server ----------------------------------------------------------------
        ts_box = QGroupBox(self.tr("Server cap waktu (RFC 3161)"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://\u2026 (kosongkan bila tidak dipakai)"))
        self.url.setMaxLength(500)
        self.url_save = QPushButton(self.tr("Simpan alamat"))
        self.url_save.clicked.connect(self.save_timestamp)
        self.url.returnPressed.connect(self.save_timestamp)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.url_save)
        self.url_state = QLabel()
        self.url_state.setWordWrap(True)
        tl = QVBoxLayout(ts_box)
        tl.addLayout(url_row)
        tl.addWidget(self.url_state)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        self._close_buttons = close

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cert_box)
        layout.addWidget(self.action_box)
        layout.addWidget(ts_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)
        self.setMinimumWidth(640)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.save_button)
        self.refresh()
        self._show_timestamp(self.ctx.export.timestamp_url())

    # ---- showing -----------------------------------------------------------------------
    def _fit(self) -> None:
        fit_height(self)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self._fit()

    def identity(self) -> Identity | None:
        try:
            return self.ctx.keys.identity()
        except AbsensiError as exc:
            self.mismatch.setText(error_text(exc))
            return None

    def refresh(self) -> None:
        self.mismatch.setText("")
        identity = self.identity()
        has_key = identity is not None
        self.no_key.setVisible(not has_key)
        self.details.setVisible(has_key)
        self.change_button.setEnabled(has_key)
        self.export_button.setEnabled(has_key)
        if identity is not None:
            self.owner.setText(identity.name or "\u2013")
            self.nip.setText(identity.nip or "\u2013")
            self.key_type.setText(identity.key_type)
            self.validity.setText(
                self.tr("{first} s.d. {last}").format(
                    first=self._date(identity.not_before), last=self._date(identity.not_after)
                )
            )
            self.issuer.setText(identity.issuer or "\u2013")
            self.source.setText(
                self.tr("Dibuat Absensi (CA pribadi di komputer ini)")
                if identity.source == "absensi"
                else self.tr("Diimpor dari berkas PKCS#12")
            )
            self.fingerprint.setText(fingerprint_groups(identity.fingerprint))
            self.fingerprint.setToolTip(identity.fingerprint)
            profile = self.ctx.profile.get()
            if profile is not None and identity.nip and identity.nip != profile.nip:
                self.mismatch.setText(
                    self.tr(
                        "NIP di sertifikat ({cert}) berbeda dengan NIP profil ({nip}): ekspor "
                        "bertanda tangan akan ditolak. Buat kunci baru untuk profil ini."
                    ).format(cert=identity.nip, nip=profile.nip)
                )
            now = datetime.now(identity.not_after.tzinfo)
            if identity.not_after < now:
                self.mismatch.setText(
                    self.mismatch.text()
                    + (" " if self.mismatch.text() else "")
                    + self.tr("Sertifikat ini sudah kedaluwarsa; buat kunci baru.")
                )
        self.mismatch.setVisible(bool(self.mismatch.text()))

    def _date(self, when: datetime) -> str:
        return date_text((when.astimezone() if when.tzinfo else when).date())

    def _show_timestamp(self, url: str | None) -> None:
        self.url.setText(url or "")
        if url:
            self.url_state.setText(
                self.tr(
                    "Tanda tangan diberi cap waktu dari server ini (PAdES B-T). Ekspor bertanda "
                    "tangan membutuhkan koneksi internet."
                )
            )
        else:
            self.url_state.setText(
                self.tr(
                    "Tanpa cap waktu: waktu tanda tangan diambil dari jam komputer ini (PAdES B-B). "
                    "Ekspor bisa dilakukan tanpa internet."
                )
            )

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_OK_STYLE if ok else ERROR_STYLE)
        self.message.show()
        self._fit()

    def _copy_fingerprint(self) -> None:
        identity = self.identity()
        if identity is not None:
            QGuiApplication.clipboard().setText(identity.fingerprint)
            self._say(self.tr("Sidik jari disalin."))

    # ---- the action forms --------------------------------------------------------------
    def _opened(self) -> None:
        self.message.hide()
        for b in (self.create_button, self.change_button, self.import_button, self.export_button):
            b.setEnabled(False)

    def _confirm_replace(self, title: str) -> bool:
        if not self.ctx.keys.has_key():
            return True
        return prompts.confirm(
            self,
            title,
            self.tr(
                "Kunci dan sertifikat yang sekarang akan diganti. Ringkasan yang sudah "
                "ditandatangani tetap sah, tetapi atasan perlu sertifikat baru untuk memeriksa "
                "tanda tangan berikutnya. Lanjutkan?"
            ),
        )

    def start_create(self) -> None:
        profile = self.ctx.profile.get()
        if profile is None:
            self._say(self.tr("Isi profil pegawai dulu: nama dan NIP masuk ke sertifikat."), ok=False)
            return
        if not self._confirm_replace(self.tr("Buat kunci baru")):
            return
        self._opened()
        self.action_box.open_create(profile, replace=self.ctx.keys.has_key())

    def start_change(self) -> None:
        if not self.ctx.keys.has_key():
            return
        self._opened()
        self.action_box.open_change()

    def start_import(self) -> None:
        if not self._confirm_replace(self.tr("Impor PKCS#12")):
            return
        self._opened()
        self.action_box.open_import(replace=self.ctx.keys.has_key())

    def cancel_action(self) -> None:
        self.action_box.close_form()
        self.create_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.refresh()
        self._fit()

    def _saved(self, done: str) -> None:
        self.cancel_action()
        self._say(done)
        self.changed.emit()

    # ---- certificate file, timestamp ---------------------------------------------------
    def export_certificate(self) -> None:
        identity = self.identity()
        if identity is None:
            self._say(self.tr("Belum ada kunci tanda tangan."), ok=False)
            return
        name = "-".join(p for p in ("Sertifikat-tanda-tangan", identity.nip, first_name(identity.name)) if p)
        path = prompts.save_file(
            self,
            self.tr("Ekspor sertifikat"),
            str(Path.home() / f"{name}.cer"),
            self.tr("Sertifikat (*.cer *.crt *.pem)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".cer")
        try:
            self.ctx.keys.export_certificate(target, "Berkas")
        except FileRefused as exc:
            text = error_text(exc)
            if exc.os_error is None:  # e.g. no such folder: say which file was not written
                text = self.tr("Berkas '{path}' tidak bisa ditulis: {error}").format(path=str(target), error=text)
            self._say(text, ok=False)
            return
        except AbsensiError as exc:
            self._say(error_text(exc), ok=False)
            return
        except OSError as exc:
            self._say(
                self.tr("Berkas '{path}' tidak bisa ditulis: {error}").format(path=str(target), error=exc.strerror or exc),
                ok=False,
            )
            return
        self._say(
            self.tr(
                "Sertifikat disimpan ke {path}. Kirimkan ke Pejabat Penilai Kinerja bersama sidik "
                "jarinya, agar tanda tangan Anda bisa diperiksa."
            ).format(path=str(target))
        )

    def save_timestamp(self) -> None:
        url = self.url.text().strip()
        try:
            self.ctx.export.set_timestamp_url(url or None)
        except AbsensiError as exc:
            self._say(error_text(exc), ok=False)
            self.url.setFocus()
            return
        self._show_timestamp(self.ctx.export.timestamp_url())
        self._say(self.tr("Alamat server cap waktu disimpan.") if url else self.tr("Cap waktu tidak dipakai."))
        self.changed.emit()


def open_key_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the dialog modally."""
    dialog = KeyDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
