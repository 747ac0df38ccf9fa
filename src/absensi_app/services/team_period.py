"""The period of the team table: months as ``YYYY-MM``, the year so far by default, and how a
period and a list of months are written (Indonesian)."""

from __future__ import annotations

import re
from datetime import date

from absensi_app.domain.model import MONTH_NAMES
from absensi_app.services.recap import RecapError

MAX_PERIOD_MONTHS = 36
_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")


def check_month(text: str) -> str:
    """``YYYY-MM`` (a month the app can show), or RecapError."""
    value = (text or "").strip()
    if not _MONTH.fullmatch(value) or not 1900 <= int(value[:4]) <= 2999:
        raise RecapError("Bulan '{v}' tidak sah; tulis TTTT-BB, misalnya 2026-11.", v=text)
    return value


def default_period(today: date) -> tuple[str, str]:
    """The year so far: January to this month."""
    return f"{today.year:04d}-01", f"{today.year:04d}-{today.month:02d}"


def resolve_period(first: str | None, last: str | None, today: date) -> tuple[str, str]:
    """The period asked for; a side left open: the year so far, or the rest of the year given."""
    if first is None and last is None:
        return default_period(today)
    if first is None:
        last = check_month(last)
        return f"{last[:4]}-01", last
    first = check_month(first)
    if last is None:
        this = default_period(today)[1]
        last = this if first[:4] == this[:4] and first <= this else f"{first[:4]}-12"
    return first, check_month(last)


def period_months(first: str, last: str) -> tuple[str, ...]:
    first, last = check_month(first), check_month(last)
    if first > last:
        raise RecapError("Awal periode ({a}) sesudah akhirnya ({b}).", a=first, b=last)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if len(out) > MAX_PERIOD_MONTHS:
            raise RecapError("Periode paling panjang {n} bulan; pilih periode yang lebih pendek.",
                             n=MAX_PERIOD_MONTHS)  # fmt: skip
    return tuple(out)


def month_words(months: tuple[str, ...] | list[str]) -> str:
    """``Januari, Februari, Oktober 2026; Januari 2027``: months grouped by year."""
    by_year: dict[str, list[str]] = {}
    for month in months:
        if _MONTH.fullmatch(month or ""):
            by_year.setdefault(month[:4], []).append(MONTH_NAMES[int(month[5:7]) - 1])
    return "; ".join(f"{', '.join(names)} {year}" for year, names in by_year.items()) or "-"


def period_text(first: str, last: str) -> str:
    """``Januari – November 2026``, ``November 2025 – Februari 2026`` or ``Mei 2026``."""

    def name(month: str) -> str:
        return MONTH_NAMES[int(month[5:7]) - 1]

    if first == last:
        return f"{name(first)} {first[:4]}"
    if first[:4] == last[:4]:
        return f"{name(first)} \u2013 {name(last)} {last[:4]}"
    return f"{name(first)} {first[:4]} \u2013 {name(last)} {last[:4]}"
