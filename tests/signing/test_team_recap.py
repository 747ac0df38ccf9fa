"""The team table over real signed files (tests/team_office.py): one cell per person and month
with the latest state, revisions and copies inside the cell, missing months for every member
over the whole period, a decision only when it is intact and trusted; the XLSX; approving
several files at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from absensi_app.domain.verdict import Decision, Outcome
from absensi_app.services.batch_approval import approve_many, decided_file_name, plan_targets
from absensi_app.services.recap import RecapError, scan_folder
from absensi_app.services.team import CellState, FileRole, build_matrix, matrix_for
from absensi_app.services.team_left import TeamService
from absensi_app.services.team_period import check_month, period_months, resolve_period
from absensi_app.signing.keys import WrongPassphraseError
from tests.team_office import ANDI, BUDI, DEWI, HARTONO, PASS, RINA, SARI, SUPERVISOR, build_office, close_office

BEFORE_NOVEMBER = [f"2026-{m:02d}" for m in range(1, 11)]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    office = build_office(tmp_path_factory.mktemp("tim"))
    office["rows"] = scan_folder(office["inbox"], office["boss"].verification)
    yield office
    close_office(office)


def roles(cell) -> dict[str, FileRole]:  # noqa: ANN001
    return {f.row.file: f.role for f in cell.files}


def test_one_cell_per_person_and_month_with_the_latest_state(office) -> None:  # noqa: ANN001
    matrix = matrix_for(office["boss"], office["rows"], folder=str(office["inbox"]))
    assert matrix.months == tuple(f"2026-{m:02d}" for m in range(1, 12))  # the year so far, by the clock
    # the team: every trusted certificate (not the supervisor's own supervisor) and everyone who sent a file
    assert [m.name for m in matrix.members] == [ANDI.name, BUDI.name, DEWI.name, RINA.name, SARI.name]
    assert HARTONO.nip not in {m.nip for m in matrix.members} and SUPERVISOR.nip not in {m.nip for m in matrix.members}
    rina = matrix.member(RINA.nip)
    sep, oct_, nov = rina.cells[8], rina.cells[9], rina.cells[10]
    # approved, with the predikat; the file she sent before the decision is listed inside, not as a row
    assert (sep.state, sep.predikat, sep.current.file) == (CellState.APPROVED, "Sangat Baik", "rina-2026-09-disetujui.pdf")
    assert roles(sep) == {"rina-2026-09-disetujui.pdf": FileRole.CURRENT, "rina-2026-09.pdf": FileRole.COPY}
    # returned, then revision 2 arrived: it waits; revision 1 and its return are superseded; a copy is a copy
    assert (oct_.state, oct_.current.file, oct_.current.revision) == (CellState.WAITING, "rina-2026-10-r2.pdf", 2)
    assert roles(oct_) == {"rina-2026-10-r2.pdf": FileRole.CURRENT, "rina-2026-10-r2-salinan.pdf": FileRole.COPY,
                           "rina-2026-10-dikembalikan.pdf": FileRole.SUPERSEDED,
                           "rina-2026-10.pdf": FileRole.SUPERSEDED}  # fmt: skip
    assert oct_.waiting_file == "rina-2026-10-r2.pdf" and oct_.predikat == ""
    assert (nov.state, nov.current.file) == (CellState.RETURNED, "rina-2026-11-dikembalikan.pdf")
    assert roles(nov)["rina-2026-11.pdf"] is FileRole.COPY
    # missing months: over the whole period, not only between a person's first and last file
    assert rina.missing == tuple(BEFORE_NOVEMBER[:8])
    # a member with no files at all: every month that is over is owed; November is not over yet
    sari = matrix.member(SARI.nip)
    assert sari.trusted and sari.missing == tuple(BEFORE_NOVEMBER)
    assert sari.cells[10].state is CellState.NOT_RECEIVED and not sari.cells[10].owed
    # an unknown signer is a member (they sent a file) and their month is a problem
    dewi = matrix.member(DEWI.nip)
    assert not dewi.trusted and dewi.cells[10].state is CellState.PROBLEM
    assert dewi.cells[10].problem_row.outcome is Outcome.UNTRUSTED
    assert matrix.missing == 8 + 10 * 4
    assert matrix.count(CellState.WAITING) == 1 and matrix.count(CellState.APPROVED) == 1
    assert [(m.name, c.month) for m, c in matrix.waiting()] == [(RINA.name, "2026-10")]
    assert [r.file for r in matrix.unplaced] == ["foto.pdf"]
    assert len(matrix.files) == len(list(office["inbox"].glob("*.pdf")))


def test_a_change_after_the_approval_never_carries_the_decision(office) -> None:  # noqa: ANN001
    rows = {r.file: r for r in office["rows"]}
    changed = rows["andi-2026-11-disetujui.pdf"]
    verdict = office["boss"].verification.verify_file(office["inbox"] / "andi-2026-11-disetujui.pdf")
    assert verdict.decision is Decision.APPROVED and verdict.outcome is Outcome.INVALID  # the file says so ...
    assert (changed.approval, changed.predikat, changed.note) == ("", "", "")  # ... the recap does not
    assert changed.is_problem and changed.month == "2026-11"
    cell = matrix_for(office["boss"], office["rows"]).member(ANDI.nip).cells[10]
    # the valid file Andi sent is there, but a file of the same revision is not valid: a problem
    assert cell.state is CellState.PROBLEM and cell.predikat == "" and cell.current.file == "andi-2026-11.pdf"
    assert roles(cell)["andi-2026-11-disetujui.pdf"] is FileRole.PROBLEM
    assert cell.problem_row.file == "andi-2026-11-disetujui.pdf"


def test_members_who_left_owe_nothing_and_the_mark_is_stored(office, tmp_path: Path) -> None:  # noqa: ANN001
    boss = office["boss"]
    team = boss.team
    assert isinstance(team, TeamService) and team.left() == {}
    assert team.mark_left(BUDI.nip) and not team.mark_left(BUDI.nip)
    try:
        assert set(team.left()) == {BUDI.nip} and team.left()[BUDI.nip] == boss.clock.today()
        matrix = matrix_for(boss, office["rows"])
        budi = matrix.member(BUDI.nip)
        assert budi.left and budi.missing == () and matrix.members[-1] is budi  # listed last
        assert matrix.missing == 8 + 10 * 3
    finally:
        assert team.mark_left(BUDI.nip, left=False)
    assert team.left() == {}
    with pytest.raises(Exception, match="18 angka"):
        team.mark_left("12345")


def test_the_period(office) -> None:  # noqa: ANN001
    matrix = matrix_for(office["boss"], office["rows"], "2026-10", "2026-11")
    rina = matrix.member(RINA.nip)
    assert matrix.months == ("2026-10", "2026-11") and rina.missing == ()
    placed = {f.row.file: f.role for f in matrix.files}
    assert placed["rina-2026-09-disetujui.pdf"] is FileRole.OUTSIDE and placed["foto.pdf"] is FileRole.UNPLACED
    assert resolve_period(None, None, office["boss"].clock.today()) == ("2026-01", "2026-11")
    assert resolve_period("2025-03", None, office["boss"].clock.today()) == ("2025-03", "2025-12")
    assert resolve_period(None, "2025-06", office["boss"].clock.today()) == ("2025-01", "2025-06")
    assert len(period_months("2025-12", "2026-02")) == 3
    for first, last, fragment in (("2026-05", "2026-01", "sesudah"), ("2020-01", "2026-01", "paling panjang"),
                                  ("2026-13", "2026-12", "tidak sah"), ("26-1", "2026-12", "tidak sah")):  # fmt: skip
        with pytest.raises(RecapError, match=fragment):
            period_months(first, last)
    with pytest.raises(RecapError):
        check_month("")
    # the matrix builder alone: nobody trusted, no files
    empty = build_matrix([], "2026-01", "2026-02", office["boss"].clock.today())
    assert empty.members == () and empty.missing == 0


def test_the_xlsx_is_fit_to_print(office, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    from absensi_app.services.recap import RECAP_HEADERS, write_recap_xlsx
    from absensi_app.services.recap_sheet import FILE_HEADERS, HEADER_ROW

    boss = office["boss"]
    matrix = matrix_for(boss, office["rows"], folder=str(office["inbox"]))
    out = write_recap_xlsx(matrix, tmp_path / "rekap.xlsx", boss.files)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Rekap Tim", "Berkas"]
    ws = wb["Rekap Tim"]
    assert ws["A1"].value == "Rekap Laporan Kinerja Bulanan Tim"
    assert ws["A2"].value == f"Unit kerja: {SUPERVISOR.unit}, {SUPERVISOR.agency}"
    assert ws["A3"].value == "Periode: Januari \u2013 November 2026"
    assert SUPERVISOR.name in ws["A4"].value and "30-11-2026 16:00" in ws["A5"].value
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    header = [c.value for c in ws[HEADER_ROW]]
    assert header[:4] == ["No", "Nama / NIP", "Jan 2026", "Feb 2026"] and header[12] == "Nov 2026"
    rows = {ws.cell(row=r, column=2).value.split("\n")[0]: r for r in range(HEADER_ROW + 1, HEADER_ROW + 6)}
    rina, andi = rows[RINA.name], rows[ANDI.name]
    assert ws.cell(row=rina, column=2).value == f"{RINA.name}\nNIP {RINA.nip}"
    assert ws.cell(row=rina, column=11).value == "Disetujui\nSangat Baik"  # September
    assert ws.cell(row=rina, column=12).value == "Menunggu\nrevisi 2"
    assert ws.cell(row=rina, column=13).value == "Dikembalikan"
    assert ws.cell(row=rina, column=3).value == "Belum diterima"
    assert ws.cell(row=rina, column=11).fill.fgColor.rgb.endswith("D4EDDA")
    andi_nov = ws.cell(row=andi, column=13).value
    assert andi_nov.startswith("Bermasalah") and "Disetujui" not in andi_nov and "Baik" not in andi_nov
    assert ws.cell(row=andi, column=13).fill.fgColor.rgb.endswith("F8D7DA")
    assert [ws.cell(row=rina, column=c).value for c in range(14, 18)] == [8, 1, 1, 0]  # belum, menunggu, disetujui, masalah
    assert ws.row_dimensions[andi].height >= 3 * 12.5  # the wrapped lines of a problem cell show
    # the second sheet: one row per file, what it is to the matrix
    files = wb["Berkas"]
    values = list(files.iter_rows(values_only=True))
    assert values[0] == FILE_HEADERS and values[0][: len(RECAP_HEADERS)] == RECAP_HEADERS
    assert len(values) == 1 + len(matrix.files)
    assert files.print_title_rows == "$1:$1" and files.page_setup.orientation == "landscape"
    by_file = {v[16]: v for v in values[1:]}
    assert by_file["andi-2026-11-disetujui.pdf"][14] in (None, "") and by_file["andi-2026-11-disetujui.pdf"][15] is None
    assert by_file["andi-2026-11-disetujui.pdf"][0] == "TIDAK SAH" and by_file["andi-2026-11-disetujui.pdf"][18] == "bermasalah"
    assert by_file["rina-2026-09-disetujui.pdf"][14:16] == ("disetujui", "Sangat Baik")
    assert by_file["rina-2026-09.pdf"][18].startswith("salinan")
    # a target in the data folder is refused, nothing written
    with pytest.raises(Exception, match="folder data"):
        write_recap_xlsx(matrix, boss.paths.data_dir / "rekap.xlsx", boss.files)


def test_approving_several_at_once(office, tmp_path: Path) -> None:  # noqa: ANN001
    boss, inbox = office["boss"], office["inbox"]
    out = tmp_path / "disetujui"
    out.mkdir()
    sources = [inbox / "rina-2026-10-r2.pdf", inbox / "andi-2026-11.pdf", inbox / "rina-2026-09-disetujui.pdf"]
    assert decided_file_name("rina-2026-10-dikembalikan.pdf") == "rina-2026-10-disetujui.pdf"
    with pytest.raises(RecapError, match="sama-sama"):
        plan_targets([inbox / "rina-2026-10-r2.pdf", tmp_path / "rina-2026-10-r2.pdf"], out)
    with pytest.raises(RecapError, match="tidak ada"):
        plan_targets(sources, tmp_path / "tidak-ada")
    with pytest.raises(WrongPassphraseError):  # one passphrase, checked before any file
        approve_many(boss.approval, boss.files, sources, "salah sekali", out_dir=out)
    assert list(out.iterdir()) == []
    progress = []
    results = approve_many(boss.approval, boss.files, sources, PASS, "Terima kasih", out_dir=out,
                           progress=lambda i, n, name: progress.append((i, n)))  # fmt: skip
    assert progress[-1] == (3, 3)
    assert [(r.ok, r.target.name if r.target else None) for r in results] == [
        (True, "rina-2026-10-r2-disetujui.pdf"), (True, "andi-2026-11-disetujui.pdf"), (False, None)]
    assert "sudah diberi keputusan" in results[2].message and results[2].error is not None
    assert (results[0].month, results[0].revision, results[0].name) == ("2026-10", 2, RINA.name)
    for r in results[:2]:
        verdict = boss.verification.verify_file(r.target)
        assert verdict.outcome is Outcome.VALID and verdict.decision is Decision.APPROVED
        assert verdict.approval.note == "Terima kasih"
    assert sorted(p.name for p in out.iterdir()) == ["andi-2026-11-disetujui.pdf", "rina-2026-10-r2-disetujui.pdf"]
    # again: the files exist and are not overwritten
    again = approve_many(boss.approval, boss.files, sources[:1], PASS, out_dir=out)
    assert not again[0].ok and "sudah ada" in again[0].message
    # the folder with the approved files: Rina's October is approved now
    folder = tmp_path / "lengkap"
    shutil.copytree(inbox, folder)
    shutil.copy(out / "rina-2026-10-r2-disetujui.pdf", folder)
    matrix = matrix_for(boss, scan_folder(folder, boss.verification))
    oct_ = matrix.member(RINA.nip).cells[9]
    assert oct_.state is CellState.APPROVED and oct_.current.file == "rina-2026-10-r2-disetujui.pdf"
    assert roles(oct_)["rina-2026-10-r2.pdf"] is FileRole.COPY


def test_a_forged_approval_in_the_supervisors_own_name_is_a_problem(office, tmp_path: Path) -> None:  # noqa: ANN001
    """Someone made a certificate in the supervisor's own NIP and "approved" Rina's November:
    the loudest verdict, and never a decision in the table or the XLSX."""
    from openpyxl import load_workbook

    from absensi_app.domain.skp import Rating
    from absensi_app.services.recap import write_recap_xlsx
    from absensi_app.services.verification import Rated
    from tests.team_office import close, person

    boss, inbox = office["boss"], office["inbox"]
    impostor = person(tmp_path, SUPERVISOR, "palsu")  # the supervisor's name and NIP, another key
    try:
        impostor.trust.add(office["people"]["rina"].keys.certificate_der())
        forged, _ = impostor.approval.countersign((inbox / "rina-2026-11.pdf").read_bytes(), Decision.APPROVED,
                                                  "", PASS, Rated(Rating.DI_ATAS, Rating.DI_ATAS))  # fmt: skip
    finally:
        close(impostor)
    folder = tmp_path / "masuk"
    shutil.copytree(inbox, folder)
    (folder / "rina-2026-11-disetujui.pdf").write_bytes(forged)
    rows = {r.file: r for r in scan_folder(folder, boss.verification)}
    row = rows["rina-2026-11-disetujui.pdf"]
    assert row.outcome is not Outcome.VALID and row.problem_rank == 0  # red, first
    assert (row.approval, row.predikat) == ("", "")
    matrix = matrix_for(boss, list(rows.values()))
    nov = matrix.member(RINA.nip).cells[10]
    assert nov.state is CellState.PROBLEM and nov.predikat == "" and nov.problem_row.file == "rina-2026-11-disetujui.pdf"
    out = write_recap_xlsx(matrix, tmp_path / "rekap.xlsx")
    ws = load_workbook(out)["Rekap Tim"]
    text = next(ws.cell(row=r, column=13).value for r in range(8, 13)
                if ws.cell(row=r, column=2).value.startswith(RINA.name))  # fmt: skip
    assert text.startswith("Bermasalah") and "Sangat Baik" not in text and "Disetujui" not in text
