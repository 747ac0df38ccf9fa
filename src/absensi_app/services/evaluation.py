"""The yearly Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022) of one SKP period.

What it holds: the period's RHK with their targets, the realisasi per triwulan and over the
whole period (the same sums the dashboard and the monthly summary show: ``domain.skp``'s
``rhk_progress`` over ``SkpService.realisations``), and the supervisor's decisions this data
received for the period's months through ``receive`` (``LockService.record_decision`` keeps the
decision and the note in the month's lock and in the change history; the rating of an approval
is not stored there, so the document leaves the ratings and the predikat to be filled in by the
Pejabat Penilai Kinerja).

The signed PDF carries the same data as canonical JSON (``EVALUATION_SCHEMA``), signed like the
monthly summary (``signing.pades``). reportlab and pyHanko load only when a PDF is made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from absensi_app import __version__
from absensi_app.domain.errors import AbsensiError, ValidationError
from absensi_app.domain.model import MONTH_NAMES, Profile
from absensi_app.domain.report import canonical_bytes
from absensi_app.domain.skp import ROMAN, Rhk, SkpPeriod, Span, quarter_of, rhk_progress
from absensi_app.services.files import write_atomically

EVALUATION_SCHEMA = "absensi-evaluasi"
EVALUATION_SCHEMA_VERSION = 1
EVALUATION_ATTACHMENT = "absensi-evaluasi.json"
EVALUATION_TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI"

#: the month's state as the employee's data knows it (``services.locks``)
STATE_LABELS = {
    "terkunci": "Dikirim, menunggu keputusan",
    "dibuka": "Kunci dibuka (belum dikirim ulang)",
    "disetujui": "Disetujui",
    "dikembalikan": "Dikembalikan",
}
NO_EXPORT = "Belum diekspor bertanda tangan"  # fits one line of the PDF's column


class EvaluationRefused(AbsensiError):
    pass


@dataclass(frozen=True)
class QuarterColumn:
    year: int
    quarter: int
    label: str  # "TW I", or "TW III 2026" when the period spans two years


@dataclass(frozen=True)
class RhkEvaluation:
    number: int
    rhk: Rhk
    quarters: tuple[Span, ...]  # one per column of ``Evaluation.columns``
    whole: Span  # the whole period: target = the RHK's target

    @property
    def percent(self) -> float | None:
        return self.whole.percent


@dataclass(frozen=True)
class MonthDecision:
    """One month of the period as this data knows it: exported, approved, returned."""

    month: str  # "YYYY-MM"
    state: str  # a key of STATE_LABELS, or "" (never exported signed)
    revision: int | None
    decided_at: datetime | None  # when the decision was received
    note: str  # the supervisor's note with the decision (or "")

    @property
    def label(self) -> str:
        return STATE_LABELS.get(self.state, NO_EXPORT)

    @property
    def month_label(self) -> str:
        return f"{MONTH_NAMES[int(self.month[5:7]) - 1]} {self.month[:4]}"


@dataclass(frozen=True)
class Evaluation:
    """The document's content. ``heading``, ``revision``, ``signed``, ``profile`` and
    ``exported_at`` are what the monthly PDF's letterhead reads (``reports.pdf.sections``)."""

    profile: Profile
    period: SkpPeriod
    columns: tuple[QuarterColumn, ...]
    rhk: tuple[RhkEvaluation, ...]
    months: tuple[MonthDecision, ...]
    exported_at: datetime
    signed: bool
    app_version: str = __version__
    revision: int = 1
    ratings_stored: bool = False  # the approval's rating is not kept by ``receive`` today

    @property
    def heading(self) -> str:
        return EVALUATION_TITLE

    @property
    def year(self) -> int:
        return self.period.first.year

    @property
    def title(self) -> str:
        return f"Dokumen Evaluasi Kinerja Pegawai {self.period.title}"

    @property
    def approved(self) -> int:
        return sum(1 for m in self.months if m.state == "disetujui")


@dataclass(frozen=True)
class EvaluationResult:
    path: Path
    period: SkpPeriod
    signed: bool
    pages: int
    sha256: str
    rhk: int


def quarter_columns(period: SkpPeriod) -> tuple[QuarterColumn, ...]:
    pairs: list[tuple[int, int]] = []
    for year, month in period.months:
        key = (year, quarter_of(month))
        if key not in pairs:
            pairs.append(key)
    two_years = len({y for y, _ in pairs}) > 1
    return tuple(
        QuarterColumn(y, q, f"TW {ROMAN[q]}" + (f" {y}" if two_years else "")) for y, q in pairs
    )


def evaluation_to_json(ev: Evaluation) -> dict:
    """The signed data: the schema name, the period, the people, the RHK figures, the months."""
    p = ev.profile

    def span(s: Span) -> dict:
        return {"first": s.first.isoformat(), "last": s.last.isoformat(),
                "target": round(s.target, 2), "realisasi": s.realized, "percent": s.percent}

    return {
        "schema": EVALUATION_SCHEMA,
        "schema_version": EVALUATION_SCHEMA_VERSION,
        "app_version": ev.app_version,
        "exported_at": ev.exported_at.isoformat(),
        "signed": ev.signed,
        "period": {"first": ev.period.first.isoformat(), "last": ev.period.last.isoformat(),
                   "title": ev.period.title},
        "employee": {"name": p.name, "nip": p.nip, "position": p.position, "rank": p.rank,
                     "unit": p.unit, "agency": p.agency},
        "supervisor": {"name": p.supervisor_name, "nip": p.supervisor_nip},
        "columns": [c.label for c in ev.columns],
        "rhk": [
            {"number": r.number, "kind": r.rhk.kind.value, "name": r.rhk.name,
             "indicator": r.rhk.indicator, "target": r.rhk.target, "unit": r.rhk.unit,
             "quality": r.rhk.quality, "time": r.rhk.time,
             "quarters": [span(q) for q in r.quarters], "whole": span(r.whole)}
            for r in ev.rhk
        ],
        "months": [
            {"month": m.month, "state": m.state or "belum-diekspor", "revision": m.revision,
             "decided_at": m.decided_at.isoformat() if m.decided_at else None, "note": m.note}
            for m in ev.months
        ],
        "ratings_stored": ev.ratings_stored,
    }


class EvaluationService:
    """Builds and exports the document over the app's services (``AppContext``)."""

    def __init__(self, ctx) -> None:  # noqa: ANN001 - an AppContext
        self._ctx = ctx

    # ---- which period ------------------------------------------------------------------------
    def periods_of(self, year: int) -> list[SkpPeriod]:
        if not 2000 <= year <= 2100:
            raise ValidationError("Tahun harus antara 2000 dan 2100.", field="year")
        return [p for p in self._ctx.skp.periods() if p.first.year == year]

    def choose_period(self, year: int, first: date | None = None) -> SkpPeriod:
        periods = self.periods_of(year)
        if not periods:
            raise EvaluationRefused(
                "Belum ada rencana SKP untuk tahun {year}. Isi dulu di Pengaturan › Rencana SKP "
                "(atau 'absensi skp import').", year=year,
            )
        if first is not None:
            for period in periods:
                if period.first == first:
                    return period
            raise EvaluationRefused(
                "Tidak ada periode SKP yang dimulai {day}. Periode tahun {year}: {list}.",
                day=first.strftime("%d-%m-%Y"), year=year, list=_period_list(periods),
            )
        if len(periods) > 1:
            raise EvaluationRefused(
                "Tahun {year} memiliki {n} periode SKP ({list}); sebutkan salah satunya dengan "
                "tanggal awalnya (--period TTTT-BB-HH).",
                year=year, n=len(periods), list=_period_list(periods),
            )
        return periods[0]

    # ---- content -------------------------------------------------------------------------------
    def build(self, period: SkpPeriod, signed: bool = False) -> Evaluation:
        ctx = self._ctx
        profile = ctx.profile.require()
        if period.id is None:
            raise EvaluationRefused("Periode SKP itu belum tersimpan.")
        plan = ctx.skp.plan(period.id)
        if not plan.rhk:
            raise EvaluationRefused(
                "Periode {period} belum berisi Rencana Hasil Kerja; tidak ada yang dievaluasi.",
                period=period.title,
            )
        columns = quarter_columns(period)
        outputs = ctx.skp.realisations(period.first, period.last)
        today = ctx.clock.today()
        rows = []
        for number, rhk in enumerate(plan.rhk, start=1):
            quarters, whole = [], None
            for col in columns:
                month = min(m for y, m in period.months if y == col.year and quarter_of(m) == col.quarter)
                progress = rhk_progress(rhk, period, outputs, col.year, month, today)
                quarters.append(progress.quarter)
                whole = progress.year
            rows.append(RhkEvaluation(number, rhk, tuple(quarters), whole))
        return Evaluation(profile, period, columns, tuple(rows), self._months(period),
                          ctx.clock.now(), signed)

    def _months(self, period: SkpPeriod) -> tuple[MonthDecision, ...]:
        ctx = self._ctx
        out = []
        for year, month in period.months:
            key = f"{year:04d}-{month:02d}"
            lock = ctx.locks.get(key)
            decided = [r for r in ctx.history.records(key) if r.action in ("disetujui", "dikembalikan")]
            last = decided[-1] if decided else None
            state = lock.state if lock is not None else ""
            note = ""
            if state in ("disetujui", "dikembalikan") and lock is not None:
                note = lock.note
            elif last is not None:  # e.g. returned, then unlocked: keep the supervisor's note
                note = str(last.data.get("note", ""))
            out.append(MonthDecision(
                key, state, lock.revision if lock is not None else None,
                last.at if last is not None else None, note,
            ))
        return tuple(out)

    # ---- the PDF -------------------------------------------------------------------------------
    def export_pdf(self, period: SkpPeriod, out: Path, passphrase: str | None = None,
                   signed: bool = True) -> EvaluationResult:
        from absensi_app.reports.evaluation_pdf import render_evaluation_pdf
        from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

        ctx = self._ctx
        out = ctx.files.check_target(out)
        ctx.profile.require()
        material = ctx.keys.unlock_for_signing(passphrase) if signed else None
        ev = self.build(period, signed)
        rendered = render_evaluation_pdf(ev)
        payload = canonical_bytes(evaluation_to_json(ev))
        data = embed_attachment(
            rendered.data, EVALUATION_ATTACHMENT, payload,
            "Data dokumen evaluasi kinerja Absensi (JSON kanonik)", ev.exported_at,
        )
        if signed:
            profile = ev.profile
            lines = ["Ditandatangani secara elektronik oleh", profile.name, f"NIP {profile.nip}",
                     ctx.clock.now().strftime("%d-%m-%Y %H:%M")]
            data = sign(data, material, rendered.employee_box, EMPLOYEE_FIELD, lines,
                        reason=ev.title, location=profile.unit,
                        timestamp_url=ctx.export.timestamp_url())
        write_atomically(out, data, what="Dokumen evaluasi")
        return EvaluationResult(out, period, signed, rendered.pages,
                                hashlib.sha256(data).hexdigest(), len(ev.rhk))


def _period_list(periods: list[SkpPeriod]) -> str:
    return "; ".join(f"{p.title} (mulai {p.first.isoformat()})" for p in periods)
