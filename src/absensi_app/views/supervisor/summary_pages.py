"""The left side of the summary viewer: the pages of the PDF, or a placeholder. The pages of a
changed or unsigned file are hidden until asked for, and then carry a warning; those of a file
whose signer is not known yet carry a banner."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from absensi_app.domain.verdict import Outcome, Verdict
from absensi_app.views.supervisor.panel_widgets import plain_label, scaled_font
from absensi_app.views.supervisor.verdict_text import (
    ALARM_COLOURS,
    BAD_COLOURS,
    ERR_STYLE,
    FORGED_COLOURS,
    WARN_COLOURS,
)


class SummaryPages(QStackedWidget):
    """``show_file(data, verdict)`` shows the pages as the verdict allows; ``show_message``
    a sentence in their place. ``page_count`` is a label for the toolbar."""

    PAGES, PLACEHOLDER = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._loaded: bytes | None = None
        self._forged = False  # the file shown is a forgery in the user's own name
        self.page_count = QLabel()
        self.page_count.setContentsMargins(12, 0, 0, 0)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.banner = plain_label()
        self.banner.hide()
        pages = QWidget()
        pl = QVBoxLayout(pages)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(0)
        pl.addWidget(self.banner)
        pl.addWidget(self.view, 1)
        self.placeholder_text = plain_label()
        self.placeholder_text.setAlignment(Qt.AlignCenter)
        self.placeholder_text.setFont(scaled_font(self.placeholder_text.font(), 1.2))
        self.show_pages_button = QPushButton(self.tr("Tetap tampilkan halamannya"))
        self.show_pages_button.setToolTip(self.tr("Isinya tidak bisa dipercaya; hanya untuk melihat berkas apa ini."))
        self.show_pages_button.clicked.connect(lambda: self.show_pages_anyway())
        placeholder = QWidget()
        placeholder.setObjectName("placeholder")
        placeholder.setStyleSheet("#placeholder { background: #f1f3f4; }")
        phl = QVBoxLayout(placeholder)
        phl.setContentsMargins(60, 24, 60, 24)
        phl.addStretch(1)
        phl.addWidget(self.placeholder_text)
        phl.addSpacing(12)
        phl.addWidget(self.show_pages_button, 0, Qt.AlignHCenter)
        phl.addStretch(2)
        self.addWidget(pages)
        self.addWidget(placeholder)

    def show_message(self, text: str, style: str = "") -> None:
        self.banner.hide()
        self.show_pages_button.hide()
        self.placeholder_text.setText(text)
        self.placeholder_text.setStyleSheet(style)
        self.setCurrentIndex(self.PLACEHOLDER)

    def show_file(self, data: bytes | None, verdict: Verdict) -> None:
        if data is None or not verdict.readable:
            self.unload()
            self.show_message(self.tr("Berkas ini tidak bisa ditampilkan."))
            return
        if data is not self._loaded or self.document.status() != QPdfDocument.Status.Ready:
            self.unload()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.ReadOnly)
            self.document.load(self._buffer)
            self._loaded = data
            self.fit_width()
        pages = self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
        if pages == 0:
            self.show_message(self.tr("Halaman berkas ini tidak bisa ditampilkan."))
            return
        self.page_count.setText(self.tr("{n} halaman").format(n=pages))
        self._forged = verdict.outcome is Outcome.FORGED
        if self._forged:
            # its pages carry a stamp in the user's own name that the user never made
            self.show_message(
                self.tr("Halaman berkas ini disembunyikan: berkas ini ditandatangani atas nama Anda "
                        "dengan sertifikat yang bukan milik Anda."), ERR_STYLE + "font-weight: bold;",
            )  # fmt: skip
            self.show_pages_button.show()
            return
        if verdict.outcome in (Outcome.INVALID, Outcome.UNSIGNED):
            # a changed or unsigned file: its pages are not shown as if they were the summary
            self.show_message(
                self.tr("Halaman berkas ini disembunyikan karena isinya tidak bisa dipastikan asli. "
                        "Minta pegawai mengirim ulang ringkasannya."), ERR_STYLE,
            )  # fmt: skip
            self.show_pages_button.show()
            return
        self.banner.hide()
        self.setCurrentIndex(self.PAGES)
        employee = verdict.employee
        if verdict.outcome is Outcome.CONFLICT:
            self._banner(ALARM_COLOURS, self.tr("AWAS: ditandatangani dengan sertifikat yang berbeda "
                                                "dari yang Anda percayai. Halaman ini bisa palsu."))  # fmt: skip
        elif verdict.outcome.unknown_signer and employee is not None and employee.known:
            self._banner(WARN_COLOURS, self.tr("Sertifikat pejabat penilai belum dikenal: cocokkan "
                                               "dulu sebelum mempercayai keputusannya."))  # fmt: skip
        elif verdict.outcome.unknown_signer:
            self._banner(WARN_COLOURS, self.tr("Penanda tangan belum dikenal: cocokkan dulu "
                                               "sebelum mempercayai halaman ini."))  # fmt: skip

    def unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._loaded = None
        self.page_count.clear()

    def _banner(self, colours: tuple[str, str, str], text: str) -> None:
        background, border, fg = colours
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {background}; color: {fg}; border-bottom: 2px solid {border}; padding: 8px;"
            "font-weight: bold;"
        )
        self.banner.show()

    def show_pages_anyway(self) -> None:
        if self.document.pageCount() == 0:
            return
        if self._forged:
            self._banner(FORGED_COLOURS, self.tr("PALSU: tanda tangan atas nama Anda di halaman ini "
                                                 "bukan buatan Anda. Jangan jadikan pegangan."))  # fmt: skip
        else:
            self._banner(BAD_COLOURS, self.tr("BERKAS TIDAK SAH: halaman di bawah ini tidak bisa "
                                              "dijadikan pegangan."))  # fmt: skip
        self.setCurrentIndex(self.PAGES)

    # ---- zoom ------------------------------------------------------------------------------
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # FitToWidth computes its own factor; start from what is on screen
            page = self.document.pagePointSize(0)
            viewport = self.view.viewport().width()
            if page.width() > 0 and viewport > 0:
                current = viewport / (page.width() * self.logicalDpiX() / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))
