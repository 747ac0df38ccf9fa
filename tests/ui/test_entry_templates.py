"""Templates in the entry form: pick one (typed fields win), save the form or a selected entry as
one, a duplicate name replaced or kept, the keyboard path; over a real database."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.skp import ActionPlan, Rhk, RhkKind
from absensi_app.domain.templates import TaskTemplate
from absensi_app.views.entry_templates import SEARCH_FROM, attach_templates

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def win(window):  # noqa: ANN001, ANN201
    """The main window with the templates glue (as the window's ``attach`` will add it)."""
    glue = attach_templates(window)
    assert attach_templates(window) is glue  # once only, also when attached again
    window.glue = glue
    return window


@pytest.fixture
def report(workday_ctx):  # noqa: ANN001, ANN201
    """An RHK of 2026 with a Rencana Aksi for November and one for March, offered on FRIDAY."""
    period = workday_ctx.skp.ensure_year(2026)
    return workday_ctx.skp.add_rhk(period.id, Rhk(
        None, RhkKind.UTAMA, "Tersusunnya laporan capaian kinerja bidang", "Jumlah laporan", 12, "laporan",
        actions=(ActionPlan(None, "Laporan November", 2026, month=11, target=1),
                 ActionPlan(None, "Laporan Maret", 2026, month=3, target=1)),
    ))  # fmt: skip


def offer(window) -> None:  # noqa: ANN001
    window.form.set_rhk_choices(window.ctx.skp.choices(window.current_day))


def pick(form, name: str) -> None:  # noqa: ANN001
    """Open the Templat menu as the user would and choose ``name``."""
    form.template_button.click()
    menu = form.templates
    assert menu.isVisible()
    (item,) = [i for i in menu.items if name in i.text()]
    item.trigger()


def test_pick_fills_the_blank_form_then_saving_makes_the_entry(qtbot, win, report) -> None:  # noqa: ANN001
    november = report.actions[0]
    win.ctx.templates.add(TaskTemplate("Laporan bulanan", "Menyusun laporan capaian kinerja bulanan",
                                       Location.RUMAH, report.id, november.id, "laporan", 150))  # fmt: skip
    offer(win)
    form = win.form
    start = form.start.time()
    pick(form, "Laporan bulanan")
    assert form.description.text() == "Menyusun laporan capaian kinerja bulanan"
    assert form.location.currentData() == Location.RUMAH.value
    assert (form.rhk_id(), form.action_id()) == (report.id, november.id)
    assert form.unit.currentText() == "laporan"
    assert form.end.time() == start.addSecs(150 * 60)
    assert not form.notice.isVisible()
    assert "Laporan bulanan" in win.statusBar().currentMessage()
    form.quantity.setValue(1)
    form.save_button.click()
    (entry,) = win.ctx.worklog.day(FRIDAY).entries
    assert (entry.description, entry.location, entry.minutes) == (
        "Menyusun laporan capaian kinerja bulanan", Location.RUMAH, 150)
    assert (entry.rhk_id, entry.action_id, entry.quantity, entry.unit) == (report.id, november.id, 1, "laporan")


def test_typed_fields_win_and_a_second_template_replaces_only_what_the_first_filled(qtbot, win, report) -> None:  # noqa: ANN001
    templates = win.ctx.templates
    templates.add(TaskTemplate("Rapat", "Rapat koordinasi mingguan", Location.KANTOR_LAIN, unit="notula", minutes=90))
    templates.add(TaskTemplate("Laporan", "Menyusun laporan", Location.RUMAH, report.id, unit="laporan", minutes=30))
    offer(win)
    form = win.form
    form.start.setTime(QTime(9, 0))
    form.end.setTime(QTime(9, 45))  # typed
    qtbot.keyClicks(form.description, "Rapat evaluasi program")
    form.location.setCurrentIndex(form.location.findData(Location.DINAS_LUAR.value))
    pick(form, "Rapat")
    assert form.description.text() == "Rapat evaluasi program"
    assert form.location.currentData() == Location.DINAS_LUAR.value
    assert form.end.time() == QTime(9, 45)
    assert form.unit.currentText() == "notula"  # not typed: filled
    assert form.rhk_id() is None
    pick(form, "Laporan")  # the wrong template first: the second one replaces what it filled
    assert form.unit.currentText() == "laporan"
    assert form.rhk_id() == report.id
    assert form.description.text() == "Rapat evaluasi program"
    assert form.end.time() == QTime(9, 45)


def test_duration_only_and_past_midnight(qtbot, win) -> None:  # noqa: ANN001
    win.ctx.templates.add(TaskTemplate("Piket", "Piket jaringan malam", minutes=120))
    form = win.form
    form.start.setTime(QTime(23, 0))
    form.end.setTime(QTime(23, 30))
    form.new_entry(FRIDAY, time(23, 0), Location.KANTOR)
    pick(form, "Piket")
    assert form.description.text() == "Piket jaringan malam"
    assert form.notice.isVisible()
    assert "melewati tengah malam" in form.notice.text()
    form.new_entry(FRIDAY, time(8, 0), Location.KANTOR)
    assert not form.notice.isVisible()
    form.duration_only.setChecked(True)
    pick(form, "Piket")
    assert form.duration.value() == 120
    assert form.location.currentData() == Location.KANTOR.value  # the template names no place


def test_template_whose_rhk_was_deleted_says_so_and_fills_the_rest(qtbot, win, report) -> None:  # noqa: ANN001
    win.ctx.templates.add(TaskTemplate("Laporan", "Menyusun laporan", Location.RUMAH, report.id,
                                       report.actions[0].id, "laporan", 60))  # fmt: skip
    win.ctx.skp.delete_rhk(report.id)
    offer(win)
    form = win.form
    pick(form, "Laporan")
    assert form.notice.isVisible()
    assert f"RHK templat ini (nomor {report.id}) tidak ada di daftar RHK" in form.notice.text()
    assert (form.description.text(), form.location.currentData(), form.unit.currentText()) == (
        "Menyusun laporan", Location.RUMAH.value, "laporan")
    assert (form.rhk_id(), form.action_id()) == (None, None)
    form.save_button.click()
    assert form.error.text() == ""
    (entry,) = win.ctx.worklog.day(FRIDAY).entries
    assert (entry.description, entry.rhk_id) == ("Menyusun laporan", None)


def test_rencana_aksi_of_another_month_is_left_out(qtbot, win, report) -> None:  # noqa: ANN001
    march = report.actions[1]
    win.ctx.templates.add(TaskTemplate("Maret", "Laporan Maret", rhk_id=report.id, action_id=march.id))
    offer(win)
    pick(win.form, "Maret")
    assert (win.form.rhk_id(), win.form.action_id()) == (report.id, None)
    assert "Rencana Aksi templat ini tidak berlaku" in win.form.notice.text()


def test_save_form_as_template(qtbot, win, prompt_log, report) -> None:  # noqa: ANN001
    offer(win)
    form = win.form
    form.templates.save_item.trigger()  # nothing typed yet: said on the form, nothing asked
    assert "Isi dulu uraian kegiatan" in form.error.text()
    assert prompt_log.text_requests == []
    form.start.setTime(QTime(8, 0))
    form.end.setTime(QTime(9, 30))
    qtbot.keyClicks(form.description, "Rapat koordinasi mingguan bidang aplikasi informatika")
    form.location.setCurrentIndex(form.location.findData(Location.KANTOR_LAIN.value))
    form.select_rhk(report.id, report.actions[0].id)
    form.unit.setEditText("notula")
    prompt_log.next_text = "Rapat mingguan"
    form.templates.save_item.trigger()
    assert prompt_log.text_requests[0][0] == "Simpan sebagai templat"
    assert win.ctx.templates.list() == [TaskTemplate(
        "Rapat mingguan", "Rapat koordinasi mingguan bidang aplikasi informatika", Location.KANTOR_LAIN,
        report.id, report.actions[0].id, "notula", 90)]  # fmt: skip
    assert "Rapat mingguan" in win.statusBar().currentMessage()
    assert [i.text() for i in form.templates.items] == [
        "&1  Rapat mingguan  \u2014  Rapat koordinasi mingguan bidang aplikasi informatika"]
    assert form.description.text().startswith("Rapat koordinasi")  # the form is left as it was
    prompt_log.next_text = None  # cancelled: nothing more
    form.templates.save_item.trigger()
    assert len(win.ctx.templates.list()) == 1
    assert prompt_log.errors == []


def test_duplicate_name_kept_renamed_or_replaced_as_chosen(qtbot, win, prompt_log) -> None:  # noqa: ANN001
    templates = win.ctx.templates
    old = templates.add(TaskTemplate("Rapat Mingguan", "Rapat koordinasi", Location.RUMAH, minutes=60))
    form = win.form
    qtbot.keyClicks(form.description, "Rapat evaluasi")
    prompt_log.next_text = "rapat  MINGGUAN"
    prompt_log.next_choices = ["keep"]
    form.templates.save_item.trigger()
    (title, text, keys) = prompt_log.choices[0]
    assert "\u201cRapat Mingguan\u201d sudah ada" in text
    assert keys == ["replace", "rename", "keep"]
    assert templates.list() == [old]
    prompt_log.next_choices = ["rename", None]  # another name... the same one again, then closed
    form.templates.save_item.trigger()
    assert len(prompt_log.choices) == 3 and len(prompt_log.text_requests) == 3
    assert templates.list() == [old]
    prompt_log.next_choices = ["replace"]
    form.templates.save_item.trigger()
    (saved,) = templates.list()
    assert (saved.name, saved.description, saved.location) == ("rapat MINGGUAN", "Rapat evaluasi", Location.KANTOR)
    assert prompt_log.errors == []


def test_refused_template_shows_the_reason_and_a_replace_keeps_the_old_one(qtbot, win, prompt_log) -> None:  # noqa: ANN001
    templates = win.ctx.templates
    old = templates.add(TaskTemplate("Rapat", "Rapat koordinasi"))
    form = win.form
    qtbot.keyClicks(form.description, "Rapat evaluasi")
    prompt_log.next_text = "n" * 101
    form.templates.save_item.trigger()
    assert "Nama templat terlalu panjang" in prompt_log.errors[-1][1]
    prompt_log.next_text = "Rapat"
    prompt_log.next_choices = ["replace"]
    form.description.setText("Rapat \u0007 evaluasi")  # a control character: refused before the old one goes
    form.templates.save_item.trigger()
    assert len(prompt_log.errors) == 2
    assert templates.list() == [old]


def test_create_from_the_selected_entry(qtbot, win, prompt_log, report) -> None:  # noqa: ANN001
    entry = win.ctx.worklog.add(EntryDraft(FRIDAY, Location.RUMAH, "Menyusun telaahan kebijakan", time(8, 0),
                                           time(10, 30), quantity=1, unit="telaahan", rhk_id=report.id))  # fmt: skip
    win.load_day(FRIDAY)
    assert win.table.contextMenuPolicy() == Qt.ActionsContextMenu
    assert win.glue.table_action in win.table.actions()
    win.glue.table_action.trigger()  # nothing selected
    assert "Pilih dulu kegiatan" in win.statusBar().currentMessage()
    assert prompt_log.text_requests == []
    win.table.selectRow(0)
    win.form.open_templates()
    assert win.form.templates.from_entry_item.isEnabled()
    win.form.templates.close()
    prompt_log.next_text = "Telaahan"
    win.form.templates.from_entry_item.trigger()
    assert win.ctx.templates.get("telaahan") == TaskTemplate(
        "Telaahan", entry.description, Location.RUMAH, report.id, None, "telaahan", 150)


def test_keyboard_shortcut_opens_the_menu_and_enter_chooses(qtbot, win) -> None:  # noqa: ANN001
    win.ctx.templates.add(TaskTemplate("Rapat", "Rapat koordinasi mingguan", minutes=90))
    form = win.form
    form.description.setFocus()
    qtbot.keyClick(form.description, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    menu = form.templates
    assert menu.isVisible()
    assert [i.text() for i in menu.items] == ["&1  Rapat  \u2014  Rapat koordinasi mingguan"]  # read afresh when opened
    assert not menu.from_entry_item.isEnabled()  # no entry selected
    assert not menu.search.isVisible()  # few templates: numbered, no search line
    QTest.keyClick(menu.windowHandle(), Qt.Key_Return)
    assert not menu.isVisible()
    assert form.description.text() == "Rapat koordinasi mingguan"
    assert win.focusWidget() is form.description  # typing goes on there (offscreen, no window is re-activated)


def test_many_templates_type_ahead_then_enter(qtbot, win) -> None:  # noqa: ANN001
    for i in range(SEARCH_FROM):
        win.ctx.templates.add(TaskTemplate(f"Tugas {i}", f"Tugas rutin nomor {i}"))
    win.ctx.templates.add(TaskTemplate("Zoom", "Rapat daring dengan provinsi"))
    form = win.form
    qtbot.keyClick(form.description, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    menu = form.templates
    assert menu.isVisible() and menu.search.hasFocus()
    for ch in "daring":  # matches a description, not only a name
        QTest.keyClick(menu.windowHandle(), ch)
    assert [i.text() for i in menu.items if i.isVisible()] == ["Zoom  \u2014  Rapat daring dengan provinsi"]
    QTest.keyClick(menu.windowHandle(), Qt.Key_Return)
    assert form.description.text() == "Rapat daring dengan provinsi"


def test_empty_list_says_how_to_make_one(qtbot, win) -> None:  # noqa: ANN001
    win.form.open_templates()
    menu = win.form.templates
    assert menu.items == []
    texts = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
    assert any(t.startswith("Belum ada templat") for t in texts)
    menu.close()


def test_editing_an_entry_a_template_fills_only_empty_fields(qtbot, win) -> None:  # noqa: ANN001
    win.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat", time(8, 0), time(9, 0)))
    win.ctx.templates.add(TaskTemplate("Rapat", "Rapat koordinasi", Location.RUMAH, unit="notula", minutes=120))
    win.load_day(FRIDAY)
    win.edit_row(0)
    form = win.form
    pick(form, "Rapat")
    assert (form.description.text(), form.location.currentData(), form.end.time()) == (
        "Rapat", Location.KANTOR.value, QTime(9, 0))
    assert form.unit.currentText() == "notula"
