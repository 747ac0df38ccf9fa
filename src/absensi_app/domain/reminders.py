"""Gentle reminders: whether one is due at a moment, and why (issue 13).

Two kinds: the daily one (a working day with nothing logged, after the time the user set) and
the month-end one (on the last two working days of the month: the month's empty working days,
and the summary to export). Pure: services/reminders.py gathers the facts of the day and keeps
the settings and the snooze / "not today" state; :func:`decide` says what is due.

Every outcome carries one Indonesian sentence, as a template with its parameters (already
formatted), so the GUI can translate the template like any other message.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from absensi_app.domain.hours import days_between
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP
from absensi_app.domain.model import MONTH_NAMES, DayStatus, DayStatusRecord, WorkSchedule, format_day_long

DEFAULT_TIME = time(15, 30)
DEFAULT_SNOOZE_MINUTES = 30
MAX_SNOOZE_MINUTES = 720  # a snooze longer than the working day is a "not today"
MONTH_END_DAYS = 2  # the reminder comes on the last two working days of the month
_CUTI_BERSAMA = "cuti bersama"


class ReminderKind(enum.Enum):
    """The value is the code of the CLI and JSON."""

    DAILY = "harian"
    MONTH_END = "akhir-bulan"

    @property
    def label(self) -> str:
        return "Harian" if self is ReminderKind.DAILY else "Akhir bulan"


class OffDay(enum.Enum):
    """Why a day is not a working day."""

    HOLIDAY = "libur-nasional"  # a national holiday
    CUTI_BERSAMA = "cuti-bersama"  # cuti bersama of the national calendar
    OWN_HOLIDAY = "libur"  # a day off the user added (a regional holiday, a moved date)
    WEEKEND = "akhir-pekan"  # Saturday or Sunday, not in the schedule
    SCHEDULE = "bukan-hari-kerja"  # a weekday the user's schedule leaves out


@dataclass(frozen=True)
class ReminderSettings:
    time: time = DEFAULT_TIME
    daily: bool = True
    month_end: bool = True

    def enabled(self, kind: ReminderKind) -> bool:
        return self.daily if kind is ReminderKind.DAILY else self.month_end


@dataclass(frozen=True)
class ReminderState:
    """What the user answered: "snooze" (nothing before ``snoozed_until``) and "not today"
    (nothing more on ``dismissed_on``). Both apply to both kinds: one notification shows them."""

    snoozed_until: datetime | None = None
    dismissed_on: date | None = None


@dataclass(frozen=True)
class DayFacts:
    """What :func:`decide` needs to know of one day (see :func:`day_facts`)."""

    day: date
    off: OffDay | None  # None: a working day by the schedule and the calendar
    holiday: str | None  # the holiday's name, for HOLIDAY, CUTI_BERSAMA and OWN_HOLIDAY
    status: DayStatusRecord | None
    entries: int  # entries logged on the day
    last_working_days: tuple[date, ...]  # the month's last working days (at most two)
    empty_days: tuple[date, ...]  # the month's working days up to the day with nothing logged or explained


@dataclass(frozen=True)
class Sentence:
    """An Indonesian sentence as a template and its (formatted) parameters."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class KindDecision:
    kind: ReminderKind
    due: bool
    reason: Sentence


@dataclass(frozen=True)
class ReminderDecision:
    at: datetime
    daily: KindDecision
    month_end: KindDecision
    facts: DayFacts
    snoozed_until: datetime | None  # a snooze still running at ``at``
    dismissed: bool  # "not today" was chosen for the day of ``at``

    @property
    def decisions(self) -> tuple[KindDecision, KindDecision]:
        return (self.daily, self.month_end)

    @property
    def kinds(self) -> tuple[ReminderKind, ...]:
        return tuple(d.kind for d in self.decisions if d.due)

    @property
    def due(self) -> bool:
        return bool(self.kinds)

    @property
    def kind(self) -> ReminderKind | None:
        """The notification to show: the month-end one when both are due (it lists today too)."""
        kinds = self.kinds
        return kinds[-1] if kinds else None

    @property
    def reason(self) -> str:
        """The reasons of the due kinds, or of both when none is due (each sentence once)."""
        chosen = [d for d in self.decisions if d.due] or list(self.decisions)
        texts: list[str] = []
        for d in chosen:
            if d.reason.text not in texts:
                texts.append(d.reason.text)
        return " ".join(texts)


# ---- the day's facts --------------------------------------------------------------------------
def off_day(
    day: date, schedule: WorkSchedule, holidays: Mapping[date, str], own_holidays: Collection[date] = ()
) -> OffDay | None:
    """Why ``day`` is not a working day (a holiday before the weekend), or None when it is one.

    ``holidays`` are the national ones with the user's changes applied; ``own_holidays`` the
    days the user added."""
    name = holidays.get(day)
    if name is not None:
        if day in own_holidays:
            return OffDay.OWN_HOLIDAY
        return OffDay.CUTI_BERSAMA if name.lower().startswith(_CUTI_BERSAMA) else OffDay.HOLIDAY
    if schedule.is_workday(day):
        return None
    return OffDay.WEEKEND if day.weekday() >= 5 else OffDay.SCHEDULE


def last_working_days(
    first: date, last: date, schedule: WorkSchedule, holidays: Mapping[date, str], count: int = MONTH_END_DAYS
) -> tuple[date, ...]:
    """The last ``count`` working days of ``first..last`` (by schedule and holidays), in order."""
    working = [d for d in days_between(first, last) if schedule.is_workday(d) and d not in holidays]
    return tuple(working[-count:]) if count > 0 else ()


def day_facts(
    day: date,
    schedule: WorkSchedule,
    holidays: Mapping[date, str],
    own_holidays: Collection[date],
    statuses: Mapping[date, DayStatusRecord],
    entries: int,
    empty_days: Collection[date],
) -> DayFacts:
    """The facts of ``day`` from its month's calendar (``holidays`` must cover the month)."""
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return DayFacts(
        day,
        off_day(day, schedule, holidays, own_holidays),
        holidays.get(day),
        statuses.get(day),
        entries,
        last_working_days(first, last, schedule, holidays),
        tuple(sorted(d for d in empty_days if first <= d <= day)),
    )


# ---- the decision -----------------------------------------------------------------------------
def decide(at: datetime, facts: DayFacts, settings: ReminderSettings, state: ReminderState) -> ReminderDecision:
    """What is due at ``at`` (a moment of ``facts.day``), each kind with its reason."""
    if at.date() != facts.day:
        raise ValueError(f"the facts are of {facts.day}, not of {at.date()}")
    snoozed = state.snoozed_until if snooze_runs(state.snoozed_until, at) else None
    dismissed = state.dismissed_on == facts.day
    decisions = [
        _decide_kind(kind, at, facts, settings, snoozed, dismissed)
        for kind in (ReminderKind.DAILY, ReminderKind.MONTH_END)
    ]
    return ReminderDecision(at, decisions[0], decisions[1], facts, snoozed, dismissed)


def snooze_runs(until: datetime | None, at: datetime) -> bool:
    """A snooze ending at ``until`` holds at ``at``: before its end, and no further ahead than
    the longest snooze (so a moment days earlier, e.g. ``check --at``, is not taken as snoozed)."""
    return until is not None and timedelta(0) < until - at <= timedelta(minutes=MAX_SNOOZE_MINUTES)


def _decide_kind(
    kind: ReminderKind,
    at: datetime,
    facts: DayFacts,
    settings: ReminderSettings,
    snoozed: datetime | None,
    dismissed: bool,
) -> KindDecision:
    def no(template: str, **params: str) -> KindDecision:
        return KindDecision(kind, False, Sentence(template, params))

    day = format_day_long(facts.day)
    if not settings.enabled(kind):
        return no(QT_TRANSLATE_NOOP("Reminders", "Pengingat harian dimatikan.") if kind is ReminderKind.DAILY
                  else QT_TRANSLATE_NOOP("Reminders", "Pengingat akhir bulan dimatikan."))
    if facts.off is not None:
        template, params = _off_day_reason(facts)
        return no(template, **params)
    if facts.status is not None and explains_day(facts.status):
        return no(QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} berstatus {status}."), day=day, status=facts.status.label)
    if kind is ReminderKind.DAILY and facts.entries:
        return no(QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} sudah tercatat {count} kegiatan."), day=day,
                  count=str(facts.entries))
    if kind is ReminderKind.MONTH_END and facts.day not in facts.last_working_days:
        return no(QT_TRANSLATE_NOOP("Reminders", "Pengingat akhir bulan hanya pada dua hari kerja terakhir bulan ini: {days}."),
                  days=_day_list(facts.last_working_days))
    when = f"{settings.time:%H:%M}"
    if at.time() < settings.time:
        return no(QT_TRANSLATE_NOOP("Reminders", "Belum waktunya: pengingat pukul {time} (sekarang {now})."), time=when, now=f"{at:%H:%M}")
    if dismissed:
        return no(QT_TRANSLATE_NOOP("Reminders", "Pengingat {day} sudah ditutup (tidak hari ini)."), day=day)
    if snoozed is not None:
        if snoozed.date() != facts.day:
            return no(QT_TRANSLATE_NOOP("Reminders", "Pengingat ditunda sampai {day} pukul {until}."), day=format_day_long(snoozed.date()),
                      until=f"{snoozed:%H:%M}")
        return no(QT_TRANSLATE_NOOP("Reminders", "Pengingat ditunda sampai pukul {until}."), until=f"{snoozed:%H:%M}")
    if kind is ReminderKind.DAILY:
        return KindDecision(kind, True, Sentence(
            QT_TRANSLATE_NOOP("Reminders", "Saatnya mencatat: {day} hari kerja dan belum ada kegiatan tercatat (sudah lewat pukul {time})."),
            {"day": day, "time": when}))
    month = f"{MONTH_NAMES[facts.day.month - 1]} {facts.day.year}"
    if not facts.empty_days:
        return KindDecision(kind, True, Sentence(
            QT_TRANSLATE_NOOP("Reminders", "Akhir bulan: semua hari kerja {month} sampai hari ini sudah terisi; saatnya mengekspor "
            "ringkasan bulan ini."), {"month": month}))
    return KindDecision(kind, True, Sentence(
        QT_TRANSLATE_NOOP("Reminders", "Akhir bulan: {count} hari kerja {month} belum terisi ({days}); isi lalu ekspor ringkasan "
        "bulan ini."), {"count": str(len(facts.empty_days)), "month": month, "days": _day_list(facts.empty_days)}))


def explains_day(status: DayStatusRecord) -> bool:
    """A status that needs no entries: leave, sickness, permission, study duty, holiday, and
    Dinas Luar (as the month's missing days count them); Hadir and Tanpa Keterangan do not."""
    return status.status.excuses_work or status.status is DayStatus.DINAS_LUAR


def _off_day_reason(facts: DayFacts) -> tuple[str, dict[str, str]]:
    day = format_day_long(facts.day)
    name = facts.holiday or ""
    if facts.off is OffDay.HOLIDAY:
        return QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} hari libur nasional ({name})."), {"day": day, "name": name}
    if facts.off is OffDay.CUTI_BERSAMA:
        return QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} cuti bersama ({name})."), {"day": day, "name": name}
    if facts.off is OffDay.OWN_HOLIDAY:
        return QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} hari libur ({name})."), {"day": day, "name": name}
    if facts.off is OffDay.WEEKEND:
        return QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} akhir pekan."), {"day": day}
    return QT_TRANSLATE_NOOP("Reminders", "Tidak ada pengingat: {day} bukan hari kerja dalam jadwal Anda."), {"day": day}


def _day_list(days: Collection[date]) -> str:
    """Days of one month as '1, 2 dan 30 Desember 2026'; 'tidak ada' for none."""
    ordered = sorted(days)
    if not ordered:
        return "tidak ada"
    numbers = [str(d.day) for d in ordered]
    joined = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " dan " + numbers[-1]
    return f"{joined} {MONTH_NAMES[ordered[-1].month - 1]} {ordered[-1].year}"
