"""The signing key ("Kunci tanda tangan"): the certificate in use, and creating a new key,
changing its passphrase, importing a PKCS#12 certificate, handing the certificate to the
supervisor, and the timestamp server.

Every action is a small form inside the dialog (no nested modal windows), so a refused input
is explained next to the fields it concerns, and nothing is changed on error.
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
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.signing import keys
from absensi_app.views import prompts
from absensi_app.views.sizing import fit_height
from absensi_app.views.labels import fingerprint_blocks, error_text

_OK_STYLE = "color: #1b6e2a;"
_ERR_STYLE = "color: #b3261e;"
_WARN_STYLE = "color: #8a5300;"
MAX_PKCS12_BYTES = 1024 * 1024


def fingerprint_groups(fingerprint: str) -> str:
    """The fingerprint grouped exactly as the supervisor's viewer shows it."""
    return fingerprint_blocks(fingerprint)


def first_name(name: str) -> str:
    """The first word of a name that is not a title (``Dra.``, ``H.``): for file names."""
    for word in re.split(r"[\s,]+", name):
        if word and not word.endswith(".") and re.sub(r"[^A-Za-z0-9]", "", word):
            return re.sub(r"[^A-Za-z0-9-]", "", word)
    return ""


def _password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(keys.MAX_PASSPHRASE)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class KeyDialog(QDialog):
    """Shows the signing certificate and manages the key. ``changed`` after every change."""

    changed = Signal()

    CREATE, CHANGE, IMPORT = 0, 1, 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._replace = False
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
        self.mismatch.setStyleSheet(_ERR_STYLE)
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

        # ---- the action forms --------------------------------------------------------------
        self.action_box = QGroupBox()
        self._pages: list[QWidget] = []
        # create
        self.new_pass = _password_edit(self.tr("paling sedikit {n} karakter").format(n=keys.MIN_PASSPHRASE))
        self.new_pass2 = _password_edit()
        create = QWidget()
        f = QFormLayout(create)
        f.setContentsMargins(0, 0, 0, 0)
        self.create_note = QLabel()
        self.create_note.setWordWrap(True)
        f.addRow(self.create_note)
        f.addRow(self.tr("&Frasa sandi baru"), self.new_pass)
        f.addRow(self.tr("&Ulangi frasa sandi"), self.new_pass2)
        self._pages.append(create)
        # change
        self.old_pass = _password_edit()
        self.change_pass = _password_edit(self.tr("paling sedikit {n} karakter").format(n=keys.MIN_PASSPHRASE))
        self.change_pass2 = _password_edit()
        change = QWidget()
        f = QFormLayout(change)
        f.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Frasa sandi yang terlupa tidak bisa dipulihkan; bila lupa, buat kunci baru."
            )
        )
        hint.setWordWrap(True)
        f.addRow(hint)
        f.addRow(self.tr("Frasa sandi &lama"), self.old_pass)
        f.addRow(self.tr("Frasa sandi &baru"), self.change_pass)
        f.addRow(self.tr("&Ulangi frasa sandi baru"), self.change_pass2)
        self._pages.append(change)
        # import
        self.p12_path = QLineEdit()
        self.p12_path.setPlaceholderText(self.tr("berkas .p12 atau .pfx"))
        self.browse_button = QPushButton(self.tr("Pilih\u2026"))
        self.browse_button.clicked.connect(self._choose_p12)
        path_row = QHBoxLayout()
        path_row.addWidget(self.p12_path, 1)
        path_row.addWidget(self.browse_button)
        self.p12_password = _password_edit(self.tr("kata sandi berkas PKCS#12"))
        self.import_pass = _password_edit(self.tr("paling sedikit {n} karakter").format(n=keys.MIN_PASSPHRASE))
        self.import_pass2 = _password_edit()
        imp = QWidget()
        f = QFormLayout(imp)
        f.setContentsMargins(0, 0, 0, 0)
        self.import_note = QLabel()
        self.import_note.setWordWrap(True)
        f.addRow(self.import_note)
        f.addRow(self.tr("&Berkas"), path_row)
        f.addRow(self.tr("&Kata sandi berkas"), self.p12_password)
        f.addRow(self.tr("&Frasa sandi di Absensi"), self.import_pass)
        f.addRow(self.tr("&Ulangi frasa sandi"), self.import_pass2)
        self._pages.append(imp)
        self.action_error = QLabel()
        self.action_error.setWordWrap(True)
        self.action_error.setStyleSheet(_ERR_STYLE)
        self.action_error.hide()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_action)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel_action)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        al = QVBoxLayout(self.action_box)
        for page in self._pages:
            al.addWidget(page)
        al.addWidget(self.action_error)
        al.addLayout(buttons)
        self.action_box.hide()
        self._page = self.CREATE

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

    def identity(self) -> keys.Identity | None:
        try:
            return keys.load_identity(self.ctx.paths.keys_dir)
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
        local = when.astimezone() if when.tzinfo else when
        return f"{local.day} {self.tr(MONTH_NAMES[local.month - 1])} {local.year}"

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
        self.message.setStyleSheet(_OK_STYLE if ok else _ERR_STYLE)
        self.message.show()
        self._fit()

    def _copy_fingerprint(self) -> None:
        identity = self.identity()
        if identity is not None:
            QGuiApplication.clipboard().setText(identity.fingerprint)
            self._say(self.tr("Sidik jari disalin."))

    # ---- the action forms --------------------------------------------------------------
    def _open(self, page: int, title: str, save_text: str, focus: QWidget) -> None:
        for edit in self.action_box.findChildren(QLineEdit):
            edit.clear()
        self._page = page
        for i, widget in enumerate(self._pages):
            widget.setVisible(i == page)
        self.action_box.setTitle(title)
        self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        self.action_error.hide()
        self.message.hide()
        self.action_box.show()
        for b in (self.create_button, self.change_button, self.import_button, self.export_button):
            b.setEnabled(False)
        self._fit()
        focus.setFocus()

    def _confirm_replace(self, title: str) -> bool:
        if not keys.has_identity(self.ctx.paths.keys_dir):
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
        if self.ctx.profile.get() is None:
            self._say(self.tr("Isi profil pegawai dulu: nama dan NIP masuk ke sertifikat."), ok=False)
            return
        if not self._confirm_replace(self.tr("Buat kunci baru")):
            return
        self._replace = keys.has_identity(self.ctx.paths.keys_dir)
        profile = self.ctx.profile.get()
        self.create_note.setText(
            self.tr(
                "Kunci baru (ECDSA P-256) atas nama {name}, NIP {nip}. Frasa sandi melindungi "
                "kunci ini dan tidak bisa dipulihkan bila lupa."
            ).format(name=profile.name, nip=profile.nip)
        )
        self._open(self.CREATE, self.tr("Buat kunci baru"), self.tr("Buat kunci"), self.new_pass)

    def start_change(self) -> None:
        if not keys.has_identity(self.ctx.paths.keys_dir):
            return
        self._open(self.CHANGE, self.tr("Ganti frasa sandi"), self.tr("Ganti frasa sandi"), self.old_pass)

    def start_import(self) -> None:
        if not self._confirm_replace(self.tr("Impor PKCS#12")):
            return
        self._replace = keys.has_identity(self.ctx.paths.keys_dir)
        self.import_note.setText(
            self.tr(
                "Kunci dari berkas disimpan di Absensi dengan frasa sandi baru Anda (boleh berbeda "
                "dari kata sandi berkasnya). Kunci RSA (minimal 2048 bit) atau ECDSA."
            )
        )
        self._open(self.IMPORT, self.tr("Impor sertifikat PKCS#12"), self.tr("Impor"), self.p12_path)

    def cancel_action(self) -> None:
        for edit in self.action_box.findChildren(QLineEdit):
            edit.clear()
        self.action_box.hide()
        self.create_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.refresh()
        self._fit()

    def _choose_p12(self) -> None:
        path = prompts.open_file(
            self, self.tr("Pilih berkas PKCS#12"), self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)")
        )
        if path:
            self.p12_path.setText(path)

    def _fail(self, text: str, focus: QWidget | None = None) -> None:
        self.action_error.setText(text)
        self.action_error.show()
        self._fit()
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def _new_passphrase(self, first: QLineEdit, second: QLineEdit) -> str | None:
        value = first.text()
        try:
            keys.check_passphrase(value)
        except AbsensiError as exc:
            self._fail(error_text(exc), first)
            return None
        if second.text() != value:
            second.clear()
            self._fail(self.tr("Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama."), second)
            return None
        return value

    def save_action(self) -> None:
        page = self._page
        self.action_error.hide()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            done = (self._save_create, self._save_change, self._save_import)[page]()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.cancel_action()
            self._say(done)
            self.changed.emit()

    def _save_create(self) -> str | None:
        passphrase = self._new_passphrase(self.new_pass, self.new_pass2)
        if passphrase is None:
            return None
        profile = self.ctx.profile.require()
        try:
            identity = keys.create_identity(
                self.ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, passphrase,
                self.ctx.clock.now(), replace=self._replace,
            )
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return None
        except OSError as exc:
            self._fail(self.tr("Kunci tidak bisa disimpan: {error}").format(error=exc.strerror or exc))
            return None
        return self.tr("Kunci tanda tangan dibuat. Pemilik sertifikat: {name}").format(name=identity.name)

    def _save_change(self) -> str | None:
        old = self.old_pass.text()
        if not old:
            self._fail(self.tr("Isi frasa sandi lama."), self.old_pass)
            return None
        new = self._new_passphrase(self.change_pass, self.change_pass2)
        if new is None:
            return None
        try:
            keys.change_passphrase(self.ctx.paths.keys_dir, old, new)
        except keys.WrongPassphraseError:
            self.old_pass.clear()
            self._fail(self.tr("Frasa sandi lama salah. Frasa sandi tidak diganti."), self.old_pass)
            return None
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return None
        except OSError as exc:
            self._fail(self.tr("Kunci tidak bisa disimpan: {error}").format(error=exc.strerror or exc))
            return None
        return self.tr("Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya.")

    def _save_import(self) -> str | None:
        raw = self.p12_path.text().strip()
        if not raw:
            self._fail(self.tr("Pilih berkas PKCS#12 (.p12 atau .pfx)."), self.p12_path)
            return None
        try:  # the one reader: a FIFO or a device is refused at once, never more than 1 MB read
            data = self.ctx.files.read(raw, MAX_PKCS12_BYTES, "Berkas")
        except FileRefused as exc:
            self._fail(error_text(exc), self.p12_path)
            return None
        passphrase = self._new_passphrase(self.import_pass, self.import_pass2)
        if passphrase is None:
            return None
        try:
            identity = keys.import_pkcs12(
                self.ctx.paths.keys_dir, data, self.p12_password.text(), passphrase, replace=self._replace
            )
        except AbsensiError as exc:
            self._fail(error_text(exc), self.p12_password)
            return None
        except OSError as exc:
            self._fail(self.tr("Kunci tidak bisa disimpan: {error}").format(error=exc.strerror or exc))
            return None
        return self.tr("Sertifikat {name} (penerbit {issuer}) sekarang dipakai untuk tanda tangan.").format(
            name=identity.name or "\u2013", issuer=identity.issuer or "\u2013"
        )

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
            self.ctx.files.write(target, keys.certificate_bundle_pem(self.ctx.paths.keys_dir), "Berkas")
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
