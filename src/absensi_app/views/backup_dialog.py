"""Backups in the GUI: "Cadangkan sekarang" (one checked copy at once) and "Pulihkan
cadangan…" (the list, the extra folder such as a USB stick, and restoring one).

Everything goes through ``ctx.backups``; the view never opens the database itself. A restore
needs every connection of this process closed, so the dialog only *chooses* the backup:
:func:`open_backup_dialog` returns its path, and the main window then runs
:func:`restore_in_window` (close the data, restore, open it again, show it). The words of the
list and of the extra folder's state are ``views.backup_labels``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.backup import BackupInfo
from absensi_app.services.context import AppContext
from absensi_app.views import prompts
from absensi_app.views.backup_labels import (
    broken_text,
    problem_label,
    reason_label,
    show_extra_folder,
    size_text,
    when_text,
)
from absensi_app.views.labels import error_text

log = logging.getLogger(__name__)

_OK_STYLE = "color: #1b6e2a;"
_ERR_STYLE = "color: #b3261e;"
_HINT_STYLE = "color: palette(placeholder-text);"
_BROKEN = QColor("#b3261e")


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


# ---- "Cadangkan sekarang" ---------------------------------------------------------------------
def backup_now(ctx: AppContext, window: QWidget) -> list:
    """Make a checked backup at once and say where in ``window``'s status bar (a message box
    when it fails). Returns the backups made (one, or two with the extra folder)."""
    title = _t("Cadangkan sekarang")
    try:
        made = ctx.backups.create()
    except AbsensiError as exc:
        prompts.error(window, title, error_text(exc))
        return []
    except OSError as exc:  # e.g. the extra folder vanished half-way
        prompts.error(window, title, _t("Cadangan tidak bisa dibuat: {e}.").format(e=exc.strerror or exc))
        return []
    where = "; ".join(str(b.path) for b in made)
    window.statusBar().showMessage(_t("Cadangan tersimpan dan diperiksa: {where}").format(where=where), 15000)
    return made


# ---- restoring: close, restore, open again ---------------------------------------------------
class RestoreFailed(AbsensiError):
    """The backup was not restored; the data is as it was."""


class ReopenFailed(AbsensiError):
    """The backup was restored but the data cannot be opened again (e.g. its upgrade failed)."""


def restore_and_reopen(ctx: AppContext, source: str | Path) -> tuple[AppContext, object]:
    """Close ``ctx`` (its engine lets go of the file), restore ``source`` (the current state is
    backed up first, as ``before-restore``), and open the data again, upgraded if the backup
    is older. Returns ``(new context, the before-restore backup or None)``.

    A refused restore (a broken backup, another program holding the file) raises
    :class:`RestoreFailed`: nothing was replaced and ``ctx`` stays usable (a disposed
    SQLAlchemy engine reconnects on its next use). :class:`ReopenFailed` means the file was
    replaced but cannot be opened: the caller cannot go on with ``ctx``."""
    from absensi_app.services.context import open_context

    ctx.close()
    try:
        before = ctx.backups.restore(source)
    except AbsensiError as exc:
        raise RestoreFailed(exc.template, **exc.params) from exc
    try:
        return open_context(ctx.paths, ctx.clock), before
    except AbsensiError as exc:
        raise ReopenFailed(exc.template, **exc.params) from exc


def restore_in_window(window, source: str | Path):  # noqa: ANN001, ANN201 - a MainWindow
    """Restore ``source`` under the main window: its data is closed, replaced and opened
    again, then shown (``window.use_context``). Returns the new context, or None."""
    from PySide6.QtGui import QGuiApplication

    title = _t("Pulihkan cadangan")
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        new_ctx, before = restore_and_reopen(window.ctx, source)
    except RestoreFailed as exc:
        QGuiApplication.restoreOverrideCursor()
        prompts.error(window, title, error_text(exc))
        return None
    except ReopenFailed as exc:
        QGuiApplication.restoreOverrideCursor()
        log.error("restored %s but cannot open the data again: %s", source, exc.message)
        prompts.error(
            window,
            title,
            _t(
                "Cadangan sudah dipulihkan, tetapi datanya tidak bisa dibuka lagi: {error}\n\n"
                "Absensi akan ditutup. Bukalah lagi; bila masalahnya tetap ada, pilih cadangan lain."
            ).format(error=error_text(exc)),
        )
        window.close()
        return None
    except BaseException:
        QGuiApplication.restoreOverrideCursor()
        raise
    try:
        window.use_context(new_ctx)
    finally:
        QGuiApplication.restoreOverrideCursor()
    message = _t("Cadangan {name} dipulihkan.").format(name=Path(source).name)
    if before is not None:
        message += " " + _t("Keadaan sebelumnya disimpan sebagai {name}.").format(name=before.name)
    window.statusBar().showMessage(message, 20000)
    return new_ctx


# ---- the dialog ---------------------------------------------------------------------------
class BackupDialog(QDialog):
    """The backups of the data folder, newest first. ``restore_path`` is set (and the dialog
    accepted) when the user confirmed restoring one; the caller then restores it."""

    COLUMNS = ("Tanggal", "Jenis", "Ukuran", "Kegiatan", "Bulan terkunci", "Keadaan")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restore_path: Path | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Cadangan data"))

        intro = QLabel(
            self.tr(
                "Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum "
                "pembaruan struktur, impor, atau pemulihan. Setiap cadangan diperiksa setelah dibuat."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet(_HINT_STYLE)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("Belum ada cadangan. Tekan \u201cCadangkan sekarang\u201d untuk membuat yang pertama."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(_HINT_STYLE)

        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Pulihkan\u2026"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_folder_button = QPushButton(self.tr("Buka &folder cadangan"))
        self.show_folder_button.clicked.connect(lambda: prompts.show_folder(self, str(self.ctx.paths.backup_dir)))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.backup_button)
        list_buttons.addWidget(self.restore_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.show_folder_button)

        # ---- the extra folder ------------------------------------------------------------
        extra_box = QGroupBox(self.tr("Folder cadangan tambahan"))
        self.extra_label = QLabel()
        self.extra_label.setWordWrap(True)
        self.extra_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        extra_hint = QLabel(
            self.tr(
                "Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke "
                "sana, jadi data tetap ada bila komputer ini rusak."
            )
        )
        extra_hint.setWordWrap(True)
        extra_hint.setStyleSheet(_HINT_STYLE)
        self.extra_choose_button = QPushButton(self.tr("Pilih f&older\u2026"))
        self.extra_choose_button.clicked.connect(self.choose_extra_folder)
        self.extra_clear_button = QPushButton(self.tr("&Jangan pakai lagi"))
        self.extra_clear_button.clicked.connect(self.clear_extra_folder)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_label, 1)
        extra_row.addWidget(self.extra_choose_button, 0, Qt.AlignTop)
        extra_row.addWidget(self.extra_clear_button, 0, Qt.AlignTop)
        el = QVBoxLayout(extra_box)
        el.addLayout(extra_row)
        el.addWidget(extra_hint)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()

        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(list_buttons)
        layout.addWidget(extra_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        self.setMinimumSize(760, 480)
        self.resize(820, 540)

        self.refresh()
        self._show_extra()
        self.table.setFocus()

    # ---- the list ------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        try:
            self.backups = self.ctx.backups.list()
        except AbsensiError as exc:
            self.backups = []
            self._say(error_text(exc), ok=False)
        self.folder_label.setText(self.tr("Folder cadangan: {folder}").format(folder=self.ctx.paths.backup_dir))
        self.table.setRowCount(len(self.backups))
        selected_row = 0
        for row, info in enumerate(self.backups):
            state = self.tr("utuh") if info.ok else self.tr("{broken} \u2013 tidak bisa dipulihkan").format(
                broken=broken_text(info.problem)
            )
            cells = (
                when_text(info.created),
                reason_label(info.reason),
                size_text(info.size),
                str(info.entries) if info.ok else "\u2013",
                str(info.months_locked) if info.ok else "\u2013",
                state,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not info.ok:
                    item.setForeground(QBrush(_BROKEN))
                self.table.setItem(row, col, item)
            if select is not None and info.path == select:
                selected_row = row
        has_any = bool(self.backups)
        self.table.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        if has_any:
            self.table.selectRow(selected_row)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.table.isVisibleTo(self):
            return None
        row = rows[0].row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)
        if info is not None and not info.ok:
            self.restore_button.setToolTip(self.tr("Cadangan ini rusak dan tidak bisa dipulihkan."))
        else:
            self.restore_button.setToolTip("")

    # ---- actions -------------------------------------------------------------------------
    def backup_now(self) -> list:
        try:
            made = self.ctx.backups.create()
        except AbsensiError as exc:
            self._say(error_text(exc), ok=False)
            return []
        self.refresh(select=made[0].path)
        text = self.tr("Cadangan {name} tersimpan dan diperiksa.").format(name=made[0].name)
        if len(made) > 1:
            text += " " + self.tr("Salinannya juga ada di {folder}.").format(folder=made[1].path.parent)
        self._say(text)
        return made

    def restore_selected(self) -> Path | None:
        info = self.selected()
        title = self.tr("Pulihkan cadangan")
        if info is None:
            return None
        if not info.ok:
            self._say(self.tr("Cadangan {when} rusak dan tidak bisa dipulihkan. Pilih cadangan lain.").format(
                when=when_text(info.created)), ok=False)  # fmt: skip
            return None
        text = self.tr(
            "Pulihkan cadangan {when} ({reason}, {entries} kegiatan, {locked} bulan terkunci)?\n\n"
            "Semua yang dicatat sesudah cadangan itu dibuat tidak akan tampil lagi. Keadaan saat ini "
            "dicadangkan lebih dulu (\u201csebelum pemulihan\u201d), jadi pemulihan ini bisa dibatalkan "
            "dengan memulihkan cadangan itu."
        ).format(when=when_text(info.created), reason=reason_label(info.reason), entries=info.entries,
                 locked=info.months_locked)  # fmt: skip
        if not prompts.confirm(self, title, text):
            return None
        self.restore_path = info.path
        self.accept()
        return info.path

    def _show_extra(self) -> None:
        try:
            folder = self.ctx.backups.extra_folder()
        except AbsensiError as exc:
            folder = None
            self._say(error_text(exc), ok=False)
        show_extra_folder(self.extra_label, folder)
        self.extra_clear_button.setEnabled(folder is not None)

    def choose_extra_folder(self) -> Path | None:
        chosen = prompts.open_folder(self, self.tr("Pilih folder cadangan tambahan"))
        if not chosen:
            return None
        try:
            self.ctx.backups.set_extra_folder(Path(chosen))
        except AbsensiError as exc:
            self._say(error_text(exc), ok=False)
            return None
        self._show_extra()
        self._say(self.tr("Cadangan berikutnya juga disalin ke {folder}.").format(folder=chosen))
        return Path(chosen)

    def clear_extra_folder(self) -> None:
        try:
            self.ctx.backups.set_extra_folder(None)
        except AbsensiError as exc:
            self._say(error_text(exc), ok=False)
            return
        self._show_extra()
        self._say(self.tr("Folder cadangan tambahan tidak dipakai lagi; cadangan yang sudah ada di sana tetap ada."))

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_OK_STYLE if ok else _ERR_STYLE)
        self.message.show()


def open_backup_dialog(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """Show the dialog modally; returns the backup the user chose to restore, or None."""
    dialog = BackupDialog(ctx, parent)
    dialog.exec()
    chosen = dialog.restore_path
    dialog.deleteLater()
    return chosen


__all__ = [
    "BackupDialog", "ReopenFailed", "RestoreFailed", "backup_now", "broken_text", "open_backup_dialog", "problem_label",
    "reason_label", "restore_and_reopen", "restore_in_window", "size_text", "when_text",
]  # fmt: skip
