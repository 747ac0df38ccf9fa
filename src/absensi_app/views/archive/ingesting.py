""""Masukkan folder…": every PDF under a folder verified and stored in the archive
(``Archive.ingest``, the same as ``absensi arsip ingest``), off the GUI thread with a progress
bar and Batal; the summary line at the end, then the month's status again. The verification
itself runs in worker processes (one per core; one in a frozen build, whose program cannot be
started again as a worker). A mixin of ``ArchiveWindow`` (its strings are under that context)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.verdict_text import clip
from absensi_app.views.workers import on_gui_thread, run_task

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


def ingest_workers() -> int:
    from absensi_app.archive.ingest import default_workers

    return 1 if getattr(sys, "frozen", False) else default_workers()


def summary_text(summary) -> str:  # noqa: ANN001 - archive.ingest.IngestSummary
    """The CLI's summary line, in the screen's language."""
    text = QCoreApplication.translate(
        "ArchiveWindow", "%n berkas: {stored} disimpan, {already} sudah ada, {rejected} ditolak.", None,
        len(summary.results),
    ).format(stored=summary.stored, already=summary.already, rejected=summary.rejected)
    if summary.failed:
        text += " " + _tr("{n} tidak terbaca.").format(n=summary.failed)
    if summary.cancelled:
        text = _tr("Dihentikan.") + " " + text
    return text


class Ingesting:
    """Uses the window's ``archive``, ``progress``, ``current_file``, ``cancel_button``,
    ``progress_row``, ``refresh()``; ``ingest_summary`` is the last ingest's summary."""

    def choose_ingest_folder(self) -> bool:
        if self.archive is None or self.busy:
            return False
        folder = prompts.open_folder(self, _tr("Pilih folder ringkasan yang dimasukkan ke arsip"))
        return self.ingest_folder(folder) if folder else False

    def ingest_folder(self, folder: str | Path) -> bool:
        """Start ingesting ``folder``; False when no archive is open or another task runs."""
        archive = self.archive
        if archive is None or self.busy:
            return False
        folder = Path(folder)
        self.ingest_summary = None
        self.progress.setRange(0, 0)  # the count is known once the worker has listed the folder
        self.progress.setFormat(_tr("%v / %m berkas"))
        self.current_file.setText(_tr("Mencari PDF di {path}\u2026").format(path=clip(str(folder), 80)))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.show_note(_tr("Memasukkan {path} ke arsip\u2026").format(path=str(folder)))
        stop = self._ingest_stop = threading.Event()
        progress = on_gui_thread(self._ingest_progressed, parent=self)
        workers = self.workers or ingest_workers()
        self.ingesting = True
        self._update_actions()
        self._ingest_task = run_task(lambda: archive.ingest([folder], workers, progress, stop.is_set),
                                     self._ingested, self._ingest_failed, parent=self)  # fmt: skip
        return True

    def cancel_ingest(self) -> None:
        if self.ingesting:
            self._ingest_stop.set()
            self.cancel_button.setEnabled(False)
            self.current_file.setText(_tr("Menghentikan setelah berkas yang sedang diperiksa\u2026"))

    def _ingest_progressed(self, done: int, total: int, path: str) -> None:
        if not self.ingesting:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self._ingest_stop.is_set():
            self.current_file.setText(clip(Path(path).name, 80))
        self.ingest_progressed.emit(done, total)

    def _end_ingest(self) -> None:
        self.ingesting = False
        self._ingest_task = None
        self.progress_row.hide()
        self._update_actions()

    def _ingested(self, summary) -> None:  # noqa: ANN001 - archive.ingest.IngestSummary
        self._end_ingest()
        self.ingest_summary = summary
        text = summary_text(summary)
        self.show_note(text)
        self.statusBar().showMessage(text, 15000)
        self.refresh(keep_note=True)
        self.ingest_finished.emit()

    def _ingest_failed(self, exc: Exception) -> None:
        self._end_ingest()
        if isinstance(exc, AbsensiError):
            text = error_text(exc)
        else:
            log.error("archive ingest failed", exc_info=exc)
            text = _tr("Folder tidak bisa dimasukkan sampai selesai: {e}").format(e=f"{type(exc).__name__}: {exc}")
        self.show_problem(text)
        self.refresh(keep_note=True)  # the files stored before the failure are in the archive
        self.ingest_finished.emit()
