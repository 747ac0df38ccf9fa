"""Checking a monthly summary PDF ("Periksa ringkasan"): the pages on the left, and on the
right a verdict a person who is not technical understands at once (who signed, whether the
file changed, whether the signer is known), the signed data in short, and the supervisor's
decision (approve / return with an optional SKP rating). The employee uses the same window to
apply the decision the supervisor sent back.

Everything shown about the file comes from ``ctx.verification`` (the same verdict as
``absensi verify``); nothing of a changed file is presented as fact. Text taken from the file
is always shown as plain text, never as rich text.
"""

from __future__ import annotations

import logging
import math
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import MONTH_NAMES, WEEKDAY_NAMES, Location
from absensi_app.domain.skp import PREDIKAT, Rating
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.domain.verdict import Decision, Outcome, SignerVerdict, Trust, Verdict
from absensi_app.services.verification import (
    MAX_NOTE,
    Rated,
)
from absensi_app.views import prompts
from absensi_app.views.labels import error_text, location_label, minutes_text

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 50 * 1024 * 1024  # as absensi_app.signing.verify (not imported: pyHanko is heavy)
MAX_SHOWN = 300  # characters of any one value taken from a file

# colours: background, border, text
OK_COLOURS = ("#e3f4e6", "#2e7d32", "#1b5e20")
BAD_COLOURS = ("#fdecea", "#c62828", "#a50e0e")
WARN_COLOURS = ("#fff4e0", "#e69500", "#7a4a00")
ALARM_COLOURS = ("#b3261e", "#7f0000", "#ffffff")
GREY_COLOURS = ("#f1f3f4", "#9aa0a6", "#3c4043")
_ERR_STYLE = "color: #b3261e;"
_OK_STYLE = "color: #1b6e2a;"
_WARN_STYLE = "color: #8a5300;"
_MUTED_STYLE = "color: #5f6368;"


def _t(text: str) -> str:
    return QCoreApplication.translate("SummaryViewer", text)


# ---- small helpers (also used by the trust dialog and the recap window) ----------------------
from absensi_app.views.labels import fingerprint_blocks  # noqa: E402  (re-exported)


def fingerprint_short(fingerprint: str) -> str:
    """The first two groups, enough to tell certificates apart in a list."""
    first = fingerprint_blocks(fingerprint, per_line=2).split("\n")[0]
    return first + " \u2026" if first else ""


def clip(text: object, limit: int = MAX_SHOWN) -> str:
    """A value from a file, as a short single-paragraph string."""
    value = "" if text is None else str(text)
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def month_text(month: str | None) -> str:
    """``2026-11`` as ``November 2026``; anything else as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", month or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return clip(month or "")
    return f"{MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"


def local_time_text(moment: datetime | None) -> str:
    if moment is None:
        return _t("tidak tercatat")
    local = moment.astimezone() if moment.tzinfo else moment
    zone = local.tzname() or ""
    return (f"{WEEKDAY_NAMES[local.weekday()]}, {local.day} {MONTH_NAMES[local.month - 1]} "
            f"{local.year}, {local:%H:%M} {zone}").strip()  # fmt: skip


def rating_label(value: object) -> str:
    return {
        Rating.DI_ATAS.value: _t("Di Atas Ekspektasi"),
        Rating.SESUAI.value: _t("Sesuai Ekspektasi"),
        Rating.DI_BAWAH.value: _t("Di Bawah Ekspektasi"),
    }.get(str(value), clip(value, 60))


def verdict_colours(verdict: Verdict) -> tuple[str, str, str]:
    outcome = verdict.outcome
    if outcome is Outcome.VALID:
        return OK_COLOURS
    if outcome is Outcome.CONFLICT:
        return ALARM_COLOURS
    if outcome is Outcome.UNTRUSTED:
        return WARN_COLOURS
    return BAD_COLOURS


def verdict_word(verdict: Verdict) -> str:
    """One or two words above the headline."""
    outcome = verdict.outcome
    if outcome is Outcome.VALID:
        if verdict.decision is Decision.APPROVED:
            return _t("SAH \u2014 DISETUJUI")
        if verdict.decision is Decision.RETURNED:
            return _t("SAH \u2014 DIKEMBALIKAN")
        return _t("SAH")
    if outcome is Outcome.CONFLICT:
        return _t("AWAS: SERTIFIKAT BERBEDA")
    if outcome is Outcome.UNTRUSTED:
        return _t("PENANDA TANGAN BELUM DIKENAL")
    if outcome is Outcome.UNREADABLE:
        return _t("TIDAK TERBACA")
    if outcome is Outcome.UNSIGNED:
        return _t("TANPA TANDA TANGAN")
    return _t("TIDAK SAH")


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and abs(value) < 1e12:
        return int(value)
    return None


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) and abs(value) < 1e12 else None


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _number_text(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _day_text(day: object) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(day))
    if not match or not 1 <= int(match.group(2)) <= 12:
        return clip(day, 20)
    return f"{int(match.group(3))} {MONTH_NAMES[int(match.group(2)) - 1][:3]}"


def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` ``factor`` times as large (point or pixel sized)."""
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold or font.bold())
    return font


def _label(text: str = "", style: str = "", selectable: bool = False) -> QLabel:
    """A word-wrapped plain-text label (text from files must never be read as HTML)."""
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


def _reveal(layout: QLayout) -> None:
    """Show the widgets just added to ``layout`` now (a visible parent shows them only later)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            item.widget().show()
        elif item.layout() is not None:
            _reveal(item.layout())


def decision_file_name(source: str, decision: Decision) -> str:
    """``rina-2026-11.pdf`` -> ``rina-2026-11-disetujui.pdf``."""
    stem = Path(source or "ringkasan.pdf").stem or "ringkasan"
    for suffix in ("-disetujui", "-dikembalikan"):
        stem = stem.removesuffix(suffix)
    return f"{stem}-{decision.value}.pdf"


# ---- the decision dialog ---------------------------------------------------------------------
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
        intro = _label(
            self.tr("Ringkasan {month} revisi {revision} dari {name} (NIP {nip}).").format(
                month=month_text(verdict.month), revision=verdict.revision,
                name=clip(employee.name if employee else "-", 120), nip=employee.nip if employee else "-",
            )
        )  # fmt: skip
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        explain = _label(
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
            _MUTED_STYLE,
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
        self.predikat = _label()
        self._plain_font = self.predikat.font()
        self._predikat_font = _scaled(self.predikat.font(), 1.2, bold=True)
        self.hasil_kerja.currentIndexChanged.connect(self._update_predikat)
        self.perilaku_kerja.currentIndexChanged.connect(self._update_predikat)
        rating_box = QGroupBox(self.tr("Penilaian kinerja (opsional)"))
        rf = QFormLayout(rating_box)
        rf.addRow(self.tr("&Hasil Kerja"), self.hasil_kerja)
        rf.addRow(self.tr("&Perilaku Kerja"), self.perilaku_kerja)
        rf.addRow(self.tr("Predikat"), self.predikat)
        rating_hint = _label(
            self.tr("Predikat mengikuti tabel PermenPANRB 6/2022 dari kedua penilaian."), _MUTED_STYLE
        )
        rf.addRow(rating_hint)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(1000)
        self.passphrase.setPlaceholderText(self.tr("frasa sandi kunci tanda tangan Anda"))
        self.passphrase.returnPressed.connect(self.submit)

        self.error = _label(style=_ERR_STYLE, selectable=True)
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
        layout.addLayout(pass_form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_predikat()

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
            self.predikat.setStyleSheet(_WARN_STYLE)
            self.predikat.setFont(self._plain_font)
            return
        if rated is None:
            self.predikat.setText(self.tr("Tanpa penilaian: hanya keputusan yang dicatat."))
            self.predikat.setStyleSheet(_MUTED_STYLE)
            self.predikat.setFont(self._plain_font)
        else:
            self.predikat.setText(PREDIKAT[(rated.hasil_kerja, rated.perilaku_kerja)])
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
            rated = self.rating()
        except ValueError:
            self._fail(self.tr("Pilih Hasil Kerja dan Perilaku Kerja bersama-sama, atau kosongkan keduanya."))
            return
        if not self.passphrase.text():
            self._fail(self.tr("Isi frasa sandi kunci tanda tangan Anda."))
            self.passphrase.setFocus()
            return
        from absensi_app.signing.keys import WrongPassphraseError

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            signed, verdict = self.ctx.approval.countersign(
                self.data, self.decision, note, self.passphrase.text(), rated
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


# ---- one signer --------------------------------------------------------------------------
class SignerPanel(QGroupBox):
    """Who signed, when, whether the signature is intact and whether the certificate is known;
    for an unknown certificate its fingerprint and "Percayai sertifikat ini…"."""

    trust_requested = Signal(object)  # SignerVerdict

    def __init__(self, signer: SignerVerdict, can_trust: bool, known_for_nip: list, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setTitle(self.tr("Pegawai") if signer.role == "pegawai" else self.tr("Pejabat penilai"))
        self.signer = signer
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name = _label(clip(signer.name, 150) or "-", selectable=True)
        self.nip = _label(signer.nip or "-", selectable=True)
        self.when = _label(local_time_text(signer.signing_time))
        self.when.setToolTip(self.tr("Waktu menurut komputer penanda tangan."))
        if signer.intact:
            self.intact = _label(self.tr("Ya, tidak berubah sejak ditandatangani"), _OK_STYLE)
        else:
            self.intact = _label(self.tr("TIDAK: tanda tangan rusak atau berkas diubah"), _ERR_STYLE + "font-weight: bold;")
        self.trust = _label(*self._trust_text(signer))
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Waktu"), self.when)
        form.addRow(self.tr("Utuh"), self.intact)
        form.addRow(self.tr("Sertifikat"), self.trust)
        self.fingerprint = _label(fingerprint_blocks(signer.fingerprint), selectable=True)
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.fingerprint.setFont(mono)
        self.fingerprint.setWordWrap(False)
        self.trust_button: QPushButton | None = None
        unknown = signer.trust in (Trust.NEW, Trust.CONFLICT)
        if unknown:
            form.addRow(self.tr("Sidik jari"), self.fingerprint)
            if signer.trust is Trust.CONFLICT and known_for_nip:
                known = "\n".join(
                    f"{clip(c.name, 80)}: {fingerprint_short(c.fingerprint)}" for c in known_for_nip
                )
                self.known = _label(
                    self.tr("Sertifikat yang sudah Anda percayai untuk NIP ini:\n{known}").format(known=known),
                    _ERR_STYLE,
                )
                form.addRow(self.known)
            if signer.role == "pegawai":
                text = self.tr("Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon: ia membacanya "
                               "di Absensi \u203a Kunci tanda tangan). Percayai hanya bila semuanya sama.")  # fmt: skip
            else:
                text = self.tr("Cocokkan sidik jari ini dengan pejabat penilai Anda (mis. lewat telepon: ia "
                               "membacanya di Absensi \u203a Kunci tanda tangan). Percayai hanya bila "
                               "semuanya sama.")  # fmt: skip
            hint = _label(text, _MUTED_STYLE)
            form.addRow(hint)
            if can_trust:
                self.trust_button = QPushButton(self.tr("Percayai sertifikat ini\u2026"))
                self.trust_button.clicked.connect(lambda: self.trust_requested.emit(self.signer))
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(self.trust_button)
                form.addRow(row)
        else:
            self.fingerprint.setText(fingerprint_short(signer.fingerprint))
            self.fingerprint.setStyleSheet(_MUTED_STYLE)
            self.fingerprint.setToolTip(fingerprint_blocks(signer.fingerprint))
            form.addRow(self.tr("Sidik jari"), self.fingerprint)

    def _trust_text(self, signer: SignerVerdict) -> tuple[str, str]:
        if signer.trust is Trust.OWN:
            return self.tr("Sertifikat Anda sendiri"), _OK_STYLE
        if signer.trust is Trust.TRUSTED:
            return self.tr("Dipercaya, tercatat sebagai {name}").format(name=clip(signer.trusted_as, 120)), _OK_STYLE
        if signer.trust is Trust.CONFLICT:
            return (self.tr("BERBEDA dari sertifikat yang Anda percayai untuk NIP ini. Bisa jadi "
                            "dipalsukan: hubungi pegawai sebelum berbuat apa pun."),
                    _ERR_STYLE + "font-weight: bold;")  # fmt: skip
        return self.tr("Belum dikenal"), _WARN_STYLE + "font-weight: bold;"


# ---- the viewer --------------------------------------------------------------------------
class _FitWidthPanel(QWidget):
    """Inside a QScrollArea: never shorter than its word-wrapped content needs at its width
    (QScrollArea ignores height-for-width, which would squeeze wrapped labels together)."""

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self.fit()


class SummaryViewer(QMainWindow):
    """``open_file(path)`` / ``open_bytes(data, name)`` show a summary and its verdict.

    Signals: ``verified(verdict)`` after every verdict shown, ``trust_changed()`` after a
    certificate was trusted here, ``decision_applied(month, state)`` after the employee
    applied the supervisor's decision (state "disetujui" or "dikembalikan"), and
    ``decision_saved(path)`` after the supervisor wrote a countersigned file.
    """

    verified = Signal(object)
    trust_changed = Signal()
    decision_applied = Signal(str, str)
    decision_saved = Signal(str)

    PAGES, PLACEHOLDER = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: Verdict | None = None
        self.data: bytes | None = None
        self.path: Path | None = None
        self.name = ""
        self.decision_dialog: DecisionDialog | None = None
        self.trust_dialog = None
        self.signer_panels: list[SignerPanel] = []
        self._buffer: QBuffer | None = None
        self._loaded: bytes | None = None
        self.setWindowTitle(self.tr("Periksa ringkasan"))
        self.setAcceptDrops(True)
        self.resize(1320, 880)

        # ---- toolbar ---------------------------------------------------------------------
        bar = QToolBar(self.tr("Ringkasan"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.open_action = QAction(self.tr("Buka berkas\u2026"), self)
        self.open_action.setShortcut(QKeySequence.Open)
        self.open_action.triggered.connect(lambda: self.choose_file())
        self.trust_action = QAction(self.tr("Sertifikat tepercaya\u2026"), self)
        self.trust_action.triggered.connect(lambda: self.open_trust_dialog())
        self.fit_action = QAction(self.tr("Sesuai lebar"), self)
        self.fit_action.triggered.connect(lambda: self.fit_width())
        self.zoom_out_action = QAction(self.tr("Perkecil"), self)
        self.zoom_out_action.setShortcut(QKeySequence.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom(1 / 1.25))
        self.zoom_in_action = QAction(self.tr("Perbesar"), self)
        self.zoom_in_action.setShortcut(QKeySequence.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.zoom(1.25))
        bar.addAction(self.open_action)
        bar.addAction(self.trust_action)
        bar.addSeparator()
        bar.addAction(self.fit_action)
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        self.page_count = QLabel()
        self.page_count.setContentsMargins(12, 0, 0, 0)
        bar.addWidget(self.page_count)
        self.addToolBar(bar)

        # ---- left: the pages -------------------------------------------------------------
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pages_banner = _label(style="")
        self.pages_banner.hide()
        pages = QWidget()
        pl = QVBoxLayout(pages)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(0)
        pl.addWidget(self.pages_banner)
        pl.addWidget(self.pdf_view, 1)
        self.placeholder_text = _label()
        self.placeholder_text.setAlignment(Qt.AlignCenter)
        self.placeholder_text.setFont(_scaled(self.placeholder_text.font(), 1.2))
        self.show_pages_button = QPushButton(self.tr("Tetap tampilkan halamannya"))
        self.show_pages_button.setToolTip(self.tr("Isinya tidak bisa dipercaya; hanya untuk melihat berkas apa ini."))
        self.show_pages_button.clicked.connect(lambda: self.show_pages_anyway())
        placeholder = QWidget()
        placeholder.setObjectName("placeholder")
        placeholder.setStyleSheet("#placeholder { background: #f1f3f4; }")
        phl = QVBoxLayout(placeholder)
        phl.setContentsMargins(60, 24, 60, 24)
        phl.addStretch(1)
        phl.addWidget(self.placeholder_text)
        phl.addSpacing(12)
        phl.addWidget(self.show_pages_button, 0, Qt.AlignHCenter)
        phl.addStretch(2)
        self.left = QStackedWidget()
        self.left.addWidget(pages)
        self.left.addWidget(placeholder)

        # ---- right: the verdict ----------------------------------------------------------
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.status_word = _label()
        self.status_word.setFont(_scaled(self.status_word.font(), 1.7, bold=True))
        self.headline = _label(selectable=True)
        self.headline.setFont(_scaled(self.headline.font(), 1.15))
        bl = QVBoxLayout(self.banner)
        bl.setContentsMargins(14, 12, 14, 12)
        bl.addWidget(self.status_word)
        bl.addWidget(self.headline)

        self.notice = _label(selectable=True)
        self.notice.hide()
        self.file_label = _label(style=_MUTED_STYLE, selectable=True)
        self.month_label = _label()
        self.additions = _label()
        self.problems = _label(style=_ERR_STYLE, selectable=True)
        self.signers_box = QWidget()
        self.signers_layout = QVBoxLayout(self.signers_box)
        self.signers_layout.setContentsMargins(0, 0, 0, 0)

        self.decision_box = QGroupBox(self.tr("Keputusan pejabat penilai"))
        self.decision_form = QFormLayout(self.decision_box)
        self.decision_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.data_box = QGroupBox(self.tr("Isi ringkasan (dari data yang ditandatangani)"))
        self.data_form = QFormLayout(self.data_box)
        self.data_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.no_data = _label()
        self.no_data.setObjectName("nodata")

        self.approve_button = QPushButton(self.tr("Setujui\u2026"))
        self.approve_button.clicked.connect(lambda: self.start_approve())
        self.return_button = QPushButton(self.tr("Kembalikan\u2026"))
        self.return_button.clicked.connect(lambda: self.start_return())
        self.apply_button = QPushButton(self.tr("Terapkan keputusan"))
        self.apply_button.clicked.connect(lambda: self.apply_decision())
        self.action_hint = _label(style=_MUTED_STYLE)
        for button in (self.approve_button, self.return_button, self.apply_button):
            button.setMinimumHeight(34)
        bold = self.approve_button.font()
        bold.setBold(True)
        self.approve_button.setFont(bold)
        self.apply_button.setFont(bold)
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addStretch(1)
        actions.addWidget(self.return_button)
        actions.addWidget(self.approve_button)
        self.result = _label(selectable=True)
        self.result.hide()

        # the details scroll; the verdict above and the actions below always stay in view
        self.panel = _FitWidthPanel()
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(0, 0, 8, 0)
        self.panel_layout.setSpacing(10)
        for w in (self.file_label, self.month_label, self.additions, self.problems, self.signers_box,
                  self.decision_box, self.no_data, self.data_box):  # fmt: skip
            self.panel_layout.addWidget(w)
        self.panel_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.panel_scroll = scroll
        right = QWidget()
        right.setMinimumWidth(480)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(12, 12, 12, 12)
        rl.setSpacing(10)
        rl.addWidget(self.banner)
        rl.addWidget(self.notice)
        rl.addWidget(scroll, 1)
        rl.addWidget(self.result)
        rl.addWidget(self.action_hint)
        rl.addLayout(actions)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 560])
        self.setCentralWidget(splitter)
        self._show_empty()

    # ---- opening -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = prompts.open_file(self, self.tr("Buka ringkasan bulanan"), self.tr("PDF (*.pdf);;Semua berkas (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> Verdict:
        """Read, verify and show ``path``. Never raises for a bad file: the verdict says why.

        Read through the one reader of user files: a FIFO, a device (``/dev/zero``) or a
        folder is refused at once (never a frozen window), and at most 50 MB is read."""
        path = Path(path)
        try:
            data: bytes | None = self.ctx.files.read(path, MAX_PDF_BYTES, "Berkas")
        except FileRefused as exc:
            data, verdict = None, Verdict(False, error_text(exc))
        else:
            verdict = self._verify(data)
        self._show(data, path.name, path, verdict)
        return verdict

    def open_bytes(self, data: bytes, name: str = "") -> Verdict:
        """Verify and show a summary received as bytes (e.g. from an e-mail attachment)."""
        data = bytes(data)
        verdict = self._verify(data)
        self._show(data, name or self.tr("ringkasan.pdf"), None, verdict)
        return verdict

    def reverify(self) -> Verdict | None:
        """Verify the open file again (after the trust store changed)."""
        if self.data is None:
            if self.path is not None:
                return self.open_file(self.path)
            return None
        verdict = self._verify(self.data)
        self._show(self.data, self.name, self.path, verdict, keep_notice=True)
        return verdict

    def _verify(self, data: bytes) -> Verdict:
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            return self.ctx.verification.verify(data)
        finally:
            QGuiApplication.restoreOverrideCursor()

    # ---- drag and drop ---------------------------------------------------------------
    @staticmethod
    def _dropped_files(event) -> list[Path]:  # noqa: ANN001
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(files[0])
        if len(files) > 1:
            self.statusBar().showMessage(
                self.tr("Hanya berkas pertama yang dibuka ({name}).").format(name=files[0].name), 8000
            )

    # ---- zoom --------------------------------------------------------------------------
    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom(self, factor: float) -> None:
        current = self.pdf_view.zoomFactor()
        if self.pdf_view.zoomMode() != QPdfView.ZoomMode.Custom:
            # FitToWidth computes its own factor; start from what is on screen
            page = self.pdf_document.pagePointSize(0)
            viewport = self.pdf_view.viewport().width()
            if page.width() > 0 and viewport > 0:
                current = viewport / (page.width() * self.logicalDpiX() / 72)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    # ---- showing a verdict -----------------------------------------------------------
    def _show_empty(self) -> None:
        self._set_banner(GREY_COLOURS, self.tr("Belum ada berkas"),
                         self.tr("Seret berkas PDF ringkasan bulanan ke jendela ini, atau pilih "
                                 "Buka berkas\u2026"))  # fmt: skip
        for w in (self.file_label, self.month_label, self.additions, self.problems, self.decision_box,
                  self.data_box, self.no_data, self.action_hint, self.result):  # fmt: skip
            w.hide()
        for b in (self.approve_button, self.return_button, self.apply_button):
            b.hide()
        self.placeholder_text.setText(self.tr("Belum ada berkas yang dibuka."))
        self.show_pages_button.hide()
        self.left.setCurrentIndex(self.PLACEHOLDER)
        self.page_count.clear()

    def _set_banner(self, colours: tuple[str, str, str], word: str, text: str) -> None:
        background, border, fg = colours
        self.banner.setStyleSheet(
            f"#banner {{ background: {background}; border: 2px solid {border}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {fg}; background: transparent; }}"
        )
        self.status_word.setText(word)
        self.headline.setText(text)

    def _show(self, data: bytes | None, name: str, path: Path | None, verdict: Verdict,
              keep_notice: bool = False) -> None:  # fmt: skip
        self.data, self.name, self.path, self.verdict = data, name, path, verdict
        if self.decision_dialog is not None:
            self.decision_dialog.close()
            self.decision_dialog = None
        if not keep_notice:
            self.notice.hide()
        self.result.hide()
        self.setWindowTitle(self.tr("Periksa ringkasan \u2014 {name}").format(name=clip(name, 80)))
        self.statusBar().showMessage(str(path) if path else name)
        self._set_banner(verdict_colours(verdict), verdict_word(verdict), verdict.headline())
        self.file_label.setText(self.tr("Berkas: {name}").format(name=clip(name, 160)))
        self.file_label.show()
        self._show_pages(data, verdict)
        self._show_facts(verdict)
        self._show_signers(verdict)
        self._show_decision(verdict)
        self._show_data(verdict)
        self._show_actions(verdict)
        self.panel.fit()
        self.panel_scroll.verticalScrollBar().setValue(0)
        self.verified.emit(verdict)

    def _show_pages(self, data: bytes | None, verdict: Verdict) -> None:
        self.pages_banner.hide()
        self.show_pages_button.hide()
        self.placeholder_text.setStyleSheet("")
        if data is None or not verdict.readable:
            self._unload()
            self.placeholder_text.setText(self.tr("Berkas ini tidak bisa ditampilkan."))
            self.left.setCurrentIndex(self.PLACEHOLDER)
            return
        if data is not self._loaded or self.pdf_document.status() != QPdfDocument.Status.Ready:
            self._unload()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.ReadOnly)
            self.pdf_document.load(self._buffer)
            self._loaded = data
            self.fit_width()
        pages = self.pdf_document.pageCount() if self.pdf_document.status() == QPdfDocument.Status.Ready else 0
        if pages == 0:
            self.placeholder_text.setText(self.tr("Halaman berkas ini tidak bisa ditampilkan."))
            self.left.setCurrentIndex(self.PLACEHOLDER)
            return
        self.page_count.setText(self.tr("{n} halaman").format(n=pages))
        if verdict.outcome in (Outcome.INVALID, Outcome.UNSIGNED):
            # a changed or unsigned file: its pages are not shown as if they were the summary
            self.placeholder_text.setText(
                self.tr("Halaman berkas ini disembunyikan karena isinya tidak bisa dipastikan asli. "
                        "Minta pegawai mengirim ulang ringkasannya.")
            )
            self.placeholder_text.setStyleSheet(_ERR_STYLE)
            self.show_pages_button.show()
            self.left.setCurrentIndex(self.PLACEHOLDER)
        else:
            self.left.setCurrentIndex(self.PAGES)
            if verdict.outcome is Outcome.CONFLICT:
                self._page_banner(ALARM_COLOURS, self.tr("AWAS: ditandatangani dengan sertifikat yang berbeda "
                                                         "dari yang Anda percayai. Halaman ini bisa palsu."))  # fmt: skip
            elif verdict.outcome.unknown_signer and _known(verdict.employee):
                self._page_banner(WARN_COLOURS, self.tr("Sertifikat pejabat penilai belum dikenal: cocokkan "
                                                        "dulu sebelum mempercayai keputusannya."))  # fmt: skip
            elif verdict.outcome.unknown_signer:
                self._page_banner(WARN_COLOURS, self.tr("Penanda tangan belum dikenal: cocokkan dulu "
                                                        "sebelum mempercayai halaman ini."))  # fmt: skip

    def _unload(self) -> None:
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._loaded = None
        self.page_count.clear()

    def _page_banner(self, colours: tuple[str, str, str], text: str) -> None:
        background, border, fg = colours
        self.pages_banner.setText(text)
        self.pages_banner.setStyleSheet(
            f"background: {background}; color: {fg}; border-bottom: 2px solid {border}; padding: 8px;"
            "font-weight: bold;"
        )
        self.pages_banner.show()

    def show_pages_anyway(self) -> None:
        if self.pdf_document.pageCount() == 0:
            return
        self._page_banner(BAD_COLOURS, self.tr("BERKAS TIDAK SAH: halaman di bawah ini tidak bisa dijadikan "
                                               "pegangan."))  # fmt: skip
        self.left.setCurrentIndex(self.PAGES)

    def _show_facts(self, verdict: Verdict) -> None:
        trustworthy = verdict.outcome.trustworthy_content
        if trustworthy and verdict.month:
            self.month_label.setText(
                self.tr("Bulan: {month}, revisi {revision}").format(
                    month=month_text(verdict.month), revision=clip(verdict.revision, 10)
                )
            )
            font = self.month_label.font()
            font.setBold(True)
            self.month_label.setFont(font)
            self.month_label.show()
        else:
            self.month_label.hide()
        if verdict.signed and verdict.intact:
            if verdict.only_signatures_added:
                self.additions.setText(self.tr("Setelah ditandatangani: tidak ada perubahan selain "
                                               "tanda tangan."))  # fmt: skip
                self.additions.setStyleSheet(_OK_STYLE)
            else:
                self.additions.setText(self.tr("Setelah ditandatangani: ADA perubahan lain selain tanda "
                                               "tangan."))  # fmt: skip
                self.additions.setStyleSheet(_ERR_STYLE + "font-weight: bold;")
            self.additions.show()
        else:
            self.additions.hide()
        problems = verdict.consistency_problems + verdict.approval_problems
        if problems:
            self.problems.setText(
                self.tr("Data tidak cocok:") + "\n" + "\n".join("\u2022 " + clip(p) for p in problems)
            )
            self.problems.show()
        else:
            self.problems.hide()

    def _show_signers(self, verdict: Verdict) -> None:
        _clear(self.signers_layout)
        self.signer_panels = []
        can_trust = verdict.intact and verdict.only_signatures_added and verdict.consistent
        for signer in verdict.signers:
            known = self.ctx.trust.for_nip(signer.nip) if signer.trust is Trust.CONFLICT and signer.nip else []
            panel = SignerPanel(signer, can_trust and signer.intact, known)
            panel.trust_requested.connect(self.trust_signer)
            self.signers_layout.addWidget(panel)
            panel.show()
            self.signer_panels.append(panel)
        self.signers_box.setVisible(bool(verdict.signers))

    def _show_decision(self, verdict: Verdict) -> None:
        _clear(self.decision_form)
        approval = _dict(verdict.approval)
        if not verdict.outcome.trustworthy_content or not approval:
            self.decision_box.hide()
            return
        form = self.decision_form
        if _known(verdict.supervisor):
            self.decision_box.setTitle(self.tr("Keputusan pejabat penilai"))
        else:
            self.decision_box.setTitle(self.tr("Keputusan pejabat penilai (sertifikatnya belum dikenal)"))
        if verdict.decision is Decision.APPROVED:
            word = _label(self.tr("DISETUJUI"), _OK_STYLE + "font-weight: bold;")
        elif verdict.decision is Decision.RETURNED:
            word = _label(self.tr("DIKEMBALIKAN untuk diperbaiki"), _WARN_STYLE + "font-weight: bold;")
        else:
            word = _label(self.tr("tidak dikenal"), _ERR_STYLE)
        form.addRow(self.tr("Keputusan"), word)
        supervisor = verdict.supervisor
        if supervisor is not None:
            form.addRow(self.tr("Oleh"), _label(f"{clip(supervisor.name, 120)} (NIP {supervisor.nip})", selectable=True))
        note = clip(approval.get("note"), 2000)
        form.addRow(self.tr("Catatan"), _label(note or "-", selectable=True))
        rating = _dict(approval.get("rating"))
        if rating:
            form.addRow(self.tr("Hasil Kerja"), _label(rating_label(rating.get("hasil_kerja"))))
            form.addRow(self.tr("Perilaku Kerja"), _label(rating_label(rating.get("perilaku_kerja"))))
            predikat = _label(clip(rating.get("predikat"), 60))
            font = predikat.font()
            font.setBold(True)
            predikat.setFont(font)
            form.addRow(self.tr("Predikat"), predikat)
        else:
            form.addRow(self.tr("Penilaian"), _label(self.tr("tidak diberikan"), _MUTED_STYLE))
        _reveal(form)
        self.decision_box.show()

    def _show_data(self, verdict: Verdict) -> None:
        _clear(self.data_form)
        report = verdict.report if isinstance(verdict.report, dict) else None
        if not verdict.outcome.trustworthy_content or report is None:
            self.data_box.hide()
            if verdict.outcome is Outcome.UNREADABLE:
                text = self.tr("Berkas ini bukan ringkasan yang bisa dibaca, jadi tidak ada isi yang "
                               "bisa ditampilkan.")  # fmt: skip
            elif not verdict.signed:
                text = self.tr("Isi berkas tidak ditampilkan: tanpa tanda tangan elektronik, tidak bisa "
                               "dipastikan siapa yang membuatnya dan apakah isinya asli.")  # fmt: skip
            else:
                text = self.tr("Isi berkas tidak ditampilkan karena keasliannya tidak bisa dipastikan. "
                               "Angka dan halaman di dalamnya jangan dijadikan pegangan.")  # fmt: skip
            self.no_data.setText(text)
            self.no_data.setStyleSheet(
                "#nodata { border: 1px solid #c62828; border-radius: 4px; padding: 8px; color: #a50e0e; }"
            )
            self.no_data.show()
            return
        self.no_data.hide()
        if not _known(verdict.employee):
            self.data_box.setTitle(self.tr("Isi ringkasan (belum pasti dari pegawai ini)"))
        else:
            self.data_box.setTitle(self.tr("Isi ringkasan (dari data yang ditandatangani)"))
        try:
            self._fill_data(report)
        except Exception:  # noqa: BLE001 - a signed but odd file must not break the window
            log.exception("summary data could not be shown")
            _clear(self.data_form)
            self.data_form.addRow(_label(self.tr("Data ringkasan tidak lengkap; lihat halamannya."), _WARN_STYLE))
        _reveal(self.data_form)
        self.data_box.show()

    def _fill_data(self, report: dict) -> None:
        form = self.data_form
        employee = _dict(report.get("employee"))
        who = clip(employee.get("name"), 120)
        details = ", ".join(clip(employee.get(k), 120) for k in ("position", "unit") if employee.get(k))
        form.addRow(self.tr("Pegawai"), _label(who + (f"\n{details}" if details else ""), selectable=True))
        totals = _dict(report.get("totals"))
        total, expected = _int(totals.get("total_minutes")), _int(totals.get("expected_minutes"))
        if total is not None:
            text = minutes_text(total)
            style = ""
            if expected:
                text = self.tr("{done} dari target {target} ({pct}%)").format(
                    done=minutes_text(total), target=minutes_text(expected),
                    pct=_number_text(total * 100 / expected),
                )  # fmt: skip
                style = _OK_STYLE if total >= expected else _WARN_STYLE
            form.addRow(self.tr("Jam tercatat"), _label(text, style))
        working, logged = _int(totals.get("working_days")), _int(totals.get("logged_days"))
        if working is not None and logged is not None:
            form.addRow(self.tr("Hari kerja terisi"),
                        _label(self.tr("{logged} dari {working} hari").format(logged=logged, working=working)))  # fmt: skip
        missing = _list(totals.get("missing_days"))
        if missing:
            days = ", ".join(_day_text(d) for d in missing[:31])
            form.addRow(self.tr("Hari kosong"), _label(
                self.tr("{n} hari tanpa catatan dan tanpa keterangan: {days}").format(n=len(missing), days=days),
                _ERR_STYLE,
            ))  # fmt: skip
        else:
            form.addRow(self.tr("Hari kosong"), _label(self.tr("tidak ada"), _OK_STYLE))
        by_location = _dict(totals.get("by_location"))
        lines = []
        for location in Location:
            item = _dict(by_location.get(location.value))
            minutes, days = _int(item.get("minutes")), _int(item.get("days"))
            if minutes:
                lines.append(self.tr("{where}: {time} ({days} hari)").format(
                    where=location_label(location), time=minutes_text(minutes), days=days or 0))  # fmt: skip
        if lines:
            form.addRow(self.tr("Lokasi"), _label("\n".join(lines)))
        rhk_lines = []
        for item in _list(report.get("rhk"))[:30]:
            item = _dict(item)
            name = clip(item.get("name"), 90)
            percent = _num(item.get("percent"))
            realized, target = _num(item.get("realized")), _num(item.get("target"))
            unit = clip(item.get("unit"), 30)
            amount = ""
            if realized is not None and target is not None:
                amount = f" ({_number_text(realized)}/{_number_text(target)} {unit})".rstrip(" )") + ")"
            share = f"{_number_text(percent)}%" if percent is not None else self.tr("tanpa target")
            rhk_lines.append(f"\u2022 {share}: {name}{amount}")
        if rhk_lines:
            form.addRow(self.tr("Capaian RHK bulan ini"), _label("\n".join(rhk_lines)))
            form.addRow(_label(self.tr("Capaian RHK adalah catatan pegawai sendiri, bukan predikat resmi."),
                               _MUTED_STYLE))  # fmt: skip
        exported = clip(report.get("exported_at"), 40)
        if exported:
            try:
                exported = local_time_text(datetime.fromisoformat(exported))
            except ValueError:
                pass
            form.addRow(self.tr("Diekspor"), _label(exported, _MUTED_STYLE))

    # ---- the actions -------------------------------------------------------------------
    def _show_actions(self, verdict: Verdict) -> None:
        for b in (self.approve_button, self.return_button, self.apply_button):
            b.hide()
            b.setEnabled(True)
        self.action_hint.hide()
        employee = verdict.employee
        if not verdict.readable or employee is None:
            return
        sound = verdict.intact and verdict.only_signatures_added and verdict.consistent
        if verdict.decision is not None and employee.trust is Trust.OWN:
            # the employee opens what the supervisor sent back
            if sound:
                lock = self.ctx.locks.get(verdict.month) if verdict.month else None
                if lock is not None and lock.revision == verdict.revision and lock.state == verdict.decision.value:
                    self.action_hint.setText(self.tr("Keputusan ini sudah diterapkan pada data Anda."))
                    self.action_hint.show()
                else:
                    self.apply_button.show()
            return
        if len(verdict.signers) != 1 or employee.trust is Trust.OWN:
            return
        if not verdict.outcome.trustworthy_content:
            return
        self.approve_button.show()
        self.return_button.show()
        hint = ""
        if verdict.outcome is Outcome.CONFLICT and employee.trust is Trust.CONFLICT:
            hint = self.tr("Jangan beri keputusan sebelum pegawai memastikan bahwa sertifikat ini "
                           "miliknya.")  # fmt: skip
        elif verdict.outcome.unknown_signer:
            hint = self.tr("Cocokkan dan percayai sertifikat pegawai dulu; setelah itu ringkasan bisa "
                           "disetujui atau dikembalikan.")  # fmt: skip
        else:
            me = self.ctx.profile.get()
            wanted = _dict(_dict(verdict.report).get("supervisor"))
            if me is None:
                hint = self.tr("Isi profil Anda dulu (Pengaturan \u203a Profil) untuk memberi keputusan.")
            elif wanted.get("nip") and _digits(wanted.get("nip")) != _digits(me.nip):
                hint = self.tr("Ringkasan ini ditujukan kepada {name} (NIP {nip}) sebagai pejabat "
                               "penilai, bukan kepada Anda.").format(
                    name=clip(wanted.get("name"), 120), nip=clip(wanted.get("nip"), 30))  # fmt: skip
        if hint:
            self.approve_button.setEnabled(False)
            self.return_button.setEnabled(False)
            self.action_hint.setText(hint)
            self.action_hint.show()

    def start_approve(self) -> DecisionDialog | None:
        return self._start_decision(Decision.APPROVED)

    def start_return(self) -> DecisionDialog | None:
        return self._start_decision(Decision.RETURNED)

    def _start_decision(self, decision: Decision) -> DecisionDialog | None:
        if self.data is None or self.verdict is None or self.verdict.outcome is not Outcome.VALID:
            return None
        if self.decision_dialog is not None:
            self.decision_dialog.close()
        dialog = DecisionDialog(self.ctx, self.data, self.verdict, decision, self.path, self.name, self)
        dialog.saved.connect(self._decision_saved)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: DecisionDialog) -> None:
        if self.decision_dialog is dialog:
            self.decision_dialog = None
        dialog.deleteLater()

    def _decision_saved(self, path: str) -> None:
        self.open_file(path)
        word = self.tr("disetujui") if self.verdict and self.verdict.decision is Decision.APPROVED else self.tr("dikembalikan")
        self.notice.setText(
            self.tr("Ringkasan {word} dan disimpan ke {path}. Kirim berkas ini kembali ke pegawai.").format(
                word=word, path=path)
        )  # fmt: skip
        self.notice.setStyleSheet(_OK_STYLE + "font-weight: bold;")
        self.notice.show()
        self.decision_saved.emit(path)

    def trust_signer(self, signer: SignerVerdict) -> bool:
        """Ask (showing the fingerprint), then trust the signer's certificate and re-verify."""
        text = self.tr(
            "Percayai sertifikat {name} (NIP {nip})?\n\nSidik jari:\n{fp}\n\nTelepon atau temui "
            "pegawai itu dan minta ia membacakan sidik jari dari aplikasinya (Kunci tanda tangan). "
            "Percayai hanya bila semua huruf dan angkanya sama."
        ).format(name=clip(signer.name, 120), nip=signer.nip or "-", fp=fingerprint_blocks(signer.fingerprint))
        if signer.trust is Trust.CONFLICT:
            text += "\n\n" + self.tr(
                "PERHATIAN: Anda sudah mempercayai sertifikat LAIN untuk NIP ini. Percayai yang baru "
                "hanya bila pegawai memastikan bahwa ia memang membuat kunci baru."
            )
        if not prompts.confirm(self, self.tr("Percayai sertifikat"), text):
            return False
        try:
            added = self.ctx.trust.add(signer.certificate_der, clip(signer.name, 200) or None)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Percayai sertifikat"), error_text(exc))
            return False
        self.notice.setText(self.tr("Sertifikat {name} (NIP {nip}) sekarang Anda percayai.").format(
            name=clip(added.name, 120), nip=added.nip))  # fmt: skip
        self.notice.setStyleSheet(_OK_STYLE)
        self.notice.show()
        self.trust_changed.emit()
        self.reverify()
        return True

    def apply_decision(self) -> str | None:
        """The employee applies the supervisor's decision; returns the new state or None."""
        verdict = self.verdict
        if self.data is None or verdict is None or verdict.decision is None:
            return None
        month = month_text(verdict.month)
        if verdict.decision is Decision.APPROVED:
            question = self.tr("Terapkan persetujuan untuk {month}? Bulan itu akan terkunci permanen: "
                               "catatannya tidak bisa diubah lagi.").format(month=month)  # fmt: skip
        else:
            question = self.tr("Terapkan pengembalian untuk {month}? Bulan itu dibuka lagi supaya bisa "
                               "Anda perbaiki dan ekspor ulang.").format(month=month)  # fmt: skip
        supervisor = verdict.supervisor
        trust_fp = None
        if supervisor is not None and supervisor.trust is Trust.NEW:
            # The decision can only count when the supervisor's certificate is trusted: ask the
            # employee to compare the fingerprint first, and trust it in the same step.
            question += "\n\n" + self.tr(
                "Sertifikat pejabat penilai {name} (NIP {nip}) belum Anda percayai. Cocokkan sidik "
                "jarinya dengannya (mis. lewat telepon) sebelum melanjutkan:\n\n{fp}\n\nBila sama, "
                "sertifikat itu dipercaya dan keputusan diterapkan."
            ).format(name=clip(supervisor.name, 120), nip=supervisor.nip or "-",
                     fp=fingerprint_blocks(supervisor.fingerprint))  # fmt: skip
            trust_fp = supervisor.fingerprint
        if not prompts.confirm(self, self.tr("Terapkan keputusan"), question):
            return None
        try:
            got, state = self.ctx.approval.apply_decision(self.data, trust_fp)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Terapkan keputusan"), error_text(exc))
            return None
        who = clip(got.supervisor.name, 120) if got.supervisor else "-"
        if state == Decision.APPROVED.value:
            text = self.tr("{month} revisi {revision} DISETUJUI oleh {who}. Bulan itu sekarang terkunci "
                           "permanen.").format(month=month, revision=got.revision, who=who)  # fmt: skip
            style = _OK_STYLE
        else:
            note = clip((got.approval or {}).get("note"), 2000) or "-"
            text = self.tr("{month} DIKEMBALIKAN oleh {who} untuk diperbaiki. Bulan itu dibuka lagi; "
                           "setelah diperbaiki, ekspor ulang ringkasannya.\n\nCatatan: {note}").format(
                month=month, who=who, note=note)  # fmt: skip
            style = _WARN_STYLE
        self.result.setText(text)
        self.result.setStyleSheet(
            style + "font-weight: bold; border: 1px solid #9aa0a6; border-radius: 4px; padding: 8px;"
        )
        self.result.show()
        self.apply_button.hide()
        self.decision_applied.emit(str(verdict.month), state)
        return state

    def open_trust_dialog(self):  # noqa: ANN201
        from absensi_app.views.trust_dialog import TrustDialog

        if self.trust_dialog is None:
            self.trust_dialog = TrustDialog(self.ctx, self)
            self.trust_dialog.changed.connect(self._trust_store_changed)
        self.trust_dialog.refresh()
        self.trust_dialog.show()
        self.trust_dialog.raise_()
        return self.trust_dialog

    def _trust_store_changed(self) -> None:
        self.trust_changed.emit()
        if self.verdict is not None:
            self.reverify()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        for dialog in (self.decision_dialog, self.trust_dialog):
            if dialog is not None:
                dialog.close()
        self.pdf_document.close()
        super().closeEvent(event)


def _known(signer: SignerVerdict | None) -> bool:
    return signer is not None and signer.trust in (Trust.OWN, Trust.TRUSTED)


def _digits(value: object) -> str:
    return re.sub(r"\D", "", str(value or ""))


__all__ = ["DecisionDialog", "SignerPanel", "SummaryViewer", "fingerprint_blocks", "fingerprint_short"]

