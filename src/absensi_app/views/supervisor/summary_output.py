"""Printing the summary open in the viewer ("Cetak…", Ctrl+P) and saving a copy of it
("Simpan salinan…", Ctrl+S).

The pages printed are those on screen: the print copy the viewer shows
(``services.print_copy``, with the signature stamps drawn in), each rendered by Qt's PDF
renderer and scaled onto the paper. Every printed page also carries the decision in its top
margin (``print_mark``: approved, returned with the start of the note, or no decision yet),
so a page printed alone, or a range without the last page, still says what was decided. Only a file whose verdict is "sah" is printed: paper
carries no signature check, so a changed, unsigned, forged or not yet trusted file is never
put on paper from here. A copy is the exact bytes opened, written through the one atomic
writer (never into the data folder); it keeps its signatures, so it verifies as the original.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Decision, Outcome, Verdict
from absensi_app.views import prompts
from absensi_app.views.labels import error_text, predikat_label
from absensi_app.views.formatting import numeric_date
from absensi_app.views.supervisor.verdict_text import (
    GREY_COLOURS,
    MUTED_STYLE,
    OK_COLOURS,
    OK_STYLE,
    RETURNED_COLOURS,
    clip,
    verdict_word,
)

MAX_PRINT_DPI = 300  # pages are rendered at most this fine (a 1200 dpi A4 page would be 550 MB)
MARK_TOP, MARK_SIZE = 8.0, 8.0  # points from the page's top edge, font size: above the running header


def print_mark(verdict: Verdict) -> tuple[str, str]:
    """The line printed at the top of every page of a "sah" file, and its colour."""
    approval, supervisor = verdict.approval, verdict.supervisor
    decision = verdict.trusted_decision
    if decision is None or approval is None or supervisor is None:
        return QCoreApplication.translate("SummaryViewer", "BELUM ADA KEPUTUSAN PEJABAT PENILAI"), GREY_COLOURS[2]
    when = numeric_date(approval.at) if approval.at else "-"
    if decision is Decision.APPROVED:
        text = QCoreApplication.translate("SummaryViewer", "DISETUJUI oleh {name}, {date}").format(
            name=clip(supervisor.name, 80), date=when)
        if approval.rating and approval.rating.predikat:
            text += QCoreApplication.translate("SummaryViewer", " \u2014 Predikat: {predikat}").format(
                predikat=clip(predikat_label(approval.rating.predikat), 40))
        return text, OK_COLOURS[2]
    text = QCoreApplication.translate("SummaryViewer", "DIKEMBALIKAN UNTUK DIPERBAIKI oleh {name}, {date}").format(
        name=clip(supervisor.name, 80), date=when)
    if approval.note:
        text += QCoreApplication.translate("SummaryViewer", " \u2014 Catatan: {note}").format(note=clip(approval.note, 90))
    return text, RETURNED_COLOURS[1]


def print_pages(document: QPdfDocument, printer: QPrinter, mark: tuple[str, str] | None = None) -> int:
    """Paint ``document``'s pages (the printer's page range, if one is set) onto ``printer``,
    each scaled to fit the paper and centred, with ``mark`` (text, colour) in each page's top
    margin. Returns the number of pages printed."""
    count = document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    if count == 0:
        return 0
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, max(printer.fromPage(), printer.toPage()))
    if first > last:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                                    options)  # fmt: skip
            area = QRectF(painter.viewport())
            scale = min(area.width() / points.width(), area.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                            width, height)  # fmt: skip
            painter.drawImage(target, image)
            if mark is not None:
                _draw_mark(painter, target, scale, *mark)
            printed += 1
    finally:
        painter.end()
    return printed


def _draw_mark(painter: QPainter, page: QRectF, scale: float, text: str, colour: str) -> None:
    """``text`` in bold ``colour``, centred in the page's top margin, elided to the page width."""
    painter.save()
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(1, round(MARK_SIZE * scale)))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    line = QRectF(page.x() + 20 * scale, page.y() + MARK_TOP * scale, page.width() - 40 * scale,
                  MARK_SIZE * 1.6 * scale)  # fmt: skip
    shown = painter.fontMetrics().elidedText(text, Qt.ElideRight, round(line.width()))
    painter.drawText(line, Qt.AlignHCenter | Qt.AlignVCenter, shown)
    painter.restore()


class SummaryOutput:
    """Mixed into ``SummaryViewer``: ``print_summary()`` (the print dialog), ``print_to(printer)``
    (what the dialog runs, also for tests), ``save_copy(path=None)``. Uses the viewer's
    ``data``, ``verdict``, ``name``, ``path``, ``ctx``, ``pdf_document`` and ``right``."""

    print_dialog: QPrintDialog | None = None

    def update_output_actions(self) -> None:
        """Enable "Cetak…" for a file shown as "sah", "Simpan salinan…" for any file read."""
        verdict = self.verdict
        can_print = verdict is not None and verdict.outcome is Outcome.VALID and self.data is not None
        self.print_action.setEnabled(can_print)
        self.print_action.setToolTip(
            QCoreApplication.translate("SummaryViewer", "Cetak halaman ringkasan ini") if can_print
            else QCoreApplication.translate("SummaryViewer", "Hanya ringkasan yang sah yang bisa dicetak dari sini.")
        )  # fmt: skip
        self.save_copy_action.setEnabled(self.data is not None)

    def _printable(self) -> bool:
        verdict = self.verdict
        if self.data is None or verdict is None:
            return False
        if verdict.outcome is not Outcome.VALID:
            prompts.error(self, QCoreApplication.translate("SummaryViewer", "Cetak"), QCoreApplication.translate("SummaryViewer", 
                "Hanya ringkasan yang sah yang bisa dicetak dari sini: di kertas tanda tangannya tidak "
                "bisa diperiksa lagi. Berkas ini: {word}.").format(word=verdict_word(verdict)))  # fmt: skip
            return False
        return True

    def print_summary(self) -> QPrintDialog | None:
        """Qt's print dialog for the open summary; printing starts when it is accepted."""
        if not self._printable():
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the summary's pages carry their own margins
        printer.setDocName(Path(self.name or "ringkasan.pdf").stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("SummaryViewer", "Cetak ringkasan"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.pdf_document.pageCount()))
        dialog.accepted.connect(lambda p=printer: self.print_to(p))
        dialog.finished.connect(lambda _result, d=dialog: self._print_dialog_done(d))
        self.print_dialog = dialog
        QDialog.open(dialog)  # window-modal, not blocking (QPrintDialog.open wants a slot to call)
        return dialog

    def _print_dialog_done(self, dialog: QPrintDialog) -> None:
        if self.print_dialog is dialog:
            self.print_dialog = None
        dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> int:
        """Print the open summary's pages on ``printer``; returns how many were printed."""
        if not self._printable():
            return 0
        self.setCursor(Qt.BusyCursor)
        try:
            printed = print_pages(self.pdf_document, printer, print_mark(self.verdict))
        finally:
            self.unsetCursor()
        if printed:
            self.statusBar().showMessage(QCoreApplication.translate("SummaryViewer", "{n} halaman dicetak.").format(n=printed), 8000)
        else:
            prompts.error(self, QCoreApplication.translate("SummaryViewer", "Cetak"), QCoreApplication.translate("SummaryViewer", "Ringkasan ini tidak bisa dicetak (printer tidak siap atau "
                                                  "halamannya tidak bisa dibaca)."))  # fmt: skip
        return printed

    def save_copy(self, path: str | Path | None = None) -> Path | None:
        """Write the exact bytes opened to a file the user picks (never into the data folder)."""
        if self.data is None:
            return None
        title = QCoreApplication.translate("SummaryViewer", "Simpan salinan")
        if path is None:
            suggested = str(Path.home() / (Path(self.name).name or "ringkasan.pdf"))
            chosen = prompts.save_file(self, QCoreApplication.translate("SummaryViewer", "Simpan salinan ringkasan"), suggested, QCoreApplication.translate("SummaryViewer", "PDF (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:  # the one atomic writer: never a target inside the data folder, no temp file left
            self.ctx.files.write(target, self.data, "Berkas")
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        style = OK_STYLE if self.verdict is not None and self.verdict.outcome is Outcome.VALID else MUTED_STYLE
        self.right.show_notice(QCoreApplication.translate("SummaryViewer", "Salinan persis berkas ini disimpan ke {path}.").format(path=clip(target, 300)),
                               style)  # fmt: skip
        return target
