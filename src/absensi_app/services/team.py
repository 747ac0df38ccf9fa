"""The team table the supervisor works from: staff x month over a period, one cell per person
and month with the latest state.

The team is every certificate the supervisor trusts plus everyone who sent a file (their
certificate's NIP); the supervisor can mark someone as having left (``TeamService``). Every
file of one person and month goes into one cell: the latest valid revision wins (a decided file
over the waiting one of the same revision, a later decision over an earlier one); older
revisions, the employee's copy of a decided file and identical copies are listed inside the
cell. A file that is not valid at the cell's latest revision makes the cell a problem (the
valid file is still listed). Months nobody sent are counted over the whole period for every
member who has not left, once the month is over.

Pure of Qt, no database except ``TeamService``: ``build_matrix`` works on the rows of
``services.recap.scan_folder`` and a list of trusted certificates.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from absensi_app.domain.nip import normalize_nip
from absensi_app.domain.verdict import Outcome
from absensi_app.services.recap import RecapRow, sort_rows
from absensi_app.services.team_period import period_months, resolve_period



class CellState(enum.Enum):
    """A cell's latest state (the value is the JSON word)."""

    NOT_RECEIVED = "belum-diterima"
    WAITING = "menunggu"
    RETURNED = "dikembalikan"
    APPROVED = "disetujui"
    PROBLEM = "bermasalah"


class FileRole(enum.Enum):
    """What one file is to the matrix (the value is the JSON word)."""

    CURRENT = "berlaku"  # the file whose state its cell shows
    SUPERSEDED = "diganti-revisi-baru"  # an older revision, or an earlier decision on the same one
    COPY = "salinan"  # the employee's copy of a decided file, or an identical copy
    PROBLEM = "bermasalah"  # in a cell, not valid
    OUTSIDE = "di-luar-periode"
    UNPLACED = "tanpa-bulan"  # nobody or no month can be read from it


@dataclass(frozen=True)
class PlacedFile:
    row: RecapRow
    role: FileRole


@dataclass(frozen=True)
class Cell:
    month: str
    state: CellState
    current: RecapRow | None = None  # the latest valid file (also in a problem cell, when any)
    files: tuple[PlacedFile, ...] = ()  # every file of this person and month, the current first
    owed: bool = False  # nothing received, the month is over and the person has not left

    @property
    def predikat(self) -> str:
        return self.current.predikat if self.current is not None and self.state is CellState.APPROVED else ""

    @property
    def problems(self) -> tuple[RecapRow, ...]:
        return tuple(f.row for f in self.files if f.role is FileRole.PROBLEM)

    @property
    def problem_row(self) -> RecapRow | None:
        """The worst problem file (the one to open first)."""
        rows = sort_rows(list(self.problems))
        return rows[0] if rows else None

    @property
    def waiting_file(self) -> str:
        """The file to approve, when the cell waits for a decision."""
        return self.current.file if self.state is CellState.WAITING and self.current else ""


@dataclass(frozen=True)
class Member:
    nip: str
    name: str
    trusted: bool  # a certificate of this NIP is trusted
    left: bool
    cells: tuple[Cell, ...]  # one per month of the period, in order
    unplaced: tuple[RecapRow, ...] = ()  # files signed with this NIP whose month cannot be read

    def count(self, state: CellState) -> int:
        return sum(1 for c in self.cells if c.state is state)

    @property
    def missing(self) -> tuple[str, ...]:
        """The months this person still owes."""
        return tuple(c.month for c in self.cells if c.owed)

    @property
    def has_problems(self) -> bool:
        return bool(self.unplaced) or any(c.state is CellState.PROBLEM for c in self.cells)


@dataclass(frozen=True)
class RecapHeading:
    """What the printed recap says about itself."""

    unit: str = ""
    agency: str = ""
    supervisor_name: str = ""
    supervisor_nip: str = ""
    made_at: datetime | None = None
    folder: str = ""


@dataclass(frozen=True)
class TeamMatrix:
    months: tuple[str, ...]
    members: tuple[Member, ...]
    files: tuple[PlacedFile, ...]  # every file, problems first
    heading: RecapHeading = field(default_factory=RecapHeading)

    @property
    def first(self) -> str:
        return self.months[0]

    @property
    def last(self) -> str:
        return self.months[-1]

    @property
    def unplaced(self) -> tuple[RecapRow, ...]:
        """Files that name nobody (unreadable, unsigned)."""
        placed = {r.file for m in self.members for r in m.unplaced}
        return tuple(f.row for f in self.files if f.role is FileRole.UNPLACED and f.row.file not in placed)

    def member(self, nip: str) -> Member | None:
        return next((m for m in self.members if m.nip == nip), None)

    def count(self, state: CellState) -> int:
        """Cells in that state, over the members who have not left."""
        return sum(m.count(state) for m in self.members if not m.left)

    @property
    def missing(self) -> int:
        return sum(len(m.missing) for m in self.members)

    @property
    def problem_files(self) -> int:
        return sum(1 for f in self.files if f.row.is_problem)

    def waiting(self) -> list[tuple[Member, Cell]]:
        """Every cell whose latest valid file waits for a decision."""
        return [(m, c) for m in self.members for c in m.cells if c.state is CellState.WAITING]


# ---- words (Indonesian: the command line and the XLSX; the GUI has its own, translated) ---------
STATE_LABELS = {
    CellState.NOT_RECEIVED: "Belum diterima",
    CellState.WAITING: "Menunggu",
    CellState.RETURNED: "Dikembalikan",
    CellState.APPROVED: "Disetujui",
    CellState.PROBLEM: "Bermasalah",
}
ROLE_LABELS = {
    FileRole.CURRENT: "berlaku",
    FileRole.SUPERSEDED: "diganti revisi atau keputusan yang lebih baru",
    FileRole.COPY: "salinan (mis. salinan pegawai sebelum keputusan)",
    FileRole.PROBLEM: "bermasalah",
    FileRole.OUTSIDE: "di luar periode",
    FileRole.UNPLACED: "tidak terpetakan (pegawai atau bulan tak terbaca)",
}
PROBLEM_WORDS = {  # by status, so that an outcome added later still reads as a problem
    "tidak-sah": "diubah / tidak sah",
    "tanpa-tanda-tangan": "tanpa tanda tangan",
    "tidak-terbaca": "tidak terbaca",
    "penanda-tangan-belum-dikenal": "penanda tangan belum dikenal",
    "sertifikat-berbeda": "sertifikat lain (mungkin palsu)",
    "dipalsukan": "PALSU atas nama Anda",
    "tidak-lagi-dipercaya": "penanda tangan tidak lagi dipercaya",  # the archive's, after trust remove
}


def problem_word(row: RecapRow | None) -> str:
    """Why a file is a problem, in two or three words (an outcome added later: its status)."""
    if row is None or row.outcome is None:
        return ""
    return PROBLEM_WORDS.get(row.status) or row.status.replace("-", " ")


def cell_words(cell: Cell) -> str:
    """A cell as the printed table shows it: the state, and the predikat, the revision or the
    kind of problem under it."""
    if cell.state is CellState.NOT_RECEIVED:
        return STATE_LABELS[cell.state] if cell.owed else "\u2013"
    if cell.state is CellState.PROBLEM:
        return f"{STATE_LABELS[cell.state]}\n{problem_word(cell.problem_row)}"
    text = STATE_LABELS[cell.state]
    if cell.state is CellState.APPROVED and cell.predikat:
        text += f"\n{cell.predikat}"
    elif cell.current is not None and (cell.current.revision or 1) > 1:
        text += f"\nrevisi {cell.current.revision}"
    if cell.problems:
        text += "\n(+ berkas bermasalah)"
    return text


# ---- one cell --------------------------------------------------------------------------------
def _winner_key(r: RecapRow) -> tuple:
    return (r.revision if r.revision is not None else -1, 1 if r.approval else 0,
            r.decided_at or datetime.min, r.file)  # fmt: skip


_DECIDED = {"disetujui": CellState.APPROVED, "dikembalikan": CellState.RETURNED}


def decided_state(approval: str) -> CellState:
    """The state of a cell whose current file is valid and no problem file is at its revision."""
    return _DECIDED.get(approval, CellState.WAITING)


def build_cell(month: str, rows: list[RecapRow], owed_if_empty: bool) -> Cell:
    if not rows:
        return Cell(month, CellState.NOT_RECEIVED, owed=owed_if_empty)
    if len(rows) == 1 and rows[0].outcome is Outcome.VALID:  # most cells: the rules below, short
        only = rows[0]
        return Cell(month, decided_state(only.approval), only, (PlacedFile(only, FileRole.CURRENT),))
    valid = sorted((r for r in rows if r.outcome is Outcome.VALID), key=_winner_key, reverse=True)
    bad = sort_rows([r for r in rows if r.outcome is not Outcome.VALID])
    current = valid[0] if valid else None
    placed = [] if current is None else [PlacedFile(current, FileRole.CURRENT)]
    for r in valid[1:]:
        older = (r.revision or 0) < (current.revision or 0)
        earlier_decision = bool(r.approval) and (r.approval != current.approval or r.decided_at != current.decided_at)
        same = r.file_sha256 and r.file_sha256 == current.file_sha256
        role = FileRole.SUPERSEDED if older or (earlier_decision and not same) else FileRole.COPY
        placed.append(PlacedFile(r, role))
    placed += [PlacedFile(r, FileRole.PROBLEM) for r in bad]
    latest = current.revision if current is not None and current.revision is not None else None
    if current is None or any(r.revision is None or latest is None or r.revision >= latest for r in bad):
        state = CellState.PROBLEM
    else:
        state = decided_state(current.approval)
    return Cell(month, state, current, tuple(placed))


# ---- the matrix ------------------------------------------------------------------------------
def _nip(value: str) -> str:
    return normalize_nip(value or "")


def build_matrix(
    rows: list[RecapRow],
    first: str,
    last: str,
    today: date,
    trusted: list = (),  # noqa: B006 - services.trust.TrustedCert (or anything with .nip, .name)
    left: set[str] | frozenset[str] = frozenset(),
    exclude: set[str] | frozenset[str] = frozenset(),
    heading: RecapHeading | None = None,
) -> TeamMatrix:
    """The matrix over ``first``..``last`` (``YYYY-MM``). ``trusted``: the trust list (its NIPs
    are members, except those in ``exclude``, e.g. the supervisor's own and their own
    supervisor's); ``left``: the NIPs marked as having left; ``today`` decides which months are
    over."""
    months = period_months(first, last)
    this_month = f"{today.year:04d}-{today.month:02d}"
    names: dict[str, str] = {}
    trusted_nips: set[str] = set()
    for cert in trusted:
        nip = _nip(cert.nip)
        trusted_nips.add(nip)
        if nip not in exclude:
            names.setdefault(nip, cert.name)
    by_cell: dict[tuple[str, str], list[RecapRow]] = {}
    unplaced: dict[str, list[RecapRow]] = {}
    roles: dict[int, FileRole] = {}
    for i, r in enumerate(rows):
        nip = _nip(r.nip or r.signer_nip) if (r.nip or r.signer_nip) else ""
        if not nip:
            roles[i] = FileRole.UNPLACED
            continue
        # the name as the person signs it, unless the supervisor named their certificate
        if r.name and (nip not in names or (nip not in trusted_nips and r.outcome is Outcome.VALID)):
            names[nip] = r.name
        if not r.month:
            unplaced.setdefault(nip, []).append(r)
            roles[i] = FileRole.UNPLACED
        elif r.month not in months:
            roles[i] = FileRole.OUTSIDE
        else:
            by_cell.setdefault((nip, r.month), []).append(r)
    members = []
    placed_role: dict[str, FileRole] = {}
    for nip, name in names.items():
        gone = nip in left
        cells = []
        for month in months:
            cell = build_cell(month, by_cell.get((nip, month), []), not gone and month < this_month)
            cells.append(cell)
            for f in cell.files:
                placed_role[f.row.file] = f.role
        members.append(Member(nip, name, nip in trusted_nips, gone, tuple(cells), tuple(unplaced.get(nip, ()))))
    members.sort(key=lambda m: (m.left, m.name.casefold(), m.nip))
    files = tuple(
        PlacedFile(r, roles.get(i) or placed_role.get(r.file, FileRole.OUTSIDE))
        for i, r in sorted(enumerate(rows), key=lambda x: (x[1].problem_rank, x[1].name.casefold(), x[1].month, x[1].file))
    )  # fmt: skip
    return TeamMatrix(months, tuple(members), files, heading or RecapHeading())


def matrix_for(ctx, rows: list[RecapRow], first: str | None = None, last: str | None = None,  # noqa: ANN001
               folder: str = "") -> TeamMatrix:
    """The matrix of ``rows`` for the supervisor of ``ctx`` (their trust list, the members
    marked as having left, their profile for the heading); the period defaults to the year so
    far by the context's clock. Reads the database: call it on the GUI thread."""
    today = ctx.clock.today()
    first, last = resolve_period(first, last, today)
    profile = ctx.profile.get()
    exclude = {_nip(profile.nip), _nip(profile.supervisor_nip)} if profile is not None else set()
    heading = RecapHeading(
        unit=profile.unit if profile else "", agency=profile.agency if profile else "",
        supervisor_name=profile.name if profile else "", supervisor_nip=profile.nip if profile else "",
        made_at=ctx.clock.now(), folder=folder,
    )  # fmt: skip
    return build_matrix(rows, first, last, today, ctx.trust.all(), set(ctx.team.left()),
                        exclude - {""}, heading)  # fmt: skip
