"""Checking a monthly summary PDF ("Periksa ringkasan"): the pages on the left
(``summary_pages``), and on the right the verdict, the signers, the signed data in short and
the supervisor's decision (``verdict_panel``). The supervisor approves or returns the summary
from here (``review_actions``, through ``decision_dialog``); the employee applies the decision
the supervisor sent back (``apply_decision``).

Everything shown about the file comes from ``ctx.verification`` (the same verdict as
``absensi verify``); nothing of a changed file is presented as fact. The file is verified off
the GUI thread (``views.workers.run_task``): the window says "Memeriksa…" meanwhile and stays
responsive, and only the verdict of the file opened last is ever shown.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar, QWidget

from absensi_app.domain.verdict import Verdict
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.signing.verify import MAX_PDF_BYTES  # a light module: pyHanko is imported inside its functions
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.language import Retranslated
from absensi_app.views.supervisor.apply_decision import EmployeeDecision
from absensi_app.views.supervisor.review_actions import ReviewActions
from absensi_app.views.supervisor.summary_output import SummaryOutput
from absensi_app.views.supervisor.summary_pages import SummaryPages
from absensi_app.views.supervisor.verdict_panel import VerdictPanel
from absensi_app.views.supervisor.verdict_parts import SignerPanel
from absensi_app.views.supervisor.verdict_text import clip
from absensi_app.views.workers import run_task

log = logging.getLogger(__name__)


class SummaryViewer(Retranslated, EmployeeDecision, ReviewActions, SummaryOutput, QMainWindow):
    """``open_file(path)`` / ``open_bytes(data, name)`` show a summary and its verdict.

    The verdict arrives from a worker thread; both return it when it is already known (a file
    refused at once, or the inline runner of the tests), else None. ``checking`` is True
    meanwhile. Signals: ``verified(verdict)`` after every verdict shown, ``trust_changed()``
    after a certificate was trusted here, ``decision_applied(month, state)`` after the employee
    applied the supervisor's decision (state "disetujui" or "dikembalikan"), and
    ``decision_saved(path)`` after the supervisor wrote a countersigned file. "Cetak…" and
    "Simpan salinan…" come from ``SummaryOutput``, "Terapkan keputusan" from ``EmployeeDecision``,
    approving, returning and trusting a signer from ``ReviewActions``.
    """

    verified = Signal(object)
    trust_changed = Signal()
    decision_applied = Signal(str, str)
    decision_saved = Signal(str)

    PAGES, PLACEHOLDER = SummaryPages.PAGES, SummaryPages.PLACEHOLDER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: Verdict | None = None
        self.data: bytes | None = None
        self.path: Path | None = None
        self.name = ""
        self.decision_dialog = None  # the DecisionDialog open (ReviewActions)
        self.trust_dialog = None
        self._ticket = 0  # the check whose verdict may be shown; a newer one makes older ones void
        self._pending: int | None = None
        self.setWindowTitle(self.tr("Periksa ringkasan"))
        self.setAcceptDrops(True)
        self.resize(1320, 880)

        self._build_panels()
        self._build_toolbar()
        self.right.show_empty()
        self.left.show_message(self.tr("Belum ada berkas yang dibuka."))

    def _build_panels(self) -> None:
        """The pages on the left, the verdict on the right (made again for a new language)."""
        self.left = SummaryPages()
        self.pdf_document, self.pdf_view = self.left.document, self.left.view
        self.pages_banner, self.page_count = self.left.banner, self.left.page_count
        self.placeholder_text, self.show_pages_button = self.left.placeholder_text, self.left.show_pages_button
        self.right = VerdictPanel(self.ctx)
        self.right.trust_requested.connect(self.trust_signer)
        r = self.right
        self.banner, self.status_word, self.headline, self.notice = r.banner, r.status_word, r.headline, r.notice
        self.file_label, self.month_label, self.additions, self.problems = (
            r.file_label, r.month_label, r.additions, r.problems)  # fmt: skip
        self.decision_box, self.data_box, self.no_data = r.decision_box, r.data_box, r.no_data
        self.approve_button, self.return_button, self.apply_button = r.approve_button, r.return_button, r.apply_button
        self.action_hint, self.result = r.action_hint, r.result
        self.approve_button.clicked.connect(lambda: self.start_approve())
        self.return_button.clicked.connect(lambda: self.start_return())
        self.apply_button.clicked.connect(lambda: self.apply_decision())

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 560])
        self.setCentralWidget(splitter)  # the one before (another language) is deleted

    def retranslate(self) -> None:
        """Qt's LanguageChange (``views.language.switch``): the window is made again in the
        language now active and the file it shows is read and verified again (its verdict in
        the new language); a decision dialog still open is closed."""
        self._close_decision_dialog()
        self.pdf_document.close()
        self.removeToolBar(self._toolbar)
        self._toolbar.deleteLater()
        for action in self._toolbar_actions:
            action.deleteLater()
        self._build_panels()
        self._build_toolbar()
        if self.data is not None or self.path is not None:
            self.reverify()
        else:
            self.setWindowTitle(self.tr("Periksa ringkasan"))
            self.right.show_empty()
            self.left.show_message(self.tr("Belum ada berkas yang dibuka."))
            self.update_output_actions()

    def _build_toolbar(self) -> None:
        bar = self._toolbar = QToolBar(self.tr("Ringkasan"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.open_action = QAction(self.tr("Buka berkas\u2026"), self)
        self.open_action.setShortcut(QKeySequence.Open)
        self.open_action.triggered.connect(lambda: self.choose_file())
        self.trust_action = QAction(self.tr("Sertifikat tepercaya\u2026"), self)
        self.trust_action.triggered.connect(lambda: self.open_trust_dialog())
        self.fit_action = QAction(self.tr("Sesuai lebar"), self)
        self.fit_action.triggered.connect(lambda: self.fit_width())
        self.zoom_out_action = QAction(self.tr("Perkecil"), self)
        self.zoom_out_action.setShortcut(QKeySequence.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom(1 / 1.25))
        self.zoom_in_action = QAction(self.tr("Perbesar"), self)
        self.zoom_in_action.setShortcut(QKeySequence.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.zoom(1.25))
        self.print_action = QAction(self.tr("Cetak\u2026"), self)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.triggered.connect(lambda: self.print_summary())
        self.save_copy_action = QAction(self.tr("Simpan salinan\u2026"), self)
        self.save_copy_action.setShortcut(QKeySequence.Save)
        self.save_copy_action.setToolTip(self.tr("Simpan salinan persis berkas ini, dengan tanda tangannya"))
        self.save_copy_action.triggered.connect(lambda: self.save_copy())
        for action in (self.print_action, self.save_copy_action):
            action.setEnabled(False)
        bar.addAction(self.open_action)
        bar.addAction(self.save_copy_action)
        bar.addAction(self.print_action)
        bar.addAction(self.trust_action)
        bar.addSeparator()
        bar.addAction(self.fit_action)
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addWidget(self.page_count)
        self.addToolBar(bar)
        self._toolbar_actions = [self.open_action, self.trust_action, self.fit_action, self.zoom_out_action,
                                 self.zoom_in_action, self.print_action, self.save_copy_action]

    @property
    def signer_panels(self) -> list[SignerPanel]:
        return self.right.signer_panels

    @property
    def checking(self) -> bool:
        """A file is being verified; its verdict is not on screen yet."""
        return self._pending is not None

    # ---- opening -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = prompts.open_file(self, self.tr("Buka ringkasan bulanan"), self.tr("PDF (*.pdf);;Semua berkas (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path, keep_notice: bool = False) -> Verdict | None:
        """Read, verify and show ``path``. Never raises for a bad file: the verdict says why.

        Read through the one reader of user files: a FIFO, a device (``/dev/zero``) or a
        folder is refused at once (never a frozen window), and at most 50 MB is read."""
        path = Path(path)
        try:
            data = self.ctx.files.read(path, MAX_PDF_BYTES, "Berkas")
        except FileRefused as exc:
            self._ticket += 1
            self._pending = None
            self._show(None, path.name, path, Verdict(False, error_text(exc)), keep_notice)
            return self.verdict
        return self._check(data, path.name, path, keep_notice)

    def open_bytes(self, data: bytes, name: str = "") -> Verdict | None:
        """Verify and show a summary received as bytes (e.g. from an e-mail attachment)."""
        return self._check(bytes(data), name or self.tr("ringkasan.pdf"), None)

    def reverify(self) -> Verdict | None:
        """Verify the open file again (after the trust store changed)."""
        if self.data is None:
            if self.path is not None:
                return self.open_file(self.path, keep_notice=True)
            return None
        return self._check(self.data, self.name, self.path, keep_notice=True)

    def _check(self, data: bytes, name: str, path: Path | None, keep_notice: bool = False) -> Verdict | None:
        self._ticket += 1
        ticket = self._pending = self._ticket
        self._close_decision_dialog()
        self.data, self.name, self.path, self.verdict = data, name, path, None
        self._show_title(name, path)
        self.right.show_checking(name, keep_notice)
        self.left.show_message(self.tr("Memeriksa\u2026"))
        self.page_count.clear()
        self.update_output_actions()
        self.setCursor(Qt.BusyCursor)
        verification = self.ctx.verification.snapshot()  # the worker never uses the database

        def failed(exc: Exception) -> None:
            log.error("summary could not be verified", exc_info=exc)
            checked((Verdict(False, self.tr("Berkas ini tidak bisa diperiksa.")), None))

        def checked(result: tuple[Verdict, bytes | None]) -> None:
            verdict, pages = result
            if ticket == self._ticket:  # else another file was opened meanwhile
                self._pending = None
                self._show(data, name, path, verdict, keep_notice, pages)

        run_task(lambda: _verify_and_draw(verification, data), checked, failed, parent=self)
        return self.verdict if self._pending != ticket and ticket == self._ticket else None

    # ---- drag and drop ---------------------------------------------------------------------
    @staticmethod
    def _dropped_files(event) -> list[Path]:  # noqa: ANN001
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(files[0])
        if len(files) > 1:
            self.statusBar().showMessage(
                self.tr("Hanya berkas pertama yang dibuka ({name}).").format(name=files[0].name), 8000
            )

    # ---- showing ---------------------------------------------------------------------------
    def fit_width(self) -> None:
        self.left.fit_width()

    def zoom(self, factor: float) -> None:
        self.left.zoom(factor)

    def show_pages_anyway(self) -> None:
        self.left.show_pages_anyway()

    def _show_title(self, name: str, path: Path | None) -> None:
        self.setWindowTitle(self.tr("Periksa ringkasan \u2014 {name}").format(name=clip(name, 80)))
        self.statusBar().showMessage(str(path) if path else name)

    def _show(self, data: bytes | None, name: str, path: Path | None, verdict: Verdict,
              keep_notice: bool = False, pages: bytes | None = None) -> None:  # fmt: skip
        """``pages``: what the left side shows (the print copy, stamps drawn in), else ``data``."""
        self.data, self.name, self.path, self.verdict = data, name, path, verdict
        self._close_decision_dialog()
        self.unsetCursor()
        self._show_title(name, path)
        self.right.show_verdict(verdict, name, keep_notice)
        self.left.show_file(pages if pages is not None and data is not None else data, verdict)
        self.update_output_actions()
        self.verified.emit(verdict)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        for dialog in (self.decision_dialog, self.trust_dialog, self.print_dialog):
            if dialog is not None:
                dialog.close()
        self.pdf_document.close()
        super().closeEvent(event)


def _verify_and_draw(verification, data: bytes) -> tuple[Verdict, bytes | None]:  # noqa: ANN001
    """On the worker: the verdict, and the pages to show with the signature stamps drawn in
    (Qt's renderer does not draw them; ``services.print_copy``)."""
    verdict = verification.verify(data)
    if not (verdict.readable and verdict.signed):
        return verdict, None
    from absensi_app.services.print_copy import print_copy

    return verdict, print_copy(data)
