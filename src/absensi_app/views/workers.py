"""The one way off the GUI thread: ``run_task``.

``run_task(fn, on_done, on_error, parent=...)`` runs ``fn()`` on a thread pool and then calls
``on_done(result)`` or ``on_error(exc)`` on the GUI thread. Long work reports progress through a
function made by ``on_gui_thread(callback)`` (callable from any thread; the callback runs on the
GUI thread) and stops when a ``threading.Event`` that the caller owns is set::

    stop = threading.Event()
    progress = on_gui_thread(self._progressed, parent=self)
    run_task(lambda: scan_folder(folder, verification, progress, stop.is_set),
             self._scanned, self._failed, parent=self)

Thread contract:
- only plain values cross between threads: ids, paths, strings, numbers and frozen dataclasses
  (results, errors, progress arguments); never a widget, a model or an ORM object;
- ``fn`` never touches a widget or any other QObject; everything on screen changes in the
  callbacks, which run on the GUI thread;
- ``fn`` uses the database only through a service that opens its own session for the call (or
  works on a snapshot built on the GUI thread beforehand, as the recap does); one task makes
  the services themselves: the start-up (``views.startup``) opens the data folder on a worker
  and hands the context over once the worker is done with it;
- when ``parent`` (a QObject) is destroyed before the task ends, the callbacks are not called.

``use_inline_runner()`` makes ``run_task`` run ``fn`` at once on the calling thread and call the
callbacks before it returns: for tests (the ``inline_tasks`` fixture).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

__all__ = ["Task", "on_gui_thread", "run_task", "use_inline_runner"]


class _Dispatcher(QObject):
    """Lives on the GUI thread; runs the callables posted to it from any thread there."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


_lock = threading.Lock()
_dispatcher: _Dispatcher | None = None
_pool: QThreadPool | None = None
_in_flight: set[Task] = set()
_inline = 0


def _gui() -> _Dispatcher:
    global _dispatcher
    with _lock:
        if _dispatcher is None or not shiboken6.isValid(_dispatcher):
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("run_task needs a QApplication")
            _dispatcher = _Dispatcher()
            _dispatcher.moveToThread(app.thread())
        return _dispatcher


def _thread_pool() -> QThreadPool:
    global _pool
    with _lock:
        if _pool is None or not shiboken6.isValid(_pool):
            # a child of the application: destroying it waits for the tasks still running
            _pool = QThreadPool(QCoreApplication.instance())
        return _pool


def _post(call: Callable[[], None]) -> None:
    """Run ``call`` on the GUI thread: queued from a worker, at once when already there.
    Dropped once the application has ended (a task that outlived the windows at exit)."""
    dispatcher = _dispatcher
    if dispatcher is None or QCoreApplication.instance() is None or not shiboken6.isValid(dispatcher):
        return
    dispatcher.posted.emit(call)


def _alive(parent_ref: Callable[[], QObject | None] | None) -> bool:
    if parent_ref is None:
        return True
    parent = parent_ref()
    return parent is not None and shiboken6.isValid(parent)


def _weak(parent: QObject | None) -> Callable[[], QObject | None] | None:
    return None if parent is None else weakref.ref(parent)


class Task:
    """One call of ``run_task``. ``finished``: ``fn`` has returned (``wait()`` blocks until
    then); ``done``: the callbacks have had their turn, on the GUI thread."""

    def __init__(self, fn: Callable[[], object], on_done: Callable[[object], None],
                 on_error: Callable[[Exception], None] | None, parent: QObject | None) -> None:
        self._fn: Callable[[], object] | None = fn
        self._on_done = on_done
        self._on_error = on_error
        self._parent = _weak(parent)
        self._finished = threading.Event()
        self.done = False

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``fn`` has returned (at most ``timeout`` seconds); True when it has.
        The callbacks still come later, from the event loop."""
        return self._finished.wait(timeout)

    def _work(self) -> tuple[bool, object]:
        try:
            return True, self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the GUI thread, so
            return False, exc  # the caller always hears back (a stuck "busy" dialog otherwise)
        finally:
            self._finished.set()

    def _run_in_pool(self) -> None:  # a worker thread
        outcome = self._work()
        _post(partial(self._deliver, *outcome))

    def _deliver(self, ok: bool, value: object) -> None:  # the GUI thread
        on_done, on_error = self._on_done, self._on_error
        # released here, on the GUI thread: they may hold the last reference to a widget
        self._fn = self._on_done = self._on_error = None
        self.done = True
        _in_flight.discard(self)
        if not _alive(self._parent):
            return
        if ok:
            on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            log.error("background task failed", exc_info=value)


def run_task(fn: Callable[[], object], on_done: Callable[[object], None],
             on_error: Callable[[Exception], None] | None = None, *, parent: QObject | None = None) -> Task:
    """Run ``fn()`` off the GUI thread; then ``on_done(result)`` or ``on_error(exc)`` on the GUI
    thread (without ``on_error`` the exception is logged). Call it from the GUI thread."""
    task = Task(fn, on_done, on_error, parent)
    if _inline:
        task._deliver(*task._work())
        return task
    _gui()  # made here, on the GUI thread, before any worker posts to it
    _in_flight.add(task)
    _thread_pool().start(task._run_in_pool)
    return task


def on_gui_thread(callback: Callable[..., None], *, parent: QObject | None = None) -> Callable[..., None]:
    """A function that any thread may call: each call runs ``callback`` with the same arguments
    on the GUI thread, in order; dropped once ``parent`` is destroyed. For progress reports."""
    _gui()
    parent_ref = _weak(parent)

    def deliver(args: tuple, kwargs: dict) -> None:
        if _alive(parent_ref):
            callback(*args, **kwargs)

    def post(*args: object, **kwargs: object) -> None:
        _post(partial(deliver, args, kwargs))

    return post


@contextmanager
def use_inline_runner() -> Iterator[None]:
    """Within the block ``run_task`` runs ``fn`` at once on the calling thread and calls its
    callback before returning (so ``on_gui_thread`` functions called by ``fn`` call back at
    once too)."""
    global _inline
    _inline += 1
    try:
        yield
    finally:
        _inline -= 1

