"""`absensi recap --json`: the matrix and the files (README documents the keys).

``files`` holds one object per file with the keys the recap has always printed (``status``,
``file``, ``name``, ``nip``, ``month``, ``revision``, ``total_minutes``, ``expected_minutes``,
``by_location``, ``missing_days``, ``rhk_percent``, ``approval``, ``predikat``, ``headline``)
plus ``role``; ``members`` holds the matrix, one object per person with one cell per month.
"""

from __future__ import annotations

from absensi_app.services.recap import RecapRow
from absensi_app.services.team import Cell, CellState, Member, PlacedFile, TeamMatrix


def row_to_json(r: RecapRow) -> dict:
    return {"status": r.status, "file": r.file or None, "name": r.name, "nip": r.nip,
            "month": r.month or None, "revision": r.revision, "total_minutes": r.total_minutes,
            "expected_minutes": r.expected_minutes, "by_location": r.by_location or None,
            "missing_days": r.missing_days, "rhk_percent": r.rhk_percent,
            "approval": r.approval or None, "predikat": r.predikat or None, "headline": r.headline}  # fmt: skip


def placed_to_json(f: PlacedFile) -> dict:
    return {**row_to_json(f.row), "role": f.role.value}


def cell_to_json(c: Cell) -> dict:
    current = c.current
    return {
        "month": c.month,
        "state": c.state.value,
        "owed": c.owed,
        "file": current.file if current else None,
        "revision": current.revision if current else None,
        "approval": (current.approval or None) if current else None,
        "predikat": c.predikat or None,
        "files": [{"file": f.row.file, "role": f.role.value, "status": f.row.status} for f in c.files],
    }


def member_to_json(m: Member) -> dict:
    return {
        "nip": m.nip,
        "name": m.name,
        "trusted": m.trusted,
        "left": m.left,
        "missing": list(m.missing),
        "counts": {s.value: m.count(s) for s in CellState},
        "unplaced": [r.file for r in m.unplaced],
        "cells": [cell_to_json(c) for c in m.cells],
    }


def matrix_to_json(matrix: TeamMatrix) -> dict:
    h = matrix.heading
    return {
        "period": {"from": matrix.first, "to": matrix.last},
        "months": list(matrix.months),
        "unit": h.unit or None,
        "agency": h.agency or None,
        "folder": h.folder or None,
        "members": [member_to_json(m) for m in matrix.members],
        "files": [placed_to_json(f) for f in matrix.files],
        "summary": {
            "files": len(matrix.files),
            "problem_files": matrix.problem_files,
            "missing_months": matrix.missing,
            **{s.value: matrix.count(s) for s in CellState if s is not CellState.NOT_RECEIVED},
        },
    }
