"""One desktop window per data folder.

The first GUI started on a data folder takes a QLockFile in that folder and listens on a
QLocalServer whose name is derived from the folder's resolved path (a hash: the same on every
start, a valid pipe name on Windows, short enough for a Unix socket path). A second GUI on the
same folder cannot take the lock; it sends its request ("show", or "open FILE") to the first
one, which brings its window forward, and then leaves with exit code 0.

- A lock left by a process that was killed (kill -9, a crash, a power cut) does not block:
  QLockFile sees that the process written in the lock is gone (or the computer rebooted) and
  takes the lock over. The lock's age is never used (``setStaleLockTime(0)``): a live owner on
  this computer is protected by its native file lock anyway, but where those do not work (a
  data folder on a network share) Qt's default of 30 s would let a second start take the lock
  from a window that had simply been open for more than 30 s.
- The Unix socket file a killed first instance leaves behind is removed before listening (the
  lock is held, so no live instance owns it).
- The command line takes no lock: ``absensi log add`` works while the window is open; the
  window reloads what the command line changed when it is activated again.

Protocol: one JSON line each way, ``{"request": "show"}`` or ``{"request": "open", "path":
...}``, answered by ``{"ok": true}``.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import time
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from absensi_app.config import folder_key

if TYPE_CHECKING:  # QtNetwork is loaded when it is used: after the window is on screen
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "absensi-gui.lock"
MAX_MESSAGE = 64 * 1024  # a request is a few hundred bytes; anything longer is not ours


def server_name(data_dir: str | os.PathLike[str]) -> str:
    """The local server name for ``data_dir``: the same for every spelling of the same folder."""
    resolved = folder_key(Path(data_dir).expanduser())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"absensi-{digest}"


class Outcome(enum.Enum):
    FIRST = "first"  # this process owns the folder now: start the GUI
    FORWARDED = "forwarded"  # another window on this folder was asked to come forward: exit 0
    NO_ANSWER = "no-answer"  # the lock is held by a live process that does not answer
    UNGUARDED = "unguarded"  # no lock possible (e.g. a read-only folder): start anyway


class SingleInstance(QObject):
    """The lock and the local server of one data folder (see the module docstring)."""

    #: a request from another start: ("show", "") or ("open", path)
    requested = Signal(str, str)

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        parent: QObject | None = None,
        *,
        start_wait: float = 3.0,
        answer_wait: float = 5.0,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.lock_path = self.data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._start_wait = start_wait  # a first start may hold the lock a moment before listening
        self._answer_wait = answer_wait

    # ---- the starting side ---------------------------------------------------------------
    def start(self, request: str = "show", path: str = "", *, listen: bool = True) -> Outcome:
        """Take the folder, or hand ``request`` to the window that has it. With
        ``listen=False`` the caller calls :meth:`listen` later (a second start waits for it
        up to ``start_wait``): the launcher shows its window first."""
        deadline = time.monotonic() + self._start_wait
        while True:
            if self._lock.tryLock(0):
                if listen:
                    self.listen()
                return Outcome.FIRST
            if self._lock.error() != QLockFile.LockFailedError:
                log.warning("cannot lock %s (QLockFile error %s): starting without the one-window guard",
                            self.lock_path, self._lock.error())
                return Outcome.UNGUARDED
            if self._send(request, path):
                return Outcome.FORWARDED
            if time.monotonic() >= deadline:
                log.warning("%s is held by a process that does not answer on %s", self.lock_path, self.name)
                return Outcome.NO_ANSWER
            time.sleep(0.05)

    def _send(self, request: str, path: str) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        _allow_foreground()
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        line = json.dumps({"request": request, "path": path}, ensure_ascii=True).encode() + b"\n"
        socket.write(line)
        if not socket.waitForBytesWritten(1000):
            socket.abort()
            return False
        # The answer comes when the first window's event loop runs; it has the request by now.
        if not socket.waitForReadyRead(int(self._answer_wait * 1000)):
            log.warning("the window on %s got the request but did not answer in %.0f s", self.data_dir, self._answer_wait)
        socket.disconnectFromServer()
        return True

    # ---- the owning side -----------------------------------------------------------------
    @property
    def owns_folder(self) -> bool:
        return self._lock.isLocked()

    def listen(self) -> None:
        """Answer the starts after this one (once the folder is ours; again: nothing)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.UserAccessOption)
        QLocalServer.removeServer(self.name)  # left by a killed owner: we hold the lock now
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s; a second start will not find this window",
                        self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            message = json.loads(line.decode("utf-8"))
            request = str(message.get("request", "show"))
            path = str(message.get("path") or "")
        except (ValueError, AttributeError):
            log.warning("ignored a malformed request on %s", self.name)
            socket.abort()
            self._drop(socket)
            return
        socket.write(b'{"ok": true}\n')
        socket.flush()
        socket.disconnectFromServer()
        log.info("another start on this data folder asked for %r", request)
        self.requested.emit(request, path)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def release(self) -> None:
        """Stop listening and free the folder (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def bring_forward(widget: QWidget) -> None:
    """Show ``widget`` un-minimised, on top and active (as far as the window system allows)."""
    from PySide6.QtCore import Qt  # here: the Qt namespace's first import costs ~20 ms before the paint

    state = widget.windowState()
    if state & Qt.WindowMinimized:
        widget.setWindowState((state & ~Qt.WindowMinimized) | Qt.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()


def _allow_foreground() -> None:
    """Windows lets only the foreground process give the focus away: let the first window take it."""
    if os.name != "nt":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    except Exception:  # noqa: BLE001 - only a nicety
        pass
