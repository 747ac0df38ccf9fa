"""The office settings of the monthly report: the kop surat's government line, address and
logo, and the town of the place-and-date line over the signatures. Part of the profile form
(``ProfileForm.office``); saved with the profile.

The logo is read through ``services.logo.read_logo`` (the one reader of a user's files: a
regular file of at most 1 MB, a real PNG or JPEG picture), which refuses anything else with
a sentence shown under the picture; the previous logo then stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
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
from absensi_app.views import prompts
from absensi_app.views.labels import error_text

_ERR_STYLE = "color: #b3261e;"
_HINT_STYLE = "color: palette(placeholder-text);"
PREVIEW_HEIGHT = 56


class OfficeForm(QGroupBox):
    """Kop surat: government line, address, logo; and the place of the signature date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kop surat laporan"))
        self._logo: bytes | None = None
        self.government = QLineEdit()
        self.government.setMaxLength(200)
        self.government.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Sleman"))
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("mis. Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511"))
        self.place = QLineEdit()
        self.place.setMaxLength(100)
        self.place.setPlaceholderText(self.tr("mis. Sleman"))
        self.place.setToolTip(self.tr("Dicetak di atas tanda tangan: \u201cSleman, 30 November 2026\u201d."))
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_HEIGHT + 8, PREVIEW_HEIGHT + 8)
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setFrameShape(QLabel.StyledPanel)
        self.choose_button = QPushButton(self.tr("Pilih &logo\u2026"))
        self.choose_button.setToolTip(self.tr("Gambar PNG atau JPEG, paling besar 1 MB."))
        self.remove_button = QPushButton(self.tr("Hapus logo"))
        self.logo_state = QLabel()
        self.logo_state.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(buttons)
        logo_row.addWidget(self.logo_state, 1)
        note = QLabel(
            self.tr("Instansi dan unit kerja di kop surat diambil dari identitas pegawai. Semua isian ini boleh kosong.")
        )
        note.setWordWrap(True)
        note.setStyleSheet(_HINT_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("&Pemerintah"), self.government)
        form.addRow(self.tr("Ala&mat kantor"), self.address)
        form.addRow(self.tr("&Tempat (kota)"), self.place)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(note)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.set_logo(None)

    # ---- the logo --------------------------------------------------------------------------
    @property
    def logo(self) -> bytes | None:
        return self._logo

    def set_logo(self, data: bytes | None, message: str = "") -> None:
        self._logo = data or None
        self.remove_button.setEnabled(self._logo is not None)
        pixmap = QPixmap()
        if self._logo is not None and pixmap.loadFromData(self._logo):
            self.preview.setPixmap(
                pixmap.scaled(PREVIEW_HEIGHT, PREVIEW_HEIGHT, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            )
            state = self.tr("Logo tercetak di kiri kop surat.")
        else:
            self.preview.clear()
            self.preview.setText(self.tr("tanpa\nlogo"))
            state = self.tr("Tanpa logo.")
        self.logo_state.setText(message or state)
        self.logo_state.setStyleSheet(_ERR_STYLE if message else _HINT_STYLE)
        self.changed.emit()

    def choose_logo(self) -> None:
        path = prompts.open_file(self, self.tr("Pilih logo kop surat"), self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> bool:
        """Read, check and show the logo of ``path``; False (with the reason shown, the logo
        as it was) when it is refused."""
        from absensi_app.services.logo import read_logo

        try:
            data = read_logo(path)
        except AbsensiError as exc:
            self.set_logo(self._logo, error_text(exc))
            return False
        self.set_logo(data)
        return True

    # ---- the profile -----------------------------------------------------------------------
    def values(self) -> dict:
        """The office fields of a ``Profile``."""
        return {
            "government": self.government.text(),
            "address": self.address.text(),
            "place": self.place.text(),
            "logo": self._logo,
        }

    def set_profile(self, profile: Profile) -> None:
        self.government.setText(profile.government)
        self.address.setText(profile.address)
        self.place.setText(profile.place)
        self.set_logo(profile.logo)

    def focus_field(self, field: str | None) -> bool:
        widget = {"government": self.government, "address": self.address, "place": self.place}.get(field or "")
        if widget is None:
            return False
        widget.setFocus()
        return True
