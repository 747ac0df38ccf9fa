"""What the day view's commands change: a new, edited, deleted or copied entry and the day's
status, each written through ``ctx.worklog`` with its undo step (``views.commands``), then the
day shown again.

``DayEditing`` is a mixin of ``MainWindow`` (its widgets are built by ``day_panel``, its
commands by ``main_actions``). Its texts are translated under the context "MainWindow", the
class Qt sees at run time (see the note at the top of ``views.openers``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatus, DayStatusRecord, Entry, LeaveKind, Location
from absensi_app.views import prompts
from absensi_app.views.formatting import long_date
from absensi_app.views.labels import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class DayEditing:
    """Mixed into ``MainWindow``: uses its ``ctx``, the shown day and summary, ``load_day``,
    the form, the table and its model, the status fields and the undo stack."""

    def _reset_form(self) -> None:
        summary = self._summary
        schedule = self.ctx.profile.schedule()
        start = schedule.day_start
        location = Location.KANTOR
        if summary and summary.entries:
            timed = [e for e in summary.entries if e.end is not None]
            if timed:
                start = max(e.end for e in timed)
            location = summary.entries[-1].location
        if summary and summary.status and summary.status.status is DayStatus.DINAS_LUAR:
            location = Location.DINAS_LUAR
        if start >= time(23, 0):
            start = time(22, 59)
        self.form.new_entry(self._day, start, location)

    def new_entry(self) -> None:
        self.table.clearSelection()
        self._reset_form()
        self.form.start.setFocus()

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def edit_row(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is not None:
            self.form.edit_entry(entry)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.statusBar().showMessage(_t("Pilih dulu kegiatan di tabel."), 4000)
            return
        self.form.edit_entry(entry)

    def delete_selected(self) -> None:
        from absensi_app.views.commands import DeleteEntries  # with the services, loaded by now

        entry = self.selected_entry()
        if entry is None:
            self.statusBar().showMessage(_t("Pilih dulu kegiatan yang akan dihapus."), 4000)
            return
        try:
            deleted = self.ctx.worklog.delete(entry.id)
        except AbsensiError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(DeleteEntries(_t("hapus kegiatan"), self.ctx.worklog, [deleted], self._refresh, self._fail))
        self.load_day(self._day)
        self.statusBar().showMessage(_t("Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan."), 6000)
        self.table.setFocus()

    def _submit(self, draft, entry_id: int) -> None:  # noqa: ANN001
        from absensi_app.domain.rules import validate_entry
        from absensi_app.services.evidence import store_evidence_file
        from absensi_app.views.commands import AddEntries, EditEntry

        others = [e for e in (self._summary.entries if self._summary else ()) if e.id != entry_id]
        try:
            validate_entry(draft, others, self.ctx.clock.today())
            if self.form.evidence_file is not None:
                draft = replace(draft, evidence=replace(store_evidence_file(self.form.evidence_file, self.ctx.paths.evidence_dir), link=draft.evidence.link))
            if entry_id:
                before = self.ctx.worklog.get(entry_id)
                after = self.ctx.worklog.update(entry_id, draft)
                self.undo_stack.push(EditEntry(_t("ubah kegiatan"), self.ctx.worklog, before, after, self._refresh, self._fail))
                message = _t("Perubahan disimpan.")
            else:
                after = self.ctx.worklog.add(draft)
                self.undo_stack.push(AddEntries(_t("tambah kegiatan"), self.ctx.worklog, [after], self._refresh, self._fail))
                message = _t("Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.")
        except AbsensiError as exc:
            self.form.show_error(error_text(exc), getattr(exc, "field", None))
            return
        self._summary = None
        self.form.learn(after.description, after.unit)
        self.load_day(after.day, select_id=after.id, suggestions=False)
        self._reset_form()
        self.statusBar().showMessage(message, 6000)
        self.form.description.setFocus()

    def copy_previous_day(self) -> None:
        from absensi_app.views.commands import AddEntries

        try:
            source = self.ctx.worklog.previous_logged_day(self._day)
            created = self.ctx.worklog.copy_previous_day(self._day)
        except AbsensiError as exc:
            prompts.error(self, _t("Tidak bisa menyalin"), error_text(exc))
            return
        self.undo_stack.push(AddEntries(_t("salin dari hari sebelumnya"), self.ctx.worklog, created, self._refresh, self._fail))
        self.load_day(self._day)
        n = len(created)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "%n kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.",
                                       None, n).format(day=long_date(source)),  # fmt: skip
            8000,
        )

    def _status_edited(self) -> None:
        from absensi_app.views.commands import SetStatus

        code = self.status_combo.currentData()
        before = self._summary.status if self._summary else None
        if not code:
            after = None
        else:
            status = DayStatus(code)
            kind = LeaveKind(self.leave_combo.currentData()) if status is DayStatus.CUTI else None
            after = DayStatusRecord(self._day, status, kind, self.note_edit.text().strip())
        if before == after:
            self.day_page.show_status(before)
            return
        try:
            if after is None:
                self.ctx.worklog.set_status(self._day, None)
            else:
                self.ctx.worklog.set_status(self._day, after.status, after.leave_kind, after.note)
        except AbsensiError as exc:
            self._fail(exc)
            self.day_page.show_status(before)
            return
        self.undo_stack.push(SetStatus(_t("ubah status hari"), self.ctx.worklog, self._day, before, after, self._refresh, self._fail))
        self.load_day(self._day)

    def _choose_evidence(self) -> None:
        path = prompts.open_file(self, _t("Pilih berkas bukti dukung"), _t("Semua berkas (*)"))
        if path:
            self.form.attach_file(Path(path))

    def _refresh(self, day: date) -> None:
        self._summary = None
        self.load_day(day)

    def _fail(self, exc: AbsensiError) -> None:
        if self._reloading:  # a dialog here would activate the window, reload and fail again
            self.statusBar().showMessage(error_text(exc), 10000)
            return
        prompts.error(self, _t("Absensi"), error_text(exc))
