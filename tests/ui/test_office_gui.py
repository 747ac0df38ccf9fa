"""The kop surat in the profile dialog, the compact table in the export dialog, and pace on the
progress screen (issue 11), through the real widgets. "Today" is Friday 2026-11-27."""

from __future__ import annotations

import io
import os
import subprocess
from datetime import date, time
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.demo import SAMPLE_PLAN
from absensi_app.views.export_dialog import CSV, UNSIGNED, XLSX, ExportDialog
from tests.ui.test_dashboard import open_dashboard
from tests.unit.test_report_office import png_logo


def _in_profile_dialog(window, drive) -> None:  # noqa: ANN001
    """Open Pengaturan › Profil from the menu; ``drive(dialog)`` runs inside it."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the test's side
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    window.act_profile.trigger()
    if failures:
        raise failures[0]


def test_office_fields_are_saved_and_bad_text_is_refused(qtbot, window, prompt_log, tmp_path) -> None:  # noqa: ANN001
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_logo())

    def fill(dialog) -> None:  # noqa: ANN001
        office = dialog.form.office
        assert office.isVisible() and office.title() == "Kop surat laporan"
        office.place.setText("Sleman\x1b")
        dialog.save_button.click()
        assert dialog.isVisible() and "karakter kendali" in dialog.error.text()
        assert dialog.focusWidget() is office.place
        office.government.setText("Pemerintah Kabupaten Sleman")
        office.address.setText("Jl. Parasamya No. 1, Sleman")
        office.place.setText("Sleman")
        prompt_log.next_file = str(logo)
        office.choose_button.click()
        assert office.logo is not None and not office.preview.pixmap().isNull()
        assert office.remove_button.isEnabled()
        dialog.save_button.click()
        assert not dialog.isVisible()

    assert window.ctx.profile.require().place == ""
    _in_profile_dialog(window, fill)
    saved = window.ctx.profile.require()
    assert (saved.government, saved.address, saved.place) == (
        "Pemerintah Kabupaten Sleman", "Jl. Parasamya No. 1, Sleman", "Sleman")
    assert Image.open(io.BytesIO(saved.logo)).size == (300, 360)

    def look(dialog) -> None:  # noqa: ANN001
        office = dialog.form.office
        assert office.government.text() == "Pemerintah Kabupaten Sleman" and office.place.text() == "Sleman"
        assert office.logo == saved.logo and not office.preview.pixmap().isNull()
        dialog.form.position.setText("Analis Kebijakan Ahli Madya")  # another field: the logo stays
        dialog.save_button.click()

    _in_profile_dialog(window, look)
    again = window.ctx.profile.require()
    assert again.position == "Analis Kebijakan Ahli Madya" and again.logo == saved.logo


def test_a_bad_logo_is_refused_and_the_old_one_kept(qtbot, window, prompt_log, tmp_path) -> None:  # noqa: ANN001
    good = tmp_path / "logo.png"
    good.write_bytes(png_logo())
    text = tmp_path / "bukan.png"
    text.write_text("bukan gambar")
    gif = tmp_path / "logo.gif"
    Image.new("P", (30, 30)).save(gif, "GIF")
    big = tmp_path / "besar.png"
    big.write_bytes(png_logo() + b"\0" * (1024 * 1024))
    fifo = tmp_path / "pipa.png"
    os.mkfifo(fifo)

    def drive(dialog) -> None:  # noqa: ANN001
        office = dialog.form.office
        prompt_log.next_file = str(good)
        office.choose_button.click()
        first = office.logo
        assert first is not None
        for path, fragment in ((text, "bukan gambar PNG atau JPEG"), (gif, "berformat GIF"),
                               (big, "terlalu besar"), (fifo, "pipa atau soket")):  # fmt: skip
            prompt_log.next_file = str(path)
            office.choose_button.click()  # a FIFO is refused at once: the dialog does not freeze
            assert fragment in office.logo_state.text(), path
            assert office.logo == first and not office.preview.pixmap().isNull()
        prompt_log.next_file = None  # cancelled: nothing changes
        office.choose_button.click()
        assert office.logo == first
        dialog.save_button.click()

    _in_profile_dialog(window, drive)
    stored = window.ctx.profile.require().logo
    assert stored is not None and Image.open(io.BytesIO(stored)).format == "PNG"

    def remove(dialog) -> None:  # noqa: ANN001
        office = dialog.form.office
        office.remove_button.click()
        assert office.logo is None and office.preview.pixmap().isNull() and not office.remove_button.isEnabled()
        dialog.save_button.click()

    _in_profile_dialog(window, remove)
    assert window.ctx.profile.require().logo is None


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_the_export_dialog_writes_the_compact_table(qtbot, window, prompt_log, tmp_path) -> None:  # noqa: ANN001
    thursday, friday = date(2026, 11, 26), date(2026, 11, 27)
    w = window.ctx.worklog
    w.add(EntryDraft(thursday, Location.KANTOR, "Menyusun notula rapat koordinasi", time(7, 30), time(9, 30)))
    w.add(EntryDraft(thursday, Location.KANTOR_LAIN, "Koordinasi data di kantor regional", time(9, 30), time(12, 0)))
    w.add(EntryDraft(friday, Location.RUMAH, "Menyusun telaahan kebijakan", time(8, 0), time(11, 0)))
    dialog = ExportDialog(window.ctx, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_kind(UNSIGNED)
    assert dialog.compact.isEnabled() and not dialog.compact.isChecked()
    for kind, enabled in ((XLSX, False), (CSV, False), (UNSIGNED, True)):
        dialog.set_kind(kind)
        assert dialog.compact.isEnabled() is enabled
    dialog.compact.setChecked(True)
    prompt_log.next_save_file = str(tmp_path / "ringkas.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.last_result is not None and dialog.last_result.path == tmp_path / "ringkas.pdf"
    text = _pdf_text(tmp_path / "ringkas.pdf")
    assert "No Jam Lokasi Uraian Kegiatan Output RHK" in text and "Hari/Tanggal Jam" not in text
    assert "Kamis, 26 November 2026 \u2014 2 kegiatan, 4 j 30 m" in text
    assert "Jumat, 27 November 2026 \u2014 1 kegiatan, 3 j" in text
    assert window.ctx.locks.get("2026-11") is None  # unsigned: nothing locked


def test_the_progress_screen_never_shows_tertinggal_beside_a_month_at_target(qtbot, window) -> None:  # noqa: ANN001
    """November's share of the second RHK (240 dokumen a year) is 20; 24 done is 120 %,
    though the year (24 of 240 by late November) is far behind."""
    ctx = window.ctx
    plan = ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    dokumen = plan.rhk[1].id
    ctx.worklog.add(EntryDraft(date(2026, 11, 24), Location.KANTOR, "Telaahan kebijakan", time(7, 30), time(9, 0),
                               quantity=24, unit="dokumen", rhk_id=dokumen))  # fmt: skip
    dash = open_dashboard(qtbot, window)
    row = dash.rhk_box.rows_shown()[1]
    assert row.month_bar.format() == "120%" and row.year_bar.format() == "10%"
    assert row.pace.text() == "Sesuai jadwal"
    assert "bulan ini" in row.pace.toolTip()
    first = dash.rhk_box.rows_shown()[0]  # nothing for the first RHK: behind on both counts
    assert first.month_bar.format() == "0%" and first.pace.text() == "Tertinggal"
