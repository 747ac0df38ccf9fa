"""Running a month's export from the export dialog: the file name asked for, the work handed to
a worker thread (``workers.run_task``; signing may wait on a timestamp server) through the
export service, the dialog busy meanwhile, then the file written or the error shown. A mixin
of ``ExportDialog`` (its strings are under that context)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.export import ExportResult
from absensi_app.signing import keys
from absensi_app.views import prompts
from absensi_app.views.export_kinds import CSV, EXTENSIONS, SIGNED, UNSIGNED, XLSX, default_file_name
from absensi_app.views.labels import error_text
from absensi_app.views.workers import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportRun:
    """``export()``, ``busy`` and ``open_folder()``; uses the dialog's ``ctx``, ``folder``,
    ``kind()``, ``selected_month()``, its controls, ``_identity``, ``_show_error``, ``_fit``,
    ``_update`` and its signal ``exported``."""

    @property
    def busy(self) -> bool:
        """True while an export runs."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.export_button, self.close_button, self.month, self.year, self.passphrase, self.create_key_button):
            w.setEnabled(not busy)
        for b in self.kind_buttons.values():
            b.setEnabled(not busy)
        self.compact.setEnabled(not busy and self.kind() in (SIGNED, UNSIGNED))
        self.language.setEnabled(not busy and self.kind() in (SIGNED, UNSIGNED))
        self.evidence.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def export(self) -> None:
        if not self.export_button.isEnabled():
            return
        year, month = self.selected_month()
        kind = self.kind()
        self.error.hide()
        passphrase = None
        if kind == SIGNED:
            if self._identity is None:
                self._show_error(_tr("Belum ada kunci tanda tangan. Buat kunci dulu, atau pilih PDF tanpa tanda tangan."))
                return
            passphrase = self.passphrase.text()
            if not passphrase:
                self._show_error(_tr("Isi frasa sandi kunci tanda tangan."), self.passphrase)
                return
        try:
            self.ctx.export.check_month(year, month)
            profile = self.ctx.profile.require()
        except AbsensiError as exc:
            self._show_error(error_text(exc))
            return
        key = f"{year:04d}-{month:02d}"
        suggested = self.folder / default_file_name(kind, year, month, self.ctx.locks.next_revision(key), profile.name)
        filters = {
            SIGNED: _tr("PDF (*.pdf)"),
            UNSIGNED: _tr("PDF (*.pdf)"),
            XLSX: _tr("Buku kerja Excel (*.xlsx)"),
            CSV: _tr("CSV (*.csv)"),
        }[kind]
        chosen = prompts.save_file(self, _tr("Simpan ringkasan"), str(suggested), filters)
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != EXTENSIONS[kind]:
            out = out.with_name(out.name + EXTENSIONS[kind])
        service = self.ctx.export
        compact = self.compact.isChecked()
        attach, max_bytes = self.evidence.options()
        if kind in (SIGNED, UNSIGNED):
            language = self.language.language()
            try:  # remembered for the next export from this data folder
                service.set_report_language(language)
            except AbsensiError as exc:
                self._show_error(error_text(exc))
                return

            def work() -> ExportResult:  # a worker thread
                return service.export_pdf(year, month, out, passphrase, signed=kind == SIGNED, compact=compact,
                                          evidence=attach, evidence_max_bytes=max_bytes, language=language)
        else:
            def work() -> ExportResult:  # a worker thread
                return service.export_sheet(year, month, out, kind)
        self._set_busy(True)
        run_task(work, self._export_done, self._export_failed, parent=self)

    def _export_failed(self, failure: Exception) -> None:
        self._set_busy(False)
        if not isinstance(failure, AbsensiError):
            raise failure  # to the app's error handler, as anything unexpected
        if isinstance(failure, keys.WrongPassphraseError):
            self.passphrase.clear()
            self._show_error(
                _tr("Frasa sandi salah. Tidak ada berkas yang ditulis dan bulan tidak dikunci."),
                self.passphrase,
            )
            return
        self._show_error(error_text(failure))

    def _export_done(self, result: ExportResult) -> None:
        self._set_busy(False)
        out = result.path
        self.passphrase.clear()
        self.folder = out.parent
        self.last_result = result
        self._show_result(result)
        self._update()
        self.close_button.setFocus()
        self.exported.emit(result)

    def _show_result(self, r: ExportResult) -> None:
        self.result_box.show_result(r)
        self._fit()

    def open_folder(self) -> None:
        if self.last_result is not None:
            prompts.show_folder(self, str(self.last_result.path.parent))
