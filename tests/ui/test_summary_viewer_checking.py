"""The summary viewer verifies an opened file off the GUI thread: it says "Memeriksa…"
meanwhile, offers nothing to do with a file not yet checked, and a file opened meanwhile is
never shown with the verdict of the one before."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from absensi_app.domain.verdict import Outcome
from absensi_app.signing import keys
from absensi_app.views.supervisor.summary_viewer import SummaryViewer

PASS = "frasa sandi jendela periksa"


class _HeldVerification:
    """The real checks, except that verifying ``held`` waits until ``release`` is set."""

    def __init__(self, real, held: bytes) -> None:  # noqa: ANN001
        self.real, self.held = real, held
        self.release, self.finished = threading.Event(), threading.Event()

    def verify(self, data: bytes):  # noqa: ANN201
        if data == self.held:
            self.release.wait(30)
            try:
                return self.real.verify(data)
            finally:
                self.finished.set()
        return self.real.verify(data)


def test_a_file_opened_meanwhile_never_gets_the_verdict_of_the_first(qtbot, workday_ctx, prompt_log, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    ctx = workday_ctx
    keys.create_identity(ctx.paths.keys_dir, "Budi", ctx.profile.require().nip, "X", PASS, datetime.now())
    signed = ctx.export.export_pdf(2026, 11, tmp_path / "ringkasan.pdf", PASS).path
    other = tmp_path / "lampiran.pdf"
    other.write_bytes(b"Halo, ini bukan PDF")
    held = _HeldVerification(ctx.verification.snapshot(), signed.read_bytes())
    monkeypatch.setattr(ctx.verification, "snapshot", lambda: held)
    viewer = SummaryViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)

    assert viewer.open_file(signed) is None  # the verdict comes later
    assert viewer.checking and viewer.verdict is None and viewer.status_word.text() == "Memeriksa\u2026"
    assert viewer.left.currentIndex() == viewer.PLACEHOLDER and not viewer.signer_panels
    assert not viewer.approve_button.isVisible() and not viewer.apply_button.isVisible()
    assert viewer.start_approve() is None and viewer.apply_decision() is None
    qtbot.wait(50)  # the window keeps handling events meanwhile
    assert viewer.checking

    viewer.open_file(other)  # before the first check is done
    qtbot.waitUntil(lambda: not viewer.checking, timeout=30_000)
    assert viewer.name == "lampiran.pdf" and viewer.verdict.outcome is Outcome.UNREADABLE
    assert viewer.status_word.text() == "TIDAK TERBACA"
    verdicts = []
    viewer.verified.connect(verdicts.append)
    held.release.set()
    assert held.finished.wait(30)
    qtbot.wait(200)  # the first file's verdict arrives now, and is dropped
    assert verdicts == [] and viewer.name == "lampiran.pdf" and viewer.status_word.text() == "TIDAK TERBACA"

    viewer.open_file(signed)
    qtbot.waitUntil(lambda: not viewer.checking, timeout=30_000)
    assert viewer.verdict.outcome is Outcome.VALID and viewer.status_word.text() == "SAH \u2014 BELUM ADA KEPUTUSAN"
    assert [v.outcome for v in verdicts] == [Outcome.VALID]
