"""The "Kalender kerja" dialog over a real database: holidays, Ramadan hours, off-site limit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from absensi_app.domain.hours import RamadanPeriod
from absensi_app.views.calendar_dialog import CalendarDialog


@pytest.fixture
def dialog(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    d = CalendarDialog(workday_ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def row_texts(d: CalendarDialog, day: date) -> list[str] | None:
    for i, row in enumerate(d.rows()):
        if row.day == day:
            return [d.table.item(i, c).text() for c in range(3)]
    return None


def test_lists_the_years_national_holidays_with_weekday(dialog, workday_ctx) -> None:  # noqa: ANN001
    assert dialog.selected_year == 2026
    assert dialog.holiday_box.title() == "Hari libur dan cuti bersama 2026"
    assert row_texts(dialog, date(2026, 8, 17)) == [
        "Senin, 17 Agustus 2026",
        "Hari Kemerdekaan Republik Indonesia",
        "Nasional",
    ]
    assert row_texts(dialog, date(2026, 12, 24)) == ["Kamis, 24 Desember 2026", "Cuti Bersama Hari Raya Natal", "Nasional"]
    national = workday_ctx.calendar.national_between(date(2026, 1, 1), date(2026, 12, 31))
    assert [r.day for r in dialog.rows()] == sorted(national)
    assert not dialog.estimate_note.isVisible()  # 2026 dates are fixed by decree


def test_add_regional_holiday(dialog, workday_ctx) -> None:  # noqa: ANN001
    dialog.add_date.setDate(QDate(2026, 4, 20))
    dialog.add_name.setText("Hari Jadi Kabupaten Contoh")
    dialog.add_button.click()
    assert row_texts(dialog, date(2026, 4, 20)) == ["Senin, 20 April 2026", "Hari Jadi Kabupaten Contoh", "Ditambahkan"]
    assert dialog.selected_row().day == date(2026, 4, 20)
    assert workday_ctx.calendar.holidays_between(date(2026, 4, 20), date(2026, 4, 20)) == {
        date(2026, 4, 20): "Hari Jadi Kabupaten Contoh"
    }
    assert workday_ctx.worklog.day(date(2026, 4, 20)).expected_minutes == 0
    assert dialog.add_name.text() == ""
    assert "ditambahkan sebagai hari libur" in dialog.message.text()
    # it can be removed again: it simply disappears
    dialog.remove_button.click()
    assert row_texts(dialog, date(2026, 4, 20)) is None
    assert workday_ctx.calendar.holidays_between(date(2026, 4, 20), date(2026, 4, 20)) == {}


def test_holiday_in_another_year_switches_to_that_year(dialog, workday_ctx) -> None:  # noqa: ANN001
    dialog.add_date.setDate(QDate(2027, 4, 12))
    dialog.add_name.setText("Hari Jadi Kabupaten Contoh")
    dialog.add_name.returnPressed.emit()  # Enter in the name field adds
    assert dialog.selected_year == 2027
    assert row_texts(dialog, date(2027, 4, 12))[2] == "Ditambahkan"
    assert dialog.selected_row().day == date(2027, 4, 12)


def test_bad_holiday_input_is_refused(dialog, workday_ctx) -> None:  # noqa: ANN001
    before = workday_ctx.calendar.changes()
    dialog.add_date.setDate(QDate(2026, 4, 20))
    dialog.add_name.setText("   ")
    dialog.add_button.click()
    assert dialog.holiday_error.isVisible()
    assert dialog.holiday_error.text() == "Nama hari libur wajib diisi."
    dialog.add_name.setText("x" * 201)
    dialog.add_button.click()
    assert "terlalu panjang" in dialog.holiday_error.text()
    assert workday_ctx.calendar.changes() == before
    assert row_texts(dialog, date(2026, 4, 20)) is None


def test_make_national_holiday_a_working_day_then_reset(dialog, workday_ctx) -> None:  # noqa: ANN001
    labour_day = date(2026, 5, 1)
    assert dialog.select_day(labour_day)
    assert dialog.remove_button.isEnabled() and not dialog.reset_button.isEnabled()
    dialog.remove_button.click()
    assert row_texts(dialog, labour_day) == ["Jumat, 1 Mei 2026", "Hari Buruh Internasional", "Dihapus"]
    assert dialog.table.item(dialog.table.currentRow(), 1).font().strikeOut()
    assert labour_day not in workday_ctx.calendar.holidays_between(labour_day, labour_day)
    assert workday_ctx.worklog.day(labour_day).expected_minutes > 0
    assert not dialog.remove_button.isEnabled() and dialog.reset_button.isEnabled()

    dialog.reset_button.click()
    assert row_texts(dialog, labour_day)[2] == "Nasional"
    assert workday_ctx.calendar.holidays_between(labour_day, labour_day) == {labour_day: "Hari Buruh Internasional"}
    assert workday_ctx.calendar.changes() == []
    assert "kembali mengikuti kalender nasional" in dialog.message.text()


def test_renamed_national_holiday_shows_as_own_and_resets(dialog, workday_ctx) -> None:  # noqa: ANN001
    day = date(2026, 8, 17)
    dialog.add_date.setDate(QDate(2026, 8, 17))
    dialog.add_name.setText("HUT RI ke-81")
    dialog.add_button.click()
    assert row_texts(dialog, day)[1:] == ["HUT RI ke-81", "Ditambahkan"]
    assert "Hari Kemerdekaan Republik Indonesia" in dialog.table.item(dialog.table.currentRow(), 0).toolTip()
    dialog.reset_button.click()
    assert row_texts(dialog, day)[1:] == ["Hari Kemerdekaan Republik Indonesia", "Nasional"]


def test_estimated_dates_are_marked(dialog) -> None:  # noqa: ANN001
    dialog.year.setValue(2027)
    assert dialog.holiday_box.title() == "Hari libur dan cuti bersama 2027"
    texts = row_texts(dialog, date(2027, 3, 10))
    assert texts == ["Rabu, 10 Maret 2027", "Hari Raya Idul Fitri (perkiraan)", "Nasional (perkiraan)"]
    i = next(i for i, r in enumerate(dialog.rows()) if r.day == date(2027, 3, 10))
    assert dialog.table.item(i, 0).font().italic()
    assert "perkiraan" in dialog.table.item(i, 0).toolTip()
    assert dialog.estimate_note.isVisible()
    # a date set by decree in the same year is not marked
    assert row_texts(dialog, date(2027, 8, 17))[2] == "Nasional"


def test_ramadan_hours_set_refused_and_cleared(dialog, workday_ctx) -> None:  # noqa: ANN001
    # not set yet: dates suggested from Idul Fitri (21 March 2026), 32.5 hours
    assert dialog.ramadan_box.title() == "Jam kerja Ramadan 2026"
    assert dialog.ramadan_first.date() == QDate(2026, 2, 19)
    assert dialog.ramadan_last.date() == QDate(2026, 3, 20)
    assert dialog.ramadan_hours.value() == 32.5
    assert "Belum diatur" in dialog.ramadan_state.text()
    assert not dialog.ramadan_clear.isEnabled()
    assert workday_ctx.calendar.ramadan_periods() == []

    dialog.ramadan_first.setDate(QDate(2026, 2, 18))
    dialog.ramadan_last.setDate(QDate(2026, 3, 19))
    dialog.ramadan_save.click()
    stored = RamadanPeriod(date(2026, 2, 18), date(2026, 3, 19), 1950)
    assert workday_ctx.calendar.ramadan_periods() == [stored]
    assert dialog.ramadan_state.text() == "Tersimpan: 18 Februari 2026 s.d. 19 Maret 2026, 32,5 jam seminggu."
    assert dialog.ramadan_clear.isEnabled()

    dialog.ramadan_last.setDate(QDate(2026, 2, 10))  # before the start
    dialog.ramadan_save.click()
    assert dialog.ramadan_error.isVisible()
    assert dialog.ramadan_error.text() == "Akhir periode Ramadan tidak boleh sebelum awalnya."
    dialog.ramadan_last.setDate(QDate(2026, 4, 30))  # far too long
    dialog.ramadan_save.click()
    assert dialog.ramadan_error.text() == "Periode Ramadan paling lama 31 hari."
    assert workday_ctx.calendar.ramadan_periods() == [stored]

    dialog.ramadan_last.setDate(QDate(2026, 3, 19))
    dialog.ramadan_hours.setValue(30)
    dialog.ramadan_save.click()
    assert not dialog.ramadan_error.isVisible()
    assert workday_ctx.calendar.ramadan_periods() == [RamadanPeriod(date(2026, 2, 18), date(2026, 3, 19), 1800)]
    assert workday_ctx.worklog.day(date(2026, 3, 2)).expected_minutes == 1800 // 5

    dialog.ramadan_clear.click()
    assert workday_ctx.calendar.ramadan_periods() == []
    assert "Belum diatur" in dialog.ramadan_state.text()


def test_ramadan_is_per_year(dialog, workday_ctx) -> None:  # noqa: ANN001
    workday_ctx.calendar.set_ramadan(date(2026, 2, 18), date(2026, 3, 19))
    dialog.year.setValue(2027)
    assert "Belum diatur" in dialog.ramadan_state.text()
    assert dialog.ramadan_first.date().year() == 2027
    dialog.year.setValue(2026)
    assert dialog.ramadan_first.date() == QDate(2026, 2, 18)
    assert dialog.ramadan_state.text().startswith("Tersimpan")


def test_offsite_limit_saved(qtbot, dialog, workday_ctx) -> None:  # noqa: ANN001
    assert dialog.offsite.value() == 2
    dialog.offsite.setValue(3)
    assert workday_ctx.calendar.offsite_limit() == 3
    assert dialog.offsite_state.text() == "Tersimpan: paling banyak 3 hari seminggu."
    dialog.offsite.setValue(0)
    assert workday_ctx.calendar.offsite_limit() == 0
    again = CalendarDialog(workday_ctx)
    qtbot.addWidget(again)
    assert again.offsite.value() == 0
    assert again.offsite.maximum() == 7
