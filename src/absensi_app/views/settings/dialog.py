"""The settings dialog: the list of pages on the left, the page on the right, and under them
"Pulihkan bawaan" (the shown page's defaults, into its fields only), "Simpan" and "Batal".

Simpan first lets every page check its values, then writes the pages that changed (those
whose values only a service can check first); when one is refused, the pages already
written are put back, the refused page is shown with the reason next to its field, and the
dialog stays open. Batal (Esc) writes nothing. Ctrl+PgUp / Ctrl+PgDown change pages; the
last page shown is remembered in the data folder's ``tampilan.ini`` (group ``settings``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.views.preferences import Preferences
from absensi_app.views.settings.app_pages import BackupPage, WindowPage
from absensi_app.views.settings.page import SettingsPage
from absensi_app.views.settings.report_pages import OfficePage, SigningPage
from absensi_app.views.settings.templates_page import TemplatesPage
from absensi_app.views.settings.work_pages import CalendarPage, ReminderPage, SchedulePage

log = logging.getLogger(__name__)

LAST_PAGE_KEY = "settings/last_page"


def last_page(prefs: Preferences) -> str:
    value = QSettings(str(prefs.path), QSettings.IniFormat).value(LAST_PAGE_KEY, "")
    return value if isinstance(value, str) else ""


def remember_page(prefs: Preferences, key: str) -> None:
    settings = QSettings(str(prefs.path), QSettings.IniFormat)
    settings.setValue(LAST_PAGE_KEY, key)
    settings.sync()


class SettingsDialog(QDialog):
    """Every setting, one page per subject. ``page``: the key of the page to show first
    (else the last one shown)."""

    def __init__(
        self, ctx: AppContext, prefs: Preferences, parent: QWidget | None = None, page: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.setWindowTitle(self.tr("Pengaturan"))
        self.pages: list[SettingsPage] = [
            SchedulePage(ctx),
            CalendarPage(ctx),
            ReminderPage(ctx),
            WindowPage(ctx, prefs),
            TemplatesPage(ctx),
            BackupPage(ctx),
            OfficePage(ctx),
            SigningPage(ctx),
        ]
        self.page_list = QListWidget()
        self.page_list.setSpacing(3)
        self.stack = QStackedWidget()
        for p in self.pages:
            self.page_list.addItem(p.title)
            scroll = QScrollArea()  # a small screen still reaches every field
            scroll.setWidget(p)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.NoFrame)
            self.stack.addWidget(scroll)
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 32)
        self.page_list.currentRowChanged.connect(self._page_changed)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        self.restore_button = QPushButton(self.tr("P&ulihkan bawaan"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

        columns = QHBoxLayout()
        columns.addWidget(self.page_list)
        columns.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.step_page(step))

        for p in self.pages:
            try:
                p.load()
            except AbsensiError as exc:  # one unreadable setting does not close the others
                p.show_error(exc)
        self.resize(940, 640)
        self.show_page(page or last_page(prefs))

    # ---- pages -----------------------------------------------------------------------------
    def page(self, key: str) -> SettingsPage:
        return next(p for p in self.pages if p.key == key)

    def current_page(self) -> SettingsPage:
        return self.pages[max(0, self.page_list.currentRow())]

    def show_page(self, key: str | None) -> None:
        keys = [p.key for p in self.pages]
        self.page_list.setCurrentRow(keys.index(key) if key in keys else 0)

    def step_page(self, step: int) -> None:
        row = self.page_list.currentRow() + step
        if 0 <= row < len(self.pages):
            self.page_list.setCurrentRow(row)

    def _page_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        self.restore_button.setEnabled(page.has_defaults)
        self.restore_button.setToolTip(
            self.tr("Isi halaman \u201c{page}\u201d dengan nilai bawaan; tersimpan dengan Simpan, batal dengan Batal").format(
                page=page.title)  # fmt: skip
            if page.has_defaults
            else self.tr("Halaman ini tidak punya nilai bawaan.")
        )
        remember_page(self.prefs, page.key)

    def restore_defaults(self) -> None:
        page = self.current_page()
        page.clear_error()
        page.restore_defaults()

    # ---- Simpan ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Check, then write every page; False (and the refused page shown) when refused."""
        for p in self.pages:
            p.clear_error()
        for p in self.pages:
            try:
                p.check()
            except AbsensiError as exc:
                self._refused(p, exc)
                return False
        undos = []
        for p in sorted(self.pages, key=lambda p: p.apply_order):
            try:
                undo = p.apply()
            except (AbsensiError, OSError) as exc:
                self._put_back(undos)
                self._refused(p, exc)
                return False
            if undo is not None:
                undos.append(undo)
        self.accept()
        return True

    def _put_back(self, undos: list) -> None:  # noqa: ANN001
        for undo in reversed(undos):
            try:
                undo()
            except (AbsensiError, OSError) as exc:  # e.g. the old backup folder is gone
                log.warning("a setting could not be put back after a refused save: %s", exc)

    def _refused(self, page: SettingsPage, exc: AbsensiError | OSError) -> None:
        self.show_page(page.key)
        page.show_error(exc)


def open_settings(window, page: str | None = None) -> bool:  # noqa: ANN001 - a MainWindow
    """Show the dialog modally over ``window``; after Simpan the window shows the new values
    (the day, the progress view, the title). True when saved."""
    ctx = window.ctx
    prefs = getattr(window, "prefs", None)  # the window's own (views.companion), when it is this folder's
    if not isinstance(prefs, Preferences) or prefs.path.parent != ctx.paths.data_dir:
        prefs = Preferences(ctx.paths.data_dir)
    dialog = SettingsDialog(ctx, prefs, window, page)
    saved = dialog.exec() == QDialog.Accepted
    dialog.deleteLater()
    if saved:
        from absensi_app.views import language

        language.switch(language.chosen(prefs.language))  # the open windows re-read their texts
        for name in ("invalidate_dashboard", "update_title"):
            refresh = getattr(window, name, None)
            if callable(refresh):
                refresh()
        if hasattr(window, "load_day"):
            selected = window.selected_entry() if hasattr(window, "selected_entry") else None
            window.load_day(window.current_day, select_id=selected.id if selected is not None else None)
        window.statusBar().showMessage(QCoreApplication.translate("SettingsDialog", "Pengaturan disimpan."), 5000)
    return saved
