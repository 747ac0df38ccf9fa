"""Two parts of the export dialog (``views.export_dialog``): the box that reports the file just
written (``ExportResultBox``: what was saved, where, its pages and SHA-256, the evidence files,
the e-Kinerja warning, "Buka folder") and the "Bahasa laporan" choice of the PDF's fixed texts
(``ReportLanguageRow``: Indonesia or English, remembered per data folder through
``ExportService.report_language``).

Their texts stay in the "ExportDialog" translation context, where they were before the split.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from absensi_app.services.export import ExportResult
from absensi_app.views.formatting import month_year

_OK_STYLE = "color: #1b6e2a;"
_WARN_STYLE = "color: #8a5300;"
_HINT_STYLE = "color: palette(placeholder-text);"
#: The report languages as the choice offers them: (code, name in its own language).
REPORT_LANGUAGES = (("id", "Indonesia"), ("en", "English"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ReportLanguageRow(QWidget):
    """"Bahasa laporan: [Indonesia | English]" with a hint; ``language()`` is the code."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in REPORT_LANGUAGES:  # each language by its own name: never translated
            self.combo.addItem(name, code)
        self.set_language(language)
        self.combo.setToolTip(_tr(
            "Bahasa judul, kolom, nama bulan dan hari, tanggal dan angka di PDF. Uraian kegiatan "
            "tetap seperti yang Anda tulis; data bertanda tangan di dalamnya sama untuk keduanya."
        ))
        label = QLabel(_tr("Bahasa la&poran:"))
        label.setBuddy(self.combo)
        hint = QLabel(_tr("untuk PDF: judul, kolom, tanggal dan angka; XLSX dan CSV tetap berkolom e-Kinerja"))
        hint.setStyleSheet(_HINT_STYLE)
        hint.setIndent(24)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(hint)

    def language(self) -> str:
        return str(self.combo.itemData(self.combo.currentIndex()))

    def set_language(self, language: str) -> None:
        index = self.combo.findData(language)
        self.combo.setCurrentIndex(max(0, index))


class ExportResultBox(QFrame):
    """The framed report of the last file written; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.RichText)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARN_STYLE + " font-weight: 600;")
        self.warning.hide()
        self.open_folder_button = QPushButton(_tr("Buka folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_folder_button)
        layout.addLayout(row)
        self.hide()

    def show_result(self, r: ExportResult) -> None:
        year, month = int(r.month[:4]), int(r.month[5:7])
        name = month_year(year, month)
        path = html.escape(str(r.path))
        if r.format == "pdf" and r.signed:
            head = _tr("Ringkasan {month} revisi {revision} ditandatangani dan disimpan.").format(
                month=name, revision=r.revision
            )
            tail = _tr("{month} sekarang terkunci.").format(month=name)
        elif r.format == "pdf":
            head = _tr("Ringkasan {month} <b>tanpa tanda tangan</b> disimpan.").format(month=name)
            tail = _tr("Tandatangani PDF ini di aplikasi resmi. Bulan tidak dikunci.")
        else:
            head = _tr("{rows} kegiatan {month} ditulis ({format}).").format(
                rows=r.rows, month=name, format=r.format.upper()
            )
            tail = ""
        lines = [f"<span style='{_OK_STYLE}'>\u2713 <b>{head}</b></span>", path]
        if r.format == "pdf":
            lines.append(_tr("{pages} halaman \u2022 SHA-256 {sha}\u2026").format(pages=r.pages, sha=r.sha256[:16]))
        if r.attachments:
            attached = sum(1 for a in r.attachments if a.attached)
            lines.append(_tr("Bukti dukung: {n} berkas dilampirkan, {left} tidak dilampirkan.").format(
                n=attached, left=len(r.attachments) - attached))
        if tail:
            lines.append(tail)
        self.label.setText("<br>".join(lines))
        self.label.setToolTip(f"SHA-256: {r.sha256}" if r.sha256 else "")
        if r.without_action:
            self.warning.setText(
                _tr(
                    "Perhatian: {n} dari {rows} kegiatan belum punya Rencana Aksi. e-Kinerja "
                    "melewati baris seperti itu tanpa pemberitahuan; pilih Rencana Aksinya pada "
                    "kegiatan tersebut lalu ekspor lagi."
                ).format(n=r.without_action, rows=r.rows)
            )
            self.warning.show()
        else:
            self.warning.hide()
        self.show()
