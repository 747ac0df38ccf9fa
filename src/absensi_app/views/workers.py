"""Work that runs off the GUI thread.

A worker never touches the database: it gets everything it needs (e.g. a ``TrustSnapshot``
inside a ``VerificationService``) built on the GUI thread, and reports back only through
signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.recap import scan_folder
from absensi_app.services.verification import VerificationService

log = logging.getLogger(__name__)


class ScanThread(QThread):
    """Verifies every PDF of a folder (``services.recap.scan_folder``).

    Signals: ``progressed(done, total, file_name)`` after each file, then exactly one of
    ``scanned(rows, cancelled)`` or ``failed(message)``. ``cancel()`` stops after the file
    being checked; the rows verified so far still arrive through ``scanned``.
    """

    progressed = Signal(int, int, str)
    scanned = Signal(object, bool)  # list[RecapRow], cancelled
    failed = Signal(object)  # AbsensiError, or a plain message (str)

    def __init__(self, folder: Path, verification: VerificationService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.folder = Path(folder)
        self._verification = verification
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # the worker thread
        try:
            rows = scan_folder(
                self.folder,
                self._verification,
                lambda i, n, name: self.progressed.emit(i, n, name),
                self._stop.is_set,
            )
        except AbsensiError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a hostile file must not take the app down
            log.exception("recap scan failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.scanned.emit(rows, self._stop.is_set())
