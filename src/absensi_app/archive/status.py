"""The archive's answers: the state of one month per unit and person, and one person's months.

The merging rules are the supervisor's matrix's: every file of one person and month goes
through ``services.team.build_cell`` (the latest valid revision wins, a trusted decision over
the waiting file of the same revision, older revisions and copies listed inside the cell, a
file that is not valid at the latest revision makes the cell a problem).

Known staff are the people of ``archive_staff``: everyone with a valid file, named, placed in a
unit and an agency by their latest valid file. A month's *missing* staff are the known staff
whose first valid file is for that month or earlier and who have no valid file for it (someone
who only sent a forged or changed file is missing too, and their cell is a problem). People with
files but no valid file at all are listed under the unit their files name, as not known. A valid
file whose signer's certificate was removed from the trust store since (``distrusted_at``) counts
as a problem file, "tidak lagi dipercaya", without being verified again.

What is read, and how, is ``status_rows.read_month``'s (never the report or the bytes). The
counts per unit and state, the order of the units, the missing staff and the problem files are
worked out at once; the people of a unit are made on the first look at ``UnitStatus.people``
(most people have one valid file: their state is its decision, with nothing else to merge), so
an answer for 50,000 staff is ready before anyone is listed. A listing of everyone (the text,
``--json``, ``--xlsx``) makes them all, in the same order as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from operator import itemgetter

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.archive.models import ArchiveFile, ArchiveStaff
from absensi_app.archive.status_rows import COLUMNS, file_row, read_month, sender_of
from absensi_app.services.recap import RecapRow, sort_rows
from absensi_app.services.team import Cell, CellState, build_cell, decided_state
from absensi_app.services.team_period import check_month

NO_UNIT = "(tanpa unit kerja)"
MAX_PERSON_MONTHS = 240
_WAITING = decided_state("").value  # the count of a person with one valid file, by its decision
_ONE_VALID = {approval: decided_state(approval).value for approval in ("disetujui", "dikembalikan")}


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
        return _rank(self.cell.state, self.missing)


def _rank(state: CellState, missing: bool) -> int:
    if state is CellState.PROBLEM:
        return 0
    return 1 if missing else 2


def _counts(people: tuple[PersonMonth, ...]) -> dict[str, int]:
    counts = {state.value: 0 for state in CellState}
    for p in people:
        counts[p.cell.state.value] += 1
    counts["staf"] = len(people)
    counts["belum-mengirim"] = sum(1 for p in people if p.missing and p.known)
    return counts


class UnitStatus:
    """One unit of the month: its counts, and its people (problems, then missing, then by name),
    made on the first look at ``people`` (``status_rows.read_month``'s rows of the people with one
    valid file are turned into people only then)."""

    def __init__(self, unit: str, people: tuple[PersonMonth, ...] = (), counts: dict[str, int] | None = None,
                 one_valid: list | None = None, month: str = "") -> None:  # fmt: skip
        self.unit = unit
        self._people, self._one_valid, self._month = tuple(people), one_valid, month
        self._counts = counts if counts is not None else _counts(self._people)

    @property
    def people(self) -> tuple[PersonMonth, ...]:
        if self._one_valid is not None:
            entries = [(p.rank, p.name.casefold(), p.nip, p) for p in self._people]
            for f in self._one_valid:
                who = sender_of(f)
                person = PersonMonth(who.nip, who.name, who.unit, who.agency, who.known,
                                     build_cell(self._month, [file_row(f)], False))  # fmt: skip
                entries.append((2, who.name.casefold(), who.nip, person))
            entries.sort(key=itemgetter(0, 1, 2))
            self._people, self._one_valid = tuple(e[3] for e in entries), None
        return self._people

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def __repr__(self) -> str:
        return f"UnitStatus({self.unit!r}, {self._counts['staf']} staff)"


@dataclass(frozen=True)
class MonthStatus:
    month: str
    unit_filter: str
    units: tuple[UnitStatus, ...]  # units with a problem first, then by name
    problem_files: tuple[RecapRow, ...]  # the month's files that are not valid, the worst first
    unplaced: tuple[RecapRow, ...]  # rejected files naming no month (without a unit filter only)
    made_at: datetime
    missing: tuple[PersonMonth, ...] = ()  # known staff with no valid file, in the order of the units
    counts: dict = None  # noqa: RUF009 - per state, "staf", "belum-mengirim" (the sum of the units')

    @property
    def people(self) -> tuple[PersonMonth, ...]:
        """Everyone, unit by unit (makes every unit's people: for a whole listing)."""
        return tuple(p for u in self.units for p in u.people)


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _empty_counts() -> dict[str, int]:
    return {**{state.value: 0 for state in CellState}, "staf": 0, "belum-mengirim": 0}


def _sorted(people: list[PersonMonth]) -> list[PersonMonth]:
    return sorted(people, key=lambda p: (p.rank, p.name.casefold(), p.nip))


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
        conn = s.connection()  # Core rows: no ORM bookkeeping per row
        read = read_month(conn, month, pattern)
        unplaced = []
        if pattern is None and unplaced_limit:
            unplaced = conn.execute(select(*COLUMNS).where(ArchiveFile.month.is_(None), ~ArchiveFile.accepted)
                                    .order_by(ArchiveFile.ingested_at.desc()).limit(unplaced_limit)).all()  # fmt: skip
    counts: dict[str, dict[str, int]] = {}
    for unit_name, decisions in read.decisions.items():
        c = counts.setdefault(unit_name or NO_UNIT, _empty_counts())
        for decision, n in decisions.items():
            c[_ONE_VALID.get(decision, _WAITING)] += n
            c["staf"] += n
    special: dict[str, list[PersonMonth]] = {}  # unit -> everyone else: the merging rules, now
    by_sender: dict[str, list] = {}
    for f in read.others:
        by_sender.setdefault(f.employee_nip or "", []).append(f)
    problems: list[RecapRow] = []
    people = []
    for mine in by_sender.values():
        who, rows = sender_of(mine[0]), [file_row(f) for f in mine]
        problems += [r for r in rows if r.is_problem]
        people.append(PersonMonth(who.nip, who.name, who.unit, who.agency, who.known,
                                  build_cell(month, rows, over and who.known)))  # fmt: skip
    people += [PersonMonth(nip, name, unit_name, agency, True, build_cell(month, [], over))
               for nip, name, unit_name, agency in read.not_sent]  # fmt: skip
    for p in people:
        special.setdefault(p.unit or NO_UNIT, []).append(p)
        c = counts.setdefault(p.unit or NO_UNIT, _empty_counts())
        c[p.cell.state.value] += 1
        c["staf"] += 1
        c["belum-mengirim"] += p.missing and p.known
    first_rank = {u: min(p.rank for p in ps) for u, ps in special.items()}
    units, owing = [], []
    for unit_key in sorted(counts, key=lambda u: (first_rank.get(u, 2), u.casefold())):
        mine = _sorted(special.get(unit_key, []))
        owing += [p for p in mine if p.missing and p.known]
        one_valid = read.one_valid.get(unit_key, []) + (read.one_valid.get("", []) if unit_key == NO_UNIT else [])
        units.append(UnitStatus(unit_key, tuple(mine), counts[unit_key], one_valid, month))
    total = _empty_counts()
    for unit_counts in counts.values():
        for key, value in unit_counts.items():
            total[key] += value
    return MonthStatus(month, (unit or "").strip(), tuple(units), tuple(sort_rows(problems)),
                       tuple(sort_rows([file_row(f) for f in unplaced])), now, tuple(owing), total)  # fmt: skip


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
        files = s.connection().execute(select(*COLUMNS).where(
            or_(ArchiveFile.employee_nip == nip, ArchiveFile.signer_nip == nip))).all() if nip else []  # fmt: skip
    if known is None and not files:
        return None
    rows = [file_row(f) for f in files]
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
