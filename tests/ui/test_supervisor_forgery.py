"""The summary viewer over real forgeries and real decisions: a decision signed with a key made
in the supervisor's own name, a summary signed with a key made in the employee's own name, a
conflicting employee certificate on approve, the colours and words of an approval and of a
return, printing to a PDF printer and saving a copy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision, Outcome, Trust
from absensi_app.services.verification import Rated
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.trust_dialog import TrustDialog
from absensi_app.views.supervisor.verdict_text import (
    ALARM_COLOURS,
    FORGED_COLOURS,
    OK_COLOURS,
    OK_STYLE,
    RETURNED_COLOURS,
    RETURNED_STYLE,
)
from tests.signing.test_forgery import LONG_NOTE, RINA_NIP, forged  # noqa: F401 - the fixture
from tests.signing.test_supervisor import PASS, SUPERVISOR

GREEN = OK_STYLE.split(":")[1].strip(" ;")


@pytest.fixture(scope="module")
def decided(forged):  # noqa: ANN001, ANN201, F811
    """The real supervisor's approval and return of Rina's real summary, as files."""
    boss, tmp = forged["boss"], forged["tmp"]
    approved, _ = boss.approval.countersign(forged["files"]["summary"], Decision.APPROVED, "Terima kasih", PASS,
                                            Rated(Rating.DI_ATAS, Rating.DI_ATAS))  # fmt: skip
    returned, _ = boss.approval.countersign(forged["files"]["summary"], Decision.RETURNED, LONG_NOTE, PASS)
    (tmp / "disetujui.pdf").write_bytes(approved)
    (tmp / "dikembalikan.pdf").write_bytes(returned)
    return {"approved": tmp / "disetujui.pdf", "returned": tmp / "dikembalikan.pdf"}


def make_viewer(qtbot, ctx) -> SummaryViewer:  # noqa: ANN001
    v = SummaryViewer(ctx)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def viewer(qtbot, forged, prompt_log, inline_tasks):  # noqa: ANN001, ANN201, F811
    """The real supervisor's viewer."""
    return make_viewer(qtbot, forged["boss"])


def texts(widget) -> str:  # noqa: ANN001
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def green_labels(widget) -> list[str]:  # noqa: ANN001
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and GREEN in label.styleSheet()]


# ---- a decision in the supervisor's own name ------------------------------------------------
def test_a_forged_decision_is_the_loudest_verdict_and_no_decision(viewer, forged, prompt_log) -> None:  # noqa: ANN001, F811
    path = forged["tmp"] / "forged_approval.pdf"
    verdict = viewer.open_file(path)
    assert verdict.outcome is Outcome.FORGED
    assert viewer.status_word.text() == "PALSU: ATAS NAMA ANDA"
    assert FORGED_COLOURS[0] in viewer.banner.styleSheet()
    assert viewer.headline.text().startswith(f"PALSU: keputusan di berkas ini ditandatangani atas nama Anda (NIP {SUPERVISOR.nip})")
    employee, supervisor = viewer.signer_panels
    assert supervisor.trust.text().startswith("PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda")
    assert "tidak bisa dipercayai" in texts(supervisor)
    assert employee.trust_button is None and supervisor.trust_button is None  # no one-click trust
    # the decision is never shown as a decision: no word, no note, no rating, nothing green
    assert viewer.decision_box.isVisible() and viewer.decision_box.title() == "Keputusan TIDAK BERLAKU"
    decision = texts(viewer.decision_box)
    assert "bukan keputusan Anda" in decision
    for shown in ("DISETUJUI", "Sangat Baik", "Bagus", "Predikat"):
        assert shown not in decision
    assert green_labels(viewer.decision_box) == []
    assert not viewer.data_box.isVisible() and "atas nama Anda" in viewer.no_data.text()
    assert not viewer.month_label.isVisible()
    # nothing to do with it but keep it
    for button in (viewer.approve_button, viewer.return_button, viewer.apply_button):
        assert not button.isVisible()
    assert viewer.action_hint.isVisible() and "dipalsukan atas nama Anda" in viewer.action_hint.text()
    assert not viewer.print_action.isEnabled() and viewer.save_copy_action.isEnabled()
    # the pages (with a stamp in the supervisor's name) are hidden until asked for
    assert viewer.left.currentIndex() == viewer.PLACEHOLDER
    viewer.show_pages_button.click()
    assert viewer.pages_banner.text().startswith("PALSU") and FORGED_COLOURS[0] in viewer.pages_banner.styleSheet()
    # every way to count or trust it is refused with one sentence
    assert viewer.start_approve() is None and viewer.decision_dialog is None
    assert prompt_log.errors[-1][1].startswith("Ringkasan ini tidak bisa disetujui atau dikembalikan. PALSU")
    assert viewer.trust_signer(verdict.supervisor) is False
    assert "tidak bisa dipercayai" in prompt_log.errors[-1][1] and prompt_log.confirms == []
    assert forged["boss"].trust.get(verdict.supervisor.fingerprint) is None
    assert viewer.apply_decision() is None and prompt_log.errors[-1][1].startswith("PALSU")
    assert viewer.print_to(QPrinter()) == 0 and "Hanya ringkasan yang sah" in prompt_log.errors[-1][1]


def test_the_trust_list_refuses_a_certificate_in_ones_own_nip(qtbot, forged, prompt_log, tmp_path) -> None:  # noqa: ANN001, F811
    from absensi_app.signing import keys

    boss, forger = forged["boss"], forged["forger"]
    cer = tmp_path / "pejabat.cer"
    cer.write_bytes(keys.load_certificate_pem(forger.paths.keys_dir))
    d = TrustDialog(boss)
    qtbot.addWidget(d)
    d.show()
    before = [c.fingerprint for c in boss.trust.all()]
    prompt_log.next_file = str(cer)
    assert d.import_certificate() is None
    assert prompt_log.confirms == []  # refused before any question
    title, text = prompt_log.errors[-1]
    assert title == "Impor sertifikat" and f"atas NIP Anda sendiri ({SUPERVISOR.nip}), tetapi bukan sertifikat Anda" in text
    assert [c.fingerprint for c in boss.trust.all()] == before


# ---- a summary in the employee's own name ---------------------------------------------------
def test_an_employee_sees_a_forgery_in_her_name_and_cannot_apply_it(qtbot, forged, prompt_log, inline_tasks) -> None:  # noqa: ANN001, F811
    rina = forged["rina"]
    v = make_viewer(qtbot, rina)
    lock = rina.locks.get("2026-11")
    verdict = v.open_file(forged["tmp"] / "approved_impostor.pdf")
    assert verdict.outcome is Outcome.FORGED and verdict.employee.trust is Trust.IMPERSONATION
    assert v.status_word.text() == "PALSU: ATAS NAMA ANDA"
    assert v.headline.text().startswith(f"PALSU: ringkasan ini ditandatangani atas nama Anda (NIP {RINA_NIP})")
    assert v.signer_panels[0].trust.text().startswith("PALSU")
    assert not v.apply_button.isVisible() and not v.approve_button.isVisible()
    assert "tidak berlaku dan tidak bisa diterapkan" in texts(v.decision_box)
    assert green_labels(v.decision_box) == []
    assert v.apply_decision() is None and prompt_log.confirms == []
    assert prompt_log.errors[-1][1].startswith("PALSU: ringkasan ini")
    assert rina.locks.get("2026-11") == lock
    # her own genuine summary, for comparison, is her own
    assert v.open_file(forged["tmp"] / "summary.pdf").employee.trust is Trust.OWN


# ---- a conflicting employee certificate -----------------------------------------------------
def test_approving_a_conflicting_certificate_is_refused_with_the_warning(viewer, forged, prompt_log) -> None:  # noqa: ANN001, F811
    verdict = viewer.open_file(forged["tmp"] / "impostor.pdf")
    assert verdict.outcome is Outcome.CONFLICT
    assert ALARM_COLOURS[0] in viewer.banner.styleSheet()
    assert not viewer.approve_button.isEnabled() and not viewer.return_button.isEnabled()
    assert viewer.action_hint.text().startswith(f"PERINGATAN: sertifikat LAIN untuk NIP {RINA_NIP}")
    for start in (viewer.start_approve, viewer.start_return):
        assert start() is None and viewer.decision_dialog is None
        title, text = prompt_log.errors[-1]
        assert title == "Keputusan ditolak"
        assert text.startswith(f"PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {RINA_NIP}")
        assert "belum Anda kenal" not in text
    assert not viewer.print_action.isEnabled()


# ---- colours and words ----------------------------------------------------------------------
def test_only_an_approval_is_green_and_a_return_says_what_it_is(viewer, decided) -> None:  # noqa: ANN001
    verdict = viewer.open_file(decided["returned"])
    assert verdict.outcome is Outcome.VALID and verdict.decision is Decision.RETURNED
    assert viewer.status_word.text() == "DIKEMBALIKAN UNTUK DIPERBAIKI"
    assert RETURNED_COLOURS[0] in viewer.banner.styleSheet() and OK_COLOURS[0] not in viewer.banner.styleSheet()
    assert "DIKEMBALIKAN" in viewer.headline.text()
    word = next(label for label in viewer.decision_box.findChildren(QLabel) if label.text() == "DIKEMBALIKAN UNTUK DIPERBAIKI")
    assert RETURNED_STYLE in word.styleSheet()
    assert green_labels(viewer.decision_box) == []  # a return is never green
    assert "Predikat" not in texts(viewer.decision_box)  # and carries no rating
    verdict = viewer.open_file(decided["approved"])
    assert verdict.decision is Decision.APPROVED and viewer.status_word.text() == "SAH \u2014 DISETUJUI"
    assert OK_COLOURS[0] in viewer.banner.styleSheet()
    assert {"DISETUJUI", "Sangat Baik"} <= set(green_labels(viewer.decision_box))


# ---- printing and saving a copy -------------------------------------------------------------
def _page_count(path: Path) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(path.read_bytes()), strict=False).root["/Pages"]["/Count"])


def _stamp_fill_shown(viewer) -> bool:  # noqa: ANN001
    """The last page as the viewer renders it shows the stamps' pale blue fill."""
    document = viewer.pdf_document
    image = document.render(document.pageCount() - 1, QSize(595, 842))
    page = QImage(image.size(), QImage.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return any(page.pixelColor(x, y).name() == "#eef4fa" for x in range(0, 595, 3) for y in range(0, 842, 3))


def test_printing_to_a_pdf_printer(viewer, decided, prompt_log, tmp_path) -> None:  # noqa: ANN001
    verdict = viewer.open_file(decided["returned"])
    assert verdict.outcome is Outcome.VALID and viewer.print_action.isEnabled()
    pages = viewer.pdf_document.pageCount()
    assert pages >= 2 and _stamp_fill_shown(viewer)  # the stamps are drawn into the pages shown
    # the print dialog opens without blocking; cancelled, nothing is printed
    viewer.print_action.trigger()
    dialog = viewer.print_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Cetak ringkasan"
    dialog.reject()
    # what the dialog runs when accepted, on a PDF printer
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert viewer.print_to(printer) == pages and prompt_log.errors == []
    assert _page_count(tmp_path / "cetak.pdf") == pages
    # a page range
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sebagian.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, pages)
    assert viewer.print_to(printer) == pages - 1 and _page_count(tmp_path / "sebagian.pdf") == pages - 1
    assert "halaman dicetak" in viewer.statusBar().currentMessage()
    # every printed page says the decision at its top, also a range without the last page
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "awal.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert viewer.print_to(printer) == 1
    for name in ("cetak.pdf", "awal.pdf"):
        for page in _page_texts(tmp_path / name):
            assert "DIKEMBALIKAN UNTUK DIPERBAIKI oleh Drs. Bambang Suryadi" in page, page[:300]
            assert "Catatan: Lengkapi bukti dukung" in page and "DISETUJUI" not in page
    viewer.open_file(decided["approved"])
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "disetujui.pdf"))
    assert viewer.print_to(printer) >= 2
    for page in _page_texts(tmp_path / "disetujui.pdf"):
        assert "DISETUJUI oleh Drs. Bambang Suryadi" in page and "Predikat: Sangat Baik" in page
        assert "DIKEMBALIKAN" not in page


def _page_texts(path: Path) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_saving_an_exact_copy(viewer, forged, decided, prompt_log, tmp_path) -> None:  # noqa: ANN001, F811
    assert not viewer.save_copy_action.isEnabled()  # nothing open yet
    viewer.open_file(decided["approved"])
    assert viewer.save_copy_action.isEnabled()
    prompt_log.next_save_file = str(tmp_path / "salinan")  # ".pdf" is added
    viewer.save_copy_action.trigger()
    out = tmp_path / "salinan.pdf"
    assert out.read_bytes() == decided["approved"].read_bytes()
    assert prompt_log.save_requests[-1][1].endswith("disetujui.pdf") and str(out) in viewer.notice.text()
    assert forged["boss"].verification.verify_file(out).outcome is Outcome.VALID  # the signatures travel along
    # never into the data folder
    inside = forged["boss"].paths.data_dir / "salinan.pdf"
    assert viewer.save_copy(inside) is None and "folder data Absensi" in prompt_log.errors[-1][1]
    assert not inside.exists()
    # a forgery can be kept as evidence, byte for byte
    viewer.open_file(forged["tmp"] / "forged_approval.pdf")
    kept = viewer.save_copy(tmp_path / "bukti.pdf")
    assert kept == tmp_path / "bukti.pdf" and kept.read_bytes() == forged["files"]["forged_approval"]
