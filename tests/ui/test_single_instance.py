"""One window per data folder: real `absensi` processes against a first window.

A second GUI on the same folder hands "show" to the first one and leaves with 0; a lock left by
a killed process does not block; the command line works beside the window; the window shows
what the command line added when it is activated again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, time as dtime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLockFile
from PySide6.QtWidgets import QApplication, QWidget

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.views.single_instance import LOCK_NAME, Outcome, SingleInstance, server_name

ABSENSI = str(Path(sys.executable).with_name("absensi"))
FRIDAY = date(2026, 11, 27)



def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ABSENSI_EXIT_AFTER_SHOW", None)
    env.update(extra)
    return env


def _demo(data: Path) -> None:
    """A profile and a month of entries, so a start opens the main window (no first-run dialog)."""
    subprocess.run([ABSENSI, "--data-dir", str(data), "demo"], env=_env(), check=True, capture_output=True, timeout=60)


def _log_text(data: Path) -> str:
    log = data / "logs" / "absensi.log"
    return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""


def _wait_for(condition, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _start_first_window(data: Path) -> subprocess.Popen:
    """A real GUI process that stays open, returned once its window is on screen."""
    before = _log_text(data).count("window open on")
    first = subprocess.Popen(
        [ABSENSI, "--data-dir", str(data)], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for(lambda: _log_text(data).count("window open on") > before or first.poll() is not None, 60,
                  "the first window")  # fmt: skip
    except AssertionError:
        first.kill()
        raise
    assert first.poll() is None, first.communicate()
    return first


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_server_name_is_one_per_folder_whatever_the_spelling(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    name = server_name(tmp_path / "a")
    assert name.startswith("absensi-") and len(name) < 50 and name.replace("-", "").isalnum()


def test_second_start_hands_show_to_the_first_and_exits_0(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    data = tmp_path / "data"
    _demo(data)
    first = SingleInstance(data)  # the test process plays the first window
    assert first.start() is Outcome.FIRST
    requests: list[tuple[str, str]] = []
    first.requested.connect(lambda request, path: requests.append((request, path)))
    try:
        # ABSENSI_EXIT_AFTER_SHOW: if the guard did not work, the second start opens its own
        # window and leaves at once (exit 0 but no request): the test still fails, never hangs
        begun = time.monotonic()
        second = subprocess.Popen([ABSENSI, "--data-dir", str(data)], env=_env(ABSENSI_EXIT_AFTER_SHOW="1"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        elapsed = time.monotonic() - begun
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "Traceback" not in err
        assert requests == [("show", "")]
        assert elapsed < 10, elapsed

        # `absensi open FILE` on a second start hands the file to the first window
        pdf = tmp_path / "ringkasan.pdf"
        pdf.write_bytes(b"%PDF-1.4\n")
        done = subprocess.Popen([ABSENSI, "--data-dir", str(data), "open", str(pdf)],
                                env=_env(ABSENSI_EXIT_AFTER_SHOW="1"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)  # fmt: skip
        qtbot.waitUntil(lambda: done.poll() is not None, timeout=30_000)
        assert done.returncode == 0, done.communicate()[1]
        assert requests[-1] == ("open", str(pdf.resolve()))
    finally:
        first.release()
    assert not (data / LOCK_NAME).exists()


def test_a_lock_held_by_a_live_silent_process_is_not_taken_over(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    data = tmp_path / "data"
    data.mkdir()
    held = QLockFile(str(data / LOCK_NAME))  # this (live) process holds the lock, no server
    assert held.tryLock(0)
    # an old lock file is not stale while its process lives (Qt's default would say so after 30 s)
    old = time.time() - 3600
    os.utime(data / LOCK_NAME, (old, old))
    second = SingleInstance(data, start_wait=0.5)
    assert second.start() is Outcome.NO_ANSWER
    assert not second.owns_folder
    held.unlock()


@pytest.mark.skipif(os.name != "posix", reason="kill -9 (SIGKILL) is POSIX only")
def test_real_first_window_second_start_cli_beside_and_stale_lock_after_kill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data)
    first = _start_first_window(data)
    try:
        lock = data / LOCK_NAME
        assert lock.exists() and lock.read_text().split("\n")[0] == str(first.pid)

        begun = time.monotonic()
        second = subprocess.run([ABSENSI, "--data-dir", str(data)], env=_env(ABSENSI_EXIT_AFTER_SHOW="1"),
                                capture_output=True, text=True, timeout=30)  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "Traceback" not in second.stderr
        assert time.monotonic() - begun < 10
        _wait_for(lambda: "asked for 'show'" in _log_text(data), 10, "the first window to get the request")
        assert _log_text(data).count("window open on") == 1  # the second start opened no window
        assert first.poll() is None

        # a lock file that merely looks old still belongs to the live window
        old = time.time() - 3600
        os.utime(lock, (old, old))
        third = subprocess.run([ABSENSI, "--data-dir", str(data)], env=_env(ABSENSI_EXIT_AFTER_SHOW="1"),
                               capture_output=True, text=True, timeout=30)  # fmt: skip
        assert third.returncode == 0, third.stderr
        _wait_for(lambda: _log_text(data).count("asked for 'show'") == 2, 10, "the second request")
        assert _log_text(data).count("window open on") == 1
        assert lock.read_text().split("\n")[0] == str(first.pid)

        # the command line takes no lock: it works while the window is open
        day = (date.today() - timedelta(days=40)).isoformat()
        added = subprocess.run([ABSENSI, "--data-dir", str(data), "log", "add", "--date", day, "--start", "19:00",
                                "--end", "19:30", "--location", "rumah", "--text", "Ditambah dari terminal"],
                               env=_env(), capture_output=True, text=True, timeout=30)  # fmt: skip
        assert added.returncode == 0, added.stderr
        listed = subprocess.run([ABSENSI, "--data-dir", str(data), "log", "list", "--month", day[:7], "--json"],
                                env=_env(), capture_output=True, text=True, timeout=30)  # fmt: skip
        assert listed.returncode == 0 and "Ditambah dari terminal" in listed.stdout

        # kill -9: the lock file stays behind with a dead process in it ...
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        assert lock.exists()
    finally:
        _stop(first)

    # ... and neither it nor the killed window's socket file blocks the next start: it opens
    # its own window and answers the start after it
    begun = time.monotonic()
    again = _start_first_window(data)
    try:
        assert time.monotonic() - begun < 20
        assert _log_text(data).count("window open on") == 2
        assert lock.read_text().split("\n")[0] == str(again.pid)
        fourth = subprocess.run([ABSENSI, "--data-dir", str(data)], env=_env(ABSENSI_EXIT_AFTER_SHOW="1"),
                                capture_output=True, text=True, timeout=30)  # fmt: skip
        assert fourth.returncode == 0, fourth.stderr
        _wait_for(lambda: _log_text(data).count("asked for 'show'") == 3, 10, "the request to the new window")
        assert _log_text(data).count("window open on") == 2
        os.kill(again.pid, signal.SIGKILL)
        again.wait(timeout=30)
    finally:
        _stop(again)

    # a start that ends normally leaves no lock behind
    last = subprocess.run([ABSENSI, "--data-dir", str(data)], env=_env(ABSENSI_EXIT_AFTER_SHOW="1"),
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert last.returncode == 0, last.stderr
    assert "Traceback" not in last.stderr
    assert _log_text(data).count("window open on") == 3
    assert not lock.exists()


def test_window_shows_what_the_cli_added_when_activated_again(qtbot, window) -> None:  # noqa: ANN001
    assert window.current_day == FRIDAY
    assert window.model.rowCount() == 0
    # "outside": the same services the command line uses, on the same database file
    from absensi_app.services.context import open_context

    outside = open_context(window.ctx.paths, window.ctx.clock)
    try:
        outside.worklog.add(EntryDraft(FRIDAY, Location.RUMAH, "Ditambah dari terminal", dtime(7, 30), dtime(8, 0)))
    finally:
        outside.close()
    assert window.model.rowCount() == 0  # nothing told the window yet
    window.form.description.setText("sedang diketik")

    QCoreApplication.sendEvent(window, QEvent(QEvent.WindowActivate))

    assert window.model.rowCount() == 1
    assert window.model.entry(0).description == "Ditambah dari terminal"
    assert window.table.isVisible() and not window.empty_label.isVisible()
    assert window.form.description.text() == "sedang diketik"  # typed input is kept


def test_dashboard_on_screen_is_recomputed_on_activation(qtbot, window) -> None:  # noqa: ANN001
    window.show_dashboard()
    assert window.is_dashboard_shown()
    assert window.dashboard.progress.totals.total_minutes == 0
    from absensi_app.services.context import open_context

    outside = open_context(window.ctx.paths, window.ctx.clock)
    try:
        outside.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat dari terminal", dtime(8, 0), dtime(10, 0)))
    finally:
        outside.close()
    # a real activation: another window takes the focus, then the main window gets it back
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.dashboard.progress.totals.total_minutes == 120, timeout=5000)
    assert window.is_dashboard_shown()
    assert window.model.rowCount() == 1
