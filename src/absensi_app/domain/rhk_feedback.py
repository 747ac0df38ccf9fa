"""The supervisor's feedback per RHK (umpan balik, PermenPANRB 6/2022) inside a signed approval.

An approval may carry, for each RHK of the month's report, a feedback text and an assessment
(Di Atas / Sesuai / Di Bawah Ekspektasi, ``domain.skp.Rating``), beside the overall rating. In
the approval JSON it is ``rhk_feedback``: a list of objects ``{"rhk_id": int, "name": str,
"feedback": str, "assessment": "di-atas" | "sesuai" | "di-bawah" | null}``.

``read_feedback`` reads that list defensively (never raises; wrong items are left out with a
sentence), ``feedback_problems`` checks it against the signed report (an RHK id the report
does not list is a consistency problem) and ``build_feedback`` checks what a supervisor typed.

Pure: no Qt, no PDF library.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.rules import clean_text
from absensi_app.domain.skp import Rating

MAX_FEEDBACK = 1000  # characters of one RHK's feedback
MAX_FEEDBACK_ITEMS = 200  # far more RHK than any SKP has

ASSESSMENT_LABELS = {
    Rating.DI_ATAS: "Di Atas Ekspektasi",
    Rating.SESUAI: "Sesuai Ekspektasi",
    Rating.DI_BAWAH: "Di Bawah Ekspektasi",
}


@dataclass(frozen=True)
class RhkFeedback:
    rhk_id: int
    name: str = ""
    feedback: str = ""
    assessment: Rating | None = None

    def to_json(self) -> dict:
        return {
            "rhk_id": self.rhk_id,
            "name": self.name,
            "feedback": self.feedback,
            "assessment": self.assessment.value if self.assessment else None,
        }

    @property
    def assessment_label(self) -> str:
        return ASSESSMENT_LABELS[self.assessment] if self.assessment else ""


def _valid_text(value: object, limit: int) -> str | None:
    if not isinstance(value, str) or len(value) > limit:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return value


def read_feedback(value: object) -> tuple[tuple[RhkFeedback, ...], tuple[str, ...]]:
    """The feedback items of an approval's ``rhk_feedback`` value, and what is wrong with it.
    None (absent) is no feedback and no problem. Never raises."""
    if value is None:
        return (), ()
    if not isinstance(value, list):
        return (), ('bagian "rhk_feedback" persetujuan tidak berbentuk yang semestinya',)
    problems: list[str] = []
    if len(value) > MAX_FEEDBACK_ITEMS:
        problems.append(f'bagian "rhk_feedback" persetujuan berisi lebih dari {MAX_FEEDBACK_ITEMS} butir')
    items: list[RhkFeedback] = []
    seen: set[int] = set()
    for i, item in enumerate(value[:MAX_FEEDBACK_ITEMS]):
        path = f"rhk_feedback[{i}]"
        if not isinstance(item, dict):
            problems.append(f'bagian "{path}" persetujuan tidak berbentuk yang semestinya')
            continue
        rhk_id = item.get("rhk_id")
        name = _valid_text(item.get("name", ""), 5000)
        text = _valid_text(item.get("feedback", ""), MAX_FEEDBACK)
        raw = item.get("assessment")
        assessment = None
        if raw is not None:
            assessment = next((r for r in Rating if isinstance(raw, str) and r.value == raw), None)
        if (
            not isinstance(rhk_id, int) or isinstance(rhk_id, bool) or abs(rhk_id) > 10**12
            or name is None or text is None or (raw is not None and assessment is None)
        ):
            problems.append(f'bagian "{path}" persetujuan tidak berbentuk yang semestinya')
            continue
        if rhk_id in seen:
            problems.append(f"umpan balik untuk RHK {rhk_id} tercantum lebih dari sekali di persetujuan")
            continue
        seen.add(rhk_id)
        items.append(RhkFeedback(rhk_id, name, text, assessment))
    return tuple(items), tuple(problems[:20])


def feedback_problems(feedback: Iterable[RhkFeedback], report_rhk: Iterable) -> list[str]:
    """Sentences for feedback that does not fit the signed report: an RHK id the report does
    not list, or one named otherwise. ``report_rhk`` holds ``ReportRhk`` (id, name)."""
    names = {x.id: x.name for x in report_rhk if x.id is not None}
    out = []
    for item in feedback:
        if item.rhk_id not in names:
            out.append(f"umpan balik persetujuan untuk RHK {item.rhk_id} yang tidak ada di ringkasan")
        elif item.name and names[item.rhk_id] and item.name != names[item.rhk_id]:
            out.append(f"umpan balik persetujuan menyebut RHK {item.rhk_id} dengan nama lain")
    return out


def build_feedback(
    given: Sequence[tuple[int, str, Rating | None]], report_rhk: Iterable,
) -> tuple[RhkFeedback, ...]:
    """The supervisor's feedback, checked: (RHK id, text, assessment) per RHK of the report.
    Items with neither text nor assessment are left out. Raises ValidationError."""
    names = {x.id: (x.name or "") for x in report_rhk if x.id is not None}
    out: list[RhkFeedback] = []
    seen: set[int] = set()
    for rhk_id, text, assessment in given:
        if rhk_id not in names:
            raise ValidationError("RHK no. {id} tidak ada di ringkasan ini (RHK yang ada: {known}).",
                                  field="rhk_feedback", id=rhk_id,
                                  known=", ".join(str(i) for i in sorted(names)) or "-")
        if rhk_id in seen:
            raise ValidationError("Umpan balik untuk RHK {id} diberikan lebih dari sekali.",
                                  field="rhk_feedback", id=rhk_id)
        seen.add(rhk_id)
        cleaned = clean_text(text, "Umpan balik RHK", "rhk_feedback")
        if len(cleaned) > MAX_FEEDBACK:
            raise ValidationError("Umpan balik RHK {id} terlalu panjang (paling banyak {n} karakter).",
                                  field="rhk_feedback", id=rhk_id, n=MAX_FEEDBACK)
        if cleaned or assessment is not None:
            out.append(RhkFeedback(rhk_id, names[rhk_id], cleaned, assessment))
    return tuple(out)
