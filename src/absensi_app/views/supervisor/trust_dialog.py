"""The supervisor's list of trusted staff certificates ("Sertifikat tepercaya"): import the
certificate file an employee exported, rename, remove. The same as ``absensi trust ...``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused
from absensi_app.services.trust import MAX_CERT_BYTES, TrustedCert, read_certificate
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.verdict_text import clip, fingerprint_blocks, fingerprint_short

_MUTED_STYLE = "color: #5f6368;"


class TrustDialog(QDialog):
    """``changed`` after every import, rename or removal. Not modal: open with ``show()``."""

    changed = Signal()

    NAME, NIP, FINGERPRINT, ADDED = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.certs: list[TrustedCert] = []
        self._filling = False
        self.setWindowTitle(self.tr("Sertifikat tepercaya"))
        self.resize(820, 480)
        intro = QLabel(
            self.tr(
                "Ringkasan yang ditandatangani dengan sertifikat di daftar ini langsung dinyatakan "
                "sah. Tambahkan sertifikat dari berkas .cer yang dikirim pegawai (Absensi \u203a "
                "Kunci tanda tangan \u203a Ekspor sertifikat), atau langsung dari ringkasan yang "
                "Anda buka, setelah sidik jarinya dicocokkan dengan pegawai."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("NIP"), self.tr("Sidik jari"), self.tr("Ditambahkan")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.Stretch)
        for col in (self.NIP, self.FINGERPRINT, self.ADDED):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(
            self.tr("Belum ada sertifikat tepercaya. Impor berkas sertifikat dari pegawai, atau "
                    "percayai sertifikat saat membuka ringkasannya.")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(_MUTED_STYLE)
        self.details = QLabel()
        self.details.setTextFormat(Qt.PlainText)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.message = QLabel()
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        self.import_button = QPushButton(self.tr("Impor sertifikat\u2026"))
        self.import_button.clicked.connect(lambda: self.import_certificate())
        self.rename_button = QPushButton(self.tr("Ganti nama\u2026"))
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.remove_button = QPushButton(self.tr("Hapus\u2026"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    # ---- the list ------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload from the trust store; ``select`` a fingerprint."""
        current = select or (self.selected().fingerprint if self.selected() else None)
        self.certs = self.ctx.trust.all()
        self._filling = True
        try:
            self.table.setRowCount(len(self.certs))
            for row, cert in enumerate(self.certs):
                values = (clip(cert.name, 200), cert.nip, fingerprint_short(cert.fingerprint),
                          cert.added_at.strftime("%d-%m-%Y"))  # fmt: skip
                for col, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if col != self.NAME:
                        item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                    else:
                        item.setToolTip(self.tr("Klik dua kali untuk mengganti nama"))
                    if col == self.FINGERPRINT:
                        item.setToolTip(fingerprint_blocks(cert.fingerprint))
                    self.table.setItem(row, col, item)
        finally:
            self._filling = False
        self.table.setVisible(bool(self.certs))
        self.empty.setVisible(not self.certs)
        row = next((i for i, c in enumerate(self.certs) if c.fingerprint == current), 0 if self.certs else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> TrustedCert | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.certs):
            return None
        return self.certs[rows[0].row()]

    def _selection_changed(self) -> None:
        cert = self.selected()
        self.rename_button.setEnabled(cert is not None)
        self.remove_button.setEnabled(cert is not None)
        if cert is None:
            self.details.clear()
            self.details.hide()
            return
        self.details.setText(
            self.tr("Sidik jari SHA-256 {name}:").format(name=clip(cert.name, 80)) + "\n"
            + fingerprint_blocks(cert.fingerprint)
        )  # fmt: skip
        self.details.show()

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #1b6e2a;" if ok else "color: #b3261e;")
        self.message.show()

    # ---- actions -------------------------------------------------------------------------
    def import_certificate(self, path: str | None = None) -> TrustedCert | None:
        path = path or prompts.open_file(
            self, self.tr("Impor sertifikat pegawai"),
            self.tr("Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)"),
        )  # fmt: skip
        if not path:
            return None
        title = self.tr("Impor sertifikat")
        try:  # the one reader: a FIFO or a device is refused at once, at most 64 KB is read
            data = self.ctx.files.read(path, MAX_CERT_BYTES, "Berkas")
        except FileRefused as exc:
            prompts.error(self, title, error_text(exc))
            return None
        try:
            info = read_certificate(data)
            # a certificate in one's own NIP that is not one's own: refused, never asked about
            self.ctx.trust.check_not_impersonating(info)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        existing = self.ctx.trust.get(info.fingerprint)
        if existing is not None:
            self._say(self.tr("Sertifikat {name} (NIP {nip}) sudah ada di daftar.").format(
                name=clip(existing.name, 120), nip=existing.nip))  # fmt: skip
            self.refresh(select=existing.fingerprint)
            return existing
        text = self.tr(
            "Percayai sertifikat {name} (NIP {nip})?\n\nSidik jari:\n{fp}\n\nCocokkan sidik jari ini "
            "dengan pegawai (mis. lewat telepon) sebelum mempercayainya."
        ).format(name=clip(info.name, 120) or "-", nip=info.nip or "-", fp=fingerprint_blocks(info.fingerprint))
        others = self.ctx.trust.for_nip(info.nip) if info.nip else []
        if others:
            text += "\n\n" + self.tr(
                "PERHATIAN: NIP {nip} sudah punya {n} sertifikat tepercaya lain. Tambahkan hanya bila "
                "pegawai memastikan ia membuat kunci baru."
            ).format(nip=info.nip, n=len(others))
        if not prompts.confirm(self, title, text):
            return None
        try:
            added = self.ctx.trust.add(data)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        self._say(self.tr("Dipercaya: {name} (NIP {nip}).").format(name=clip(added.name, 120), nip=added.nip))
        self.refresh(select=added.fingerprint)
        self.changed.emit()
        return added

    def rename_selected(self, name: str | None = None) -> TrustedCert | None:
        cert = self.selected()
        if cert is None:
            return None
        if name is None:
            name = prompts.ask_text(self, self.tr("Ganti nama"),
                                    self.tr("Nama yang ditampilkan untuk sertifikat NIP {nip}:").format(nip=cert.nip),
                                    cert.name)  # fmt: skip
            if name is None:
                return None
        return self._rename(cert, name)

    def _rename(self, cert: TrustedCert, name: str) -> TrustedCert | None:
        try:
            renamed = self.ctx.trust.rename(cert.fingerprint, name)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Ganti nama"), error_text(exc))
            self.refresh(select=cert.fingerprint)
            return None
        self._say(self.tr("Nama diganti: {name} (NIP {nip}).").format(name=clip(renamed.name, 120), nip=renamed.nip))
        self.refresh(select=renamed.fingerprint)
        self.changed.emit()
        return renamed

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.NAME or item.row() >= len(self.certs):
            return
        cert = self.certs[item.row()]
        if item.text() == clip(cert.name, 200):
            return
        # rename after the edit has finished: refresh() rebuilds the items
        from PySide6.QtCore import QTimer

        text = item.text()
        QTimer.singleShot(0, lambda: self._rename(cert, text))

    def remove_selected(self) -> bool:
        cert = self.selected()
        if cert is None:
            return False
        question = self.tr(
            "Hapus {name} (NIP {nip}) dari sertifikat tepercaya?\n\nSidik jari:\n{fp}\n\nRingkasan yang "
            "ditandatangani dengan sertifikat ini akan dinyatakan \u201cpenanda tangan belum dikenal\u201d."
        ).format(name=clip(cert.name, 120), nip=cert.nip, fp=fingerprint_blocks(cert.fingerprint))
        if not prompts.confirm(self, self.tr("Hapus sertifikat"), question):
            return False
        try:
            self.ctx.trust.remove(cert.fingerprint)
        except AbsensiError as exc:
            prompts.error(self, self.tr("Hapus sertifikat"), error_text(exc))
            self.refresh()
            return False
        self._say(self.tr("Tidak lagi dipercaya: {name} (NIP {nip}).").format(name=clip(cert.name, 120), nip=cert.nip))
        self.refresh()
        self.changed.emit()
        return True
