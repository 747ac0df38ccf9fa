"""pytest-qt tests of the progress view ("Kemajuan") inside the real main window, over a real
SQLite file. "Today" is Friday 2026-11-27 (``workday_ctx``); the default schedule is
Monday-Friday, 37.5 hours a week (7 j 30 m a day).

November 2026 has 21 working days (no national holiday): 157 j 30 m expected, 20 of them up
to today (150 j). October 2026 has 22 working days: 165 j.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from absensi_app.domain.hours import DayState
from absensi_app.domain.model import DayStatus, EntryDraft, Location
from absensi_app.domain.skp import PROGRESS_DISCLAIMER
from absensi_app.services.demo import SAMPLE_PLAN
from absensi_app.views.dashboard import DISCLAIMER, STATE_COLORS

FRIDAY = date(2026, 11, 27)


def add(ctx, day: date, location: Location, start: str, end: str, text: str = "Kegiatan", **extra):  # noqa: ANN001, ANN201
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    return ctx.worklog.add(EntryDraft(day, location, text, time(h1, m1), time(h2, m2), **extra))


def open_dashboard(qtbot, window):  # noqa: ANN001, ANN201
    """Ctrl+2 from the day view, as a user would."""
    qtbot.keyClick(window.form.description, Qt.Key_2, Qt.ControlModifier)
    assert window.is_dashboard_shown()
    return window.dashboard


def week_values(barset) -> list[float]:  # noqa: ANN001
    return [barset.at(i) for i in range(barset.count())]


def location_row(dashboard, location: Location) -> tuple[str, str]:  # noqa: ANN001
    hours, days = dashboard.locations.cells[location]
    return hours.text(), days.text()


def test_month_numbers_and_switching_months(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    add(ctx, date(2026, 11, 2), Location.KANTOR, "07:30", "15:00")  # 7 j 30 m
    add(ctx, date(2026, 11, 3), Location.RUMAH, "08:00", "12:00")  # 4 j
    add(ctx, date(2026, 10, 1), Location.KANTOR_LAIN, "07:30", "15:30")  # 8 j
    dash = open_dashboard(qtbot, window)

    assert dash.month_label.text() == "November 2026"
    assert dash.hours_card.value.text() == "11 j 30 m"
    assert dash.hours_card.detail.text() == "dari target bulan 157 j 30 m (7%)"
    assert dash.balance_card.value.text() == "\u2212138 j 30 m"  # 690 - 9000 minutes
    assert dash.balance_card.detail.text() == "terhadap target s.d. hari ini 150 j"
    assert dash.days_card.value.text() == "2 / 21"
    assert "18 kosong" in dash.days_card.detail.text()
    assert "1 akan datang" in dash.days_card.detail.text()
    assert dash.year_card.value.text() == "19 j 30 m"  # October's 8 j counts toward the year
    assert "1.250 j" in dash.year_card.detail.text()
    assert location_row(dash, Location.KANTOR) == ("7 j 30 m", "1")
    assert location_row(dash, Location.RUMAH) == ("4 j", "1")
    assert location_row(dash, Location.KANTOR_LAIN) == ("0 m", "0")
    # weeks Monday 26 Oct .. Monday 30 Nov; every week expects 37.5 hours
    assert dash.weeks.axis.categories() == ["26<br>Okt", "2<br>Nov", "9<br>Nov", "16<br>Nov", "23<br>Nov", "30<br>Nov"]
    assert week_values(dash.weeks.logged) == [0.0, 11.5, 0.0, 0.0, 0.0, 0.0]  # 1 Oct is in an earlier week
    assert week_values(dash.weeks.target) == [37.5] * 6

    qtbot.keyClick(dash.grid, Qt.Key_PageUp)
    assert (dash.year, dash.month) == (2026, 10)
    assert dash.month_label.text() == "Oktober 2026"
    assert dash.hours_card.value.text() == "8 j"
    assert dash.hours_card.detail.text() == "dari target bulan 165 j (5%)"
    assert dash.balance_card.value.text() == "\u2212157 j"
    assert dash.balance_card.detail.text() == "terhadap target sebulan penuh 165 j"
    assert dash.days_card.value.text() == "1 / 22"
    assert "21 kosong" in dash.days_card.detail.text()
    assert location_row(dash, Location.KANTOR_LAIN) == ("8 j", "1")
    assert location_row(dash, Location.KANTOR) == ("0 m", "0")
    assert dash.prev_button.text() == "\u25C0 September"
    assert dash.next_button.text() == "November \u25B6"

    qtbot.keyClick(dash.grid, Qt.Key_PageDown)
    assert dash.month_label.text() == "November 2026"
    assert dash.hours_card.value.text() == "11 j 30 m"


def test_year_card_counts_the_whole_year_to_date(qtbot, window) -> None:  # noqa: ANN001
    add(window.ctx, date(2026, 1, 5), Location.KANTOR, "07:30", "16:00")  # 8 j 30 m
    add(window.ctx, date(2026, 11, 2), Location.KANTOR, "07:30", "09:00")  # 1 j 30 m
    add(window.ctx, date(2025, 12, 31), Location.KANTOR, "07:30", "09:00")  # last year
    dash = open_dashboard(qtbot, window)
    assert dash.year_card.title.text() == "Tahun 2026 s.d. hari ini"
    assert dash.year_card.value.text() == "10 j"
    assert dash.year_card.bar.maximum() == 75_000
    assert dash.year_card.bar.value() == 600


def test_clicking_a_day_in_the_calendar_opens_it(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    target = date(2026, 11, 17)
    rect = dash.grid.cell_rect(target)
    assert rect.isValid()
    qtbot.mouseClick(dash.grid, Qt.LeftButton, pos=rect.center())
    assert window.current_day == target
    assert not window.is_dashboard_shown()
    assert window.pages.currentWidget() is window.day_page
    assert window.title.text() == "Selasa, 17 November 2026"
    assert window.act_show_day.isChecked()


def test_calendar_keyboard_opens_a_day(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    dash.grid.setFocus()
    qtbot.keyClick(dash.grid, Qt.Key_Left)  # from today (27) to Thursday 26
    qtbot.keyClick(dash.grid, Qt.Key_Up)  # a week earlier: 19
    qtbot.keyClick(dash.grid, Qt.Key_Return)
    assert window.current_day == date(2026, 11, 19)
    assert not window.is_dashboard_shown()


def test_offsite_warning_counts_flexible_days_but_not_dinas_luar(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    # week 16-22 Nov: three days off-site, one mixed day, one day of travel
    add(ctx, date(2026, 11, 16), Location.RUMAH, "07:30", "15:00")
    add(ctx, date(2026, 11, 17), Location.LOKASI_LAIN, "07:30", "15:00")
    add(ctx, date(2026, 11, 18), Location.KANTOR_LAIN, "07:30", "15:00")
    add(ctx, date(2026, 11, 19), Location.KANTOR, "07:30", "12:00")
    add(ctx, date(2026, 11, 19), Location.RUMAH, "13:00", "15:00")  # in the office that day
    add(ctx, date(2026, 11, 20), Location.DINAS_LUAR, "08:00", "15:30")
    # week 23-29 Nov: two days at home and three days of travel
    add(ctx, date(2026, 11, 23), Location.RUMAH, "07:30", "15:00")
    add(ctx, date(2026, 11, 24), Location.RUMAH, "07:30", "15:00")
    for d in (25, 26, 27):
        add(ctx, date(2026, 11, d), Location.DINAS_LUAR, "07:30", "15:00")
    assert ctx.calendar.offsite_limit() == 2
    dash = open_dashboard(qtbot, window)
    warning = dash.findChild(type(dash.month_label), "offsiteWarning")
    assert warning is dash.offsite_warning
    assert warning.isVisible()
    text = warning.text()
    assert "melebihi batas 2 hari seminggu" in text
    assert "minggu 16\u201322 Nov: <b>3 hari</b> (Sen 16, Sel 17, Rab 18)" in text
    assert "23\u201329" not in text  # 2 days at home; travel days do not count
    assert "PermenPANRB 4/2025" in text
    assert "Dinas Luar tidak dihitung" in text
    assert "pengaturan" in text
    assert location_row(dash, Location.DINAS_LUAR) == ("30 j", "4")

    ctx.calendar.set_offsite_limit(3)
    qtbot.keyClick(dash.grid, Qt.Key_F5)
    assert not warning.isVisible()

    ctx.calendar.set_offsite_limit(1)
    qtbot.keyClick(dash.grid, Qt.Key_F5)
    assert warning.isVisible()
    assert "melebihi batas 1 hari seminggu" in warning.text()
    assert "minggu 23\u201329 Nov: <b>2 hari</b> (Sen 23, Sel 24)" in warning.text()


def test_rhk_bars_show_realisasi_of_linked_entries(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    plan = ctx.skp.import_plan(SAMPLE_PLAN, year=2026)
    laporan, dokumen, _verifikasi, _naskah = (r.id for r in plan.rhk)
    add(ctx, date(2026, 11, 2), Location.KANTOR, "07:30", "09:00", quantity=2, unit="laporan", rhk_id=laporan)
    add(ctx, date(2026, 11, 3), Location.KANTOR, "07:30", "09:00", quantity=3, unit="laporan", rhk_id=laporan)
    add(ctx, date(2026, 10, 1), Location.KANTOR, "07:30", "09:00", quantity=1, unit="laporan", rhk_id=laporan)
    add(ctx, date(2026, 11, 4), Location.KANTOR, "07:30", "09:00", quantity=1, unit="dokumen", rhk_id=dokumen)
    add(ctx, date(2026, 11, 5), Location.KANTOR, "07:30", "09:00")  # not linked
    dash = open_dashboard(qtbot, window)

    assert dash.rhk_box.title() == "Capaian RHK \u2014 SKP 2026"
    rows = dash.rhk_box.rows_shown()
    assert [r.progress.rhk.id for r in rows] == [r.id for r in plan.rhk]
    first, second, third = rows[0], rows[1], rows[2]
    # RHK 1: 300 laporan, the Q4 plan of 75 spread over Oct-Dec = 25 in November
    assert first.month_text.text() == "5 / 25 laporan"
    assert (first.month_bar.value(), first.month_bar.format()) == (20, "20%")
    assert first.year_text.text() == "6 / 300 laporan"
    assert first.year_bar.format() == "2%"
    assert first.pace.text() == "Tertinggal"
    assert "Tersusunnya laporan capaian kinerja" in first.name.text()
    # RHK 2: 240 dokumen without Rencana Aksi targets = 20 a month
    assert second.month_text.text() == "1 / 20 dokumen"
    assert second.month_bar.format() == "5%"
    assert second.year_bar.format() == "0,4%"
    assert third.month_text.text() == "0 / 30 dokumen"
    assert third.month_bar.value() == 0
    assert dash.rhk_box.unlinked_label.text() == "1 kegiatan bulan ini belum dikaitkan ke RHK."
    assert dash.rhk_box.disclaimer.isVisible()
    assert dash.rhk_box.disclaimer.text() == PROGRESS_DISCLAIMER
    assert not dash.rhk_box.intro.isVisible()

    # the whole target reached: the bar stops at 100 but the text tells the truth
    add(ctx, date(2026, 11, 6), Location.KANTOR, "07:30", "09:00", quantity=300, unit="laporan", rhk_id=laporan)
    qtbot.keyClick(dash.grid, Qt.Key_F5)
    first = dash.rhk_box.rows_shown()[0]
    assert first.month_text.text() == "305 / 25 laporan"
    assert (first.month_bar.value(), first.month_bar.format()) == (100, "1.220%")
    assert first.pace.text() == "Target tercapai"


def test_disclaimer_text_matches_the_domain() -> None:
    assert DISCLAIMER == PROGRESS_DISCLAIMER


def test_without_skp_plan_explains_what_to_do(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    assert dash.rhk_box.intro.isVisible()
    assert "Belum ada Rencana SKP untuk November 2026" in dash.rhk_box.intro.text()
    assert "menu \u201cRencana SKP\u201d" in dash.rhk_box.intro.text()
    assert dash.rhk_box.rows_shown() == []
    assert not dash.rhk_box.disclaimer.isVisible()


def test_missing_days_are_listed_and_coloured(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    for d in range(2, 28):
        day = date(2026, 11, d)
        if day.weekday() < 5 and d not in (10, 12, 19):
            add(ctx, day, Location.KANTOR, "07:30", "15:00")
    ctx.worklog.set_status(date(2026, 11, 12), DayStatus.SAKIT, None, "Surat dokter")
    dash = open_dashboard(qtbot, window)

    assert dash.missing_days_shown() == [date(2026, 11, 10), date(2026, 11, 19)]
    text = dash.missing_label.text()
    assert "Hari kerja belum diisi (2):" in text
    assert ">Sel 10 Nov</a>" in text and ">Kam 19 Nov</a>" in text
    assert dash.days_card.value.text() == "17 / 21"
    assert "2 kosong" in dash.days_card.detail.text()
    assert "1 berketerangan" in dash.days_card.detail.text()

    grid = dash.grid
    assert grid.state_of(date(2026, 11, 10)) is DayState.MISSING
    assert grid.color_of(date(2026, 11, 10)).name() == STATE_COLORS[DayState.MISSING]
    assert grid.cell_note(grid.cell(date(2026, 11, 10))) == "kosong"
    assert grid.state_of(date(2026, 11, 12)) is DayState.LEAVE
    assert "Sakit: Surat dokter" in grid.tooltip_for(date(2026, 11, 12))
    assert grid.state_of(date(2026, 11, 27)) is DayState.COMPLETE
    assert "Tercatat 7 j 30 m dari target 7 j 30 m" in grid.tooltip_for(date(2026, 11, 27))
    assert grid.state_of(date(2026, 11, 28)) is DayState.OFF
    assert grid.state_of(date(2026, 11, 30)) is DayState.FUTURE
    assert grid.color_of(date(2026, 11, 30)).name() == STATE_COLORS[DayState.FUTURE]

    # a missing day's link opens it in the day view
    dash.missing_label.linkActivated.emit("2026-11-19")
    assert window.current_day == date(2026, 11, 19)
    assert not window.is_dashboard_shown()

    # once filled in, the list is gone the next time the view is shown
    add(ctx, date(2026, 11, 10), Location.KANTOR, "07:30", "15:00")
    add(ctx, date(2026, 11, 19), Location.KANTOR, "07:30", "15:00")
    window.invalidate_dashboard()
    dash = open_dashboard(qtbot, window)
    assert dash.missing_days_shown() == []
    assert "Semua hari kerja s.d. hari ini sudah terisi" in dash.missing_label.text()
    assert grid.state_of(date(2026, 11, 10)) is DayState.COMPLETE


def test_estimated_holiday_keeps_its_mark_in_the_tooltip(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    dash.set_month(2027, 3)
    holidays = {d: dash.grid.cell(d).holiday for d in dash.grid.days() if dash.grid.state_of(d) is DayState.HOLIDAY}
    estimated = [d for d, name in holidays.items() if "(perkiraan)" in name]
    assert estimated, holidays
    day = estimated[0]
    assert f"Libur: {holidays[day]}" in dash.grid.tooltip_for(day)
    assert dash.grid.cell_note(dash.grid.cell(day)) == "libur"
    # a future month: nothing missing yet, no balance
    assert dash.balance_card.value.text() == "\u2013"
    assert dash.missing_label.text().endswith("Bulan ini belum dimulai.</span>")


def test_refreshes_after_changes_only_when_shown_again(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    first = dash.progress
    assert dash.hours_card.value.text() == "0 m"
    qtbot.keyClick(dash.grid, Qt.Key_1, Qt.ControlModifier)
    assert not window.is_dashboard_shown()
    qtbot.keyClick(window.form.description, Qt.Key_D, Qt.ControlModifier)  # Ctrl+D also opens it
    assert window.is_dashboard_shown()
    assert dash.progress is first  # nothing changed: not recomputed

    qtbot.keyClick(dash.grid, Qt.Key_1, Qt.ControlModifier)
    window.form.start.setTime(window.form.start.time().fromString("07:30", "HH:mm"))
    window.form.end.setTime(window.form.end.time().fromString("09:00", "HH:mm"))
    qtbot.keyClicks(window.form.description, "Menyusun laporan")
    assert dash.progress is first  # typing does not touch the dashboard
    qtbot.keyClick(window.form.description, Qt.Key_S, Qt.ControlModifier)
    assert dash.progress is first  # saved, but the dashboard is hidden
    dash = open_dashboard(qtbot, window)
    assert dash.progress is not first
    assert dash.hours_card.value.text() == "1 j 30 m"

    # undo while looking at the dashboard updates it at once
    qtbot.keyClick(dash.grid, Qt.Key_Z, Qt.ControlModifier)
    assert window.ctx.worklog.day(FRIDAY).entries == ()
    assert dash.hours_card.value.text() == "0 m"


def test_shows_the_month_of_the_current_day(qtbot, window) -> None:  # noqa: ANN001
    window.load_day(date(2026, 9, 15))
    dash = open_dashboard(qtbot, window)
    assert dash.month_label.text() == "September 2026"
    qtbot.keyClick(dash.grid, Qt.Key_PageUp)
    assert dash.month_label.text() == "Agustus 2026"
    # a day action from the progress view goes back to the day view
    qtbot.keyClick(dash.grid, Qt.Key_Right, Qt.AltModifier)
    assert not window.is_dashboard_shown()
    assert window.current_day == date(2026, 9, 16)
    dash = open_dashboard(qtbot, window)
    assert dash.month_label.text() == "September 2026"


def test_month_navigation_stops_at_the_supported_range(qtbot, window) -> None:  # noqa: ANN001
    dash = open_dashboard(qtbot, window)
    dash.set_month(2000, 1)
    assert not dash.prev_button.isEnabled()
    qtbot.keyClick(dash.grid, Qt.Key_PageUp)
    assert (dash.year, dash.month) == (2000, 1)
    dash.set_month(2027, 12)  # one year ahead is the last month offered
    assert not dash.next_button.isEnabled()
    qtbot.keyClick(dash.grid, Qt.Key_PageDown)
    assert (dash.year, dash.month) == (2027, 12)
    dash.today_button.click()
    assert dash.month_label.text() == "November 2026"
    assert not dash.today_button.isEnabled()


@pytest.mark.parametrize(("action", "keys"), [("Harian", "Ctrl+1"), ("Kemajuan", "Ctrl+2, Ctrl+D")])
def test_shortcut_list_names_the_views(window, prompt_log, action, keys) -> None:  # noqa: ANN001
    window.act_keys.trigger()
    (_title, text), = prompt_log.infos
    assert f"<tr><td>{action}</td><td><b>{keys}</b></td></tr>" in text
    assert "PgUp, PgDown" in text


def test_week_tooltip_gives_hours_and_days_per_location(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    add(ctx, date(2026, 11, 16), Location.KANTOR, "07:30", "11:30")
    add(ctx, date(2026, 11, 16), Location.RUMAH, "13:00", "15:00")
    add(ctx, date(2026, 11, 17), Location.RUMAH, "07:30", "12:00")
    dashboard = open_dashboard(qtbot, window)
    # weeks of November 2026 start Oct 26, Nov 2, 9, 16, ...: the week of the 16th is index 3
    tip = dashboard.weeks.tooltip(3)
    assert tip.splitlines()[0] == "Minggu 16–22 Nov 2026: tercatat 10 j 30 m dari target 37 j 30 m"
    assert "Kantor: 4 j pada 1 hari" in tip.splitlines()
    assert "Rumah: 6 j 30 m pada 2 hari" in tip.splitlines()
    assert "1 hari di luar kantor" in tip  # only the 17th: the 16th has an office entry
    assert dashboard.weeks.tooltip(99) == ""
