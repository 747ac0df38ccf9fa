"""Whose log opens: the profile picker (issue 13, several civil servants on one computer).

- At start (``views.profile_start.choose_at_start``, called by ``app.run_gui`` before anything
  of a profile is read): when the data root's registry holds more than one profile and nothing chose one
  (``--data-dir``, ``--profile``, ``$ABSENSI_DATA_DIR``, ``$ABSENSI_PROFILE``), a small dialog
  lists them, the one used last preselected. "Tambah profil…" asks a name and opens the new,
  empty profile (its first-run form follows); "Batal" opens nothing. A protected profile asks
  its passphrase after the pick (views/profile_unlock.py). The profile opened becomes the
  one used last.
- In the main window, "Berkas › Ganti profil…" (:func:`switch_profile`) shows the same list;
  the chosen profile is opened by running the start-up again in the same process
  (``views.profile_start.take_switch``, read by ``app.run_gui`` once the window is gone).
- The first start on a new computer writes the log into the data root itself (the layout
  older versions had); :func:`name_first_profile` registers it under the name typed in the
  first-run form, so no extra dialog is needed when one person uses the computer.

Only ``config`` (the registry, light) is read before the picker is shown; the services are
imported when a button needs them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.config import (
    DATABASE_FILE,
    LEGACY_NAME,
    PROFILES_DIR,
    AppPaths,
    FolderChoice,
    ProfileEntry,
    Registry,
    data_root,
    read_registry,
)
from absensi_app.domain.errors import AbsensiError
from absensi_app.views import prompts
from absensi_app.views.profile_start import normal_folder, switch_to

log = logging.getLogger(__name__)

ENTRY_ROLE = 256 + 1  # Qt.UserRole + 1: the Qt namespace costs ~20 ms at its first import, before the first paint


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfilePicker", text)


def lock_icon(size: int = 18, blank: bool = False) -> QIcon:
    """A small padlock, drawn (no emoji font needed); ``blank``: as wide, empty (rows align)."""
    from PySide6.QtCore import Qt

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    if not blank:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        colour = QColor("#7a5c00")
        painter.setPen(QPen(colour, max(1.5, size / 9)))
        painter.drawArc(QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5), 0, 180 * 16)
        painter.drawLine(QPointF(size * 0.28, size * 0.33), QPointF(size * 0.28, size * 0.45))
        painter.drawLine(QPointF(size * 0.72, size * 0.33), QPointF(size * 0.72, size * 0.45))
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(size * 0.16, size * 0.45, size * 0.68, size * 0.5), 2, 2)
        painter.end()
    return QIcon(pixmap)


class ProfilePicker(QDialog):
    """The list of the data root's profiles; :meth:`pick` returns the chosen one, unlocked and
    remembered as the one used last (None: Batal, or three wrong passphrases: ``refused``)."""

    def __init__(self, registry: Registry, *, open_folder: Path | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.registry = registry
        self.chosen: FolderChoice | None = None
        self.refused = False
        self._open_folder = normal_folder(open_folder) if open_folder is not None else None
        self.setWindowTitle(self.tr("Pilih profil"))
        intro = QLabel(
            self.tr("Komputer ini menyimpan catatan beberapa pegawai. Pilih nama Anda, lalu Buka.")
            if open_folder is None
            else self.tr("Buka catatan pegawai lain. Jendela ini ditutup dan catatan yang dipilih dibuka.")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumSize(400, 150)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(18, 18))
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        intro.setBuddy(self.list)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("&Buka"), QDialogButtonBox.AcceptRole)
        self.open_button.setDefault(True)
        self.add_button = buttons.addButton(self.tr("&Tambah profil\u2026"), QDialogButtonBox.ActionRole)
        self.add_button.setToolTip(self.tr("Profil baru untuk pegawai lain, dengan folder data sendiri"))
        self.cancel_button = buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.open_button.clicked.connect(self._open)
        self.add_button.clicked.connect(self._add)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._fill()
        self.list.setFocus()

    # ---- the list ---------------------------------------------------------------------------
    def _fill(self, select: ProfileEntry | None = None) -> None:
        self.list.clear()
        owned = self.registry.owning(self._open_folder) if self._open_folder is not None else None
        select = select or owned or self.registry.last()
        for entry in self.registry.profiles:
            item = QListWidgetItem(lock_icon(blank=not entry.protected), self._label(entry, entry == owned))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(str(self.registry.folder_of(entry)))
            self.list.addItem(item)
            if entry == select:
                self.list.setCurrentItem(item)
        self._selection_changed()

    def _label(self, entry: ProfileEntry, is_open: bool) -> str:
        text = " ".join(entry.name.split())
        if entry.protected:
            text += self.tr("  (dilindungi)")
        if is_open:
            text += self.tr("  \u2014 sedang dibuka")
        return text

    def entries(self) -> list[ProfileEntry]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())]

    def selected(self) -> ProfileEntry | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        if entry is None:
            self.hint.setText(self.tr("Belum ada profil. Tambahkan profil untuk pegawai yang memakai komputer ini."))
        elif entry.protected:
            self.hint.setText(self.tr("Profil ini dilindungi: frasa sandi kunci tanda tangannya ditanyakan "
                                      "setelah Anda menekan Buka."))
        elif not (self.registry.folder_of(entry) / DATABASE_FILE).exists():
            self.hint.setText(self.tr("Profil ini belum berisi data: isian identitas pegawai muncul setelah Buka."))
        else:
            self.hint.setText("")

    # ---- the buttons ------------------------------------------------------------------------
    def _service(self):  # noqa: ANN202
        from absensi_app.services.profiles import ProfilesService

        return ProfilesService(self.registry.root)

    def _open(self) -> None:
        entry = self.selected()
        if entry is None or self.chosen is not None:
            return
        from absensi_app.views.profile_unlock import ask_passphrase

        service = self._service()
        unlocked = ask_passphrase(service, entry, self)
        if unlocked is None:  # cancelled: perhaps the wrong name was clicked
            return
        if not unlocked:
            self.refused = True
            self.reject()
            return
        try:
            service.use(entry.name)  # the profile a start opens next time
        except (AbsensiError, OSError) as exc:  # opening matters more than remembering it
            log.warning("could not remember %s as the profile used last: %s", entry.folder, exc)
        self.chosen = FolderChoice(AppPaths(self.registry.folder_of(entry)), entry, self.registry.root, False)
        self.accept()

    def _add(self) -> None:
        from absensi_app.views.labels import error_text

        name = prompts.ask_text(self, self.tr("Tambah profil"),
                                self.tr("Nama pegawai untuk profil baru, mis. \u201cSiti Nurhaliza, S.E.\u201d:"))
        if name is None or not name.strip():
            return
        try:
            entry = self._service().add(name)
            self.registry = read_registry(self.registry.root)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Tambah profil"), error_text(exc))
            return
        except OSError as exc:
            prompts.error(self, self.tr("Tambah profil"), self.tr("Profil tidak bisa ditambahkan: {error}").format(
                error=exc.strerror or exc))
            return
        self._fill(select=entry)
        self._open()

    def pick(self) -> FolderChoice | None:
        self.exec()
        return self.chosen


# ---- in the main window -------------------------------------------------------------------
def switch_profile(window) -> None:  # noqa: ANN001 - the MainWindow
    """Berkas › Ganti profil…: pick another profile; this window closes and ``app.run_gui``
    starts again on the chosen one (see :func:`take_switch`)."""
    from absensi_app.views.labels import error_text

    title = _tr("Ganti profil")
    try:
        registry = read_registry(data_root())
    except AbsensiError as exc:
        prompts.error(window, title, error_text(exc))
        return
    ctx = getattr(window, "ctx", None)
    current = ctx.paths.data_dir if ctx is not None else None
    picker = ProfilePicker(registry, open_folder=current, parent=window)
    picked = picker.pick()
    picker.deleteLater()
    if picked is None or (current is not None and normal_folder(picked.paths.data_dir) == normal_folder(current)):
        return
    switch_to[:] = [picked]
    quit_app = getattr(window, "quit_app", None)  # the window's own "Keluar": never into the tray
    if quit_app is not None:
        quit_app()
    else:
        window.close()
    if window.isVisible():  # the window would not close: stay where we are
        switch_to.clear()
        return
    QCoreApplication.quit()  # also when a tray icon would keep the app running


# ---- the first start ----------------------------------------------------------------------
def _root_entry(paths: AppPaths) -> tuple[Path, Registry, ProfileEntry] | None:
    """The registry entry whose folder is ``paths``, when it is under the data root."""
    root = data_root().resolve()
    folder = paths.data_dir.resolve()
    if folder != root and root / PROFILES_DIR not in folder.parents:
        return None
    registry = read_registry(root)
    entry = registry.owning(folder)
    return (root, registry, entry) if entry is not None else None


def registered_name(paths: AppPaths) -> str | None:
    """The name a profile was added under (the first-run form starts with it), None for the
    data root's own unnamed profile or a folder outside the data root."""
    try:
        found = _root_entry(paths)
    except (AbsensiError, OSError):
        return None
    if found is None or found[2].legacy:
        return None
    return found[2].name


def name_first_profile(paths: AppPaths, name: str) -> None:
    """After the first-run form of a new computer: the data root's profile, "utama" until now
    and not yet in a ``profiles.json``, is registered under ``name`` (the person's name as
    typed). Anything else (a registered profile, a folder outside the data root) is left as
    it is; a failure only costs the name (logged)."""
    try:
        found = _root_entry(paths)
        if found is None:
            return
        root, registry, entry = found
        if registry.stored or not entry.legacy or entry.name != LEGACY_NAME:
            return
        from absensi_app.services.profiles import ProfilesService

        ProfilesService(root).rename(LEGACY_NAME, name)
    except (AbsensiError, OSError) as exc:
        log.warning("the first profile keeps the name %r: %s", LEGACY_NAME, exc)
