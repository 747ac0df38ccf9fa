"""The RHK picker of the entry form: choose an RHK (and a Rencana Aksi) for an entry."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.views.entry_form import EntryForm

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def plan(workday_ctx):  # noqa: ANN001, ANN201
    """An SKP 2026 with two RHK; the first has two Rencana Aksi."""
    skp = workday_ctx.skp
    period = skp.ensure_year(2026)
    report = skp.add_rhk(
        period.id,
        Rhk(
            None,
            RhkKind.UTAMA,
            "Tersusunnya laporan capaian kinerja bidang",
            "Jumlah laporan capaian kinerja",
            12,
            "laporan",
            actions=(
                ActionPlan(None, "Laporan triwulan III", 2026, quarter=3, target=3),
                ActionPlan(None, "Laporan November", 2026, month=11, target=1),
            ),
        ),
    )
    advice = skp.add_rhk(
        period.id,
        Rhk(None, RhkKind.TAMBAHAN, "Tersedianya telaahan kebijakan", "Jumlah telaahan", 6, "telaahan"),
    )
    return report, advice


def offer(window) -> None:  # noqa: ANN001
    """What the main window will do on load_day once it is wired."""
    window.form.set_rhk_choices(window.ctx.skp.choices(window.current_day))


def type_entry(qtbot, form, text: str, start: str = "08:00", end: str = "09:00") -> None:  # noqa: ANN001
    from PySide6.QtCore import QTime

    form.start.setTime(QTime.fromString(start, "HH:mm"))
    form.end.setTime(QTime.fromString(end, "HH:mm"))
    form.description.clear()
    qtbot.keyClicks(form.description, text)


def test_picker_hidden_without_plan_and_entry_has_no_link(qtbot, window) -> None:  # noqa: ANN001
    offer(window)
    assert not window.form.rhk.isVisible()
    type_entry(qtbot, window.form, "Rapat koordinasi")
    window.form.save_button.click()
    (entry,) = window.ctx.worklog.day(FRIDAY).entries
    assert (entry.rhk_id, entry.action_id) == (None, None)


def test_choose_rhk_by_typing_and_action_then_save(qtbot, window, plan) -> None:  # noqa: ANN001
    report, advice = plan
    offer(window)
    form = window.form
    assert form.rhk.isVisible()
    assert [form.rhk.itemText(i) for i in range(form.rhk.count())] == [
        "\u2014 tanpa RHK \u2014",
        report.name,
        advice.name,
    ]
    assert not form.action.isVisible()  # no RHK chosen yet: no Rencana Aksi to offer

    type_entry(qtbot, form, "Menyusun laporan capaian bulan November")
    form.rhk.lineEdit().selectAll()
    qtbot.keyClicks(form.rhk.lineEdit(), "CAPAIAN")  # part of the name, any case
    form.rhk.lineEdit().editingFinished.emit()
    assert form.rhk.currentData() == report.id
    assert form.rhk.currentText() == report.name
    assert form.action.isVisible()
    # only the Rencana Aksi of the day's month or triwulan are offered (not Triwulan III)
    assert [form.action.itemText(i) for i in range(form.action.count())] == [
        "\u2014 tanpa Rencana Aksi \u2014",
        "November: Laporan November",
    ]
    november = report.actions[1]
    form.action.setCurrentIndex(form.action.findData(november.id))
    form.quantity.setValue(1)
    form.unit.setEditText("laporan")
    qtbot.keyClick(form.description, Qt.Key_S, Qt.ControlModifier)

    (entry,) = window.ctx.worklog.day(FRIDAY).entries
    assert (entry.rhk_id, entry.action_id, entry.quantity) == (report.id, november.id, 1)
    # the next entry starts without an RHK
    assert form.rhk.currentIndex() == 0
    assert form.draft().rhk_id is None


def test_choosing_another_rhk_lists_only_its_actions(window, plan) -> None:  # noqa: ANN001
    report, advice = plan
    offer(window)
    form = window.form
    form.rhk.setCurrentIndex(form.rhk.findData(report.id))
    form.action.setCurrentIndex(2)
    form.rhk.setCurrentIndex(form.rhk.findData(advice.id))
    assert form.action.count() == 1 and form.action.currentData() is None
    assert not form.action.isVisible()
    draft = form.draft()
    assert (draft.rhk_id, draft.action_id) == (advice.id, None)


def test_edit_preselects_rhk_and_action_and_keeps_them(qtbot, window, plan) -> None:  # noqa: ANN001
    report, _advice = plan
    action = report.actions[1]  # "Laporan November": the day is in November
    entry = window.ctx.worklog.add(
        EntryDraft(FRIDAY, Location.KANTOR, "Menyusun laporan", time(8, 0), time(9, 0), rhk_id=report.id, action_id=action.id)
    )
    window.load_day(FRIDAY)
    offer(window)
    window.edit_row(0)
    form = window.form
    assert form.rhk.currentData() == report.id
    assert form.rhk.currentText() == report.name
    assert form.action.currentData() == action.id
    form.description.setText("Menyusun laporan capaian triwulan")
    qtbot.keyClick(form.description, Qt.Key_S, Qt.ControlModifier)
    stored = window.ctx.worklog.get(entry.id)
    assert (stored.description, stored.rhk_id, stored.action_id) == ("Menyusun laporan capaian triwulan", report.id, action.id)


def test_edit_keeps_link_to_rhk_missing_from_choices(qtbot, window, plan) -> None:  # noqa: ANN001
    report, advice = plan
    entry = window.ctx.worklog.add(
        EntryDraft(FRIDAY, Location.KANTOR, "Telaahan", time(8, 0), time(9, 0), rhk_id=advice.id)
    )
    window.load_day(FRIDAY)
    window.form.set_rhk_choices([report])  # the entry's RHK is not offered
    window.edit_row(0)
    form = window.form
    assert form.rhk.isVisible()
    assert form.rhk.currentData() == advice.id
    assert str(advice.id) in form.rhk.currentText()
    assert form.draft().rhk_id == advice.id
    form.description.setText("Telaahan kebijakan")
    form.save_button.click()
    assert window.ctx.worklog.get(entry.id).rhk_id == advice.id
    # refreshing the choices while editing does not drop the selection either
    window.edit_row(0)
    form.set_rhk_choices(window.ctx.skp.choices(FRIDAY))
    assert form.rhk.currentData() == advice.id
    assert form.rhk.currentText() == advice.name


def test_unknown_or_ambiguous_typed_rhk_is_refused(qtbot, window, plan) -> None:  # noqa: ANN001
    offer(window)
    form = window.form
    type_entry(qtbot, form, "Rapat")
    form.rhk.setEditText("RHK yang tidak ada")
    form.save_button.click()
    assert form.error.isVisible()
    assert "tidak ada di daftar" in form.error.text()
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    form.rhk.setEditText("Ter")  # both names contain "ter"
    form.save_button.click()
    assert "tidak ada di daftar" in form.error.text()
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    form.rhk.setEditText("")  # an emptied field means no RHK
    form.save_button.click()
    (entry,) = window.ctx.worklog.day(FRIDAY).entries
    assert entry.rhk_id is None


def test_service_refusal_of_link_is_shown_on_the_form(qtbot, window, plan) -> None:  # noqa: ANN001
    report, _advice = plan
    offer(window)
    window.ctx.skp.delete_rhk(report.id)  # deleted elsewhere after the list was filled
    form = window.form
    type_entry(qtbot, form, "Menyusun laporan")
    form.rhk.setCurrentIndex(form.rhk.findData(report.id))
    form.save_button.click()
    assert f"RHK nomor {report.id} tidak ada" in form.error.text()
    assert window.ctx.worklog.day(FRIDAY).entries == ()


def test_form_alone_emits_links_and_counts_choice_as_input(qtbot, plan) -> None:  # noqa: ANN001
    report, advice = plan
    form = EntryForm()
    qtbot.addWidget(form)
    form.new_entry(FRIDAY, time(8, 0), Location.KANTOR)
    form.set_rhk_choices([advice, report])
    assert form.rhk.itemData(1) == advice.id  # the given order (most used first) is kept
    assert not form.has_input()
    form.select_rhk(report.id, report.actions[0].id)
    assert form.has_input()
    form.description.setText("Menyusun laporan")
    with qtbot.waitSignal(form.submitted) as signal:
        form.submit()
    draft, entry_id = signal.args
    assert (draft.rhk_id, draft.action_id, entry_id) == (report.id, report.actions[0].id, 0)


def test_tab_order_goes_description_rhk_action_output(qtbot, window, plan) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    report, _advice = plan
    offer(window)
    form = window.form
    form.rhk.setCurrentIndex(form.rhk.findData(report.id))
    form.description.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.description)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] in (form.rhk, form.rhk.lineEdit())
    assert seen[1] is form.action
    assert seen[2] in (form.quantity, form.quantity.findChild(type(form.description)))
