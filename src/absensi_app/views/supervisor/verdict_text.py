"""How the summary viewer (and the trust list and the team recap) words and colours a verdict
and the values read from a summary file: one word and colour per outcome, text styles, and
short plain strings of values that came from outside.

Words go through Qt's translator under the context "SummaryViewer", where they were first
written. Dates, durations and numbers are written by ``views.formatting``.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision, Outcome, Verdict
from absensi_app.views.formatting import long_date, month_year
from absensi_app.views.labels import fingerprint_blocks

MAX_SHOWN = 300  # characters of any one value taken from a file

# colours of a banner: background, border, text
OK_COLOURS = ("#e3f4e6", "#2e7d32", "#1b5e20")
BAD_COLOURS = ("#fdecea", "#c62828", "#a50e0e")
WARN_COLOURS = ("#fff4e0", "#e69500", "#7a4a00")
ALARM_COLOURS = ("#b3261e", "#7f0000", "#ffffff")
# a forgery in the user's own name: the loudest of all
FORGED_COLOURS = ("#4a0000", "#ff1744", "#ffffff")
# a file returned for correction: sound, but no approval (never green)
RETURNED_COLOURS = ("#fde7d4", "#c25e00", "#6b3000")
GREY_COLOURS = ("#f1f3f4", "#9aa0a6", "#3c4043")
# styles of a line of text
ERR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e2a;"
WARN_STYLE = "color: #8a5300;"
RETURNED_STYLE = "color: #9a4a00;"
MUTED_STYLE = "color: #5f6368;"

_RATINGS = {
    Rating.DI_ATAS: QT_TRANSLATE_NOOP("SummaryViewer", "Di Atas Ekspektasi"),
    Rating.SESUAI: QT_TRANSLATE_NOOP("SummaryViewer", "Sesuai Ekspektasi"),
    Rating.DI_BAWAH: QT_TRANSLATE_NOOP("SummaryViewer", "Di Bawah Ekspektasi"),
}


def clip(text: object, limit: int = MAX_SHOWN) -> str:
    """A value from a file, as a short single-paragraph string."""
    value = "" if text is None else str(text)
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def fingerprint_short(fingerprint: str) -> str:
    """The first two groups, enough to tell certificates apart in a list."""
    first = fingerprint_blocks(fingerprint, per_line=2).split("\n")[0]
    return first + " \u2026" if first else ""


def month_text(month: str | None) -> str:
    """``2026-11`` as ``November 2026``; anything else as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", month or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return clip(month or "")
    return month_year(int(match.group(1)), int(match.group(2)))


def local_time_text(moment: datetime | None) -> str:
    """``Senin, 30 November 2026, 16:00 WIB`` in the computer's time zone."""
    if moment is None:
        return QCoreApplication.translate("SummaryViewer", "tidak tercatat")
    local = moment.astimezone() if moment.tzinfo else moment
    zone = local.tzname() or ""
    return f"{long_date(local.date())}, {local:%H:%M} {zone}".strip()


def rating_label(value: Rating | None) -> str:
    return QCoreApplication.translate("SummaryViewer", _RATINGS[value]) if value is not None else ""


def verdict_colours(verdict: Verdict) -> tuple[str, str, str]:
    """Green only for a sound file without a decision or with an approval."""
    outcome = verdict.outcome
    if outcome is Outcome.VALID:
        return RETURNED_COLOURS if verdict.decision is Decision.RETURNED else OK_COLOURS
    if outcome is Outcome.FORGED:
        return FORGED_COLOURS
    if outcome is Outcome.CONFLICT:
        return ALARM_COLOURS
    if outcome is Outcome.UNTRUSTED:
        return WARN_COLOURS
    return BAD_COLOURS


def verdict_word(verdict: Verdict) -> str:
    """One or two words above the headline."""
    outcome = verdict.outcome
    if outcome is Outcome.VALID:
        if verdict.decision is Decision.APPROVED:
            return QCoreApplication.translate("SummaryViewer", "SAH \u2014 DISETUJUI")
        if verdict.decision is Decision.RETURNED:
            return QCoreApplication.translate("SummaryViewer", "DIKEMBALIKAN UNTUK DIPERBAIKI")
        return QCoreApplication.translate("SummaryViewer", "SAH \u2014 BELUM ADA KEPUTUSAN")
    if outcome is Outcome.FORGED:
        return QCoreApplication.translate("SummaryViewer", "PALSU: ATAS NAMA ANDA")
    if outcome is Outcome.CONFLICT:
        return QCoreApplication.translate("SummaryViewer", "AWAS: SERTIFIKAT BERBEDA")
    if outcome is Outcome.UNTRUSTED:
        return QCoreApplication.translate("SummaryViewer", "PENANDA TANGAN BELUM DIKENAL")
    if outcome is Outcome.UNREADABLE:
        return QCoreApplication.translate("SummaryViewer", "TIDAK TERBACA")
    if outcome is Outcome.UNSIGNED:
        return QCoreApplication.translate("SummaryViewer", "TANPA TANDA TANGAN")
    return QCoreApplication.translate("SummaryViewer", "TIDAK SAH")


def digits(value: object) -> str:
    """Only the digits of a NIP, to compare NIPs typed with or without spaces."""
    return re.sub(r"\D", "", str(value or ""))


__all__ = [
    "ALARM_COLOURS", "BAD_COLOURS", "ERR_STYLE", "FORGED_COLOURS", "GREY_COLOURS", "MAX_SHOWN", "MUTED_STYLE",
    "OK_COLOURS", "OK_STYLE", "RETURNED_COLOURS", "RETURNED_STYLE", "WARN_COLOURS", "WARN_STYLE", "clip", "digits",
    "fingerprint_blocks", "fingerprint_short", "local_time_text", "month_text", "rating_label",
    "verdict_colours", "verdict_word",
]  # fmt: skip
