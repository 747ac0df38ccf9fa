"""The archive's month status and one person's months, over the real office's files: the
supervisor's merging rules per person, units, missing staff, problem files first, the JSON keys
and the XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from absensi_app.archive.database import ArchiveAddress
from absensi_app.archive.service import Archive
from absensi_app.archive.status_json import person_to_json, status_to_json
from absensi_app.services.team import CellState, FileRole
from tests.team_office import ANDI, BUDI, DEWI, RINA

DECEMBER = date(2026, 12, 15)
OTHER_UNIT = "Bidang Pengembangan Aplikasi"


@pytest.fixture(scope="module")
def archive(pg_server, office):  # noqa: ANN001, ANN201
    archive = Archive.open(ArchiveAddress.of(pg_server.url(pg_server.new_database("status"))), require_schema=False)
    archive.init()
    for der in office["certs"].values():
        archive.trust.add(der)
    archive.ingest([office["inbox"]], workers=1)
    yield archive
    archive.close()


def test_the_month_per_unit_and_person(archive: Archive) -> None:
    status = archive.status("2026-11", today=DECEMBER)
    units = [u.unit for u in status.units]
    assert units == [RINA.unit, OTHER_UNIT]  # the unit with problems first
    people = {p.nip: p for p in status.people}
    assert set(people) == {RINA.nip, ANDI.nip, BUDI.nip, DEWI.nip}
    # Rina's return is the latest valid file, but another certificate signed a November in her NIP
    rina = people[RINA.nip].cell
    assert rina.state is CellState.PROBLEM and rina.current.file == "rina-2026-11-dikembalikan.pdf"
    roles = {f.row.file: f.role for f in rina.files}
    assert roles == {"rina-2026-11-dikembalikan.pdf": FileRole.CURRENT, "rina-2026-11.pdf": FileRole.COPY,
                     "palsu-rina-2026-11.pdf": FileRole.PROBLEM}  # fmt: skip
    # Andi's valid file is there; its approval was changed afterwards: a problem, no predikat
    andi = people[ANDI.nip]
    assert andi.cell.state is CellState.PROBLEM and andi.cell.predikat == "" and not andi.missing
    assert andi.cell.current.total_minutes and andi.cell.current.by_location
    # Dewi is not known to the archive (no valid file): listed, a problem, never "missing"
    assert not people[DEWI.nip].known and people[DEWI.nip].cell.state is CellState.PROBLEM
    # Budi sent October only: known staff with no valid file for November
    assert [p.nip for p in status.missing] == [BUDI.nip] and people[BUDI.nip].cell.owed
    first_unit = status.units[0].people
    assert [p.cell.state for p in first_unit[:3]] == [CellState.PROBLEM] * 3  # problem rows first
    # changed or another certificate first (by name), then the signer not known yet
    assert [r.file for r in status.problem_files] == ["andi-2026-11-disetujui.pdf", "palsu-rina-2026-11.pdf",
                                                      "dewi-2026-11.pdf"]  # fmt: skip
    assert {r.file for r in status.unplaced} == {"foto.pdf", "rina-2026-11-diubah.pdf"}
    counts = status.counts
    assert (counts["staf"], counts["belum-mengirim"], counts["bermasalah"]) == (4, 1, 3)


def sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_earlier_month_and_a_unit_filter(archive: Archive, office) -> None:  # noqa: ANN001
    october = archive.status("2026-10", today=DECEMBER)
    states = {p.nip: (p.cell.state, p.cell.current.file_sha256) for p in october.people}
    # Andi's first valid file is November's: he is no one's missing October; Rina's revision 2
    # (stored once, under the name it was first found with) waits
    assert states == {RINA.nip: (CellState.WAITING, sha(office["inbox"] / "rina-2026-10-r2.pdf")),
                      BUDI.nip: (CellState.WAITING, sha(office["other"] / "budi-2026-10.pdf"))}  # fmt: skip
    assert october.missing == () and october.problem_files == ()
    only = archive.status("2026-11", unit="pengembangan", today=DECEMBER)
    assert [u.unit for u in only.units] == [OTHER_UNIT] and [p.nip for p in only.people] == [BUDI.nip]
    assert only.unplaced == () and only.unit_filter == "pengembangan"
    assert archive.status("2026-11", unit="100%_", today=DECEMBER).people == ()  # LIKE's wildcards are text
    november_now = archive.status("2026-11", today=date(2026, 11, 30))
    assert not next(p for p in november_now.people if p.nip == BUDI.nip).cell.owed  # the month is not over


def test_one_persons_months(archive: Archive) -> None:
    record = archive.person(RINA.nip[:8] + " " + RINA.nip[8:], today=DECEMBER)  # as typed, with a space
    assert record is not None and record.known and record.name == RINA.name
    assert [(c.month, c.state) for c in record.cells] == [
        ("2026-11", CellState.PROBLEM), ("2026-10", CellState.WAITING), ("2026-09", CellState.APPROVED)]
    assert record.cells[2].predikat == "Sangat Baik" and record.missing == ()
    assert [r.file for r in record.unplaced] == ["rina-2026-11-diubah.pdf"]
    dewi = archive.person(DEWI.nip, today=DECEMBER)
    assert dewi is not None and not dewi.known and dewi.cells[0].state is CellState.PROBLEM
    budi = archive.person(BUDI.nip, today=DECEMBER)
    assert [c.month for c in budi.cells] == ["2026-11", "2026-10"] and budi.missing == ("2026-11",)
    assert archive.person("199001012020121001") is None


def test_the_json_keys_are_stable(archive: Archive) -> None:
    data = status_to_json(archive.status("2026-11", today=DECEMBER))
    assert list(data) == ["month", "unit", "made_at", "summary", "problem_files", "units", "missing", "unplaced"]
    assert data["summary"] == {"staff": 4, "missing": 1, "problem_files": 3, "unplaced_files": 2,
                               "belum-diterima": 1, "menunggu": 0, "dikembalikan": 0, "disetujui": 0,
                               "bermasalah": 3}  # fmt: skip
    unit = data["units"][0]
    assert list(unit) == ["unit", "counts", "people"]
    assert set(unit["people"][0]) == {"nip", "name", "unit", "agency", "known", "missing", "state", "owed", "file",
                                      "revision", "approval", "predikat", "files", "total_minutes",
                                      "expected_minutes", "by_location"}  # fmt: skip
    assert set(data["problem_files"][0]) == {"status", "file", "name", "nip", "month", "revision", "total_minutes",
                                             "expected_minutes", "by_location", "missing_days", "rhk_percent",
                                             "approval", "predikat", "headline", "sha256"}  # fmt: skip
    assert data["missing"] == [{"nip": BUDI.nip, "name": BUDI.name, "unit": OTHER_UNIT}]
    person = person_to_json(archive.person(RINA.nip, today=DECEMBER))
    assert list(person) == ["nip", "name", "unit", "agency", "known", "missing", "months", "unplaced"]
    assert person["months"][2]["state"] == "disetujui" and person["months"][2]["predikat"] == "Sangat Baik"


def test_the_xlsx(archive: Archive, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from absensi_app.archive.sheet import write_status_xlsx

    target = write_status_xlsx(archive.status("2026-11", today=DECEMBER), tmp_path / "arsip.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["Rekap Tim", "Berkas"]
    names = [book["Rekap Tim"].cell(row=r, column=2).value or "" for r in range(8, 12)]
    assert all(f"\u2014 {RINA.unit}" in n for n in names[:3]) and OTHER_UNIT in names[3]
    files = [row[16] for row in book["Berkas"].iter_rows(min_row=2, values_only=True)]
    assert files[:3] == ["andi-2026-11-disetujui.pdf", "palsu-rina-2026-11.pdf", "dewi-2026-11.pdf"]
    assert {"foto.pdf", "rina-2026-11-diubah.pdf"} <= set(files)


def test_the_counts_made_before_the_people_are_theirs(archive: Archive) -> None:
    from absensi_app.archive.status import _counts

    for month, unit in (("2026-11", None), ("2026-10", None), ("2026-11", "pengembangan")):
        status = archive.status(month, unit, today=DECEMBER)
        for u in status.units:  # counted in SQL and from the rows before anyone is made
            assert u.counts == _counts(u.people), (month, u.unit)
        assert status.counts == _counts(status.people)
        assert status.missing == tuple(p for p in status.people if p.missing and p.known)
        ranks = [min(p.rank for p in u.people) for u in status.units]
        assert ranks == sorted(ranks)


def test_the_xlsx_heading_says_it_is_the_archives_month(archive: Archive, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from absensi_app.archive.sheet import write_status_xlsx

    sheet = load_workbook(write_status_xlsx(archive.status("2026-11", unit="pengembangan", today=DECEMBER),
                                            tmp_path / "unit.xlsx"))["Rekap Tim"]  # fmt: skip
    lines = [sheet.cell(row=r, column=1).value for r in range(1, 6)]
    assert lines[0] == "Keadaan Bulanan Arsip Instansi"
    assert lines[2] == "Bulan: November 2026"
    assert lines[3] == "Unit kerja: yang namanya memuat \u201cpengembangan\u201d (1 unit, 1 pegawai)"
    assert lines[4].startswith("Dibuat ") and lines[4].endswith(" dari arsip instansi")
    assert not any("Pejabat penilai" in (line or "") for line in lines)
