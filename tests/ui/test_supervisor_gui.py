"""The supervisor's windows over real data: real keys, real signed summaries from two
employees, a stranger and an impostor; the viewer's verdicts, trusting, approving and
returning, the employee applying the decision, the trust list and the team recap."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from absensi_app.config import AppPaths
from absensi_app.domain.model import Location, Profile
from absensi_app.domain.skp import Rating
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.recap import RECAP_HEADERS
from absensi_app.services.team import CellState
from absensi_app.domain.verdict import Decision, Outcome, Trust
from absensi_app.services.verification import Rated
from absensi_app.signing import keys
from absensi_app.views.formatting import minutes_text
from absensi_app.views.supervisor.recap_table import NAME, STATUS
from absensi_app.views.supervisor.recap_window import RecapWindow
from absensi_app.views.supervisor.summary_viewer import SummaryViewer
from absensi_app.views.supervisor.trust_dialog import TrustDialog
from absensi_app.views.supervisor.verdict_text import (
    ALARM_COLOURS,
    BAD_COLOURS,
    OK_COLOURS,
    WARN_COLOURS,
    fingerprint_blocks,
    fingerprint_short,
)

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi uji panjang"
SUPERVISOR = Profile(
    name="Drs. Bambang Suryadi, M.Si.", nip="197508172000031004", rank="Pembina, IV/a",
    position="Kepala Bagian Perencanaan", unit="Bagian Perencanaan dan Keuangan",
    agency=SAMPLE_PROFILE.agency, supervisor_name="Ir. Hartono, M.T.",
    supervisor_nip="196801011990031002",
)  # fmt: skip
SECOND = replace(SAMPLE_PROFILE, name="Andi Pratama, S.Kom.", nip="199203152019031005")
STRANGER = replace(SAMPLE_PROFILE, name="Dewi Lestari, S.Sos.", nip="199512202022032011")


def person(root: Path, profile: Profile, folder: str, months: tuple[int, ...] = (11,)) -> AppContext:
    """A data folder with a profile, the sample months and a real signing key."""
    ctx = open_context(AppPaths(root / folder), Clock(NOW))
    ctx.profile.save(profile)
    for month in months:
        fill_demo_month(ctx.worklog, 2026, month, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, datetime.now())
    return ctx


def _close(ctx: AppContext) -> None:
    ctx.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name and Path(name).is_relative_to(ctx.paths.data_dir):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Employees' real signed summaries. Rina has September and November (October is missing)."""
    tmp = tmp_path_factory.mktemp("office")
    rina = person(tmp, SAMPLE_PROFILE, "rina", months=(9, 11))
    andi = person(tmp, SECOND, "andi")
    dewi = person(tmp, STRANGER, "dewi")
    impostor = person(tmp, SAMPLE_PROFILE, "palsu")  # Rina's name and NIP, another key
    files = tmp / "files"
    files.mkdir()
    rina.export.export_pdf(2026, 9, files / "rina-2026-09.pdf", PASS)
    rina.export.export_pdf(2026, 11, files / "rina-2026-11.pdf", PASS)
    andi.export.export_pdf(2026, 11, files / "andi-2026-11.pdf", PASS)
    dewi.export.export_pdf(2026, 11, files / "dewi-2026-11.pdf", PASS)
    impostor.export.export_pdf(2026, 11, files / "rina-palsu.pdf", PASS)
    changed = bytearray((files / "andi-2026-11.pdf").read_bytes())
    pos = changed.find(b"/Title")
    changed[pos + 10] ^= 0x01
    (files / "andi-diubah.pdf").write_bytes(bytes(changed))
    (files / "dewi.cer").write_bytes(keys.load_certificate_pem(dewi.paths.keys_dir))
    yield {"rina": rina, "andi": andi, "dewi": dewi, "files": files, "tmp": tmp,
           "certs": {n: c.keys.certificate_der() for n, c in (("rina", rina), ("andi", andi), ("dewi", dewi))}}  # fmt: skip
    for ctx in (rina, andi, dewi, impostor):
        _close(ctx)


@pytest.fixture
def boss(office, tmp_path: Path):  # noqa: ANN001, ANN201
    """A fresh supervisor (own key) who trusts Rina's and Andi's certificates."""
    ctx = person(tmp_path, SUPERVISOR, "boss", months=())
    ctx.trust.add(office["certs"]["rina"])
    ctx.trust.add(office["certs"]["andi"])
    yield ctx
    _close(ctx)


@pytest.fixture
def viewer(qtbot, boss, prompt_log, inline_tasks):  # noqa: ANN001, ANN201
    v = SummaryViewer(boss)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def texts(widget) -> str:  # noqa: ANN001
    """Every visible label's text inside ``widget``, one per line."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_valid_summary_is_green_with_signer_and_data(viewer, office) -> None:  # noqa: ANN001
    verdict = viewer.open_file(office["files"] / "rina-2026-11.pdf")
    assert verdict.outcome is Outcome.VALID
    assert viewer.status_word.text() == "SAH \u2014 BELUM ADA KEPUTUSAN"
    assert viewer.headline.text().startswith("Sah dan utuh: ditandatangani Rina Kartika Sari, S.E. (NIP 199004122015032007)")
    assert OK_COLOURS[0] in viewer.banner.styleSheet()
    assert viewer.month_label.text() == "Bulan: November 2026, revisi 1"
    (panel,) = viewer.signer_panels
    assert (panel.title(), panel.name.text(), panel.nip.text()) == ("Pegawai", SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip)
    assert panel.trust.text() == "Dipercaya, tercatat sebagai Rina Kartika Sari, S.E."
    assert panel.intact.text().startswith("Ya")
    assert panel.trust_button is None
    # the signed data, in short
    totals = verdict.report.totals
    assert totals.total_minutes == office["rina"].summary.month(2026, 11).total_minutes
    data = texts(viewer.data_box)
    assert viewer.data_box.isVisible() and not viewer.no_data.isVisible()
    assert f"{minutes_text(totals.total_minutes)} dari target {minutes_text(totals.expected_minutes)}" in data
    assert f"Kantor: {minutes_text(totals.at(Location.KANTOR).minutes)} " in data
    assert f"{totals.logged_days} dari {totals.working_days} hari" in data
    first_rhk = verdict.report.rhk[0]
    assert f"{first_rhk.percent:.0f}%: {first_rhk.name}" in data
    assert "bukan predikat resmi" in data
    # the pages, and what the supervisor can do
    assert viewer.left.currentIndex() == viewer.PAGES and viewer.pdf_document.pageCount() >= 2
    assert viewer.page_count.text() == f"{viewer.pdf_document.pageCount()} halaman"
    assert viewer.approve_button.isVisible() and viewer.approve_button.isEnabled()
    assert viewer.return_button.isEnabled() and not viewer.apply_button.isVisible()


def test_changed_file_is_red_and_shows_nothing_of_its_content(viewer, office) -> None:  # noqa: ANN001
    good = viewer.open_file(office["files"] / "andi-2026-11.pdf")
    total_text = minutes_text(good.report.totals.total_minutes)
    verdict = viewer.open_file(office["files"] / "andi-diubah.pdf")
    assert verdict.outcome is Outcome.INVALID and verdict.report is None
    assert viewer.status_word.text() == "TIDAK SAH"
    assert "BERKAS TELAH DIUBAH" in viewer.headline.text()
    assert BAD_COLOURS[0] in viewer.banner.styleSheet()
    assert viewer.signer_panels[0].intact.text().startswith("TIDAK")
    assert not viewer.data_box.isVisible() and not viewer.month_label.isVisible()
    assert "tidak ditampilkan karena keasliannya tidak bisa dipastikan" in viewer.no_data.text()
    assert total_text not in texts(viewer)
    assert not viewer.approve_button.isVisible() and not viewer.return_button.isVisible()
    # the pages are hidden until asked for, and then carry a warning
    assert viewer.left.currentIndex() == viewer.PLACEHOLDER
    assert "disembunyikan" in viewer.placeholder_text.text()
    viewer.show_pages_button.click()
    assert viewer.left.currentIndex() == viewer.PAGES
    assert viewer.pages_banner.isVisible() and viewer.pages_banner.text().startswith("BERKAS TIDAK SAH")


def test_unknown_signer_trusted_through_the_button(viewer, boss, office, prompt_log) -> None:  # noqa: ANN001
    path = office["files"] / "dewi-2026-11.pdf"
    verdict = viewer.open_file(path)
    assert verdict.outcome.unknown_signer
    assert viewer.status_word.text() == "PENANDA TANGAN BELUM DIKENAL"
    assert WARN_COLOURS[0] in viewer.banner.styleSheet()
    panel = viewer.signer_panels[0]
    fp = verdict.employee.fingerprint
    assert panel.trust.text() == "Belum dikenal"
    lines = panel.fingerprint.text().split("\n")
    assert len(lines) == 2 and all(len(line.split("  ")) == 4 for line in lines)
    assert lines[0].split("  ")[0] == ":".join(fp.split(":")[:4])
    assert panel.fingerprint.text().replace("\n", ":").replace("  ", ":") == fp
    # the data is shown, marked as not yet certain; no decision before trusting
    assert viewer.data_box.title() == "Isi ringkasan (belum pasti dari pegawai ini)"
    assert not viewer.approve_button.isEnabled()
    assert "percayai sertifikat pegawai dulu" in viewer.action_hint.text()
    # "no" changes nothing
    prompt_log.confirm_answer = False
    panel.trust_button.click()
    assert boss.trust.get(fp) is None and viewer.verdict.outcome.unknown_signer
    # "yes" after comparing the fingerprint: trusted and verified again
    prompt_log.confirm_answer = True
    with_signal = []
    viewer.trust_changed.connect(lambda: with_signal.append(True))
    viewer.signer_panels[0].trust_button.click()
    title, text = prompt_log.confirms[-1]
    assert title == "Percayai sertifikat" and fingerprint_blocks(fp) in text and STRANGER.nip in text
    assert boss.trust.get(fp).name == STRANGER.name
    assert viewer.verdict.outcome is Outcome.VALID and with_signal == [True]
    assert viewer.status_word.text() == "SAH \u2014 BELUM ADA KEPUTUSAN"
    assert viewer.signer_panels[0].trust.text() == f"Dipercaya, tercatat sebagai {STRANGER.name}"
    assert viewer.approve_button.isEnabled()
    assert "sekarang Anda percayai" in viewer.notice.text()


def test_another_certificate_for_a_trusted_nip_is_a_loud_warning(viewer, office) -> None:  # noqa: ANN001
    verdict = viewer.open_file(office["files"] / "rina-palsu.pdf")
    assert verdict.outcome.unknown_signer and verdict.employee.trust is Trust.CONFLICT
    assert viewer.status_word.text() == "AWAS: SERTIFIKAT BERBEDA"
    assert viewer.headline.text().startswith("PERINGATAN: ditandatangani dengan sertifikat LAIN untuk NIP 199004122015032007")
    assert ALARM_COLOURS[0] in viewer.banner.styleSheet()
    panel = viewer.signer_panels[0]
    assert panel.trust.text().startswith("BERBEDA dari sertifikat yang Anda percayai")
    assert fingerprint_short(keys_fp(office["certs"]["rina"])) in panel.known.text()
    assert viewer.pages_banner.text().startswith("AWAS")
    assert not viewer.approve_button.isEnabled() and "miliknya" in viewer.action_hint.text()


def keys_fp(der: bytes) -> str:
    from absensi_app.services.trust import fingerprint_of

    return fingerprint_of(der)


def test_approve_with_a_rating_writes_a_countersigned_file(viewer, boss, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "masuk" / "andi-2026-11.pdf"
    source.parent.mkdir()
    shutil.copy(office["files"] / "andi-2026-11.pdf", source)
    viewer.open_file(source)
    viewer.approve_button.click()
    dialog = viewer.decision_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Setujui ringkasan"
    assert dialog.predikat.text() == "Tanpa penilaian: hanya keputusan yang dicatat."
    dialog.set_rating(Rating.DI_ATAS, None)
    assert dialog.predikat.text() == "Pilih kedua penilaian untuk melihat predikat."
    dialog.set_rating(Rating.DI_ATAS, Rating.DI_BAWAH)
    assert dialog.predikat.text() == "Kurang/Misconduct"
    dialog.set_rating(Rating.DI_ATAS, Rating.DI_ATAS)
    assert dialog.predikat.text() == "Sangat Baik"
    dialog.note.setPlainText("Terima kasih, laporan lengkap.")
    dialog.passphrase.setText(PASS)
    out = tmp_path / "keluar.pdf"
    prompt_log.next_save_file = str(out)
    dialog.sign_button.click()
    assert prompt_log.save_requests[-1][1] == str(source.parent / "andi-2026-11-disetujui.pdf")
    assert not dialog.error.isVisible() and dialog.saved_path == out
    written = boss.verification.verify_file(out)
    assert written.outcome is Outcome.VALID and len(written.signers) == 2
    assert written.supervisor.nip == SUPERVISOR.nip and written.supervisor.trust is Trust.OWN
    assert written.decision is Decision.APPROVED
    assert written.approval.note == "Terima kasih, laporan lengkap."
    assert written.approval.to_json()["rating"] == {"hasil_kerja": "di-atas", "perilaku_kerja": "di-atas", "predikat": "Sangat Baik"}
    assert source.read_bytes() == (office["files"] / "andi-2026-11.pdf").read_bytes()  # the original is untouched
    # the viewer now shows the countersigned file
    assert viewer.path == out and viewer.status_word.text() == "SAH \u2014 DISETUJUI"
    assert [p.title() for p in viewer.signer_panels] == ["Pegawai", "Pejabat penilai"]
    decision = texts(viewer.decision_box)
    assert "DISETUJUI" in decision and "Sangat Baik" in decision and "Terima kasih, laporan lengkap." in decision
    assert not viewer.approve_button.isVisible()
    assert str(out) in viewer.notice.text()


def test_wrong_passphrase_writes_nothing(viewer, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "keluar"
    out.mkdir()
    viewer.open_file(office["files"] / "andi-2026-11.pdf")
    dialog = viewer.start_approve()
    dialog.passphrase.setText("salah-salah-salah")
    prompt_log.next_save_file = str(out / "tidak.pdf")
    dialog.sign_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Frasa sandi salah. Kunci tanda tangan tidak bisa dibuka."
    assert dialog.passphrase.text() == "" and prompt_log.save_requests == []
    assert list(out.iterdir()) == []


def test_return_requires_a_note_and_nothing_is_written_when_cancelled(viewer, boss, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    tmp_path = tmp_path / "keluar"
    tmp_path.mkdir()
    viewer.open_file(office["files"] / "rina-2026-11.pdf")
    viewer.return_button.click()
    dialog = viewer.decision_dialog
    assert dialog.windowTitle() == "Kembalikan ringkasan"
    dialog.passphrase.setText(PASS)
    dialog.sign_button.click()
    assert dialog.error.text() == "Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan."
    assert prompt_log.save_requests == []
    dialog.note.setPlainText("Lengkapi bukti dukung tanggal 12.")
    assert not dialog.hasil_kerja.isVisible()  # a return offers no rating
    prompt_log.next_save_file = None  # the supervisor cancels the save dialog
    dialog.sign_button.click()
    assert prompt_log.save_requests[-1][1].endswith("rina-2026-11-dikembalikan.pdf")
    assert dialog.error.text().startswith("Belum disimpan") and list(tmp_path.iterdir()) == []
    dialog.passphrase.setText(PASS)
    prompt_log.next_save_file = str(tmp_path / "kembali")  # ".pdf" is added
    dialog.sign_button.click()
    out = tmp_path / "kembali.pdf"
    written = boss.verification.verify_file(out)
    assert written.decision is Decision.RETURNED and written.outcome is Outcome.VALID
    assert written.approval.note == "Lengkapi bukti dukung tanggal 12."
    assert written.approval.rating is None
    assert viewer.status_word.text() == "DIKEMBALIKAN UNTUK DIPERBAIKI"


def test_employee_applies_the_returned_decision(qtbot, boss, office, prompt_log, tmp_path, inline_tasks) -> None:  # noqa: ANN001
    rina = office["rina"]
    returned, _ = boss.approval.countersign((office["files"] / "rina-2026-11.pdf").read_bytes(), Decision.RETURNED,
                                            "Lengkapi bukti dukung tanggal 12", PASS)  # fmt: skip
    path = tmp_path / "rina-2026-11-dikembalikan.pdf"
    path.write_bytes(returned)
    assert rina.locks.get("2026-11").locked
    v = SummaryViewer(rina)
    qtbot.addWidget(v)
    v.show()
    verdict = v.open_file(path)
    assert verdict.employee.trust is Trust.OWN and verdict.decision is Decision.RETURNED
    assert v.apply_button.isVisible() and not v.approve_button.isVisible()
    # her own data is certain; only the supervisor's certificate is new to her
    assert v.data_box.title() == "Isi ringkasan (dari data yang ditandatangani)"
    assert v.decision_box.title() == "Keputusan pejabat penilai (sertifikatnya belum dikenal)"
    assert v.pages_banner.text().startswith("Sertifikat pejabat penilai belum dikenal")
    assert "pejabat penilai Anda" in texts(v.signer_panels[1])
    assert "Lengkapi bukti dukung tanggal 12" in texts(v.decision_box)
    assert "Predikat" not in texts(v.decision_box)  # a return carries no rating
    with qtbot.waitSignal(v.decision_applied) as applied:
        v.apply_button.click()
    assert applied.args == ["2026-11", "dikembalikan"]
    assert prompt_log.confirms[-1][0] == "Terapkan keputusan"
    # the supervisor's certificate was new to her: the question showed its fingerprint
    assert fingerprint_blocks(verdict.supervisor.fingerprint) in prompt_log.confirms[-1][1]
    assert rina.trust.get(verdict.supervisor.fingerprint) is not None
    lock = rina.locks.get("2026-11")
    assert not lock.locked and lock.state == "dikembalikan" and lock.note == "Lengkapi bukti dukung tanggal 12"
    assert v.result.isVisible() and "DIKEMBALIKAN" in v.result.text()
    assert "Catatan: Lengkapi bukti dukung tanggal 12" in v.result.text()
    assert not v.apply_button.isVisible() and prompt_log.errors == []
    # opened again: already applied, no button
    v.open_file(path)
    assert not v.apply_button.isVisible() and v.action_hint.text() == "Keputusan ini sudah diterapkan pada data Anda."


def test_another_employee_cannot_apply_it(qtbot, boss, office, prompt_log, tmp_path, inline_tasks) -> None:  # noqa: ANN001
    approved, _ = boss.approval.countersign((office["files"] / "rina-2026-11.pdf").read_bytes(), Decision.APPROVED, "", PASS)
    v = SummaryViewer(office["andi"])
    qtbot.addWidget(v)
    verdict = v.open_bytes(approved, "rina-disetujui.pdf")
    assert verdict.decision is Decision.APPROVED and verdict.employee.trust is not Trust.OWN
    assert not v.apply_button.isVisible()
    assert v.apply_decision() is None  # refused by the service, shown as one sentence
    assert prompt_log.errors[-1][1] == "Ringkasan ini tidak ditandatangani dengan kunci Anda."


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(size)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_bytes(b""), "kosong"),
        (lambda p: p.write_bytes(b"Halo, ini bukan PDF"), "bukan PDF"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00" * 50), "rusak"),
        (lambda p: _sparse(p, 51 * 1024 * 1024), "terlalu besar"),
        (lambda p: p.mkdir(), "adalah folder"),
        (lambda p: None, "tidak ada"),
    ],
)
def test_bad_files_get_a_clear_verdict(viewer, prompt_log, tmp_path, make, expected) -> None:  # noqa: ANN001
    path = tmp_path / "lampiran.pdf"
    make(path)
    verdict = viewer.open_file(path)
    assert verdict.outcome is Outcome.UNREADABLE
    assert expected in viewer.headline.text() and viewer.status_word.text() == "TIDAK TERBACA"
    assert viewer.data is None or len(viewer.data) < 1024
    assert viewer.left.currentIndex() == viewer.PLACEHOLDER and viewer.pdf_document.pageCount() == 0
    assert not viewer.data_box.isVisible() and not viewer.approve_button.isVisible()
    assert prompt_log.errors == []


def test_truncated_and_unsigned_summaries(viewer, office, tmp_path) -> None:  # noqa: ANN001
    data = (office["files"] / "andi-2026-11.pdf").read_bytes()
    verdict = viewer.open_bytes(data[: len(data) // 2], "potong.pdf")
    assert verdict.outcome in (Outcome.UNREADABLE, Outcome.INVALID, Outcome.UNSIGNED) and not viewer.data_box.isVisible()
    office["andi"].export.export_pdf(2026, 11, tmp_path / "u.pdf", signed=False)
    verdict = viewer.open_file(tmp_path / "u.pdf")
    assert verdict.outcome is Outcome.UNSIGNED and viewer.status_word.text() == "TANPA TANDA TANGAN"
    assert "tanpa tanda tangan elektronik" in viewer.no_data.text() and not viewer.signer_panels


def test_dropping_a_pdf_opens_it(viewer, office) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(office["files"] / "andi-2026-11.pdf"))])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewer, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewer, drop)
    assert viewer.verdict is not None and viewer.verdict.outcome is Outcome.VALID
    assert viewer.name == "andi-2026-11.pdf" and viewer.signer_panels[0].name.text() == SECOND.name
    text_only = QMimeData()
    text_only.setText("bukan berkas")
    refused = QDragEnterEvent(QPoint(100, 100), Qt.CopyAction, text_only, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewer, refused)
    assert not refused.isAccepted()


# ---- the trust list ------------------------------------------------------------------------
def table_rows(d: TrustDialog) -> list[list[str]]:
    return [[d.table.item(r, c).text() for c in range(d.table.columnCount())] for r in range(d.table.rowCount())]


def test_trust_dialog_import_rename_remove(qtbot, boss, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    d = TrustDialog(boss)
    qtbot.addWidget(d)
    d.show()
    changes = []
    d.changed.connect(lambda: changes.append(True))
    assert [r[0] for r in table_rows(d)] == [SECOND.name, SAMPLE_PROFILE.name]
    assert table_rows(d)[0][1] == SECOND.nip and table_rows(d)[0][3] == "30-11-2026"
    andi_fp = keys_fp(office["certs"]["andi"])
    assert table_rows(d)[0][2] == "  ".join(":".join(andi_fp.split(":")[i : i + 4]) for i in (0, 4)) + " \u2026"
    # import: the fingerprint is shown before anything is trusted
    dewi_fp = keys_fp(office["certs"]["dewi"])
    prompt_log.next_file = str(office["files"] / "dewi.cer")
    prompt_log.confirm_answer = False
    d.import_button.click()
    assert boss.trust.get(dewi_fp) is None and fingerprint_blocks(dewi_fp) in prompt_log.confirms[-1][1]
    prompt_log.confirm_answer = True
    d.import_button.click()
    assert boss.trust.get(dewi_fp).name == STRANGER.name and len(changes) == 1
    assert [r[0] for r in table_rows(d)] == [SECOND.name, STRANGER.name, SAMPLE_PROFILE.name]
    assert d.selected().fingerprint == dewi_fp and fingerprint_blocks(dewi_fp) in d.details.text()
    d.import_button.click()  # the same certificate again
    assert "sudah ada di daftar" in d.message.text() and len(boss.trust.all()) == 3
    garbage = tmp_path / "bukan.cer"
    garbage.write_bytes(b"bukan sertifikat")
    prompt_log.next_file = str(garbage)
    d.import_button.click()
    assert "bukan sertifikat X.509" in prompt_log.errors[-1][1] and len(boss.trust.all()) == 3
    # rename through the button
    prompt_log.next_text = "Dewi (cek telepon 12/11)"
    d.rename_button.click()
    assert boss.trust.get(dewi_fp).name == "Dewi (cek telepon 12/11)"
    assert d.selected().fingerprint == dewi_fp
    prompt_log.next_text = "   "
    d.rename_button.click()
    assert prompt_log.errors[-1][1] == "Nama wajib diisi." and boss.trust.get(dewi_fp).name == "Dewi (cek telepon 12/11)"
    # rename inline
    row = next(i for i, c in enumerate(d.certs) if c.fingerprint == dewi_fp)
    d.table.item(row, d.NAME).setText("Dewi Lestari (Keuangan)")
    qtbot.waitUntil(lambda: boss.trust.get(dewi_fp).name == "Dewi Lestari (Keuangan)")
    # remove: confirmed with the fingerprint
    d.refresh(select=dewi_fp)
    prompt_log.confirm_answer = False
    d.remove_button.click()
    assert boss.trust.get(dewi_fp) is not None
    prompt_log.confirm_answer = True
    d.remove_button.click()
    assert boss.trust.get(dewi_fp) is None and fingerprint_blocks(dewi_fp) in prompt_log.confirms[-1][1]
    assert [r[0] for r in table_rows(d)] == [SECOND.name, SAMPLE_PROFILE.name]


def test_viewer_verifies_again_when_the_trust_list_changes(viewer, boss, office, prompt_log) -> None:  # noqa: ANN001
    viewer.open_file(office["files"] / "dewi-2026-11.pdf")
    assert viewer.verdict.outcome.unknown_signer
    dialog = viewer.open_trust_dialog()
    prompt_log.next_file = str(office["files"] / "dewi.cer")
    dialog.import_button.click()
    assert viewer.verdict.outcome is Outcome.VALID and viewer.status_word.text() == "SAH \u2014 BELUM ADA KEPUTUSAN"
    dialog.refresh(select=keys_fp(office["certs"]["dewi"]))
    dialog.remove_button.click()
    assert viewer.verdict.outcome.unknown_signer


# ---- the team recap ------------------------------------------------------------------------
@pytest.fixture
def recap_folder(office, boss, tmp_path: Path) -> Path:  # noqa: ANN001
    """30 PDFs: copies of real summaries, one approved, a changed one, garbage and an empty file."""
    files, folder = office["files"], tmp_path / "staf"
    folder.mkdir()
    shutil.copy(files / "rina-2026-09.pdf", folder / "rina-2026-09.pdf")
    shutil.copy(files / "rina-2026-11.pdf", folder / "rina-2026-11.pdf")
    for i in range(20):
        shutil.copy(files / "andi-2026-11.pdf", folder / f"andi-{i:02d}.pdf")
    for i in range(3):
        shutil.copy(files / "dewi-2026-11.pdf", folder / f"dewi-{i}.pdf")
    shutil.copy(files / "rina-palsu.pdf", folder / "rina-palsu.pdf")
    shutil.copy(files / "andi-diubah.pdf", folder / "andi-diubah.pdf")
    (folder / "foto.pdf").write_bytes(b"\xff\xd8\xff\xe0 bukan pdf")
    (folder / "kosong.pdf").write_bytes(b"")
    approved, _ = boss.approval.countersign((files / "andi-2026-11.pdf").read_bytes(), Decision.APPROVED, "Baik",
                                            PASS, Rated(Rating.SESUAI, Rating.DI_ATAS))  # fmt: skip
    (folder / "andi-disetujui.pdf").write_bytes(approved)
    (folder / "catatan.txt").write_text("bukan PDF, diabaikan")
    assert len(list(folder.glob("*.pdf"))) == 30
    return folder


@pytest.fixture
def recap(qtbot, boss, prompt_log):  # noqa: ANN001, ANN201
    w = RecapWindow(boss)
    qtbot.addWidget(w)
    w.show()
    return w


def test_recap_scans_off_the_gui_thread_problems_first(qtbot, recap, recap_folder, prompt_log, tmp_path) -> None:  # noqa: ANN001
    progress = []
    prompt_log.next_folder = str(recap_folder)
    with qtbot.waitSignal(recap.finished, timeout=300_000):
        recap.choose_action.trigger()
        # scan() has returned while the worker still runs: the window is not blocked
        assert recap.busy and recap.progress_row.isVisible() and not recap.export_action.isEnabled()
        assert recap.progress.maximum() == 30
        recap.progressed.connect(lambda i, n, name: progress.append((i, n)))
    assert not recap.busy and not recap.progress_row.isVisible() and not recap.was_cancelled
    assert prompt_log.folder_requests == ["Pilih folder ringkasan staf"] and prompt_log.errors == []
    assert recap.progress.text() == "30 / 30 berkas"
    assert not progress or progress[-1] == (30, 30)
    rows = recap.rows
    assert len(rows) == 30  # one per file; the months nobody sent are in the team table
    count = {s: sum(1 for r in rows if r.status == s) for s in {r.status for r in rows}}
    assert count == {"tidak-terbaca": 2, "tidak-sah": 1, "sertifikat-berbeda": 1,  # the impostor
                     "penanda-tangan-belum-dikenal": 3, "sah": 23}  # fmt: skip
    shown = recap.visible_rows()
    ranks = [r.problem_rank for r in shown]
    assert ranks == sorted(ranks) and ranks[:8] == [0, 0, 0, 0, 1, 1, 1, 3]
    # Rina's missing October: a month owed in the team table (the year so far)
    october = recap.matrix.member(SAMPLE_PROFILE.nip).cells[9]
    assert (october.month, october.state, october.owed) == ("2026-10", CellState.NOT_RECEIVED, True)
    proxy = recap.proxy

    def cell(row: int, col: int, role=Qt.DisplayRole):  # noqa: ANN001, ANN202
        return proxy.data(proxy.index(row, col), role)

    assert cell(0, STATUS) in ("Tidak terbaca", "TIDAK SAH", "SERTIFIKAT BERBEDA (mungkin palsu)")
    assert cell(0, STATUS, Qt.BackgroundRole).color().name() == "#f8d7da"
    assert cell(3, STATUS, Qt.BackgroundRole).color().name() == "#f8d7da"  # the impostor is red too
    assert cell(4, STATUS, Qt.BackgroundRole).color().name() == "#fff3cd"
    assert cell(7, STATUS, Qt.BackgroundRole) is None and cell(7, STATUS) == "Sah"
    approved = next(i for i, r in enumerate(shown) if r.file == "andi-disetujui.pdf")
    assert (cell(approved, 14), cell(approved, 15)) == ("Disetujui", "Baik")
    andi = next(i for i, r in enumerate(shown) if r.file == "andi-00.pdf")
    assert cell(andi, 14) == "Menunggu" and cell(andi, 5) == minutes_text(shown[andi].total_minutes)
    # Rina, Andi (trusted) and Dewi (sent a file); Rina's November has the impostor's file in it
    assert recap.summary.text() == ("3 pegawai, 30 berkas: 1 disetujui, 1 menunggu keputusan, 0 dikembalikan, "
                                    "2 bulan bermasalah; 29 bulan belum diterima.")  # fmt: skip
    # the explanation of the selected (first) row, in the list of files (the second tab)
    recap.tabs.setCurrentIndex(1)
    assert recap.detail.isVisible() and shown[0].file in recap.detail.text()
    # sorting by a header, then back to problems first
    recap.table.sortByColumn(NAME, Qt.AscendingOrder)
    names = [r.name.casefold() for r in recap.visible_rows()]
    assert names == sorted(names)
    recap.table.sortByColumn(STATUS, Qt.AscendingOrder)
    assert [r.problem_rank for r in recap.visible_rows()] == ranks
    # only the problems
    recap.only_problems.setChecked(True)
    assert len(recap.visible_rows()) == 7
    recap.only_problems.setChecked(False)


def test_recap_row_opens_the_viewer_and_exports_xlsx(qtbot, recap, recap_folder, prompt_log, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    with qtbot.waitSignal(recap.finished, timeout=300_000):
        assert recap.scan(recap_folder)
    shown = recap.visible_rows()
    changed = next(i for i, r in enumerate(shown) if r.file == "andi-diubah.pdf")
    viewer = recap.open_row(recap.proxy.index(changed, 0))
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)  # verified off the GUI thread
    assert viewer is not None and viewer.isVisible() and viewer.path == recap_folder / "andi-diubah.pdf"
    assert viewer.verdict.outcome is Outcome.INVALID and viewer.status_word.text() == "TIDAK SAH"
    model = recap.matrix_model  # a month nobody sent: nothing to open
    empty = model.index(model.members.index(recap.matrix.member(SAMPLE_PROFILE.nip)), model.month_column("2026-10"))
    assert recap.open_cell(empty) is None
    # trusting a signer from a row's viewer: the recap says it is out of date
    unknown = next(i for i, r in enumerate(shown) if r.file == "dewi-0.pdf")
    viewer = recap.open_row(recap.proxy.index(unknown, 0))
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)
    assert viewer.verdict.outcome.unknown_signer and not recap.stale.isVisible()
    viewer.signer_panels[0].trust_button.click()
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)
    assert viewer.verdict.outcome is Outcome.VALID and recap.stale.isVisible()
    # export
    prompt_log.next_save_file = str(tmp_path / "rekap")
    recap.export_action.trigger()
    out = tmp_path / "rekap.xlsx"
    assert recap.exported_path == out and prompt_log.save_requests[-1][1] == str(recap_folder / "rekap-tim.xlsx")
    ws = load_workbook(out)["Berkas"]  # one row per file (the first sheet is the team table)
    values = list(ws.iter_rows(values_only=True))
    assert values[0][: len(RECAP_HEADERS)] == RECAP_HEADERS and len(values) == 31
    assert [v[16] or "" for v in values[1:]] == [r.file for r in shown]
    assert all(v != "'" for row in values for v in row)  # empty cells stay empty
    assert values[1][0] in ("Tidak terbaca", "TIDAK SAH")
    assert ws.cell(row=2, column=1).fill.fgColor.rgb.endswith("F8D7DA")
    ok = next(i for i, r in enumerate(shown) if r.file == "andi-00.pdf")
    assert values[ok + 1][1] == SECOND.name and values[ok + 1][5] == round(shown[ok].total_minutes / 60, 2)
    # a folder that cannot be written to: a clear message, nothing crashes
    prompt_log.next_save_file = str(tmp_path / "tidak-ada" / "rekap.xlsx")
    assert recap.export_xlsx() is None and "tidak ada" in prompt_log.errors[-1][1]


def test_recap_cancel_and_bad_folder(qtbot, recap, recap_folder, prompt_log, tmp_path) -> None:  # noqa: ANN001
    assert not recap.scan(tmp_path / "tidak-ada")
    assert "tidak ada" in prompt_log.errors[-1][1] and not recap.busy
    with qtbot.waitSignal(recap.finished, timeout=300_000):
        recap.scan(recap_folder)
        recap.cancel_button.click()
    assert recap.was_cancelled and not recap.busy
    assert len([r for r in recap.rows if r.file]) <= 30
    assert recap.summary.text().startswith("Dihentikan.")
    # closing while a scan runs stops the worker first
    recap.scan(recap_folder)
    task = recap._task
    recap.close()
    assert task.finished
    qtbot.waitUntil(lambda: not recap.busy, timeout=300_000)


def _signed_with_odd_data(ctx: AppContext) -> bytes:
    """A real signature over JSON of the right schema whose fields have the wrong shapes."""
    from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes, report_to_json
    from absensi_app.reports.pdf import render_month_pdf
    from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

    built = ctx.reports.build(2026, 11)
    rendered = render_month_pdf(built)
    data = report_to_json(built)
    data.update(signed=True, revision=1, totals=["bukan", "objek"], rhk="bukan daftar",
                employee={"name": "<b>Rina</b>" * 100, "nip": SAMPLE_PROFILE.nip})  # fmt: skip
    pdf = embed_attachment(rendered.data, ATTACHMENT_NAME, canonical_bytes(data), "x", NOW)
    return sign(pdf, keys.unlock(ctx.paths.keys_dir, PASS), rendered.employee_box, EMPLOYEE_FIELD,
                ["x"], reason="x")  # fmt: skip


def test_signed_but_odd_data_is_shown_without_breaking(viewer, office) -> None:  # noqa: ANN001
    verdict = viewer.open_bytes(_signed_with_odd_data(office["rina"]), "aneh.pdf")
    # validly signed, but the data inside has the wrong shapes: not consistent, nothing shown as fact
    assert verdict.intact and verdict.outcome is Outcome.INVALID, verdict.headline()
    assert any("tidak berbentuk" in p for p in verdict.consistency_problems)
    assert not viewer.data_box.isVisible()
    assert "tidak cocok" in viewer.headline.text()


def test_recap_takes_a_signed_file_with_odd_data_in_its_stride(office, boss, tmp_path) -> None:  # noqa: ANN001
    from absensi_app.services.recap import scan_folder

    folder = tmp_path / "aneh"
    folder.mkdir()
    (folder / "aneh.pdf").write_bytes(_signed_with_odd_data(office["rina"]))
    [row] = scan_folder(folder, boss.verification)
    assert row.file == "aneh.pdf" and row.nip == SAMPLE_PROFILE.nip
    assert row.total_minutes is None and row.rhk_percent is None and row.missing_days == 0
