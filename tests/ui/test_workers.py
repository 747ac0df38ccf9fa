"""The one way off the GUI thread (views.workers): the real pool delivers on the GUI thread,
errors reach on_error, a destroyed parent hears nothing, the inline runner is synchronous, and a
cancelled scan stops midway."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.recap import scan_folder
from absensi_app.views.workers import on_gui_thread, run_task, use_inline_runner


def test_the_pool_runs_off_the_gui_thread_and_delivers_on_it(qtbot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        seen["worker_thread"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    task = run_task(work, done)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert seen["result"] == 42
    assert seen["callback"] is gui
    assert seen["worker"] is not gui
    assert seen["worker_thread"] is not threading.main_thread()


def test_an_error_reaches_on_error_on_the_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    got: list[tuple[object, object]] = []
    done: list[object] = []

    def work() -> None:
        raise AbsensiError("rusak")

    task = run_task(work, done.append, lambda exc: got.append((exc, QThread.currentThread())))
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert done == []
    assert len(got) == 1
    assert isinstance(got[0][0], AbsensiError) and str(got[0][0]) == "rusak"
    assert got[0][1] is gui


def test_an_error_without_on_error_is_logged(qtbot, caplog) -> None:
    def work() -> None:
        raise ValueError("tidak terduga")

    task = run_task(work, lambda _r: None)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert any("tidak terduga" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


def test_a_destroyed_parent_gets_no_callback(qtbot) -> None:
    parent = QObject()
    started, release = threading.Event(), threading.Event()
    called: list[str] = []
    progress = on_gui_thread(lambda: called.append("progress"), parent=parent)

    def work() -> str:
        started.set()
        release.wait(10)
        progress()
        return "selesai"

    task = run_task(work, lambda _r: called.append("done"), lambda _e: called.append("error"), parent=parent)
    assert started.wait(10)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _valid(parent), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    QApplication.processEvents()
    assert called == []


def test_a_living_parent_gets_progress_in_order_then_the_result(qtbot) -> None:
    parent = QObject()
    gui = QThread.currentThread()
    seen: list[object] = []
    progress = on_gui_thread(lambda i: seen.append((i, QThread.currentThread() is gui)), parent=parent)

    def work() -> str:
        for i in range(5):
            progress(i)
        return "selesai"

    task = run_task(work, seen.append, parent=parent)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert seen == [(0, True), (1, True), (2, True), (3, True), (4, True), "selesai"]


def test_the_inline_runner_is_synchronous() -> None:
    seen: list[object] = []
    progress = on_gui_thread(lambda i: seen.append(("progress", i)))

    def work() -> str:
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        progress(1)
        return "hasil"

    with use_inline_runner():
        task = run_task(work, lambda r: seen.append(("done", r)))
        assert task.done
        failed = run_task(_raise, seen.append, lambda e: seen.append(("error", str(e))))
        assert failed.done
    assert seen == [("work", True), ("progress", 1), ("done", "hasil"), ("error", "gagal")]


def test_the_inline_fixture_enables_the_inline_runner(inline_tasks) -> None:  # noqa: ARG001
    seen: list[object] = []
    run_task(lambda: 7, seen.append)
    assert seen == [7]


def _raise() -> None:
    raise AbsensiError("gagal")


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class _SlowVerification:
    """Stands in for VerificationService: each file takes a moment; the test may stop it."""

    def __init__(self) -> None:
        self.checked: list[str] = []
        self.first = threading.Event()
        self.go_on = threading.Event()

    def verify_file(self, path: Path):  # noqa: ANN201
        self.checked.append(path.name)
        self.first.set()
        self.go_on.wait(10)
        raise AbsensiError("bukan ringkasan")


def test_cancel_stops_a_scan_midway(qtbot, tmp_path: Path) -> None:
    for i in range(20):
        (tmp_path / f"ringkasan-{i:02d}.pdf").write_bytes(b"%PDF-1.7\n")
    verification = _SlowVerification()
    stop = threading.Event()
    progressed: list[tuple[int, int, str]] = []
    result: list[object] = []
    parent = QObject()
    progress = on_gui_thread(lambda i, n, name: progressed.append((i, n, name)), parent=parent)
    task = run_task(lambda: scan_folder(tmp_path, verification, progress, stop.is_set),
                    result.append, result.append, parent=parent)  # fmt: skip
    assert verification.first.wait(10)
    stop.set()
    verification.go_on.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert len(result) == 1 and isinstance(result[0], list)
    assert 1 <= len(verification.checked) < 20
    assert progressed and progressed[-1][1] == 20 and progressed[-1][0] < 20


def test_the_export_dialog_stays_busy_and_open_while_its_export_runs(qtbot, workday_ctx, prompt_log, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from datetime import time

    from absensi_app.domain.model import EntryDraft, Location
    from absensi_app.views.export_dialog import CSV, ExportDialog

    ctx = workday_ctx
    ctx.worklog.add(EntryDraft(ctx.clock.today(), Location.KANTOR, "Menyusun laporan", time(8, 0), time(10, 0)))
    started, release = threading.Event(), threading.Event()
    real = ctx.export.export_sheet

    def slow(*args):  # noqa: ANN002, ANN202
        started.set()
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(ctx.export, "export_sheet", slow)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_kind(CSV)
    prompt_log.next_save_file = str(tmp_path / "kegiatan.csv")
    dialog.export_button.click()
    assert started.wait(10)
    assert dialog.busy
    assert not dialog.export_button.isEnabled() and not dialog.close_button.isEnabled() and not dialog.month.isEnabled()
    dialog.reject()  # Esc or the title bar's close button
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.last_result is not None and dialog.last_result.rows == 1
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_task_that_outlives_the_application_ends_quietly(tmp_path: Path) -> None:
    """At exit the windows go first, then the QApplication, while a worker may still run."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import threading, time
        from PySide6.QtWidgets import QApplication, QLabel
        from absensi_app.views.workers import on_gui_thread, run_task

        app = QApplication([])
        label = QLabel()
        started = threading.Event()
        progress = on_gui_thread(label.setText)

        def work():
            started.set()
            time.sleep(0.3)
            progress("masih jalan")
            return "selesai"

        run_task(work, lambda r: QLabel(r).show(), parent=None)
        started.wait(5)
        label.deleteLater()
        del app
        print("keluar")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "keluar" in done.stdout and "Traceback" not in done.stderr
