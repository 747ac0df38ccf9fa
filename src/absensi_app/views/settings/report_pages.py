"""The pages about the monthly report: its kop surat (the profile's ``OfficeForm``, saved
with the profile) and its signature (the key's state, the existing key dialog, and the
timestamp server of ``ctx.export``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
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
from absensi_app.services.context import AppContext
from absensi_app.views.formatting import date_text
from absensi_app.views.labels import error_text, fingerprint_blocks
from absensi_app.views.office_form import OfficeForm
from absensi_app.views.settings.page import ERR_STYLE, WARN_STYLE, SettingsPage, Undo, hint

_NO_OFFICE = {"government": "", "address": "", "place": "", "logo": None}


class OfficePage(SettingsPage):
    key = "office"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Kop surat laporan"),
            self.tr(
                "Kop surat dan tempat tanda tangan ringkasan bulanan. Nama, NIP, jabatan dan atasan "
                "diubah di Pengaturan \u203a Profil dan jadwal kerja."
            ),
        )
        self.form = OfficeForm()
        self.form.setTitle(self.tr("Isi kop surat"))
        self.no_profile = QLabel(self.tr("Isi profil pegawai dulu (Pengaturan \u203a Profil dan jadwal kerja)."))
        self.no_profile.setWordWrap(True)
        self.no_profile.setStyleSheet(WARN_STYLE)
        self.no_profile.hide()
        self.content.addWidget(self.no_profile)
        self.content.addWidget(self.form)
        self._stored: Profile | None = None

    def load(self) -> None:
        self._stored = self.ctx.profile.get()
        self.no_profile.setVisible(self._stored is None)
        self.form.setEnabled(self._stored is not None)
        if self._stored is not None:
            self.form.set_profile(self._stored)

    def restore_defaults(self) -> None:
        if self._stored is not None:
            self.form.set_profile(replace(self._stored, **_NO_OFFICE))

    def profile(self) -> Profile | None:
        """The stored profile with the page's office fields."""
        return None if self._stored is None else replace(self._stored, **self.form.values())

    def check(self) -> None:
        from absensi_app.services.profile import validate_office

        new = self.profile()
        if new is not None:
            validate_office(new, self._stored.logo)

    def apply(self) -> Undo | None:
        new, old = self.profile(), self._stored
        if new is None or old is None or new == old:
            return None
        self.ctx.profile.save(new)
        return lambda: self.ctx.profile.save(old)

    def fields(self) -> dict[str, QWidget]:
        return {"government": self.form.government, "address": self.form.address, "place": self.form.place,
                "logo": self.form.choose_button}


class SigningPage(SettingsPage):
    """The key's state with a button to the key dialog (whose changes are saved at once, as
    there), and the timestamp server's address (saved with Simpan)."""

    key = "signing"
    apply_order = 10  # the service checks the address

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Tanda tangan"),
            self.tr("Kunci tanda tangan menandatangani ringkasan bulanan; server cap waktu memberi waktu tanda tangan yang tepercaya."),
        )
        key_box = QGroupBox(self.tr("Kunci tanda tangan"))
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.key_state.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.key_button = QPushButton(self.tr("&Kelola kunci\u2026"))
        self.key_button.setToolTip(self.tr("Buat kunci, ganti frasa sandi, impor PKCS#12, ekspor sertifikat"))
        self.key_button.clicked.connect(self.open_key_dialog)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_state, 1)
        key_row.addWidget(self.key_button, 0, Qt.AlignTop)
        key_layout = QVBoxLayout(key_box)
        key_layout.addLayout(key_row)
        key_layout.addWidget(hint(self.tr("Perubahan kunci di jendela itu langsung tersimpan; Batal di sini tidak membatalkannya.")))

        ts_box = QGroupBox(self.tr("Server cap waktu (RFC 3161)"))
        self.url = QLineEdit()
        self.url.setMaxLength(500)
        self.url.setPlaceholderText(self.tr("https://\u2026 (kosongkan bila tidak dipakai)"))
        url_label = QLabel(self.tr("&Alamat"))
        url_label.setBuddy(self.url)
        self.url_error = QLabel()
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet(ERR_STYLE)
        self.url_error.hide()
        ts_form = QFormLayout(ts_box)
        ts_form.addRow(url_label, self.url)
        ts_form.addRow(self.url_error)
        ts_form.addRow(
            hint(
                self.tr(
                    "Dengan alamat: tanda tangan diberi cap waktu dari server itu (PAdES B-T), dan ekspor "
                    "bertanda tangan membutuhkan koneksi internet. Kosong: waktu diambil dari jam komputer "
                    "ini (PAdES B-B), ekspor bisa tanpa internet."
                )
            )
        )
        self.content.addWidget(key_box)
        self.content.addWidget(ts_box)
        self._stored_url = ""

    # ---- the key ---------------------------------------------------------------------------
    def show_key(self) -> None:
        try:
            identity = self.ctx.keys.identity()
        except AbsensiError as exc:
            self.key_state.setText(error_text(exc))
            self.key_state.setStyleSheet(ERR_STYLE)
            return
        if identity is None:
            self.key_state.setText(
                self.tr("Belum ada kunci tanda tangan: ringkasan hanya bisa diekspor tanpa tanda tangan.")
            )
            self.key_state.setStyleSheet(WARN_STYLE)
            return
        until = identity.not_after
        expired = until < datetime.now(until.tzinfo)
        text = self.tr("{name} \u2022 {kind} \u2022 berlaku sampai {until}\nSidik jari: {fingerprint}").format(
            name=identity.name or "\u2013",
            kind=identity.key_type,
            until=date_text((until.astimezone() if until.tzinfo else until).date()),
            fingerprint=fingerprint_blocks(identity.fingerprint),
        )
        if expired:
            text += "\n" + self.tr("Sertifikat ini sudah kedaluwarsa; buat kunci baru.")
        self.key_state.setText(text)
        self.key_state.setStyleSheet(ERR_STYLE if expired else "")

    def open_key_dialog(self) -> None:
        """The existing key dialog; it may also save the timestamp address: an address not
        edited here follows it."""
        from absensi_app.views.key_dialog import open_key_dialog

        open_key_dialog(self.ctx, self)
        self.show_key()
        stored = self.ctx.export.timestamp_url() or ""
        if stored != self._stored_url:
            if self.url.text().strip() == self._stored_url:
                self.url.setText(stored)
            self._stored_url = stored

    # ---- the contract ----------------------------------------------------------------------
    def load(self) -> None:
        self.show_key()
        self._stored_url = self.ctx.export.timestamp_url() or ""
        self.url.setText(self._stored_url)

    def restore_defaults(self) -> None:
        self.url.clear()

    def apply(self) -> Undo | None:
        new, old = self.url.text().strip(), self._stored_url
        if new == old:
            return None
        self.ctx.export.set_timestamp_url(new or None)
        return lambda: self.ctx.export.set_timestamp_url(old or None)

    def show_error(self, exc) -> None:  # noqa: ANN001
        if isinstance(exc, AbsensiError) and getattr(exc, "field", None) == "url":
            self.url_error.setText(error_text(exc))  # right under the address
            self.url_error.show()
            self.url.setFocus()
            self.url.selectAll()
            return
        super().show_error(exc)

    def clear_error(self) -> None:
        super().clear_error()
        self.url_error.hide()
