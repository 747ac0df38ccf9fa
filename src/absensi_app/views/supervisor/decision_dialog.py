"""The supervisor's decision on a verified summary: approve or return it with a note and an
optional SKP rating (the predikat shown live), signed with their key, and saved where they
choose. Opened from the summary viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.skp import PREDIKAT, Rating
from absensi_app.domain.verdict import Decision, Verdict
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.services.verification import MAX_NOTE, Rated
from absensi_app.views import prompts
from absensi_app.views.labels import error_text, predikat_label
from absensi_app.views.supervisor.panel_widgets import bold_font, plain_label, scaled_font
from absensi_app.views.supervisor.rhk_feedback_box import RhkFeedbackBox
from absensi_app.views.supervisor.verdict_text import ERR_STYLE, MUTED_STYLE, WARN_STYLE, clip, month_text


def decision_file_name(source: str, decision: Decision) -> str:
    """``rina-2026-11.pdf`` -> ``rina-2026-11-disetujui.pdf``."""
    stem = Path(source or "ringkasan.pdf").stem or "ringkasan"
    for suffix in ("-disetujui", "-dikembalikan"):
        stem = stem.removesuffix(suffix)
    return f"{stem}-{decision.value}.pdf"


class DecisionDialog(QDialog):
    """Approve or return a verified summary: a note, an optional rating with the predikat
    shown live, the passphrase; then where to save the countersigned file.

    Opened with ``open()`` (it does not block). ``saved(path)`` after the file is written;
    on any error the dialog stays open with the reason, and nothing is written.
    """

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        data: bytes,
        verdict: Verdict,
        decision: Decision,
        source: Path | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.verdict = verdict
        self.decision = decision
        self.source = source
        self.source_name = name or (source.name if source else "ringkasan.pdf")
        self.saved_path: Path | None = None
        self.result_verdict: Verdict | None = None
        approve = decision is Decision.APPROVED
        self.setWindowTitle(self.tr("Setujui ringkasan") if approve else self.tr("Kembalikan ringkasan"))
        self.setMinimumWidth(560)

        employee = verdict.employee
        intro = plain_label(
            self.tr("Ringkasan {month} revisi {revision} dari {name} (NIP {nip}).").format(
                month=month_text(verdict.month), revision=verdict.revision,
                name=clip(employee.name if employee else "-", 120), nip=employee.nip if employee else "-",
            )
        )  # fmt: skip
        intro.setFont(bold_font(intro))
        explain = plain_label(
            self.tr(
                "Tanda tangan elektronik Anda ditambahkan ke berkas ini bersama keputusan, catatan "
                "dan penilaian di bawah. Isi ringkasan pegawai tidak berubah. Kirim berkas hasilnya "
                "kembali ke pegawai."
            )
            if approve
            else self.tr(
                "Pegawai akan melihat catatan Anda, dan bulan itu dibuka lagi di aplikasinya untuk "
                "diperbaiki. Tanda tangan elektronik Anda ditambahkan ke berkas ini; kirim berkas "
                "hasilnya kembali ke pegawai."
            ),
            MUTED_STYLE,
        )

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("Mis. terima kasih, pertahankan.")
            if approve
            else self.tr("Wajib: apa yang perlu diperbaiki, mis. lengkapi bukti dukung tanggal 12.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        note_label = self.tr("&Catatan (boleh kosong)") if approve else self.tr("&Catatan (wajib)")

        self.hasil_kerja = self._rating_combo()
        self.perilaku_kerja = self._rating_combo()
        self.predikat = plain_label()
        self._plain_font = self.predikat.font()
        self._predikat_font = scaled_font(self.predikat.font(), 1.2, bold=True)
        self.hasil_kerja.currentIndexChanged.connect(self._update_predikat)
        self.perilaku_kerja.currentIndexChanged.connect(self._update_predikat)
        rating_box = QGroupBox(self.tr("Penilaian kinerja (opsional)"))
        rf = QFormLayout(rating_box)
        rf.addRow(self.tr("&Hasil Kerja"), self.hasil_kerja)
        rf.addRow(self.tr("&Perilaku Kerja"), self.perilaku_kerja)
        rf.addRow(self.tr("Predikat"), self.predikat)
        rating_hint = plain_label(
            self.tr("Predikat mengikuti tabel PermenPANRB 6/2022 dari kedua penilaian."), MUTED_STYLE
        )
        rf.addRow(rating_hint)
        report = verdict.report
        self.rhk_feedback = RhkFeedbackBox(report.rhk if report is not None else ())
        self.rhk_feedback.setVisible(bool(self.rhk_feedback.texts))

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(1000)
        self.passphrase.setPlaceholderText(self.tr("frasa sandi kunci tanda tangan Anda"))
        self.passphrase.returnPressed.connect(self.submit)

        self.error = plain_label(style=ERR_STYLE, selectable=True)
        self.error.hide()
        self.sign_button = QPushButton(
            self.tr("Setujui dan tanda tangani\u2026") if approve else self.tr("Kembalikan dan tanda tangani\u2026")
        )
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(lambda: self.submit())
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(note_label, self.note)
        pass_form = QFormLayout()
        pass_form.addRow(self.tr("&Frasa sandi"), self.passphrase)
        for f in (form, pass_form):
            label = f.itemAt(0, QFormLayout.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(f.itemAt(0, QFormLayout.FieldRole).widget())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(rating_box)
        rating_box.setVisible(approve)  # a return carries no rating: it would read like a final grade
        layout.addWidget(self.rhk_feedback)
        layout.addLayout(pass_form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_predikat()
        if self.rhk_feedback.texts:  # room for the RHK rows without squeezing the form
            screen = self.screen().availableGeometry() if self.screen() else None
            height = self.sizeHint().height() + 40
            self.resize(max(self.width(), 600), min(height, screen.height() - 40) if screen else height)

    def _rating_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("\u2014 tidak dinilai \u2014"), None)
        combo.addItem(self.tr("Di Atas Ekspektasi"), Rating.DI_ATAS.value)
        combo.addItem(self.tr("Sesuai Ekspektasi"), Rating.SESUAI.value)
        combo.addItem(self.tr("Di Bawah Ekspektasi"), Rating.DI_BAWAH.value)
        return combo

    def set_rating(self, hasil_kerja: Rating | None, perilaku_kerja: Rating | None) -> None:
        for combo, value in ((self.hasil_kerja, hasil_kerja), (self.perilaku_kerja, perilaku_kerja)):
            combo.setCurrentIndex(combo.findData(value.value if value else None))

    def rating(self) -> Rated | None:
        """The chosen rating; None when neither is chosen. Raises ValueError when only one is."""
        hasil, perilaku = self.hasil_kerja.currentData(), self.perilaku_kerja.currentData()
        if hasil is None and perilaku is None:
            return None
        if hasil is None or perilaku is None:
            raise ValueError
        return Rated(Rating(hasil), Rating(perilaku))

    def _update_predikat(self) -> None:
        try:
            rated = self.rating()
        except ValueError:
            self.predikat.setText(self.tr("Pilih kedua penilaian untuk melihat predikat."))
            self.predikat.setStyleSheet(WARN_STYLE)
            self.predikat.setFont(self._plain_font)
            return
        if rated is None:
            self.predikat.setText(self.tr("Tanpa penilaian: hanya keputusan yang dicatat."))
            self.predikat.setStyleSheet(MUTED_STYLE)
            self.predikat.setFont(self._plain_font)
        else:
            self.predikat.setText(predikat_label(PREDIKAT[(rated.hasil_kerja, rated.perilaku_kerja)]))
            self.predikat.setStyleSheet("")
            self.predikat.setFont(self._predikat_font)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        """Sign, ask where to save, write. Errors stay in the dialog; nothing is written."""
        self.error.hide()
        note = self.note.toPlainText().strip()
        if self.decision is Decision.RETURNED and not note:
            self._fail(self.tr("Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan."))
            self.note.setFocus()
            return
        if len(note) > MAX_NOTE:
            self._fail(self.tr("Catatan terlalu panjang (paling banyak {n} karakter).").format(n=MAX_NOTE))
            self.note.setFocus()
            return
        try:
            rated = self.rating() if self.decision is Decision.APPROVED else None
        except ValueError:
            self._fail(self.tr("Pilih Hasil Kerja dan Perilaku Kerja bersama-sama, atau kosongkan keduanya."))
            return
        long = self.rhk_feedback.too_long()
        if long is not None:
            from absensi_app.domain.rhk_feedback import MAX_FEEDBACK

            self._fail(self.tr("Umpan balik RHK no. {id} terlalu panjang (paling banyak {n} karakter).").format(
                id=long, n=MAX_FEEDBACK))
            self.rhk_feedback.texts[long].setFocus()
            return
        if not self.passphrase.text():
            self._fail(self.tr("Isi frasa sandi kunci tanda tangan Anda."))
            self.passphrase.setFocus()
            return
        from absensi_app.signing.keys import WrongPassphraseError

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            signed, verdict = self.ctx.approval.countersign(
                self.data, self.decision, note, self.passphrase.text(), rated, self.rhk_feedback.feedback()
            )
        except WrongPassphraseError as exc:
            self.passphrase.clear()
            self.passphrase.setFocus()
            self._fail(error_text(exc))
            return
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        folder = self.source.parent if self.source is not None else None
        suggested = decision_file_name(self.source_name, self.decision)
        if folder is not None and folder.is_dir():
            suggested = str(folder / suggested)
        chosen = prompts.save_file(self, self.tr("Simpan ringkasan bertanda tangan"), suggested,
                                   self.tr("PDF (*.pdf)"))  # fmt: skip
        if not chosen:
            self._fail(self.tr("Belum disimpan: pilih tempat menyimpan berkas, lalu coba lagi."))
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:  # the one atomic writer: never a target inside the data folder, no temp file left
            self.ctx.files.write(path, signed, "Berkas")
        except FileRefused as exc:
            self._fail(error_text(exc))
            return
        self.saved_path, self.result_verdict = path, verdict
        self.accept()
        self.saved.emit(str(path))

