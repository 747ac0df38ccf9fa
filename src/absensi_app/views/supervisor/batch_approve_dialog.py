"""Approving several waiting months at once, from the team table: the files to approve (all
ticked, untick any), an optional note, where the approved files go (next to each original as
``NAME-disetujui.pdf``, or a folder), one passphrase. Each file is countersigned and verified
before it is written (``services.batch_approval``), off the GUI thread, with progress."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.batch_approval import BatchResult, approve_many, worker_approval
from absensi_app.services.context import AppContext
from absensi_app.services.verification import MAX_NOTE
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.panel_widgets import bold_font, plain_label
from absensi_app.views.supervisor.verdict_text import ERR_STYLE, MUTED_STYLE, OK_STYLE, clip, month_text
from absensi_app.views.workers import Task, on_gui_thread, run_task


class BatchApproveDialog(QDialog):
    """``items``: (path, person's name, month, revision) of each waiting file. ``finished_batch``
    (the results) once the files are done; the dialog then shows what happened to each."""

    finished_batch = Signal(object)

    def __init__(self, ctx: AppContext, items: list[tuple[Path, str, str, int | None]],
                 parent: QWidget | None = None, skipped: int = 0) -> None:
        """``skipped``: selected cells that do not wait for a decision (said, not approved)."""
        super().__init__(parent)
        self.ctx = ctx
        self.items = list(items)
        self.results: list[BatchResult] = []
        self.out_dir: Path | None = None
        self._task: Task | None = None
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Setujui beberapa ringkasan"))
        self.setMinimumWidth(640)

        intro = plain_label(self.tr("{n} ringkasan menunggu keputusan Anda.").format(n=len(self.items)))
        intro.setFont(bold_font(intro))
        explain = plain_label(self.tr(
            "Tanda tangan elektronik Anda sebagai pejabat penilai ditambahkan ke setiap berkas yang "
            "dicentang, bersama catatan di bawah; isi ringkasan pegawai tidak berubah. Setiap berkas "
            "diperiksa lagi setelah ditandatangani, sebelum ditulis. Untuk memberi penilaian kinerja, "
            "setujui ringkasannya satu per satu dari penampil."), MUTED_STYLE)  # fmt: skip
        self.skipped = plain_label(self.tr(
            "{n} sel lain yang dipilih tidak menunggu keputusan (sudah diputuskan, bermasalah atau "
            "kosong) dan tidak ikut disetujui.").format(n=skipped), MUTED_STYLE)  # fmt: skip
        self.skipped.setVisible(skipped > 0)
        self.list = QListWidget()
        for path, name, month, revision in self.items:
            item = QListWidgetItem(self.tr("{name} \u2014 {month}, revisi {revision} ({file})").format(
                name=clip(name, 80), month=month_text(month), revision=revision, file=clip(path.name, 80)))  # fmt: skip
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            item.setData(Qt.UserRole, str(path))
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Catatan untuk semua berkas (boleh kosong), mis. terima kasih."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)

        self.beside = QRadioButton(self.tr("Di samping berkas aslinya, sebagai NAMA-disetujui.pdf"))
        self.elsewhere = QRadioButton(self.tr("Ke folder lain\u2026"))
        self.beside.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.beside)
        group.addButton(self.elsewhere)
        self.elsewhere.clicked.connect(lambda: self.choose_folder())
        self.folder_label = plain_label(style=MUTED_STYLE)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(1000)
        self.passphrase.setPlaceholderText(self.tr("frasa sandi kunci tanda tangan Anda"))
        self.passphrase.returnPressed.connect(lambda: self.submit())

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.error = plain_label(style=ERR_STYLE, selectable=True)
        self.error.hide()
        self.outcome = plain_label(selectable=True)
        self.outcome.hide()

        self.sign_button = QPushButton()
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(lambda: self.submit())
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(explain)
        layout.addWidget(self.skipped)
        layout.addWidget(self.list, 1)
        layout.addWidget(plain_label(self.tr("Catatan")))
        layout.addWidget(self.note)
        layout.addWidget(plain_label(self.tr("Simpan berkas yang disetujui")))
        layout.addWidget(self.beside)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.folder_label)
        layout.addWidget(plain_label(self.tr("Frasa sandi")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self._update()

    # ---- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def chosen(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]  # fmt: skip

    def _update(self) -> None:
        n = len(self.chosen())
        self.sign_button.setText(self.tr("Setujui {n} ringkasan dan tanda tangani").format(n=n))
        self.sign_button.setEnabled(n > 0 and not self.busy and not self.results)
        self.folder_label.setText(self.tr("Folder: {p}").format(p=str(self.out_dir)) if self.out_dir else "")
        self.folder_label.setVisible(self.out_dir is not None and self.elsewhere.isChecked())

    def choose_folder(self) -> bool:
        folder = prompts.open_folder(self, self.tr("Pilih folder untuk ringkasan yang disetujui"))
        if not folder:
            if self.out_dir is None:
                self.beside.setChecked(True)
            self._update()
            return False
        self.out_dir = Path(folder)
        self.elsewhere.setChecked(True)
        self._update()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ---- signing ---------------------------------------------------------------------------
    def submit(self) -> bool:
        """Start approving the ticked files; False (with the reason shown) when it cannot."""
        if self.busy or self.results:
            return False
        self.error.hide()
        sources = self.chosen()
        note = self.note.toPlainText().strip()
        if not sources:
            self._fail(self.tr("Centang dulu ringkasan yang akan disetujui."))
            return False
        if len(note) > MAX_NOTE:
            self._fail(self.tr("Catatan terlalu panjang (paling banyak {n} karakter).").format(n=MAX_NOTE))
            return False
        passphrase = self.passphrase.text()
        if not passphrase:
            self._fail(self.tr("Isi frasa sandi kunci tanda tangan Anda."))
            self.passphrase.setFocus()
            return False
        out_dir = self.out_dir if self.elsewhere.isChecked() else None
        try:  # taken here, on the GUI thread: the worker never touches the database
            approval = worker_approval(self.ctx.approval, self.ctx.verification.snapshot(), self.ctx.profile.require())
        except AbsensiError as exc:
            self._fail(error_text(exc))
            return False
        files = self.ctx.files
        stop = self._stop = threading.Event()
        progress = on_gui_thread(self._progressed, parent=self)

        def work() -> list[BatchResult]:  # a worker thread
            return approve_many(approval, files, sources, passphrase, note, None, out_dir,
                                progress=progress, cancelled=stop.is_set)  # fmt: skip

        self.progress.setRange(0, len(sources))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v / %m ringkasan"))
        self.progress.show()
        for w in (self.list, self.note, self.beside, self.elsewhere, self.passphrase):
            w.setEnabled(False)
        self._task = run_task(work, self._done, self._failed, parent=self)
        self._update()
        return True

    def _progressed(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _unlock_inputs(self) -> None:
        for w in (self.list, self.note, self.beside, self.elsewhere, self.passphrase):
            w.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self._task = None
        self.progress.hide()
        self._unlock_inputs()
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(error, AbsensiError):
            self._fail(error_text(error) + " " + self.tr("Tidak ada berkas yang ditulis."))
        else:
            self._fail(self.tr("Tidak bisa menyetujui: {e}").format(e=f"{type(error).__name__}: {error}"))
        self._update()

    def _done(self, results: list[BatchResult]) -> None:
        self._task = None
        self.results = list(results)
        self.passphrase.clear()
        ok = [r for r in results if r.ok]
        lines = [self.tr("{ok} dari {n} ringkasan disetujui.").format(ok=len(ok), n=len(self.chosen()))]
        for r in results:
            if r.ok:
                lines.append(f"\u2713 {clip(r.source.name, 80)} \u2192 {clip(r.target.name if r.target else '', 80)}")
            else:
                why = error_text(r.error) if r.error is not None else r.message
                lines.append(f"\u2717 {clip(r.source.name, 80)}: {why}")
        self.outcome.setText("\n".join(lines))
        self.outcome.setStyleSheet(OK_STYLE if len(ok) == len(results) == len(self.chosen()) else ERR_STYLE)
        self.outcome.show()
        self.cancel_button.setText(self.tr("Tutup"))
        self._update()
        self.finished_batch.emit(self.results)

    def cancel(self) -> None:
        if self.busy:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:  # Esc, the close button
        if self.busy:
            self._stop.set()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._task is not None and not self._task.done:
            self._stop.set()
            self._task.wait()
        super().closeEvent(event)
