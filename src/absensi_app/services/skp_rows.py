"""The SKP tables inside one session: their rows made into domain values and back, and the
steps that several of ``SkpService``'s writing use cases share (creating a period, reading a
plan, adding an RHK, storing its Rencana Aksi, dropping entries' links with their history).

Every function takes the open session of the caller's transaction and never commits."""

from __future__ import annotations

from dataclasses import replace as _replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.report import entry_to_json
from absensi_app.domain.skp import (
    MAX_RHK_PER_PERIOD,
    ActionPlan,
    Rhk,
    RhkKind,
    SkpPeriod,
    SkpPlan,
    validate_period,
    validate_rhk,
)
from absensi_app.services import history
from absensi_app.services.clock import Clock
from absensi_app.services.locks import ensure_unlocked
from absensi_app.services.worklog import entry_from_row as _entry
from absensi_app.store.models import ActionPlanRow, EntryRow, RhkRow, SkpPeriodRow


# ---- rows as domain values ---------------------------------------------------------------
def period_of(row: SkpPeriodRow) -> SkpPeriod:
    return SkpPeriod(row.id, row.first_day, row.last_day, row.name or "")


def action_of(row: ActionPlanRow) -> ActionPlan:
    return ActionPlan(row.id, row.description, row.year, row.month, row.quarter, row.target)


def rhk_of(row: RhkRow, actions: list[ActionPlanRow]) -> Rhk:
    return Rhk(
        row.id,
        RhkKind(row.kind),
        row.name,
        row.indicator or "",
        row.target,
        row.unit,
        row.quality or "",
        row.time_target or "",
        row.supports or "",
        tuple(action_of(a) for a in sorted(actions, key=lambda a: (a.position, a.id))),
    )


def year_period(year: int) -> SkpPeriod:
    return SkpPeriod(None, date(year, 1, 1), date(year, 12, 31))


def fill(row: RhkRow, rhk: Rhk) -> None:
    """Copy an RHK's fields (not its Rencana Aksi) into its row."""
    row.kind = rhk.kind.value
    row.name = rhk.name
    row.indicator = rhk.indicator
    row.target = rhk.target
    row.unit = rhk.unit
    row.quality = rhk.quality
    row.time_target = rhk.time
    row.supports = rhk.supports


# ---- reading -----------------------------------------------------------------------------
def plan_in(s: Session, period_id: int) -> SkpPlan:
    row = s.get(SkpPeriodRow, period_id)
    if row is None:
        raise NotFoundError("Periode SKP nomor {id} tidak ada.", id=period_id)
    rhk_rows = s.scalars(
        select(RhkRow).where(RhkRow.period_id == period_id).order_by(RhkRow.position, RhkRow.id)
    ).all()
    actions: dict[int, list[ActionPlanRow]] = {r.id: [] for r in rhk_rows}
    if rhk_rows:
        for a in s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id.in_(actions))):
            actions[a.rhk_id].append(a)
    return SkpPlan(period_of(row), tuple(rhk_of(r, actions[r.id]) for r in rhk_rows))


def rhk_by_id(s: Session, rhk_id: int) -> Rhk:
    s.flush()
    row = s.get(RhkRow, rhk_id)
    actions = s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id)).all()
    return rhk_of(row, list(actions))


# ---- writing -----------------------------------------------------------------------------
def create_period(s: Session, period: SkpPeriod) -> SkpPeriod:
    period = validate_period(period)
    clash = s.scalars(
        select(SkpPeriodRow).where(
            SkpPeriodRow.first_day <= period.last, SkpPeriodRow.last_day >= period.first
        )
    ).first()
    if clash is not None:
        raise ValidationError(
            "Periode itu bertumpang tindih dengan {other}.",
            field="first",
            other=period_of(clash).title,
        )
    row = SkpPeriodRow(first_day=period.first, last_day=period.last, name=period.name)
    s.add(row)
    s.flush()
    return period_of(row)


def add_rhk(s: Session, clock: Clock, period_id: int, rhk: Rhk, position: int | None = None) -> Rhk:
    period_row = s.get(SkpPeriodRow, period_id)
    if period_row is None:
        raise NotFoundError("Periode SKP nomor {id} tidak ada.", id=period_id)
    period = period_of(period_row)
    clean = validate_rhk(rhk, period)
    count = s.scalar(select(func.count()).where(RhkRow.period_id == period_id)) or 0
    if count >= MAX_RHK_PER_PERIOD:
        raise ValidationError(
            "Satu periode SKP paling banyak memiliki {limit} RHK.", limit=MAX_RHK_PER_PERIOD
        )
    check_unique_name(s, period_id, clean.name, None)
    if position is None:
        position = (
            s.scalar(select(func.max(RhkRow.position)).where(RhkRow.period_id == period_id))
            or 0
        ) + 1
    row = RhkRow(period_id=period_id, position=position)
    fill(row, clean)
    s.add(row)
    s.flush()
    store_actions(s, clock, row.id, clean.actions)
    return rhk_by_id(s, row.id)


def check_unique_name(s: Session, period_id: int, name: str, own_id: int | None) -> None:
    for other_id, other in s.execute(
        select(RhkRow.id, RhkRow.name).where(RhkRow.period_id == period_id)
    ):
        if other_id != own_id and other.casefold() == name.casefold():
            raise ValidationError(
                "Periode ini sudah memiliki RHK dengan nama yang sama.", field="name"
            )


def store_actions(s: Session, clock: Clock, rhk_id: int, actions: tuple[ActionPlan, ...]) -> None:
    """The RHK's Rencana Aksi become ``actions``: a stored one whose id is carried is changed in
    place, the others are added, and stored ones left out are deleted (their entries keep the
    RHK, without the Rencana Aksi)."""
    existing = {
        a.id: a for a in s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id))
    }
    kept: set[int] = set()
    for position, action in enumerate(actions, start=1):
        row = existing.get(action.id) if action.id is not None else None
        if row is None:
            row = ActionPlanRow(rhk_id=rhk_id)
            s.add(row)
        else:
            kept.add(row.id)
        row.position = position
        row.description = action.description
        row.year = action.year
        row.month = action.month
        row.quarter = action.quarter
        row.target = action.target
    gone = [i for i in existing if i not in kept]
    if gone:
        unlink(s, clock, EntryRow.action_id.in_(gone), keep_rhk=True)
        for i in gone:
            s.delete(existing[i])


def keep_action_ids(s: Session, rhk_id: int, actions: tuple[ActionPlan, ...]) -> tuple[ActionPlan, ...]:
    """Rencana Aksi read from a file carry no ids: give each the id of the stored one with
    the same text and span, so entries linked to it stay linked."""
    stored = {
        (a.description.casefold(), a.year, a.month, a.quarter): a.id
        for a in s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id))
    }
    kept = []
    for a in actions:
        found = stored.pop((a.description.casefold(), a.year, a.month, a.quarter), None)
        kept.append(_replace(a, id=found) if a.id is None and found is not None else a)
    return tuple(kept)


def unlink(s: Session, clock: Clock, condition, keep_rhk: bool = False) -> list[int]:  # noqa: ANN001
    """Drop the RHK (or only the Rencana Aksi) link of matching entries, recorded in the
    change history at ``clock.now()``. Entries of a locked month are never changed: the whole
    step fails."""
    rows = list(s.scalars(select(EntryRow).where(condition).order_by(EntryRow.id)))
    ensure_unlocked(s, *(r.day for r in rows))
    for row in rows:
        before = entry_to_json(_entry(row))
        row.action_id = None
        if not keep_rhk:
            row.rhk_id = None
        s.flush()
        history.append(
            s, clock.now(), "unlink", f"entry:{row.id}", history.month_key(row.day),
            {"before": before, "after": entry_to_json(_entry(row))},
        )
    return [r.id for r in rows]
