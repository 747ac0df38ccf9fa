"""The "Kalender kerja" dialog: national holidays and cuti bersama of a year with the user's
own changes, Ramadan working hours, and the weekly limit of off-site days.

Every change goes straight to ``ctx.calendar``; a refused change shows the service's message
next to the section and leaves the stored calendar as it was. The year's list of holidays (its
rows and its table) is ``holiday_table``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.hours import (
    DEFAULT_OFFSITE_WEEKLY_LIMIT,
    RAMADAN_WEEKLY_MINUTES,
    RamadanPeriod,
)
from absensi_app.services.context import AppContext
from absensi_app.views.formatting import date_text, decimal_hours_text, long_date, pydate, qdate
from absensi_app.views.holiday_table import HolidayRow, HolidayTable, holiday_rows, idul_fitri
from absensi_app.views.labels import error_text

_ERR_STYLE = "color: #b3261e; font-weight: 600;"
_OK_STYLE = "color: #1b6e2a;"
_NOTE_STYLE = "color: palette(placeholder-text);"
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_NAME = 200


class CalendarDialog(QDialog):
    """Holidays of one year with the user's changes, Ramadan hours, off-site limit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kalender kerja"))
        today = ctx.clock.today()

        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year or today.year)
        self.year.setKeyboardTracking(False)
        year_label = QLabel(self.tr("&Tahun"))
        year_label.setBuddy(self.year)
        intro = QLabel(
            self.tr(
                "Hari libur nasional dan cuti bersama mengikuti SKB 3 Menteri. Tambahkan hari libur daerah, "
                "atau jadikan sebuah hari libur hari kerja bila instansi Anda menetapkannya."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(_NOTE_STYLE)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(intro, 1)

        # holidays
        self.holiday_box = QGroupBox()
        self.table = HolidayTable()
        self.remove_button = QPushButton(self.tr("&Jadikan hari kerja"))
        self.remove_button.setToolTip(self.tr("Hari libur terpilih menjadi hari kerja biasa (Delete)"))
        self.reset_button = QPushButton(self.tr("&Kembalikan ke kalender nasional"))
        self.reset_button.setToolTip(self.tr("Lupakan perubahan Anda untuk tanggal terpilih"))
        self.estimate_note = QLabel(
            self.tr(
                "Tanggal bertanda \u201cperkiraan\u201d dihitung dari kalender Hijriah dan bisa bergeser. "
                "Sesuaikan bila SKB 3 Menteri atau pemerintah daerah menetapkan lain."
            )
        )
        self.estimate_note.setWordWrap(True)
        self.estimate_note.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.add_date = QDateEdit()
        self.add_date.setDisplayFormat("dd-MM-yyyy")
        self.add_date.setCalendarPopup(True)
        self.add_date.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.add_date.setDate(qdate(today))
        self.add_name = QLineEdit()
        self.add_name.setMaxLength(MAX_NAME + 50)
        self.add_name.setPlaceholderText(self.tr("nama, mis. Hari Jadi Kabupaten"))
        self.add_button = QPushButton(self.tr("&Tambahkan"))
        add_label = QLabel(self.tr("Hari &libur daerah"))
        add_label.setBuddy(self.add_date)
        self.holiday_error = QLabel()
        self.holiday_error.setWordWrap(True)
        self.holiday_error.setStyleSheet(_ERR_STYLE)
        self.holiday_error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_date)
        add_row.addWidget(self.add_name, 1)
        add_row.addWidget(self.add_button)
        hl = QVBoxLayout(self.holiday_box)
        hl.addWidget(self.table, 1)
        hl.addWidget(self.estimate_note)
        hl.addLayout(actions)
        hl.addLayout(add_row)
        hl.addWidget(self.holiday_error)

        # Ramadan
        self.ramadan_box = QGroupBox()
        self.ramadan_first = QDateEdit()
        self.ramadan_last = QDateEdit()
        for edit in (self.ramadan_first, self.ramadan_last):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        self.ramadan_hours = QDoubleSpinBox()
        self.ramadan_hours.setRange(1, 70)
        self.ramadan_hours.setDecimals(2)
        self.ramadan_hours.setSingleStep(0.5)
        self.ramadan_hours.setSuffix(self.tr(" jam"))
        self.ramadan_hours.setValue(RAMADAN_WEEKLY_MINUTES / 60)
        self.ramadan_state = QLabel()
        self.ramadan_state.setWordWrap(True)
        self.ramadan_error = QLabel()
        self.ramadan_error.setWordWrap(True)
        self.ramadan_error.setStyleSheet(_ERR_STYLE)
        self.ramadan_error.hide()
        self.ramadan_save = QPushButton(self.tr("&Simpan jam Ramadan"))
        self.ramadan_clear = QPushButton(self.tr("&Hapus jam Ramadan"))
        self.ramadan_clear.setToolTip(self.tr("Hapus jam kerja Ramadan tahun ini; target harian kembali normal"))
        first_label = QLabel(self.tr("&Awal"))
        first_label.setBuddy(self.ramadan_first)
        last_label = QLabel(self.tr("A&khir"))
        last_label.setBuddy(self.ramadan_last)
        hours_label = QLabel(self.tr("Jam kerja &seminggu"))
        hours_label.setBuddy(self.ramadan_hours)
        dates_row = QHBoxLayout()
        dates_row.addWidget(first_label)
        dates_row.addWidget(self.ramadan_first)
        dates_row.addSpacing(8)
        dates_row.addWidget(last_label)
        dates_row.addWidget(self.ramadan_last)
        dates_row.addSpacing(8)
        dates_row.addWidget(hours_label)
        dates_row.addWidget(self.ramadan_hours)
        dates_row.addStretch(1)
        ramadan_buttons = QHBoxLayout()
        ramadan_buttons.addStretch(1)
        ramadan_buttons.addWidget(self.ramadan_clear)
        ramadan_buttons.addWidget(self.ramadan_save)
        rl = QVBoxLayout(self.ramadan_box)
        rl.addLayout(dates_row)
        rl.addWidget(self.ramadan_state)
        rl.addWidget(self.ramadan_error)
        rl.addStretch(1)
        rl.addLayout(ramadan_buttons)

        # off-site limit
        self.offsite_box = QGroupBox(self.tr("Kerja di luar kantor (berlaku untuk semua tahun)"))
        self.offsite = QSpinBox()
        self.offsite.setRange(0, 7)
        self.offsite.setKeyboardTracking(False)
        self.offsite.setSuffix(self.tr(" hari seminggu"))
        offsite_label = QLabel(self.tr("&Paling banyak"))
        offsite_label.setBuddy(self.offsite)
        offsite_note = QLabel(
            self.tr(
                "PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja "
                "seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Ringkasan "
                "mingguan menandai minggu yang melebihi batas ini."
            ).format(n=DEFAULT_OFFSITE_WEEKLY_LIMIT)
        )
        offsite_note.setWordWrap(True)
        offsite_note.setStyleSheet(_NOTE_STYLE)
        self.offsite_state = QLabel()
        self.offsite_state.setWordWrap(True)
        limit_row = QHBoxLayout()
        limit_row.addWidget(offsite_label)
        limit_row.addWidget(self.offsite)
        limit_row.addStretch(1)
        ol = QVBoxLayout(self.offsite_box)
        ol.addLayout(limit_row)
        ol.addWidget(offsite_note)
        ol.addWidget(self.offsite_state)
        ol.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_OK_STYLE)
        self.close_button = QPushButton(self.tr("Tutup"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        lower = QHBoxLayout()
        lower.addWidget(self.ramadan_box, 5)
        lower.addWidget(self.offsite_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.holiday_box, 1)
        layout.addLayout(lower)
        layout.addLayout(bottom)

        # No default button: Enter in a date or number field must not trigger anything.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.year.valueChanged.connect(lambda _y: self.load_year())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.add_button.clicked.connect(self.add_holiday)
        self.add_name.returnPressed.connect(self.add_holiday)
        self.ramadan_save.clicked.connect(self.save_ramadan)
        self.ramadan_clear.clicked.connect(self.clear_ramadan)
        self.offsite.valueChanged.connect(self.save_offsite)
        self.close_button.clicked.connect(self.reject)
        delete = QShortcut(QKeySequence(Qt.Key_Delete), self.table)
        delete.setContext(Qt.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self._load_offsite()
        self.load_year()
        self.resize(900, 720)
        self.table.setFocus()

    # ---- loading -----------------------------------------------------------------------
    @property
    def selected_year(self) -> int:
        return self.year.value()

    def rows(self) -> list[HolidayRow]:
        return self.table.rows()

    def load_year(self, select: date | None = None) -> None:
        year = self.selected_year
        self.holiday_box.setTitle(self.tr("Hari libur dan cuti bersama {year}").format(year=year))
        self.ramadan_box.setTitle(self.tr("Jam kerja Ramadan {year}").format(year=year))
        self.holiday_error.hide()
        self.ramadan_error.hide()
        first, last = date(year, 1, 1), date(year, 12, 31)
        try:
            national = self.ctx.calendar.national_between(first, last)
            changes = self.ctx.calendar.changes(first, last)
        except AbsensiError as exc:
            self._holiday_failed(exc)
            national, changes = {}, []
        self.table.show_rows(holiday_rows(national, changes), select)
        self.estimate_note.setVisible(any(r.estimate for r in self.table.rows()))
        self._update_buttons()
        self._load_ramadan(year, national)
        if self.add_date.date().year() != year:
            self.add_date.setDate(QDate(year, 1, 1) if year != self.ctx.clock.today().year else qdate(self.ctx.clock.today()))

    def selected_row(self) -> HolidayRow | None:
        return self.table.selected()

    def select_day(self, day: date) -> bool:
        return self.table.select_day(day)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None and row.is_holiday)
        self.reset_button.setEnabled(row is not None and row.changed)

    # ---- holiday changes ---------------------------------------------------------------
    def add_holiday(self) -> bool:
        day = pydate(self.add_date.date())
        try:
            self.ctx.calendar.add_holiday(day, self.add_name.text())
        except AbsensiError as exc:
            self._holiday_failed(exc, self.add_name if not self.add_name.text().strip() else self.add_date)
            return False
        name = self.add_name.text().strip()
        self.add_name.clear()
        self._show_year_of(day)
        self._say(self.tr("{day} ditambahkan sebagai hari libur ({name}).").format(day=long_date(day), name=name))
        return True

    def remove_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.is_holiday:
            return False
        try:
            self.ctx.calendar.remove_holiday(row.day)
        except AbsensiError as exc:
            self._holiday_failed(exc)
            return False
        self.load_year(select=row.day)
        self._say(self.tr("{day} sekarang hari kerja biasa.").format(day=long_date(row.day)))
        self.table.setFocus()
        return True

    def reset_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.changed:
            return False
        try:
            self.ctx.calendar.reset_day(row.day)
        except AbsensiError as exc:
            self._holiday_failed(exc)
            return False
        self.load_year(select=row.day)
        self._say(self.tr("{day} kembali mengikuti kalender nasional.").format(day=long_date(row.day)))
        self.table.setFocus()
        return True

    def _show_year_of(self, day: date) -> None:
        if day.year != self.selected_year:
            self.year.blockSignals(True)
            self.year.setValue(day.year)
            self.year.blockSignals(False)
        self.load_year(select=day)

    def _holiday_failed(self, exc: AbsensiError, focus: QWidget | None = None) -> None:
        self.message.clear()
        self.holiday_error.setText(error_text(exc))
        self.holiday_error.show()
        if focus is not None:
            focus.setFocus()

    # ---- Ramadan -----------------------------------------------------------------------
    def ramadan(self) -> RamadanPeriod | None:
        year = self.selected_year
        try:
            periods = self.ctx.calendar.ramadan_periods()
        except AbsensiError:
            return None
        return next((r for r in periods if r.first.year == year), None)

    def _load_ramadan(self, year: int, national: dict[date, str]) -> None:
        self.ramadan_first.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.ramadan_last.setDateRange(QDate(year, 1, 1), QDate(min(year + 1, LAST_YEAR), 1, 31))
        stored = self.ramadan()
        if stored is not None:
            self.ramadan_first.setDate(qdate(stored.first))
            self.ramadan_last.setDate(qdate(stored.last))
            self.ramadan_hours.setValue(stored.weekly_minutes / 60)
            self.ramadan_state.setText(
                self.tr("Tersimpan: {first} s.d. {last}, {hours} seminggu.").format(
                    first=date_text(stored.first), last=date_text(stored.last), hours=decimal_hours_text(stored.weekly_minutes)
                )
            )
            self.ramadan_state.setStyleSheet(_OK_STYLE)
            self.ramadan_clear.setEnabled(True)
            return
        fitri = idul_fitri(national)
        if fitri is not None and fitri.year == year and fitri - timedelta(days=30) >= date(year, 1, 1):
            self.ramadan_first.setDate(qdate(fitri - timedelta(days=30)))
            self.ramadan_last.setDate(qdate(fitri - timedelta(days=1)))
            hint = self.tr(
                "Belum diatur. Tanggal di atas perkiraan dari Idul Fitri ({day}); sesuaikan dengan surat edaran "
                "instansi Anda, lalu simpan."
            ).format(day=date_text(fitri))
        else:
            self.ramadan_first.setDate(QDate(year, 1, 1))
            self.ramadan_last.setDate(QDate(year, 1, 1))
            hint = self.tr("Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda.")
        self.ramadan_hours.setValue(RAMADAN_WEEKLY_MINUTES / 60)
        self.ramadan_state.setText(hint)
        self.ramadan_state.setStyleSheet(_NOTE_STYLE)
        self.ramadan_clear.setEnabled(False)

    def save_ramadan(self) -> RamadanPeriod | None:
        first, last = pydate(self.ramadan_first.date()), pydate(self.ramadan_last.date())
        minutes = round(self.ramadan_hours.value() * 60)
        try:
            saved = self.ctx.calendar.set_ramadan(first, last, minutes)
        except AbsensiError as exc:
            self.message.clear()
            self.ramadan_error.setText(error_text(exc))
            self.ramadan_error.show()
            field = getattr(exc, "field", None)
            {"last": self.ramadan_last, "weekly_minutes": self.ramadan_hours}.get(field or "", self.ramadan_first).setFocus()
            return None
        self.ramadan_error.hide()
        self._load_ramadan(self.selected_year, self._national_quietly())
        self._say(self.tr("Jam kerja Ramadan {year} disimpan.").format(year=self.selected_year))
        return saved

    def clear_ramadan(self) -> None:
        try:
            self.ctx.calendar.clear_ramadan(self.selected_year)
        except AbsensiError as exc:
            self.ramadan_error.setText(error_text(exc))
            self.ramadan_error.show()
            return
        self.ramadan_error.hide()
        self._load_ramadan(self.selected_year, self._national_quietly())
        self._say(self.tr("Jam kerja Ramadan {year} dihapus; target harian kembali normal.").format(year=self.selected_year))

    def _national_quietly(self) -> dict[date, str]:
        year = self.selected_year
        try:
            return self.ctx.calendar.national_between(date(year, 1, 1), date(year, 12, 31))
        except AbsensiError:
            return {}

    # ---- off-site limit ----------------------------------------------------------------
    def _load_offsite(self) -> None:
        try:
            value = self.ctx.calendar.offsite_limit()
        except AbsensiError:
            value = DEFAULT_OFFSITE_WEEKLY_LIMIT
        self.offsite.blockSignals(True)
        self.offsite.setValue(value)
        self.offsite.blockSignals(False)
        self.offsite_state.setText("")

    def save_offsite(self, days: int | None = None) -> bool:
        value = self.offsite.value() if days is None else days
        try:
            self.ctx.calendar.set_offsite_limit(int(value))
        except AbsensiError as exc:
            self.offsite_state.setText(error_text(exc))
            self.offsite_state.setStyleSheet(_ERR_STYLE)
            self._load_offsite()
            return False
        self.offsite_state.setText(self.tr("Tersimpan: paling banyak {n} hari seminggu.").format(n=value))
        self.offsite_state.setStyleSheet(_OK_STYLE)
        return True

    # ---- feedback ----------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.holiday_error.hide()
        self.message.setText(text)


def open_calendar_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the dialog modally. Afterwards the caller should reload the day and calendar."""
    dialog = CalendarDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
