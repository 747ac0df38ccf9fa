"""Exporting a month's summary ("Ekspor ringkasan bulanan"): the signed PDF (which locks the
month), the unsigned PDF for the official signing tools, e-Kinerja's "Progres Harian" XLSX and
CSV; the PDF's fixed texts in Indonesian or English ("Bahasa laporan", remembered per data
folder). The box reporting the file written and the language choice are in
``views.export_result``, the kinds of file and their suggested names in ``views.export_kinds``,
and running the export in ``views.export_run``.

The export runs off the GUI thread (``workers.run_task``: signing may wait on a timestamp
server), through the export service, which opens its own session. Meanwhile the dialog keeps
painting, shows a busy cursor, disables its controls and cannot be closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.export import ExportResult
from absensi_app.signing import keys
from absensi_app.views.sizing import fit_height
from absensi_app.views.evidence_box import EvidenceBox
from absensi_app.views.export_kinds import (
    CSV,
    EXTENSIONS,
    KINDS,
    SIGNED,
    UNSIGNED,
    XLSX,
    default_file_name,
    default_folder,
    default_month,
)
from absensi_app.views.export_result import ExportResultBox, ReportLanguageRow
from absensi_app.views.export_run import ExportRun
from absensi_app.views.key_dialog import open_key_dialog
from absensi_app.views.formatting import date_text, month_name, month_year
from absensi_app.views.labels import error_text

_ERR_STYLE = "color: #b3261e;"
_WARN_STYLE = "color: #8a5300;"
_HINT_STYLE = "color: palette(placeholder-text);"


class ExportDialog(ExportRun, QDialog):
    """Emits ``exported(ExportResult)`` after every file written; ``export()`` and ``busy`` come
    from ``ExportRun``."""

    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder or default_folder()
        self.last_result: ExportResult | None = None
        self._identity: keys.Identity | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Ekspor ringkasan bulanan"))
        today = ctx.clock.today()

        # ---- month -------------------------------------------------------------------------
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(month_name(month), month)
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        year, month = default_month(today)
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
        self.month_state = QLabel()
        self.month_state.setWordWrap(True)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month)
        month_row.addWidget(self.year)
        month_row.addWidget(self.month_state, 1)
        month_box = QGroupBox(self.tr("Bulan"))
        month_box.setLayout(month_row)

        # ---- format ------------------------------------------------------------------------
        format_box = QGroupBox(self.tr("Format"))
        fl = QVBoxLayout(format_box)
        fl.setSpacing(2)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        choices = (
            (SIGNED, self.tr("PDF &bertanda tangan"), self.tr("ditandatangani dengan kunci Anda; bulan itu lalu dikunci")),
            (
                UNSIGNED,
                self.tr("PDF &tanpa tanda tangan (untuk aplikasi resmi)"),
                self.tr("untuk ditandatangani di aplikasi TTE kantor; bulan tidak dikunci"),
            ),
            (XLSX, self.tr("&XLSX Progres Harian e-Kinerja"), self.tr("satu baris per kegiatan, siap diimpor ke e-Kinerja BKN")),
            (CSV, self.tr("&CSV"), self.tr("kolom yang sama, ditambah Lokasi dan Menit")),
        )
        for i, (kind, text, hint) in enumerate(choices):
            button = QRadioButton(text)
            self.kinds.addButton(button, i)
            self.kind_buttons[kind] = button
            note = QLabel(hint)
            note.setStyleSheet(_HINT_STYLE)
            note.setIndent(24)
            note.setWordWrap(True)
            fl.addWidget(button)
            fl.addWidget(note)
        self.kind_buttons[SIGNED].setChecked(True)
        self.compact = QCheckBox(self.tr("Tabel kegiatan &ringkas"))
        self.compact.setToolTip(
            self.tr("Kegiatan sehari dikelompokkan di bawah satu baris tanggal: bulan yang padat muat di lebih sedikit halaman.")
        )
        compact_note = QLabel(self.tr("untuk PDF: kegiatan sehari di bawah satu baris tanggal, lebih sedikit halaman"))
        compact_note.setStyleSheet(_HINT_STYLE)
        compact_note.setIndent(24)
        compact_note.setWordWrap(True)
        fl.addSpacing(6)
        fl.addWidget(self.compact)
        fl.addWidget(compact_note)
        self.evidence = EvidenceBox()
        fl.addSpacing(6)
        fl.addWidget(self.evidence)
        self.language = ReportLanguageRow(ctx.export.report_language())
        fl.addSpacing(6)
        fl.addWidget(self.language)

        # ---- signing -----------------------------------------------------------------------
        self.sign_box = QGroupBox(self.tr("Tanda tangan"))
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.create_key_button = QPushButton(self.tr("Buat kunci tanda tangan\u2026"))
        self.create_key_button.clicked.connect(self.open_keys)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_state, 1)
        key_row.addWidget(self.create_key_button, 0, Qt.AlignTop)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(keys.MAX_PASSPHRASE)
        self.passphrase.setPlaceholderText(self.tr("frasa sandi kunci tanda tangan"))
        self.passphrase.returnPressed.connect(self.export)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet(_WARN_STYLE)
        sl = QFormLayout(self.sign_box)
        sl.addRow(key_row)
        sl.addRow(self.tr("&Frasa sandi"), self.passphrase)
        sl.addRow(self.lock_note)

        # ---- feedback and buttons ----------------------------------------------------------
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERR_STYLE + " font-weight: 600;")
        self.error.hide()
        self.result_box = ExportResultBox()
        self.result_label = self.result_box.label
        self.warning = self.result_box.warning
        self.open_folder_button = self.result_box.open_folder_button
        self.open_folder_button.clicked.connect(self.open_folder)

        self.export_button = QPushButton(self.tr("&Ekspor\u2026"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(month_box)
        layout.addWidget(format_box)
        layout.addWidget(self.sign_box)
        layout.addWidget(self.error)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.export_button)

        self.month.currentIndexChanged.connect(self._update)
        self.year.valueChanged.connect(self._update)
        self.kinds.idToggled.connect(lambda _id, on: on and self._update())
        self._refresh_key()
        self._update()
        (self.passphrase if self._identity is not None else self.export_button).setFocus()

    # ---- state ---------------------------------------------------------------------------
    def _fit(self) -> None:
        fit_height(self)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self._fit()

    def kind(self) -> str:
        return KINDS[max(0, self.kinds.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def selected_month(self) -> tuple[int, int]:
        return self.year.value(), int(self.month.currentData())

    def set_month(self, year: int, month: int) -> None:
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)

    def _refresh_key(self) -> None:
        try:
            self._identity = self.ctx.keys.identity()
        except AbsensiError as exc:
            self._identity = None
            self.key_state.setText(error_text(exc))
            self.key_state.setStyleSheet(_ERR_STYLE)
            self.create_key_button.setText(self.tr("Kunci tanda tangan\u2026"))
            return
        identity = self._identity
        if identity is None:
            self.key_state.setText(
                self.tr(
                    "Belum ada kunci tanda tangan. Buat kunci sekarang (dilindungi frasa sandi "
                    "Anda), atau pilih PDF tanpa tanda tangan untuk ditandatangani di aplikasi resmi."
                )
            )
            self.key_state.setStyleSheet(_WARN_STYLE)
            self.create_key_button.setText(self.tr("Buat kunci tanda tangan\u2026"))
            self.create_key_button.show()
            return
        until = identity.not_after.astimezone()
        text = self.tr("Sertifikat: {name} (NIP {nip}), {key_type}, berlaku s.d. {until}.").format(
            name=identity.name,
            nip=identity.nip or "\u2013",
            key_type=identity.key_type,
            until=date_text(until.date()),
        )
        profile = self.ctx.profile.get()
        style = ""
        if profile is not None and identity.nip and identity.nip != profile.nip:
            text += " " + self.tr(
                "NIP sertifikat berbeda dengan NIP profil ({nip}): buat kunci baru untuk profil ini."
            ).format(nip=profile.nip)
            style = _ERR_STYLE
        self.key_state.setText(text)
        self.key_state.setStyleSheet(style)
        self.create_key_button.setText(self.tr("Kunci tanda tangan\u2026"))
        self.create_key_button.show()

    def _update(self) -> None:
        year, month = self.selected_month()
        signed = self.kind() == SIGNED
        self.sign_box.setVisible(signed)
        self.compact.setEnabled(self.kind() in (SIGNED, UNSIGNED) and not self._busy)
        self.language.setEnabled(self.kind() in (SIGNED, UNSIGNED) and not self._busy)
        self.error.hide()
        name = month_year(year, month)
        try:
            self.ctx.export.check_month(year, month)
        except AbsensiError as exc:
            self.month_state.setText(error_text(exc))
            self.month_state.setStyleSheet(_ERR_STYLE)
            self.export_button.setEnabled(False)
            self.lock_note.setText("")
            return
        self._refresh_evidence(year, month)
        key = f"{year:04d}-{month:02d}"
        lock = self.ctx.locks.get(key)
        revision = self.ctx.locks.next_revision(key)
        if lock is None:
            self.month_state.setText(self.tr("Belum pernah diekspor bertanda tangan."))
            self.month_state.setStyleSheet(_HINT_STYLE)
        elif lock.locked:
            self.month_state.setText(
                self.tr("Terkunci: ringkasan revisi {revision} diekspor {when}.").format(
                    revision=lock.revision, when=lock.exported_at.strftime("%d-%m-%Y %H:%M")
                )
            )
            self.month_state.setStyleSheet(_WARN_STYLE)
        else:
            self.month_state.setText(
                self.tr("Kunci dibuka sesudah revisi {revision}.").format(revision=lock.revision)
            )
            self.month_state.setStyleSheet(_HINT_STYLE)
        if lock is not None and lock.locked:
            self.lock_note.setText(
                self.tr(
                    "{month} sudah terkunci. Ekspor bertanda tangan sekarang menghasilkan lagi "
                    "revisi {revision} dengan data yang sama."
                ).format(month=name, revision=revision)
            )
        else:
            self.lock_note.setText(
                self.tr(
                    "Menandatangani mengunci {month}: kegiatan dan status hari bulan itu tidak bisa "
                    "diubah sampai kuncinya dibuka (Berkas \u203a Buka kunci bulan; alasannya "
                    "dicatat di riwayat). Ringkasan ini menjadi revisi {revision}; ekspor bertanda "
                    "tangan sesudah kunci dibuka menjadi revisi {next}."
                ).format(month=name, revision=revision, next=revision + 1)
            )
        self.passphrase.setEnabled(self._identity is not None)
        self.export_button.setEnabled(not signed or self._identity is not None)
        if self.isVisible():
            self._fit()

    def _refresh_evidence(self, year: int, month: int) -> None:
        summary = None
        if self.kind() in (SIGNED, UNSIGNED):
            try:
                summary = self.ctx.export.evidence_summary(year, month)
            except AbsensiError:  # no profile yet: the export itself says so
                summary = None
        self.evidence.show_summary(summary)

    # ---- actions -------------------------------------------------------------------------
    def open_keys(self) -> None:
        open_key_dialog(self.ctx, self)
        self._refresh_key()
        self._update()
        if self._identity is not None and self.kind() == SIGNED:
            self.passphrase.setFocus()

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit()
        if focus is not None:
            focus.setFocus()

    def reject(self) -> None:  # Esc, the window's close button, "Tutup"
        if not self._busy:
            super().reject()


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None, folder: Path | None = None,
                       on_export=None) -> Path:  # noqa: ANN001
    """Show the dialog modally; returns the folder last written to (for the next time)."""
    dialog = ExportDialog(ctx, parent, folder)
    if on_export is not None:
        dialog.exported.connect(on_export)
    dialog.exec()
    folder = dialog.folder
    dialog.deleteLater()
    return folder


__all__ = [
    "CSV", "EXTENSIONS", "KINDS", "SIGNED", "UNSIGNED", "XLSX", "ExportDialog", "default_file_name", "default_folder",
    "default_month", "open_export_dialog",
]  # fmt: skip
