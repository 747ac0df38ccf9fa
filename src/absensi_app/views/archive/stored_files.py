"""What the archive window opens and writes: a person's stored file (the worst of a problem
month, else the one that counts), a file of the cell panel or of the problem files, read from
the archive off the GUI thread and shown in the summary viewer (``SummaryViewer.open_bytes``:
nothing is written to disk); and the month shown as XLSX (``archive.sheet``). A mixin of
``ArchiveWindow`` (its strings are under that context)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.team import CellState
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.verdict_text import clip
from absensi_app.views.workers import run_task

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class StoredFiles:
    """Uses the window's ``archive``, ``status``, ``status_model``, ``tree``, ``cell_panel``,
    ``problem_files``, ``viewers``, ``ctx``; emits ``file_opened(viewer)``."""

    # ---- opening a stored file -------------------------------------------------------------------
    def _person_activated(self, index: QModelIndex) -> bool:
        person = self.status_model.person_at(index)
        if person is None:
            return False
        cell = person.cell
        row = cell.problem_row if cell.state is CellState.PROBLEM and cell.problem_row else cell.current
        if row is None:
            self.statusBar().showMessage(_tr("Belum ada ringkasan {name} untuk bulan ini di arsip.").format(
                name=clip(person.name, 80)), 8000)  # fmt: skip
            return False
        return self.open_stored(row.file_sha256, row.file)

    def open_person(self, nip: str) -> bool:
        """Open the file that counts (of a problem: the worst) of ``nip``'s month."""
        index = self.status_model.person_index(nip)
        self.tree.setCurrentIndex(index)
        return self._person_activated(index)

    def _open_from_panel(self, name: str) -> None:
        cell, i = self.cell_panel.cell, self.cell_panel.files.currentRow()
        if cell is None:
            return
        files = [f.row for f in cell.files]
        row = files[i] if 0 <= i < len(files) and files[i].file == name else next((r for r in files if r.file == name), None)
        if row is not None:
            self.open_stored(row.file_sha256, row.file)

    def _open_problem_row(self, index: QModelIndex) -> None:
        row = self.problem_files.row_at(index)
        if row is not None:
            self.open_stored(row.file_sha256, row.file)

    def open_stored(self, sha256: str, name: str) -> bool:
        """Read the stored bytes and the archive's trust store (off the GUI thread) and show the
        file in the summary viewer, checked against that store (``viewer_context``)."""
        archive = self.archive
        if archive is None or not sha256:
            return False
        self.statusBar().showMessage(_tr("Membuka {name} dari arsip\u2026").format(name=clip(name, 80)))

        def read():  # noqa: ANN202 - a worker thread
            return archive.file_bytes(sha256), archive.run(lambda: archive.trust.snapshot())

        run_task(read, lambda found: self._show_file(*found, name), self._open_failed_file, parent=self)
        return True

    def _show_file(self, data: bytes, trust, name: str) -> None:  # noqa: ANN001 - archive.trust.ArchiveTrustSnapshot
        from absensi_app.views.archive.viewer_context import viewer_context

        viewer = SummaryViewer(viewer_context(self.ctx, trust), self)
        viewer.setAttribute(Qt.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda _=None, v=viewer: self.viewers.remove(v) if v in self.viewers else None)
        self.viewers.append(viewer)
        viewer.open_bytes(data, name)
        viewer.show()
        self.statusBar().showMessage(_tr("{name} dibuka dari arsip, diperiksa dengan sertifikat tepercaya "
                                         "arsip.").format(name=clip(name, 80)), 15000)  # fmt: skip
        self.file_opened.emit(viewer)

    def _open_failed_file(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, AbsensiError) else f"{type(exc).__name__}: {exc}"
        self.statusBar().clearMessage()
        prompts.error(self, _tr("Arsip instansi"), text)

    # ---- export ----------------------------------------------------------------------------------
    def export_xlsx(self, path: str | Path | None = None) -> bool:
        """Write the month shown to XLSX (off the GUI thread); False when nothing was started."""
        status = self.status
        if status is None:
            return False
        title = _tr("Ekspor keadaan arsip")
        if path is None:
            path = prompts.save_file(self, title, f"arsip-{status.month}.xlsx", _tr("Excel (*.xlsx)"))
            if not path:
                return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        from absensi_app.archive.sheet import write_status_xlsx

        def failed(exc: Exception) -> None:
            if isinstance(exc, AbsensiError):
                prompts.error(self, title, error_text(exc))
            elif isinstance(exc, OSError):
                prompts.error(self, title, _tr("Berkas '{p}' tidak bisa ditulis: {e}.").format(
                    p=str(target), e=exc.strerror or exc))  # fmt: skip
            else:
                log.error("archive export failed", exc_info=exc)
                prompts.error(self, title, f"{type(exc).__name__}: {exc}")

        run_task(lambda: write_status_xlsx(status, target), self._exported, failed, parent=self)
        return True

    def _exported(self, target: Path) -> None:
        self.exported_path = Path(target)
        self.statusBar().showMessage(_tr("Keadaan arsip ditulis ke {p}.").format(p=str(target)), 10000)
