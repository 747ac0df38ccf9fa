"""Soak test: the real main window through thousands of ordinary actions.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on ordinary calls
(``QLineEdit.setText``, ``QComboBox.currentData()`` returning None, ...). After a few hundred
day switches the count reaches zero and the process aborts with "Fatal Python error:
none_dealloc" (exit 134): the user loses what they were typing. The short test suite never
gets there, so this test drives the window long enough to see the count fall and fails
(cleanly, before the abort) when it does.

On Python 3.12+ ``None`` is immortal and its count never moves; the soak still runs and then
guards against crashes and unbounded memory growth.

The CI form takes a few seconds. The long form (tens of thousands of actions):

    ABSENSI_SOAK=long QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/ui/test_refcount_soak.py -q
"""

from __future__ import annotations

import gc
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTime

FRIDAY = date(2026, 11, 27)
LONG = os.environ.get("ABSENSI_SOAK", "").lower() == "long"
# (cycles, a save every n cycles); a cycle = previous day, next day and four combo reads.
# Short (about 20 s): 1,000 cycles = 2,000 day switches, 100 saves (each undone), 4,000 combo
# reads. Long: 20 times that.
CYCLES = 20_000 if LONG else 1_000
SAVE_EVERY = 10
CHECK_EVERY = 50
# None's count moves a little with what the app keeps (undo commands, caches): a leaking
# binding loses about 170 per day switch, so a few dozen is far below any real leak.
ALLOWED_DROP = 50
ALLOWED_RSS_GROWTH = (256 if LONG else 64) * 1024 * 1024


def _rss_bytes() -> int | None:
    """Resident memory of this process (Linux /proc; None elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _none_count() -> int:
    gc.collect()
    return sys.getrefcount(None)


def _one_cycle(qtbot, win, i: int) -> None:  # noqa: ANN001
    win.act_prev.trigger()
    win.act_next.trigger()
    # combo reads as the save path does them; with no RHK chosen their data is None
    assert win.form.rhk_id() is None
    assert win.form.action_id() is None
    assert win.form.rhk.currentData() is None
    assert win.status_combo.currentData() == ""  # "(belum diisi)"
    if i % SAVE_EVERY == 0:
        form = win.form
        form.start.setTime(QTime(7, 30))
        form.end.setTime(QTime(8, 0))
        form.description.setText(f"Apel pagi dan pembacaan tugas {i}")
        form.save_button.click()
        assert win.model.rowCount() == 1, form.error.text()
        win.undo_stack.undo()  # the real Ctrl+Z path: the entry is deleted again
        assert win.model.rowCount() == 0


def test_none_refcount_stays_flat_over_thousands_of_actions(qtbot, window) -> None:  # noqa: ANN001
    assert window.current_day == FRIDAY
    for i in range(30):  # warm-up: caches, the completer, the undo stack's first commands
        _one_cycle(qtbot, window, i)
    start = _none_count()
    rss_start = _rss_bytes()
    lowest = start
    for i in range(CYCLES):
        _one_cycle(qtbot, window, i)
        if i % CHECK_EVERY == CHECK_EVERY - 1:
            now = _none_count()
            lowest = min(lowest, now)
            # fail here, long before a leaking binding reaches zero and aborts the whole run
            assert start - now <= ALLOWED_DROP, (
                f"sys.getrefcount(None) fell from {start} to {now} after {i + 1} cycles "
                f"({2 * (i + 1)} day switches): the Qt binding drops references to None and "
                f"the GUI will abort with 'Fatal Python error: none_dealloc'. "
                f"See the PySide6 pin in pyproject.toml."
            )
    end = _none_count()
    print(f"None refcount: start {start}, lowest {lowest}, end {end}")  # shown with -s
    assert start - end <= ALLOWED_DROP, (start, end, lowest)
    assert window.current_day == FRIDAY
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    if rss_start is not None:
        growth = _rss_bytes() - rss_start
        assert growth <= ALLOWED_RSS_GROWTH, f"memory grew by {growth / 2**20:.1f} MB over the soak"
