"""Profile and work-schedule forms, the first-run setup and the settings dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import Profile, WorkSchedule
from absensi_app.domain.nip import NipInfo, NipKind, parse_nip
from absensi_app.domain.rules import validate_profile, validate_schedule
from absensi_app.signing.keys import MAX_PASSPHRASE, MIN_PASSPHRASE, check_passphrase
from absensi_app.views.formatting import date_text, month_year
from absensi_app.views.labels import PNS_RANKS, PPPK_GRADES, error_text
from absensi_app.views.office_form import OfficeForm

_OK_STYLE = "color: #1b6e2a;"
_ERR_STYLE = "color: #b3261e;"


class NipField(QWidget):
    """A NIP line edit with a live explanation of what it reads, or what is wrong."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._kind: NipKind | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("18 digit, mis. 19860926 201505 1 001"))
        self.edit.setMaxLength(24)
        self.edit.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.info = QLabel(self)
        small = QFont(self.info.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.info.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumHeight(self.sizeHint().height())

    def set_kind(self, kind: NipKind | None) -> None:
        self._kind = kind
        self._update()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, value: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(value)

    def parsed(self) -> NipInfo | None:
        try:
            return parse_nip(self.edit.text(), self._today(), self._kind)
        except ValidationError:
            return None

    def _update(self) -> None:
        raw = self.edit.text().strip()
        if not raw:
            self.info.setText(self.tr("NIP PNS atau NI PPPK, 18 digit."))
            self.info.setStyleSheet("color: palette(mid);")
        else:
            try:
                info = parse_nip(raw, self._today(), self._kind)
            except ValidationError as exc:
                self.info.setText("\u2717 " + error_text(exc))
                self.info.setStyleSheet(_ERR_STYLE)
            else:
                self.info.setText("\u2713 " + self._describe(info))
                self.info.setStyleSheet(_OK_STYLE)
        self.changed.emit()

    def _describe(self, info: NipInfo) -> str:
        born = date_text(info.birth_date)
        sex = self.tr("laki-laki") if info.sex == "L" else self.tr("perempuan")
        if info.kind is NipKind.PNS:
            tmt = month_year(info.appointment_year, info.appointment_month or 1)
            return self.tr("PNS \u2022 lahir {born} \u2022 TMT CPNS {tmt} \u2022 {sex} \u2022 nomor urut {seq}").format(
                born=born, tmt=tmt, sex=sex, seq=info.sequence
            )
        return self.tr(
            "PPPK \u2022 lahir {born} \u2022 diangkat {year} \u2022 kode {code} \u2022 {sex} \u2022 nomor urut {seq}"
        ).format(born=born, year=info.appointment_year, code=info.pppk_code, sex=sex, seq=info.sequence)


class ProfileForm(QWidget):
    """Identity of the employee and of the Pejabat Penilai Kinerja; with ``office``, the kop
    surat of the report (a group the dialog places itself)."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("PNS"), NipKind.PNS.value)
        self.kind.addItem(self.tr("PPPK"), NipKind.PPPK.value)
        self.nip = NipField(today)
        self.rank = QComboBox()
        self.rank.setEditable(True)
        self.rank.setInsertPolicy(QComboBox.NoInsert)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("mis. Analis Kebijakan Ahli Muda"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("mis. Bagian Perencanaan dan Keuangan"))
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("mis. Dinas Komunikasi dan Informatika Kabupaten ..."))
        self.supervisor_name = QLineEdit()
        self.supervisor_nip = NipField(today)
        for edit in (self.name, self.position, self.unit, self.agency, self.supervisor_name):
            edit.setMaxLength(200)
        self.office = OfficeForm()

        me = QGroupBox(self.tr("Identitas pegawai"))
        form = QFormLayout(me)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Jenis ASN"), self.kind)
        form.addRow(self.tr("NI&P"), self.nip)
        form.addRow(self.tr("Pang&kat/Golongan"), self.rank)
        form.addRow(self.tr("&Jabatan"), self.position)
        form.addRow(self.tr("&Unit Kerja"), self.unit)
        form.addRow(self.tr("&Instansi"), self.agency)
        boss = QGroupBox(self.tr("Pejabat Penilai Kinerja (atasan langsung)"))
        form2 = QFormLayout(boss)
        form2.addRow(self.tr("Nam&a"), self.supervisor_name)
        form2.addRow(self.tr("NIP"), self.supervisor_nip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(me)
        layout.addWidget(boss)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = NipKind(self.kind.currentData())
        self.nip.set_kind(kind)
        current = self.rank.currentText()
        self.rank.clear()
        self.rank.addItems(PNS_RANKS if kind is NipKind.PNS else PPPK_GRADES)
        self.rank.setEditText(current)

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text(),
            nip=self.nip.text(),
            rank=self.rank.currentText(),
            position=self.position.text(),
            unit=self.unit.text(),
            agency=self.agency.text(),
            supervisor_name=self.supervisor_name.text(),
            supervisor_nip=self.supervisor_nip.text(),
            asn_kind=self.kind.currentData(),
            **self.office.values(),
        )

    def set_profile(self, profile: Profile) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.asn_kind)))
        self.name.setText(profile.name)
        self.nip.setText(profile.nip)
        self.rank.setEditText(profile.rank)
        self.position.setText(profile.position)
        self.unit.setText(profile.unit)
        self.agency.setText(profile.agency)
        self.supervisor_name.setText(profile.supervisor_name)
        self.supervisor_nip.setText(profile.supervisor_nip)
        self.office.set_profile(profile)

    def focus_field(self, field: str | None) -> None:
        widget = {
            "name": self.name,
            "nip": self.nip.edit,
            "asn_kind": self.kind,
            "rank": self.rank,
            "position": self.position,
            "unit": self.unit,
            "agency": self.agency,
            "supervisor_name": self.supervisor_name,
            "supervisor_nip": self.supervisor_nip.edit,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()
        else:
            self.office.focus_field(field)


class ScheduleForm(QGroupBox):
    """Working days, start of day and weekly hours (Perpres 21/2023 defaults)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Jadwal kerja"))
        names = (
            self.tr("Sen"),
            self.tr("Sel"),
            self.tr("Rab"),
            self.tr("Kam"),
            self.tr("Jum"),
            self.tr("Sab"),
            self.tr("Min"),
        )
        self.days = [QCheckBox(n) for n in names]
        row = QHBoxLayout()
        for box in self.days:
            row.addWidget(box)
        row.addStretch(1)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.weekly = QDoubleSpinBox()
        self.weekly.setRange(1, 112)
        self.weekly.setDecimals(2)
        self.weekly.setSingleStep(0.5)
        self.weekly.setSuffix(self.tr(" jam"))
        self.daily = QLabel()
        self.reset = QPushButton(self.tr("Kembalikan ke Perpres 21/2023"))
        form = QFormLayout(self)
        form.addRow(self.tr("Hari kerja"), row)
        form.addRow(self.tr("Jam mulai"), self.start)
        weekly_row = QHBoxLayout()
        weekly_row.addWidget(self.weekly)
        weekly_row.addWidget(self.daily, 1)
        form.addRow(self.tr("Jam kerja seminggu"), weekly_row)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset)
        reset_row.addStretch(1)
        form.addRow("", reset_row)
        for box in self.days:
            box.toggled.connect(self._update_daily)
        self.weekly.valueChanged.connect(self._update_daily)
        self.reset.clicked.connect(lambda: self.set_schedule(WorkSchedule()))
        self.set_schedule(WorkSchedule())

    def set_schedule(self, schedule: WorkSchedule) -> None:
        for i, box in enumerate(self.days):
            box.setChecked(i in schedule.workdays)
        self.start.setTime(QTime(schedule.day_start.hour, schedule.day_start.minute))
        self.weekly.setValue(schedule.weekly_minutes / 60)
        self._update_daily()

    def schedule(self) -> WorkSchedule:
        qt = self.start.time()
        return WorkSchedule(
            workdays=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            day_start=time(qt.hour(), qt.minute()),
            weekly_minutes=round(self.weekly.value() * 60),
        )

    def _update_daily(self) -> None:
        s = self.schedule()
        if not s.workdays:
            self.daily.setText(self.tr("pilih hari kerja"))
            return
        h, m = divmod(s.daily_minutes, 60)
        self.daily.setText(self.tr("= {h} j {m:02d} m per hari kerja").format(h=h, m=m))


class PassphraseForm(QGroupBox):
    """The passphrase of the signing key made at set-up, typed twice; or "later"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Frasa sandi tanda tangan"))
        about = QLabel(
            self.tr(
                "Absensi membuat kunci tanda tangan untuk ringkasan bulanan Anda. Frasa sandi "
                "melindungi kunci itu: paling sedikit {n} karakter, tidak disimpan di mana pun, dan "
                "tidak bisa dipulihkan bila lupa (hanya bisa diganti dengan kunci baru)."
            ).format(n=MIN_PASSPHRASE)
        )
        about.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase2 = QLineEdit()
        for edit in (self.passphrase, self.passphrase2):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMaxLength(MAX_PASSPHRASE)
        self.passphrase.setPlaceholderText(self.tr("mis. sebuah kalimat pendek yang mudah Anda ingat"))
        self.later = QCheckBox(self.tr("Buat &nanti"))
        self.later.setToolTip(
            self.tr("Sampai kunci dibuat (Pengaturan \u203a Kunci tanda tangan), ringkasan hanya bisa diekspor tanpa tanda tangan.")
        )
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("&Frasa sandi"), self.passphrase)
        form.addRow(self.tr("&Ulangi frasa sandi"), self.passphrase2)
        form.addRow(self.later)
        self.later.toggled.connect(self._later_toggled)

    def _later_toggled(self, later: bool) -> None:
        for edit in (self.passphrase, self.passphrase2):
            edit.setEnabled(not later)
            if later:
                edit.clear()

    def value(self) -> str | None:
        """The checked passphrase, or None for "later"; raises ValidationError when unusable."""
        if self.later.isChecked():
            return None
        value = self.passphrase.text()
        try:
            check_passphrase(value)
        except AbsensiError as exc:
            raise ValidationError(exc.template, field="passphrase", **exc.params) from None
        if self.passphrase2.text() != value:
            raise ValidationError(
                "Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.", field="passphrase2"
            )
        return value


class SetupDialog(QDialog):
    """First start: who the employee is, office hours, or a quick try with sample data.

    With ``create_key`` (first start only) the dialog also asks for the passphrase of the
    signing key and calls ``create_key(passphrase)`` after the profile was saved.
    """

    def __init__(
        self,
        today: Callable[[], date],
        save: Callable[[Profile, WorkSchedule], None],
        try_sample: Callable[[], None] | None,
        profile: Profile | None = None,
        schedule: WorkSchedule | None = None,
        parent: QWidget | None = None,
        create_key: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._save = save
        self._try_sample = try_sample
        self._create_key = create_key
        first_run = profile is None
        self.setWindowTitle(self.tr("Selamat datang di Absensi") if first_run else self.tr("Profil dan jadwal kerja"))
        intro = QLabel(
            self.tr(
                "Isi identitas Anda sekali saja. Data ini muncul di laporan bulanan "
                "yang Anda kirim ke Pejabat Penilai Kinerja. Semua data tersimpan di komputer ini."
            )
            if first_run
            else self.tr("Perubahan profil berlaku untuk laporan berikutnya.")
        )
        intro.setWordWrap(True)
        self.form = ProfileForm(today)
        self.schedule_form = ScheduleForm()
        if profile is not None:
            self.form.set_profile(profile)
        if schedule is not None:
            self.schedule_form.set_schedule(schedule)
        self.key_form: PassphraseForm | None = None
        if first_run and create_key is not None:
            self.key_form = PassphraseForm()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Simpan dan mulai") if first_run else self.tr("Simpan"), QDialogButtonBox.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        self.sample_button: QPushButton | None = None
        if try_sample is not None:
            self.sample_button = buttons.addButton(
                self.tr("Coba dengan data contoh"), QDialogButtonBox.ActionRole
            )
            self.sample_button.setToolTip(
                self.tr("Isi bulan ini dengan profil dan kegiatan contoh agar Anda bisa melihat cara kerja aplikasi.")
            )
            self.sample_button.clicked.connect(self._sample)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # two columns: the identity on the left; schedule, kop surat (and on the first start
        # the passphrase) on the right. The narrower NIP column wraps what it reads from the
        # NIP instead of clipping it.
        for field in (self.form.nip, self.form.supervisor_nip):
            field.info.setWordWrap(True)
            field.changed.connect(self._fit_height)
        columns = QHBoxLayout()
        columns.addWidget(self.form, 3)
        right = QVBoxLayout()
        right.addWidget(self.schedule_form)
        right.addWidget(self.form.office)
        if self.key_form is not None:
            right.addWidget(self.key_form)
        right.addStretch(1)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(1080)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.save_button)
        self.save_button.setDefault(True)  # Enter anywhere in the form saves
        self.form.name.setFocus()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        # wrapped labels need their height for the final width; never start squeezed
        self.setMinimumHeight(self.layout().totalHeightForWidth(self.width()))
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """A wrapped NIP explanation grew or shrank: keep every line visible."""
        if not self.isVisible():
            return
        for field in (self.form.nip, self.form.supervisor_nip):
            if field.info.wordWrap() and field.width() > 0:
                field.setMinimumHeight(field.heightForWidth(field.width()))
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _show_error(self, exc: AbsensiError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
        field = getattr(exc, "field", None)
        if self.key_form is not None and field in ("passphrase", "passphrase2"):
            edit = self.key_form.passphrase if field == "passphrase" else self.key_form.passphrase2
            edit.setFocus()
            edit.selectAll()
        else:
            self.form.focus_field(field)

    def _accept(self) -> None:
        passphrase = None
        try:
            if self.key_form is not None:
                # everything is checked before anything is saved
                validate_profile(self.form.profile(), self._today())
                validate_schedule(self.schedule_form.schedule())
                passphrase = self.key_form.value()
            self._save(self.form.profile(), self.schedule_form.schedule())
        except AbsensiError as exc:
            self._show_error(exc)
            return
        if passphrase is not None:
            assert self._create_key is not None
            try:
                self._create_key(passphrase)
            except (AbsensiError, OSError) as exc:
                reason = error_text(exc) if isinstance(exc, AbsensiError) else (exc.strerror or str(exc))
                self.error.setText(
                    self.tr(
                        "Profil tersimpan, tetapi kunci tanda tangan tidak bisa dibuat: {reason} "
                        "Coba lagi, atau pilih \u201cBuat nanti\u201d dan buat kunci lewat "
                        "Pengaturan \u203a Kunci tanda tangan."
                    ).format(reason=reason)
                )
                self.error.show()
                return
            self.key_form.passphrase.clear()
            self.key_form.passphrase2.clear()
        self.accept()

    def _sample(self) -> None:
        assert self._try_sample is not None
        try:
            self._try_sample()
        except AbsensiError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
