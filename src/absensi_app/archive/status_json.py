"""`absensi arsip status --json` and `absensi arsip person --json` (README documents the keys).

Built on the recap's JSON (``services.team_json``): a file is the recap's file object plus
``sha256``; a person's month is the matrix's cell object plus the hours of its current file.
"""

from __future__ import annotations

from absensi_app.archive.status import MonthStatus, PersonMonth, PersonRecord
from absensi_app.services.recap import RecapRow
from absensi_app.services.team import Cell, CellState
from absensi_app.services.team_json import cell_to_json, row_to_json


def file_to_json(r: RecapRow) -> dict:
    return {**row_to_json(r), "sha256": r.file_sha256 or None}


def _month_to_json(cell: Cell) -> dict:
    current = cell.current
    return {
        **cell_to_json(cell),
        "total_minutes": current.total_minutes if current else None,
        "expected_minutes": current.expected_minutes if current else None,
        "by_location": (current.by_location or None) if current else None,
    }


def person_month_to_json(p: PersonMonth) -> dict:
    month = _month_to_json(p.cell)
    del month["month"]
    return {"nip": p.nip, "name": p.name, "unit": p.unit or None, "agency": p.agency or None, "known": p.known,
            "missing": p.missing, **month}  # fmt: skip


def status_to_json(status: MonthStatus) -> dict:
    counts = status.counts
    return {
        "month": status.month,
        "unit": status.unit_filter or None,
        "made_at": status.made_at.isoformat(timespec="seconds"),
        "summary": {
            "staff": counts["staf"],
            "missing": counts["belum-mengirim"],
            "problem_files": len(status.problem_files),
            "unplaced_files": len(status.unplaced),
            **{s.value: counts[s.value] for s in CellState},
        },
        "problem_files": [file_to_json(r) for r in status.problem_files],
        "units": [
            {"unit": u.unit, "counts": {s.value: u.counts[s.value] for s in CellState} | {
                "staff": u.counts["staf"], "missing": u.counts["belum-mengirim"]},
             "people": [person_month_to_json(p) for p in u.people]}
            for u in status.units
        ],  # fmt: skip
        "missing": [{"nip": p.nip, "name": p.name, "unit": p.unit or None} for p in status.missing],
        "unplaced": [file_to_json(r) for r in status.unplaced],
    }


def person_to_json(record: PersonRecord) -> dict:
    return {
        "nip": record.nip,
        "name": record.name,
        "unit": record.unit or None,
        "agency": record.agency or None,
        "known": record.known,
        "missing": list(record.missing),
        "months": [_month_to_json(c) for c in record.cells],
        "unplaced": [file_to_json(r) for r in record.unplaced],
    }
