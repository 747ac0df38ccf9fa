"""Team recap: a folder of monthly summaries, one checked row per file.

Pure of Qt: the GUI runs ``scan_folder`` on a worker thread with a snapshot of the trust
store, and reports progress through the callback. ``services.team`` arranges the rows as the
staff x month matrix; ``write_recap_xlsx`` writes that matrix and the rows (``recap_sheet``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Outcome, Verdict
from absensi_app.services.verification import VerificationService

log = logging.getLogger(__name__)

MAX_FILES = 5000


class RecapError(AbsensiError):
    pass


@dataclass(frozen=True)
class RecapRow:
    file: str  # file name ("" for a missing month)
    status: str  # Verdict.status, or "bulan-hilang"
    outcome: Outcome | None  # None for a missing month
    headline: str
    name: str = ""
    nip: str = ""
    month: str = ""
    revision: int | None = None
    total_minutes: int | None = None
    expected_minutes: int | None = None
    by_location: dict[str, int] = field(default_factory=dict)  # minutes per location code
    missing_days: int | None = None
    rhk_percent: float | None = None  # mean of the month's RHK percentages
    approval: str = ""  # "disetujui", "dikembalikan" or "" (waiting, or not to be trusted)
    predikat: str = ""
    file_sha256: str = ""
    # the summary a trusted decision covers (the employee's file before the countersignature)
    decided_sha256: str = ""
    decided_at: datetime | None = None
    note: str = ""  # the supervisor's note of a trusted decision
    signer_nip: str = ""  # the employee's certificate's NIP, also when the data cannot be read
    # the headline as Verdict.headline_form() gives it, for screens in another language; () when
    # only the Indonesian text is known (e.g. a row read back from the archive)
    headline_form: tuple = ()

    @property
    def is_problem(self) -> bool:
        return self.outcome is not Outcome.VALID

    @property
    def problem_rank(self) -> int:
        """Sort order: invalid or forged-looking first, then unknown signers, then good rows."""
        if self.outcome is Outcome.VALID:
            return 3
        if self.outcome is Outcome.UNTRUSTED:  # only "not known yet": a conflict may be forged
            return 1
        return 0


def row_from_verdict(name: str, verdict: Verdict) -> RecapRow:
    """One file's row. A decision (with its rating and note) is shown only when the verdict
    says it is intact and trusted: a file changed after the approval, or a decision signed
    with an unknown or forged certificate, carries none."""
    outcome = verdict.outcome
    base = dict(file=name, status=verdict.status, outcome=outcome, headline=verdict.headline(),
                headline_form=verdict.headline_form(), file_sha256=verdict.file_sha256)  # fmt: skip
    signer = verdict.employee
    if signer is not None:
        base.update(name=signer.name, nip=signer.nip, signer_nip=signer.nip)
    report = verdict.report
    if report is None:
        return RecapRow(**base)
    if report.employee.name:
        base["name"] = report.employee.name
    totals = report.totals
    percents = [r.percent for r in report.rhk if r.percent is not None]
    decided = outcome is Outcome.VALID and verdict.decision is not None and verdict.approval is not None
    approval = verdict.approval if decided else None
    rating = approval.rating if approval else None
    return RecapRow(
        **base,
        month=report.month or "",
        revision=report.revision,
        total_minutes=totals.total_minutes,
        expected_minutes=totals.expected_minutes,
        by_location={x.location.value: x.minutes or 0 for x in totals.by_location},
        missing_days=len(totals.missing_days),
        rhk_percent=round(sum(percents) / len(percents), 1) if percents else None,
        approval=verdict.decision.value if decided else "",
        predikat=(rating.predikat or "")[:40] if rating else "",
        decided_sha256=(approval.summary_sha256 or "") if approval else "",
        decided_at=approval.at if approval else None,
        note=(approval.note or "")[:2000] if approval else "",
    )


def sort_rows(rows: list[RecapRow]) -> list[RecapRow]:
    return sorted(rows, key=lambda r: (r.problem_rank, r.name.casefold(), r.month, r.file))


def list_pdfs(folder: Path) -> list[Path]:
    if folder.is_file():
        raise RecapError("'{p}' adalah berkas, bukan folder; pilih folder tempat ringkasan-ringkasan itu.", p=str(folder))
    if not folder.is_dir():
        raise RecapError("Folder '{p}' tidak ada.", p=str(folder))
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
    except OSError as exc:
        raise RecapError("Folder '{p}' tidak bisa dibaca: {e}.", p=str(folder), e=exc.strerror) from None
    if len(files) > MAX_FILES:
        raise RecapError("Folder itu berisi lebih dari {n} PDF; pilih folder yang lebih kecil.", n=MAX_FILES)
    return files


def scan_folder(
    folder: Path,
    verification: VerificationService,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[RecapRow]:
    """Verify every PDF in ``folder`` (not its sub-folders): one row per file, problems first.
    The months nobody sent are the matrix's business (``services.team.build_matrix``)."""
    files = list_pdfs(folder)
    rows = []
    for i, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            rows.append(row_from_verdict(path.name, verification.verify_file(path)))
        except Exception as exc:  # one strange file must not stop the whole recap
            log.warning("recap: %s could not be read: %s", path.name, exc)
            rows.append(RecapRow(path.name, Outcome.UNREADABLE.value, Outcome.UNREADABLE, "Berkas ini tidak bisa diperiksa."))
        if progress is not None:
            progress(i, len(files), path.name)
    return sort_rows(rows)


RECAP_HEADERS = (
    "Status", "Nama", "NIP", "Bulan", "Revisi", "Jam tercatat", "Jam target", "Kantor",
    "Kantor lain", "Rumah", "Lokasi lain", "Dinas Luar", "Hari kosong", "Capaian RHK (%)",
    "Persetujuan", "Predikat", "Berkas", "Keterangan",
)  # fmt: skip
STATUS_LABELS = {
    "sah": "Sah",
    "tidak-sah": "TIDAK SAH",
    "tanpa-tanda-tangan": "Tanpa tanda tangan",
    "tidak-terbaca": "Tidak terbaca",
    "penanda-tangan-belum-dikenal": "Penanda tangan belum dikenal",
    "sertifikat-berbeda": "SERTIFIKAT BERBEDA (mungkin palsu)",
    "dipalsukan": "PALSU (atas nama Anda)",
}


def status_label(status: str) -> str:
    """The word for a file's status; an outcome this table does not know yet is shown as a
    problem in capitals, never as good."""
    return STATUS_LABELS.get(status) or status.replace("-", " ").upper()


def _hours(minutes: int | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 2)


def recap_values(r: RecapRow) -> list:
    loc = r.by_location
    return [
        status_label(r.status), r.name, r.nip, r.month, r.revision,
        _hours(r.total_minutes), _hours(r.expected_minutes),
        *(_hours(loc.get(code)) if loc else None
          for code in ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")),
        r.missing_days, r.rhk_percent, r.approval or ("menunggu" if r.outcome is Outcome.VALID else ""),
        r.predikat, r.file, r.headline,
    ]  # fmt: skip


def write_recap_xlsx(matrix, path: Path, files=None) -> Path:  # noqa: ANN001
    """The matrix (first sheet, ready to print) and one row per file (second sheet), written
    through the one atomic writer; with ``files`` (the data folder's guard) a target inside the
    data folder is refused. See ``services.recap_sheet``."""
    from absensi_app.services.recap_sheet import write_matrix_xlsx

    return write_matrix_xlsx(matrix, path, files)
