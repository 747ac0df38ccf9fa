"""The pages about this program on this computer: the window and the tray, the language
(``views.preferences``, the data folder's ``tampilan.ini``), and the extra backup folder
(``ctx.backups``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.views import prompts
from absensi_app.views.backup_labels import show_extra_folder
from absensi_app.views.preferences import DEFAULTS, Preferences
from absensi_app.views.settings.page import WARN_STYLE, SettingsPage, Undo, hint


class WindowPage(SettingsPage):
    """Closing to the tray and the language of the screens."""

    key = "window"

    def __init__(self, ctx: AppContext, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prefs = prefs
        self.set_heading(
            self.tr("Jendela dan bahasa"),
            self.tr("Pilihan ini tersimpan di folder data profil ini, jadi setiap pengguna komputer punya pilihannya sendiri."),
        )
        tray_box = QGroupBox(self.tr("Baki sistem"))
        self.close_to_tray = QCheckBox(self.tr("Menutup jendela &membiarkan Absensi tetap berjalan di baki sistem"))
        tray_layout = QVBoxLayout(tray_box)
        tray_layout.addWidget(self.close_to_tray)
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray_layout.addWidget(
                hint(self.tr("Timer dan pengingat tetap berjalan. Keluar lewat Berkas \u203a Keluar (Ctrl+Q) atau menu ikon baki."))
            )
        else:
            note = QLabel(self.tr("Desktop ini tidak punya baki sistem: menutup jendela selalu menutup Absensi."))
            note.setWordWrap(True)
            note.setStyleSheet(WARN_STYLE)
            tray_layout.addWidget(note)

        language_box = QGroupBox(self.tr("Bahasa"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Bawaan (Bahasa Indonesia)"), "")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        language_form = QFormLayout(language_box)
        label = QLabel(self.tr("Bahasa &tampilan"))
        label.setBuddy(self.language)
        language_form.addRow(label, self.language)
        language_form.addRow(hint(self.tr(
            "Bahasa baru langsung dipakai di semua jendela yang terbuka setelah Simpan, juga untuk tanggal dan "
            "angka. Pemilih profil, yang muncul sebelum profil dibuka, tetap berbahasa Indonesia saat Absensi "
            "dibuka lagi (kecuali dimulai dengan --language atau ABSENSI_LANG). Baris perintah selalu berbahasa Indonesia.")))
        self.content.addWidget(tray_box)
        self.content.addWidget(language_box)
        self._stored = (True, "")

    def value(self) -> tuple[bool, str]:
        return self.close_to_tray.isChecked(), self.language.currentData() or ""

    def _show(self, close_to_tray: bool, language: str) -> None:
        self.close_to_tray.setChecked(close_to_tray)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def load(self) -> None:
        self._stored = (self.prefs.close_to_tray, self.prefs.language)
        self._show(*self._stored)

    def restore_defaults(self) -> None:
        self._show(bool(DEFAULTS["tray/close_to_tray"]), str(DEFAULTS["ui/language"]))

    def apply(self) -> Undo | None:
        new, old = self.value(), self._stored
        if new == old:
            return None
        self._put(*new)
        return lambda: self._put(*old)

    def _put(self, close_to_tray: bool, language: str) -> None:
        self.prefs.close_to_tray = close_to_tray
        self.prefs.language = language


class BackupPage(SettingsPage):
    """The extra folder every backup is also copied to (a USB stick, a synced folder)."""

    key = "backup"
    apply_order = 30  # the service checks the folder

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Cadangan"),
            self.tr(
                "Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum pembaruan "
                "struktur, impor atau pemulihan. Daftar cadangan dan pemulihannya ada di Berkas \u203a "
                "Pulihkan cadangan."
            ),
        )
        self.folder_label = QLabel(self.tr("Folder cadangan: {folder}").format(folder=ctx.paths.backup_dir))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box = QGroupBox(self.tr("Folder cadangan tambahan"))
        self.extra_label = QLabel()
        self.extra_label.setWordWrap(True)
        self.extra_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Pilih f&older\u2026"))
        self.clear_button = QPushButton(self.tr("&Jangan pakai lagi"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.clear_button.clicked.connect(lambda: self._show(None))
        row = QHBoxLayout()
        row.addWidget(self.extra_label, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignTop)
        row.addWidget(self.clear_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(
            hint(
                self.tr(
                    "Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke sana, "
                    "jadi data tetap ada bila komputer ini rusak. Di sana dibuat subfolder Absensi-NIP, "
                    "sehingga satu flashdisk bisa dipakai bersama."
                )
            )
        )
        self.content.addWidget(self.folder_label)
        self.content.addWidget(box)
        self._stored: Path | None = None
        self.folder: Path | None = None

    def _show(self, folder: Path | None) -> None:
        self.folder = folder
        show_extra_folder(self.extra_label, folder)
        self.clear_button.setEnabled(folder is not None)

    def choose_folder(self) -> Path | None:
        chosen = prompts.open_folder(self, self.tr("Pilih folder cadangan tambahan"))
        if not chosen:
            return None
        self.clear_error()
        self._show(Path(chosen))
        return self.folder

    def load(self) -> None:
        try:
            self._stored = self.ctx.backups.extra_folder()
        except AbsensiError as exc:
            self.show_error(exc)
        self._show(self._stored)

    def restore_defaults(self) -> None:
        self._show(None)

    def apply(self) -> Undo | None:
        new, old = self.folder, self._stored
        if new == old:
            return None
        self.ctx.backups.set_extra_folder(new)
        return lambda: self.ctx.backups.set_extra_folder(old)

    def fields(self) -> dict[str, QWidget]:
        return {}

    def show_error(self, exc) -> None:  # noqa: ANN001
        super().show_error(exc)
        self.choose_button.setFocus()
