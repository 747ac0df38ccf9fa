"""The main window: one day at a time, its entries, status and totals ("Harian", the widgets
in ``day_panel``, what they show read by ``day_data``), and the month's progress ("Kemajuan",
``views.dashboard``; switching between the two is ``pages``). Its commands, menus and toolbar
are built in ``main_actions``; the dialogs and windows it opens are in ``openers``; the timer,
the tray, the reminders, closing into the tray and the remembered size and view in ``companion``.

What the day's commands change (entries, the day's status, with their undo steps) is in
``day_editing``.

The launcher shows the window before its data: built without a context it is a frame
("Memuat data…", most actions off) until ``attach`` (``views.startup``). The launcher's frame
starts as a shell (``shell=True``: the window, its size and place, "Memuat data…") painted
before the day view's modules are imported; ``build`` adds the rest right after that paint."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DaySummary
from absensi_app.views.companion import CompanionWindow
from absensi_app.views.day_data import DayData, calendar_page, read_day
from absensi_app.views.day_editing import DayEditing
from absensi_app.views.formatting import long_date, pydate
from absensi_app.views.language import Retranslated
from absensi_app.views.openers import WindowOpeners
from absensi_app.views.pages import DayAndProgressPages

if TYPE_CHECKING:
    from absensi_app.services.context import AppContext
    from absensi_app.services.locks import MonthLock
    from absensi_app.views.dashboard import DashboardView
    from absensi_app.views.main_actions import MainActions

_WINDOW_ACTIVATE = QEvent.WindowActivate


class MainWindow(Retranslated, CompanionWindow, WindowOpeners, DayAndProgressPages, DayEditing, QMainWindow):
    day_changed = Signal(object)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, *,
                 today: date | None = None, shell: bool = False) -> None:  # fmt: skip
        """With ``ctx`` the window shows its data at once. Without, only the frame is built
        (menus, toolbar, the day of ``today`` without data, "Memuat data…"): the launcher
        shows it before the services and the database are loaded, then calls ``attach``.

        ``shell=True`` (no ``ctx``): only the window itself, its title, size and "Memuat
        data…", cheap enough to be painted at once; ``build`` adds the day view, the menus
        and the toolbar (the launcher calls it right after the first paint)."""
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.menus: MainActions | None = None  # made by build
        self.undo_stack = QUndoStack(self)
        self._day = ctx.clock.today() if ctx is not None else today
        if self._day is None:
            raise TypeError("MainWindow needs a ctx or today")
        self._summary: DaySummary | None = None
        self._suggested = False  # the form has the log's suggestions (read once per day shown)
        self._dashboard: DashboardView | None = None
        self._dashboard_stale = True
        self._lock: MonthLock | None = None  # the lock of the shown day's month, if any
        self._export_folder: Path | None = None
        self._side_windows: list[QWidget] = []  # summary viewers, the team recap
        self._waiting_summaries: list[str] = []  # asked for while the data was loading
        self._reloading = False  # reload_from_store is running: failures go to the status bar
        self.setWindowTitle(self.tr("Absensi"))
        self.setAcceptDrops(True)  # a summary PDF dropped on the window opens in the viewer
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.resize(1180, 760)
        if shell and ctx is None:
            self.statusBar().showMessage(self.tr("Memuat data\u2026"))
            return
        self.build()
        if ctx is not None:
            self.attach(ctx)

    @property
    def built(self) -> bool:
        """The day view, the menus and the toolbar are there (see ``build``)."""
        return self.menus is not None

    def build(self) -> None:
        """Everything but the window itself: the day view, the commands, menus and toolbar
        (once). Without data yet, the frame "Memuat data…" with most actions off. The toolbar's
        place saved in tampilan.ini is applied again now that it exists."""
        if self.built:
            return
        from absensi_app.views.main_actions import MainActions

        self._build(self._day)
        self.menus = MainActions(self)
        self.statusBar()
        self.undo_stack.indexChanged.connect(lambda _index: self._data_changed())
        state = self.prefs.window_state() if self.prefs is not None else None
        if state is not None:
            self.restoreState(state)
        if self.ctx is not None:
            return
        self.menus.set_loading(True)
        self.title.setText(long_date(self._day))
        self.day_page.show_status(None)
        for widget in (self.form, self.status_combo, self.leave_combo, self.note_edit):
            widget.setEnabled(False)
        self.statusBar().showMessage(self.tr("Memuat data\u2026"))

    def attach(self, ctx: AppContext, first: DayData | None = None) -> None:
        """Show the data of ``ctx`` in the frame (``first``: the shown day, read already)."""
        self.ctx = ctx
        self._suggested = False
        self.build()
        self.menus.set_loading(False)
        self.statusBar().clearMessage()
        self.update_title()
        self.load_day(self._day, data=first if first is not None and first.day == self._day else None)
        if not self._suggested:
            self._read_suggestions()
        self.attach_companion()
        from absensi_app.views.entry_templates import attach_templates

        attach_templates(self)  # the form's "Templat" menu and ctx.templates (once; use_context attaches again)
        self.form.description.setFocus()
        waiting, self._waiting_summaries = self._waiting_summaries, []
        for path in waiting:
            self.open_summary(path)

    def _read_suggestions(self) -> None:
        """The form's suggestions, read off the GUI thread once the first day is shown (the
        start-up's worker leaves them out: they count over the whole log). Dropped when the
        window has them by then (a reload of its own) or shows another folder's data."""
        from absensi_app.views.day_data import read_suggestions
        from absensi_app.views.workers import run_task

        ctx = self.ctx

        def done(found: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
            if self.ctx is ctx and not self._suggested:
                self.form.set_suggestions(list(found[0]), list(found[1]))
                self._suggested = True

        def failed(exc: BaseException) -> None:  # the form keeps its list
            logging.getLogger(__name__).warning("the form's suggestions could not be read: %s", exc)

        run_task(lambda: read_suggestions(ctx), done, failed, parent=self)

    def update_title(self) -> None:
        """"Absensi — NAME": on a computer several people share, whose log is open is always seen."""
        profile = self.ctx.profile.get() if self.ctx is not None else None
        if profile is None or not profile.name:
            self.setWindowTitle(self.tr("Absensi"))
        else:
            self.setWindowTitle(self.tr("Absensi \u2014 {name}").format(name=" ".join(profile.name.split())[:80]))

    def retranslate(self) -> None:
        """LanguageChange (``views.language.switch``): the texts anew, the day, view, selection
        and typed input kept. The day view's widgets re-read their fixed texts themselves."""
        from PySide6.QtCore import Qt

        from absensi_app.views.entry_templates import EntryTemplates

        if not self.built:  # the shell: its title and "Memuat data…"
            self.update_title()
            self.statusBar().showMessage(self.tr("Memuat data\u2026"))
            return
        self.menus.retranslate()
        glue = self.findChild(EntryTemplates, options=Qt.FindDirectChildrenOnly)
        if glue is not None:
            glue.retranslate()
        self.update_title()
        if self.ctx is None:
            self.title.setText(long_date(self._day))
            self.statusBar().showMessage(self.tr("Memuat data\u2026"))
            return
        self.statusBar().clearMessage()  # a message in the language before
        selected = self.selected_entry()
        self.load_day(self._day, select_id=selected.id if selected is not None else None)
        self._rebuild_dashboard()
        self.show_timer()
        if self.tray is not None:
            self.tray.retranslate()

    def _rebuild_dashboard(self) -> None:
        old = self._dashboard  # made again on the month it showed
        if old is None:
            return
        shown, year, month = self.is_dashboard_shown(), old.year, old.month
        self._dashboard = None
        new = self.dashboard
        if shown:
            new.set_month(year, month)
            self._dashboard_stale = False
            self.pages.setCurrentWidget(new)
        else:
            self._dashboard_stale = True
        self.pages.removeWidget(old)
        old.deleteLater()

    @property
    def loading(self) -> bool:
        """The frame is shown, its data not yet (see ``attach``)."""
        return self.ctx is None

    def _build(self, today: date) -> None:
        from absensi_app.views.day_panel import DayPanel

        page = self.day_page = DayPanel(today)
        # the day view's widgets, as the window's own (the window and its tests use them)
        self.calendar, self.table, self.model, self.form = page.calendar, page.table, page.model, page.form
        self.status_combo, self.leave_combo, self.note_edit = page.status_combo, page.leave_combo, page.note_edit
        self.title, self.subtitle, self.empty_label = page.title, page.subtitle, page.empty_label
        self.total_label, self.progress, self.month_label = page.total_label, page.progress, page.month_label
        self.lock_banner, self.lock_label, self.unlock_button = page.lock_banner, page.lock_label, page.unlock_button
        self.calendar.clicked.connect(lambda qd: self.load_day(pydate(qd)))
        self.calendar.activated.connect(lambda qd: self.load_day(pydate(qd)))
        self.calendar.currentPageChanged.connect(lambda y, m: self._decorate_calendar(y, m))
        self.status_combo.activated.connect(self._status_edited)
        self.leave_combo.activated.connect(self._status_edited)
        self.note_edit.editingFinished.connect(self._status_edited)
        self.table.doubleClicked.connect(lambda idx: self.edit_row(idx.row()))
        self.unlock_button.clicked.connect(self.unlock_month)
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self.new_entry)
        self.form.evidence_file_requested.connect(self._choose_evidence)
        self.pages.insertWidget(0, page)
        self.pages.setCurrentWidget(page)

    def _update_edit_state(self) -> None:
        """Editing is off for a locked month, entries for future days, most actions off the day view."""
        on_day = not self.is_dashboard_shown()
        locked = self._lock is not None and self._lock.locked
        past = self._day <= self.ctx.clock.today()
        self.form.setEnabled(past and not locked)
        for a in (self.act_save, self.act_edit):
            a.setEnabled(on_day and not locked)
        self.act_new.setEnabled(not locked)
        self.act_delete.setEnabled(not locked)
        self.act_copy.setEnabled(on_day and past and not locked)
        self.status_combo.setEnabled(not locked)
        self.leave_combo.setEnabled(not locked)
        self.note_edit.setEnabled(not locked and self._summary is not None and self._summary.status is not None)

    # ---- loading -------------------------------------------------------------------------
    @property
    def current_day(self) -> date:
        return self._day

    def load_day(self, day: date, select_id: int | None = None, data: DayData | None = None,
                 suggestions: bool = True) -> None:  # fmt: skip
        """Show ``day`` (``data``: read already, e.g. by the start-up worker). While the data
        is loading only the day is remembered: it is the one shown once the data is there.
        ``suggestions=False``: the form's suggestions stay as they are (after the window's own
        save, which the form has learnt already: they count over the whole log)."""
        changed_day = day != self._day
        self._day = day
        if self.ctx is None:
            if self.built:
                self.day_page.select_day(day)
            return
        try:
            data = data or read_day(self.ctx, day, suggestions=suggestions or not self._suggested)
        except AbsensiError as exc:
            self._fail(exc)
            return
        summary = self._summary = data.summary
        self._lock = data.lock
        self.day_page.show_day(summary, self._lock, self.ctx.clock.today())
        self._update_edit_state()
        self.day_page.show_totals(summary, data.month_minutes)
        self.day_page.select_day(day)
        self.day_page.decorate_calendar(data.holidays, data.statuses, data.logged)
        editing = self.form.editing
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.table.selectRow(row)
        edited_entry_gone = editing is not None and self.model.row_of(editing.id) < 0
        nothing_typed = editing is None and not self.form.has_input()
        if data.rhk_choices is not None:
            self.form.set_rhk_choices(list(data.rhk_choices))
        if changed_day or edited_entry_gone or nothing_typed:
            self._reset_form()  # a blank form starts after the last entry; typed input is kept
        if data.descriptions is not None:
            self.form.set_suggestions(list(data.descriptions), list(data.units))
            self._suggested = True
        self.day_changed.emit(day)

    def _decorate_calendar(self, year: int, month: int) -> None:
        if self.ctx is None:
            return
        first, last = calendar_page(year, month)
        self.day_page.decorate_calendar(
            self.ctx.calendar.holidays_between(first, last),
            self.ctx.worklog.statuses_between(first, last),
            self.ctx.worklog.days_with_entries(first, last),
        )

    # ---- changes made elsewhere: the command line beside the window -----------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == _WINDOW_ACTIVATE:  # every event of the window comes here: a constant
            self.reload_from_store()
        return super().event(event)

    def reload_from_store(self) -> None:
        """Show what changed while the window was in the background (e.g. ``absensi log add``
        in a terminal): the shown day again and, if it is on screen, the month's progress.

        Typed input and the entry being edited are kept (load_day keeps them). Runs each time
        the window is activated, so a failure is a status bar message, never a dialog."""
        if self._reloading or self.ctx is None:
            return
        self._reloading = True
        try:
            self.load_day(self._day)
            self._data_changed()
        except Exception:  # noqa: BLE001 - never a traceback; the details go to the log
            logging.getLogger(__name__).exception("reloading the shown day failed")
            self.statusBar().showMessage(self.tr("Data terbaru belum bisa dimuat. Rinciannya tercatat di log aplikasi."), 10000)
        finally:
            self._reloading = False

    def use_context(self, ctx: AppContext) -> None:
        """Show the data of ``ctx`` from now on (after a restore): viewers closed, undo
        history dropped (it refers to entries of the data before)."""
        for window in list(self._side_windows):
            window.close()
        self.undo_stack.clear()
        self.pages.setCurrentWidget(self.day_page)
        if self._dashboard is not None:
            self.pages.removeWidget(self._dashboard)
            self._dashboard.deleteLater()
            self._dashboard = None
        self._dashboard_stale = True
        self._summary = None
        self.attach(ctx)
        self._page_changed()
        self._reset_form()
