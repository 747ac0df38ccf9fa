"""The main window opens summaries (menu, drag and drop), the team recap and the trust list."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from absensi_app.domain.verdict import Outcome
from absensi_app.signing import keys
from absensi_app.views.supervisor.recap_window import RecapWindow
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.trust_dialog import TrustDialog

PASS = "frasa sandi jendela utama"


def signed_summary(ctx, tmp_path: Path) -> Path:  # noqa: ANN001
    keys.create_identity(ctx.paths.keys_dir, "Budi", ctx.profile.require().nip, "X", PASS, datetime.now())
    return ctx.export.export_pdf(2026, 11, tmp_path / "ringkasan.pdf", PASS).path


def test_open_summary_from_the_menu_and_by_drop(window, workday_ctx, prompt_log, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    pdf = signed_summary(workday_ctx, tmp_path)
    prompt_log.next_file = str(pdf)
    window.act_open_summary.trigger()
    [viewer] = window.findChildren(SummaryViewer)
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)  # verified off the GUI thread
    assert viewer.isVisible()
    assert viewer.verdict is not None and viewer.verdict.outcome is Outcome.VALID  # the user's own signature
    assert viewer.headline.text().startswith("Sah dan utuh")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    drop = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(drop)
    viewers = window.findChildren(SummaryViewer)
    qtbot.waitUntil(lambda: not any(v.checking for v in viewers), timeout=60_000)
    assert len(viewers) == 2
    assert all(v.isVisible() and v.verdict.outcome is Outcome.VALID for v in viewers)
    # the employee applies nothing here, but a decision would refresh the day view
    window._decision_applied("2026-11", "disetujui")
    assert window.current_day == workday_ctx.clock.today()


def test_recap_and_trust_windows_open(window, prompt_log) -> None:  # noqa: ANN001
    prompt_log.next_folder = None  # the user cancels the folder choice
    window.act_recap.trigger()
    [recap] = window.findChildren(RecapWindow)
    assert recap.isVisible() and not recap.busy
    window.act_trust.trigger()
    [trust] = window.findChildren(TrustDialog)
    assert trust.isVisible()
