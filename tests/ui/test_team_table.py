"""The team table in the recap window, driven as a head of unit would over the real office of
tests/team_office.py: the matrix after a scan off the GUI thread, the period, opening a cell's
file, approving several waiting months at once, marking someone as having left, the XLSX."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from absensi_app.domain.verdict import Decision, Outcome
from absensi_app.services.team import CellState
from absensi_app.views.supervisor.batch_approve_dialog import BatchApproveDialog
from absensi_app.views.supervisor.matrix_table import CELL_ROLE, NAME_COL
from absensi_app.views.supervisor.recap_window import RecapWindow
from tests.team_office import ANDI, BUDI, DEWI, PASS, RINA, SARI, build_office, close_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    office = build_office(tmp_path_factory.mktemp("tim-gui"))
    yield office
    close_office(office)


@pytest.fixture
def recap(qtbot, office, prompt_log):  # noqa: ANN001, ANN201
    w = RecapWindow(office["boss"])
    qtbot.addWidget(w)
    w.show()
    return w


def scanned(qtbot, recap: RecapWindow, folder: Path) -> RecapWindow:  # noqa: ANN001
    with qtbot.waitSignal(recap.finished, timeout=300_000):
        assert recap.scan(folder)
    return recap


def index_of(recap: RecapWindow, nip: str, month: str):  # noqa: ANN201
    model = recap.matrix_model
    row = next(i for i, m in enumerate(model.members) if m.nip == nip)
    return model.index(row, model.month_column(month))


def test_the_matrix_after_a_scan(qtbot, recap, office, prompt_log) -> None:  # noqa: ANN001
    scanned(qtbot, recap, office["inbox"])
    model = recap.matrix_model
    assert recap.period_bar.period() == ("2026-01", "2026-11")  # the year so far, by the clock
    assert [m.name for m in model.members] == [ANDI.name, BUDI.name, DEWI.name, RINA.name, SARI.name]
    assert model.columnCount() == 1 + 11 + 3 and model.headerData(1, Qt.Horizontal) == "Jan"

    def text(nip: str, month: str, role=Qt.DisplayRole):  # noqa: ANN001, ANN202
        return model.data(index_of(recap, nip, month), role)

    assert text(RINA.nip, "2026-09") == "Disetujui\nSangat Baik"
    assert text(RINA.nip, "2026-10") == "Menunggu\nrevisi 2"
    assert text(RINA.nip, "2026-11") == "Dikembalikan"
    assert text(RINA.nip, "2026-08") == "Belum diterima"
    assert text(SARI.nip, "2026-11") == "\u2013"  # not over yet: not owed
    assert text(ANDI.nip, "2026-11") == "MASALAH\ndiubah/tidak sah"  # the approval changed afterwards
    assert "Disetujui" not in text(ANDI.nip, "2026-11") and "Baik" not in text(ANDI.nip, "2026-11")
    assert text(DEWI.nip, "2026-11") == "MASALAH\nbelum dikenal"
    assert text(RINA.nip, "2026-09", Qt.BackgroundRole).color().name() == "#d4edda"
    assert text(ANDI.nip, "2026-11", Qt.BackgroundRole).color().name() == "#f8d7da"
    assert text(RINA.nip, "2026-08", Qt.BackgroundRole).color().name() == "#fff3cd"
    tip = text(RINA.nip, "2026-10", Qt.ToolTipRole)
    assert "rina-2026-10-r2.pdf (berlaku)" in tip and "rina-2026-10.pdf (diganti revisi" in tip
    assert model.data(model.index(3, NAME_COL)) == f"{RINA.name}\n{RINA.nip}"
    assert recap.summary.text() == ("5 pegawai, 12 berkas: 1 disetujui, 1 menunggu keputusan, 1 dikembalikan, "
                                    "2 bulan bermasalah; 48 bulan belum diterima.")  # fmt: skip
    # the selected cell's files, below the table
    recap.matrix_view.setCurrentIndex(index_of(recap, RINA.nip, "2026-10"))
    panel = recap.cell_panel
    assert panel.title.text() == f"{RINA.name}, Oktober 2026: Menunggu, revisi 2"
    assert [panel.files.item(i).data(Qt.UserRole) for i in range(panel.files.count())] == [
        "rina-2026-10-r2.pdf", "rina-2026-10-r2-salinan.pdf", "rina-2026-10-dikembalikan.pdf", "rina-2026-10.pdf"]
    # another period: the table follows, nothing is scanned again
    recap.period_bar.first_picker.month.setCurrentIndex(8)  # September
    assert recap.matrix.months == ("2026-09", "2026-10", "2026-11") and model.columnCount() == 1 + 3 + 3
    recap.period_bar.last_picker.month.setCurrentIndex(6)  # July, before September: the start follows
    assert recap.period_bar.period() == ("2026-07", "2026-07")
    recap.period_bar.year_button.click()
    assert recap.matrix.months[0] == "2026-01" and recap.matrix.months[-1] == "2026-11"
    recap.resize(1500, 820)
    recap.matrix_view.setCurrentIndex(index_of(recap, RINA.nip, "2026-10"))
    recap.grab().save("/tmp/team-table.png")  # looked at by a person, not by the test


def test_a_cell_opens_its_file_in_the_viewer(qtbot, recap, office, prompt_log) -> None:  # noqa: ANN001
    scanned(qtbot, recap, office["inbox"])
    viewer = recap.open_cell(index_of(recap, RINA.nip, "2026-09"))
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)
    assert viewer.path == office["inbox"] / "rina-2026-09-disetujui.pdf"
    assert viewer.verdict.outcome is Outcome.VALID and viewer.verdict.decision is Decision.APPROVED
    # a problem cell opens its problem file, so the supervisor sees why
    viewer = recap.open_cell(index_of(recap, ANDI.nip, "2026-11"))
    qtbot.waitUntil(lambda: not viewer.checking, timeout=60_000)
    assert viewer.path.name == "andi-2026-11-disetujui.pdf" and viewer.verdict.outcome is Outcome.INVALID
    # and the list below the table has that same file chosen, so "Buka berkas" opens it too
    assert recap.cell_panel.files.currentItem().data(Qt.UserRole) == "andi-2026-11-disetujui.pdf"
    # any file of the cell, from the list below the table
    recap.matrix_view.setCurrentIndex(index_of(recap, RINA.nip, "2026-10"))
    recap.cell_panel.files.setCurrentRow(3)
    with qtbot.waitSignal(recap.cell_panel.open_requested):
        recap.cell_panel.open_button.click()
    assert recap.viewers[-1].path.name == "rina-2026-10.pdf"
    # nothing in the cell: nothing opens
    assert recap.open_cell(index_of(recap, SARI.nip, "2026-05")) is None
    assert len(recap.viewers) == 3


def test_approving_several_waiting_months_at_once(qtbot, recap, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "masuk"
    shutil.copytree(office["inbox"], folder)
    (folder / "andi-2026-11-disetujui.pdf").unlink()  # without the changed approval, Andi's November waits
    scanned(qtbot, recap, folder)
    waiting = [index_of(recap, RINA.nip, "2026-10"), index_of(recap, ANDI.nip, "2026-11")]
    assert all(i.data(CELL_ROLE).state is CellState.WAITING for i in waiting)
    selection = QItemSelection()
    for i in waiting + [index_of(recap, RINA.nip, "2026-09")]:  # an approved cell in the selection is left out
        selection.select(i, i)
    recap.matrix_view.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
    assert recap.approve_action.isEnabled()
    recap.approve_action.trigger()
    dialog = recap.batch_dialog
    assert isinstance(dialog, BatchApproveDialog) and dialog.isVisible()
    assert [p.name for p in dialog.chosen()] == ["rina-2026-10-r2.pdf", "andi-2026-11.pdf"]
    assert dialog.skipped.isVisible() and dialog.skipped.text().startswith("1 sel lain yang dipilih")
    assert dialog.sign_button.text() == "Setujui 2 ringkasan dan tanda tangani"
    # a wrong passphrase: refused before any file, nothing written, the dialog stays
    dialog.passphrase.setText("salah sekali")
    assert dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible(), timeout=60_000)
    assert "Frasa sandi salah" in dialog.error.text() and "Tidak ada berkas yang ditulis" in dialog.error.text()
    assert not list(folder.glob("*-r2-disetujui.pdf")) and dialog.passphrase.text() == ""
    dialog.note.setPlainText("Terima kasih, lengkap.")
    dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(recap.finished, timeout=300_000):  # the approved files are in the folder: rescanned
        assert dialog.submit()
        assert dialog.busy and dialog.progress.isVisible()  # off the GUI thread, with progress
    assert [r.ok for r in dialog.results] == [True, True] and dialog.progress.value() == 2
    assert dialog.outcome.text().startswith("2 dari 2 ringkasan disetujui.")
    for name in ("rina-2026-10-r2-disetujui.pdf", "andi-2026-11-disetujui.pdf"):
        verdict = office["boss"].verification.verify_file(folder / name)
        assert verdict.outcome is Outcome.VALID and verdict.decision is Decision.APPROVED
        assert verdict.approval.note == "Terima kasih, lengkap."
    assert index_of(recap, RINA.nip, "2026-10").data(CELL_ROLE).state is CellState.APPROVED
    assert index_of(recap, ANDI.nip, "2026-11").data(CELL_ROLE).state is CellState.APPROVED
    assert not recap.approve_action.isEnabled()  # nothing waits any more
    dialog.grab().save("/tmp/team-batch.png")
    dialog.cancel_button.click()


def test_approving_into_another_folder(qtbot, recap, office, prompt_log, tmp_path, inline_tasks) -> None:  # noqa: ANN001
    scanned(qtbot, recap, office["inbox"])
    dialog = recap.approve_selected()  # nothing selected: every waiting month
    assert [p.name for p in dialog.chosen()] == ["rina-2026-10-r2.pdf"]
    out = tmp_path / "keluar"
    out.mkdir()
    prompt_log.next_folder = str(out)
    dialog.elsewhere.click()
    assert dialog.out_dir == out and dialog.folder_label.text() == f"Folder: {out}"
    dialog.passphrase.setText(PASS)
    dialog.submit()
    assert [p.name for p in out.iterdir()] == ["rina-2026-10-r2-disetujui.pdf"]
    assert not (office["inbox"] / "rina-2026-10-r2-disetujui.pdf").exists()
    assert recap.stale.isVisible()  # written elsewhere: the table says it may be out of date


def test_marking_someone_as_having_left(qtbot, recap, office, prompt_log) -> None:  # noqa: ANN001
    scanned(qtbot, recap, office["inbox"])
    recap.matrix_view.setCurrentIndex(index_of(recap, BUDI.nip, "2026-03"))
    assert recap.left_action.text() == "Tandai sudah keluar"
    recap.left_action.trigger()
    try:
        assert "Budi Hartanto" in prompt_log.confirms[-1][1]
        assert set(office["boss"].team.left()) == {BUDI.nip}
        budi = recap.matrix.member(BUDI.nip)
        assert budi.left and budi.missing == () and recap.matrix_model.members[-1].nip == BUDI.nip
        assert "38 bulan belum diterima" in recap.summary.text() and recap.summary.text().startswith("4 pegawai")
        row = len(recap.matrix_model.members) - 1
        assert recap.matrix_model.data(recap.matrix_model.index(row, NAME_COL)).startswith(f"{BUDI.name} (sudah keluar)")
        recap.show_left.setChecked(False)
        assert BUDI.nip not in {m.nip for m in recap.matrix_model.members}
        recap.show_left.setChecked(True)
        recap.matrix_view.setCurrentIndex(index_of(recap, BUDI.nip, "2026-03"))
        assert recap.left_action.text() == "Batalkan tanda keluar"
    finally:
        recap.left_action.trigger()
    assert office["boss"].team.left() == {} and not recap.matrix.member(BUDI.nip).left


def test_the_matrix_exports_as_xlsx(qtbot, recap, office, prompt_log, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    scanned(qtbot, recap, office["inbox"])
    recap.period_bar.set_period("2026-09", "2026-11")
    recap.rebuild()
    prompt_log.next_save_file = str(tmp_path / "rekap")
    recap.export_action.trigger()
    assert recap.exported_path == tmp_path / "rekap.xlsx"
    wb = load_workbook(recap.exported_path)
    ws = wb["Rekap Tim"]
    assert ws["A3"].value == "Periode: September \u2013 November 2026" and ws.page_setup.orientation == "landscape"
    assert [ws.cell(row=7, column=c).value for c in (3, 4, 5)] == ["Sep 2026", "Okt 2026", "Nov 2026"]
    assert wb["Berkas"].max_row == 1 + 12
    # never into the data folder
    prompt_log.next_save_file = str(office["boss"].paths.data_dir / "rekap.xlsx")
    assert recap.export_xlsx() is None and "folder data" in prompt_log.errors[-1][1]
