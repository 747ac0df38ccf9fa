"""Driver for the GUI figures: starts a window and prints when it is really painted.

    BENCH_T0=<parent's time.time()> python bench/_gui_probe.py bare
    BENCH_T0=... python bench/_gui_probe.py floor
    BENCH_T0=... python bench/_gui_probe.py app DATA_DIR [--dashboard]

``bare`` shows an empty QMainWindow, ``floor`` the same window, and once it is painted imports
SQLAlchemy's ORM (what any window that reads the database through it must load, with nothing
of Absensi's own, and without PySide6's source reading, as the app) and prints ``floor T``;
``app`` runs Absensi's own start (``absensi --data-dir
DATA_DIR``, as a user's launcher does). An application-wide event filter, installed the moment
the QApplication exists, prints (seconds since BENCH_T0, one line each, on stdout):

* ``painted T``: the first Paint event of a widget inside a top-level QMainWindow;
* ``entries T``: the first paint of the main window's entry table while it has rows and the
  day's totals are filled in (the window may be shown empty first and filled later);
* with ``--dashboard``, once the entries are shown the progress view is opened (the user's
  action) and ``dashboard T`` is printed at its first paint, then ``rss KB``, the process's
  peak resident memory;

then the app is asked to quit. Anything missing after 60 s prints ``timeout`` and exits 3.
"""

from __future__ import annotations

import os
import resource
import sys
import time

T0 = float(os.environ.get("BENCH_T0") or time.time())
TIMEOUT_MS = 60_000


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def stamp(name: str) -> None:
    say(f"{name} {time.time() - T0:.6f}")


def install(want_entries: bool, want_dashboard: bool, after_paint=None) -> None:  # noqa: ANN001
    """Replace QApplication by a subclass that watches its own events, whoever creates it."""
    import PySide6.QtWidgets as widgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    QMainWindow, QTableView = widgets.QMainWindow, widgets.QTableView
    state = {"painted": False, "entries": not want_entries, "dashboard": not want_dashboard, "page": None,
             "window": None}  # fmt: skip

    def finish() -> None:
        if after_paint is not None:
            after_paint()
        app = widgets.QApplication.instance()
        app.removeEventFilter(watcher)
        watcher.deleteLater()  # its filters on the window go with it
        QTimer.singleShot(0, app.quit)

    def entries_ready(window) -> bool:  # noqa: ANN001
        table = getattr(window, "table", None) or window.findChild(QTableView)
        label = getattr(window, "total_label", None)
        return (
            table is not None and table.isVisible() and table.model() is not None
            and table.model().rowCount() > 0 and (label is None or bool(label.text()))
        )  # fmt: skip

    def open_dashboard(window) -> None:  # noqa: ANN001
        if hasattr(window, "show_dashboard"):
            window.show_dashboard()
        else:
            window.act_show_dashboard.trigger()
        state["page"] = window.pages.currentWidget() if hasattr(window, "pages") else window

    class Watcher(QObject):
        """Watches the whole application only until the first main window shows up, then
        that window and every widget inside it (new ones as they are added): an
        application-wide Python filter makes PySide wrap every object that gets an event,
        Qt's private ones too (wrapping the animation timer of a Qt style made PySide create
        about 150 enum types, some 25 ms), a cost the app never pays without the probe."""

        def watch(self, widget) -> None:  # noqa: ANN001
            for w in (widget, *widget.findChildren(widgets.QWidget)):
                w.installEventFilter(self)  # once per object: Qt moves a repeated filter to the front

        def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
            kind = event.type()
            if state["window"] is None:
                if not obj.isWidgetType() or not isinstance(obj.window(), QMainWindow):
                    return False
                state["window"] = obj.window()
                widgets.QApplication.instance().removeEventFilter(self)
                self.watch(state["window"])
            if kind == QEvent.ChildAdded:
                if obj.isWidgetType():
                    QTimer.singleShot(0, lambda o=obj: self.watch(o))  # once the child is whole
                return False
            if kind != QEvent.Paint or not obj.isWidgetType():
                return False
            window = obj.window()
            if not isinstance(window, QMainWindow):
                return False
            if not state["painted"]:
                state["painted"] = True
                stamp("painted")
            if not state["entries"] and entries_ready(window):
                state["entries"] = True
                stamp("entries")
                if not state["dashboard"]:
                    QTimer.singleShot(0, lambda: open_dashboard(window))
            elif not state["dashboard"] and state["page"] is not None and state["page"].isAncestorOf(obj):
                state["dashboard"] = True
                stamp("dashboard")
                say(f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
            if state["painted"] and state["entries"] and state["dashboard"]:
                QTimer.singleShot(0, finish)
            return False

    watcher = Watcher()

    def give_up() -> None:
        say("timeout")
        os._exit(3)

    class ProbeApplication(widgets.QApplication):
        def __init__(self, *args) -> None:  # noqa: ANN002
            super().__init__(*args)
            watcher.setParent(self)
            self.installEventFilter(watcher)
            QTimer.singleShot(TIMEOUT_MS, give_up)

    widgets.QApplication = ProbeApplication


def _import_orm() -> None:
    """The floor's import, without PySide6's reading of every new module's source (which the
    app avoids too: views/pyside_imports.py), so the floor is the least the app could do."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda module: False
    import sqlalchemy.orm  # noqa: F401

    stamp("floor")


def main(argv: list[str]) -> int:
    mode = argv[0]
    install(want_entries=mode == "app", want_dashboard="--dashboard" in argv,
            after_paint=_import_orm if mode == "floor" else None)  # fmt: skip
    if mode in ("bare", "floor"):
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1180, 760)
        window.show()
        return app.exec()
    from absensi_app.cli import main as absensi

    return absensi(["--data-dir", argv[1]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
