"""The yearly Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022) of one SKP period.

What it holds: the period's RHK with their targets, the realisasi per triwulan and over the
whole period (the same sums the dashboard and the monthly summary show: ``domain.skp``'s
``rhk_progress`` over ``SkpService.realisations``), and the supervisor's decisions this data
received for the period's months through ``receive``: ``LockService.record_decision`` keeps the
decision, the note and the approval's rating in the month's lock and the hash-chained change
history, ``RhkFeedbackService`` the feedback per RHK. The period's own ratings and predikat are
the Pejabat Penilai Kinerja's to give at the evaluation, so the document leaves them to be
filled in beside the monthly ratings it lists.

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
from absensi_app.domain.evaluation_reader import (
    EVALUATION_ATTACHMENT,
    EVALUATION_SCHEMA,
    EVALUATION_SCHEMA_VERSION,
    EVALUATION_TITLE_PREFIX,
)
from absensi_app.domain.model import MONTH_NAMES, ROMAN, Profile
from absensi_app.domain.nip import display_nip
from absensi_app.domain.report import canonical_bytes
from absensi_app.domain.rhk_feedback import ASSESSMENT_LABELS, RhkFeedback
from absensi_app.domain.skp import PREDIKAT, Rating, Rhk, SkpPeriod, Span, quarter_of, rhk_progress
from absensi_app.services.files import write_atomically

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
class MonthFeedback:
    """The supervisor's feedback on one RHK in one month's decision (received)."""

    month: str  # "YYYY-MM"
    item: RhkFeedback

    @property
    def month_label(self) -> str:
        return f"{MONTH_NAMES[int(self.month[5:7]) - 1]} {self.month[:4]}"


@dataclass(frozen=True)
class RhkEvaluation:
    number: int
    rhk: Rhk
    quarters: tuple[Span, ...]  # one per column of ``Evaluation.columns``
    whole: Span  # the whole period: target = the RHK's target
    feedback: tuple[MonthFeedback, ...] = ()  # oldest month first

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
    hasil_kerja: Rating | None = None  # the approval's rating, as received
    perilaku_kerja: Rating | None = None

    @property
    def predikat(self) -> str:
        if self.hasil_kerja is None or self.perilaku_kerja is None:
            return ""
        return PREDIKAT[(self.hasil_kerja, self.perilaku_kerja)]

    @property
    def rating_label(self) -> str:
        """"Baik (hasil kerja Sesuai, perilaku Di Atas Ekspektasi)" or "" without a rating."""
        if not self.predikat:
            return ""
        return (f"{self.predikat} (hasil kerja {ASSESSMENT_LABELS[self.hasil_kerja]}, "
                f"perilaku {ASSESSMENT_LABELS[self.perilaku_kerja]})")

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

    @property
    def heading(self) -> str:
        return EVALUATION_TITLE

    @property
    def year(self) -> int:
        return self.period.first.year

    @property
    def title(self) -> str:
        return EVALUATION_TITLE_PREFIX + self.period.title

    @property
    def approved(self) -> int:
        return sum(1 for m in self.months if m.state == "disetujui")

    @property
    def rated(self) -> tuple[MonthDecision, ...]:
        """The months whose decision received carried a rating."""
        return tuple(m for m in self.months if m.predikat)


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
             "quarters": [span(q) for q in r.quarters], "whole": span(r.whole),
             "feedback": [dict(f.item.to_json(), month=f.month) for f in r.feedback]}
            for r in ev.rhk
        ],
        "months": [
            {"month": m.month, "state": m.state or "belum-diekspor", "revision": m.revision,
             "decided_at": m.decided_at.isoformat() if m.decided_at else None, "note": m.note,
             "rating": None if not m.predikat else {
                 "hasil_kerja": m.hasil_kerja.value, "perilaku_kerja": m.perilaku_kerja.value,
                 "predikat": m.predikat}}
            for m in ev.months
        ],
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
        feedback = self._feedback(period)
        rows = []
        for number, rhk in enumerate(plan.rhk, start=1):
            quarters, whole = [], None
            for col in columns:
                month = min(m for y, m in period.months if y == col.year and quarter_of(m) == col.quarter)
                progress = rhk_progress(rhk, period, outputs, col.year, month, today)
                quarters.append(progress.quarter)
                whole = progress.year
            rows.append(RhkEvaluation(number, rhk, tuple(quarters), whole, feedback.get(rhk.id, ())))
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
            hasil, perilaku = _rating_of(last.data.get("rating") if last is not None else None)
            out.append(MonthDecision(
                key, state, lock.revision if lock is not None else None,
                last.at if last is not None else None, note, hasil, perilaku,
            ))
        return tuple(out)

    def _feedback(self, period: SkpPeriod) -> dict[int, tuple[MonthFeedback, ...]]:
        """The feedback received per RHK id over the period's months, oldest month first."""
        out: dict[int, list[MonthFeedback]] = {}
        for year, month in period.months:
            key = f"{year:04d}-{month:02d}"
            for rhk_id, received in self._ctx.rhk_feedback.for_month(key).items():
                if received.item.feedback or received.item.assessment:
                    out.setdefault(rhk_id, []).append(MonthFeedback(key, received.item))
        return {k: tuple(v) for k, v in out.items()}

    # ---- the PDF -------------------------------------------------------------------------------
    def export_pdf(self, period: SkpPeriod, out: Path, passphrase: str | None = None,
                   signed: bool = True, language: str = "id") -> EvaluationResult:
        """Write the document; ``language``: its fixed texts', "id" or "en" (the signed data and
        the PDF's title, which the verifier compares with it, are the same in both)."""
        from absensi_app.reports.evaluation_pdf import render_evaluation_pdf
        from absensi_app.reports.pdf.labels import Wording, check_language
        from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

        ctx = self._ctx
        w = Wording(check_language(language))
        out = ctx.files.check_target(out)
        ctx.profile.require()
        material = ctx.keys.unlock_for_signing(passphrase) if signed else None
        ev = self.build(period, signed)
        rendered = render_evaluation_pdf(ev, w.language)
        payload = canonical_bytes(evaluation_to_json(ev))
        data = embed_attachment(
            rendered.data, EVALUATION_ATTACHMENT, payload,
            "Data dokumen evaluasi kinerja Absensi (JSON kanonik)", ev.exported_at,
        )
        if signed:
            profile = ev.profile
            lines = [w("signed_by"), profile.name, f"NIP {display_nip(profile.nip, ev.exported_at.date())}",
                     w.stamp_moment(ctx.clock.now())]
            reason = w("ev_running", title=period.title)  # ev.title in Indonesian
            data = sign(data, material, rendered.employee_box, EMPLOYEE_FIELD, lines,
                        reason=reason, location=profile.unit,
                        timestamp_url=ctx.export.timestamp_url())
        write_atomically(out, data, what="Dokumen evaluasi")
        return EvaluationResult(out, period, signed, rendered.pages,
                                hashlib.sha256(data).hexdigest(), len(ev.rhk))


def _rating_of(value: object) -> tuple[Rating | None, Rating | None]:
    """The two ratings of a decision kept in the history (both or neither)."""
    if not isinstance(value, dict):
        return None, None
    try:
        return Rating(value.get("hasil_kerja")), Rating(value.get("perilaku_kerja"))
    except ValueError:
        return None, None


def _period_list(periods: list[SkpPeriod]) -> str:
    return "; ".join(f"{p.title} (mulai {p.first.isoformat()})" for p in periods)
