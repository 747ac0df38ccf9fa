"""Pace and percentage agree (issue 11): a realisation at or above its target is never
"Tertinggal" (domain.skp.pace_of), on hand-computed cases and on any plan and log; the CLI's
RHK line and the PDF's D. table show that pace beside those percentages."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from absensi_app.domain.skp import (
    ActionPlan,
    Pace,
    Realisation,
    Rhk,
    RhkKind,
    SkpPeriod,
    pace_of,
    rhk_progress,
)

YEAR = SkpPeriod(1, date(2026, 1, 1), date(2026, 12, 31))


def rhk(target: int = 120, actions: tuple[ActionPlan, ...] = ()) -> Rhk:
    return Rhk(7, RhkKind.UTAMA, "Laporan kinerja", "Jumlah laporan", target, "laporan", actions=actions)


def out(day: date, qty: int | None) -> Realisation:
    return Realisation(day, 7, qty)


def test_a_month_above_its_target_is_not_behind_when_earlier_months_were() -> None:
    """120 a year is 10 a month; nothing until November, then 15: November is 150 %, the year
    is far behind (about 109 due by the 27th)."""
    p = rhk_progress(rhk(120), YEAR, [out(date(2026, 11, 3), 15)], 2026, 11, today=date(2026, 11, 27))
    assert p.month.percent == 150.0 and p.due_to_date > 100 > p.year.realized
    assert p.pace is Pace.SESUAI  # was "Tertinggal" beside 150 %


def test_exactly_the_month_target_is_on_schedule() -> None:
    p = rhk_progress(rhk(120), YEAR, [out(date(2026, 6, 30), 10)], 2026, 6, today=date(2026, 7, 10))
    assert p.month.percent == 100.0 and p.pace is Pace.SESUAI


def test_behind_for_the_month_and_for_the_period_is_behind() -> None:
    p = rhk_progress(rhk(120), YEAR, [out(date(2026, 6, 2), 4)], 2026, 6, today=date(2026, 6, 30))
    assert p.month.percent == 40.0 and p.pace is Pace.TERTINGGAL


def test_work_done_ahead_covers_a_slow_month() -> None:
    """60 done in January: the period is ahead until June, so a June with 2 is not behind."""
    outputs = [out(date(2026, 1, 15), 60), out(date(2026, 6, 3), 2)]
    p = rhk_progress(rhk(120), YEAR, outputs, 2026, 6, today=date(2026, 6, 20))
    assert p.month.percent == 20.0 and p.due_to_date < 62
    assert p.pace is Pace.SESUAI


def test_the_current_month_counts_what_is_due_by_today() -> None:
    """On 15 June half of June's 10 is due: 5 done is on schedule for the month (50 %)."""
    p = rhk_progress(rhk(120), YEAR, [out(date(2026, 6, 10), 5)], 2026, 6, today=date(2026, 6, 15))
    assert p.month.percent == 50.0 and p.month_due == 5.0
    assert p.pace is Pace.SESUAI
    early = rhk_progress(rhk(120), YEAR, [out(date(2026, 6, 10), 4)], 2026, 6, today=date(2026, 6, 15))
    assert early.pace is Pace.TERTINGGAL


def test_a_past_month_is_judged_on_its_whole_target() -> None:
    """October's report exported in December: October had 10 due and 10 done."""
    p = rhk_progress(rhk(120), YEAR, [out(date(2026, 10, 20), 10)], 2026, 10, today=date(2026, 12, 2))
    assert p.month_due == p.month.target == 10.0 and p.pace is Pace.SESUAI


def test_nothing_due_yet_and_the_whole_target() -> None:
    plans = (ActionPlan(None, "Akhir tahun", 2026, month=12, target=12),)
    early = rhk_progress(rhk(12, plans), YEAR, [], 2026, 3, today=date(2026, 3, 10))
    assert early.month.percent is None and early.pace is Pace.BELUM_MULAI
    done = rhk_progress(rhk(12, plans), YEAR, [out(date(2026, 3, 2), 12)], 2026, 3, today=date(2026, 3, 10))
    assert done.pace is Pace.TERCAPAI


def test_a_printed_hundred_percent_is_never_behind() -> None:
    """9,995 of 10,000 prints as 100 % (one decimal): not "Tertinggal"."""
    assert pace_of(0, 1000, 9_995, 10_000, 0, 50_000) is Pace.SESUAI
    assert pace_of(0, 1000, 9_990, 10_000, 0, 50_000) is Pace.TERTINGGAL  # 99,9 %


days = st.integers(0, 364).map(lambda n: date(2026, 1, 1) + timedelta(days=n))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    target=st.integers(1, 500),
    planned=st.lists(st.tuples(st.integers(1, 12), st.integers(0, 200)), max_size=4),
    outputs=st.lists(st.tuples(days, st.integers(0, 80) | st.none()), max_size=12),
    month=st.integers(1, 12),
    today=days,
)
def test_pace_and_percentages_agree_on_any_plan_and_log(target, planned, outputs, month, today) -> None:  # noqa: ANN001
    actions = tuple(ActionPlan(None, f"Aksi {m}", 2026, month=m, target=t) for m, t in planned)
    p = rhk_progress(rhk(target, actions), YEAR, [out(d, q) for d, q in outputs], 2026, month, today)
    started = p.month.first <= today  # a month still to come is not judged
    if (p.year.percent or 0) >= 100:
        assert p.pace is Pace.TERCAPAI
    if started and (p.month.percent or 0) >= 100:
        assert p.pace is not Pace.TERTINGGAL, p
    if p.pace is Pace.TERTINGGAL:
        assert (p.year.percent or 0) < 100
        assert p.month.percent is None or not started or p.month.percent < 100
