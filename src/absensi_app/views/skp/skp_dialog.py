"""The "Rencana SKP" dialog: SKP periods, their Rencana Hasil Kerja (RHK) with Indikator
Kinerja Individu, targets and Rencana Aksi, and plan files (import and export).

Every change goes straight to ``ctx.skp``; a refused change shows the service's message and
leaves the stored plan as it was. The dialog never blocks in tests: questions go through
``views.prompts`` and ``SkpDialog`` can be driven without ``exec()``.

What is shown and edited (the plan, the selected RHK, unsaved changes, the checks before a
save) is kept by ``skp_editing.SkpEditor``, which has no Qt. The widgets are created and laid
out by ``skp_dialog_layout``; the RHK list is ``skp_rhk_table``, the form ``skp_rhk_form``
with its Rencana Aksi table ``skp_action_table``, the plan files ``skp_plan_files``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.skp import Rhk, SkpPeriod, SkpPlan
from absensi_app.services.context import AppContext
from absensi_app.views import prompts
from absensi_app.views.formatting import clip, date_text, pydate
from absensi_app.views.labels import error_text
from absensi_app.views.skp.skp_dialog_layout import SkpDialogLayout
from absensi_app.views.skp.skp_editing import SkpEditor, suggested_year
from absensi_app.views.skp.skp_plan_files import export_plan_file, import_plan_file


class SkpDialog(SkpDialogLayout, QDialog):
    """Choose or create an SKP period and manage its RHK; import and export plan files."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = SkpEditor()
        self.setWindowTitle(self.tr("Rencana SKP"))

        self._build(ctx.clock.today())

        self.period_combo.currentIndexChanged.connect(lambda _i: self._load_plan())
        self.new_period_button.clicked.connect(self.show_new_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        self.create_button.clicked.connect(self.create_period)
        self.cancel_new_button.clicked.connect(self._hide_new_period)
        self.whole_year.toggled.connect(self._period_kind_changed)
        self.add_button.clicked.connect(self.add_rhk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _idx: self.edit_selected())
        self.form.save_button.clicked.connect(self.save_form)
        self.form.cancel_button.clicked.connect(self.cancel_form)
        self.import_button.clicked.connect(self.import_plan)
        self.export_button.clicked.connect(self.export_plan)
        self.close_button.clicked.connect(self.reject)
        for keys, slot, widget in (
            ((Qt.Key_Return,), self.edit_selected, self.table),
            ((Qt.Key_Enter,), self.edit_selected, self.table),
            ((Qt.Key_Delete,), self.delete_selected, self.table),
            (("Alt+Up",), lambda: self.move_selected(-1), self.table),
            (("Alt+Down",), lambda: self.move_selected(1), self.table),
            (("Ctrl+S",), self.save_form, self.form),
            (("Ctrl+Return",), self.save_form, self.form),
            (("Ctrl+Enter",), self.save_form, self.form),
        ):
            shortcut = QShortcut(QKeySequence(*keys), widget)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._period_kind_changed()
        self.resize(1040, 640)
        self.reload_periods()
        if self.period_combo.count() == 0:
            self.show_new_period()
        else:
            self.table.setFocus()

    # ---- periods -----------------------------------------------------------------------
    def period_id(self) -> int | None:
        data = self.period_combo.currentData()
        return int(data) if data is not None else None

    def period(self) -> SkpPeriod | None:
        return self.editor.period

    def selected_year(self) -> int:
        """The year plan files are imported into: the selected period's, else this year."""
        period = self.period()
        return period.first.year if period else self.ctx.clock.today().year

    def reload_periods(self, select_id: int | None = None) -> None:
        if select_id is None:
            select_id = self.period_id()
        try:
            periods = self.ctx.skp.periods()
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
            periods = []
        today = self.ctx.clock.today()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(p.title, p.id)
        index = self.period_combo.findData(select_id) if select_id is not None else -1
        if index < 0:
            current = [i for i, p in enumerate(periods) if p.first <= today <= p.last]
            index = current[0] if current else len(periods) - 1
        self.period_combo.setCurrentIndex(index)
        self.period_combo.blockSignals(False)
        self._load_plan()

    def delete_period(self) -> bool:
        """Delete the selected period with its RHK; entries stay, without their links."""
        period_id = self.period_id()
        plan = self.editor.plan
        if period_id is None or plan is None:
            return False
        try:
            linked = sum(self.ctx.skp.usage([r.id for r in plan.rhk if r.id is not None]).values())
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus periode"), error_text(exc))
            return False
        text = self.tr("Hapus {title} beserta {n} RHK-nya?").format(title=plan.period.title, n=len(plan.rhk))
        if linked:
            text += "\n\n" + self.tr(
                "{n} kegiatan yang tertaut akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan)."
            ).format(n=linked)
        text += "\n" + self.tr("Penghapusan tidak bisa diurungkan; ekspor rencananya dulu bila ingin menyimpannya.")
        if not prompts.confirm(self, self.tr("Hapus periode"), text):
            return False
        try:
            self.ctx.skp.delete_period(period_id)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus periode"), error_text(exc))
            return False
        self.reload_periods()
        self._say(self.tr("{title} dihapus.").format(title=plan.period.title))
        return True

    def show_new_period(self) -> None:
        self.year.setValue(suggested_year(self._periods_quietly(), self.ctx.clock.today()))
        self.new_error.hide()
        self.new_box.show()
        (self.year if self.whole_year.isChecked() else self.first_date).setFocus()

    def _hide_new_period(self) -> None:
        self.new_box.hide()
        self.new_error.hide()
        self.table.setFocus()

    def _periods_quietly(self) -> list[SkpPeriod]:
        try:
            return self.ctx.skp.periods()
        except AbsensiError:
            return []

    def _period_kind_changed(self) -> None:
        whole = self.whole_year.isChecked()
        self.year.setEnabled(whole)
        for widget in (self.first_date, self.last_date, self.period_name):
            widget.setEnabled(not whole)

    def create_period(self) -> SkpPeriod | None:
        try:
            if self.whole_year.isChecked():
                period = self.ctx.skp.ensure_year(self.year.value())
            else:
                period = self.ctx.skp.create_period(
                    SkpPeriod(None, pydate(self.first_date.date()), pydate(self.last_date.date()), self.period_name.text())
                )
        except AbsensiError as exc:
            self.new_error.setText(error_text(exc))
            self.new_error.show()
            return None
        self.new_box.hide()
        self.new_error.hide()
        self.reload_periods(select_id=period.id)
        self._say(self.tr("Periode {title} siap. Tambahkan RHK-nya dengan \u201cTambah RHK\u201d atau impor rencana.").format(title=period.title))
        self.add_button.setFocus()
        return period

    # ---- the RHK list ------------------------------------------------------------------
    def _load_plan(self, select_id: int | None = None) -> None:
        pid = self.period_id()
        plan = None
        if pid is not None:
            try:
                plan = self.ctx.skp.plan(pid)
            except AbsensiError as exc:
                prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
        row = self.editor.show_plan(plan, select_id)
        rows = self.editor.rhk
        self.table.show_rhk(rows)
        period = self.period()
        if period is None:
            self.period_dates.setText("")
            self.empty_label.setText(
                self.tr("Belum ada periode SKP. Buat periode (biasanya satu tahun penuh), lalu tambahkan RHK atau impor rencana dari berkas.")
            )
        else:
            self.period_dates.setText(
                self.tr("{first} s.d. {last} \u2022 {count} RHK").format(
                    first=date_text(period.first), last=date_text(period.last), count=len(rows)
                )
            )
            self.empty_label.setText(
                self.tr("Periode ini belum memiliki RHK. Tambahkan RHK dari SKP Anda, atau impor rencana dari berkas.")
            )
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_rhk(self) -> Rhk | None:
        return self.editor.selected

    def select_rhk(self, rhk_id: int) -> None:
        row = self.editor.select(rhk_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        """The table's selection is the editor's."""
        self.editor.select_row(self.table.selected_row())
        self._update_buttons()

    def _update_buttons(self) -> None:
        editor = self.editor
        self.add_button.setEnabled(editor.can_add)
        self.edit_button.setEnabled(editor.can_change_selected)
        self.delete_button.setEnabled(editor.can_change_selected)
        self.delete_period_button.setEnabled(editor.can_delete_period)
        self.up_button.setEnabled(editor.can_move(-1))
        self.down_button.setEnabled(editor.can_move(1))
        self.export_button.setEnabled(editor.can_export)

    # ---- add / edit --------------------------------------------------------------------
    def add_rhk(self) -> None:
        period = self.period()
        if period is None:
            self.show_new_period()
            return
        self._open_form(None, period)

    def edit_selected(self) -> None:
        rhk, period = self.selected_rhk(), self.period()
        if rhk is None or period is None:
            return
        self._open_form(rhk, period)

    def _open_form(self, rhk: Rhk | None, period: SkpPeriod) -> None:
        self.new_box.hide()
        self.form.set_rhk(rhk, period)
        self.editor.start_edit(self.form.rhk())
        self.message.clear()
        self.stack.setCurrentWidget(self.form)
        self.top.setEnabled(False)
        self.bottom.hide()
        self.form.name.setFocus()

    def editing(self) -> bool:
        return self.editor.editing

    def save_form(self) -> Rhk | None:
        if not self.editing():
            return None
        period = self.period()
        if period is None:
            return None
        rhk = self.form.rhk()
        problem = self.editor.check(rhk)
        if problem is not None and problem.action_index is not None:
            self.form.show_error(
                self.tr("Rencana Aksi baris {n}: {message}").format(
                    n=problem.action_index + 1, message=error_text(problem.error)
                )
            )
            self.form.actions.focus_row(self.form.actions.row_of_action(problem.action_index))
            return None
        if problem is not None:
            self.form.show_error(error_text(problem.error), problem.field)
            return None
        try:
            if rhk.id is None:
                saved = self.ctx.skp.add_rhk(period.id, rhk)
                text = self.tr("RHK ditambahkan.")
            else:
                saved = self.ctx.skp.update_rhk(rhk.id, rhk)
                text = self.tr("Perubahan RHK disimpan.")
        except AbsensiError as exc:
            self.form.show_error(error_text(exc), getattr(exc, "field", None))
            return None
        self.editor.finish_edit(saved)
        self._close_form()
        self._load_plan(select_id=saved.id)
        self._say(text)
        return saved

    def cancel_form(self) -> bool:
        """Back to the list; asks first when something was typed. False when kept open."""
        if self.editor.is_dirty(self.form.rhk()) and not prompts.confirm(
            self, self.tr("Batalkan perubahan"), self.tr("Perubahan pada RHK ini belum disimpan. Buang perubahan?")
        ):
            return False
        row = self.editor.cancel_edit()
        self._close_form()
        if row is not None:
            self.table.selectRow(row)
        return True

    def _close_form(self) -> None:
        self.form.clear_error()
        self.stack.setCurrentIndex(0)
        self.top.setEnabled(True)
        self.bottom.show()
        self.table.setFocus()

    def reject(self) -> None:  # Esc, the close button, the window's X
        if self.editing():
            self.cancel_form()
            return
        if self.new_box.isVisible() and self.editor.plan is not None:  # Esc closes the panel first
            self._hide_new_period()
            return
        super().reject()

    # ---- delete / move -----------------------------------------------------------------
    def delete_selected(self) -> bool:
        rhk = self.selected_rhk()
        if rhk is None or rhk.id is None:
            return False
        try:
            linked = self.ctx.skp.usage([rhk.id]).get(rhk.id, 0)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus RHK"), error_text(exc))
            return False
        consequence = (
            self.tr("{n} kegiatan yang tertaut ke RHK ini akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).").format(n=linked)
            if linked
            else self.tr("Belum ada kegiatan yang tertaut ke RHK ini.")
        )
        text = self.tr("Hapus RHK \u201c{name}\u201d beserta {actions} Rencana Aksi-nya?").format(
            name=clip(rhk.name, 90), actions=len(rhk.actions)
        ) + "\n\n" + consequence + "\n" + self.tr("Penghapusan tidak bisa diurungkan.")
        if not prompts.confirm(self, self.tr("Hapus RHK"), text):
            return False
        neighbour = self.editor.neighbour_of(rhk.id)
        try:
            _gone, unlinked = self.ctx.skp.delete_rhk(rhk.id)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus RHK"), error_text(exc))
            self._load_plan()
            return False
        self._load_plan(select_id=neighbour)
        self._say(
            self.tr("RHK dihapus; {n} kegiatan tidak lagi tertaut.").format(n=len(unlinked)) if unlinked else self.tr("RHK dihapus.")
        )
        self.table.setFocus()
        return True

    def move_selected(self, step: int) -> None:
        rhk = self.selected_rhk()
        if rhk is None or rhk.id is None:
            return
        try:
            self.ctx.skp.move_rhk(rhk.id, step)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Rencana SKP"), error_text(exc))
        self._load_plan(select_id=rhk.id)
        self.table.setFocus()

    # ---- plan files --------------------------------------------------------------------
    def import_plan(self) -> SkpPlan | None:
        """A plan file into the selected period's year (see ``skp_plan_files``)."""
        imported = import_plan_file(self, self.ctx, self.selected_year(), self._periods_quietly())
        if imported is None:
            return None
        plan, file_name = imported
        self.new_box.hide()
        self.reload_periods(select_id=plan.period.id)
        self._say(
            self.tr("{n} RHK diimpor ke {title} dari {file}.").format(n=len(plan.rhk), title=plan.period.title, file=file_name)
        )
        return plan

    def export_plan(self) -> Path | None:
        period = self.period()
        if period is None or period.id is None:
            return None
        target = export_plan_file(self, self.ctx, period)
        if target is not None:
            self._say(self.tr("Rencana {title} disimpan ke {file}.").format(title=period.title, file=target.name))
        return target

    # ---- feedback ----------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)


def open_skp_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the dialog modally. Afterwards the caller should refresh its RHK choices."""
    dialog = SkpDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
