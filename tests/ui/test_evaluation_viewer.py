"""The supervisor opens an employee's signed yearly Dokumen Evaluasi Kinerja in the viewer:
a valid document of its own kind, its signed data in short, and no approve or return."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel

from absensi_app.config import AppPaths
from absensi_app.domain.verdict import Outcome
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.services.evaluation import EvaluationService
from absensi_app.signing import keys
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from tests.signing.test_evaluation import NOW, PASS, PROFILE, plan_and_entries
from tests.signing.test_supervisor import SUPERVISOR


def test_the_viewer_shows_an_evaluation_document_without_decisions(qtbot, tmp_path: Path, prompt_log, inline_tasks) -> None:  # noqa: ANN001
    employee = open_context(AppPaths(tmp_path / "data"), Clock(NOW))
    boss = open_context(AppPaths(tmp_path / "boss"), Clock(NOW))
    try:
        employee.profile.save(PROFILE)
        keys.create_identity(employee.paths.keys_dir, PROFILE.name, PROFILE.nip, PROFILE.agency, PASS, datetime.now())
        plan_and_entries(employee)
        service = EvaluationService(employee)
        out = tmp_path / "evaluasi.pdf"
        service.export_pdf(service.choose_period(2026), out, PASS)
        boss.profile.save(SUPERVISOR)
        boss.trust.add(employee.keys.certificate_der())

        viewer = SummaryViewer(boss)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitExposed(viewer)
        verdict = viewer.open_file(out)
        assert verdict.outcome is Outcome.VALID and verdict.document == "evaluasi"
        assert "dokumen evaluasi kinerja" in viewer.headline.text()
        assert viewer.data_box.isVisible() and "dokumen evaluasi" in viewer.data_box.title()
        shown = "\n".join(label.text() for label in viewer.data_box.findChildren(QLabel) if label.isVisible())
        assert PROFILE.nip in shown and "SKP 2026" in shown
        assert not viewer.approve_button.isVisible() and not viewer.return_button.isVisible()
        assert viewer.action_hint.isVisible() and "evaluasi kinerja tahunan" in viewer.action_hint.text()
        assert prompt_log.errors == []
    finally:
        employee.close()
        boss.close()
