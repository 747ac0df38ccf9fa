"""Team recap: a folder of monthly summaries as one table of staff x month.

Pure of Qt: the GUI runs ``scan_folder`` on a worker thread with a snapshot of the trust
store, and reports progress through the callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.files import OutsideFiles, write_atomically
from absensi_app.domain.verdict import Outcome, Verdict
from absensi_app.services.verification import VerificationService

log = logging.getLogger(__name__)

MAX_FILES = 5000
STATUS_MISSING = "bulan-hilang"


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
    approval: str = ""  # "disetujui", "dikembalikan" or "" (waiting)
    predikat: str = ""

    @property
    def is_problem(self) -> bool:
        return self.outcome is not Outcome.VALID

    @property
    def problem_rank(self) -> int:
        """Sort order: invalid or forged-looking first, then unknown signers, missing months,
        then good rows."""
        if self.outcome is None:
            return 2
        if self.outcome is Outcome.UNTRUSTED:
            return 1
        if self.outcome is not Outcome.VALID:
            return 0
        return 3


def row_from_verdict(name: str, verdict: Verdict) -> RecapRow:
    base = dict(file=name, status=verdict.status, outcome=verdict.outcome, headline=verdict.headline())
    signer = verdict.employee
    if signer is not None:
        base.update(name=signer.name, nip=signer.nip)
    report = verdict.report
    if report is None:
        return RecapRow(**base)
    totals = report.totals
    percents = [r.percent for r in report.rhk if r.percent is not None]
    rating = verdict.approval.rating if verdict.approval else None
    return RecapRow(
        **base,
        month=report.month or "",
        revision=report.revision,
        total_minutes=totals.total_minutes,
        expected_minutes=totals.expected_minutes,
        by_location={x.location.value: x.minutes or 0 for x in totals.by_location},
        missing_days=len(totals.missing_days),
        rhk_percent=round(sum(percents) / len(percents), 1) if percents else None,
        approval=verdict.decision.value if verdict.decision else "",
        predikat=(rating.predikat or "")[:40] if rating else "",
    )


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def missing_months(rows: list[RecapRow]) -> list[RecapRow]:
    """For each employee with readable summaries, the months between their first and last
    summary that have no file in the folder."""
    seen: dict[str, tuple[str, set[str]]] = {}
    for r in rows:
        # only summaries that verified count: a forged or changed file proves nothing
        if r.nip and r.month and r.outcome is Outcome.VALID:
            name, months = seen.setdefault(r.nip, (r.name, set()))
            months.add(r.month)
    out = []
    for nip, (name, months) in sorted(seen.items()):
        for month in _months_between(min(months), max(months)):
            if month not in months:
                out.append(RecapRow("", STATUS_MISSING, None,
                                    f"Ringkasan {month} dari {name} tidak ada di folder.",
                                    name=name, nip=nip, month=month))
    return out


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
    """Verify every PDF in ``folder`` (not its sub-folders); add the missing months."""
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
    return sort_rows(rows + missing_months(rows))


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
    STATUS_MISSING: "Bulan tidak ada",
}


def _hours(minutes: int | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 2)


def recap_values(r: RecapRow) -> list:
    loc = r.by_location
    return [
        STATUS_LABELS.get(r.status, r.status), r.name, r.nip, r.month, r.revision,
        _hours(r.total_minutes), _hours(r.expected_minutes),
        *(_hours(loc.get(code)) if loc else None
          for code in ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")),
        r.missing_days, r.rhk_percent, r.approval or ("menunggu" if r.outcome is Outcome.VALID else ""),
        r.predikat, r.file, r.headline,
    ]  # fmt: skip


def write_recap_xlsx(rows: list[RecapRow], path: Path, files: OutsideFiles | None = None) -> None:
    """Write the recap through the one atomic writer; with ``files`` (the data folder's
    guard), a target inside the data folder is refused."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    if files is not None:
        path = files.check_target(path)
    if not path.parent.is_dir():
        raise RecapError("Folder '{p}' tidak ada.", p=str(path.parent))
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap Tim"
    ws.append(list(RECAP_HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="F8D7DA")
    amber = PatternFill("solid", fgColor="FFF3CD")
    for r in rows:
        ws.append([("'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v) for v in recap_values(r)])
        if r.is_problem:
            fill = red if r.problem_rank == 0 else amber
            for cell in ws[ws.max_row]:
                cell.fill = fill
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKLMNOPQR", (24, 30, 20, 9, 7, 11, 10, 8, 10, 8, 10, 10, 10, 14, 13, 16, 30, 60)):
        ws.column_dimensions[col].width = width
    write_atomically(path, wb.save, what="Berkas rekap")
