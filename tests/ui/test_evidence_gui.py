"""Evidence travels with the report, through the real widgets: the export dialog's evidence
summary, checkbox and size limit; the supervisor viewer's list of attachments, opening one."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.verdict import Outcome
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.evidence import store_evidence_file
from absensi_app.signing import keys
from absensi_app.views.export_dialog import ExportDialog
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from tests.ui.test_supervisor_gui import PASS, SUPERVISOR, _close, person

THURSDAY = date(2026, 11, 26)
SMALL = b"Surat tugas no. 800/123\n" * 50
BIG = os.urandom(6 * 1024 * 1024)


def _add_evidence(ctx, tmp: Path) -> None:  # noqa: ANN001
    (tmp / "surat tugas.pdf").write_bytes(SMALL)
    (tmp / "foto.jpg").write_bytes(BIG)
    for name, hour in (("surat tugas.pdf", 19), ("foto.jpg", 20)):
        ctx.worklog.add(EntryDraft(THURSDAY, Location.KANTOR, f"Kegiatan dengan {name}", time(hour), time(hour, 45),
                                   evidence=store_evidence_file(tmp / name, ctx.paths.evidence_dir)))


def test_export_dialog_says_what_the_evidence_costs_and_leaves_big_files_out(qtbot, window, prompt_log, tmp_path) -> None:  # noqa: ANN001
    ctx = window.ctx
    _add_evidence(ctx, tmp_path)
    profile = ctx.profile.require()
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, datetime.now())
    dialog = ExportDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.evidence
    assert box.isVisible() and box.summary.text() == "Bukti dukung: 2 berkas, 6,0 MB"
    assert box.attach.isChecked() and "Dilampirkan 2 berkas (6,0 MB)" in box.left_out.text()
    box.limited.setChecked(True)  # leave out files over 5 MB
    assert box.options() == (True, 5 * 1024 * 1024)
    assert "Dilampirkan 1 berkas (1 KB); 1 tidak dilampirkan" in box.left_out.text()
    dialog.grab().save("/tmp/evidence-export-dialog.png")
    box.attach.setChecked(False)
    assert not box.limit.isEnabled() and "Dilampirkan 0 berkas" in box.left_out.text()
    box.attach.setChecked(True)
    out = tmp_path / "laporan.pdf"
    prompt_log.next_save_file = str(out)
    qtbot.keyClicks(dialog.passphrase, PASS)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    result = dialog.last_result
    assert result is not None and result.signed, dialog.error.text()
    assert sorted(a.attached for a in result.attachments) == [False, True]
    assert "1 berkas dilampirkan, 1 tidak dilampirkan" in dialog.result_label.text()
    verdict = ctx.verification.verify(out.read_bytes())
    assert verdict.outcome is Outcome.VALID
    # a unsigned-only format has no evidence part
    dialog.set_kind("xlsx")
    assert box.isHidden()


@pytest.fixture
def evidence_office(tmp_path: Path):  # noqa: ANN201
    rina = person(tmp_path, SAMPLE_PROFILE, "rina")
    _add_evidence(rina, tmp_path)
    boss = person(tmp_path, SUPERVISOR, "boss", months=())
    boss.trust.add(rina.keys.certificate_der())
    out = tmp_path / "rina.pdf"
    rina.export.export_pdf(2026, 11, out, PASS, evidence_max_bytes=5 * 1024 * 1024)
    yield {"rina": rina, "boss": boss, "pdf": out.read_bytes()}
    _close(rina)
    _close(boss)


def test_viewer_lists_the_attachments_and_opens_one(qtbot, evidence_office, prompt_log, inline_tasks) -> None:  # noqa: ANN001
    viewer = SummaryViewer(evidence_office["boss"])
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    verdict = viewer.open_bytes(evidence_office["pdf"], "rina.pdf")
    assert verdict.outcome is Outcome.VALID
    panel = viewer.right.attachments
    assert panel.isVisible() and len(panel.open_buttons) == 2
    states = [label.text() for label in panel.state_labels]
    assert states == ["cocok", "tidak dilampirkan"]
    assert panel.open_buttons[0].isEnabled() and not panel.open_buttons[1].isEnabled()
    viewer.resize(1300, 900)
    viewer.grab().save("/tmp/evidence-viewer.png")
    opened: list[Path] = []
    panel.opener = lambda path: opened.append(path) or True
    panel.open_buttons[0].click()
    (path,) = opened
    assert path.read_bytes() == SMALL and path.name.endswith("surat_tugas.pdf")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == verdict.report.attachments[0].sha256
    data_dir = evidence_office["boss"].paths.data_dir
    assert not path.is_relative_to(data_dir)
    assert not panel.message.isVisible()


def test_an_approved_file_keeps_its_attachments_matching(evidence_office) -> None:  # noqa: ANN001
    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision
    from absensi_app.services.verification import Rated

    boss = evidence_office["boss"]
    signed, verdict = boss.approval.countersign(
        evidence_office["pdf"], Decision.APPROVED, "Baik", PASS, Rated(Rating.SESUAI, Rating.SESUAI))
    assert verdict.outcome is Outcome.VALID and len(verdict.signers) == 2
    assert [(a.attached, a.matches) for a in verdict.report.attachments] == [(True, True), (False, None)]
    # the employee receives it: the same check on the employee's side
    again = evidence_office["rina"].verification.verify(signed)
    assert again.consistent and [a.matches for a in again.report.attachments] == [True, None]
