"""What the archive's status reads: the columns of a stored file it needs, a stored file back as
the recap's row, and the month's files sorted out in SQL.

``read_month`` asks PostgreSQL for the month's files with their sender's ``archive_staff`` row
(a left join on the NIP) and how many files that sender has in the month (a window count), in
the order of the unit each sender is listed under. A sender with one valid file needs nothing of
the merging rules (their state is that file's decision): those rows come first, unit by unit,
and are counted per unit in C (``itertools.groupby``, ``collections.Counter``) without making a
row object each. Everyone else (several files, a file that is not valid) and the known staff
with no file at all come apart, for ``services.team.build_cell``. Never the report or the bytes;
the location split as text, decoded only for a row that is made.
"""

from __future__ import annotations

import json
from collections import namedtuple
from dataclasses import dataclass, replace
from operator import itemgetter

from sqlalchemy import Connection, Text, and_, cast, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from absensi_app.archive.models import ArchiveFile, ArchiveStaff
from absensi_app.archive.records import recap_row
from absensi_app.domain.verdict import Outcome
from absensi_app.services.recap import RecapRow

DISTRUSTED = "tidak-lagi-dipercaya"  # the status a file whose signer is no longer trusted shows
COLUMNS = (
    ArchiveFile.file_name, ArchiveFile.status, ArchiveFile.headline, ArchiveFile.employee_name,
    ArchiveFile.employee_nip, ArchiveFile.month, ArchiveFile.revision, ArchiveFile.total_minutes,
    ArchiveFile.expected_minutes, cast(ArchiveFile.by_location, Text).label("by_location"), ArchiveFile.missing_days,
    ArchiveFile.rhk_percent, ArchiveFile.decision, ArchiveFile.predikat, ArchiveFile.sha256,
    ArchiveFile.decided_sha256, ArchiveFile.decided_at, ArchiveFile.note, ArchiveFile.signer_nip, ArchiveFile.unit,
    ArchiveFile.agency, ArchiveFile.distrusted_at, ArchiveFile.distrusted_signer,
)  # fmt: skip
_Stored = namedtuple("_Stored", [c.key for c in COLUMNS])
_WIDTH = len(COLUMNS)
_LOCATION = _Stored._fields.index("by_location")
_SAH = Outcome.VALID.value


def file_row(f) -> RecapRow:  # noqa: ANN001 - a row that starts with COLUMNS
    """A stored file as the recap's row (``records.recap_row``), the location split decoded; a
    valid file whose signer is no longer trusted as a problem (a signer not trusted, no decision)."""
    values = list(f[:_WIDTH])
    values[_LOCATION] = json.loads(values[_LOCATION]) if values[_LOCATION] else {}
    stored = _Stored._make(values)
    if stored.distrusted_at is None or stored.status != _SAH:
        return recap_row(stored)
    when = stored.distrusted_at.astimezone().strftime("%d-%m-%Y")
    headline = (f"Penanda tangan {stored.distrusted_signer or '-'} tidak lagi dipercaya arsip (sertifikatnya "
                f"dihapus dari daftar tepercaya pada {when}); berkas ini tidak dihitung sebagai bulan yang diterima.")  # fmt: skip
    row = recap_row(stored._replace(status=DISTRUSTED, headline=headline, decision=None, predikat=None))
    return replace(row, outcome=Outcome.UNTRUSTED)


@dataclass(frozen=True)
class Sender:
    """Who a file of the month is listed under: its NIP's known staff row, else the file."""

    nip: str
    name: str
    unit: str
    agency: str
    known: bool


def sender_of(f) -> Sender:  # noqa: ANN001 - a row of read_month
    if f.staff_nip is not None:
        return Sender(f.staff_nip, f.staff_name, f.staff_unit, f.staff_agency, True)
    return Sender(f.employee_nip or "", f.employee_name or "", f.unit or "", f.agency or "", False)


@dataclass(frozen=True)
class MonthRows:
    one_valid: dict[str, list]  # unit -> the rows of the senders with one valid file (and nothing else)
    decisions: dict[str, dict[str | None, int]]  # unit -> decision -> how many of those
    others: list  # the rows of every other sender, a sender's rows together
    not_sent: list  # (nip, name, unit, agency) of the known staff with no file at all


def read_month(conn: Connection, month: str, pattern: str | None) -> MonthRows:
    """The month's files (``pattern``: an ILIKE on the unit, as ``status.month_status`` has it)."""
    from collections import Counter

    staff = aliased(ArchiveStaff, name="st")
    joined = and_(staff.nip == ArchiveFile.employee_nip, staff.first_month <= month)
    where = [ArchiveFile.month == month]
    missing_where = [ArchiveStaff.first_month <= month]
    if pattern is not None:
        joined = and_(joined, staff.unit.ilike(pattern))
        in_unit = select(ArchiveStaff.nip).where(ArchiveStaff.unit.ilike(pattern))
        where.append(or_(ArchiveFile.unit.ilike(pattern), ArchiveFile.employee_nip.in_(in_unit)))
        missing_where.append(ArchiveStaff.unit.ilike(pattern))
    per_sender = (select(ArchiveFile.employee_nip.label("nip"), func.count().label("files"))
                  .where(*where).group_by(ArchiveFile.employee_nip).subquery())  # fmt: skip
    one = and_(per_sender.c.files == 1, ArchiveFile.status == _SAH, ArchiveFile.distrusted_at.is_(None))
    listed_under = func.coalesce(staff.unit, ArchiveFile.unit, literal(""))
    query = (select(*COLUMNS, staff.nip.label("staff_nip"), staff.name.label("staff_name"),
                    staff.unit.label("staff_unit"), staff.agency.label("staff_agency"),
                    one.label("one_valid"), listed_under.label("listed_under"))
             .outerjoin_from(ArchiveFile, staff, joined)
             .outerjoin(per_sender, per_sender.c.nip == ArchiveFile.employee_nip)
             .where(*where))  # fmt: skip
    rows = conn.execute(query).all()
    one_at, unit_at, decision_at = _WIDTH + 4, _WIDTH + 5, _Stored._fields.index("decision")
    one_valid: dict[str, list] = {}
    others: list = []
    for key, f in zip(map(itemgetter(one_at, unit_at), rows), rows, strict=True):
        if not key[0]:
            others.append(f)
        elif key[1] in one_valid:
            one_valid[key[1]].append(f)
        else:
            one_valid[key[1]] = [f]
    decisions = {unit: Counter(map(itemgetter(decision_at), listed)) for unit, listed in one_valid.items()}
    no_file = ~exists().where(ArchiveFile.month == month, ArchiveFile.employee_nip == ArchiveStaff.nip)
    not_sent = conn.execute(select(ArchiveStaff.nip, ArchiveStaff.name, ArchiveStaff.unit, ArchiveStaff.agency)
                            .where(*missing_where, no_file)).all()  # fmt: skip
    return MonthRows(one_valid, decisions, others, not_sent)
