"""Exporting a month: the signed PDF (locks the month), the unsigned PDF, XLSX and CSV.

The signed PDF is rendered (reportlab), gets the month's canonical JSON attached, and is
signed PAdES with the employee's key (pyHanko). All heavy libraries load here, lazily.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes, report_to_json
from absensi_app.services.clock import Clock
from absensi_app.services import history
from absensi_app.services.history import HistoryService
from absensi_app.services.locks import LockService
from absensi_app.services.profile import ProfileService
from absensi_app.services.reporting import ReportService
from absensi_app.services.worklog import month_bounds

TIMESTAMP_URL_KEY = "timestamp_url"


class ExportFailed(AbsensiError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    month: str
    format: str
    signed: bool
    revision: int
    pages: int = 0
    rows: int = 0
    without_action: int = 0  # sheet rows e-Kinerja will skip (no Rencana Aksi)
    sha256: str = ""
    history_head: str = ""


def _write_failed(path: Path, exc: OSError) -> ExportFailed:
    return ExportFailed("Berkas '{p}' tidak bisa ditulis: {e}.", p=str(path), e=exc.strerror or exc)


def _stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` (renamed into place later)."""
    if not path.parent.is_dir():
        raise ExportFailed("Folder '{p}' tidak ada.", p=str(path.parent))
    if path.is_dir():
        raise ExportFailed("'{p}' adalah folder; sebutkan nama berkas.", p=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".absensi-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return Path(tmp)
    except OSError as exc:
        raise _write_failed(path, exc) from None


def _move(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_failed(path, exc) from None


def _write_atomically(path: Path, data: bytes) -> None:
    _move(_stage(path, data), path)


class ExportService:
    def __init__(
        self,
        reports: ReportService,
        locks: LockService,
        history: HistoryService,
        profile: ProfileService,
        keys_dir: Path,
        sessions,  # noqa: ANN001
        clock: Clock,
    ) -> None:
        self._reports = reports
        self._locks = locks
        self._history = history
        self._profile = profile
        self._keys_dir = keys_dir
        self._sessions = sessions
        self._clock = clock

    def check_month(self, year: int, month: int) -> None:
        first, _last = month_bounds(year, month)
        if first > self._clock.today():
            raise ValidationError(
                "{month} belum dimulai; ringkasan hanya untuk bulan ini atau sebelumnya.",
                month=f"{MONTH_NAMES[month - 1]} {year}",
            )

    def timestamp_url(self) -> str | None:
        from absensi_app.store.models import SettingRow

        with self._sessions() as s:
            row = s.get(SettingRow, TIMESTAMP_URL_KEY)
            return row.value if row and row.value else None

    def set_timestamp_url(self, url: str | None) -> None:
        from absensi_app.store.models import SettingRow

        url = (url or "").strip()
        if url and not url.lower().startswith(("http://", "https://")):
            raise ValidationError(
                "Alamat server cap waktu harus diawali http:// atau https://.", field="url"
            )
        with self._sessions.begin() as s:
            row = s.get(SettingRow, TIMESTAMP_URL_KEY)
            if row is None:
                s.add(SettingRow(key=TIMESTAMP_URL_KEY, value=url))
            else:
                row.value = url

    # ---- PDF -----------------------------------------------------------------------------
    def export_pdf(
        self, year: int, month: int, out: Path, passphrase: str | None = None, signed: bool = True
    ) -> ExportResult:
        """Write the month's PDF. Signed: attach the JSON, sign, and lock the month."""
        from absensi_app.reports.pdf import render_month_pdf

        self.check_month(year, month)
        key = f"{year:04d}-{month:02d}"
        material = None
        if signed:
            self._locks.ensure_exportable(key)
            material = self._unlock_key(passphrase)
        revision = self._locks.next_revision(key)
        head = self._history.head()
        report = self._reports.build(year, month, revision, signed, head)
        rendered = render_month_pdf(report)
        payload = canonical_bytes(report_to_json(report))
        if not signed:
            data = self._attach(rendered.data, payload, report.exported_at)
            _write_atomically(out, data)
            return ExportResult(out, key, "pdf", False, revision, rendered.pages,
                                sha256=hashlib.sha256(data).hexdigest(), history_head=head)
        data = self._sign(rendered, payload, report, material)
        digest = hashlib.sha256(data).hexdigest()
        tmp = _stage(out, data)
        try:
            with self._sessions.begin() as s:
                # Nothing may have changed since the report was built (another window or a
                # command running at the same time): else the lock would cover unsigned data.
                if history.head_in(s) != head or self._locks.next_revision_in(s, key) != revision:
                    raise ExportFailed(
                        "Data berubah selama ekspor (mungkin dari jendela atau perintah lain). "
                        "Tidak ada yang disimpan; ulangi ekspor."
                    )
                # lock first, then move the file into place as the transaction's last step:
                # a refused lock leaves no file, a failed move leaves the month unlocked
                self._locks.record_export(s, key, revision, digest, head)
                _move(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        return ExportResult(out, key, "pdf", True, revision, rendered.pages, sha256=digest,
                            history_head=head)

    def _unlock_key(self, passphrase: str | None):  # noqa: ANN202
        from absensi_app.signing.keys import SigningError, has_identity, load_identity, unlock

        if not has_identity(self._keys_dir):
            raise SigningError(
                "Belum ada kunci tanda tangan. Buat di Pengaturan › Kunci tanda tangan (atau "
                "'absensi key create'), impor sertifikat PKCS#12, atau ekspor tanpa tanda tangan."
            )
        identity = load_identity(self._keys_dir)
        profile = self._profile.require()
        if identity is not None and identity.nip != profile.nip:
            raise SigningError(
                "Sertifikat tanda tangan atas NIP {cert}, sedangkan profil ber-NIP {nip}. "
                "Ringkasannya tidak akan lolos pemeriksaan; buat kunci baru untuk profil ini "
                "atau impor sertifikat yang memuat NIP Anda.",
                cert=identity.nip or "(tanpa NIP)",
                nip=profile.nip,
            )
        if not passphrase:
            raise SigningError("Frasa sandi kunci tanda tangan dibutuhkan.")
        return unlock(self._keys_dir, passphrase)

    @staticmethod
    def _attach(pdf: bytes, payload: bytes, when, supervisor_box=None) -> bytes:  # noqa: ANN001
        from absensi_app.signing.pades import SUPERVISOR_FIELD, embed_attachment

        return embed_attachment(
            pdf, ATTACHMENT_NAME, payload, "Data ringkasan bulanan Absensi (JSON kanonik)", when,
            ((SUPERVISOR_FIELD, supervisor_box),) if supervisor_box is not None else (),
        )

    def _sign(self, rendered, payload: bytes, report, material) -> bytes:  # noqa: ANN001
        from absensi_app.signing.pades import EMPLOYEE_FIELD, sign

        with_json = self._attach(rendered.data, payload, report.exported_at, rendered.supervisor_box)
        profile = report.profile
        local = self._clock.now().strftime("%d-%m-%Y %H:%M")
        lines = [
            "Ditandatangani secara elektronik oleh",
            profile.name,
            f"NIP {profile.nip}",
            f"{local} (revisi {report.revision})",
        ]
        return sign(
            with_json,
            material,
            rendered.employee_box,
            EMPLOYEE_FIELD,
            lines,
            reason=f"{report.title} (revisi {report.revision})",
            location=profile.unit,
            timestamp_url=self.timestamp_url(),
        )

    # ---- sheets --------------------------------------------------------------------------
    def export_sheet(self, year: int, month: int, out: Path, fmt: str) -> ExportResult:
        from absensi_app.reports.sheets import write_csv, write_progress_harian_xlsx

        if fmt not in ("xlsx", "csv"):
            raise ValidationError("Format '{f}' tidak dikenal; pilih pdf, xlsx atau csv.", f=fmt)
        self.check_month(year, month)
        key = f"{year:04d}-{month:02d}"
        if not out.parent.is_dir():
            raise ExportFailed("Folder '{p}' tidak ada.", p=str(out.parent))
        report = self._reports.build(year, month, self._locks.next_revision(key), False)
        writer = write_progress_harian_xlsx if fmt == "xlsx" else write_csv
        result = writer(report, out)
        return ExportResult(out, key, fmt, False, report.revision, rows=result.rows,
                            without_action=result.without_action)
