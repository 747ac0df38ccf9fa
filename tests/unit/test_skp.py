"""SKP progress arithmetic and the plan-file format, on hand-computed cases."""

from __future__ import annotations

from datetime import date

import pytest

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.skp import (
    PREDIKAT,
    ActionPlan,
    Pace,
    Rating,
    Realisation,
    Rhk,
    RhkKind,
    SkpPeriod,
    SkpPlan,
    monthly_targets,
    percent,
    rhk_progress,
    target_between,
    validate_action,
    validate_rhk,
)
from absensi_app.domain.skp_plan import plan_from_json, plan_to_json

YEAR = SkpPeriod(1, date(2026, 1, 1), date(2026, 12, 31))


def rhk(target: int = 12, actions: tuple[ActionPlan, ...] = (), rid: int = 7) -> Rhk:
    return Rhk(rid, RhkKind.UTAMA, "Laporan kinerja", "Jumlah laporan", target, "laporan", actions=actions)


def out(day: date, qty: int | None, rid: int = 7) -> Realisation:
    return Realisation(day, rid, qty)


def test_year_target_is_spread_evenly_over_the_months_without_planned_targets() -> None:
    targets = monthly_targets(rhk(12), YEAR)
    assert len(targets) == 12 and set(targets.values()) == {1.0}
    # the first quarter owes 3, the first half of April (15 of 30 days) owes 0.5 more
    assert target_between(targets, date(2026, 1, 1), date(2026, 3, 31)) == pytest.approx(3)
    assert target_between(targets, date(2026, 1, 1), date(2026, 4, 15)) == pytest.approx(3.5)


def test_planned_targets_say_when_work_is_due() -> None:
    plans = (
        ActionPlan(None, "Laporan Januari", 2026, month=1, target=4),
        ActionPlan(None, "Laporan triwulan II", 2026, quarter=2, target=6),
        ActionPlan(None, "Tanpa target", 2026, month=3),
    )
    targets = monthly_targets(rhk(12, plans), YEAR)
    # the plans cover 10 of the 12; the other 2 are spread over the 12 months (1/6 each)
    assert targets[(2026, 1)] == pytest.approx(4 + 1 / 6)
    assert targets[(2026, 2)] == pytest.approx(1 / 6) and targets[(2026, 3)] == pytest.approx(1 / 6)
    assert targets[(2026, 4)] == targets[(2026, 5)] == targets[(2026, 6)] == pytest.approx(2 + 1 / 6)
    assert sum(targets.values()) == pytest.approx(12)


def test_plans_above_the_target_count_as_planned() -> None:
    plans = (ActionPlan(None, "Banyak", 2026, quarter=1, target=30),)
    targets = monthly_targets(rhk(12, plans), YEAR)
    assert targets[(2026, 1)] == pytest.approx(10) and targets[(2026, 4)] == 0
    assert sum(targets.values()) == pytest.approx(30)


def test_a_period_starting_mid_month_gives_that_month_its_days_share() -> None:
    period = SkpPeriod(1, date(2026, 1, 15), date(2026, 12, 31))
    targets = monthly_targets(rhk(12), period)
    january = 17 / 31  # 15..31 January
    assert targets[(2026, 1)] == pytest.approx(12 * january / (11 + january))
    assert targets[(2026, 2)] == pytest.approx(12 / (11 + january))
    assert target_between(targets, period.first, period.last, period) == pytest.approx(12)
    # the whole of January's share is due by its last day
    assert target_between(targets, period.first, date(2026, 1, 31), period) == pytest.approx(targets[(2026, 1)])


def test_percent_uses_the_exact_target_not_a_rounded_one() -> None:
    # 10 a year: 5/6 per month; 1 done in November is 120 %, not 1/0.83 = 120.5 %
    p = rhk_progress(rhk(10), YEAR, [out(date(2026, 11, 3), 1)], 2026, 11, today=date(2026, 11, 28))
    assert p.month.percent == 120.0


def test_progress_for_month_quarter_and_year_on_a_hand_computed_case() -> None:
    outputs = [
        out(date(2026, 1, 20), 2),
        out(date(2026, 2, 3), 1),
        out(date(2026, 2, 10), None),  # linked, but no quantity: counts as activity only
        out(date(2026, 2, 11), 5, rid=8),  # another RHK
        out(date(2025, 12, 30), 9),  # outside the period
    ]
    p = rhk_progress(rhk(12), YEAR, outputs, 2026, 2, today=date(2026, 2, 14))
    assert (p.month.target, p.month.realized, p.month.percent) == (1.0, 1, 100.0)
    assert (p.quarter.target, p.quarter.realized, p.quarter.percent) == (3.0, 3, 100.0)
    assert (p.year.target, p.year.realized, p.year.percent) == (12.0, 3, 25.0)
    # due by 14 February: 1 (January) + 14/28 of February's 1 = 1.5; 3 done -> on track
    assert p.due_to_date == 1.5
    assert p.pace is Pace.SESUAI
    assert p.entry_count == 3


def test_behind_when_realisasi_is_below_what_is_due() -> None:
    p = rhk_progress(rhk(12), YEAR, [out(date(2026, 1, 5), 1)], 2026, 6, today=date(2026, 6, 30))
    assert p.due_to_date == 6.0 and p.year.realized == 1
    assert p.pace is Pace.TERTINGGAL


def test_rhk_with_no_entries() -> None:
    p = rhk_progress(rhk(12), YEAR, [], 2026, 11, today=date(2026, 11, 28))
    assert (p.month.realized, p.quarter.realized, p.year.realized) == (0, 0, 0)
    assert p.year.percent == 0.0
    assert p.pace is Pace.TERTINGGAL
    assert p.entry_count == 0


def test_nothing_due_yet_and_target_reached() -> None:
    plans = (ActionPlan(None, "Akhir tahun", 2026, month=12, target=12),)
    early = rhk_progress(rhk(12, plans), YEAR, [], 2026, 3, today=date(2026, 3, 1))
    assert early.pace is Pace.BELUM_MULAI
    assert early.month.percent is None  # no target in March: no percentage, not 0 % or 100 %
    done = rhk_progress(rhk(12, plans), YEAR, [out(date(2026, 3, 1), 12)], 2026, 3, date(2026, 3, 1))
    assert done.pace is Pace.TERCAPAI and done.year.percent == 100.0


def test_percent_of_nothing_is_none() -> None:
    assert percent(5, 0) is None
    assert percent(1, 3) == 33.3


def test_predikat_table_follows_domain_md() -> None:
    assert PREDIKAT[(Rating.DI_ATAS, Rating.DI_ATAS)] == "Sangat Baik"
    assert PREDIKAT[(Rating.SESUAI, Rating.DI_ATAS)] == "Baik"
    assert PREDIKAT[(Rating.DI_BAWAH, Rating.DI_BAWAH)] == "Sangat Kurang"
    assert PREDIKAT[(Rating.DI_BAWAH, Rating.SESUAI)] == "Butuh Perbaikan"
    assert PREDIKAT[(Rating.SESUAI, Rating.DI_BAWAH)] == "Kurang/Misconduct"
    assert len(PREDIKAT) == 9


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "Rencana Hasil Kerja wajib diisi"),
        ({"unit": ""}, "Satuan target wajib diisi"),
        ({"target": 0}, "Target kuantitas harus antara 1"),
        ({"target": "dua belas"}, "Target kuantitas harus bilangan bulat"),
        ({"target": 2.5}, "Target kuantitas harus bilangan bulat"),
        ({"name": "x" * 1001}, "terlalu panjang"),
    ],
)
def test_rhk_validation(changes: dict, message: str) -> None:
    base = dict(id=None, kind=RhkKind.UTAMA, name="Laporan", indicator="", target=12, unit="laporan")
    with pytest.raises(ValidationError, match=message):
        validate_rhk(Rhk(**{**base, **changes}), YEAR)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (ActionPlan(None, "A", 2026), "satu bulan atau satu triwulan"),
        (ActionPlan(None, "A", 2026, month=2, quarter=1), "satu bulan atau satu triwulan"),
        (ActionPlan(None, "A", 2026, month=13), "Bulan harus 1 sampai 12"),
        (ActionPlan(None, "A", 2026, quarter=5), "Triwulan harus"),
        (ActionPlan(None, "A", 2027, month=1), "di luar periode SKP"),
        (ActionPlan(None, "", 2026, month=1), "Rencana Aksi wajib diisi"),
        (ActionPlan(None, "A", 2026, month=1, target=-1), "Target harus antara 0"),
    ],
)
def test_action_plan_validation(action: ActionPlan, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_action(action, YEAR)


def sample_plan() -> SkpPlan:
    return SkpPlan(
        SkpPeriod(None, date(2026, 1, 1), date(2026, 12, 31), "SKP 2026 Analis"),
        (
            Rhk(
                None,
                RhkKind.UTAMA,
                "Laporan kinerja",
                "Jumlah laporan",
                12,
                "laporan",
                "100%",
                "12 bulan",
                "Akuntabilitas",
                (
                    ActionPlan(None, "Laporan Januari", 2026, month=1, target=1),
                    ActionPlan(None, "Laporan triwulan II", 2026, quarter=2),
                ),
            ),
            Rhk(None, RhkKind.TAMBAHAN, "Notula rapat", "", 20, "notula"),
        ),
    )


def test_plan_file_round_trip() -> None:
    plan = sample_plan()
    data = plan_to_json(plan)
    assert data["format"] == "absensi-skp-plan" and data["version"] == 1
    assert data["rhk"][0]["actions"] == [
        {"description": "Laporan Januari", "month": 1, "target": 1},
        {"description": "Laporan triwulan II", "quarter": 2},
    ]
    assert plan_from_json(data) == plan


def test_plan_file_moves_to_another_year() -> None:
    moved = plan_from_json(plan_to_json(sample_plan()), year=2027)
    assert (moved.period.first, moved.period.last) == (date(2027, 1, 1), date(2027, 12, 31))
    assert moved.period.name == ""  # the old year's name would be wrong
    assert [a.year for a in moved.rhk[0].actions] == [2027, 2027]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="other"), "bukan rencana SKP"),
        (lambda d: d.update(version=9), "Versi rencana SKP 9"),
        (lambda d: d.update(period=[]), "\"period\""),
        (lambda d: d["period"].update(first="1 Jan"), "YYYY-MM-DD"),
        (lambda d: d.update(rhk={}), "\"rhk\" harus berupa daftar"),
        (lambda d: d["rhk"].append("teks"), "RHK ke-3: isinya harus objek JSON"),
        (lambda d: d["rhk"][1].update(kind="wajib"), "RHK ke-2: Jenis RHK 'wajib'"),
        (lambda d: d["rhk"][1].update(target=None), "RHK ke-2: Target kuantitas"),
        (lambda d: d["rhk"][0]["actions"][1].update(quarter=7), "RHK ke-1, Rencana Aksi ke-2: Triwulan"),
        (lambda d: d["rhk"][0]["actions"].append(3), "RHK ke-1, Rencana Aksi ke-3: isinya"),
        (lambda d: d["rhk"][1].update(name="laporan KINERJA"), "RHK ke-2: nama RHK sama dengan RHK ke-1"),
        (lambda d: d["rhk"][1].update(name="{0} {x}"), None),  # braces in user text are fine
    ],
)
def test_bad_plan_files_name_the_problem(mutate, message: str | None) -> None:  # noqa: ANN001
    data = plan_to_json(sample_plan())
    mutate(data)
    if message is None:
        assert plan_from_json(data).rhk[1].name == "{0} {x}"
        return
    with pytest.raises(ValidationError) as err:
        plan_from_json(data)
    assert message in err.value.message


def test_garbage_is_not_a_plan() -> None:
    for data in (None, [], "teks", 12, {"format": None}):
        with pytest.raises(ValidationError, match="bukan rencana SKP"):
            plan_from_json(data)
