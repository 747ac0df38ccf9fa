"""Ingesting a real office's signed files into a real PostgreSQL archive: valid files stored with
what they say, forged and changed ones rejected with their reason and never as a month received,
the same file once, a re-run idempotent, a CA-issued certificate trusted, worker processes."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from absensi_app.archive.database import ArchiveAddress, ArchiveError
from absensi_app.archive.inbox import find_pdfs, first_copies
from absensi_app.archive.ingest import ALREADY, FAILED, REJECTED, STORED
from absensi_app.archive.models import ArchiveBlob, ArchiveFile, ArchiveSigner, ArchiveStaff
from absensi_app.archive.service import Archive
from tests.team_office import ANDI, BUDI, DEWI, RINA


def open_archive(url: str, certs: dict[str, bytes] | None = None) -> Archive:
    archive = Archive.open(ArchiveAddress.of(url), require_schema=False)
    archive.init()
    for der in (certs or {}).values():
        archive.trust.add(der)
    return archive


@pytest.fixture
def archive(archive_url: str, office):  # noqa: ANN001, ANN201
    archive = open_archive(archive_url, office["certs"])
    yield archive
    archive.close()


def rows(archive: Archive) -> dict[str, ArchiveFile]:
    with archive.sessions() as s:
        return {f.file_name: f for f in s.scalars(select(ArchiveFile))}


def count(archive: Archive, model) -> int:  # noqa: ANN001
    with archive.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_ingest_stores_what_each_file_is(archive: Archive, office) -> None:  # noqa: ANN001
    seen = []
    summary = archive.ingest([office["inbox"]], workers=1, progress=lambda d, t, p: seen.append((d, t)))
    files = office["files"]
    assert len(summary.results) == len(files) and seen[-1] == (len(files), len(files))
    distinct = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    assert len(distinct) == len(files) - 1  # Rina's copy of October's revision 2 is the same file
    assert (summary.stored + summary.rejected, summary.already, summary.failed) == (len(distinct), 1, 0)
    stored = rows(archive)
    assert count(archive, ArchiveFile) == count(archive, ArchiveBlob) == len(distinct)
    # a valid approved file: everything the signed data and the decision say
    sep = stored["rina-2026-09-disetujui.pdf"]
    assert (sep.accepted, sep.status, sep.month, sep.revision, sep.decision) == (True, "sah", "2026-09", 1, "disetujui")
    assert (sep.employee_nip, sep.employee_name, sep.predikat, sep.hasil_kerja) == (RINA.nip, RINA.name, "Sangat Baik",
                                                                                    "di-atas")  # fmt: skip
    assert (sep.unit, sep.agency) == (RINA.unit, RINA.agency) and sep.problems == []
    assert sep.report["month"] == "2026-09" and sep.report["employee"]["nip"] == RINA.nip
    assert sep.total_minutes and sep.expected_minutes and sum(sep.by_location.values()) == sep.total_minutes
    with archive.sessions() as s:
        signers = s.scalars(select(ArchiveSigner).where(ArchiveSigner.file_id == sep.id)
                            .order_by(ArchiveSigner.position)).all()  # fmt: skip
        blob = s.get(ArchiveBlob, sep.sha256).data
    assert [(x.role, x.nip, x.trusted) for x in signers] == [("pegawai", RINA.nip, True),
                                                              ("pejabat", "197508172000031004", True)]  # fmt: skip
    assert blob == (office["inbox"] / "rina-2026-09-disetujui.pdf").read_bytes()
    assert archive.file_bytes(sep.sha256) == blob
    # changed after the approval (a page turned): rejected, no decision, its reason kept
    andi = stored["andi-2026-11-disetujui.pdf"]
    assert (andi.accepted, andi.status, andi.decision, andi.predikat, andi.report) == (False, "tidak-sah", None, None, None)
    assert "Ada tambahan selain tanda tangan" in andi.headline and andi.month == "2026-11"
    # one byte changed: rejected, nothing of its content stored as fact
    flipped = stored["rina-2026-11-diubah.pdf"]
    assert (flipped.accepted, flipped.status, flipped.month, flipped.report) == (False, "tidak-sah", None, None)
    assert "TELAH DIUBAH" in flipped.headline and flipped.signer_nip == RINA.nip
    # another certificate in Rina's NIP (forged), an unknown signer, a file that is not a PDF
    forged = stored["palsu-rina-2026-11.pdf"]
    assert (forged.accepted, forged.status) == (False, "sertifikat-berbeda") and "LAIN" in forged.headline
    assert (stored["dewi-2026-11.pdf"].accepted, stored["dewi-2026-11.pdf"].status) == (False, "penanda-tangan-belum-dikenal")
    assert (stored["foto.pdf"].status, stored["foto.pdf"].employee_nip) == ("tidak-terbaca", None)
    rejected = {r.path.rsplit("/", 1)[-1] for r in summary.results if r.outcome == REJECTED}
    assert rejected == {"andi-2026-11-disetujui.pdf", "rina-2026-11-diubah.pdf", "palsu-rina-2026-11.pdf",
                        "dewi-2026-11.pdf", "foto.pdf"}  # fmt: skip
    # the known staff: people with a valid file, never Dewi (unknown) nor the impostor's data
    with archive.sessions() as s:
        staff = {x.nip: x for x in s.scalars(select(ArchiveStaff))}
    assert set(staff) == {RINA.nip, ANDI.nip, BUDI.nip}
    assert (staff[RINA.nip].first_month, staff[RINA.nip].last_month) == ("2026-09", "2026-11")
    assert staff[BUDI.nip].unit == "Bidang Pengembangan Aplikasi" and DEWI.nip not in staff


def test_a_second_ingest_stores_nothing_new(archive: Archive, office) -> None:  # noqa: ANN001
    first = archive.ingest([office["inbox"]], workers=1)
    before = {name: (f.id, f.ingested_at) for name, f in rows(archive).items()}
    signers = count(archive, ArchiveSigner)
    again = archive.ingest([office["inbox"], office["other"] / "budi-2026-10.pdf"], workers=1)
    assert again.already == len(again.results) == len(first.results)  # the named file is found once
    assert {name: (f.id, f.ingested_at) for name, f in rows(archive).items()} == before
    assert count(archive, ArchiveSigner) == signers > 0


def test_worker_processes_store_the_same(archive: Archive, office) -> None:  # noqa: ANN001
    summary = archive.ingest([office["inbox"]], workers=2)
    assert {r.outcome for r in summary.results} <= {STORED, REJECTED, ALREADY}
    assert summary.already == 1 and count(archive, ArchiveFile) == len(office["files"]) - 1
    # of the two identical copies, the first in path order is stored, whichever worker is quicker
    copies = [p for p in find_pdfs([office["inbox"]]) if p.name.startswith("rina-2026-10-r2")]
    stored = rows(archive)
    assert [p.name for p in copies] == ["rina-2026-10-r2-salinan.pdf", "rina-2026-10-r2.pdf"]
    assert stored[copies[0].name].accepted and copies[1].name not in stored
    assert [r.outcome for r in summary.results if r.path == str(copies[1])] == [ALREADY]


def split(found) -> tuple[list, list]:  # noqa: ANN001
    found = list(found)
    return [p for p, copy in found if copy is None], [(p, copy) for p, copy in found if copy is not None]


def test_copies_are_found_before_the_workers_start(tmp_path) -> None:  # noqa: ANN001
    """Only the first file of a content goes to the workers, whatever the batches: a copy in a
    later folder, a different file of the same size (read and kept), a file of another size."""
    (tmp_path / "sub").mkdir()
    files = {"a.pdf": b"%PDF-1 satu", "b.pdf": b"%PDF-1 satu", "c.pdf": b"%PDF-1 dua!", "d.pdf": b"%PDF-1 tiga",
             "sub/a.pdf": b"%PDF-1 satu", "sub/e.pdf": b"%PDF-1 dua!!"}  # fmt: skip
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    first, copies = split(first_copies(find_pdfs([tmp_path])))
    assert [p.relative_to(tmp_path).as_posix() for p in first] == ["a.pdf", "c.pdf", "d.pdf", "sub/e.pdf"]
    digest = hashlib.sha256(b"%PDF-1 satu").hexdigest()
    assert [(p.relative_to(tmp_path).as_posix(), d) for p, d in copies] == [("b.pdf", digest), ("sub/a.pdf", digest)]
    big = tmp_path / "z.pdf"  # a file the reader refuses is left to the worker, which says why
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)
    with (tmp_path / "zz.pdf").open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)
    first, copies = split(first_copies(find_pdfs([tmp_path])))
    assert [p.name for p in first] == ["a.pdf", "c.pdf", "d.pdf", "z.pdf", "zz.pdf", "e.pdf"] and len(copies) == 2


def test_a_certificate_issued_by_a_trusted_ca_is_trusted(archive_url: str, office) -> None:  # noqa: ANN001
    archive = open_archive(archive_url, {"boss": office["certs"]["boss"]})
    try:
        ca, new = archive.trust.add_file(office["rina_ca"])
        assert new and ca.kind == "ca" and ca.nip == ""
        archive.ingest([office["inbox"] / "rina-2026-09-disetujui.pdf", office["inbox"] / "andi-2026-11.pdf",
                        office["other"] / "palsu-rina-2026-11.pdf"], workers=1)  # fmt: skip
        stored = rows(archive)
        assert stored["rina-2026-09-disetujui.pdf"].accepted  # issued by Rina's CA
        assert stored["andi-2026-11.pdf"].status == "penanda-tangan-belum-dikenal"  # another CA
        assert not stored["palsu-rina-2026-11.pdf"].accepted  # the impostor's own CA is not trusted
        with archive.sessions() as s:
            signer = s.scalars(select(ArchiveSigner).where(ArchiveSigner.position == 0, ArchiveSigner.nip == RINA.nip,
                                                           ArchiveSigner.trusted)).first()  # fmt: skip
        assert signer is not None and signer.trust == "dipercaya"
    finally:
        archive.close()


def test_paths_are_checked_before_anything_is_read(tmp_path, office) -> None:  # noqa: ANN001
    import os

    with pytest.raises(ArchiveError, match="tidak ada"):
        find_pdfs([tmp_path / "hilang"])
    fifo = tmp_path / "pipa.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ArchiveError, match="bukan folder atau berkas biasa"):
        find_pdfs([fifo])
    assert find_pdfs([tmp_path]) == []  # a FIFO inside a folder is passed over, never opened
    (tmp_path / "catatan.txt").write_text("bukan pdf")
    assert find_pdfs([tmp_path, office["other"]]) == sorted(office["other"].glob("*.pdf"))


def test_an_unreadable_file_is_counted_and_not_stored(archive: Archive, tmp_path) -> None:  # noqa: ANN001
    big = tmp_path / "besar.pdf"
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)
    summary = archive.ingest([big], workers=1)
    assert [(r.outcome, "terlalu besar" in r.reason) for r in summary.results] == [(FAILED, True)]
    assert count(archive, ArchiveFile) == 0
