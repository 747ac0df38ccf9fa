"""SKP periods, RHK and Rencana Aksi; progress of the log toward them; plan files."""

from __future__ import annotations

from dataclasses import replace as _replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.skp import (
    MAX_RHK_PER_PERIOD,
    ActionPlan,
    Realisation,
    Rhk,
    RhkKind,
    RhkProgress,
    SkpPeriod,
    SkpPlan,
    rhk_progress,
    validate_period,
    validate_rhk,
)
from absensi_app.domain.skp_plan import plan_from_json, plan_to_json
from absensi_app.domain.report import entry_to_json
from absensi_app.services import history
from absensi_app.services.clock import Clock
from absensi_app.services.locks import ensure_unlocked
from absensi_app.services.worklog import entry_from_row as _entry
from absensi_app.store.models import ActionPlanRow, EntryRow, RhkRow, SkpPeriodRow


def _period(row: SkpPeriodRow) -> SkpPeriod:
    return SkpPeriod(row.id, row.first_day, row.last_day, row.name or "")


def _action(row: ActionPlanRow) -> ActionPlan:
    return ActionPlan(row.id, row.description, row.year, row.month, row.quarter, row.target)


def _rhk(row: RhkRow, actions: list[ActionPlanRow]) -> Rhk:
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
        tuple(_action(a) for a in sorted(actions, key=lambda a: (a.position, a.id))),
    )


def _year_period(year: int) -> SkpPeriod:
    return SkpPeriod(None, date(year, 1, 1), date(year, 12, 31))


class SkpService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # ---- periods ---------------------------------------------------------------------------
    def periods(self) -> list[SkpPeriod]:
        with self._sessions() as s:
            rows = s.scalars(select(SkpPeriodRow).order_by(SkpPeriodRow.first_day)).all()
            return [_period(r) for r in rows]

    def period_for(self, day: date) -> SkpPeriod | None:
        with self._sessions() as s:
            row = s.scalars(
                select(SkpPeriodRow).where(
                    SkpPeriodRow.first_day <= day, SkpPeriodRow.last_day >= day
                )
            ).first()
            return _period(row) if row else None

    def create_period(self, period: SkpPeriod) -> SkpPeriod:
        with self._sessions.begin() as s:
            return self._create_period(s, period)

    def ensure_year(self, year: int) -> SkpPeriod:
        """The period that starts on 1 January of ``year``, created when missing."""
        with self._sessions.begin() as s:
            row = s.scalars(
                select(SkpPeriodRow).where(SkpPeriodRow.first_day == date(year, 1, 1))
            ).first()
            if row is not None:
                return _period(row)
            return self._create_period(s, _year_period(year))

    def _create_period(self, s: Session, period: SkpPeriod) -> SkpPeriod:
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
                other=_period(clash).title,
            )
        row = SkpPeriodRow(first_day=period.first, last_day=period.last, name=period.name)
        s.add(row)
        s.flush()
        return _period(row)

    def delete_period(self, period_id: int) -> SkpPlan:
        """Delete a period with its RHK; entries stay, without their links."""
        with self._sessions.begin() as s:
            plan = self._plan(s, period_id)
            ids = [r.id for r in plan.rhk]
            if ids:
                self._unlink(s, EntryRow.rhk_id.in_(ids))
            s.delete(s.get(SkpPeriodRow, period_id))
            return plan

    # ---- RHK -------------------------------------------------------------------------------
    def plan(self, period_id: int) -> SkpPlan:
        with self._sessions() as s:
            return self._plan(s, period_id)

    def plan_for(self, day: date) -> SkpPlan | None:
        period = self.period_for(day)
        return self.plan(period.id) if period and period.id is not None else None

    def _plan(self, s: Session, period_id: int) -> SkpPlan:
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
        return SkpPlan(_period(row), tuple(_rhk(r, actions[r.id]) for r in rhk_rows))

    def get_rhk(self, rhk_id: int) -> Rhk:
        with self._sessions() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada.", id=rhk_id)
            actions = s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id)).all()
            return _rhk(row, list(actions))

    def add_rhk(self, period_id: int, rhk: Rhk) -> Rhk:
        with self._sessions.begin() as s:
            return self._add_rhk(s, period_id, rhk)

    def _add_rhk(self, s: Session, period_id: int, rhk: Rhk, position: int | None = None) -> Rhk:
        period_row = s.get(SkpPeriodRow, period_id)
        if period_row is None:
            raise NotFoundError("Periode SKP nomor {id} tidak ada.", id=period_id)
        period = _period(period_row)
        clean = validate_rhk(rhk, period)
        count = s.scalar(select(func.count()).where(RhkRow.period_id == period_id)) or 0
        if count >= MAX_RHK_PER_PERIOD:
            raise ValidationError(
                "Satu periode SKP paling banyak memiliki {limit} RHK.", limit=MAX_RHK_PER_PERIOD
            )
        self._check_unique_name(s, period_id, clean.name, None)
        if position is None:
            position = (
                s.scalar(select(func.max(RhkRow.position)).where(RhkRow.period_id == period_id))
                or 0
            ) + 1
        row = RhkRow(period_id=period_id, position=position)
        self._fill(row, clean)
        s.add(row)
        s.flush()
        self._store_actions(s, row.id, clean.actions)
        return self._rhk_by_id(s, row.id)

    def update_rhk(self, rhk_id: int, rhk: Rhk) -> Rhk:
        """Change an RHK; Rencana Aksi keep their ids when ``rhk.actions`` carries them."""
        with self._sessions.begin() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada (mungkin sudah dihapus).", id=rhk_id)
            clean = validate_rhk(rhk, _period(s.get(SkpPeriodRow, row.period_id)))
            self._check_unique_name(s, row.period_id, clean.name, rhk_id)
            self._fill(row, clean)
            self._store_actions(s, rhk_id, clean.actions)
            return self._rhk_by_id(s, rhk_id)

    def delete_rhk(self, rhk_id: int) -> tuple[Rhk, list[int]]:
        """Delete an RHK. Returns it and the ids of the entries that lose their link."""
        with self._sessions.begin() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada (mungkin sudah dihapus).", id=rhk_id)
            rhk = self._rhk_by_id(s, rhk_id)
            linked = self._unlink(s, EntryRow.rhk_id == rhk_id)
            s.delete(row)
            return rhk, linked

    def move_rhk(self, rhk_id: int, step: int) -> None:
        """Move an RHK up (step -1) or down (+1) in its period's list."""
        with self._sessions.begin() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada.", id=rhk_id)
            rows = list(
                s.scalars(
                    select(RhkRow)
                    .where(RhkRow.period_id == row.period_id)
                    .order_by(RhkRow.position, RhkRow.id)
                )
            )
            i = rows.index(row)
            j = max(0, min(len(rows) - 1, i + step))
            rows.insert(j, rows.pop(i))
            for n, r in enumerate(rows, start=1):
                r.position = n

    def _rhk_by_id(self, s: Session, rhk_id: int) -> Rhk:
        s.flush()
        row = s.get(RhkRow, rhk_id)
        actions = s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id)).all()
        return _rhk(row, list(actions))

    @staticmethod
    def _check_unique_name(s: Session, period_id: int, name: str, own_id: int | None) -> None:
        for other_id, other in s.execute(
            select(RhkRow.id, RhkRow.name).where(RhkRow.period_id == period_id)
        ):
            if other_id != own_id and other.casefold() == name.casefold():
                raise ValidationError(
                    "Periode ini sudah memiliki RHK dengan nama yang sama.", field="name"
                )

    @staticmethod
    def _fill(row: RhkRow, rhk: Rhk) -> None:
        row.kind = rhk.kind.value
        row.name = rhk.name
        row.indicator = rhk.indicator
        row.target = rhk.target
        row.unit = rhk.unit
        row.quality = rhk.quality
        row.time_target = rhk.time
        row.supports = rhk.supports

    def _store_actions(self, s: Session, rhk_id: int, actions: tuple[ActionPlan, ...]) -> None:
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
            self._unlink(s, EntryRow.action_id.in_(gone), keep_rhk=True)
            for i in gone:
                s.delete(existing[i])

    @staticmethod
    def _keep_action_ids(s: Session, rhk_id: int, actions: tuple[ActionPlan, ...]) -> tuple[ActionPlan, ...]:
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

    def _unlink(self, s: Session, condition, keep_rhk: bool = False) -> list[int]:  # noqa: ANN001
        """Drop the RHK (or only the Rencana Aksi) link of matching entries, recorded in the
        change history. Entries of a locked month are never changed: the whole step fails."""
        rows = list(s.scalars(select(EntryRow).where(condition).order_by(EntryRow.id)))
        ensure_unlocked(s, *(r.day for r in rows))
        for row in rows:
            before = entry_to_json(_entry(row))
            row.action_id = None
            if not keep_rhk:
                row.rhk_id = None
            s.flush()
            history.append(
                s, self._clock.now(), "unlink", f"entry:{row.id}", history.month_key(row.day),
                {"before": before, "after": entry_to_json(_entry(row))},
            )
        return [r.id for r in rows]

    # ---- picking an RHK for an entry -------------------------------------------------------
    def choices(self, day: date) -> list[Rhk]:
        """RHK of the period holding ``day``, the most used first (then in plan order)."""
        plan = self.plan_for(day)
        if plan is None:
            return []
        usage = self.usage([r.id for r in plan.rhk if r.id is not None])
        order = {r.id: i for i, r in enumerate(plan.rhk)}
        # only the Rencana Aksi planned for the day's month or triwulan can be picked
        fitting = [
            _replace(r, actions=tuple(a for a in r.actions if a.year == day.year and day.month in a.months))
            for r in plan.rhk
        ]
        return sorted(fitting, key=lambda r: (-usage.get(r.id, 0), order[r.id]))

    def usage(self, rhk_ids: list[int]) -> dict[int, int]:
        if not rhk_ids:
            return {}
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.rhk_id, func.count())
                .where(EntryRow.rhk_id.in_(rhk_ids))
                .group_by(EntryRow.rhk_id)
            ).all()
            return {rid: int(n) for rid, n in rows}

    # ---- progress --------------------------------------------------------------------------
    def realisations(self, first: date, last: date) -> list[Realisation]:
        """The linked output from ``first`` to ``last``, one row per day and RHK."""
        with self._sessions() as s:
            rows = s.execute(
                select(EntryRow.day, EntryRow.rhk_id, func.sum(EntryRow.quantity), func.count())
                .where(EntryRow.day >= first, EntryRow.day <= last, EntryRow.rhk_id.is_not(None))
                .group_by(EntryRow.day, EntryRow.rhk_id)
            ).all()
            return [Realisation(d, r, None if q is None else int(q), int(n)) for d, r, q, n in rows]

    def progress(self, year: int, month: int) -> tuple[SkpPlan | None, list[RhkProgress]]:
        """Progress of every RHK of the period that holds the month's first day (or, for a
        period that starts mid-month, any day of the month)."""
        plan = self.plan_for(date(year, month, 1)) or self._plan_touching(year, month)
        if plan is None:
            return None, []
        return plan, self.progress_of(plan, year, month)

    def plans_touching(self, first: date, last: date) -> list[SkpPlan]:
        """Every period overlapping ``first..last`` (e.g. two semesters of a year), in order."""
        with self._sessions() as s:
            rows = s.scalars(
                select(SkpPeriodRow)
                .where(SkpPeriodRow.first_day <= last, SkpPeriodRow.last_day >= first)
                .order_by(SkpPeriodRow.first_day)
            ).all()
            return [self._plan(s, r.id) for r in rows]

    def progress_of(self, plan: SkpPlan, year: int, month: int) -> list[RhkProgress]:
        outputs = self.realisations(plan.period.first, plan.period.last)
        today = self._clock.today()
        return [rhk_progress(r, plan.period, outputs, year, month, today) for r in plan.rhk]

    def _plan_touching(self, year: int, month: int) -> SkpPlan | None:
        from absensi_app.services.worklog import month_bounds

        first, last = month_bounds(year, month)
        with self._sessions() as s:
            row = s.scalars(
                select(SkpPeriodRow)
                .where(SkpPeriodRow.first_day <= last, SkpPeriodRow.last_day >= first)
                .order_by(SkpPeriodRow.first_day)  # the earlier of two, as SQLite's index gives it
            ).first()
            return self._plan(s, row.id) if row else None

    # ---- plan files ------------------------------------------------------------------------
    def export_plan(self, period_id: int) -> dict:
        return plan_to_json(self.plan(period_id))

    def import_plan(self, data: object, year: int | None = None, replace: bool = False) -> SkpPlan:  # noqa: A002
        """Store a plan file's content, all or nothing.

        A period with the same dates that already has RHK is refused unless ``replace``: then
        RHK with the same name are updated in place (entries keep their links), the others
        are deleted (their entries lose the link) and new ones added.
        """
        plan = plan_from_json(data, year)
        with self._sessions.begin() as s:
            row = s.scalars(
                select(SkpPeriodRow).where(
                    SkpPeriodRow.first_day == plan.period.first,
                    SkpPeriodRow.last_day == plan.period.last,
                )
            ).first()
            if row is None:
                period = self._create_period(s, plan.period)
                period_id = period.id
            else:
                period_id = row.id
                if plan.period.name:
                    row.name = plan.period.name
            existing = {
                r.name.casefold(): r
                for r in s.scalars(select(RhkRow).where(RhkRow.period_id == period_id))
            }
            if existing and not replace:
                raise ValidationError(
                    "Periode {title} sudah berisi {count} RHK. Hapus dulu, atau impor dengan "
                    "pilihan mengganti rencana yang ada.",
                    title=_period(s.get(SkpPeriodRow, period_id)).title,
                    count=len(existing),
                )
            keep = {r.name.casefold() for r in plan.rhk}
            for name, old in existing.items():
                if name not in keep:
                    self._unlink(s, EntryRow.rhk_id == old.id)
                    s.delete(old)
            s.flush()
            for position, rhk in enumerate(plan.rhk, start=1):
                old = existing.get(rhk.name.casefold())
                if old is None:
                    self._add_rhk(s, period_id, rhk, position)
                else:
                    old.position = position
                    self._fill(old, rhk)
                    self._store_actions(s, old.id, self._keep_action_ids(s, old.id, rhk.actions))
            return self._plan(s, period_id)
