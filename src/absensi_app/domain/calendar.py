"""Indonesian national holidays and cuti bersama, from the `holidays` package.

The package is imported lazily, and costs about 0.1 s when it is (its ``countries``
package imports every country). The app asks through services/holiday_cache.py, which keeps
what :func:`compute_national_holidays` found per year and package version, so everyday starts
never import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

#: Raise when compute_national_holidays gives other results for the same package version
#: (stored results carry it, and are recomputed when it differs).
RULES_VERSION = 1


def compute_national_holidays(year: int) -> dict[date, str]:
    """Public holidays and cuti bersama of one year, with Indonesian names, sorted by date,
    straight from the package.

    Dates the package only estimates (future Islamic holidays) carry "(perkiraan)".
    Returns an empty mapping if the package is missing, so logging never breaks.
    """
    try:
        import holidays
    except ImportError:  # pragma: no cover - it is a declared dependency
        return {}
    cal = holidays.country_holidays(
        "ID", years=year, categories=("public", "government"), language="id"
    )
    found = {d: str(name) for d, name in sorted(cal.items())}
    return _mark_estimated_cuti_bersama(found)


@lru_cache(maxsize=32)
def national_holidays(year: int) -> dict[date, str]:
    """:func:`compute_national_holidays`, computed once per year in this process."""
    return compute_national_holidays(year)


_CUTI_BERSAMA = "Cuti Bersama "


def _mark_estimated_cuti_bersama(days: dict[date, str]) -> dict[date, str]:
    """Cuti bersama set around a holiday whose date is only estimated are estimates too
    (the package marks only the holiday itself)."""
    estimated = {
        d: n.replace("(perkiraan)", "").strip() for d, n in days.items() if is_estimate(n)
    }
    out = {}
    for day, name in days.items():
        if name.startswith(_CUTI_BERSAMA) and not is_estimate(name):
            occasion = name[len(_CUTI_BERSAMA):]
            if any(occasion in holiday and abs((day - d).days) <= 7 for d, holiday in estimated.items()):
                name = f"{name} (perkiraan)"
        out[day] = name
    return out


def holidays_between(
    first: date, last: date, national: Callable[[int], Mapping[date, str]] = national_holidays
) -> dict[date, str]:
    """National holidays and cuti bersama from ``first`` to ``last``, across year ends
    (``national`` gives one year's, e.g. a stored copy)."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update((d, n) for d, n in national(year).items() if first <= d <= last)
    return found


ESTIMATE_MARK = "perkiraan"


def is_estimate(name: str) -> bool:
    """True for dates the `holidays` package only estimates (future Islamic holidays)."""
    return ESTIMATE_MARK in name.lower()


@dataclass(frozen=True)
class HolidayChange:
    """A user's change to the national calendar.

    ``is_holiday=True`` adds a day off (a regional holiday, a moved date); ``False`` makes a
    national holiday or cuti bersama an ordinary working day again.
    """

    day: date
    is_holiday: bool
    name: str = ""


def apply_changes(national: Mapping[date, str], changes: Iterable[HolidayChange]) -> dict[date, str]:
    """National holidays with the user's additions and removals applied."""
    result = dict(national)
    for change in changes:
        if change.is_holiday:
            result[change.day] = change.name or "Hari libur"
        else:
            result.pop(change.day, None)
    return dict(sorted(result.items()))
