"""SKP plan, working calendar and month progress services over a real SQLite file."""

from __future__ import annotations

import copy
from datetime import date, time

import pytest

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.hours import DayState
from absensi_app.domain.model import DayStatus, EntryDraft, LeaveKind, Location
from absensi_app.domain.skp import ActionPlan, Pace, Rhk, RhkKind, SkpPeriod
from absensi_app.services.context import AppContext
from absensi_app.services.demo import SAMPLE_PLAN, fill_demo_month

FRI = date(2026, 11, 27)


def draft(day: date, start: int, end: int, qty: int | None = None, rhk: int | None = None,
          action: int | None = None, location: Location = Location.KANTOR) -> EntryDraft:
    return EntryDraft(day, location, "Menyusun laporan", time(start), time(end), None, qty,
                      "laporan" if qty else None, rhk_id=rhk, action_id=action)


def new_rhk(name: str = "Laporan kinerja", target: int = 12, **kw: object) -> Rhk:
    return Rhk(None, kw.pop("kind", RhkKind.UTAMA), name, "Jumlah laporan", target, "laporan", **kw)


@pytest.fixture
def plan_ctx(ctx_with_profile: AppContext) -> AppContext:
    return ctx_with_profile


def test_year_period_rhk_and_actions_are_stored(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    assert plan_ctx.skp.ensure_year(2026) == period  # idempotent
    r = plan_ctx.skp.add_rhk(
        period.id, new_rhk(actions=(ActionPlan(None, "Laporan Q1", 2026, quarter=1, target=3),))
    )
    assert r.id is not None and r.actions[0].id is not None
    plan = plan_ctx.skp.plan(period.id)
    assert [x.name for x in plan.rhk] == ["Laporan kinerja"]
    assert plan.rhk[0].actions[0].quarter == 1
    assert plan_ctx.skp.period_for(date(2026, 6, 1)) == period
    assert plan_ctx.skp.period_for(date(2027, 1, 1)) is None


def test_overlapping_periods_and_duplicate_names_are_refused(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    with pytest.raises(ValidationError, match="bertumpang tindih dengan SKP 2026"):
        plan_ctx.skp.create_period(SkpPeriod(None, date(2026, 7, 1), date(2027, 6, 30)))
    plan_ctx.skp.add_rhk(period.id, new_rhk())
    with pytest.raises(ValidationError, match="nama yang sama"):
        plan_ctx.skp.add_rhk(period.id, new_rhk("LAPORAN KINERJA"))
    assert len(plan_ctx.skp.plan(period.id).rhk) == 1


def test_entry_links_are_checked(plan_ctx: AppContext) -> None:
    p26 = plan_ctx.skp.ensure_year(2026)
    p25 = plan_ctx.skp.ensure_year(2025)
    r26 = plan_ctx.skp.add_rhk(
        p26.id, new_rhk(actions=(ActionPlan(None, "November", 2026, month=11, target=1),))
    )
    r25 = plan_ctx.skp.add_rhk(p25.id, new_rhk("Laporan lama"))
    with pytest.raises(ValidationError, match="RHK nomor 999 tidak ada"):
        plan_ctx.worklog.add(draft(FRI, 8, 9, 1, rhk=999))
    with pytest.raises(ValidationError, match="tanggal 27-11-2026 di luar periode"):
        plan_ctx.worklog.add(draft(FRI, 8, 9, 1, rhk=r25.id))
    with pytest.raises(ValidationError, match="bukan bagian dari RHK"):
        plan_ctx.worklog.add(draft(FRI, 8, 9, 1, rhk=r25.id, action=r26.actions[0].id))
    assert plan_ctx.worklog.entries_between(FRI, FRI) == []
    # an action alone implies its RHK
    e = plan_ctx.worklog.add(draft(FRI, 8, 9, 1, action=r26.actions[0].id))
    assert (e.rhk_id, e.action_id) == (r26.id, r26.actions[0].id)


def test_deleting_an_rhk_unlinks_entries_and_undo_of_an_entry_delete_survives(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    r = plan_ctx.skp.add_rhk(period.id, new_rhk())
    e = plan_ctx.worklog.add(draft(FRI, 8, 9, 2, rhk=r.id))
    gone = plan_ctx.worklog.delete(e.id)
    _rhk, linked = plan_ctx.skp.delete_rhk(r.id)
    assert linked == []
    restored = plan_ctx.worklog.restore(gone)  # its RHK is gone: the entry comes back unlinked
    assert restored.id == e.id and restored.rhk_id is None
    r2 = plan_ctx.skp.add_rhk(period.id, new_rhk("Lain"))
    e2 = plan_ctx.worklog.add(draft(FRI, 9, 10, 1, rhk=r2.id))
    assert plan_ctx.skp.delete_rhk(r2.id)[1] == [e2.id]
    assert plan_ctx.worklog.get(e2.id).rhk_id is None
    with pytest.raises(NotFoundError):
        plan_ctx.skp.delete_rhk(r2.id)


def test_choices_put_the_most_used_rhk_first(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    a = plan_ctx.skp.add_rhk(period.id, new_rhk("A"))
    b = plan_ctx.skp.add_rhk(period.id, new_rhk("B"))
    c = plan_ctx.skp.add_rhk(period.id, new_rhk("C"))
    assert [r.name for r in plan_ctx.skp.choices(FRI)] == ["A", "B", "C"]
    plan_ctx.worklog.add(draft(FRI, 8, 9, rhk=c.id))
    plan_ctx.worklog.add(draft(FRI, 9, 10, rhk=c.id))
    plan_ctx.worklog.add(draft(FRI, 10, 11, rhk=b.id))
    assert [r.name for r in plan_ctx.skp.choices(FRI)] == ["C", "B", "A"]
    assert plan_ctx.skp.choices(date(2025, 5, 5)) == []
    assert a.id is not None


def test_import_refuses_a_filled_period_and_replace_keeps_links(plan_ctx: AppContext) -> None:
    plan = plan_ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    first = plan.rhk[0]
    e = plan_ctx.worklog.add(draft(FRI, 8, 9, 2, rhk=first.id))
    with pytest.raises(ValidationError, match="sudah berisi 4 RHK"):
        plan_ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    changed = copy.deepcopy(SAMPLE_PLAN)
    changed["rhk"][0]["target"] = 999
    del changed["rhk"][3]  # the tambahan RHK goes away
    again = plan_ctx.skp.import_plan(changed, year=2026, replace=True)
    assert [r.id for r in again.rhk] == [r.id for r in plan.rhk[:3]]
    assert again.rhk[0].target == 999
    assert plan_ctx.worklog.get(e.id).rhk_id == first.id


def test_bad_import_changes_nothing(plan_ctx: AppContext) -> None:
    bad = copy.deepcopy(SAMPLE_PLAN)
    bad["rhk"][2]["target"] = -5
    with pytest.raises(ValidationError, match="RHK ke-3"):
        plan_ctx.skp.import_plan(bad, year=2026)
    assert plan_ctx.skp.periods() == []


def test_export_import_round_trip_into_next_year(plan_ctx: AppContext) -> None:
    plan = plan_ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    data = plan_ctx.skp.export_plan(plan.period.id)
    moved = plan_ctx.skp.import_plan(data, year=2027)
    assert moved.period.first == date(2027, 1, 1)
    assert [r.name for r in moved.rhk] == [r.name for r in plan.rhk]
    assert [a.year for a in moved.rhk[0].actions] == [2027] * 4


def test_progress_counts_linked_quantities_only(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    r = plan_ctx.skp.add_rhk(period.id, new_rhk(target=24))
    plan_ctx.worklog.add(draft(date(2026, 11, 26), 8, 9, 3, rhk=r.id))
    plan_ctx.worklog.add(draft(FRI, 8, 9, None, rhk=r.id))  # no quantity
    plan_ctx.worklog.add(draft(FRI, 9, 10, 5))  # no RHK
    plan_ctx.worklog.add(draft(date(2026, 10, 1), 8, 9, 1, rhk=r.id))
    _plan, [p] = plan_ctx.skp.progress(2026, 11)
    assert (p.month.target, p.month.realized, p.month.percent) == (2.0, 3, 150.0)
    assert (p.quarter.target, p.quarter.realized) == (6.0, 4)
    assert (p.year.target, p.year.realized) == (24.0, 4)
    # about 22 due by 28 November over the year, but November's 150 % is never "Tertinggal"
    # (domain.skp.pace_of: pace and percentage agree)
    assert p.due_to_date > p.year.realized and p.pace is Pace.SESUAI
    assert plan_ctx.skp.progress(2025, 11) == (None, [])


def test_user_holidays_and_ramadan_shape_the_day(plan_ctx: AppContext) -> None:
    cal = plan_ctx.calendar
    tue = date(2026, 11, 24)
    assert plan_ctx.worklog.day(tue).expected_minutes == 450
    assert cal.add_holiday(tue, "Hari Jadi Kabupaten") is None
    day = plan_ctx.worklog.day(tue)
    assert (day.is_workday, day.holiday_name) == (False, "Hari Jadi Kabupaten")
    assert cal.remove_holiday(tue).name == "Hari Jadi Kabupaten"  # an own holiday just goes
    assert cal.changes() == []
    independence = date(2026, 8, 17)
    cal.remove_holiday(independence)
    assert plan_ctx.worklog.day(independence).expected_minutes == 450
    cal.reset_day(independence)
    assert plan_ctx.worklog.day(independence).holiday_name == "Hari Kemerdekaan Republik Indonesia"
    with pytest.raises(ValidationError, match="bukan hari libur"):
        cal.remove_holiday(tue)
    with pytest.raises(ValidationError, match="wajib diisi"):
        cal.add_holiday(tue, "   ")
    cal.set_ramadan(date(2026, 2, 18), date(2026, 3, 19))
    assert plan_ctx.worklog.day(date(2026, 2, 23)).expected_minutes == 390
    with pytest.raises(ValidationError, match="paling lama 31 hari"):
        cal.set_ramadan(date(2026, 2, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError, match="sebelum awalnya"):
        cal.set_ramadan(date(2026, 3, 1), date(2026, 2, 1))
    assert cal.ramadan_periods()[0].first == date(2026, 2, 18)  # unchanged by the refusals
    assert cal.clear_ramadan(2026) is not None and cal.ramadan_periods() == []


def test_offsite_limit_setting(plan_ctx: AppContext) -> None:
    assert plan_ctx.calendar.offsite_limit() == 2
    assert plan_ctx.calendar.set_offsite_limit(3) == 3
    assert plan_ctx.calendar.offsite_limit() == 3
    for bad in (-1, 8, True, "2"):
        with pytest.raises(ValidationError, match="0 sampai 7"):
            plan_ctx.calendar.set_offsite_limit(bad)  # type: ignore[arg-type]
    assert plan_ctx.calendar.offsite_limit() == 3


def test_month_progress_puts_it_together(plan_ctx: AppContext) -> None:
    plan_ctx.clock.fixed = plan_ctx.clock.fixed.replace(day=27, hour=17)
    ctx = plan_ctx
    for day in (23, 24, 25):  # three days from home in the week of 23 November
        ctx.worklog.add(draft(date(2026, 11, day), 8, 15, location=Location.RUMAH))
    ctx.worklog.add(draft(date(2026, 11, 26), 8, 16))
    ctx.worklog.set_status(date(2026, 11, 27), DayStatus.CUTI, LeaveKind.TAHUNAN)
    m = ctx.summary.progress(2026, 11)
    assert m.totals.total_minutes == 3 * 420 + 480
    assert [w.first.day for w in m.over_limit_weeks] == [23]
    cells = {c.day.day: c.state for c in m.cells}
    assert cells[23] is DayState.PARTIAL and cells[26] is DayState.COMPLETE
    assert cells[27] is DayState.LEAVE and cells[20] is DayState.MISSING
    assert m.year_totals.total_minutes == 3 * 420 + 480
    assert m.plan is None and m.rhk == [] and m.unlinked_entries == 4
    ctx.calendar.set_offsite_limit(3)
    assert ctx.summary.progress(2026, 11).over_limit_weeks == []


def test_demo_links_entries_to_the_sample_plan(plan_ctx: AppContext) -> None:
    result = fill_demo_month(plan_ctx.worklog, 2026, 11, date(2026, 11, 27), plan_ctx.skp)
    plan = plan_ctx.skp.plan_for(FRI)
    assert plan is not None and len(plan.rhk) == 4
    entries = plan_ctx.worklog.month_entries(2026, 11)
    assert len(entries) == result.entries
    linked = [e for e in entries if e.rhk_id is not None]
    assert 0 < len(linked) < len(entries)  # one routine task stays unlinked on purpose


def test_a_rencana_aksi_of_another_month_or_triwulan_is_refused(plan_ctx: AppContext) -> None:
    period = plan_ctx.skp.ensure_year(2026)
    r = plan_ctx.skp.add_rhk(period.id, new_rhk(actions=(
        ActionPlan(None, "Triwulan III", 2026, quarter=3), ActionPlan(None, "November", 2026, month=11),
    )))  # fmt: skip
    q3, nov = r.actions
    with pytest.raises(ValidationError, match="untuk triwulan III 2026, bukan untuk tanggal 27-11-2026"):
        plan_ctx.worklog.add(draft(FRI, 8, 9, 1, action=q3.id))
    assert plan_ctx.worklog.add(draft(FRI, 8, 9, 1, action=nov.id)).action_id == nov.id
    [offered] = plan_ctx.skp.choices(FRI)
    assert [a.description for a in offered.actions] == ["November"]


def test_replace_import_keeps_entries_linked_to_their_rencana_aksi(plan_ctx: AppContext) -> None:
    plan = plan_ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    q4 = next(a for a in plan.rhk[0].actions if a.quarter == 4)
    e = plan_ctx.worklog.add(draft(FRI, 8, 9, 2, action=q4.id))
    again = plan_ctx.skp.import_plan(plan_ctx.skp.export_plan(plan.period.id), replace=True)
    assert [a.id for a in again.rhk[0].actions] == [a.id for a in plan.rhk[0].actions]
    assert (plan_ctx.worklog.get(e.id).rhk_id, plan_ctx.worklog.get(e.id).action_id) == (plan.rhk[0].id, q4.id)
    assert [r.action for r in plan_ctx.history.records("2026-11")] == ["add"]  # nothing unlinked
