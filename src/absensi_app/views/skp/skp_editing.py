"""What the "Rencana SKP" dialog edits, without Qt: the shown plan and its selected RHK, the
RHK open in the form with its unsaved changes, the checks before a save, and the keys of the
months and triwulan a Rencana Aksi can fall in.

``SkpEditor`` is driven by ``views.skp.skp_dialog.SkpDialog``; it never calls a service and never
imports PySide6 (tests/unit/test_skp_editing.py checks both), so its rules can be tested alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.skp import (
    ActionPlan,
    Rhk,
    RhkKind,
    SkpPeriod,
    SkpPlan,
    quarter_of,
    validate_action,
    validate_rhk,
)

BLANK_RHK = Rhk(None, RhkKind.UTAMA, "", "", 1, "")
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years an SKP period may fall in


# ---- periods --------------------------------------------------------------------------------
def is_whole_year(period: SkpPeriod) -> bool:
    return period.first == date(period.first.year, 1, 1) and period.last == date(period.first.year, 12, 31)


def suggested_year(periods: Iterable[SkpPeriod], today: date) -> int:
    """The year a new SKP period is offered for: this year, or the first later one that has no
    whole-year period yet."""
    taken = {p.first.year for p in periods if is_whole_year(p)}
    year = today.year
    while year in taken and year < LAST_YEAR:
        year += 1
    return year


def export_file_name(period: SkpPeriod) -> str:
    """``rencana-skp-2026.json`` for a whole year, else the period's first and last day."""
    if is_whole_year(period):
        return f"rencana-skp-{period.first.year}.json"
    return f"rencana-skp-{period.first:%Y%m%d}-{period.last:%Y%m%d}.json"


# ---- when a Rencana Aksi falls: a month or a triwulan, as a key ------------------------------
def span_key(year: int, month: int | None, quarter: int | None) -> str:
    """``2026-m5`` for May 2026, ``2026-q2`` for its triwulan II."""
    return f"{year}-m{month}" if month is not None else f"{year}-q{quarter}"


def parse_span_key(key: str) -> tuple[int, int | None, int | None]:
    """(year, month, quarter) of a ``span_key``; exactly one of month and quarter is set."""
    year, rest = key.split("-", 1)
    number = int(rest[1:])
    return (int(year), number, None) if rest[0] == "m" else (int(year), None, number)


def span_choices(period: SkpPeriod) -> list[tuple[int, int | None, int | None]]:
    """(year, month, quarter) of every triwulan and month the period touches, in order, each
    triwulan just before its first month."""
    out: list[tuple[int, int | None, int | None]] = []
    seen_quarters: set[tuple[int, int]] = set()
    for year, month in period.months:
        quarter = quarter_of(month)
        if (year, quarter) not in seen_quarters:
            seen_quarters.add((year, quarter))
            out.append((year, None, quarter))
        out.append((year, month, None))
    return out


def next_span_key(keys: Sequence[str], last: str | None, base_year: int) -> str:
    """The key for a new Rencana Aksi row: it continues the last row, the next month after a
    month and the next triwulan after a triwulan, out of ``keys`` (the period's choices)."""
    if not keys:
        return span_key(base_year, None, 1)
    if last is None or last not in keys:
        return keys[0]
    kind = last.split("-", 1)[1][0]
    for key in keys[keys.index(last) + 1 :]:
        if key.split("-", 1)[1][0] == kind:
            return key
    return last


@dataclass(frozen=True)
class ActionRow:
    """One row of the Rencana Aksi table as typed: ``target`` 0 means no target."""

    description: str
    key: str
    target: int = 0
    action_id: int | None = None

    @property
    def blank(self) -> bool:
        """A row left completely empty is not a plan (a stored one always counts)."""
        return not self.description.strip() and not self.target and self.action_id is None


def filled_rows(rows: Sequence[ActionRow]) -> list[int]:
    """Positions of the rows that hold a plan."""
    return [i for i, row in enumerate(rows) if not row.blank]


def actions_from_rows(rows: Sequence[ActionRow]) -> tuple[ActionPlan, ...]:
    """The rows as Rencana Aksi, blank rows skipped."""
    out = []
    for i in filled_rows(rows):
        row = rows[i]
        year, month, quarter = parse_span_key(row.key)
        out.append(ActionPlan(row.action_id, row.description, year, month, quarter, row.target or None))
    return tuple(out)


# ---- the editor -----------------------------------------------------------------------------
@dataclass(frozen=True)
class EditProblem:
    """Why an RHK cannot be saved yet. ``action_index`` is the position of the Rencana Aksi at
    fault among the draft's actions (None when the RHK's own fields are)."""

    error: ValidationError
    action_index: int | None = None

    @property
    def field(self) -> str | None:
        return "actions" if self.action_index is not None else self.error.field


class SkpEditor:
    """The plan the dialog shows, which of its RHK is selected, and the RHK open for editing.

    The list: ``show_plan`` after every load keeps the selection on the RHK asked for (else the
    first); ``select_row`` follows the table. The form: ``start_edit`` records what the form
    showed, ``is_dirty`` compares a draft with it, ``check`` finds the first reason a draft
    cannot be saved, ``finish_edit`` and ``cancel_edit`` go back to the list, a cancel back to
    the RHK that was selected before.
    """

    def __init__(self) -> None:
        self._plan: SkpPlan | None = None
        self._selected: int | None = None  # index into the plan's RHK
        self._snapshot: Rhk | None = None
        self._selected_before_edit: int | None = None

    # ---- the list ---------------------------------------------------------------------------
    @property
    def plan(self) -> SkpPlan | None:
        return self._plan

    @property
    def period(self) -> SkpPeriod | None:
        return self._plan.period if self._plan else None

    @property
    def rhk(self) -> tuple[Rhk, ...]:
        return self._plan.rhk if self._plan else ()

    def show_plan(self, plan: SkpPlan | None, select_id: int | None = None) -> int | None:
        """Show ``plan`` (None: no period); returns the row now selected."""
        self._plan = plan
        ids = [r.id for r in self.rhk]
        if not ids:
            self._selected = None
        else:
            self._selected = ids.index(select_id) if select_id in ids else 0
        return self._selected

    @property
    def selected_row(self) -> int | None:
        return self._selected

    @property
    def selected(self) -> Rhk | None:
        return self.rhk[self._selected] if self._selected is not None else None

    def select_row(self, row: int | None) -> bool:
        """Select the RHK at ``row`` (None or a row outside the list: nothing selected)."""
        self._selected = row if row is not None and 0 <= row < len(self.rhk) else None
        return self._selected is not None

    def select(self, rhk_id: int) -> int | None:
        """Select the RHK with this id and return its row; when the plan has none such, the
        selection stays as it was and the answer is None."""
        ids = [r.id for r in self.rhk]
        if rhk_id not in ids:
            return None
        self._selected = ids.index(rhk_id)
        return self._selected

    def neighbour_of(self, rhk_id: int) -> int | None:
        """Id of the RHK that takes the row of ``rhk_id`` once that one is deleted: the next,
        or the one before when it was the last."""
        ids = [r.id for r in self.rhk]
        if rhk_id not in ids:
            return None
        row = ids.index(rhk_id)
        rest = ids[:row] + ids[row + 1 :]
        return rest[min(row, len(rest) - 1)] if rest else None

    @property
    def can_add(self) -> bool:
        return self._plan is not None

    @property
    def can_change_selected(self) -> bool:
        """Edit or delete."""
        return self.selected is not None

    def can_move(self, step: int) -> bool:
        if self._selected is None:
            return False
        return 0 <= self._selected + step < len(self.rhk)

    @property
    def can_export(self) -> bool:
        return bool(self.rhk)

    @property
    def can_delete_period(self) -> bool:
        return self._plan is not None

    # ---- the form ---------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self._snapshot is not None

    def start_edit(self, shown: Rhk) -> None:
        """The form now shows ``shown`` (an RHK of the plan, or a new one with id None)."""
        self._snapshot = shown
        self._selected_before_edit = self._selected

    def is_dirty(self, draft: Rhk) -> bool:
        """Something was typed since the form opened."""
        return self._snapshot is not None and draft != self._snapshot

    def check(self, draft: Rhk) -> EditProblem | None:
        """The first reason ``draft`` cannot be saved, Rencana Aksi first (row by row), then the
        RHK's own fields; None when it can go to the service (which still checks the name is
        unique in the period)."""
        period = self.period
        if period is None:
            return None
        for i, action in enumerate(draft.actions):
            try:
                validate_action(action, period)
            except ValidationError as exc:
                return EditProblem(exc, i)
        try:
            validate_rhk(draft, period)
        except ValidationError as exc:
            return EditProblem(exc)
        return None

    def finish_edit(self, saved: Rhk) -> None:
        """``saved`` is stored: back to the list, where the caller reloads the plan onto it."""
        self._snapshot = None
        self._selected_before_edit = None
        if saved.id is not None:
            self.select(saved.id)

    def cancel_edit(self) -> int | None:
        """Forget the draft; returns the row selected again (the one selected before)."""
        self._snapshot = None
        self.select_row(self._selected_before_edit)
        self._selected_before_edit = None
        return self._selected
