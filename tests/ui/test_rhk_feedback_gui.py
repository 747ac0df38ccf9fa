"""The supervisor's feedback per RHK in the GUI, over real keys and signed files: the
decision dialog's fields, the viewer's decision box, the employee applying the decision and
the dashboard's RHK rows keeping the feedback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision, Outcome
from absensi_app.views.dashboard.rhk import RhkPanel
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from tests.ui.test_supervisor_gui import PASS, SAMPLE_PROFILE, SUPERVISOR, _close, person


@pytest.fixture
def pair(tmp_path: Path):  # noqa: ANN201
    rina = person(tmp_path, SAMPLE_PROFILE, "rina")
    boss = person(tmp_path, SUPERVISOR, "boss", months=())
    boss.trust.add(rina.keys.certificate_der())
    source = tmp_path / "masuk" / "rina-2026-11.pdf"
    source.parent.mkdir()
    rina.export.export_pdf(2026, 11, source, PASS)
    yield rina, boss, source
    for ctx in (rina, boss):
        _close(ctx)


def texts(widget) -> str:  # noqa: ANN001
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_feedback_per_rhk_from_the_dialog_to_the_dashboard(qtbot, pair, prompt_log, inline_tasks, tmp_path) -> None:  # noqa: ANN001
    rina, boss, source = pair
    viewer = SummaryViewer(boss)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.open_file(source)
    viewer.approve_button.click()
    dialog = viewer.decision_dialog
    rhk = viewer.verdict.report.rhk
    box = dialog.rhk_feedback
    assert box.isVisible() and list(box.texts) == [r.id for r in rhk]
    assert f"RHK no. {rhk[0].id}: {rhk[0].name}" in texts(box)
    qtbot.keyClicks(box.texts[rhk[0].id], "Capaian melampaui target, pertahankan.")
    box.fill(rhk[1].id, "", Rating.DI_BAWAH)
    box.ratings[rhk[0].id].setCurrentIndex(box.ratings[rhk[0].id].findData("di-atas"))
    box.texts[rhk[0].id].setFocus()
    dialog.set_rating(Rating.SESUAI, Rating.SESUAI)
    dialog.grab().save("/tmp/rhk_feedback_dialog.png")
    # too long: refused in the dialog, nothing signed
    box.fill(rhk[2].id if len(rhk) > 2 else rhk[1].id, "a" * 1001)
    dialog.passphrase.setText(PASS)
    dialog.sign_button.click()
    assert dialog.error.isVisible() and "terlalu panjang" in dialog.error.text() and prompt_log.save_requests == []
    box.fill(rhk[2].id if len(rhk) > 2 else rhk[1].id, "", Rating.DI_BAWAH if len(rhk) == 2 else None)
    out = tmp_path / "disetujui.pdf"
    prompt_log.next_save_file = str(out)
    dialog.passphrase.setText(PASS)
    dialog.sign_button.click()
    assert not dialog.error.isVisible(), dialog.error.text()
    written = boss.verification.verify_file(out)
    assert written.outcome is Outcome.VALID and written.decision is Decision.APPROVED
    assert [(i.rhk_id, i.feedback, i.assessment) for i in written.approval.rhk_feedback] == [
        (rhk[0].id, "Capaian melampaui target, pertahankan.", Rating.DI_ATAS), (rhk[1].id, "", Rating.DI_BAWAH)]
    shown = texts(viewer.decision_box)
    assert "Capaian melampaui target, pertahankan." in shown and "Di Bawah Ekspektasi" in shown
    viewer.grab().save("/tmp/rhk_feedback_viewer.png")

    # the employee opens it, sees the feedback, applies it: kept for the dashboard
    mine = SummaryViewer(rina)
    qtbot.addWidget(mine)
    mine.show()
    mine.open_file(out)
    assert f"RHK no. {rhk[0].id}: {rhk[0].name} \u2014 Di Atas Ekspektasi" in texts(mine.decision_box)
    with qtbot.waitSignal(mine.decision_applied):
        mine.apply_button.click()
    assert "Umpan balik per RHK:" in mine.result.text() and "Capaian melampaui target" in mine.result.text()
    stored = rina.approval.feedback.for_month("2026-11")
    assert set(stored) == {rhk[0].id, rhk[1].id}
    panel = RhkPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 640)
    panel.show_progress(rina.summary.progress(2026, 11), stored)
    panel.show()
    rows = panel.rows_shown()
    assert rows[0].feedback is not None and rows[0].feedback.text() == (
        "Umpan balik pejabat penilai (Di Atas Ekspektasi): Capaian melampaui target, pertahankan.")
    assert rows[1].feedback.text() == "Umpan balik pejabat penilai (Di Bawah Ekspektasi): -"
    assert all(r.feedback is None for r in rows[2:])
    panel.grab().save("/tmp/rhk_feedback_dashboard.png")
    panel.show_progress(rina.summary.progress(2026, 11))  # without feedback: as before
    assert all(r.feedback is None for r in panel.rows_shown())
