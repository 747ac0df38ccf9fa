"""The recap window's actions on the team table: approve several waiting months at once (the
dialog), mark someone as having left, the trusted certificates, export to XLSX. A mixin of
``RecapWindow`` (its strings are under that context)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.team import TeamMatrix
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.verdict_text import clip


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecapWindow", text)


class RecapActions:
    def approve_selected(self):  # noqa: ANN201
        """The dialog to approve the selected waiting cells (none selected: every waiting one)."""
        from absensi_app.views.supervisor.batch_approve_dialog import BatchApproveDialog

        if self.matrix is None or self.folder is None or self.busy:
            return None
        selected = self.selected_waiting()
        skipped = self.selected_cells() - len(selected) if selected else 0
        chosen = selected or self.matrix.waiting()
        if not chosen:
            self.statusBar().showMessage(_tr("Tidak ada ringkasan yang menunggu keputusan."), 8000)
            return None
        items = [(self.folder / c.current.file, m.name, c.month, c.current.revision) for m, c in chosen]
        dialog = BatchApproveDialog(self.ctx, items, self, skipped=skipped)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished_batch.connect(self._batch_done)
        self.batch_dialog = dialog
        dialog.open()
        return dialog

    def _batch_done(self, results: list) -> None:
        written = [r.target for r in results if r.ok and r.target is not None]
        if written and self.folder is not None and any(t.parent == self.folder for t in written):
            self.rescan()  # the approved files are in this folder: show them
        elif written:
            self._mark_stale()

    def toggle_left(self) -> bool:
        member = self.cell_panel.member
        if member is None:
            return False
        if not member.left and not prompts.confirm(self, _tr("Tandai sudah keluar"), _tr(
                "Tandai {name} (NIP {nip}) sudah keluar dari tim? Bulan yang kosong tidak lagi dihitung "
                "sebagai belum diterima. Tanda ini bisa dibatalkan.").format(name=clip(member.name, 120),
                                                                             nip=member.nip)):  # fmt: skip
            return False
        try:
            self.ctx.team.mark_left(member.nip, not member.left)
        except AbsensiError as exc:
            prompts.error(self, _tr("Rekap tim"), error_text(exc))
            return False
        return self.rebuild()

    def _mark_stale(self, *_args) -> None:  # noqa: ANN002
        if self.rows:
            self.stale.show()

    def open_trust_dialog(self):  # noqa: ANN201
        from absensi_app.views.supervisor.trust_dialog import TrustDialog

        dialog = self.trust_dialog
        if dialog is None:
            dialog = TrustDialog(self.ctx, self)
            dialog.changed.connect(self._mark_stale)
            self.trust_dialog = dialog
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        from absensi_app.services.recap import write_recap_xlsx

        if self.matrix is None:
            return None
        if path is None:
            suggested = "rekap-tim.xlsx"
            if self.folder is not None and self.folder.is_dir():
                suggested = str(self.folder / suggested)
            path = prompts.save_file(self, _tr("Ekspor rekap tim"), suggested, _tr("Excel (*.xlsx)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            write_recap_xlsx(self.export_matrix(), target, self.ctx.files)
        except AbsensiError as exc:
            prompts.error(self, _tr("Ekspor rekap tim"), error_text(exc))
            return None
        except OSError as exc:
            prompts.error(self, _tr("Ekspor rekap tim"),
                          _tr("Berkas '{p}' tidak bisa ditulis: {e}.").format(p=str(target), e=exc.strerror or exc))  # fmt: skip
            return None
        self.exported_path = target
        self.statusBar().showMessage(_tr("Rekap ditulis ke {p}.").format(p=str(target)), 10000)
        return target

    def export_matrix(self) -> TeamMatrix:
        """The matrix as the table shows it (the members who left only when shown), with the
        files as the list sorts them."""
        from dataclasses import replace

        order = {r.file: i for i, r in enumerate(self.visible_rows())}
        files = sorted(self.matrix.files, key=lambda f: order.get(f.row.file, len(order)))
        return replace(self.matrix, members=tuple(self.matrix_model.members), files=tuple(files))
