"""Indonesian national holidays and cuti bersama, from the `holidays` package.

The package is imported lazily: only screens that need the calendar pay for it.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=32)
def national_holidays(year: int) -> dict[date, str]:
    """Public holidays and cuti bersama of one year, with Indonesian names.

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
    return {d: str(name) for d, name in sorted(cal.items())}


def holidays_between(first: date, last: date) -> dict[date, str]:
    """National holidays and cuti bersama from ``first`` to ``last``, across year ends."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update((d, n) for d, n in national_holidays(year).items() if first <= d <= last)
    return found
