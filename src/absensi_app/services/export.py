"""Exporting a month: the signed PDF (locks the month), the unsigned PDF, XLSX and CSV.

The signed PDF is rendered (reportlab), gets the month's canonical JSON attached, and is
signed PAdES with the employee's key (pyHanko). All heavy libraries load here, lazily.

The PDF's fixed texts are Indonesian or English (``language``, chosen per export; the GUI's
last choice is remembered per data folder: ``report_language``). The signed JSON inside is the
same in both; the PDF's title stays Indonesian (the verifier reads the month from it) and its
/Lang says the language, which the supervisor's stamp follows.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import MONTH_NAMES
from absensi_app.domain.nip import display_nip
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes, report_to_json
from absensi_app.services.clock import Clock
from absensi_app.services.files import OutsideFiles, write_atomically
from absensi_app.services import history
from absensi_app.services.history import HistoryService
from absensi_app.services.keys import KeyService
from absensi_app.services.locks import LockService
from absensi_app.services.reporting import ReportService
from absensi_app.services.worklog import month_bounds

TIMESTAMP_URL_KEY = "timestamp_url"
REPORT_LANGUAGE_KEY = "report_language"


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
    # Characters the PDF's font cannot draw (e.g. emoji), one sentence; empty when none.
    warning: str = ""
    attachments: tuple = ()  # domain.report.ReportAttachment: the evidence files listed


class ExportService:
    def __init__(
        self,
        reports: ReportService,
        locks: LockService,
        history: HistoryService,
        keys: KeyService,
        sessions,  # noqa: ANN001
        clock: Clock,
        files: OutsideFiles | None = None,
        evidence_dir: Path | None = None,
    ) -> None:
        self._reports = reports
        self._locks = locks
        self._history = history
        self._keys = keys
        keys_dir = keys.folder
        self._sessions = sessions
        self._clock = clock
        # Export targets are never inside the data folder (the keys live in it).
        self._files = files if files is not None else OutsideFiles(keys_dir.parent)
        # the data folder's evidence store (config.Paths.evidence_dir: beside keys/)
        self._evidence_dir = evidence_dir if evidence_dir is not None else keys_dir.parent / "bukti"

    def evidence_summary(self, year: int, month: int):  # noqa: ANN201
        """The month's evidence files (services.attachments.EvidenceSummary): how many and
        how big, before the export embeds them."""
        from absensi_app.services.attachments import month_evidence

        # only the entries: building the whole report (totals, SKP progress) here doubled
        # the export's database work
        return month_evidence(self._reports.entries(year, month), self._evidence_dir)

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

        from absensi_app.domain.rules import clean_text, is_web_address

        url = clean_text(url or "", "Alamat server cap waktu", "url")
        if url and not url.lower().startswith(("http://", "https://")):
            raise ValidationError(
                "Alamat server cap waktu harus diawali http:// atau https://.", field="url"
            )
        if url and not is_web_address(url):
            raise ValidationError(
                "Alamat server cap waktu '{url}' tidak lengkap atau berisi spasi; tulis mis. "
                "http://timestamp.example.go.id.", field="url", url=url
            )
        with self._sessions.begin() as s:
            row = s.get(SettingRow, TIMESTAMP_URL_KEY)
            if row is None:
                s.add(SettingRow(key=TIMESTAMP_URL_KEY, value=url))
            else:
                row.value = url

    def report_language(self) -> str:
        """The report language last chosen in this data folder ("id" or "en"; "id" before any)."""
        from absensi_app.reports.pdf.labels import DEFAULT_LANGUAGE, LANGUAGES
        from absensi_app.store.models import SettingRow

        with self._sessions() as s:
            row = s.get(SettingRow, REPORT_LANGUAGE_KEY)
            return row.value if row is not None and row.value in LANGUAGES else DEFAULT_LANGUAGE

    def set_report_language(self, language: str) -> None:
        from absensi_app.reports.pdf.labels import check_language
        from absensi_app.store.models import SettingRow

        language = check_language(language)
        with self._sessions.begin() as s:
            row = s.get(SettingRow, REPORT_LANGUAGE_KEY)
            if row is None:
                s.add(SettingRow(key=REPORT_LANGUAGE_KEY, value=language))
            else:
                row.value = language

    # ---- PDF -----------------------------------------------------------------------------
    def export_pdf(
        self, year: int, month: int, out: Path, passphrase: str | None = None, signed: bool = True,
        compact: bool = False, evidence: bool = True, evidence_max_bytes: int | None = None,
        language: str = "id",
    ) -> ExportResult:
        """Write the month's PDF. Signed: attach the JSON and the evidence files, sign, and
        lock the month. ``compact``: the entries as the compact table (a day's entries under
        one date row). ``evidence`` False leaves every evidence file out, and
        ``evidence_max_bytes`` those bigger than that; a file left out is still listed (with
        its hash) as not attached. ``language``: the fixed texts', "id" or "en"."""
        from absensi_app.reports.pdf import render_month_pdf
        from absensi_app.reports.pdf.labels import check_language
        from absensi_app.services.attachments import month_evidence, plan_evidence

        language = check_language(language)
        out = self._files.check_target(out)
        self.check_month(year, month)
        key = f"{year:04d}-{month:02d}"
        material = None
        if signed:
            self._locks.ensure_exportable(key)
            material = self._keys.unlock_for_signing(passphrase)
        revision = self._locks.next_revision(key)
        head = self._history.head()
        report = self._reports.build(year, month, revision, signed, head)
        listed, files = plan_evidence(
            month_evidence(report.entries, self._evidence_dir), evidence, evidence_max_bytes
        )
        report = dataclasses.replace(report, attachments=listed)
        rendered = render_month_pdf(report, compact=compact, language=language)
        warning = _missing_glyphs_warning(getattr(rendered, "missing", ""))
        payload = canonical_bytes(report_to_json(report))
        if not signed:
            data = self._attach(rendered.data, payload, report.exported_at, files=files)
            write_atomically(out, data, what="Ringkasan")
            return ExportResult(out, key, "pdf", False, revision, rendered.pages,
                                sha256=hashlib.sha256(data).hexdigest(), history_head=head,
                                warning=warning, attachments=listed)
        data = self._sign(rendered, payload, report, material, files, language)
        digest = hashlib.sha256(data).hexdigest()
        with self._sessions.begin() as s:
            # Nothing may have changed since the report was built (another window or a
            # command running at the same time): else the lock would cover unsigned data.
            if history.head_in(s) != head or self._locks.next_revision_in(s, key) != revision:
                raise ExportFailed(
                    "Data berubah selama ekspor (mungkin dari jendela atau perintah lain). "
                    "Tidak ada yang disimpan; ulangi ekspor."
                )
            # lock first, then write the file as the transaction's last step: a refused lock
            # leaves no file, a failed write (its temporary file removed) leaves the month
            # unlocked
            self._locks.record_export(s, key, revision, digest, head)
            write_atomically(out, data, what="Ringkasan")
        return ExportResult(out, key, "pdf", True, revision, rendered.pages, sha256=digest,
                            history_head=head, warning=warning, attachments=listed)


    @staticmethod
    def _attach(pdf: bytes, payload: bytes, when, supervisor_box=None, files=()) -> bytes:  # noqa: ANN001
        from absensi_app.signing.pades import SUPERVISOR_FIELD, embed_attachment

        return embed_attachment(
            pdf, ATTACHMENT_NAME, payload, "Data ringkasan bulanan Absensi (JSON kanonik)", when,
            ((SUPERVISOR_FIELD, supervisor_box),) if supervisor_box is not None else (),
            extra_files=tuple(files),
        )

    def _sign(self, rendered, payload: bytes, report, material, files=(), language: str = "id") -> bytes:  # noqa: ANN001
        from absensi_app.reports.pdf.labels import Wording
        from absensi_app.signing.pades import EMPLOYEE_FIELD, sign

        with_json = self._attach(rendered.data, payload, report.exported_at,
                                 rendered.supervisor_box, files)
        profile, w = report.profile, Wording(language)
        lines = [
            w("signed_by"),
            profile.name,
            f"NIP {display_nip(profile.nip, self._clock.today())}",
            w("stamp_revision", moment=w.stamp_moment(self._clock.now()), n=report.revision),
        ]
        # the reason names the month as the title does; in English the title's words
        title = report.title if not w.english else w("title", month=w.month(report.month), year=report.year)
        return sign(
            with_json,
            material,
            rendered.employee_box,
            EMPLOYEE_FIELD,
            lines,
            reason=w("reason", title=title, n=report.revision),
            location=profile.unit,
            timestamp_url=self.timestamp_url(),
        )

    # ---- sheets --------------------------------------------------------------------------
    def export_sheet(self, year: int, month: int, out: Path, fmt: str) -> ExportResult:
        from absensi_app.reports.sheets import write_csv, write_progress_harian_xlsx

        if fmt not in ("xlsx", "csv"):
            raise ValidationError("Format '{f}' tidak dikenal; pilih pdf, xlsx atau csv.", f=fmt)
        out = self._files.check_target(out)
        self.check_month(year, month)
        key = f"{year:04d}-{month:02d}"
        if not out.parent.is_dir():
            raise ExportFailed("Folder '{p}' tidak ada.", p=str(out.parent))
        report = self._reports.build(year, month, self._locks.next_revision(key), False)
        writer = write_progress_harian_xlsx if fmt == "xlsx" else write_csv
        result = writer(report, out)
        return ExportResult(out, key, fmt, False, report.revision, rows=result.rows,
                            without_action=result.without_action)


def _missing_glyphs_warning(missing: str) -> str:
    """One sentence naming the characters the PDF's font could not draw."""
    if not missing:
        return ""
    shown = " ".join(f"{c} (U+{ord(c):04X})" for c in missing[:10])
    more = f" dan {len(missing) - 10} lainnya" if len(missing) > 10 else ""
    return (f"Beberapa karakter tidak bisa digambar huruf PDF dan tampil sebagai kotak kosong: "
            f"{shown}{more}.")

