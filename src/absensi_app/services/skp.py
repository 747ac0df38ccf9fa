"""SKP periods, RHK and Rencana Aksi; progress of the log toward them; plan files.

The steps inside one session that several use cases share (rows as domain values, creating a
period, adding an RHK, storing Rencana Aksi, unlinking entries) are ``services.skp_rows``."""

from __future__ import annotations

from dataclasses import replace as _replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.skp import (
    Realisation,
    Rhk,
    RhkProgress,
    SkpPeriod,
    SkpPlan,
    rhk_progress,
    validate_rhk,
)
from absensi_app.domain.skp_plan import plan_from_json, plan_to_json
from absensi_app.services import skp_rows
from absensi_app.services.clock import Clock
from absensi_app.store.models import ActionPlanRow, EntryRow, RhkRow, SkpPeriodRow


class SkpService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # ---- periods ---------------------------------------------------------------------------
    def periods(self) -> list[SkpPeriod]:
        with self._sessions() as s:
            rows = s.scalars(select(SkpPeriodRow).order_by(SkpPeriodRow.first_day)).all()
            return [skp_rows.period_of(r) for r in rows]

    def period_for(self, day: date) -> SkpPeriod | None:
        with self._sessions() as s:
            row = s.scalars(
                select(SkpPeriodRow).where(
                    SkpPeriodRow.first_day <= day, SkpPeriodRow.last_day >= day
                )
            ).first()
            return skp_rows.period_of(row) if row else None

    def create_period(self, period: SkpPeriod) -> SkpPeriod:
        with self._sessions.begin() as s:
            return skp_rows.create_period(s, period)

    def ensure_year(self, year: int) -> SkpPeriod:
        """The period that starts on 1 January of ``year``, created when missing."""
        with self._sessions.begin() as s:
            row = s.scalars(
                select(SkpPeriodRow).where(SkpPeriodRow.first_day == date(year, 1, 1))
            ).first()
            if row is not None:
                return skp_rows.period_of(row)
            return skp_rows.create_period(s, skp_rows.year_period(year))

    def delete_period(self, period_id: int) -> SkpPlan:
        """Delete a period with its RHK; entries stay, without their links."""
        with self._sessions.begin() as s:
            plan = skp_rows.plan_in(s, period_id)
            ids = [r.id for r in plan.rhk]
            if ids:
                skp_rows.unlink(s, self._clock, EntryRow.rhk_id.in_(ids))
            s.delete(s.get(SkpPeriodRow, period_id))
            return plan

    # ---- RHK -------------------------------------------------------------------------------
    def plan(self, period_id: int) -> SkpPlan:
        with self._sessions() as s:
            return skp_rows.plan_in(s, period_id)

    def plan_for(self, day: date) -> SkpPlan | None:
        period = self.period_for(day)
        return self.plan(period.id) if period and period.id is not None else None

    def get_rhk(self, rhk_id: int) -> Rhk:
        with self._sessions() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada.", id=rhk_id)
            actions = s.scalars(select(ActionPlanRow).where(ActionPlanRow.rhk_id == rhk_id)).all()
            return skp_rows.rhk_of(row, list(actions))

    def add_rhk(self, period_id: int, rhk: Rhk) -> Rhk:
        with self._sessions.begin() as s:
            return skp_rows.add_rhk(s, self._clock, period_id, rhk)

    def update_rhk(self, rhk_id: int, rhk: Rhk) -> Rhk:
        """Change an RHK; Rencana Aksi keep their ids when ``rhk.actions`` carries them."""
        with self._sessions.begin() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada (mungkin sudah dihapus).", id=rhk_id)
            clean = validate_rhk(rhk, skp_rows.period_of(s.get(SkpPeriodRow, row.period_id)))
            skp_rows.check_unique_name(s, row.period_id, clean.name, rhk_id)
            skp_rows.fill(row, clean)
            skp_rows.store_actions(s, self._clock, rhk_id, clean.actions)
            return skp_rows.rhk_by_id(s, rhk_id)

    def delete_rhk(self, rhk_id: int) -> tuple[Rhk, list[int]]:
        """Delete an RHK. Returns it and the ids of the entries that lose their link."""
        with self._sessions.begin() as s:
            row = s.get(RhkRow, rhk_id)
            if row is None:
                raise NotFoundError("RHK nomor {id} tidak ada (mungkin sudah dihapus).", id=rhk_id)
            rhk = skp_rows.rhk_by_id(s, rhk_id)
            linked = skp_rows.unlink(s, self._clock, EntryRow.rhk_id == rhk_id)
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
            return [skp_rows.plan_in(s, r.id) for r in rows]

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
            return skp_rows.plan_in(s, row.id) if row else None

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
                period = skp_rows.create_period(s, plan.period)
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
                    title=skp_rows.period_of(s.get(SkpPeriodRow, period_id)).title,
                    count=len(existing),
                )
            keep = {r.name.casefold() for r in plan.rhk}
            for name, old in existing.items():
                if name not in keep:
                    skp_rows.unlink(s, self._clock, EntryRow.rhk_id == old.id)
                    s.delete(old)
            s.flush()
            for position, rhk in enumerate(plan.rhk, start=1):
                old = existing.get(rhk.name.casefold())
                if old is None:
                    skp_rows.add_rhk(s, self._clock, period_id, rhk, position)
                else:
                    old.position = position
                    skp_rows.fill(old, rhk)
                    skp_rows.store_actions(s, self._clock, old.id, skp_rows.keep_action_ids(s, old.id, rhk.actions))
            return skp_rows.plan_in(s, period_id)
