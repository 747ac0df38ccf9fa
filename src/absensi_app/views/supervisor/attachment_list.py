"""The verdict panel's list of the evidence files (bukti dukung) a summary carries: name,
size, and whether the embedded file has the signed hash ("cocok" / "TIDAK COCOK"), or that it
was left out ("tidak dilampirkan"). "Buka" writes one file as signed to a temporary folder
outside the data folder and opens it with the system's application."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from absensi_app.domain.report import attachment_display_name, size_text
from absensi_app.domain.verdict import Verdict
from absensi_app.views.supervisor.panel_widgets import bold_font, clear_layout, plain_label
from absensi_app.views.supervisor.verdict_text import ERR_STYLE, MUTED_STYLE, OK_STYLE, clip


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentList(QWidget):
    """``show_verdict(verdict)``; ``data_source()`` gives the bytes of the file the verdict is
    about. ``opener(path)`` opens a written file (the system's application)."""

    def __init__(self, data_source: Callable[[], bytes | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_source = data_source
        self.opener: Callable[[Path], bool] = open_with_system
        self.written: list[Path] = []  # files written for opening, newest last
        self._verdict: Verdict | None = None
        self.title = QLabel(self.tr("Lampiran bukti dukung"))
        self.title.setFont(bold_font(self.title))
        self.rows = QGridLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(10)
        self.message = plain_label(style=ERR_STYLE)
        self.message.hide()
        self.open_buttons: list[QPushButton] = []
        self.state_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.message)
        self.hide()

    def show_verdict(self, verdict: Verdict) -> None:
        self._verdict = verdict
        clear_layout(self.rows)
        self.open_buttons, self.state_labels = [], []
        self.message.hide()
        report = verdict.report
        items = getattr(report, "attachments", ()) if report is not None else ()
        if not items:
            self.hide()
            return
        for row, item in enumerate(items):
            name = attachment_display_name(item.name)
            name_label = plain_label(clip(name, 80), selectable=True)
            name_label.setToolTip(f"SHA-256 {item.sha256 or '-'}")
            size = plain_label(size_text(item.size), style=MUTED_STYLE)
            if not item.attached:
                state = plain_label(self.tr("tidak dilampirkan"), style=MUTED_STYLE)
            elif item.matches:
                state = plain_label(self.tr("cocok"), style=OK_STYLE)
            else:
                state = plain_label(self.tr("TIDAK COCOK"), style=ERR_STYLE + "font-weight: bold;")
            button = QPushButton(self.tr("Buka"))
            button.setEnabled(bool(item.attached and item.matches))
            button.clicked.connect(lambda _=False, i=row: self.open_attachment(i))
            for column, w in enumerate((name_label, size, state, button)):
                self.rows.addWidget(w, row, column)
            self.rows.setColumnStretch(0, 1)
            self.open_buttons.append(button)
            self.state_labels.append(state)
        self.show()

    def open_attachment(self, index: int) -> Path | None:
        """Write attachment ``index`` as signed to a new temporary folder and open it."""
        from absensi_app.services.attachments import embedded_file

        verdict = self._verdict
        items = getattr(verdict.report, "attachments", ()) if verdict and verdict.report else ()
        data = self.data_source()
        if index >= len(items) or data is None:
            return None
        item = items[index]
        raw = None
        # only from the very file the verdict is about, and only with the signed hash
        if hashlib.sha256(data).hexdigest() == verdict.file_sha256:
            raw = embedded_file(data, item.name or "", item.sha256 or "")
        if raw is None:
            self.message.setText(self.tr("Lampiran ini tidak bisa dibuka: isinya tidak cocok dengan "
                                         "hash yang ditandatangani."))  # fmt: skip
            self.message.show()
            return None
        folder = Path(tempfile.mkdtemp(prefix="absensi-bukti-"))
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in attachment_display_name(item.name))
        path = folder / (safe.strip("._") or "bukti")
        path.write_bytes(raw)
        self.written.append(path)
        if not self.opener(path):
            self.message.setText(self.tr("Tidak ada aplikasi untuk membuka {name}; berkasnya ada di "
                                         "{path}.").format(name=path.name, path=str(path)))  # fmt: skip
            self.message.show()
        return path
