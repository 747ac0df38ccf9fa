"""SKP plan (PermenPANRB 6/2022) and the employee's own progress toward it.

An SKP period (normally one calendar year) holds Rencana Hasil Kerja (RHK), each utama or
tambahan, with its Indikator Kinerja Individu and targets (kuantitas as a number and unit,
kualitas, waktu). Rencana Aksi split an RHK over months or triwulan. Log entries link to an
RHK (optionally to one of its Rencana Aksi); the realisasi is the sum of the linked entries'
output quantities.

Progress here is the employee's own tracking. It is never the official predikat, which the
supervisor gives by rating results and behaviour (see ``PREDIKAT``).
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP
from absensi_app.domain.model import ROMAN
from absensi_app.domain.rules import clean_text

MAX_RHK_NAME = 1000
MAX_SHORT = 200
MAX_TARGET = 1_000_000
MAX_RHK_PER_PERIOD = 100
MAX_ACTIONS_PER_RHK = 48

PROGRESS_DISCLAIMER = (
    "Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. "
    "Predikat ditetapkan oleh Pejabat Penilai Kinerja."
)


class RhkKind(enum.Enum):
    UTAMA = "utama"
    TAMBAHAN = "tambahan"

    @property
    def label(self) -> str:
        return "Utama" if self is RhkKind.UTAMA else "Tambahan"

    @classmethod
    def from_code(cls, code: str) -> "RhkKind":
        try:
            return cls(str(code).strip().lower())
        except ValueError:
            raise ValidationError(
                "Jenis RHK '{code}' tidak dikenal. Pilih 'utama' atau 'tambahan'.",
                field="kind",
                code=code,
            ) from None


@dataclass(frozen=True)
class SkpPeriod:
    id: int | None
    first: date
    last: date
    name: str = ""

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) pairs the period touches, in order."""
        out = []
        y, m = self.first.year, self.first.month
        while (y, m) <= (self.last.year, self.last.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    @property
    def title(self) -> str:
        if self.name:
            return self.name
        if self.first == date(self.first.year, 1, 1) and self.last == date(self.first.year, 12, 31):
            return f"SKP {self.first.year}"
        return f"SKP {self.first:%d-%m-%Y} s.d. {self.last:%d-%m-%Y}"


@dataclass(frozen=True)
class ActionPlan:
    """Rencana Aksi: what will be done for an RHK in one month or one triwulan."""

    id: int | None
    description: str
    year: int
    month: int | None = None  # 1..12, or None when the plan is for a whole triwulan
    quarter: int | None = None  # 1..4, set when month is None
    target: int | None = None  # quantity planned for this month/triwulan, in the RHK's unit

    @property
    def months(self) -> tuple[int, ...]:
        if self.month is not None:
            return (self.month,)
        assert self.quarter is not None
        return tuple(range(3 * self.quarter - 2, 3 * self.quarter + 1))

    @property
    def span_label(self) -> str:
        if self.month is not None:
            from absensi_app.domain.model import MONTH_NAMES

            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return f"Triwulan {ROMAN[self.quarter]} {self.year}"




@dataclass(frozen=True)
class Rhk:
    id: int | None
    kind: RhkKind
    name: str  # the Rencana Hasil Kerja itself
    indicator: str  # Indikator Kinerja Individu
    target: int  # kuantitas
    unit: str  # satuan of the kuantitas, e.g. "laporan"
    quality: str = ""  # target kualitas, e.g. "100%" or "sesuai standar"
    time: str = ""  # target waktu, e.g. "12 bulan"
    supports: str = ""  # RHK of the supervisor this one supports (intervensi)
    actions: tuple[ActionPlan, ...] = ()


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * quarter - 2
    last_month = first_month + 2
    return date(year, first_month, 1), date(
        year, last_month, calendar.monthrange(year, last_month)[1]
    )


# ---- validation ------------------------------------------------------------------------
def _text(value: object, field_name: str, label: str, limit: int, required: bool) -> str:
    text = clean_text(str(value or ""), label, field_name)
    if required and not text:
        raise ValidationError("{label} wajib diisi.", field=field_name, label=label)
    if len(text) > limit:
        raise ValidationError(
            "{label} terlalu panjang (paling banyak {limit} karakter).",
            field=field_name,
            label=label,
            limit=limit,
        )
    return text


def validated_whole(value: object, field_name: str, label: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                value = int(str(value).strip())
        except (TypeError, ValueError):
            raise ValidationError(
                "{label} harus bilangan bulat.", field=field_name, label=label
            ) from None
    if not minimum <= value <= MAX_TARGET:
        raise ValidationError(
            "{label} harus antara {low} dan {high}.",
            field=field_name,
            label=label,
            low=minimum,
            high=MAX_TARGET,
        )
    return value


def validate_period(period: SkpPeriod) -> SkpPeriod:
    if period.last < period.first:
        raise ValidationError(
            "Akhir periode SKP tidak boleh sebelum awalnya.", field="last"
        )
    if (period.last - period.first).days > 366:
        raise ValidationError("Periode SKP paling lama satu tahun.", field="last")
    if period.first.year < 2000 or period.last.year > 2100:
        raise ValidationError("Tahun periode SKP harus antara 2000 dan 2100.", field="first")
    name = _text(period.name, "name", "Nama periode", MAX_SHORT, required=False)
    return SkpPeriod(period.id, period.first, period.last, name)


def validate_action(action: ActionPlan, period: SkpPeriod) -> ActionPlan:
    description = _text(action.description, "description", "Rencana Aksi", MAX_RHK_NAME, True)
    if (action.month is None) == (action.quarter is None):
        raise ValidationError(
            "Rencana Aksi harus untuk satu bulan atau satu triwulan.", field="month"
        )
    if action.month is not None and not 1 <= action.month <= 12:
        raise ValidationError("Bulan harus 1 sampai 12.", field="month")
    if action.quarter is not None and not 1 <= action.quarter <= 4:
        raise ValidationError("Triwulan harus I sampai IV (1 sampai 4).", field="quarter")
    target = None if action.target is None else validated_whole(action.target, "target", "Target", 0)
    cleaned = ActionPlan(action.id, description, action.year, action.month, action.quarter, target)
    months = {(action.year, m) for m in cleaned.months}
    if not months & set(period.months):
        raise ValidationError(
            "Rencana Aksi '{span}' berada di luar periode SKP ({period}).",
            field="month",
            span=cleaned.span_label,
            period=period.title,
        )
    return cleaned


def validate_rhk(rhk: Rhk, period: SkpPeriod) -> Rhk:
    name = _text(rhk.name, "name", "Rencana Hasil Kerja", MAX_RHK_NAME, True)
    indicator = _text(rhk.indicator, "indicator", "Indikator Kinerja Individu", MAX_RHK_NAME, False)
    unit = _text(rhk.unit, "unit", "Satuan target", 40, True)
    quality = _text(rhk.quality, "quality", "Target kualitas", MAX_SHORT, False)
    time_ = _text(rhk.time, "time", "Target waktu", MAX_SHORT, False)
    supports = _text(rhk.supports, "supports", "RHK atasan yang diintervensi", MAX_RHK_NAME, False)
    target = validated_whole(rhk.target, "target", "Target kuantitas", 1)
    if len(rhk.actions) > MAX_ACTIONS_PER_RHK:
        raise ValidationError(
            "Satu RHK paling banyak memiliki {limit} Rencana Aksi.",
            field="actions",
            limit=MAX_ACTIONS_PER_RHK,
        )
    actions = tuple(validate_action(a, period) for a in rhk.actions)
    return Rhk(rhk.id, rhk.kind, name, indicator, target, unit, quality, time_, supports, actions)


# ---- progress ----------------------------------------------------------------------------
class Pace(enum.Enum):
    """How the realisasi compares with what is due by today (the rule: ``pace_of``)."""

    TERCAPAI = "tercapai"  # the whole target is reached
    SESUAI = "sesuai"  # on track for the time elapsed
    TERTINGGAL = "tertinggal"  # behind
    BELUM_MULAI = "belum-mulai"  # nothing is due yet

    @property
    def label(self) -> str:
        return {
            Pace.TERCAPAI: "Target tercapai",
            Pace.SESUAI: "Sesuai jadwal",
            Pace.TERTINGGAL: "Tertinggal",
            Pace.BELUM_MULAI: "Belum dimulai",
        }[self]


def _month_span(year: int, month: int, period: SkpPeriod) -> tuple[date, date]:
    """The days of a month that lie inside the period."""
    last_day = calendar.monthrange(year, month)[1]
    return max(date(year, month, 1), period.first), min(date(year, month, last_day), period.last)


def monthly_targets(rhk: Rhk, period: SkpPeriod) -> dict[tuple[int, int], float]:
    """The RHK's kuantitas target spread over the months of the period; the values add up to
    the RHK's target (or to more, when the Rencana Aksi plan more).

    Rencana Aksi with a target say when that part is due: a month's plan in its month, a
    triwulan's plan split evenly over its three months (months outside the period dropped).
    Whatever the plans leave of the RHK's target is spread evenly over the period's months, a
    month the period covers only partly getting the share of its days.
    """
    months = period.months
    weight = {}
    for year, month in months:
        lo, hi = _month_span(year, month, period)
        weight[(year, month)] = ((hi - lo).days + 1) / calendar.monthrange(year, month)[1]
    out = {m: 0.0 for m in months}
    planned = 0.0
    for action in rhk.actions:
        if action.target is None:
            continue
        inside = [(action.year, m) for m in action.months if (action.year, m) in out]
        for key in inside:
            out[key] += action.target / len(inside)
        if inside:
            planned += action.target
    rest = max(0.0, rhk.target - planned)
    total_weight = sum(weight.values())
    for key in months:
        out[key] += rest * weight[key] / total_weight
    return out


def target_between(
    targets: Mapping[tuple[int, int], float], first: date, last: date, period: SkpPeriod | None = None
) -> float:
    """Target due from ``first`` to ``last``: a month's share counts by the days covered
    (of the month's days inside ``period``, when given)."""
    total = 0.0
    for (year, month), amount in targets.items():
        days_in_month = calendar.monthrange(year, month)[1]
        month_first, month_last = date(year, month, 1), date(year, month, days_in_month)
        if period is not None:
            month_first, month_last = _month_span(year, month, period)
        lo, hi = max(first, month_first), min(last, month_last)
        if lo > hi:
            continue
        total += amount * ((hi - lo).days + 1) / ((month_last - month_first).days + 1)
    return total


def percent(realized: float, target: float) -> float | None:
    if target <= 0:
        return None
    return round(100.0 * realized / target, 1)


@dataclass(frozen=True)
class Span:
    """Target and realisasi over one stretch of time (month, triwulan or the whole period)."""

    first: date
    last: date
    target: float
    realized: int

    @property
    def percent(self) -> float | None:
        return percent(self.realized, self.target)


@dataclass(frozen=True)
class RhkProgress:
    rhk: Rhk
    month: Span
    quarter: Span
    year: Span
    due_to_date: float  # share of the whole target due by today
    pace: Pace
    entry_count: int = 0
    month_due: float = 0.0  # share of the month's target due by today (all of it once past)

    @property
    def name(self) -> str:
        return self.rhk.name


@dataclass(frozen=True)
class Realisation:
    """Linked output, as progress needs it: one entry, or the ``entries`` linked to one RHK on
    one day with their quantities summed."""

    day: date
    rhk_id: int
    quantity: int | None
    entries: int = 1


def rhk_progress(
    rhk: Rhk,
    period: SkpPeriod,
    outputs: Iterable[Realisation],
    year: int,
    month: int,
    today: date,
) -> RhkProgress:
    """Progress of one RHK for ``year-month``, its triwulan and the whole SKP period.

    ``outputs`` may hold any links; only this RHK's inside the period count. Entries with no
    quantity count as activity but add nothing to the realisasi.
    """
    targets = monthly_targets(rhk, period)
    mine = [o for o in outputs if o.rhk_id == rhk.id and period.first <= o.day <= period.last]

    def span(first: date, last: date) -> Span:
        first, last = max(first, period.first), min(last, period.last)
        realized = sum(o.quantity or 0 for o in mine if first <= o.day <= last)
        return Span(first, last, target_between(targets, first, last, period), realized)

    month_first = date(year, month, 1)
    month_last = date(year, month, calendar.monthrange(year, month)[1])
    q_first, q_last = quarter_bounds(year, quarter_of(month))
    whole = span(period.first, period.last)
    this_month = span(month_first, month_last)
    due = round(target_between(targets, period.first, min(today, period.last), period), 2)
    realized_to_date = sum(o.quantity or 0 for o in mine if o.day <= today)
    month_due = 0.0
    if today >= this_month.first:
        # not rounded: a past month's is exactly the target its printed percentage divides by
        month_due = target_between(targets, this_month.first, min(today, this_month.last), period)
    pace = pace_of(whole.realized, float(rhk.target), this_month.realized, month_due, realized_to_date, due)
    return RhkProgress(
        rhk,
        this_month,
        span(q_first, q_last),
        Span(whole.first, whole.last, float(rhk.target), whole.realized),
        due,
        pace,
        sum(o.entries for o in mine),
        month_due,
    )


def pace_of(
    realized: float, target: float, month_realized: float, month_due: float,
    realized_to_date: float, due_to_date: float,
) -> Pace:  # fmt: skip
    """The pace shown beside an RHK's figures: for the month in view (its realisasi against
    the part of its target due by today, ``month_due``) and for the whole period (realisasi
    by today against the share due by today).

    - TERCAPAI: the period's whole target is reached.
    - SESUAI: what is due is done, for the month or for the period to date. A month at or
      above its share (what the report prints as 100 % or more) is never behind, even when
      earlier months were; and work done ahead in earlier months covers a slow month.
    - BELUM_MULAI: nothing is due yet, neither in the month nor in the period.
    - TERTINGGAL: behind on both counts.

    "Done" is measured at the precision the percentages are shown with (one decimal), so a
    figure printed as 100 % is never next to "Tertinggal".
    """
    if target > 0 and realized >= target:
        return Pace.TERCAPAI
    month_ok = month_due > 0 and (percent(month_realized, month_due) or 0) >= 100
    period_ok = due_to_date > 0 and (percent(realized_to_date, due_to_date) or 0) >= 100
    if month_ok or period_ok:
        return Pace.SESUAI
    if month_due <= 0 and due_to_date <= 0:
        return Pace.BELUM_MULAI
    return Pace.TERTINGGAL


@dataclass(frozen=True)
class SkpPlan:
    period: SkpPeriod
    rhk: tuple[Rhk, ...] = field(default_factory=tuple)


# ---- the official rating table (for the supervisor's approval in issue 5) -----------------
class Rating(enum.Enum):
    DI_ATAS = "di-atas"
    SESUAI = "sesuai"
    DI_BAWAH = "di-bawah"


PREDIKAT: dict[tuple[Rating, Rating], str] = {  # the screens translate it (views/labels.predikat_label)
    # (hasil kerja, perilaku kerja) -> predikat
    (Rating.DI_ATAS, Rating.DI_BAWAH): QT_TRANSLATE_NOOP("Labels", "Kurang/Misconduct"),
    (Rating.DI_ATAS, Rating.SESUAI): QT_TRANSLATE_NOOP("Labels", "Baik"),
    (Rating.DI_ATAS, Rating.DI_ATAS): QT_TRANSLATE_NOOP("Labels", "Sangat Baik"),
    (Rating.SESUAI, Rating.DI_BAWAH): QT_TRANSLATE_NOOP("Labels", "Kurang/Misconduct"),
    (Rating.SESUAI, Rating.SESUAI): QT_TRANSLATE_NOOP("Labels", "Baik"),
    (Rating.SESUAI, Rating.DI_ATAS): QT_TRANSLATE_NOOP("Labels", "Baik"),
    (Rating.DI_BAWAH, Rating.DI_BAWAH): QT_TRANSLATE_NOOP("Labels", "Sangat Kurang"),
    (Rating.DI_BAWAH, Rating.SESUAI): QT_TRANSLATE_NOOP("Labels", "Butuh Perbaikan"),
    (Rating.DI_BAWAH, Rating.DI_ATAS): QT_TRANSLATE_NOOP("Labels", "Butuh Perbaikan"),
}
