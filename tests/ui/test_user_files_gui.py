"""Files a user picks in the GUI are read only through the one reader (services.files): a
FIFO or /dev/zero chosen in a file picker gives a sentence at once and never freezes the
window. The real widgets, the picker answered through the prompts fake."""

from __future__ import annotations

import json
import os
import threading
import time as clock_time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")


@pytest.fixture
def fifo(tmp_path):  # noqa: ANN001, ANN201
    """A FIFO nobody writes to. Should the code under test block on it anyway, a watchdog
    opens the writing end after 5 s, so the test fails instead of hanging forever."""
    made = []

    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        made.append(path)
        return path

    done = threading.Event()

    def unblock() -> None:
        if done.wait(5):
            return
        for path in made:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                os.close(fd)
            except OSError:
                pass

    watchdog = threading.Thread(target=unblock, daemon=True)
    watchdog.start()
    yield make
    done.set()
    watchdog.join()


def test_a_fifo_or_dev_zero_opened_in_the_summary_viewer(qtbot, workday_ctx, prompt_log, fifo) -> None:  # noqa: ANN001
    from absensi_app.views.supervisor.summary_viewer import SummaryViewer

    viewer = SummaryViewer(workday_ctx)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    pipe = fifo("ringkasan.pdf")
    prompt_log.next_file = str(pipe)
    started = clock_time.monotonic()
    viewer.choose_file()
    assert clock_time.monotonic() - started < 2
    assert "pipa atau soket" in viewer.headline.text() and viewer.status_word.text() == "TIDAK TERBACA"
    assert viewer.data is None and prompt_log.errors == []
    if Path("/dev/zero").exists():
        started = clock_time.monotonic()
        verdict = viewer.open_file("/dev/zero")
        assert clock_time.monotonic() - started < 2
        assert not verdict.readable and "berkas perangkat" in viewer.headline.text()


def test_a_fifo_chosen_as_an_skp_plan(qtbot, workday_ctx, prompt_log, fifo) -> None:  # noqa: ANN001
    from absensi_app.views.skp.skp_dialog import SkpDialog

    dialog = SkpDialog(workday_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    prompt_log.next_file = str(fifo("rencana.json"))
    started = clock_time.monotonic()
    dialog.import_button.click()
    assert clock_time.monotonic() - started < 2
    ((title, text),) = prompt_log.errors
    assert title == "Impor rencana SKP"
    assert "\u201crencana.json\u201d tidak bisa dibaca" in text and "pipa atau soket" in text
    assert workday_ctx.skp.periods() == []


def test_skp_plans_with_a_bom_deep_nesting_or_too_big(qtbot, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    from absensi_app.views.skp.skp_dialog import SkpDialog

    dialog = SkpDialog(workday_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    plan = {
        "format": "absensi-skp-plan", "version": 1,
        "period": {"first": "2026-01-01", "last": "2026-12-31"},
        "rhk": [{"kind": "utama", "name": "Laporan kinerja", "indicator": "Jumlah laporan", "target": 12, "unit": "laporan"}],
    }  # fmt: skip
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(plan).encode("utf-8"))
    prompt_log.next_file = str(bom)
    imported = dialog.import_plan()
    assert imported is not None and [r.name for r in imported.rhk] == ["Laporan kinerja"]
    assert prompt_log.errors == []

    deep = tmp_path / "dalam.json"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    prompt_log.next_file = str(deep)
    assert dialog.import_plan() is None
    assert "bukan berkas JSON yang bisa dibaca" in prompt_log.errors[-1][1]

    big = tmp_path / "besar.json"
    with big.open("wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    prompt_log.next_file = str(big)
    assert dialog.import_plan() is None
    assert "terlalu besar" in prompt_log.errors[-1][1]


def test_skp_export_into_the_data_folder_is_refused(qtbot, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.views.skp.skp_dialog import SkpDialog

    ctx = workday_ctx
    ctx.skp.ensure_year(2026)
    dialog = SkpDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = ctx.paths.database.read_bytes()[:100]
    prompt_log.next_save_file = str(ctx.paths.database)
    assert dialog.export_plan() is None
    assert "folder data Absensi" in prompt_log.errors[-1][1]
    assert ctx.paths.database.read_bytes()[:100] == before


def test_a_fifo_as_pkcs12_or_trusted_certificate(qtbot, workday_ctx, prompt_log, fifo) -> None:  # noqa: ANN001
    from absensi_app.views.key_dialog import KeyDialog
    from absensi_app.views.supervisor.trust_dialog import TrustDialog

    keys_dialog = KeyDialog(workday_ctx)
    qtbot.addWidget(keys_dialog)
    keys_dialog.show()
    keys_dialog.import_button.click()
    keys_dialog.p12_path.setText(str(fifo("kunci.p12")))
    started = clock_time.monotonic()
    keys_dialog.save_button.click()
    assert clock_time.monotonic() - started < 2
    assert "pipa atau soket" in keys_dialog.action_error.text()

    trust = TrustDialog(workday_ctx)
    qtbot.addWidget(trust)
    trust.show()
    prompt_log.next_file = str(fifo("pegawai.cer"))
    started = clock_time.monotonic()
    assert trust.import_certificate() is None
    assert clock_time.monotonic() - started < 2
    assert "pipa atau soket" in prompt_log.errors[-1][1]
    assert workday_ctx.trust.all() == []
