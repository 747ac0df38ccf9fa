"""How the screens write dates, durations and numbers: one function for each form, every word
through Qt's translator (context "Formatting") and every number in the app's locale.

    long_date(day)              Selasa, 17 November 2026
    date_text(day)              17 November 2026
    short_date(day)             17 Nov
    weekday_date(day)           Sel 17 Nov
    short_date_range(a, b)      16–22 Nov, 30 Nov–6 Des
    month_year(2026, 11)        November 2026
    quarter_name(4)             Triwulan IV
    span_text(5, None, 2027)    Mei 2027
    minutes_text(450)           7 j 30 m (also 1.250 j, −30 m)
    signed_minutes_text(90)     +1 j 30 m
    decimal_hours_text(2250)    37,5 jam
    size_text(1300000)          1,2 MB (340 KB; 1 byte / 52 bytes in English)
    number_text(8.333)          8,3 (number_text(1250, 0): 1.250)
    numeric_date(day)           17-11-2026 (tables and short notes)
    numeric_time(moment)        17-11-2026 16:30 (with_seconds: 16:30:05)
    clip(text, 90)              one paragraph, at most 90 characters, "…" where cut

Names of domain codes (locations, statuses, leave) and error messages are in ``labels``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from absensi_app.domain.model import ROMAN

# The domain's MONTH_NAMES and WEEKDAY_NAMES written out so lupdate finds them
# (tests/unit/test_formatting.py checks they stay equal).
MONTHS = (
    QT_TRANSLATE_NOOP("Formatting", "Januari"),
    QT_TRANSLATE_NOOP("Formatting", "Februari"),
    QT_TRANSLATE_NOOP("Formatting", "Maret"),
    QT_TRANSLATE_NOOP("Formatting", "April"),
    QT_TRANSLATE_NOOP("Formatting", "Mei"),
    QT_TRANSLATE_NOOP("Formatting", "Juni"),
    QT_TRANSLATE_NOOP("Formatting", "Juli"),
    QT_TRANSLATE_NOOP("Formatting", "Agustus"),
    QT_TRANSLATE_NOOP("Formatting", "September"),
    QT_TRANSLATE_NOOP("Formatting", "Oktober"),
    QT_TRANSLATE_NOOP("Formatting", "November"),
    QT_TRANSLATE_NOOP("Formatting", "Desember"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Formatting", "Jan"),
    QT_TRANSLATE_NOOP("Formatting", "Feb"),
    QT_TRANSLATE_NOOP("Formatting", "Mar"),
    QT_TRANSLATE_NOOP("Formatting", "Apr"),
    QT_TRANSLATE_NOOP("Formatting", "Mei"),
    QT_TRANSLATE_NOOP("Formatting", "Jun"),
    QT_TRANSLATE_NOOP("Formatting", "Jul"),
    QT_TRANSLATE_NOOP("Formatting", "Agu"),
    QT_TRANSLATE_NOOP("Formatting", "Sep"),
    QT_TRANSLATE_NOOP("Formatting", "Okt"),
    QT_TRANSLATE_NOOP("Formatting", "Nov"),
    QT_TRANSLATE_NOOP("Formatting", "Des"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Formatting", "Senin"),
    QT_TRANSLATE_NOOP("Formatting", "Selasa"),
    QT_TRANSLATE_NOOP("Formatting", "Rabu"),
    QT_TRANSLATE_NOOP("Formatting", "Kamis"),
    QT_TRANSLATE_NOOP("Formatting", "Jumat"),
    QT_TRANSLATE_NOOP("Formatting", "Sabtu"),
    QT_TRANSLATE_NOOP("Formatting", "Minggu"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Formatting", "Sen"),
    QT_TRANSLATE_NOOP("Formatting", "Sel"),
    QT_TRANSLATE_NOOP("Formatting", "Rab"),
    QT_TRANSLATE_NOOP("Formatting", "Kam"),
    QT_TRANSLATE_NOOP("Formatting", "Jum"),
    QT_TRANSLATE_NOOP("Formatting", "Sab"),
    QT_TRANSLATE_NOOP("Formatting", "Min"),
)


def _t(text: str) -> str:
    """Translate a name marked with QT_TRANSLATE_NOOP("Formatting", ...) above."""
    return QCoreApplication.translate("Formatting", text)


# ---- names ----------------------------------------------------------------------------------
def month_name(month: int) -> str:
    """``11`` as "November"."""
    return _t(MONTHS[month - 1])


def short_month_name(month: int) -> str:
    """``11`` as "Nov"."""
    return _t(SHORT_MONTHS[month - 1])


def weekday_name(weekday: int) -> str:
    """``date.weekday()`` (0 is Monday) as "Senin"."""
    return _t(WEEKDAYS[weekday])


def short_weekday_name(weekday: int) -> str:
    """``date.weekday()`` (0 is Monday) as "Sen"."""
    return _t(SHORT_WEEKDAYS[weekday])


def quarter_name(quarter: int | None) -> str:
    """``4`` as "Triwulan IV" ("Triwulan ?" for a number that is no quarter)."""
    return QCoreApplication.translate("Formatting", "Triwulan {roman}").format(roman=ROMAN.get(quarter or 0, "?"))


def span_text(month: int | None, quarter: int | None, year: int | None = None) -> str:
    """When a Rencana Aksi falls: "Mei" for a month, else "Triwulan II"; with " 2027" after it
    when ``year`` is given (for a period that crosses a year end)."""
    text = month_name(month) if month is not None else quarter_name(quarter)
    return f"{text} {year}" if year is not None else text


# ---- dates ----------------------------------------------------------------------------------
def long_date(day: date) -> str:
    """'Selasa, 17 November 2026'."""
    return QCoreApplication.translate("Formatting", "{weekday}, {day} {month} {year}").format(
        weekday=weekday_name(day.weekday()), day=day.day, month=month_name(day.month), year=day.year
    )


def date_text(day: date) -> str:
    """'17 November 2026'."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def short_date(day: date) -> str:
    """'17 Nov'."""
    return f"{day.day} {short_month_name(day.month)}"


def weekday_date(day: date) -> str:
    """'Sel 17 Nov'."""
    return f"{short_weekday_name(day.weekday())} {short_date(day)}"


def short_date_range(first: date, last: date) -> str:
    """'16–22 Nov', or '30 Nov–6 Des' across a month end."""
    if first.month == last.month:
        return f"{first.day}\u2013{short_date(last)}"
    return f"{short_date(first)}\u2013{short_date(last)}"


def month_year(year: int, month: int) -> str:
    """'November 2026'."""
    return f"{month_name(month)} {year}"


# ---- numbers and durations ------------------------------------------------------------------
def _locale() -> QLocale:
    """The app's locale (Indonesian unless another language was chosen); never "C"."""
    locale = QLocale()
    if locale.language() in (QLocale.C, QLocale.AnyLanguage):
        return QLocale(QLocale.Indonesian, QLocale.Indonesia)
    return locale


def number_text(value: float, decimals: int = 1) -> str:
    """A number as the locale writes it, without a trailing zero: 1.250 and 8,3 in Indonesian."""
    locale = _locale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def minutes_text(minutes: int) -> str:
    """A duration in hours and minutes: "7 j 30 m", "8 j", "45 m", "1.250 j", "−30 m"."""
    sign = "\u2212" if minutes < 0 else ""
    hours, mins = divmod(abs(int(minutes)), 60)
    h = number_text(hours, 0)
    if hours and mins:
        text = QCoreApplication.translate("Formatting", "{h} j {m} m").format(h=h, m=mins)
    elif hours:
        text = QCoreApplication.translate("Formatting", "{h} j").format(h=h)
    else:
        text = QCoreApplication.translate("Formatting", "{m} m").format(m=mins)
    return sign + text


def signed_minutes_text(minutes: int) -> str:
    """Like ``minutes_text`` with a "+" before a positive duration (a balance)."""
    return ("+" if minutes > 0 else "") + minutes_text(minutes)


def decimal_hours_text(minutes: int) -> str:
    """Hours as one number, up to two decimals: "37,5 jam" (a weekly working time)."""
    return QCoreApplication.translate("Formatting", "{hours} jam").format(hours=number_text(minutes / 60, 2))


def size_text(size: int | None) -> str:
    """A file's size for people: "1,2 MB", "340 KB", "52 byte" ("1 byte" / "52 bytes" in
    English: a numerus message, see scripts/update_translations.py); "-" when unknown."""
    if size is None:
        return "-"
    if size >= 1024 * 1024:
        return f"{_locale().toString(size / (1024 * 1024), 'f', 1)} MB"
    if size >= 1024:
        return f"{number_text(size / 1024, 0)} KB"
    return QCoreApplication.translate("Formatting", "%n byte", None, int(size))


# ---- Qt's date type, for date pickers and calendars -----------------------------------------
def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def numeric_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def numeric_time(moment: datetime, with_seconds: bool = False) -> str:
    return f"{numeric_date(moment)} {moment:%H:%M:%S}" if with_seconds else f"{numeric_date(moment)} {moment:%H:%M}"


def clip(text: object, limit: int = 300) -> str:
    """Any value as a short single-paragraph string (text from a file may hold anything)."""
    value = " ".join(("" if text is None else str(text)).split())
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"
