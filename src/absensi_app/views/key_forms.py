"""The action forms of the signing key dialog: create a key, change its passphrase, import a
PKCS#12 certificate. One form is open at a time, inside the dialog (no nested modal windows);
a refused input is explained next to the fields it concerns, and nothing is changed on error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
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
from absensi_app.domain.model import Profile
from absensi_app.services.files import FileRefused, OutsideFiles
from absensi_app.services.keys import MAX_PKCS12_BYTES, KeyService
from absensi_app.signing.keys import MAX_PASSPHRASE, MIN_PASSPHRASE, WrongPassphraseError, check_passphrase
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.sizing import fit_height

ERROR_STYLE = "color: #b3261e;"


def password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(MAX_PASSPHRASE)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class KeyActionBox(QGroupBox):
    """The open form with its Save and Cancel buttons. ``saved`` carries the sentence to show
    once the key was changed; ``cancelled`` when the user leaves the form."""

    saved = Signal(str)
    cancelled = Signal()

    CREATE, CHANGE, IMPORT = 0, 1, 2

    def __init__(self, keys: KeyService, files: OutsideFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._files = files
        self._replace = False
        self._pages: list[QWidget] = []
        at_least = self.tr("paling sedikit {n} karakter").format(n=MIN_PASSPHRASE)
        # create
        self.new_pass = password_edit(at_least)
        self.new_pass2 = password_edit()
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
        self.old_pass = password_edit()
        self.change_pass = password_edit(at_least)
        self.change_pass2 = password_edit()
        change = QWidget()
        f = QFormLayout(change)
        f.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Frasa sandi yang terlupa tidak bisa dipulihkan; bila lupa, buat kunci baru."))
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
        self.p12_password = password_edit(self.tr("kata sandi berkas PKCS#12"))
        self.import_pass = password_edit(at_least)
        self.import_pass2 = password_edit()
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
        self.action_error.setStyleSheet(ERROR_STYLE)
        self.action_error.hide()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        for page in self._pages:
            layout.addWidget(page)
        layout.addWidget(self.action_error)
        layout.addLayout(buttons)
        self.hide()
        self._page = self.CREATE

    # ---- opening and closing -------------------------------------------------------------
    def open_create(self, profile: Profile, replace: bool) -> None:
        self._replace = replace
        self.create_note.setText(
            self.tr(
                "Kunci baru (ECDSA P-256) atas nama {name}, NIP {nip}. Frasa sandi melindungi "
                "kunci ini dan tidak bisa dipulihkan bila lupa."
            ).format(name=profile.name, nip=profile.nip)
        )
        self._open(self.CREATE, self.tr("Buat kunci baru"), self.tr("Buat kunci"), self.new_pass)

    def open_change(self) -> None:
        self._open(self.CHANGE, self.tr("Ganti frasa sandi"), self.tr("Ganti frasa sandi"), self.old_pass)

    def open_import(self, replace: bool) -> None:
        self._replace = replace
        self.import_note.setText(
            self.tr(
                "Kunci dari berkas disimpan di Absensi dengan frasa sandi baru Anda (boleh berbeda "
                "dari kata sandi berkasnya). Kunci RSA (minimal 2048 bit) atau ECDSA."
            )
        )
        self._open(self.IMPORT, self.tr("Impor sertifikat PKCS#12"), self.tr("Impor"), self.p12_path)

    def _open(self, page: int, title: str, save_text: str, focus: QWidget) -> None:
        self._clear()
        self._page = page
        for i, widget in enumerate(self._pages):
            widget.setVisible(i == page)
        self.setTitle(title)
        self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        self.action_error.hide()
        self.show()
        fit_height(self.window())
        focus.setFocus()

    def _cancel(self) -> None:
        self.cancelled.emit()

    def close_form(self) -> None:
        self._clear()
        self.hide()

    def _clear(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.clear()

    def _choose_p12(self) -> None:
        path = prompts.open_file(
            self, self.tr("Pilih berkas PKCS#12"), self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)")
        )
        if path:
            self.p12_path.setText(path)

    # ---- saving --------------------------------------------------------------------------
    def save(self) -> None:
        self.action_error.hide()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            done = (self._save_create, self._save_change, self._save_import)[self._page]()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.saved.emit(done)

    def _fail(self, text: str, focus: QWidget | None = None) -> None:
        self.action_error.setText(text)
        self.action_error.show()
        fit_height(self.window())
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def _not_stored(self, exc: OSError) -> None:
        self._fail(self.tr("Kunci tidak bisa disimpan: {error}").format(error=exc.strerror or exc))

    def _new_passphrase(self, first: QLineEdit, second: QLineEdit) -> str | None:
        value = first.text()
        try:
            check_passphrase(value)
        except AbsensiError as exc:
            self._fail(error_text(exc), first)
            return None
        if second.text() != value:
            second.clear()
            self._fail(self.tr("Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama."), second)
            return None
        return value

    def _save_create(self) -> str | None:
        passphrase = self._new_passphrase(self.new_pass, self.new_pass2)
        if passphrase is None:
            return None
        try:
            identity = self._keys.create(passphrase, replace=self._replace)
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return None
        except OSError as exc:
            self._not_stored(exc)
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
            self._keys.change_passphrase(old, new)
        except WrongPassphraseError:
            self.old_pass.clear()
            self._fail(self.tr("Frasa sandi lama salah. Frasa sandi tidak diganti."), self.old_pass)
            return None
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return None
        except OSError as exc:
            self._not_stored(exc)
            return None
        return self.tr("Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya.")

    def _save_import(self) -> str | None:
        raw = self.p12_path.text().strip()
        if not raw:
            self._fail(self.tr("Pilih berkas PKCS#12 (.p12 atau .pfx)."), self.p12_path)
            return None
        try:  # the one reader: a FIFO or a device is refused at once, never more than 1 MB read
            data = self._files.read(raw, MAX_PKCS12_BYTES, "Berkas")
        except FileRefused as exc:
            self._fail(error_text(exc), self.p12_path)
            return None
        passphrase = self._new_passphrase(self.import_pass, self.import_pass2)
        if passphrase is None:
            return None
        try:
            identity = self._keys.import_pkcs12(data, self.p12_password.text(), passphrase, replace=self._replace)
        except AbsensiError as exc:
            self._fail(error_text(exc), self.p12_password)
            return None
        except OSError as exc:
            self._not_stored(exc)
            return None
        return self.tr("Sertifikat {name} (penerbit {issuer}) sekarang dipakai untuk tanda tangan.").format(
            name=identity.name or "\u2013", issuer=identity.issuer or "\u2013"
        )
