"""pytest-qt tests that drive the real main window over a real SQLite file."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from absensi_app.domain.model import DayStatus, EntryDraft, LeaveKind, Location

FRIDAY = date(2026, 11, 27)
THURSDAY = date(2026, 11, 26)


def type_entry(qtbot, win, start: str, end: str, text: str, qty: int = 0, unit: str = "") -> None:  # noqa: ANN001
    form = win.form
    form.start.setTime(QTime.fromString(start, "HH:mm"))
    form.end.setTime(QTime.fromString(end, "HH:mm"))
    form.description.clear()
    qtbot.keyClicks(form.description, text)
    form.quantity.setValue(qty)
    form.unit.setEditText(unit)


def save_with_keyboard(qtbot, win) -> None:  # noqa: ANN001
    qtbot.keyClick(win.form.description, Qt.Key_S, Qt.ControlModifier)


def test_opens_on_today_with_empty_day(window) -> None:  # noqa: ANN001
    assert window.current_day == FRIDAY
    assert window.title.text() == "Jumat, 27 November 2026"
    assert window.model.rowCount() == 0
    assert window.empty_label.isVisible()
    # the form suggests the schedule's start of day for the first entry
    assert window.form.start.time() == QTime(7, 30)


def test_add_entry_with_keyboard_then_undo_and_redo(qtbot, window) -> None:  # noqa: ANN001
    type_entry(qtbot, window, "07:30", "09:00", "Menyusun laporan bulanan", 1, "laporan")
    save_with_keyboard(qtbot, window)
    entries = window.ctx.worklog.day(FRIDAY).entries
    assert [(e.start, e.end, e.description, e.quantity, e.unit) for e in entries] == [
        (time(7, 30), time(9, 0), "Menyusun laporan bulanan", 1, "laporan")
    ]
    assert window.model.rowCount() == 1
    # the next entry starts where the last one ended
    assert window.form.start.time() == QTime(9, 0)
    assert "1 j 30 m" in window.total_label.text()

    qtbot.keyClick(window.form.description, Qt.Key_Z, Qt.ControlModifier)
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    assert window.model.rowCount() == 0
    qtbot.keyClick(window.form.description, Qt.Key_Y, Qt.ControlModifier)
    assert [e.description for e in window.ctx.worklog.day(FRIDAY).entries] == ["Menyusun laporan bulanan"]


def test_edit_entry_then_undo_restores_old_text(qtbot, window) -> None:  # noqa: ANN001
    entry = window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat", time(8, 0), time(9, 0)))
    window.load_day(FRIDAY)
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key_F2)
    assert window.form.editing is not None and window.form.editing.id == entry.id
    assert window.form.title() == "Ubah kegiatan"
    window.form.description.clear()
    qtbot.keyClicks(window.form.description, "Rapat koordinasi program")
    window.form.location.setCurrentIndex(window.form.location.findData("rumah"))
    save_with_keyboard(qtbot, window)
    stored = window.ctx.worklog.get(entry.id)
    assert (stored.description, stored.location) == ("Rapat koordinasi program", Location.RUMAH)
    assert window.form.editing is None

    window.undo_stack.undo()
    stored = window.ctx.worklog.get(entry.id)
    assert (stored.description, stored.location) == ("Rapat", Location.KANTOR)


def test_delete_with_key_and_undo_brings_same_entry_back(qtbot, window) -> None:  # noqa: ANN001
    keep = window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Tetap", time(7, 30), time(8, 0)))
    gone = window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Dihapus", time(8, 0), time(9, 0)))
    window.load_day(FRIDAY)
    window.table.selectRow(window.model.row_of(gone.id))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key_Delete)
    assert [e.id for e in window.ctx.worklog.day(FRIDAY).entries] == [keep.id]
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window.table, Qt.Key_Z, Qt.ControlModifier)
    assert [e.id for e in window.ctx.worklog.day(FRIDAY).entries] == [keep.id, gone.id]
    assert window.ctx.worklog.get(gone.id).description == "Dihapus"


def test_duration_only_entry(qtbot, window) -> None:  # noqa: ANN001
    window.form.duration_only.setChecked(True)
    window.form.duration.setValue(45)
    qtbot.keyClicks(window.form.description, "Membaca regulasi baru")
    window.form.save_button.click()
    (entry,) = window.ctx.worklog.day(FRIDAY).entries
    assert (entry.start, entry.end, entry.minutes) == (None, None, 45)


@pytest.mark.parametrize(
    ("start", "end", "text", "qty", "unit", "message"),
    [
        ("10:00", "09:00", "Rapat", 0, "", "Jam selesai (09:00) harus setelah jam mulai (10:00)."),
        ("10:00", "10:00", "Rapat", 0, "", "harus setelah jam mulai"),
        ("08:30", "09:30", "Rapat", 0, "", "bertumpuk dengan kegiatan 08:00-09:00"),
        ("10:00", "11:00", "   ", 0, "", "Uraian kegiatan wajib diisi."),
        ("10:00", "11:00", "Rapat", 10000, "laporan", "Jumlah output 10000 tidak masuk akal"),
        ("10:00", "11:00", "Rapat", 2, "", "Isi satuan output"),
        ("10:00", "11:00", "x" * 1001, 0, "", "Uraian kegiatan terlalu panjang (1001 karakter"),
        ("10:00", "11:00", "Rapat", 1, "u" * 41, "Satuan output terlalu panjang"),
    ],
)
def test_bad_input_is_refused_with_message_and_changes_nothing(
    qtbot, window, start, end, text, qty, unit, message  # noqa: ANN001
) -> None:
    window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Apel pagi", time(8, 0), time(9, 0)))
    window.load_day(FRIDAY)
    before = window.ctx.worklog.day(FRIDAY).entries
    type_entry(qtbot, window, start, end, text, qty, unit)
    save_with_keyboard(qtbot, window)
    assert window.form.error.isVisible()
    assert message in window.form.error.text()
    assert window.ctx.worklog.day(FRIDAY).entries == before
    assert window.undo_stack.count() == 0


def test_more_than_24_hours_in_a_day_is_refused(qtbot, window) -> None:  # noqa: ANN001
    window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Jaga posko", minutes=20 * 60))
    window.load_day(FRIDAY)
    window.form.duration_only.setChecked(True)
    window.form.duration.setValue(5 * 60)
    qtbot.keyClicks(window.form.description, "Lembur")
    window.form.save_button.click()
    assert "melebihi 24 jam" in window.form.error.text()
    assert len(window.ctx.worklog.day(FRIDAY).entries) == 1


def test_future_day_cannot_take_entries_but_can_take_leave(qtbot, window) -> None:  # noqa: ANN001
    qtbot.keyClick(window.form.description, Qt.Key_Right, Qt.AltModifier)
    assert window.current_day == date(2026, 11, 28)
    window.load_day(date(2026, 12, 1))
    assert not window.form.isEnabled()
    assert "belum terjadi" in window.empty_label.text()
    # a future date typed in some other way is still refused by the same rule
    window.form._day = date(2026, 12, 1)  # noqa: SLF001 - simulate a stale form
    window.form.setEnabled(True)
    qtbot.keyClicks(window.form.description, "Rencana")
    window.form.submit()
    assert "belum terjadi" in window.form.error.text()
    assert window.ctx.worklog.day(date(2026, 12, 1)).entries == ()

    window.status_combo.setCurrentIndex(window.status_combo.findData("cuti"))
    window.status_combo.activated.emit(window.status_combo.currentIndex())
    window.leave_combo.setCurrentIndex(window.leave_combo.findData("tahunan"))
    window.leave_combo.activated.emit(window.leave_combo.currentIndex())
    status = window.ctx.worklog.day(date(2026, 12, 1)).status
    assert (status.status, status.leave_kind) == (DayStatus.CUTI, LeaveKind.TAHUNAN)
    assert "Cuti Tahunan" in window.subtitle.text()


def test_day_status_change_is_undoable(qtbot, window) -> None:  # noqa: ANN001
    window.status_combo.setCurrentIndex(window.status_combo.findData("sakit"))
    window.status_combo.activated.emit(window.status_combo.currentIndex())
    assert window.ctx.worklog.day(FRIDAY).status.status is DayStatus.SAKIT
    assert window.total_label.text().startswith("Tercatat <b>0 m</b> (tidak ada target")
    window.undo_stack.undo()
    assert window.ctx.worklog.day(FRIDAY).status is None
    assert window.status_combo.currentData() == ""


def test_navigation_with_keyboard_and_calendar(qtbot, window) -> None:  # noqa: ANN001
    qtbot.keyClick(window.form.description, Qt.Key_Left, Qt.AltModifier)
    assert window.current_day == THURSDAY
    assert window.title.text() == "Kamis, 26 November 2026"
    qtbot.keyClick(window.form.description, Qt.Key_Left, Qt.AltModifier)
    qtbot.keyClick(window.form.description, Qt.Key_T, Qt.ControlModifier)
    assert window.current_day == FRIDAY
    window.calendar.clicked.emit(QDate(2026, 11, 17))
    assert window.current_day == date(2026, 11, 17)
    assert window.calendar.selectedDate() == QDate(2026, 11, 17)


def test_holiday_is_named_and_has_no_target(window) -> None:  # noqa: ANN001
    window.load_day(date(2026, 8, 17))
    assert "Hari Kemerdekaan Republik Indonesia" in window.subtitle.text()
    assert "tidak ada target" in window.total_label.text()


def test_copy_from_previous_day_and_undo(qtbot, window) -> None:  # noqa: ANN001
    w = window.ctx.worklog
    w.add(EntryDraft(THURSDAY, Location.KANTOR, "Apel pagi", time(7, 30), time(8, 0)))
    w.add(EntryDraft(THURSDAY, Location.RUMAH, "Menyusun telaahan", time(8, 0), time(11, 0), quantity=1, unit="telaahan"))
    window.load_day(FRIDAY)
    qtbot.keyClick(window.form.description, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    copied = w.day(FRIDAY).entries
    assert [(e.start, e.description, e.location, e.quantity) for e in copied] == [
        (time(7, 30), "Apel pagi", Location.KANTOR, None),
        (time(8, 0), "Menyusun telaahan", Location.RUMAH, 1),
    ]
    assert "disalin dari Kamis, 26 November 2026" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert w.day(FRIDAY).entries == ()
    assert len(w.day(THURSDAY).entries) == 2


def test_copy_with_nothing_before_explains_why(window, prompt_log) -> None:  # noqa: ANN001
    window.act_copy.trigger()
    assert prompt_log.errors and "Belum ada hari sebelumnya" in prompt_log.errors[0][1]


def test_autocomplete_offers_earlier_descriptions(qtbot, window) -> None:  # noqa: ANN001
    w = window.ctx.worklog
    w.add(EntryDraft(THURSDAY, Location.KANTOR, "Menyusun laporan capaian kinerja", time(7, 30), time(9, 0)))
    w.add(EntryDraft(THURSDAY, Location.KANTOR, "Rapat evaluasi", time(9, 0), time(10, 0)))
    window.load_day(FRIDAY)
    completer = window.form.description.completer()
    qtbot.keyClicks(window.form.description, "capaian")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Menyusun laporan capaian kinerja"


def test_evidence_file_is_copied_with_its_hash(qtbot, window, prompt_log, tmp_path) -> None:  # noqa: ANN001
    import hashlib

    source = tmp_path / "notula rapat.pdf"
    source.write_bytes(b"%PDF-1.4 contoh bukti")
    prompt_log.next_file = str(source)
    window.form.file_button.click()
    assert window.form.file_label.text() == "notula rapat.pdf"
    type_entry(qtbot, window, "13:00", "14:00", "Rapat koordinasi", 1, "notula")
    window.form.save_button.click()
    (entry,) = window.ctx.worklog.day(FRIDAY).entries
    assert entry.evidence.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    stored = window.ctx.paths.evidence_dir / entry.evidence.file_name
    assert stored.read_bytes() == source.read_bytes()


def test_cancel_edit_with_escape(qtbot, window) -> None:  # noqa: ANN001
    window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat", time(8, 0), time(9, 0)))
    window.load_day(FRIDAY)
    window.edit_row(0)
    window.form.description.setText("ubah yang tidak jadi")
    qtbot.keyClick(window.form.description, Qt.Key_Escape)
    assert window.form.editing is None
    assert window.form.description.text() == ""
    assert window.ctx.worklog.day(FRIDAY).entries[0].description == "Rapat"


def test_half_typed_entry_survives_a_status_change(qtbot, window) -> None:  # noqa: ANN001
    qtbot.keyClicks(window.form.description, "Menyusun laporan")
    window.form.quantity.setValue(2)
    window.status_combo.setCurrentIndex(window.status_combo.findData("hadir"))
    window.status_combo.activated.emit(window.status_combo.currentIndex())
    qtbot.keyClick(window.form.description, Qt.Key_T, Qt.ControlModifier)  # "today" again
    assert window.form.description.text() == "Menyusun laporan"
    assert window.form.quantity.value() == 2
    # moving to another day starts a fresh entry there
    window.load_day(THURSDAY)
    assert window.form.description.text() == ""


def test_a_saved_description_is_suggested_without_reading_the_whole_log_again(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    """The suggestions count over every entry (about 13 ms on ten years): a save offers its own
    description and unit at once without reading them again; any other reload reads them."""
    reads: list[str] = []
    real = window.ctx.worklog.suggestions
    monkeypatch.setattr(window.ctx.worklog, "suggestions", lambda *a, **k: reads.append("read") or real(*a, **k))

    type_entry(qtbot, window, "07:30", "09:00", "Menyusun telaahan staf", 1, "telaahan")
    save_with_keyboard(qtbot, window)
    assert [e.description for e in window.ctx.worklog.day(FRIDAY).entries] == ["Menyusun telaahan staf"]
    assert window.form._completions.stringList()[0] == "Menyusun telaahan staf"  # noqa: SLF001
    assert window.form.unit.findText("telaahan") >= 0
    assert reads == []

    window.load_day(THURSDAY)
    assert reads == ["read"]
    assert "Menyusun telaahan staf" in window.form._completions.stringList()  # noqa: SLF001 - read back from the log
