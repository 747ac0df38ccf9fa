"""The state of the "Rencana SKP" editor without Qt (views/skp/skp_editing.py): the selection in the
RHK list, unsaved changes in the form, the checks before a save, and the month/triwulan keys
of the Rencana Aksi."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind, SkpPeriod, SkpPlan
from absensi_app.views.skp.skp_editing import (
    BLANK_RHK,
    ActionRow,
    SkpEditor,
    actions_from_rows,
    export_file_name,
    filled_rows,
    is_whole_year,
    next_span_key,
    parse_span_key,
    span_choices,
    span_key,
    suggested_year,
)

YEAR_2026 = SkpPeriod(1, date(2026, 1, 1), date(2026, 12, 31))
ACROSS = SkpPeriod(2, date(2026, 7, 1), date(2027, 6, 30), "SKP Jabatan Baru")


def rhk(rhk_id: int | None, name: str, **changes) -> Rhk:  # noqa: ANN003
    return replace(Rhk(rhk_id, RhkKind.UTAMA, name, f"Jumlah {name}", 12, "laporan"), **changes)


def plan(*names: str, period: SkpPeriod = YEAR_2026) -> SkpPlan:
    return SkpPlan(period, tuple(rhk(i, n) for i, n in enumerate(names, start=10)))


def test_the_module_imports_no_qt() -> None:
    code = "import sys, absensi_app.views.skp.skp_editing; print([m for m in sys.modules if m.startswith('PySide6')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


# ---- periods ---------------------------------------------------------------------------------
def test_whole_year_periods_name_their_files_and_the_next_free_year() -> None:
    assert is_whole_year(YEAR_2026) and not is_whole_year(ACROSS)
    assert export_file_name(YEAR_2026) == "rencana-skp-2026.json"
    assert export_file_name(ACROSS) == "rencana-skp-20260701-20270630.json"
    today = date(2026, 11, 27)
    assert suggested_year([], today) == 2026
    assert suggested_year([YEAR_2026], today) == 2027
    assert suggested_year([YEAR_2026, SkpPeriod(3, date(2027, 1, 1), date(2027, 12, 31))], today) == 2028
    assert suggested_year([ACROSS], today) == 2026  # a part-year period leaves the year free


# ---- month and triwulan keys -----------------------------------------------------------------
def test_span_keys_round_trip() -> None:
    assert span_key(2026, 5, None) == "2026-m5"
    assert span_key(2026, None, 2) == "2026-q2"
    assert parse_span_key("2026-m12") == (2026, 12, None)
    assert parse_span_key("2027-q4") == (2027, None, 4)


def test_span_choices_put_each_triwulan_before_its_months() -> None:
    choices = span_choices(YEAR_2026)
    assert len(choices) == 16
    assert choices[:5] == [(2026, None, 1), (2026, 1, None), (2026, 2, None), (2026, 3, None), (2026, None, 2)]
    across = span_choices(ACROSS)
    assert across[0] == (2026, None, 3)
    assert across[-1] == (2027, 6, None)
    assert (2027, None, 1) in across and (2026, None, 1) not in across


def test_a_new_action_row_continues_the_last_one() -> None:
    keys = [span_key(*c) for c in span_choices(YEAR_2026)]
    assert next_span_key([], None, 2030) == "2030-q1"  # no period shown
    assert next_span_key(keys, None, 2026) == "2026-q1"  # first row
    assert next_span_key(keys, "2026-q1", 2026) == "2026-q2"  # triwulan after triwulan
    assert next_span_key(keys, "2026-m3", 2026) == "2026-m4"  # month after month, over the triwulan
    assert next_span_key(keys, "2026-m12", 2026) == "2026-m12"  # nothing later: the same again
    assert next_span_key(keys, "2031-m1", 2026) == "2026-q1"  # from another period: start over


def test_blank_rows_are_no_plan_but_a_stored_one_counts() -> None:
    rows = [
        ActionRow("Laporan triwulan I", "2026-q1", 3),
        ActionRow("  ", "2026-q2"),  # left empty: skipped
        ActionRow("", "2026-m7", 1),  # a target without a description: kept, the check refuses it
        ActionRow("", "2026-m8", 0, action_id=5),  # a stored action emptied: kept
    ]
    assert filled_rows(rows) == [0, 2, 3]
    assert actions_from_rows(rows) == (
        ActionPlan(None, "Laporan triwulan I", 2026, None, 1, 3),
        ActionPlan(None, "", 2026, 7, None, 1),
        ActionPlan(5, "", 2026, 8, None, None),  # target 0 is no target
    )


# ---- the list --------------------------------------------------------------------------------
def test_showing_a_plan_selects_the_rhk_asked_for_else_the_first() -> None:
    editor = SkpEditor()
    assert editor.show_plan(None) is None
    assert editor.selected is None and not editor.can_add and not editor.can_delete_period
    assert editor.show_plan(plan("Satu", "Dua", "Tiga")) == 0
    assert editor.selected.name == "Satu"
    assert editor.can_add and editor.can_export and editor.can_delete_period
    assert editor.show_plan(plan("Satu", "Dua", "Tiga"), select_id=12) == 2
    assert editor.selected.name == "Tiga"
    assert editor.show_plan(plan("Satu", "Dua"), select_id=12) == 0  # gone: the first instead
    assert editor.show_plan(plan()) is None
    assert editor.period == YEAR_2026 and not editor.can_export and editor.can_add


def test_selection_moves_and_what_it_allows() -> None:
    editor = SkpEditor()
    editor.show_plan(plan("Satu", "Dua", "Tiga"))
    assert not editor.can_move(-1) and editor.can_move(1)
    assert editor.select(12) == 2
    assert editor.can_move(-1) and not editor.can_move(1)
    assert editor.select(99) is None and editor.selected_row == 2  # unknown id: unchanged
    assert editor.select_row(1) and editor.selected.name == "Dua"
    assert editor.can_move(-1) and editor.can_move(1) and editor.can_change_selected
    assert not editor.select_row(None) and editor.selected is None
    assert not editor.can_change_selected and not editor.can_move(1)
    assert not editor.select_row(7) and editor.selected is None  # outside the list


def test_after_a_delete_the_next_rhk_takes_the_place() -> None:
    editor = SkpEditor()
    editor.show_plan(plan("Satu", "Dua", "Tiga"))
    assert editor.neighbour_of(11) == 12  # the middle one: the next
    assert editor.neighbour_of(12) == 11  # the last one: the one before
    assert editor.neighbour_of(99) is None
    editor.show_plan(plan("Satu"))
    assert editor.neighbour_of(10) is None  # the only one: nothing left


# ---- the form --------------------------------------------------------------------------------
def test_dirty_tracking_and_a_cancelled_edit_goes_back_to_the_selection() -> None:
    editor = SkpEditor()
    editor.show_plan(plan("Satu", "Dua", "Tiga"), select_id=11)
    shown = editor.selected
    assert not editor.editing and not editor.is_dirty(shown)
    editor.start_edit(shown)
    assert editor.editing
    assert not editor.is_dirty(shown)
    typed = replace(shown, name="Dua, diubah")
    assert editor.is_dirty(typed)
    assert not editor.is_dirty(replace(typed, name="Dua"))  # typed back: nothing to lose
    editor.select_row(0)  # whatever happens to the list meanwhile
    assert editor.cancel_edit() == 1
    assert not editor.editing and editor.selected.name == "Dua"
    assert not editor.is_dirty(typed)  # the draft is forgotten


def test_a_new_rhk_is_dirty_once_typed_and_its_save_selects_it() -> None:
    editor = SkpEditor()
    editor.show_plan(plan("Satu"))
    editor.start_edit(BLANK_RHK)
    assert not editor.is_dirty(BLANK_RHK)
    assert editor.is_dirty(replace(BLANK_RHK, name="Telaahan"))
    saved = rhk(11, "Telaahan")
    editor.finish_edit(saved)
    assert not editor.editing
    assert editor.show_plan(plan("Satu", "Telaahan"), select_id=saved.id) == 1


def test_check_gives_the_first_problem_actions_first() -> None:
    editor = SkpEditor()
    assert editor.check(rhk(None, "Apa saja", unit="")) is None  # no period: the service decides
    editor.show_plan(plan("Satu"))
    assert editor.check(rhk(None, "Telaahan kebijakan")) is None

    problem = editor.check(rhk(None, "Telaahan kebijakan", unit=""))
    assert problem.error.message == "Satuan target wajib diisi."
    assert (problem.field, problem.action_index) == ("unit", None)

    actions = (
        ActionPlan(None, "Telaahan triwulan I", 2026, quarter=1),
        ActionPlan(None, "", 2026, month=5, target=2),
    )
    problem = editor.check(rhk(None, "", unit="", actions=actions))  # the row comes before the fields
    assert problem.action_index == 1 and problem.field == "actions"
    assert problem.error.message == "Rencana Aksi wajib diisi."

    outside = (ActionPlan(None, "Laporan Januari", 2027, month=1),)
    problem = editor.check(rhk(None, "Laporan", actions=outside))
    assert problem.action_index == 0
    assert problem.error.message == "Rencana Aksi 'Januari 2027' berada di luar periode SKP (SKP 2026)."

    problem = editor.check(rhk(None, "Laporan", target=0))
    assert problem.field == "target"


@pytest.mark.parametrize("name", ["", "   "])
def test_check_wants_a_name(name: str) -> None:
    editor = SkpEditor()
    editor.show_plan(plan())
    problem = editor.check(rhk(None, name))
    assert problem.field == "name" and problem.action_index is None
