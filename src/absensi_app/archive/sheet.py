"""The month's status as an XLSX: the recap's workbook (``services.recap_sheet``) over a one-month
matrix, one row per person (named with their unit, in the status's order: problem units and
problem people first), and the sheet of the month's files. Its heading says what it is: the
agency archive's month, the agencies, the unit filter, when it was made."""

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


TITLE = "Keadaan Bulanan Arsip Instansi"


def heading_lines(status: MonthStatus, matrix: TeamMatrix) -> list[str]:
    from absensi_app.services.team_period import period_text

    agencies = matrix.heading.agency
    unit = f"yang namanya memuat \u201c{status.unit_filter}\u201d" if status.unit_filter else "semua"
    return [
        f"Instansi: {agencies}" if agencies else "Instansi: -",
        f"Bulan: {period_text(status.month, status.month)}",
        f"Unit kerja: {unit} ({len(status.units)} unit, {status.counts['staf']} pegawai)",
        f"Dibuat {matrix.heading.made_at:%d-%m-%Y %H:%M} dari arsip instansi",
    ]


def write_status_xlsx(status: MonthStatus, path: Path) -> Path:
    """Through the recap's writer (atomic), under the archive's own title and heading."""
    from absensi_app.services.recap_sheet import write_matrix_xlsx

    matrix = status_matrix(status)
    return write_matrix_xlsx(matrix, path, title=TITLE, lines=heading_lines(status, matrix))
