"""Work that runs off the GUI thread.

The recap's worker never touches the database: it gets everything it needs (e.g. a
``TrustSnapshot`` inside a ``VerificationService``) built on the GUI thread, and reports back
only through signals, which Qt delivers on the GUI thread. ``run_off_gui_thread`` runs one
service call (an export) while the caller's controls are disabled; the database is a file,
and SQLAlchemy's pool lets another thread use it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThread, Signal

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


class _Call(QThread):
    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self._fn = fn
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:  # the worker thread
        try:
            self.result = self._fn()
        except BaseException as exc:  # handed back to the caller on the GUI thread
            self.error = exc


def run_off_gui_thread(fn: Callable[[], object]) -> object:
    """Run ``fn`` on a worker thread while the window keeps painting, and return its result
    (or raise its exception) here. For work that may wait on the network, such as signing
    with a timestamp server. The caller disables its controls meanwhile."""
    call = _Call(fn)
    loop = QEventLoop()
    call.finished.connect(loop.quit)
    call.start()
    if not call.isFinished():
        loop.exec(QEventLoop.ExcludeUserInputEvents)
    call.wait()
    if call.error is not None:
        raise call.error
    return call.result
