"""Start-up: the main window's frame first, then the data.

The launcher (``app.run_gui``) shows ``MainWindow``'s frame before SQLAlchemy, the services
or the database are imported or opened. :func:`after_first_paint` waits until the frame is
painted; then :class:`StartupLoader` opens the data on a worker (``run_task``): the imports,
the start-up check (begun on a thread of its own first), the migration and the day's first
backup (``services.opening.open_folder``), the profile
check and the first day (``read_day``, which also loads the holiday tables). The GUI thread
only asks what to do when the data cannot be opened (``views.data_problem``) and shows the
result.

Handing the context over: it is made on the worker and used on the GUI thread only after the
worker has returned, never on both at once. Its engine's pool serves any thread (SQLAlchemy
opens SQLite files with ``check_same_thread=False``), every service call takes its own
session and none is left open. When the window is closed while the worker runs, the worker
still finishes (a migration is never cut off: :meth:`StartupLoader.finish` waits for it) and
the context it made is closed unused.

:class:`StartupReport` serves the smoke tests and the benchmark: ``ABSENSI_EXIT_AFTER_SHOW=1``
leaves once the data is on screen; ``ABSENSI_STARTUP_REPORT=1`` prints to stderr, at the first
paint and at the first paint with the data, the time (seconds since the epoch) and which heavy
modules were imported by then::

    absensi-startup: painted at=1796140800.123456 modules=
    absensi-startup: shown at=1796140800.456789 entries=7 modules=sqlalchemy,holidays,...
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.views.day_data import DayData, read_day
from absensi_app.views.workers import Task, run_task

if TYPE_CHECKING:
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import AppContext

#: Modules that must not be imported before the window is painted (the start-up test).
WATCHED_MODULES = (
    "sqlalchemy", "alembic", "holidays", "reportlab", "pyhanko", "openpyxl",
    "absensi_app.store", "absensi_app.services.context", "PySide6.QtCore.Qt",
)  # fmt: skip


def _imported(name: str) -> bool:
    """Whether a watched module is loaded. ``PySide6.QtCore.Qt`` is the Qt namespace, made
    the first time it is imported (about 20 ms): it counts once it is in QtCore's dict."""
    if name == "PySide6.QtCore.Qt":
        core = sys.modules.get("PySide6.QtCore")
        return core is not None and "Qt" in vars(core)
    return name in sys.modules


@dataclass(frozen=True)
class Opened:
    """What the worker hands to the GUI thread."""

    ctx: AppContext
    has_profile: bool
    first: DayData | None  # today, read already (None without a profile, or when it failed)


def open_data(paths: AppPaths, clock: Clock) -> Opened:
    """The data of ``paths``, opened and checked, with today read: on the worker."""
    from absensi_app.services.opening import open_folder

    ctx = open_folder(paths, clock)
    try:
        has_profile = ctx.profile.has_profile()
        first = None
        if has_profile:
            try:
                # the form's suggestions (a count over the whole log) come after the day is shown
                first = read_day(ctx, clock.today(), suggestions=False)
            except AbsensiError:
                pass  # the window reads it again and says why it cannot
    except BaseException:
        ctx.close()
        raise
    return Opened(ctx, has_profile, first)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            self.fire()
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` when ``widget`` (a window) is first painted, before the paint."""
    _FirstPaint(widget, callback)


def after_first_paint(widget: QWidget, callback: Callable[[], None], *, at_latest_ms: int = 2000) -> None:
    """Call ``callback`` from the event loop once ``widget``'s first paint is done, or after
    ``at_latest_ms`` when no paint comes (a window shown minimised is not painted)."""
    watcher = _FirstPaint(widget, lambda: QTimer.singleShot(0, callback))
    QTimer.singleShot(at_latest_ms, watcher, watcher.fire)


class StartupLoader(QObject):
    """Opens the data off the GUI thread; asks the user when it cannot be opened.

    Exactly one of the callbacks is called, on the GUI thread: ``opened(Opened)``,
    ``gave_up()`` (the user chose "Keluar") or ``failed(exc)`` (an error nobody can choose
    about, e.g. a failed migration). None is called once ``window`` was closed."""

    def __init__(self, paths: AppPaths, clock: Clock, *, window: QWidget | None,
                 opened: Callable[[Opened], None], gave_up: Callable[[], None],
                 failed: Callable[[BaseException], None],
                 folder_chosen: Callable[[AppPaths], bool] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.paths = paths
        self._clock = clock
        self._window = window
        self._opened, self._gave_up, self._failed = opened, gave_up, failed
        self._folder_chosen = folder_chosen
        self._task: Task | None = None
        self._made: list[Opened] = []  # filled by the worker, emptied on the GUI thread

    def start(self) -> None:
        paths, clock, made = self.paths, self._clock, self._made

        def work() -> Opened:  # the worker: no widget, no QObject
            result = open_data(paths, clock)
            made.append(result)
            return result

        self._task = run_task(work, self._done, self._error, parent=self)

    def _closed(self) -> bool:
        return self._window is not None and not self._window.isVisible()

    def _done(self, result: Opened) -> None:
        if self._closed():
            return  # closed by finish()
        self._made.remove(result)
        self._opened(result)

    def _error(self, exc: BaseException) -> None:
        from absensi_app.views.data_problem import next_paths, problem_kinds

        if self._closed():
            return
        if not isinstance(exc, problem_kinds()):
            self._failed(exc)
            return
        paths = next_paths(exc, self.paths, self._clock, self._window, self._folder_chosen)
        if paths is None:
            self._gave_up()
            return
        self.paths = paths
        self.start()

    def finish(self) -> None:
        """At exit: wait for the worker, and close a context it made that nobody took."""
        if self._task is not None:
            self._task.wait()
        while self._made:
            self._made.pop().ctx.close()


class StartupReport(QObject):
    """``ABSENSI_EXIT_AFTER_SHOW`` and ``ABSENSI_STARTUP_REPORT`` (see the module docstring)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.exit_after_show = bool(os.environ.get("ABSENSI_EXIT_AFTER_SHOW"))
        self.report = bool(os.environ.get("ABSENSI_STARTUP_REPORT"))

    def _print(self, what: str, extra: str = "") -> None:
        if self.report:
            modules = ",".join(m for m in WATCHED_MODULES if _imported(m))
            print(f"absensi-startup: {what} at={time.time():.6f}{extra} modules={modules}", file=sys.stderr, flush=True)

    def frame_shown(self, window: QWidget) -> None:
        if self.report:
            on_first_paint(window, lambda: self._print("painted"))

    def data_shown(self, window: QWidget) -> None:
        """The data is in ``window``: report its next paint, then leave if asked to."""
        if not (self.report or self.exit_after_show):
            return

        once: list[bool] = []

        def painted() -> None:
            if once:
                return
            once.append(True)
            model = getattr(window, "model", None)
            self._print("shown", f" entries={model.rowCount() if model is not None else '-'}")
            if self.exit_after_show:
                QTimer.singleShot(0, self._app.quit)

        if window.isVisible():
            window.update()
            on_first_paint(window, painted)
        QTimer.singleShot(0 if not window.isVisible() else 3000, painted)  # no paint comes: leave anyway
