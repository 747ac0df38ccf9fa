"""The monthly summary export, month locks and the change history, through the real widgets.

"Today" is Friday 2026-11-27 (the ``window`` fixture). Signing keys are made with the real
clock, since validators check certificates against the real time.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import DayStatus, EntryDraft, Location
from absensi_app.domain.report import ATTACHMENT_NAME
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.services.locks import MonthLockedError
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf
from absensi_app.views.export_dialog import (
    CSV,
    SIGNED,
    UNSIGNED,
    XLSX,
    ExportDialog,
    default_file_name,
    default_month,
)
from absensi_app.views.history_dialog import HistoryDialog

PASSPHRASE = "frasa sandi yang panjang"
FRIDAY = date(2026, 11, 27)
THURSDAY = date(2026, 11, 26)


@pytest.fixture
def logged(window):  # noqa: ANN001, ANN201
    """Three entries in November 2026 and a signing key for the profile."""
    w = window.ctx.worklog
    w.add(EntryDraft(THURSDAY, Location.KANTOR, "Menyusun notula rapat koordinasi", time(7, 30), time(9, 30), quantity=1, unit="notula"))
    w.add(EntryDraft(THURSDAY, Location.KANTOR, "Memperbarui data aplikasi perencanaan", time(9, 30), time(12, 0)))
    w.add(EntryDraft(FRIDAY, Location.RUMAH, "Menyusun telaahan kebijakan", time(8, 0), time(11, 0), quantity=1, unit="telaahan"))
    profile = window.ctx.profile.require()
    keys.create_identity(window.ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASSPHRASE, datetime.now())
    window.load_day(THURSDAY)
    return window


def _dialog(qtbot, window):  # noqa: ANN001, ANN202
    dialog = ExportDialog(window.ctx, window, folder=None)
    dialog.exported.connect(window._exported)  # as the main window connects it
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog) -> None:  # noqa: ANN001
    """Click Ekspor and wait until the export running off the GUI thread has ended."""
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def _run_modal(action, drive) -> None:  # noqa: ANN001
    """Trigger ``action`` that opens a modal dialog; ``drive(dialog)`` runs inside it, then it closes."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised after the dialog closed
            failures.append(exc)
        finally:
            dialog.reject()

    QTimer.singleShot(0, run)
    action.trigger()
    if failures:
        raise failures[0]


def test_signed_export_from_menu_locks_the_month(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    window = logged
    out = tmp_path / "laporan.pdf"
    prompt_log.next_save_file = str(out)
    seen = {}

    def drive(dialog: ExportDialog) -> None:
        seen["month"] = dialog.selected_month()
        seen["kind"] = dialog.kind()
        seen["note"] = dialog.lock_note.text()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        _export(qtbot, dialog)
        seen["result"] = dialog.last_result
        seen["text"] = dialog.result_label.text()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        dialog.open_folder_button.click()

    assert window.act_export.shortcut().toString() == "Ctrl+E"
    _run_modal(window.act_export, drive)

    assert seen["error"] == ""
    assert seen["month"] == (2026, 11) and seen["kind"] == SIGNED
    assert "mengunci November 2026" in seen["note"] and "revisi 1" in seen["note"] and "revisi 2" in seen["note"]
    # the file name proposed, then the file itself
    title, suggested = prompt_log.save_requests[0]
    assert title == "Simpan ringkasan"
    assert Path(suggested).name == "Laporan-Kinerja-2026-11-Budi.pdf"
    data = out.read_bytes()
    result = seen["result"]
    assert result.path == out and result.signed and result.revision == 1
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.sha256[:16] in seen["text"] and str(out) in seen["text"]
    assert f"{result.pages} halaman" in seen["text"] and result.pages >= 1
    assert prompt_log.opened_folders == [str(tmp_path)]
    found = inspect_pdf(data, ATTACHMENT_NAME)
    assert found.readable and len(found.signatures) == 1
    sig = found.signatures[0]
    assert sig.intact and sig.valid and sig.covers_whole_file
    assert sig.signer_nip == window.ctx.profile.require().nip
    report = json.loads(found.attachment)
    assert (report["month"], report["revision"], report["signed"]) == ("2026-11", 1, True)
    assert [e["description"] for e in report["entries"]] == [
        "Menyusun notula rapat koordinasi",
        "Memperbarui data aplikasi perencanaan",
        "Menyusun telaahan kebijakan",
    ]
    # the month is locked, and the day view says so before anyone types
    lock = window.ctx.locks.get("2026-11")
    assert lock.locked and lock.revision == 1 and lock.pdf_sha256 == result.sha256
    assert window.current_day == THURSDAY
    assert window.lock_banner.isVisible()
    banner = window.lock_label.text()
    assert "November 2026 terkunci" in banner and "revisi 1" in banner and "27-11-2026" in banner
    assert window.unlock_button.isVisible()
    assert not window.form.isEnabled()
    for action in (window.act_new, window.act_save, window.act_edit, window.act_delete, window.act_copy):
        assert not action.isEnabled(), action.text()
    assert not window.status_combo.isEnabled()
    assert "terkunci" in window.statusBar().currentMessage()
    # and the services refuse a change anyway
    with pytest.raises(MonthLockedError):
        window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat", time(13, 0), time(14, 0)))
    # another month is not locked
    window.load_day(date(2026, 10, 30))
    assert not window.lock_banner.isVisible()
    assert window.form.isEnabled() and window.act_new.isEnabled()


def test_wrong_passphrase_is_explained_and_writes_nothing(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    window = logged
    before = window.ctx.history.count()
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "laporan.pdf"
    prompt_log.next_save_file = str(out)
    dialog = _dialog(qtbot, window)
    dialog.passphrase.setText("bukan frasa sandinya")
    _export(qtbot, dialog)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Frasa sandi salah. Tidak ada berkas yang ditulis dan bulan tidak dikunci."
    assert dialog.passphrase.text() == ""
    assert not dialog.result_box.isVisible()
    assert list(folder.iterdir()) == []  # not even a temporary file
    assert window.ctx.locks.get("2026-11") is None
    assert window.ctx.history.count() == before
    assert not window.lock_banner.isVisible()
    # an empty passphrase is refused before a file is even asked for
    prompt_log.save_requests.clear()
    _export(qtbot, dialog)
    assert dialog.error.text() == "Isi frasa sandi kunci tanda tangan."
    assert prompt_log.save_requests == []


def test_unsigned_pdf_locks_nothing(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    window = logged
    prompt_log.next_save_file = str(tmp_path / "tanpa-ttd")  # no extension typed
    dialog = _dialog(qtbot, window)
    dialog.set_kind(UNSIGNED)
    assert not dialog.sign_box.isVisible()
    _export(qtbot, dialog)
    out = tmp_path / "tanpa-ttd.pdf"
    assert Path(prompt_log.save_requests[0][1]).name == "Laporan-Kinerja-2026-11-tanpa-ttd-Budi.pdf"
    result = dialog.last_result
    assert result.path == out and not result.signed
    found = inspect_pdf(out.read_bytes(), ATTACHMENT_NAME)
    assert found.readable and found.signatures == ()
    assert json.loads(found.attachment_now)["signed"] is False
    assert "tanpa tanda tangan" in dialog.result_label.text()
    assert "Bulan tidak dikunci" in dialog.result_label.text()
    assert window.ctx.locks.get("2026-11") is None
    assert not window.lock_banner.isVisible() and window.form.isEnabled()


def test_xlsx_warns_about_entries_without_rencana_aksi(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    window = logged
    skp = window.ctx.skp
    period = skp.ensure_year(2026)
    rhk = skp.add_rhk(
        period.id,
        Rhk(None, RhkKind.UTAMA, "Tersusunnya laporan kinerja", "Jumlah laporan", 12, "laporan",
            actions=(ActionPlan(None, "Laporan November", 2026, month=11, target=1),)),
    )
    window.ctx.worklog.add(
        EntryDraft(FRIDAY, Location.KANTOR, "Menyusun laporan November", time(13, 0), time(15, 0),
                   quantity=1, unit="laporan", rhk_id=rhk.id, action_id=rhk.actions[0].id)
    )
    out = tmp_path / "progres.xlsx"
    prompt_log.next_save_file = str(out)
    dialog = _dialog(qtbot, window)
    dialog.set_kind(XLSX)
    _export(qtbot, dialog)
    assert Path(prompt_log.save_requests[0][1]).name == "Progres-Harian-2026-11-Budi.xlsx"
    result = dialog.last_result
    assert (result.rows, result.without_action) == (4, 3)
    assert dialog.warning.isVisible()
    assert "3 dari 4 kegiatan belum punya Rencana Aksi" in dialog.warning.text()
    assert "e-Kinerja melewati baris" in dialog.warning.text()
    assert "4 kegiatan November 2026 ditulis (XLSX)" in dialog.result_label.text()
    sheet = load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [str(c) for c in rows[0][:5]] == ["Rencana Aksi", "Tanggal", "Jam Mulai", "Jam Selesai", "Kegiatan Harian"]
    assert len(rows) == 5
    assert sum(1 for r in rows[1:] if r[0] == "Laporan November") == 1
    assert window.ctx.locks.get("2026-11") is None
    # CSV: the same rows
    prompt_log.next_save_file = str(tmp_path / "kegiatan.csv")
    dialog.set_kind(CSV)
    _export(qtbot, dialog)
    assert dialog.last_result.format == "csv" and dialog.last_result.rows == 4
    assert (tmp_path / "kegiatan.csv").read_text(encoding="utf-8-sig").count("\n") >= 5


def test_unlock_with_reason_then_edit_and_export_revision_2(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    window = logged
    ctx = window.ctx
    ctx.export.export_pdf(2026, 11, tmp_path / "rev1.pdf", PASSPHRASE)
    window.load_day(THURSDAY)
    assert window.lock_banner.isVisible()
    # cancelling the question changes nothing; an empty reason is refused
    prompt_log.next_text = None
    window.unlock_button.click()
    assert ctx.locks.get("2026-11").locked
    prompt_log.next_text = "   "
    window.act_unlock.trigger()
    assert ctx.locks.get("2026-11").locked
    assert "Tulis alasan membuka kunci" in prompt_log.errors[-1][1]
    title, label = prompt_log.text_requests[-1]
    assert title == "Buka kunci November 2026"
    assert "revisi 1" in label and "revisi 2" in label
    # with a reason
    prompt_log.next_text = "Koreksi jam kegiatan 26 November"
    window.unlock_button.click()
    lock = ctx.locks.get("2026-11")
    assert not lock.locked and lock.state == "dibuka" and lock.note == "Koreksi jam kegiatan 26 November"
    last = ctx.history.records("2026-11")[-1]
    assert (last.action, last.data["reason"]) == ("unlock", "Koreksi jam kegiatan 26 November")
    assert not window.lock_banner.isVisible()
    assert window.form.isEnabled() and window.act_new.isEnabled() and window.status_combo.isEnabled()
    assert "revisi 2" in window.statusBar().currentMessage()
    # editing works again, through the form
    window.edit_row(0)
    window.form.description.setText("Menyusun notula rapat koordinasi bidang")
    window.form.save_button.click()
    assert ctx.worklog.day(THURSDAY).entries[0].description == "Menyusun notula rapat koordinasi bidang"
    # the next signed export is revision 2
    out = tmp_path / "rev2.pdf"
    prompt_log.next_save_file = str(out)
    dialog = _dialog(qtbot, window)
    assert "revisi 2" in dialog.lock_note.text()
    dialog.passphrase.setText(PASSPHRASE)
    _export(qtbot, dialog)
    assert Path(prompt_log.save_requests[-1][1]).name == "Laporan-Kinerja-2026-11-revisi-2-Budi.pdf"
    assert dialog.last_result.revision == 2
    found = inspect_pdf(out.read_bytes(), ATTACHMENT_NAME)
    assert len(found.signatures) == 1 and found.signatures[0].intact
    report = json.loads(found.attachment)
    assert report["revision"] == 2
    assert "Menyusun notula rapat koordinasi bidang" in [e["description"] for e in report["entries"]]
    lock = ctx.locks.get("2026-11")
    assert lock.locked and lock.revision == 2
    assert window.lock_banner.isVisible() and "revisi 2" in window.lock_label.text()


def test_unlock_of_a_month_that_is_not_locked_is_refused(window, prompt_log) -> None:  # noqa: ANN001
    window.act_unlock.trigger()
    assert prompt_log.infos == [("Buka kunci bulan", "November 2026 tidak terkunci; tidak ada yang perlu dibuka.")]
    assert prompt_log.text_requests == []
    assert window.ctx.history.records("2026-11") == []


def test_without_key_the_dialog_offers_to_create_one(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, window)
    assert dialog.kind() == SIGNED
    assert "Belum ada kunci tanda tangan" in dialog.key_state.text()
    assert not dialog.export_button.isEnabled() and not dialog.passphrase.isEnabled()
    dialog.set_kind(UNSIGNED)
    assert dialog.export_button.isEnabled()  # the unsigned PDF needs no key
    dialog.set_kind(SIGNED)

    def create(key_dialog) -> None:  # noqa: ANN001
        key_dialog.create_button.click()
        key_dialog.new_pass.setText(PASSPHRASE)
        key_dialog.new_pass2.setText(PASSPHRASE)
        key_dialog.save_button.click()

    failures = []

    def run() -> None:
        key_dialog = QApplication.activeModalWidget()
        try:
            create(key_dialog)
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)
        finally:
            key_dialog.reject()

    QTimer.singleShot(0, run)
    dialog.create_key_button.click()
    assert not failures, failures
    assert keys.has_identity(window.ctx.paths.keys_dir)
    assert "Sertifikat: Budi Santoso, S.Kom. (NIP 198609262015051001)" in dialog.key_state.text()
    assert dialog.export_button.isEnabled() and dialog.passphrase.isEnabled()


def test_future_month_cannot_be_chosen_for_export(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, window)
    dialog.set_kind(UNSIGNED)
    dialog.set_month(2026, 12)
    assert "Desember 2026 belum dimulai" in dialog.month_state.text()
    assert not dialog.export_button.isEnabled()
    dialog.set_month(2026, 10)
    assert dialog.export_button.isEnabled()
    assert dialog.month_state.text() == "Belum pernah diekspor bertanda tangan."


def test_default_month_and_file_names() -> None:
    assert default_month(date(2026, 11, 27)) == (2026, 11)
    assert default_month(date(2026, 12, 5)) == (2026, 11)
    assert default_month(date(2026, 12, 6)) == (2026, 12)
    assert default_month(date(2027, 1, 2)) == (2026, 12)
    assert default_file_name(SIGNED, 2026, 11, 1, "Rina Kartika Sari, S.E.") == "Laporan-Kinerja-2026-11-Rina.pdf"
    assert default_file_name(SIGNED, 2026, 11, 3, "Dra. Siti Aminah, M.M.") == "Laporan-Kinerja-2026-11-revisi-3-Siti.pdf"
    assert default_file_name(XLSX, 2026, 2, 1, "") == "Progres-Harian-2026-02.xlsx"


def test_dialog_in_first_days_proposes_last_month(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    window.ctx.clock.fixed = datetime(2026, 12, 3, 9, 0)
    dialog = _dialog(qtbot, window)
    assert dialog.selected_month() == (2026, 11)


# ---- the change history ------------------------------------------------------------------
def test_history_dialog_lists_the_month_and_checks_the_chain(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    window = logged
    ctx = window.ctx
    ctx.worklog.set_status(date(2026, 11, 18), DayStatus.SAKIT)
    ctx.export.export_pdf(2026, 11, tmp_path / "r.pdf", PASSPHRASE)
    ctx.locks.unlock("2026-11", "Koreksi jam kegiatan 26 November")
    shown = {}

    def drive(dialog: HistoryDialog) -> None:
        shown["chain"] = dialog.chain.text()
        shown["rows"] = dialog.rows()
        shown["month"] = dialog.selected_month()

    window.load_day(THURSDAY)
    _run_modal(window.act_history, drive)
    records = ctx.history.records("2026-11")
    assert shown["month"] == "2026-11"
    assert shown["chain"].startswith(f"\u2713 Rantai riwayat utuh: {ctx.history.count()} catatan")
    rows = shown["rows"]
    assert len(rows) == len(records) == 6
    assert [r[0] for r in rows] == [str(r.seq) for r in reversed(records)]  # newest first
    assert rows[0][2:] == ("Buka kunci", "Ringkasan November 2026", "sesudah revisi 1; alasan: Koreksi jam kegiatan 26 November")
    assert rows[1][2] == "Ekspor bertanda tangan" and rows[1][4].startswith("revisi 1, SHA-256 PDF ")
    assert rows[2][2:] == ("Status hari", "Hari 18-11-2026", "(kosong) \u2192 Sakit")
    assert rows[3][2:] == ("Tambah kegiatan", "Kegiatan 27-11-2026 08:00\u201311:00", "Menyusun telaahan kebijakan \u2022 Rumah")
    assert rows[5][1] == records[0].at.strftime("%d-%m-%Y %H:%M:%S")


def test_history_dialog_shows_a_broken_chain(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    for n in range(3):
        ctx.worklog.add(EntryDraft(THURSDAY, Location.KANTOR, f"Kegiatan {n}", time(8 + n, 0), time(9 + n, 0)))
    raw = sqlite3.connect(ctx.paths.database)  # someone editing the file directly
    raw.execute("DROP TRIGGER history_no_update")
    raw.execute("UPDATE history SET data = replace(data, 'Kegiatan 1', 'Kegiatan X') WHERE id = 2")
    raw.commit()
    raw.close()
    dialog = HistoryDialog(ctx, "2026-11", window)
    qtbot.addWidget(dialog)
    assert not dialog.chain_ok
    assert dialog.chain.text().startswith("\u2717 Rantai riwayat RUSAK pada catatan 2 (isi catatan berubah)")


# ---- other settings dialogs wired into the main window -----------------------------------
def test_skp_dialog_from_menu_refreshes_rhk_choices(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.views.skp.skp_dialog import SkpDialog

    def add_plan(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, SkpDialog)
        skp = window.ctx.skp  # what saving in the dialog does
        period = skp.ensure_year(2026)
        skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Tersedianya telaahan kebijakan", "Jumlah telaahan", 6, "telaahan"))

    assert window.form.rhk.findText("Tersedianya telaahan kebijakan") < 0
    _run_modal(window.act_skp, add_plan)
    assert window.form.rhk.findText("Tersedianya telaahan kebijakan") > 0


def test_calendar_dialog_from_menu_names_a_regional_holiday(qtbot, window, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.views.calendar_dialog import CalendarDialog

    def add_holiday(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, CalendarDialog)
        window.ctx.calendar.add_holiday(FRIDAY, "Hari Jadi Kabupaten Contoh")

    _run_modal(window.act_work_calendar, add_holiday)
    assert "Hari libur: Hari Jadi Kabupaten Contoh" in window.subtitle.text()
    assert "Libur nasional" not in window.subtitle.text()
    assert "tidak ada target" in window.total_label.text()


def test_signing_with_a_slow_timestamp_server_keeps_the_window_alive(qtbot, logged, prompt_log, tmp_path) -> None:  # noqa: ANN001
    """The export runs off the GUI thread: a timer fires while the server is still answering."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import tsp

    from tests.signing.test_timestamp import _tsa

    stamper = _tsa()
    ticked = threading.Event()
    seen_while_waiting: list[bool] = []

    class SlowTsa(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen_while_waiting.append(ticked.wait(timeout=5))  # the GUI thread must tick meanwhile
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowTsa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        window = logged
        window.ctx.export.set_timestamp_url(f"http://127.0.0.1:{server.server_port}/")
        prompt_log.next_save_file = str(tmp_path / "bt.pdf")
        dialog = _dialog(qtbot, window)
        dialog.passphrase.setText(PASSPHRASE)
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(ticked.set)
        timer.start()
        _export(qtbot, dialog)
        timer.stop()
    finally:
        server.shutdown()
    assert seen_while_waiting and all(seen_while_waiting)  # pyHanko also asks once to size the token
    assert dialog.last_result is not None and dialog.last_result.signed
    assert window.ctx.locks.get("2026-11").locked
