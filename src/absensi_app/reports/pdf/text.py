"""Indonesian wording of dates, times, numbers and NIPs in the PDF, and markup escaping.

No reportlab here: these are plain string functions.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from xml.sax.saxutils import escape

from absensi_app.domain.model import MONTH_NAMES, Entry, format_day_long, format_minutes


def date_id(day: date) -> str:
    """'27 November 2026'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def day_id(day: date) -> str:
    """'Jumat, 27 November 2026'."""
    return format_day_long(day)


def datetime_id(moment: datetime) -> str:
    """'27 November 2026 pukul 16.00' (Indonesian writes times with a dot)."""
    return f"{date_id(moment.date())} pukul {moment:%H.%M}"


def number_id(value: float, decimals: int = 2) -> str:
    """Indonesian number: '1.250', '8,33', '25' (trailing zeros dropped)."""
    rounded = round(float(value), decimals)
    if rounded == int(rounded):
        whole = f"{int(rounded):,}".replace(",", ".")
        return whole
    text = f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent_id(value: float | None) -> str:
    return "\u2013" if value is None else f"{number_id(value, 1)}%"


def signed_minutes(minutes: int) -> str:
    if minutes == 0:
        return "0 m"
    sign = "+" if minutes > 0 else "\u2212"
    return f"{sign}{format_minutes(abs(minutes))}"


def nip_id(nip: str, today: date) -> str:
    """The NIP in its usual groups ('19900412 201503 2 007') when it reads as one."""
    from absensi_app.domain.nip import display_nip

    return display_nip(nip, today)


def entry_time_text(entry: Entry) -> str:
    if entry.start is not None and entry.end is not None:
        return f"{entry.start:%H:%M}-{entry.end:%H:%M}"
    return format_minutes(entry.minutes)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def esc(text: object) -> str:
    """Escape user text for reportlab's paragraph markup (control characters dropped)."""
    return escape(_CONTROL.sub("", str(text)))
