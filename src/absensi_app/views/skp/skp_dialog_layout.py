"""The widgets of the "Rencana SKP" dialog and how they are laid out, apart from what they do
(as a Qt Designer form would be): the period bar, the panel for a new period, the list page
(the RHK table with its buttons), the form page and the bottom bar.

``SkpDialog`` inherits ``SkpDialogLayout`` and calls ``_build`` once. Texts are translated in
the dialog's context with ``translate("SkpDialog", ...)``, never ``self.tr``: PySide6 looks a
``tr()`` up under the running object's class ("SkpDialog"), while lupdate would file it under
the class it is written in, so a ``self.tr`` here would never be translated.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.skp import MAX_SHORT
from absensi_app.views.dashboard.style import DISCLAIMER
from absensi_app.views.skp.skp_editing import FIRST_YEAR, LAST_YEAR
from absensi_app.views.skp.skp_rhk_form import RhkForm
from absensi_app.views.skp.skp_rhk_table import RhkTable

translate = QCoreApplication.translate  # the name lupdate looks for
_OK_STYLE = "color: #1b6e2a;"
_ERR_STYLE = "color: #b3261e; font-weight: 600;"
_NOTE_STYLE = "color: palette(placeholder-text);"


class SkpDialogLayout:
    """Mixed into ``SkpDialog`` (a QDialog): creates its widgets as attributes."""

    def _build(self, today: date) -> None:
        # period bar
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(24)
        self.period_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo.setPlaceholderText(translate("SkpDialog", "(belum ada periode)"))
        period_label = QLabel(translate("SkpDialog", "&Periode SKP"))
        period_label.setBuddy(self.period_combo)
        self.period_dates = QLabel()
        self.period_dates.setStyleSheet(_NOTE_STYLE)
        self.new_period_button = QPushButton(translate("SkpDialog", "Periode baru\u2026"))
        self.new_period_button.setToolTip(translate("SkpDialog", "Buat periode SKP untuk satu tahun atau untuk tanggal tertentu"))
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.period_dates, 1)
        bar.addWidget(self.new_period_button)
        self.delete_period_button = QPushButton(translate("SkpDialog", "Hapus periode\u2026"))
        self.delete_period_button.setToolTip(translate("SkpDialog", "Hapus periode terpilih beserta semua RHK-nya"))
        bar.addWidget(self.delete_period_button)

        # new period panel
        self.new_box = QGroupBox(translate("SkpDialog", "Periode SKP baru"))
        self.whole_year = QRadioButton(translate("SkpDialog", "Satu &tahun penuh"))
        self.custom_dates = QRadioButton(translate("SkpDialog", "Tanggal &tertentu (mis. pindah jabatan di tengah tahun)"))
        self._period_kind = QButtonGroup(self)
        self._period_kind.addButton(self.whole_year)
        self._period_kind.addButton(self.custom_dates)
        self.whole_year.setChecked(True)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.first_date = QDateEdit()
        self.last_date = QDateEdit()
        for edit in (self.first_date, self.last_date):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.first_date.setDate(QDate(today.year, today.month, 1))
        self.last_date.setDate(QDate(today.year, 12, 31))
        self.period_name = QLineEdit()
        self.period_name.setMaxLength(MAX_SHORT + 20)
        self.period_name.setPlaceholderText(translate("SkpDialog", "nama periode (boleh kosong)"))
        self.create_button = QPushButton(translate("SkpDialog", "Buat periode"))
        self.cancel_new_button = QPushButton(translate("SkpDialog", "Batal"))
        self.new_error = QLabel()
        self.new_error.setWordWrap(True)
        self.new_error.setStyleSheet(_ERR_STYLE)
        self.new_error.hide()
        grid = QGridLayout(self.new_box)
        grid.addWidget(self.whole_year, 0, 0)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        grid.addLayout(year_row, 0, 1)
        grid.addWidget(self.custom_dates, 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.first_date)
        dates.addWidget(QLabel(translate("SkpDialog", "s.d.")))
        dates.addWidget(self.last_date)
        dates.addWidget(self.period_name, 1)
        grid.addLayout(dates, 1, 1)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.new_error, 1)
        new_buttons.addStretch(0)
        new_buttons.addWidget(self.cancel_new_button)
        new_buttons.addWidget(self.create_button)
        grid.addLayout(new_buttons, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.new_box.hide()

        # list page
        self.table = RhkTable()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(_NOTE_STYLE + " padding: 24px;")
        self.add_button = QPushButton(translate("SkpDialog", "+ &Tambah RHK"))
        self.edit_button = QPushButton(translate("SkpDialog", "&Ubah\u2026"))
        self.delete_button = QPushButton(translate("SkpDialog", "&Hapus"))
        self.up_button = QPushButton(translate("SkpDialog", "\u25B2 &Naik"))
        self.down_button = QPushButton(translate("SkpDialog", "\u25BC T&urun"))
        self.edit_button.setToolTip(translate("SkpDialog", "Ubah RHK terpilih (Enter)"))
        self.delete_button.setToolTip(translate("SkpDialog", "Hapus RHK terpilih (Delete)"))
        self.up_button.setToolTip(translate("SkpDialog", "Pindahkan RHK terpilih ke atas (Alt+Atas)"))
        self.down_button.setToolTip(translate("SkpDialog", "Pindahkan RHK terpilih ke bawah (Alt+Bawah)"))
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        self.disclaimer = QLabel(
            translate("SkpDialog", "Catatan:")
            + " "
            + translate("Dashboard", DISCLAIMER)  # the domain's sentence, marked once for lupdate
            + " "
            + translate(
                "SkpDialog", "Target di sini dipakai untuk memantau capaian dari kegiatan harian yang ditautkan ke RHK."
            )
        )
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet(_NOTE_STYLE)
        list_page = QWidget()
        lp = QGridLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.addWidget(self.table, 0, 0)
        lp.addWidget(self.empty_label, 0, 0)
        lp.addLayout(side, 0, 1)
        lp.addWidget(self.disclaimer, 1, 0, 1, 2)
        lp.setRowStretch(0, 1)
        lp.setColumnStretch(0, 1)

        # form page
        self.form = RhkForm()
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.form)

        # bottom bar
        self.import_button = QPushButton(translate("SkpDialog", "&Impor rencana\u2026"))
        self.import_button.setToolTip(translate("SkpDialog", "Baca rencana SKP dari berkas JSON ke tahun periode yang dipilih"))
        self.export_button = QPushButton(translate("SkpDialog", "&Ekspor rencana\u2026"))
        self.export_button.setToolTip(translate("SkpDialog", "Simpan rencana periode ini sebagai berkas JSON"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_OK_STYLE)
        self.close_button = QPushButton(translate("SkpDialog", "Tutup"))
        self.bottom = QWidget()
        bl = QHBoxLayout(self.bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.import_button)
        bl.addWidget(self.export_button)
        bl.addWidget(self.message, 1)
        bl.addWidget(self.close_button)

        self.top = QWidget()
        tl = QVBoxLayout(self.top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(self.new_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.form.save_button.setDefault(True)  # Enter saves, only while the form is visible
        self.create_button.setDefault(True)  # ... or creates, while that panel is open
