"""The export dialog's evidence part: "Bukti dukung: N berkas, X MB", the checkbox to attach
them inside the PDF and a size limit per file (larger files are left out and listed, with
their hash, as "tidak dilampirkan"). The counts are numerus messages ("1 file" / "2 files")."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from absensi_app.views.formatting import size_text

_HINT_STYLE = "color: palette(placeholder-text);"
MB = 1024 * 1024
DEFAULT_LIMIT_MB = 5


class EvidenceBox(QWidget):
    """``show_summary(summary)`` (services.attachments.EvidenceSummary or None);
    ``options()`` gives (attach, max_bytes) for ``ExportService.export_pdf``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.attach = QCheckBox(self.tr("&Lampirkan bukti dukung di dalam PDF"))
        self.attach.setChecked(True)
        self.attach.setToolTip(self.tr("Berkas bukti dukung ikut ditandatangani di dalam PDF; "
                                       "yang tidak dilampirkan tetap tercantum dengan hash-nya."))
        self.limited = QCheckBox(self.tr("Lewati berkas di atas"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 50)
        self.limit.setValue(DEFAULT_LIMIT_MB)
        self.limit.setSuffix(" MB")
        self.left_out = QLabel()
        self.left_out.setStyleSheet(_HINT_STYLE)
        self.left_out.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.limited)
        row.addWidget(self.limit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.attach)
        layout.addLayout(row)
        layout.addWidget(self.left_out)
        for signal in (self.attach.toggled, self.limited.toggled, self.limit.valueChanged):
            signal.connect(self._update)

    def show_summary(self, summary) -> None:  # noqa: ANN001
        self._summary = summary
        self._update()

    def options(self) -> tuple[bool, int | None]:
        """(attach the evidence files, the largest file attached in bytes or None)."""
        return self.attach.isChecked(), (self.limit.value() * MB if self.limited.isChecked() else None)

    def _update(self) -> None:
        summary = self._summary
        count = summary.count if summary is not None else 0
        self.setVisible(count > 0)
        if not count:
            return
        self.summary.setText(self.tr("Bukti dukung: %n berkas, {size}", "", count).format(
            size=size_text(summary.total_bytes)))
        attach, max_bytes = self.options()
        self.limited.setEnabled(attach and self.isEnabled())
        self.limit.setEnabled(attach and self.limited.isChecked() and self.isEnabled())
        left = summary.files if not attach else summary.over(max_bytes)
        missing = sum(1 for f in summary.files if f.size is None)
        attached = [f for f in summary.files if f not in left and f.size is not None]
        text = self.tr("Dilampirkan %n berkas ({size}); {left} tidak dilampirkan (tercantum "
                       "dengan hash-nya).", "", len(attached)).format(size=size_text(sum(f.size for f in attached)),
                                                                     left=count - len(attached))
        if missing:
            text += " " + self.tr("%n berkas tidak ada lagi di folder data.", "", missing)
        self.left_out.setText(text)
