"""The recap window's scan: a folder of summary PDFs verified off the GUI thread
(``services.recap.scan_folder`` through ``workers.run_task``) with its progress row and "Batal",
then the rows handed to the team table. A mixin of ``RecapWindow`` (its strings are under that
context; the window owns the signals ``progressed`` and ``finished``)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.recap import RecapRow, list_pdfs, scan_folder
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.verdict_text import clip
from absensi_app.views.workers import on_gui_thread, run_task

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecapWindow", text)


class RecapScan:
    """``scan(folder)``, ``rescan()``, ``choose_folder()``, ``cancel()`` and ``busy``; uses the
    window's ``ctx``, ``folder``, the progress row's widgets, ``summary``, ``stale``,
    ``set_rows`` and ``_update_actions``."""

    @property
    def busy(self) -> bool:
        return self._scanning

    def choose_folder(self) -> bool:
        folder = prompts.open_folder(self, _tr("Pilih folder ringkasan staf"))
        return self.scan(folder) if folder else False

    def rescan(self) -> bool:
        return self.scan(self.folder) if self.folder is not None else self.choose_folder()

    def scan(self, folder: str | Path) -> bool:
        """Start checking ``folder``; False (with a message) when it cannot be read."""
        if self.busy:
            return False
        folder = Path(folder)
        try:
            total = len(list_pdfs(folder))
        except AbsensiError as exc:
            prompts.error(self, _tr("Rekap tim"), error_text(exc))
            return False
        # taken here, on the GUI thread: the worker never touches the database
        verification = self.ctx.verification.snapshot()
        self.folder = folder
        self.error = ""
        self.was_cancelled = False
        self.stale.hide()
        self.folder_label.setText(_tr("Folder: {path}").format(path=str(folder)))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat(_tr("%v / %m berkas") if total else _tr("tidak ada PDF"))
        self.current_file.clear()
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.summary.setText(QCoreApplication.translate("RecapWindow", "Memeriksa %n berkas\u2026", None, total))
        stop = self._stop = threading.Event()
        progress = on_gui_thread(self._progressed, parent=self)

        def work() -> tuple[list[RecapRow], bool]:  # a worker thread
            return scan_folder(folder, verification, progress, stop.is_set), stop.is_set()

        self._scanning = True
        self._update_actions()
        self._task = run_task(work, self._scanned, self._failed, parent=self)
        return True

    def cancel(self) -> None:
        if self._scanning:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.current_file.setText(_tr("Menghentikan\u2026"))

    def _progressed(self, done: int, total: int, name: str) -> None:
        if not self._scanning:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self._stop.is_set():
            self.current_file.setText(clip(name, 80))
        self.progressed.emit(done, total, name)

    def _end_task(self) -> None:
        self._scanning = False
        self.progress_row.hide()
        self._update_actions()

    def _scanned(self, outcome: tuple[list[RecapRow], bool]) -> None:
        rows, cancelled = outcome
        self._end_task()
        self.was_cancelled = cancelled
        self.set_rows(rows)
        if cancelled:
            self.summary.setText(_tr("Dihentikan. ") + self.summary.text())
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        self._end_task()
        if isinstance(error, AbsensiError):
            self.error = error_text(error)
        else:  # a hostile file must not take the app down
            log.error("recap scan failed", exc_info=error)
            self.error = _tr("Folder tidak bisa diperiksa sampai selesai: {e}").format(
                e=f"{type(error).__name__}: {error}")  # fmt: skip
        self.summary.setText(self.error)
        prompts.error(self, _tr("Rekap tim"), self.error)
        self.finished.emit()
