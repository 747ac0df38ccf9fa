"""The change history ("Riwayat perubahan") of a month, and whether its hash chain is intact."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatus, LeaveKind, Location
from absensi_app.services.context import AppContext
from absensi_app.services.history import HistoryRecord
from absensi_app.views.formatting import minutes_text, month_year, numeric_date, numeric_time
from absensi_app.views.labels import (
    error_text,
    leave_label,
    location_label,
    status_label,
)

_OK_STYLE = "color: #1b6e2a; font-weight: 600;"
_ERR_STYLE = "color: #b3261e; font-weight: 600;"

_ENTRY_FIELDS = (
    ("start", QT_TRANSLATE_NOOP("HistoryDialog", "jam mulai")),
    ("end", QT_TRANSLATE_NOOP("HistoryDialog", "jam selesai")),
    ("minutes", QT_TRANSLATE_NOOP("HistoryDialog", "durasi")),
    ("location", QT_TRANSLATE_NOOP("HistoryDialog", "lokasi")),
    ("description", QT_TRANSLATE_NOOP("HistoryDialog", "uraian")),
    ("quantity", QT_TRANSLATE_NOOP("HistoryDialog", "jumlah output")),
    ("unit", QT_TRANSLATE_NOOP("HistoryDialog", "satuan")),
    ("rhk_id", QT_TRANSLATE_NOOP("HistoryDialog", "RHK")),
    ("action_id", QT_TRANSLATE_NOOP("HistoryDialog", "Rencana Aksi")),
    ("evidence_sha256", QT_TRANSLATE_NOOP("HistoryDialog", "berkas bukti")),
    ("evidence_link", QT_TRANSLATE_NOOP("HistoryDialog", "tautan bukti")),
)


def _day_text(iso: str) -> str:
    try:
        return numeric_date(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return str(iso)


class HistoryDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("HistoryDialog", "No."),
        QT_TRANSLATE_NOOP("HistoryDialog", "Waktu"),
        QT_TRANSLATE_NOOP("HistoryDialog", "Tindakan"),
        QT_TRANSLATE_NOOP("HistoryDialog", "Perihal"),
        QT_TRANSLATE_NOOP("HistoryDialog", "Rincian"),
    )

    def __init__(self, ctx: AppContext, month: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Riwayat perubahan"))
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Setiap perubahan kegiatan, status hari, ekspor bertanda tangan dan pembukaan kunci "
                "dicatat di sini dan tidak bisa dihapus. Setiap catatan memuat sidik (hash) catatan "
                "sebelumnya, sehingga catatan yang diubah, dihapus atau disisipkan di luar aplikasi "
                "akan terlihat."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        self.month = QComboBox()
        self.month.setMinimumContentsLength(16)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Bulan")))
        top.itemAt(0).widget().setBuddy(self.month)
        top.addWidget(self.month)
        top.addWidget(self.count, 1)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(960, 560)

        self._show_chain()
        months = sorted({r.month for r in self.ctx.history.records()} | ({month} if month else set()), reverse=True)
        self.month.addItem(self.tr("Semua bulan"), None)
        for key in months:
            self.month.addItem(self._month_text(key), key)
        self.month.setCurrentIndex(max(0, self.month.findData(month)) if month else 0)
        self.month.currentIndexChanged.connect(self._load)
        self._load()

    # ---- content -------------------------------------------------------------------------
    def _show_chain(self) -> None:
        self.chain_ok = False
        try:
            check = self.ctx.history.verify()
        except AbsensiError as exc:
            self.chain.setText(error_text(exc))
            self.chain.setStyleSheet(_ERR_STYLE)
            return
        if check.ok:
            self.chain.setText(
                self.tr("\u2713 Rantai riwayat utuh: {count} catatan diperiksa, tidak ada yang diubah, dihapus atau disisipkan.").format(
                    count=check.count
                )
            )
            self.chain.setStyleSheet(_OK_STYLE)
        else:
            problem = {
                "missing": self.tr("ada catatan yang hilang"),
                "link": self.tr("urutan catatan tidak cocok"),
                "content": self.tr("isi catatan berubah"),
            }.get(check.problem, check.problem)
            self.chain.setText(
                self.tr(
                    "\u2717 Rantai riwayat RUSAK pada catatan {seq} ({problem}). Basis data diubah di "
                    "luar aplikasi; ringkasan bertanda tangan yang sudah diekspor tetap menjadi acuan."
                ).format(seq=check.broken_at, problem=problem)
            )
            self.chain.setStyleSheet(_ERR_STYLE)
        self.chain_ok = check.ok

    def _month_text(self, key: str) -> str:
        try:
            return month_year(int(key[:4]), int(key[5:7]))
        except (ValueError, IndexError):
            return key

    def selected_month(self) -> str | None:
        return self.month.currentData()

    def _load(self) -> None:
        records = self.ctx.history.records(self.selected_month())
        records.reverse()  # newest first
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            subject, detail = self.describe(r)
            values = (str(r.seq), numeric_time(r.at, with_seconds=True), self.action_label(r.action), subject, detail)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (3, 4):
                    item.setToolTip(value)
                if col == 0:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    item.setToolTip(f"SHA-256: {r.hash}")
                self.table.setItem(row, col, item)
        self.count.setText(self.tr("{n} catatan").format(n=len(records)))

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests)."""
        return [
            tuple(self.table.item(row, col).text() for col in range(self.table.columnCount()))
            for row in range(self.table.rowCount())
        ]

    def action_label(self, action: str) -> str:
        return {
            "add": self.tr("Tambah kegiatan"),
            "update": self.tr("Ubah kegiatan"),
            "delete": self.tr("Hapus kegiatan"),
            "restore": self.tr("Pulihkan kegiatan"),
            "status": self.tr("Status hari"),
            "unlink": self.tr("Lepas RHK"),
            "export": self.tr("Ekspor bertanda tangan"),
            "unlock": self.tr("Buka kunci"),
        }.get(action, action)

    def describe(self, r: HistoryRecord) -> tuple[str, str]:
        """(subject, detail) in words."""
        kind, _, ident = r.subject.partition(":")
        data = r.data if isinstance(r.data, dict) else {}
        if kind == "month":
            month = self._month_text(ident)
            if r.action == "export":
                return (
                    self.tr("Ringkasan {month}").format(month=month),
                    self.tr("revisi {revision}, SHA-256 PDF {sha}\u2026").format(
                        revision=data.get("revision"), sha=str(data.get("pdf_sha256", ""))[:16]
                    ),
                )
            if r.action == "unlock":
                return (
                    self.tr("Ringkasan {month}").format(month=month),
                    self.tr("sesudah revisi {revision}; alasan: {reason}").format(
                        revision=data.get("revision"), reason=data.get("reason", "")
                    ),
                )
            return month, ""
        before, after = data.get("before"), data.get("after")
        if kind == "day":
            subject = self.tr("Hari {day}").format(day=_day_text(ident))
            return subject, f"{self._status_words(before)} \u2192 {self._status_words(after)}"
        if kind == "entry":
            shown = after or before or {}
            subject = self.tr("Kegiatan {day} {time}").format(day=_day_text(shown.get("date", "")), time=self._time_words(shown))
            description = str(shown.get("description", ""))
            if r.action == "update" and before and after:
                changed = [self.tr(label) for key, label in _ENTRY_FIELDS if before.get(key) != after.get(key)]
                if before.get("date") != after.get("date"):
                    changed.insert(0, self.tr("tanggal"))
                detail = self.tr("{description} (diubah: {fields})").format(
                    description=description, fields=", ".join(changed) or self.tr("tidak ada")
                )
            elif r.action == "unlink":
                detail = self.tr("{description} (tautan RHK/Rencana Aksi dilepas)").format(description=description)
            else:
                detail = description
                loc = shown.get("location")
                if loc:
                    try:
                        detail += f" \u2022 {location_label(Location(loc))}"
                    except ValueError:
                        pass
            return subject, detail
        return r.subject, ""

    def _status_words(self, value: dict | None) -> str:
        if not value:
            return self.tr("(kosong)")
        try:
            text = leave_label(LeaveKind(value["leave_kind"])) if value.get("leave_kind") else status_label(DayStatus(value["status"]))
        except (KeyError, ValueError):
            text = str(value.get("status", ""))
        note = value.get("note")
        return f"{text}: {note}" if note else text

    def _time_words(self, value: dict) -> str:
        if value.get("start") and value.get("end"):
            return f"{value['start']}\u2013{value['end']}"
        if value.get("minutes"):
            return f"({minutes_text(int(value['minutes']))})"
        return ""


def open_history_dialog(ctx: AppContext, month: str | None = None, parent: QWidget | None = None) -> None:
    dialog = HistoryDialog(ctx, month, parent)
    dialog.exec()
    dialog.deleteLater()
