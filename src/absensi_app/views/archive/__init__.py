"""The agency's archive in the desktop app ("Berkas › Buka arsip instansi…").

``window`` (the window: the month per unit and person, opening a stored file, the XLSX),
``connecting`` (the address and a password asked for, off the GUI thread), ``ingesting``
("Masukkan folder…" with its progress), ``status_model`` (units -> people as a tree),
``side_lists`` (the staff who sent nothing, the problem files), ``address_memory`` (the last
address, per data folder). The work itself is ``absensi_app.archive``'s ``Archive``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def open_archive_window(main_window: QWidget):  # noqa: ANN201 - window.ArchiveWindow, or None
    """Open the archive window beside ``main_window`` (a ``MainWindow``) and, when an address is
    known (the last one used here, or $ABSENSI_ARSIP_DB), connect to it at once. None while the
    main window's data is still loading."""
    ctx = getattr(main_window, "ctx", None)
    if ctx is None:
        return None
    from absensi_app.views.archive.window import ArchiveWindow

    window = ArchiveWindow(ctx, main_window)
    window.setAttribute(Qt.WA_DeleteOnClose)
    side = getattr(main_window, "_side_windows", None)
    if side is not None:
        side.append(window)
        window.destroyed.connect(lambda *_: side.remove(window) if window in side else None)
    window.show()
    if window.url_edit.text().strip():
        window.connect_archive()
    else:
        window.url_edit.setFocus()
    return window
