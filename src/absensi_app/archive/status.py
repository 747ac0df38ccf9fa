"""The archive's answers: the state of one month per unit and person, and one person's months.

The merging rules are the supervisor's matrix's: every file of one person and month goes
through ``services.team.build_cell`` (the latest valid revision wins, a trusted decision over
the waiting file of the same revision, older revisions and copies listed inside the cell, a
file that is not valid at the latest revision makes the cell a problem).

Known staff are the people of ``archive_staff``: everyone with a valid file, named, placed in a
unit and an agency by their latest valid file. A month's *missing* staff are the known staff
whose first valid file is for that month or earlier and who have no valid file for it (someone
who only sent a forged or changed file is missing too, and their cell is a problem). People with
files but no valid file at all are listed under the unit their files name, as not known.

Reads only the columns the answer needs (never the report or the bytes): the month's files
through ``ix_archive_file_month_nip``, the staff through their primary key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.archive.models import ArchiveFile, ArchiveStaff
from absensi_app.archive.records import recap_row
from absensi_app.services.recap import RecapRow, sort_rows
from absensi_app.services.team import Cell, CellState, build_cell
from absensi_app.services.team_period import check_month

NO_UNIT = "(tanpa unit kerja)"
MAX_PERSON_MONTHS = 240
_COLUMNS = (
    ArchiveFile.file_name, ArchiveFile.status, ArchiveFile.headline, ArchiveFile.employee_name,
    ArchiveFile.employee_nip, ArchiveFile.month, ArchiveFile.revision, ArchiveFile.total_minutes,
    ArchiveFile.expected_minutes, ArchiveFile.by_location, ArchiveFile.missing_days, ArchiveFile.rhk_percent,
    ArchiveFile.decision, ArchiveFile.predikat, ArchiveFile.sha256, ArchiveFile.decided_sha256,
    ArchiveFile.decided_at, ArchiveFile.note, ArchiveFile.signer_nip, ArchiveFile.unit, ArchiveFile.agency,
)  # fmt: skip


@dataclass(frozen=True)
class PersonMonth:
    nip: str
    name: str
    unit: str
    agency: str
    known: bool  # has a valid file somewhere in the archive
    cell: Cell

    @property
    def missing(self) -> bool:
        """No valid file for the month."""
        return self.cell.current is None

    @property
    def rank(self) -> int:
        """Sort order inside a unit: problems, then missing, then the rest."""
        if self.cell.state is CellState.PROBLEM:
            return 0
        return 1 if self.missing else 2


def _counts(people: tuple[PersonMonth, ...]) -> dict[str, int]:
    counts = {state.value: 0 for state in CellState}
    for p in people:
        counts[p.cell.state.value] += 1
    counts["staf"] = len(people)
    counts["belum-mengirim"] = sum(1 for p in people if p.missing and p.known)
    return counts


@dataclass(frozen=True)
class UnitStatus:
    unit: str
    people: tuple[PersonMonth, ...]  # problems first

    @property
    def counts(self) -> dict[str, int]:
        return _counts(self.people)


@dataclass(frozen=True)
class MonthStatus:
    month: str
    unit_filter: str
    units: tuple[UnitStatus, ...]  # units with a problem first, then by name
    problem_files: tuple[RecapRow, ...]  # the month's files that are not valid, the worst first
    unplaced: tuple[RecapRow, ...]  # rejected files naming no month (without a unit filter only)
    made_at: datetime

    @property
    def people(self) -> tuple[PersonMonth, ...]:
        return tuple(p for u in self.units for p in u.people)

    @property
    def missing(self) -> tuple[PersonMonth, ...]:
        return tuple(p for p in self.people if p.missing and p.known)

    @property
    def counts(self) -> dict[str, int]:
        return _counts(self.people)


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def month_status(sessions: sessionmaker[Session], month: str, unit: str | None = None,
                 today: date | None = None, unplaced_limit: int = 500) -> MonthStatus:  # fmt: skip
    """The month's state per unit and person; ``unit`` keeps the units whose name contains it
    (any case). A missing month is owed once it is over by ``today``."""
    month = check_month(month)
    now = datetime.now(timezone.utc)
    today = today or now.date()
    over = month < f"{today.year:04d}-{today.month:02d}"
    pattern = _like(unit) if unit and unit.strip() else None
    with sessions() as s:
        staff_query = select(ArchiveStaff.nip, ArchiveStaff.name, ArchiveStaff.unit, ArchiveStaff.agency).where(
            ArchiveStaff.first_month <= month)  # fmt: skip
        file_query = select(*_COLUMNS).where(ArchiveFile.month == month)
        if pattern is not None:
            staff_query = staff_query.where(ArchiveStaff.unit.ilike(pattern))
            in_unit = select(ArchiveStaff.nip).where(ArchiveStaff.unit.ilike(pattern))
            file_query = file_query.where(or_(ArchiveFile.unit.ilike(pattern), ArchiveFile.employee_nip.in_(in_unit)))
        staff = s.execute(staff_query).all()
        files = s.execute(file_query).all()
        unplaced = []
        if pattern is None and unplaced_limit:
            unplaced = s.execute(select(*_COLUMNS).where(ArchiveFile.month.is_(None), ~ArchiveFile.accepted)
                                 .order_by(ArchiveFile.ingested_at.desc()).limit(unplaced_limit)).all()  # fmt: skip
    who: dict[str, tuple[str, str, str, bool]] = {r.nip: (r.name, r.unit, r.agency, True) for r in staff}
    rows: dict[str, list[RecapRow]] = {}
    for f in files:
        nip = f.employee_nip or ""
        rows.setdefault(nip, []).append(recap_row(f))
        if nip not in who:
            who[nip] = (f.employee_name or "", f.unit or "", f.agency or "", False)
    by_unit: dict[str, list[PersonMonth]] = {}
    for nip, (name, unit_name, agency, known) in who.items():
        cell = build_cell(month, rows.get(nip, []), over and known)
        person = PersonMonth(nip, name, unit_name, agency, known, cell)
        by_unit.setdefault(unit_name or NO_UNIT, []).append(person)
    units = [UnitStatus(u, tuple(sorted(people, key=lambda p: (p.rank, p.name.casefold(), p.nip))))
             for u, people in by_unit.items()]  # fmt: skip
    units.sort(key=lambda u: (min(p.rank for p in u.people), u.unit.casefold()))
    problems = sort_rows([r for person_rows in rows.values() for r in person_rows if r.is_problem])
    return MonthStatus(month, (unit or "").strip(), tuple(units), tuple(problems),
                       tuple(sort_rows([recap_row(f) for f in unplaced])), now)  # fmt: skip


# ---- one person ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonRecord:
    nip: str
    name: str
    unit: str
    agency: str
    known: bool
    cells: tuple[Cell, ...]  # one per month from their first file to the last month that is over, newest first
    unplaced: tuple[RecapRow, ...]  # their rejected files naming no month

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(c.month for c in self.cells if c.owed)


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last and len(months) < MAX_PERSON_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def person_months(sessions: sessionmaker[Session], nip: str, today: date | None = None) -> PersonRecord | None:
    """Every month of one person (by the NIP of the signed data or of the certificate), from
    their first file to the last month that is over (or their last file); None when the archive
    holds nothing of them."""
    from absensi_app.domain.nip import normalize_nip

    nip = normalize_nip(nip or "")
    today = today or datetime.now(timezone.utc).date()
    with sessions() as s:
        known = s.get(ArchiveStaff, nip) if nip else None
        files = s.execute(select(*_COLUMNS).where(or_(ArchiveFile.employee_nip == nip, ArchiveFile.signer_nip == nip))
                          ).all() if nip else []  # fmt: skip
    if known is None and not files:
        return None
    rows = [recap_row(f) for f in files]
    by_month: dict[str, list[RecapRow]] = {}
    for r in rows:
        if r.month:
            by_month.setdefault(r.month, []).append(r)
    this_month = f"{today.year:04d}-{today.month:02d}"
    months = sorted(by_month)
    cells: list[Cell] = []
    if months:
        last_over = max(months[-1], _previous(this_month))
        for month in _months_between(months[0], last_over):
            cells.append(build_cell(month, by_month.get(month, []), month < this_month and known is not None))
    name = known.name if known else next((r.name for r in rows if r.name), "")
    unit = known.unit if known else next((f.unit for f in files if f.unit), "")
    agency = known.agency if known else next((f.agency for f in files if f.agency), "")
    return PersonRecord(nip, name, unit or "", agency or "", known is not None, tuple(reversed(cells)),
                        tuple(sort_rows([r for r in rows if not r.month])))  # fmt: skip


def _previous(month: str) -> str:
    year, m = int(month[:4]), int(month[5:7])
    return f"{year - 1:04d}-12" if m == 1 else f"{year:04d}-{m - 1:02d}"
