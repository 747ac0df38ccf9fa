"""The pages about working time: the weekly schedule (the profile's ``ScheduleForm``),
Ramadan hours and the off-site limit (``ctx.calendar``), and the reminders
(``ctx.reminders``)."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import partial

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.hours import DEFAULT_OFFSITE_WEEKLY_LIMIT, RAMADAN_WEEKLY_MINUTES, RamadanPeriod
from absensi_app.domain.model import WorkSchedule
from absensi_app.domain.reminders import ReminderSettings
from absensi_app.domain.rules import validate_schedule
from absensi_app.services.context import AppContext
from absensi_app.views.formatting import date_text, pydate, qdate
from absensi_app.views.holiday_table import idul_fitri
from absensi_app.views.profile_form import ScheduleForm
from absensi_app.views.settings.page import SettingsPage, Undo, hint

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label whose Alt+letter moves to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class SchedulePage(SettingsPage):
    key = "schedule"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Jadwal kerja"),
            self.tr(
                "Hari kerja, jam mulai dan jam kerja seminggu menentukan target setiap hari. Mengubahnya "
                "mengubah jam yang diharapkan setiap bulan, juga bulan yang sudah diekspor; PDF yang sudah "
                "ditandatangani tetap memuat angka saat ditandatangani."
            ),
        )
        self.form = ScheduleForm()
        self.form.reset.hide()  # the dialog's "Pulihkan bawaan" does it
        self.form.setTitle(self.tr("Hari dan jam kerja"))
        self.content.addWidget(self.form)
        self._stored = WorkSchedule()

    def load(self) -> None:
        self._stored = self.ctx.profile.schedule()
        self.form.set_schedule(self._stored)

    def restore_defaults(self) -> None:
        self.form.set_schedule(WorkSchedule())

    def check(self) -> None:
        validate_schedule(self.form.schedule())

    def apply(self) -> Undo | None:
        new, old = self.form.schedule(), self._stored
        if new == old:
            return None
        self.ctx.profile.save_schedule(new)
        return lambda: self.ctx.profile.save_schedule(old)

    def fields(self) -> dict[str, QWidget]:
        return {"workdays": self.form.days[0], "weekly_minutes": self.form.weekly, "day_start": self.form.start}


class CalendarPage(SettingsPage):
    """Ramadan hours of one year at a time (the other years' edits are kept while the year
    changes) and the weekly off-site limit."""

    key = "calendar"
    apply_order = 20  # set_ramadan checks the dates

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Ramadan dan kerja di luar kantor"),
            self.tr(
                "Hari libur daerah dan hari libur yang dijadikan hari kerja diatur di "
                "Pengaturan \u203a Kalender kerja."
            ),
        )
        self._stored: dict[int, RamadanPeriod] = {}
        self._edits: dict[int, RamadanPeriod | None] = {}
        self._shown_year: int | None = None
        self._stored_limit = DEFAULT_OFFSITE_WEEKLY_LIMIT
        self.failed_year: int | None = None

        self.ramadan_box = QGroupBox(self.tr("Jam kerja Ramadan"))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setKeyboardTracking(False)
        self.use_ramadan = QCheckBox()
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 70)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" jam"))
        self.ramadan_state = hint("")
        form = QFormLayout(self.ramadan_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        form.addRow(_buddy(self.tr("&Tahun"), self.year), self.year)
        form.addRow("", self.use_ramadan)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.last)
        dates.addStretch(1)
        form.addRow(_buddy(self.tr("&Periode"), self.first), dates)
        form.addRow(_buddy(self.tr("Jam kerja &seminggu"), self.hours), self.hours)
        form.addRow(self.ramadan_state)

        self.offsite_box = QGroupBox(self.tr("Kerja di luar kantor (berlaku untuk semua tahun)"))
        self.offsite = QSpinBox()
        self.offsite.setRange(0, 7)
        self.offsite.setSuffix(self.tr(" hari seminggu"))
        offsite_form = QFormLayout(self.offsite_box)
        offsite_form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        offsite_form.addRow(_buddy(self.tr("Paling &banyak"), self.offsite), self.offsite)
        offsite_form.addRow(
            hint(
                self.tr(
                    "PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja "
                    "seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Kemajuan "
                    "menandai minggu yang melebihi batas ini."
                ).format(n=DEFAULT_OFFSITE_WEEKLY_LIMIT)
            )
        )
        self.content.addWidget(self.ramadan_box)
        self.content.addWidget(self.offsite_box)
        self.use_ramadan.toggled.connect(self._update_enabled)
        self.year.valueChanged.connect(self._year_changed)

    # ---- loading and showing -------------------------------------------------------------
    def load(self) -> None:
        try:
            self._stored = {p.first.year: p for p in self.ctx.calendar.ramadan_periods()}
            self._stored_limit = self.ctx.calendar.offsite_limit()
        except AbsensiError as exc:
            self.show_error(exc)
        self._edits = {}
        self._shown_year = None
        self.offsite.setValue(self._stored_limit)
        self.year.blockSignals(True)
        self.year.setValue(self.ctx.clock.today().year)
        self.year.blockSignals(False)
        self._show(self.year.value())

    def _year_changed(self, year: int) -> None:
        self._stash()
        self._show(year)

    def _stash(self) -> None:
        """Keep what the fields hold for the year shown."""
        if self._shown_year is not None:
            self._edits[self._shown_year] = self._fields_value()

    def _fields_value(self) -> RamadanPeriod | None:
        if not self.use_ramadan.isChecked():
            return None
        return RamadanPeriod(pydate(self.first.date()), pydate(self.last.date()), round(self.hours.value() * 60))

    def _show(self, year: int) -> None:
        self._shown_year = None  # the signals below are not edits
        self.use_ramadan.setText(self.tr("Pakai jam kerja Ramadan tahun {year}").format(year=year))
        self.first.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.last.setDateRange(QDate(year, 1, 1), QDate(min(year + 1, LAST_YEAR), 1, 31))
        period = self._edits[year] if year in self._edits else self._stored.get(year)
        if period is None:
            estimate = self._estimate(year)
            first, last = estimate if estimate else (date(year, 1, 1), date(year, 1, 1))
            period = RamadanPeriod(first, last)
            self.use_ramadan.setChecked(False)
        else:
            self.use_ramadan.setChecked(True)
        self.first.setDate(qdate(period.first))
        self.last.setDate(qdate(period.last))
        self.hours.setValue(period.weekly_minutes / 60)
        stored = self._stored.get(year)
        if stored is not None:
            self.ramadan_state.setText(
                self.tr("Tersimpan: {first} s.d. {last}.").format(first=date_text(stored.first), last=date_text(stored.last))
            )
        elif self._estimate(year):
            self.ramadan_state.setText(
                self.tr("Belum diatur. Tanggal di atas perkiraan dari Idul Fitri; sesuaikan dengan surat edaran instansi Anda.")
            )
        else:
            self.ramadan_state.setText(self.tr("Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda."))
        self._shown_year = year
        self._update_enabled()

    def _estimate(self, year: int) -> tuple[date, date] | None:
        """30 days before Idul Fitri of the national calendar, when that stays in the year."""
        try:
            fitri = idul_fitri(self.ctx.calendar.national_between(date(year, 1, 1), date(year, 12, 31)))
        except AbsensiError:
            return None
        if fitri is None or fitri - timedelta(days=30) < date(year, 1, 1):
            return None
        return fitri - timedelta(days=30), fitri - timedelta(days=1)

    def _update_enabled(self) -> None:
        for widget in (self.first, self.last, self.hours):
            widget.setEnabled(self.use_ramadan.isChecked())

    # ---- the contract ---------------------------------------------------------------------
    def restore_defaults(self) -> None:
        self.hours.setValue(RAMADAN_WEEKLY_MINUTES / 60)
        self.offsite.setValue(DEFAULT_OFFSITE_WEEKLY_LIMIT)

    def changes(self) -> dict[int, RamadanPeriod | None]:
        """The years whose Ramadan differs from the stored one, with their new period."""
        self._stash()
        return {y: p for y, p in sorted(self._edits.items()) if p != self._stored.get(y)}

    def _put_ramadan(self, year: int, period: RamadanPeriod | None) -> None:
        if period is None:
            self.ctx.calendar.clear_ramadan(year)
        else:
            self.ctx.calendar.set_ramadan(period.first, period.last, period.weekly_minutes)

    def apply(self) -> Undo | None:
        undos: list[Undo] = []

        def undo() -> None:
            for step in reversed(undos):
                step()

        try:
            for year, period in self.changes().items():
                self.failed_year = year
                self._put_ramadan(year, period)
                undos.append(partial(self._put_ramadan, year, self._stored.get(year)))
            self.failed_year = None
            limit, old_limit = self.offsite.value(), self._stored_limit
            if limit != old_limit:
                self.ctx.calendar.set_offsite_limit(limit)
                undos.append(partial(self.ctx.calendar.set_offsite_limit, old_limit))
        except AbsensiError:
            undo()
            raise
        return undo if undos else None

    def show_error(self, exc) -> None:  # noqa: ANN001
        if self.failed_year is not None and self.failed_year != self.year.value():
            self.year.setValue(self.failed_year)  # show the year that was refused
        super().show_error(exc)

    def fields(self) -> dict[str, QWidget]:
        return {"first": self.first, "day": self.first, "last": self.last, "weekly_minutes": self.hours,
                "offsite_limit": self.offsite}


class ReminderPage(SettingsPage):
    key = "reminders"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(
            self.tr("Pengingat"),
            self.tr(
                "Pengingat muncul sebagai pesan di baki sistem, atau sebagai jendela kecil bila desktop "
                "tidak punya baki. Tidak ada pengingat pada hari libur, cuti bersama, cuti, akhir pekan "
                "dan hari yang sudah dicatat."
            ),
        )
        box = QGroupBox(self.tr("Kapan mengingatkan"))
        self.daily = QCheckBox(self.tr("Ingatkan &harian bila hari kerja belum dicatat"))
        self.month_end = QCheckBox(self.tr("Ingatkan di &akhir bulan (dua hari kerja terakhir): hari kosong dan ekspor"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        time_row = QHBoxLayout()
        time_row.addWidget(_buddy(self.tr("&Jam pengingat"), self.time))
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.daily)
        layout.addWidget(self.month_end)
        layout.addLayout(time_row)
        layout.addWidget(hint(self.tr("Satu jam untuk keduanya; \u201cTunda 30 menit\u201d dan \u201cTidak hari ini\u201d ada di pengingatnya.")))
        self.content.addWidget(box)
        self._stored = ReminderSettings()
        for box_ in (self.daily, self.month_end):
            box_.toggled.connect(self._update_enabled)

    def _show(self, settings: ReminderSettings) -> None:
        self.daily.setChecked(settings.daily)
        self.month_end.setChecked(settings.month_end)
        self.time.setTime(QTime(settings.time.hour, settings.time.minute))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.time.setEnabled(self.daily.isChecked() or self.month_end.isChecked())

    def value(self) -> ReminderSettings:
        qt = self.time.time()
        return ReminderSettings(time(qt.hour(), qt.minute()), self.daily.isChecked(), self.month_end.isChecked())

    def load(self) -> None:
        self._stored = self.ctx.reminders.settings()
        self._show(self._stored)

    def restore_defaults(self) -> None:
        self._show(ReminderSettings())

    def apply(self) -> Undo | None:
        new, old = self.value(), self._stored
        if new == old:
            return None
        self.ctx.reminders.update(new.time, new.daily, new.month_end)
        return lambda: self.ctx.reminders.update(old.time, old.daily, old.month_end)

    def fields(self) -> dict[str, QWidget]:
        return {"time": self.time}
