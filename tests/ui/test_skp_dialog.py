"""The "Rencana SKP" dialog over a real database: periods, RHK, Rencana Aksi, plan files."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from PySide6.QtCore import QDate

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.views.skp.skp_dialog import SkpDialog

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def dialog(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    d = SkpDialog(workday_ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def make_dialog(qtbot, ctx) -> SkpDialog:  # noqa: ANN001
    d = SkpDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def rhk(name: str, target: int = 12, unit: str = "laporan", actions=()) -> Rhk:  # noqa: ANN001
    return Rhk(None, RhkKind.UTAMA, name, f"Jumlah {unit}", target, unit, actions=tuple(actions))


def fill_form(d: SkpDialog, name: str, indicator: str, target: int, unit: str, kind: str = "utama") -> None:
    f = d.form
    f.kind.setCurrentIndex(f.kind.findData(kind))
    f.name.setPlainText(name)
    f.indicator.setPlainText(indicator)
    f.target.setValue(target)
    f.unit.setText(unit)


def table_texts(d: SkpDialog) -> list[list[str]]:
    return [[d.table.item(r, c).text() for c in range(d.table.columnCount())] for r in range(d.table.rowCount())]


def test_without_period_offers_to_create_this_year(dialog, workday_ctx) -> None:  # noqa: ANN001
    assert dialog.new_box.isVisible()
    assert dialog.whole_year.isChecked() and dialog.year.value() == 2026
    assert not dialog.add_button.isEnabled()
    assert "Belum ada periode SKP" in dialog.empty_label.text()
    dialog.create_button.click()
    (period,) = workday_ctx.skp.periods()
    assert (period.first, period.last) == (date(2026, 1, 1), date(2026, 12, 31))
    assert dialog.period_combo.currentText() == "SKP 2026"
    assert "1 Januari 2026 s.d. 31 Desember 2026" in dialog.period_dates.text()
    assert not dialog.new_box.isVisible()
    assert dialog.add_button.isEnabled()
    # the next "new period" suggests the following year
    dialog.new_period_button.click()
    assert dialog.year.value() == 2027


def test_custom_period_and_overlap_is_refused(dialog, workday_ctx) -> None:  # noqa: ANN001
    dialog.create_button.click()  # SKP 2026
    dialog.new_period_button.click()
    dialog.custom_dates.setChecked(True)
    dialog.first_date.setDate(QDate(2026, 7, 1))
    dialog.last_date.setDate(QDate(2027, 6, 30))
    dialog.create_button.click()
    assert dialog.new_error.isVisible()
    assert "bertumpang tindih dengan SKP 2026" in dialog.new_error.text()
    assert len(workday_ctx.skp.periods()) == 1

    dialog.first_date.setDate(QDate(2027, 1, 1))
    dialog.last_date.setDate(QDate(2027, 6, 30))
    dialog.period_name.setText("SKP Jabatan Baru 2027")
    dialog.create_button.click()
    assert [p.title for p in workday_ctx.skp.periods()] == ["SKP 2026", "SKP Jabatan Baru 2027"]
    assert dialog.period_combo.currentText() == "SKP Jabatan Baru 2027"


def test_add_rhk_with_actions(dialog, workday_ctx) -> None:  # noqa: ANN001
    dialog.create_button.click()
    dialog.add_button.click()
    assert dialog.editing() and dialog.form.isVisible()
    assert not dialog.import_button.isVisible()  # only Simpan / Batal while editing
    fill_form(dialog, "Tersusunnya laporan capaian kinerja", "Jumlah laporan capaian kinerja", 12, "laporan")
    dialog.form.quality.setText("100% diterima pimpinan")
    dialog.form.supports.setText("Meningkatnya akuntabilitas kinerja Dinas")
    assert dialog.form.time.text() == "12 bulan"  # a whole-year SKP suggests it
    actions = dialog.form.actions
    actions.add_button.click()
    actions.add_button.click()  # continues with the next triwulan
    actions.set_row(0, "Laporan triwulan I", target=3)
    actions.set_row(1, "Laporan triwulan II")
    actions.add_button.click()
    actions.set_row(2, "Laporan bulan Juli", key="2026-m7", target=1)
    actions.add_button.click()  # a blank row is not a plan and is skipped
    dialog.form.save_button.click()

    assert not dialog.editing()
    plan = workday_ctx.skp.plan_for(FRIDAY)
    (saved,) = plan.rhk
    assert (saved.name, saved.indicator, saved.target, saved.unit) == (
        "Tersusunnya laporan capaian kinerja",
        "Jumlah laporan capaian kinerja",
        12,
        "laporan",
    )
    assert (saved.quality, saved.time, saved.supports) == (
        "100% diterima pimpinan",
        "12 bulan",
        "Meningkatnya akuntabilitas kinerja Dinas",
    )
    assert [(a.description, a.year, a.month, a.quarter, a.target) for a in saved.actions] == [
        ("Laporan triwulan I", 2026, None, 1, 3),
        ("Laporan triwulan II", 2026, None, 2, None),
        ("Laporan bulan Juli", 2026, 7, None, 1),
    ]
    assert table_texts(dialog) == [
        ["1", "Utama", "Tersusunnya laporan capaian kinerja", "Jumlah laporan capaian kinerja", "12 laporan"]
    ]
    assert dialog.message.text() == "RHK ditambahkan."


def test_edit_rhk_keeps_action_ids(dialog, workday_ctx) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    first = workday_ctx.skp.add_rhk(
        period.id, rhk("Laporan kinerja", actions=[ActionPlan(None, "Laporan Januari", 2026, month=1)])
    )
    dialog.reload_periods()
    dialog.select_rhk(first.id)
    dialog.edit_button.click()
    assert dialog.form.name.toPlainText() == "Laporan kinerja"
    assert dialog.form.heading.text() == "Ubah RHK \u2013 SKP 2026"
    dialog.form.name.setPlainText("Tersusunnya laporan kinerja bulanan")
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("tambahan"))
    dialog.form.target.setValue(24)
    dialog.form.actions.set_row(0, "Laporan kinerja Januari")
    dialog.form.save_button.click()
    (saved,) = workday_ctx.skp.plan(period.id).rhk
    assert (saved.id, saved.kind, saved.name, saved.target) == (
        first.id,
        RhkKind.TAMBAHAN,
        "Tersusunnya laporan kinerja bulanan",
        24,
    )
    assert [(a.id, a.description) for a in saved.actions] == [(first.actions[0].id, "Laporan kinerja Januari")]
    assert table_texts(dialog)[0][1:3] == ["Tambahan", "Tersusunnya laporan kinerja bulanan"]


def test_validation_errors_keep_form_and_data(dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    workday_ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    dialog.reload_periods()
    before = workday_ctx.skp.plan(period.id)

    dialog.add_button.click()
    fill_form(dialog, "Telaahan kebijakan", "Jumlah telaahan", 5, "")
    dialog.form.save_button.click()
    assert dialog.editing()
    assert dialog.form.error.isVisible()
    assert dialog.form.error.text() == "Satuan target wajib diisi."
    assert workday_ctx.skp.plan(period.id) == before

    dialog.form.unit.setText("telaahan")
    dialog.form.name.setPlainText("  LAPORAN   kinerja ")  # same name as the first RHK
    dialog.form.save_button.click()
    assert "sudah memiliki RHK dengan nama yang sama" in dialog.form.error.text()
    assert workday_ctx.skp.plan(period.id) == before

    dialog.form.name.setPlainText("Telaahan kebijakan")
    dialog.form.actions.add_button.click()
    dialog.form.actions.set_row(0, "", target=2)  # a target without a description
    dialog.form.save_button.click()
    assert dialog.form.error.text() == "Rencana Aksi baris 1: Rencana Aksi wajib diisi."
    assert dialog.form.actions.table.currentRow() == 0
    assert workday_ctx.skp.plan(period.id) == before

    dialog.form.actions.set_row(0, "Telaahan triwulan I")
    dialog.form.save_button.click()
    assert not dialog.editing()
    assert [r.name for r in workday_ctx.skp.plan(period.id).rhk] == ["Laporan kinerja", "Telaahan kebijakan"]
    assert prompt_log.errors == []


def test_cancel_with_changes_asks_first(dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    workday_ctx.skp.ensure_year(2026)
    dialog.reload_periods()
    dialog.add_button.click()
    dialog.reject()  # nothing typed: straight back to the list, the dialog stays open
    assert not dialog.editing() and dialog.isVisible()
    assert prompt_log.confirms == []
    dialog.add_button.click()
    dialog.form.name.setPlainText("Setengah diketik")
    prompt_log.confirm_answer = False
    dialog.reject()  # Esc
    assert dialog.editing()
    assert "belum disimpan" in prompt_log.confirms[-1][1]
    prompt_log.confirm_answer = True
    dialog.form.cancel_button.click()
    assert not dialog.editing()
    assert workday_ctx.skp.plan_for(FRIDAY).rhk == ()


def test_delete_asks_with_link_count_and_unlinks_entries(dialog, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    keep = workday_ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    gone = workday_ctx.skp.add_rhk(period.id, rhk("Notula rapat", unit="notula"))
    w = workday_ctx.worklog
    e1 = w.add(EntryDraft(FRIDAY, Location.KANTOR, "Notula rapat A", time(8, 0), time(9, 0), rhk_id=gone.id))
    e2 = w.add(EntryDraft(FRIDAY, Location.KANTOR, "Notula rapat B", time(9, 0), time(10, 0), rhk_id=gone.id))
    dialog.reload_periods()
    dialog.select_rhk(gone.id)

    prompt_log.confirm_answer = False
    assert not dialog.delete_selected()
    title, text = prompt_log.confirms[-1]
    assert title == "Hapus RHK"
    assert "\u201cNotula rapat\u201d" in text
    assert "2 kegiatan yang tertaut ke RHK ini akan kehilangan tautannya" in text
    assert [r.id for r in workday_ctx.skp.plan(period.id).rhk] == [keep.id, gone.id]
    assert w.get(e1.id).rhk_id == gone.id

    prompt_log.confirm_answer = True
    dialog.delete_button.click()
    assert [r.id for r in workday_ctx.skp.plan(period.id).rhk] == [keep.id]
    assert (w.get(e1.id).rhk_id, w.get(e2.id).rhk_id) == (None, None)
    assert dialog.message.text() == "RHK dihapus; 2 kegiatan tidak lagi tertaut."

    dialog.select_rhk(keep.id)
    dialog.delete_button.click()
    assert "Belum ada kegiatan yang tertaut" in prompt_log.confirms[-1][1]
    assert workday_ctx.skp.plan(period.id).rhk == ()
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()


def test_move_up_and_down(dialog, workday_ctx) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    a, b, c = (workday_ctx.skp.add_rhk(period.id, rhk(n)) for n in ("Satu", "Dua", "Tiga"))
    dialog.reload_periods()
    dialog.select_rhk(c.id)
    assert not dialog.down_button.isEnabled()
    dialog.up_button.click()
    assert [r.id for r in workday_ctx.skp.plan(period.id).rhk] == [a.id, c.id, b.id]
    assert dialog.selected_rhk().id == c.id  # the selection follows the moved RHK
    dialog.up_button.click()
    assert [r.id for r in workday_ctx.skp.plan(period.id).rhk] == [c.id, a.id, b.id]
    assert not dialog.up_button.isEnabled()
    dialog.down_button.click()
    assert [r.id for r in workday_ctx.skp.plan(period.id).rhk] == [a.id, c.id, b.id]
    assert [row[0] for row in table_texts(dialog)] == ["1", "2", "3"]
    assert [row[2] for row in table_texts(dialog)] == ["Satu", "Tiga", "Dua"]


def test_export_then_import_into_another_year(qtbot, dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    workday_ctx.skp.add_rhk(
        period.id,
        Rhk(
            None,
            RhkKind.UTAMA,
            "Terlaksananya reviu “Rencana Kerja” bidang",
            "Jumlah dokumen reviu",
            4,
            "dokumen",
            "Sesuai kaidah",
            "12 bulan",
            "Meningkatnya kualitas perencanaan",
            (
                ActionPlan(None, "Reviu triwulan IV", 2026, quarter=4, target=1),
                ActionPlan(None, "Reviu Desember", 2026, month=12),
            ),
        ),
    )
    workday_ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.TAMBAHAN, "Notula rapat", "", 10, "notula"))
    dialog.reload_periods()
    target = tmp_path / "rencana"
    prompt_log.next_save_file = str(target)
    written = dialog.export_plan()
    assert written == tmp_path / "rencana.json"  # the extension is added
    assert prompt_log.save_requests == [("Ekspor rencana SKP", "rencana-skp-2026.json")]
    raw = written.read_bytes().decode("utf-8")
    assert "“Rencana Kerja”" in raw  # ensure_ascii=False
    assert '\n  "format": "absensi-skp-plan"' in raw  # indent 2
    assert json.loads(raw) == workday_ctx.skp.export_plan(period.id)

    # a new 2027 period, then the file into it
    dialog.new_period_button.click()
    assert dialog.year.value() == 2027
    dialog.create_button.click()
    assert dialog.selected_year() == 2027
    prompt_log.next_file = str(written)
    imported = dialog.import_plan()
    assert prompt_log.errors == []
    assert prompt_log.confirms == []  # the 2027 period was empty: nothing to replace
    assert (imported.period.first, imported.period.last) == (date(2027, 1, 1), date(2027, 12, 31))
    old = workday_ctx.skp.plan(period.id)
    new = workday_ctx.skp.plan(imported.period.id)
    assert [(r.kind, r.name, r.indicator, r.target, r.unit, r.quality, r.time, r.supports) for r in new.rhk] == [
        (r.kind, r.name, r.indicator, r.target, r.unit, r.quality, r.time, r.supports) for r in old.rhk
    ]
    assert [(a.description, a.year, a.month, a.quarter, a.target) for a in new.rhk[0].actions] == [
        ("Reviu triwulan IV", 2027, None, 4, 1),
        ("Reviu Desember", 2027, 12, None, None),
    ]
    assert dialog.period_combo.currentText() == "SKP 2027"
    assert [row[2] for row in table_texts(dialog)] == [r.name for r in old.rhk]
    assert "2 RHK diimpor ke SKP 2027 dari rencana.json" in dialog.message.text()


def test_import_into_period_with_rhk_asks_before_replacing(dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    kept = workday_ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    dropped = workday_ctx.skp.add_rhk(period.id, rhk("Notula rapat", unit="notula"))
    entry = workday_ctx.worklog.add(
        EntryDraft(FRIDAY, Location.KANTOR, "Notula", time(8, 0), time(9, 0), rhk_id=dropped.id)
    )
    data = workday_ctx.skp.export_plan(period.id)
    data["rhk"] = [dict(data["rhk"][0], target=24), dict(data["rhk"][1], name="Telaahan staf")]
    path = tmp_path / "baru.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialog.reload_periods()
    before = workday_ctx.skp.plan(period.id)
    prompt_log.next_file = str(path)

    prompt_log.confirm_answer = False
    assert dialog.import_plan() is None
    text = prompt_log.confirms[-1][1]
    assert "Periode SKP 2026 sudah berisi 2 RHK" in text
    assert "1 kegiatan akan kehilangan tautan" in text
    assert workday_ctx.skp.plan(period.id) == before

    prompt_log.confirm_answer = True
    dialog.import_plan()
    after = workday_ctx.skp.plan(period.id)
    assert [(r.name, r.target) for r in after.rhk] == [("Laporan kinerja", 24), ("Telaahan staf", 12)]
    assert after.rhk[0].id == kept.id  # same name: updated in place
    assert workday_ctx.worklog.get(entry.id).rhk_id is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "bukan berkas JSON yang bisa dibaca"),
        (b"{ not json", "bukan berkas JSON yang bisa dibaca"),
        (b'{"hello": "world"}', "bukan rencana SKP Absensi"),
        (
            b'{"format": "absensi-skp-plan", "version": 1, "period": {"first": "2026-01-01", "last": "2026-12-31"},'
            b' "rhk": [{"kind": "utama", "name": "A", "target": 0, "unit": "x"}]}',
            "RHK ke-1: Target kuantitas harus antara 1 dan 1000000.",
        ),
    ],
)
def test_import_of_bad_file_gives_message_and_changes_nothing(
    dialog, workday_ctx, prompt_log, tmp_path, content, message  # noqa: ANN001
) -> None:
    period = workday_ctx.skp.ensure_year(2026)
    workday_ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    dialog.reload_periods()
    before = (workday_ctx.skp.periods(), workday_ctx.skp.plan(period.id))
    path = tmp_path / "rusak.json"
    path.write_bytes(content)
    prompt_log.next_file = str(path)
    dialog.import_button.click()
    ((title, text),) = prompt_log.errors
    assert title == "Impor rencana SKP"
    assert message in text
    assert (workday_ctx.skp.periods(), workday_ctx.skp.plan(period.id)) == before


def test_import_of_missing_file_gives_message(dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    prompt_log.next_file = str(tmp_path / "hilang.json")
    dialog.import_button.click()
    ((_title, text),) = prompt_log.errors
    assert "\u201chilang.json\u201d tidak bisa dibaca" in text
    assert workday_ctx.skp.periods() == []


def test_export_to_unwritable_place_gives_message(dialog, workday_ctx, prompt_log, tmp_path) -> None:  # noqa: ANN001
    period = workday_ctx.skp.ensure_year(2026)
    workday_ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    dialog.reload_periods()
    prompt_log.next_save_file = str(tmp_path / "tidak-ada" / "rencana.json")
    assert dialog.export_plan() is None
    ((_title, text),) = prompt_log.errors
    assert "\u201crencana.json\u201d tidak bisa disimpan" in text


def test_disclaimer_and_existing_plan_on_open(qtbot, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    from absensi_app.services.demo import fill_demo_month

    fill_demo_month(workday_ctx.worklog, 2026, 11, workday_ctx.clock.today(), workday_ctx.skp)
    d = make_dialog(qtbot, workday_ctx)
    assert not d.new_box.isVisible()
    assert d.period_combo.currentText() == "SKP 2026"
    assert d.table.rowCount() == 4
    assert table_texts(d)[0][4] == "300 laporan"
    assert table_texts(d)[3][1] == "Tambahan"
    assert d.disclaimer.isVisible()
    assert "bukan predikat kinerja resmi" in d.disclaimer.text()
    assert d.export_button.isEnabled()


def test_action_cells_are_edited_with_month_or_triwulan_and_target_editors(dialog, workday_ctx) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QStyleOptionViewItem

    workday_ctx.skp.ensure_year(2026)
    dialog.reload_periods()
    dialog.add_button.click()
    actions = dialog.form.actions
    actions.add_button.click()
    table = actions.table
    span_index = table.model().index(0, 1)
    span_delegate = table.itemDelegateForColumn(1)
    combo = span_delegate.createEditor(table.viewport(), QStyleOptionViewItem(), span_index)
    span_delegate.setEditorData(combo, span_index)
    assert combo.currentText() == "Triwulan I"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[:5] == ["Triwulan I", "Januari", "Februari", "Maret", "Triwulan II"]
    assert len(labels) == 16  # 4 triwulan + 12 months
    combo.setCurrentIndex(combo.findData("2026-m5"))
    span_delegate.setModelData(combo, table.model(), span_index)
    target_index = table.model().index(0, 2)
    target_delegate = table.itemDelegateForColumn(2)
    spin = target_delegate.createEditor(table.viewport(), QStyleOptionViewItem(), target_index)
    target_delegate.setEditorData(spin, target_index)
    assert spin.value() == 0 and spin.text() == "\u2013"
    spin.setValue(4)
    target_delegate.setModelData(spin, table.model(), target_index)
    table.item(0, 0).setText("Laporan Mei")
    assert table.item(0, 1).text() == "Mei"
    assert table.item(0, 2).text() == "4"
    (action,) = actions.actions()
    assert (action.description, action.year, action.month, action.quarter, action.target) == ("Laporan Mei", 2026, 5, None, 4)
    actions.remove_current()
    assert actions.actions() == ()


def test_escape_closes_the_new_period_panel_before_the_dialog(dialog, workday_ctx) -> None:  # noqa: ANN001
    workday_ctx.skp.ensure_year(2026)
    dialog.reload_periods()
    dialog.new_period_button.click()
    assert dialog.new_box.isVisible()
    dialog.reject()  # Esc
    assert not dialog.new_box.isVisible() and dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_delete_period_asks_and_unlinks_entries(qtbot, workday_ctx, prompt_log) -> None:  # noqa: ANN001
    from datetime import time

    from absensi_app.domain.model import EntryDraft, Location

    ctx = workday_ctx
    period = ctx.skp.ensure_year(2026)
    r = ctx.skp.add_rhk(period.id, rhk("Laporan kinerja"))
    e = ctx.worklog.add(EntryDraft(ctx.clock.today(), Location.KANTOR, "Laporan", time(8), time(9), None, 1, "laporan", rhk_id=r.id))
    d = make_dialog(qtbot, ctx)
    assert d.delete_period_button.isEnabled()
    prompt_log.confirm_answer = False
    assert d.delete_period() is False and ctx.skp.periods() != []
    title, text = prompt_log.confirms[-1]
    assert title == "Hapus periode" and "SKP 2026 beserta 1 RHK" in text and "1 kegiatan" in text
    prompt_log.confirm_answer = True
    assert d.delete_period() is True
    assert ctx.skp.periods() == [] and ctx.worklog.get(e.id).rhk_id is None
    assert d.period_combo.count() == 0 and not d.delete_period_button.isEnabled()
