"""The timer's stop question (domain/timer.py) and the templates' rules (domain/templates.py):
pure functions, no database."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import Location, WorkSchedule
from absensi_app.domain.templates import TaskTemplate, merge_link, name_key, validate_template
from absensi_app.domain.timer import (
    StopNeedsChoice,
    StopReason,
    plan_stop,
    resolve_end,
    schedule_end,
)

THURSDAY = date(2026, 11, 26)
FRIDAY = date(2026, 11, 27)
END = time(16, 0)  # Thursday's end with the default schedule


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm))


# ---- the schedule's end -----------------------------------------------------------------------
def test_schedule_end_follows_the_classic_clock() -> None:
    schedule = WorkSchedule()  # 07:30, 37.5 hours over five days
    assert schedule_end(THURSDAY, schedule) == time(16, 0)  # 7 h 30 m + 60 min break
    assert schedule_end(FRIDAY, schedule) == time(16, 30)  # Friday's break is 90 minutes
    assert schedule_end(THURSDAY, schedule, daily_minutes=390) == time(15, 0)  # Ramadan: 6 h 30 m
    late = WorkSchedule(day_start=time(20, 0))
    assert schedule_end(THURSDAY, late) is None  # it would end after midnight


# ---- plain stops ------------------------------------------------------------------------------
def test_a_stop_within_the_day_is_plain_and_records_the_stop_minute() -> None:
    plan = plan_stop(at(THURSDAY, "08:00:00"), datetime(2026, 11, 26, 10, 30, 45), END)
    assert plan.reason is StopReason.PLAIN and not plan.needs_choice
    assert (plan.day, plan.start, plan.end, plan.minutes) == (THURSDAY, time(8), time(10, 30), 150)
    assert resolve_end(plan) == time(10, 30)
    assert resolve_end(plan, at=time(10, 0)) == time(10, 0)  # an earlier end is fine


def test_a_timer_started_after_the_schedule_end_stops_plainly() -> None:
    plan = plan_stop(at(THURSDAY, "17:00"), at(THURSDAY, "19:15"), END)
    assert plan.reason is StopReason.PLAIN
    assert resolve_end(plan) == time(19, 15)


def test_stopping_exactly_at_the_schedule_end_is_plain() -> None:
    assert plan_stop(at(THURSDAY, "08:00"), at(THURSDAY, "16:00"), END).reason is StopReason.PLAIN


# ---- stops that need a choice -------------------------------------------------------------------
def test_past_the_schedule_end_needs_a_choice_and_says_what_it_would_record() -> None:
    plan = plan_stop(at(THURSDAY, "08:00"), at(THURSDAY, "22:10"), END)
    assert plan.reason is StopReason.PAST_SCHEDULE_END and plan.needs_choice
    assert plan.end == time(22, 10) and plan.minutes == 850
    assert plan.can_stop_at_schedule_end
    with pytest.raises(StopNeedsChoice) as caught:
        resolve_end(plan)
    message = caught.value.message
    assert "akhir jam kerja (16:00)" in message
    assert "Kamis, 26 November 2026 08:00-22:10 (14 j 10 m)" in message
    assert resolve_end(plan, until_schedule_end=True) == END
    assert resolve_end(plan, at=time(22, 10)) == time(22, 10)  # really worked late: say so


def test_over_midnight_needs_a_choice_and_never_crosses_the_day() -> None:
    plan = plan_stop(at(THURSDAY, "08:00"), at(FRIDAY, "07:55"), END)
    assert plan.reason is StopReason.OVER_MIDNIGHT and plan.needs_choice
    assert plan.day == THURSDAY and plan.end == time(23, 59)
    with pytest.raises(StopNeedsChoice) as caught:
        resolve_end(plan)
    assert "tengah malam" in caught.value.message
    assert "08:00-23:59 (15 j 59 m)" in caught.value.message
    assert resolve_end(plan, until_schedule_end=True) == END
    # over midnight any end later on the start's day can be chosen, even past "now's" time
    assert resolve_end(plan, at=time(17, 30)) == time(17, 30)


def test_a_timer_left_over_several_days_is_still_one_question() -> None:
    plan = plan_stop(at(THURSDAY, "09:00"), datetime(2026, 11, 30, 9, 0), END)
    assert plan.reason is StopReason.OVER_MIDNIGHT and plan.day == THURSDAY


# ---- answers that cannot be recorded ----------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "now", "answer", "fragment"),
    [
        ("08:00", "22:00", {"at": time(7, 0)}, "harus setelah timer dimulai (08:00)"),
        ("08:00", "22:00", {"at": time(22, 30)}, "belum terjadi (sekarang 22:00)"),
        ("17:00", "19:00", {"until_schedule_end": True}, "Akhir jam kerja (16:00) tidak bisa dipakai"),
        ("08:00", "10:00", {"until_schedule_end": True}, "tidak bisa dipakai"),  # not reached yet
        ("08:00", "22:00", {"at": time(20, 0), "until_schedule_end": True}, "Pilih salah satu"),
    ],
)
def test_bad_answers_are_refused(start: str, now: str, answer: dict, fragment: str) -> None:
    plan = plan_stop(at(THURSDAY, start), at(THURSDAY, now), END)
    with pytest.raises(ValidationError) as caught:
        resolve_end(plan, **answer)
    assert not isinstance(caught.value, StopNeedsChoice)
    assert fragment in caught.value.message


def test_less_than_a_minute_or_a_clock_gone_back_records_nothing() -> None:
    for now in (datetime(2026, 11, 26, 8, 0, 40), at(THURSDAY, "07:00"), at(date(2026, 11, 25), "09:00")):
        plan = plan_stop(at(THURSDAY, "08:00"), now, END)
        assert not plan.needs_choice
        with pytest.raises(ValidationError, match="kurang dari satu menit"):
            resolve_end(plan)


def test_no_schedule_end_means_only_midnight_asks() -> None:
    plan = plan_stop(at(THURSDAY, "08:00"), at(THURSDAY, "23:00"), None)
    assert plan.reason is StopReason.PLAIN
    late = plan_stop(at(THURSDAY, "08:00"), at(FRIDAY, "01:00"), None)
    assert late.needs_choice and not late.can_stop_at_schedule_end
    with pytest.raises(ValidationError, match="tidak punya akhir jam kerja"):
        resolve_end(late, until_schedule_end=True)


# ---- templates --------------------------------------------------------------------------------
def test_template_names_compare_without_case_or_spacing() -> None:
    assert name_key("Rapat  Mingguan ") == name_key("rapat mingguan") == name_key("RAPAT MINGGUAN")
    assert name_key("Straße") == name_key("STRASSE")  # casefold, not lower


def test_validate_template_cleans_and_refuses() -> None:
    clean = validate_template(TaskTemplate("  Rapat  ", " Rapat   mingguan ", Location.RUMAH, unit=" notula "))
    assert (clean.name, clean.description, clean.unit) == ("Rapat", "Rapat mingguan", "notula")
    for bad, fragment in [
        (TaskTemplate("", "x"), "Nama templat wajib"),
        (TaskTemplate("x" * 101, "x"), "Nama templat terlalu panjang"),
        (TaskTemplate("a", "  "), "Uraian kegiatan templat wajib"),
        (TaskTemplate("a", "x", unit="u" * 41), "Satuan output terlalu panjang"),
        (TaskTemplate("a", "x", minutes=0), "Durasi biasa 0 menit"),
        (TaskTemplate("a", "x", minutes=1441), "Durasi biasa 1441 menit"),
        (TaskTemplate("a\x1b", "x"), "karakter kendali"),
    ]:
        with pytest.raises(ValidationError, match=fragment):
            validate_template(bad)


def test_merge_link_keeps_the_base_action_only_with_its_rhk() -> None:
    assert merge_link(None, None, 3, 7) == (3, 7)  # nothing given: the template's link
    assert merge_link(3, None, 3, 7) == (3, 7)  # the same RHK: its action stays
    assert merge_link(4, None, 3, 7) == (4, None)  # another RHK: the action would not fit
    assert merge_link(None, 9, 3, 7) == (None, 9)  # an action given implies its own RHK
