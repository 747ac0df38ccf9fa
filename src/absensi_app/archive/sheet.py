"""The month's status as an XLSX: the recap's workbook (``services.recap_sheet``) over a one-month
matrix, one row per person (named with their unit, in the status's order: problem units and
problem people first), and the sheet of the month's files."""

from __future__ import annotations

from pathlib import Path

from absensi_app.archive.status import MonthStatus
from absensi_app.services.recap import sort_rows
from absensi_app.services.team import FileRole, Member, PlacedFile, RecapHeading, TeamMatrix


def status_matrix(status: MonthStatus) -> TeamMatrix:
    members, files = [], []
    for person in status.people:
        label = f"{person.name or person.nip} \u2014 {person.unit}" if person.unit else (person.name or person.nip)
        members.append(Member(person.nip, label, person.known, False, (person.cell,)))
        files.extend(person.cell.files)
    order = {id(r): i for i, r in enumerate(sort_rows([f.row for f in files]))}
    files.sort(key=lambda f: order[id(f.row)])
    files += [PlacedFile(r, FileRole.UNPLACED) for r in status.unplaced]
    agencies = sorted({p.agency for p in status.people if p.agency})
    heading = RecapHeading(unit=status.unit_filter, agency=", ".join(agencies[:3]),
                           made_at=status.made_at.astimezone().replace(tzinfo=None))  # fmt: skip
    return TeamMatrix((status.month,), tuple(members), tuple(files), heading)


def write_status_xlsx(status: MonthStatus, path: Path) -> Path:
    """Through the recap's writer (atomic). Its heading says "dari folder ..." for a folder: an
    archive has none, so it is left out."""
    from absensi_app.services.recap_sheet import write_matrix_xlsx

    return write_matrix_xlsx(status_matrix(status), path)
