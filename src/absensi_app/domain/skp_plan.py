"""The SKP plan file (docs/skp-plan-format.md): a plan as versioned JSON, and back.

Reading never trusts the file: every field is checked with the same rules as the editor
(``domain.skp.validate_*``), and an error names the part of the file it is in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP
from absensi_app.domain.skp import (
    MAX_RHK_PER_PERIOD,
    ActionPlan,
    Rhk,
    RhkKind,
    SkpPeriod,
    SkpPlan,
    validate_action,
    validate_period,
    validate_rhk,
    validated_whole,
)

PLAN_FORMAT = "absensi-skp-plan"
PLAN_VERSION = 1


def plan_to_json(plan: SkpPlan) -> dict:
    """The plan as a JSON-ready dict (the documented, versioned file format)."""
    base_year = plan.period.first.year
    rhk_list = []
    for r in plan.rhk:
        actions = []
        for a in r.actions:
            item: dict = {"description": a.description}
            if a.year != base_year:
                item["year"] = a.year
            if a.month is not None:
                item["month"] = a.month
            else:
                item["quarter"] = a.quarter
            if a.target is not None:
                item["target"] = a.target
            actions.append(item)
        rhk_list.append(
            {
                "kind": r.kind.value,
                "name": r.name,
                "indicator": r.indicator,
                "target": r.target,
                "unit": r.unit,
                "quality": r.quality,
                "time": r.time,
                "supports": r.supports,
                "actions": actions,
            }
        )
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "period": {
            "first": plan.period.first.isoformat(),
            "last": plan.period.last.isoformat(),
            "name": plan.period.name,
        },
        "rhk": rhk_list,
    }


# where a problem is, put before the message; the screens translate it (views/labels.error_text)
RHK_AT = QT_TRANSLATE_NOOP("Errors", "RHK ke-{n}: ")
ACTION_AT = QT_TRANSLATE_NOOP("Errors", "RHK ke-{n}, Rencana Aksi ke-{m}: ")


def _where(index: int | None, sub: int | None = None) -> str:
    if index is None:
        return ""
    if sub is None:
        return RHK_AT.format(n=index + 1)
    return ACTION_AT.format(n=index + 1, m=sub + 1)


def _located(where: str, message: str) -> ValidationError:
    err = ValidationError("{where}{message}", where=where, message=message)
    err.located = True  # type: ignore[attr-defined]
    return err


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def plan_from_json(data: object, year: int | None = None) -> SkpPlan:
    """Read a plan file's content. ``year`` moves the whole plan to another year.

    Every problem is a ValidationError naming where it is (RHK ke-N, Rencana Aksi ke-M).
    """
    if not isinstance(data, dict) or data.get("format") != PLAN_FORMAT:
        raise ValidationError(
            "Berkas ini bukan rencana SKP Absensi (kunci \"format\" harus \"{format}\").",
            format=PLAN_FORMAT,
        )
    version = data.get("version")
    if version != PLAN_VERSION:
        raise ValidationError(
            "Versi rencana SKP {version} tidak dikenal; versi yang didukung: {supported}.",
            version=version,
            supported=PLAN_VERSION,
        )
    raw_period = data.get("period")
    if not isinstance(raw_period, dict):
        raise ValidationError("Bagian \"period\" tidak ada atau bukan objek.")
    try:
        first = date.fromisoformat(str(raw_period.get("first")))
        last = date.fromisoformat(str(raw_period.get("last")))
    except ValueError:
        raise ValidationError(
            "Tanggal periode harus berbentuk YYYY-MM-DD (\"first\" dan \"last\")."
        ) from None
    shift = 0 if year is None else year - first.year
    period = validate_period(
        SkpPeriod(
            None,
            _shift_year(first, shift),
            _shift_year(last, shift),
            "" if shift else str(raw_period.get("name") or ""),
        )
    )
    raw_rhk = data.get("rhk")
    if not isinstance(raw_rhk, list):
        raise ValidationError("Bagian \"rhk\" harus berupa daftar.")
    if len(raw_rhk) > MAX_RHK_PER_PERIOD:
        raise ValidationError(
            "Satu periode SKP paling banyak memiliki {limit} RHK.", limit=MAX_RHK_PER_PERIOD
        )
    rhk_out = []
    for i, item in enumerate(raw_rhk):
        try:
            rhk_out.append(_rhk_from_json(item, period, first.year, shift, i))
        except ValidationError as err:
            if getattr(err, "located", False):
                raise
            raise _located(_where(i), err.message) from None
    names = [r.name.casefold() for r in rhk_out]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ValidationError(
                "{where}nama RHK sama dengan RHK ke-{other}.",
                where=_where(i),
                other=names.index(name) + 1,
            )
    return SkpPlan(period, tuple(rhk_out))


def _rhk_from_json(item: object, period: SkpPeriod, base_year: int, shift: int, i: int) -> Rhk:
    if not isinstance(item, dict):
        raise ValidationError("isinya harus objek JSON.")
    actions = []
    raw_actions = item.get("actions", [])
    if not isinstance(raw_actions, list):
        raise ValidationError("\"actions\" harus berupa daftar.")
    for j, raw in enumerate(raw_actions):
        if not isinstance(raw, dict):
            raise _located(_where(i, j), "isinya harus objek JSON.")
        try:
            action_year = int(raw.get("year", base_year)) + shift
            month = raw.get("month")
            quarter = raw.get("quarter")
            action = ActionPlan(
                None,
                str(raw.get("description") or ""),
                action_year,
                None if month is None else validated_whole(month, "month", "Bulan", 1),
                None if quarter is None else validated_whole(quarter, "quarter", "Triwulan", 1),
                raw.get("target"),
            )
            actions.append(validate_action(action, period))
        except (ValidationError, TypeError, ValueError) as err:
            text = err.message if isinstance(err, ValidationError) else "isian tidak sah."
            raise _located(_where(i, j), text) from None
    rhk = Rhk(
        None,
        RhkKind.from_code(item.get("kind", "")),
        str(item.get("name") or ""),
        str(item.get("indicator") or ""),
        item.get("target"),  # validate_rhk checks it is a whole number
        str(item.get("unit") or ""),
        str(item.get("quality") or ""),
        str(item.get("time") or ""),
        str(item.get("supports") or ""),
        (),
    )
    return replace(validate_rhk(rhk, period), actions=tuple(actions))
