"""Removing a certificate from the archive's trust store marks the valid files it vouched for,
without verifying them again: they are problems in the month's status ("penanda tangan tidak
lagi dipercaya") and trusting the certificate again brings the status back as it was. A staff
certificate, the supervisor's (whose decisions then count no more), and a CA (the files of the
signers it issued, and not those of another CA still trusted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from absensi_app.archive.database import ArchiveAddress
from absensi_app.archive.service import Archive
from absensi_app.archive.status_json import status_to_json
from absensi_app.archive.status_rows import DISTRUSTED
from absensi_app.services.team import CellState, FileRole, problem_word
from absensi_app.services.trust import fingerprint_of, read_certificate
from tests.cli.test_cli import ok
from tests.team_office import ANDI, RINA

DECEMBER = date(2026, 12, 15)


@pytest.fixture
def archive(archive_url: str):  # noqa: ANN201
    archive = Archive.open(ArchiveAddress.of(archive_url), require_schema=False)
    archive.init()
    yield archive
    archive.close()


def _json(status) -> dict:  # noqa: ANN001
    data = status_to_json(status)
    del data["made_at"]
    return data


def _files(cell) -> dict[str, tuple[str, FileRole]]:  # noqa: ANN001
    return {f.row.file: (f.row.status, f.role) for f in cell.files}


def test_a_staff_certificate_removed_and_trusted_again(archive: Archive, office, tmp_path: Path) -> None:  # noqa: ANN001
    for der in office["certs"].values():
        archive.trust.add(der)
    archive.ingest([office["inbox"]], workers=1)
    before = archive.status("2026-11", today=DECEMBER)
    andi = next(p for p in before.people if p.nip == ANDI.nip)
    assert andi.cell.current.file == "andi-2026-11.pdf" and not andi.missing

    removal = archive.trust.remove(fingerprint_of(office["certs"]["andi"]))
    assert removal.cert.nip == ANDI.nip and removal.distrusted == 1  # his one valid file; the other is changed
    after = archive.status("2026-11", today=DECEMBER)
    andi = next(p for p in after.people if p.nip == ANDI.nip)
    assert andi.cell.state is CellState.PROBLEM and andi.cell.current is None and andi.missing and andi.known
    assert _files(andi.cell)["andi-2026-11.pdf"] == (DISTRUSTED, FileRole.PROBLEM)
    row = next(r for r in after.problem_files if r.file == "andi-2026-11.pdf")
    assert problem_word(row) == "penanda tangan tidak lagi dipercaya"
    assert "tidak lagi dipercaya arsip" in row.headline and row.approval == ""
    assert ANDI.nip in [p.nip for p in after.missing]  # known staff with no valid file this month
    assert after.counts["belum-mengirim"] == before.counts["belum-mengirim"] + 1
    person = archive.person(ANDI.nip, today=DECEMBER)
    assert person.cells[0].state is CellState.PROBLEM and person.cells[0].current is None
    # the file itself is not changed and not verified again: trusting Andi again restores the status
    archive.trust.add(office["certs"]["andi"])
    assert _json(archive.status("2026-11", today=DECEMBER)) == _json(before)
    assert archive.trust.remove(fingerprint_of(office["certs"]["sari"])).distrusted == 0  # Sari sent nothing


def test_the_supervisors_certificate_removed(archive: Archive, office) -> None:  # noqa: ANN001
    for der in office["certs"].values():
        archive.trust.add(der)
    archive.ingest([office["inbox"]], workers=1)
    assert archive.person(RINA.nip, today=DECEMBER).cells[2].state is CellState.APPROVED  # September
    removal = archive.trust.remove(fingerprint_of(office["certs"]["boss"]))
    assert removal.distrusted == 3  # the decisions on Rina's September, October and November
    september = archive.person(RINA.nip, today=DECEMBER).cells[2]
    assert september.month == "2026-09" and september.state is CellState.PROBLEM and september.predikat == ""
    assert _files(september) == {"rina-2026-09.pdf": ("sah", FileRole.CURRENT),
                                 "rina-2026-09-disetujui.pdf": (DISTRUSTED, FileRole.PROBLEM)}  # fmt: skip


def test_a_ca_removed_marks_the_signers_it_issued_and_no_others(archive: Archive, office) -> None:  # noqa: ANN001
    andi_ca = office["people"]["andi"].paths.keys_dir / "rantai-sertifikat.pem"
    archive.trust.add_file(office["rina_ca"])
    archive.trust.add_file(andi_ca)
    archive.trust.add(office["certs"]["boss"])
    archive.ingest([office["inbox"]], workers=1)
    assert archive.person(RINA.nip, today=DECEMBER).cells[2].state is CellState.APPROVED  # through her CA
    ca = read_certificate(office["rina_ca"].read_bytes())
    removal = archive.trust.remove(ca.fingerprint)
    assert removal.cert.kind == "ca" and removal.distrusted == 7  # Rina's valid files (her own key signed them)
    rina = archive.person(RINA.nip, today=DECEMBER)
    assert [c.state for c in rina.cells] == [CellState.PROBLEM] * 3
    assert all(f.row.status == DISTRUSTED for c in rina.cells for f in c.files if f.row.file.startswith("rina-"))
    november = archive.status("2026-11", today=DECEMBER)
    andi = next(p for p in november.people if p.nip == ANDI.nip)  # issued by Andi's CA, still trusted
    assert _files(andi.cell)["andi-2026-11.pdf"] == ("sah", FileRole.CURRENT)
    archive.trust.add_file(office["rina_ca"])
    assert archive.person(RINA.nip, today=DECEMBER).cells[2].state is CellState.APPROVED


def test_the_command_line_says_what_was_marked(archive: Archive, archive_url: str, office, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.archive.test_cli_arsip import arsip

    for der in office["certs"].values():
        archive.trust.add(der)
    archive.ingest([office["inbox"]], workers=1)
    out = ok(arsip(tmp_path, "trust", "remove", fingerprint_of(office["certs"]["andi"]), "--db", archive_url))
    assert "1 berkas sah yang dijaminnya kini bermasalah di status: penanda tangan tidak lagi dipercaya" in out
    text = ok(arsip(tmp_path, "status", "--month", "2026-11", "--db", archive_url))
    assert "TIDAK LAGI DIPERCAYA: Andi" in text and "tidak lagi dipercaya arsip" in text
