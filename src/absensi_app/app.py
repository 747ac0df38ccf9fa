"""GUI composition root: paths, logging, QApplication, the language (``views.language``),
database, windows."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """resources/ inside an installed wheel, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here / "resources"


def _excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    """Unexpected errors are logged in full and shown as one clear sentence."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    try:
        from PySide6.QtCore import QCoreApplication

        from absensi_app.views import prompts

        prompts.error(
            None,
            QCoreApplication.translate("App", "Terjadi kesalahan"),
            QCoreApplication.translate(
                "App",
                "Terjadi kesalahan tak terduga: {error}\n\nData yang sudah disimpan tetap aman. "
                "Rinciannya tercatat di folder log aplikasi.",
            ).format(error=exc),
        )
    except Exception:  # noqa: BLE001 - last resort, never crash inside the hook
        pass


def run_gui(
    data_dir: str | None = None, language: str | None = None, open_path: str | None = None
) -> int:
    """The desktop app. ``open_path`` (``absensi open FILE.pdf``) opens that summary in the
    viewer: beside the main window, or alone when this computer has no profile yet (a
    supervisor only checking a file needs none).

    Whose log opens: views.profile_start (the picker when the data root holds several
    profiles, a protected profile's passphrase). "Berkas › Ganti profil…" ends the window and
    the start-up runs again, in this process, on the profile chosen there."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from absensi_app import APP_NAME
    from absensi_app.views import pyside_imports

    pyside_imports.install()  # the later imports (SQLAlchemy, the services) skip PySide's source reading

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("id.go.absensi")  # packaging/linux/id.go.absensi.desktop: the menu entry's window
    icon = resources_dir() / "icons" / "absensi.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from absensi_app.views import language as screen_language

    screen_language.start_language(language)  # the picker speaks this; the folder's own choice follows
    sys.excepthook = _excepthook

    from absensi_app.views.profile_start import choose_at_start, take_switch

    try:
        chosen = choose_at_start(data_dir)  # the picker, then a protected profile's passphrase
    except Exception as exc:  # noqa: BLE001 - shown, not raised
        _cannot_open(app, exc)
        return 1
    if isinstance(chosen, int):  # Batal in the picker (0), or the profile stayed closed (1)
        if chosen:
            print(app.translate("App", "absensi: profil tidak dibuka."), file=sys.stderr)
        return chosen
    paths = chosen.paths
    while True:
        screen_language.folder_language(paths.data_dir)  # Pengaturan › Jendela dan bahasa of this profile
        code = _run_folder(app, paths, open_path)
        switched = take_switch()  # "Ganti profil…": chosen and unlocked in the closed window
        if switched is None:
            return code
        log.info("switching to the data folder %s", switched.paths.data_dir)
        paths, open_path = switched.paths, None


def _run_folder(app, paths, open_path: str | None) -> int:  # noqa: ANN001, C901
    """One start-up on the data folder ``paths``: the window frame, the data on a worker, the
    event loop; everything of this folder is closed again when it returns."""
    from PySide6.QtCore import QTimer

    from absensi_app import APP_NAME
    from absensi_app.domain.errors import AbsensiError
    from absensi_app.views import prompts
    from absensi_app.views.single_instance import Outcome

    shown: dict[str, object] = {}  # the window a second start brings forward, once there is one
    try:
        # the window comes first: a second start waits for this one to listen (after its paint)
        guard, outcome = _claim_data_folder(app, paths, open_path, shown, listen=False)
    except Exception as exc:  # noqa: BLE001 - shown, not raised
        _cannot_open(app, exc)
        return 1
    if outcome is Outcome.FORWARDED:
        log.info("Absensi is already open on %s: asked it to come forward", paths.data_dir)
        return 0
    if outcome is Outcome.NO_ANSWER:
        message = app.translate(
            "App",
            "Absensi sudah terbuka untuk folder data {folder}, tetapi jendelanya tidak menjawab. "
            "Tutup Absensi yang lain lalu coba lagi. Bila tidak ada Absensi lain yang terbuka, "
            "hapus berkas {lock}.",
        ).format(folder=paths.data_dir, lock=guard.lock_path)
        print(message, file=sys.stderr)
        prompts.error(None, APP_NAME, message)
        return 1

    from absensi_app.services.clock import Clock
    from absensi_app.views.startup import StartupLoader, StartupReport, after_first_paint

    def claim_other_folder(new_paths) -> bool:  # noqa: ANN001 - "Buka folder lain…": one window there too
        nonlocal guard
        if guard is not None:
            guard.release()
        guard, claimed = _claim_data_folder(app, new_paths, open_path, shown)
        return claimed not in (Outcome.FORWARDED, Outcome.NO_ANSWER)

    clock = Clock()
    report = StartupReport(app)
    frame = None
    # The window first, its data after (views.startup). `absensi open` on a folder without data
    # shows the viewer alone: no main window to show before it.
    if not open_path or paths.database.exists():
        from absensi_app.views.main_window import MainWindow

        frame = MainWindow(today=clock.today(), shell=True)  # the day view is built after its paint
        frame.restore_placement(paths.data_dir)  # size, position and state as last saved (tampilan.ini)
        shown["window"] = frame
        report.frame_shown(frame)
        frame.show()
    ending: dict[str, object] = {}  # the exit code when the start ends early; the context opened

    def end(code: int) -> None:
        ending["code"] = code
        if frame is not None and frame.isVisible():
            frame.close()
        app.quit()

    def opened(result) -> None:  # noqa: ANN001 - a views.startup.Opened
        ctx = ending["ctx"] = result.ctx
        if open_path and not result.has_profile:  # a supervisor only checking a file needs no profile
            from absensi_app.views.supervisor.summary_viewer import SummaryViewer

            window = SummaryViewer(ctx)
            window.show()
            if frame is not None:
                frame.close()
            window.open_file(open_path)
        else:
            window = start_windows(ctx, frame, result.first)
            if window is None:
                end(0)
                return
            window.start_companion()  # the tray icon (where there is one) and the reminders
            if open_path:
                window.open_summary(open_path)
        shown["window"] = window
        log.info("window open on %s", ctx.paths.data_dir)
        report.data_shown(window)

    def failed(exc: BaseException) -> None:  # e.g. a failed migration: shown, not raised
        _cannot_open(app, exc)
        end(1)

    # A damaged, locked or vanished database: the user chooses (restore, another folder, quit);
    # "Keluar", or nothing could be opened: nothing was written.
    loader = StartupLoader(paths, clock, window=frame, opened=opened, gave_up=lambda: end(1), failed=failed,
                           folder_chosen=claim_other_folder)  # fmt: skip

    def load() -> None:
        loader.start()  # the worker's imports and database work run while the day view is built
        if frame is not None:
            frame.build()
        if guard is not None:
            guard.listen()

    if frame is not None:
        after_first_paint(frame, load)
    else:
        QTimer.singleShot(0, load)
    try:
        code = app.exec()
        return ending.get("code", code)
    except AbsensiError as exc:  # pragma: no cover - handled by the excepthook normally
        prompts.error(None, APP_NAME, exc.message)
        return 1
    finally:
        # Windows must go before the QApplication does, or the process can crash at exit.
        from PySide6.QtCore import QCoreApplication, QEvent

        loader.finish()  # closed while loading: the worker's work ends whole, then is closed
        window = shown.get("window")
        final = getattr(window, "ctx", None) or ending.get("ctx")  # a restore gives the window a new one
        for widget in {id(w): w for w in (frame, window) if w is not None}.values():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        if final is not None:
            if "code" not in ending:  # the window was open: its day's work gets its backup too
                final.backups.daily()  # (once a day, never fails)
            final.close()
        if guard is not None:
            guard.release()


def _cannot_open(app, exc: BaseException) -> None:  # noqa: ANN001
    """The data could not be opened: one sentence on stderr and in a box, never a traceback
    (the log may not exist yet when the folder itself is the problem)."""
    from absensi_app import APP_NAME
    from absensi_app.domain.errors import AbsensiError
    from absensi_app.views import prompts
    from absensi_app.views.labels import error_text

    if isinstance(exc, AbsensiError):
        detail = error_text(exc)
    else:
        detail = str(getattr(exc, "strerror", None) or exc)
        if logging.getLogger().handlers:  # else logging's last resort would print the traceback
            log.error("cannot open data", exc_info=exc)
    message = app.translate("App", "Data tidak bisa dibuka: {error}").format(error=detail)
    print(f"absensi: {message}", file=sys.stderr)
    prompts.error(None, APP_NAME, message)


def _claim_data_folder(app, paths, open_path: str | None, shown: dict, listen: bool = True):  # noqa: ANN001, ANN202
    """One window per data folder (views.single_instance): (guard or None, Outcome).

    A second start hands its request to the first window and leaves; the first brings
    ``shown["window"]`` (or the dialog in front of it) forward and opens a summary it was
    given. No lock is possible when the folder cannot be created or written: open_context
    then says why, in one sentence."""
    from absensi_app.domain.errors import AbsensiError
    from absensi_app.views.single_instance import Outcome, SingleInstance, bring_forward

    try:
        paths.ensure()
    except (AbsensiError, OSError):
        return None, Outcome.UNGUARDED
    guard = SingleInstance(paths.data_dir, app)
    outcome = guard.start("open" if open_path else "show", open_path or "", listen=listen)

    def come_forward(request: str, path: str) -> None:
        try:
            window = shown.get("window")
            target = app.activeModalWidget() or window
            if request == "open" and path and window is not None and app.activeModalWidget() is None:
                opener = getattr(window, "open_summary", None) or getattr(window, "open_file", None)
                opened = opener(path) if opener is not None else None
                target = opened if opened is not None else window
            if target is None:  # e.g. the first-run dialog before it is modal
                target = next((w for w in app.topLevelWidgets() if w.isVisible()), None)
            if target is not None:
                bring_forward(target)
        except Exception:  # noqa: BLE001 - a request from outside never breaks the open window
            log.exception("could not bring the window forward")

    guard.requested.connect(come_forward)
    return guard, outcome


def start_windows(ctx, frame=None, first=None):  # noqa: ANN001, ANN201
    """First-run setup if there is no profile yet, then the main window (None if cancelled).

    ``frame``: the main window already on screen without its data (it is filled in and
    returned); ``first``: the day it shows, read already (views.startup)."""
    from absensi_app.views.main_window import MainWindow

    demo_loaded = False
    if not ctx.profile.has_profile():
        from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo
        from absensi_app.views.profile_form import SetupDialog
        from absensi_app.views.profile_picker import name_first_profile, registered_name

        def save(profile, schedule) -> None:  # noqa: ANN001
            ctx.profile.save(profile, schedule)
            name_first_profile(ctx.paths, profile.name)  # a new computer: the profile gets this name

        def try_sample() -> None:
            nonlocal demo_loaded
            ctx.profile.save(SAMPLE_PROFILE)
            fill_demo(ctx.worklog, ctx.clock.today(), ctx.skp)  # the previous month too on a month's first days
            demo_loaded = True

        dialog = SetupDialog(
            ctx.clock.today,
            save,
            try_sample,
            schedule=ctx.profile.schedule(),
            # a key left in the data folder (e.g. from an earlier profile) is never overwritten here
            create_key=None if ctx.keys.has_key() else ctx.keys.create,
            parent=frame,
        )
        added_as = registered_name(ctx.paths)  # "Tambah profil" asked the name already
        if added_as and not dialog.form.name.text():
            dialog.form.name.setText(added_as)
        if not dialog.exec():
            return None
        first = None
    if frame is None:
        window = MainWindow(ctx)
        window.show()
    else:
        window = frame
        window.attach(ctx, first)
    if demo_loaded:
        window.load_day(ctx.clock.today())
        from PySide6.QtCore import QCoreApplication

        window.statusBar().showMessage(
            QCoreApplication.translate(
                "App", "Data contoh dimuat untuk bulan ini. Ubah profil lewat Pengaturan \u203a Profil dan jadwal kerja."
            ),
            15000,
        )
    return window


def main() -> int:
    """Entry point of the `absensi-gui` launcher."""
    return run_gui()
