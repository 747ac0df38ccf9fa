"""National holidays and cuti bersama come from the `holidays` package, in Indonesian."""

from __future__ import annotations

from datetime import date

from absensi_app.domain.calendar import national_holidays


def test_2026_has_17_holidays_and_8_cuti_bersama() -> None:
    days = national_holidays(2026)
    assert len(days) == 25
    cuti_bersama = [d for d, name in days.items() if "Cuti Bersama" in name]
    assert len(cuti_bersama) == 8
    assert len(days) - len(cuti_bersama) == 17
    assert all(d.year == 2026 for d in days)


def test_known_dates_and_indonesian_names() -> None:
    days = national_holidays(2026)
    assert days[date(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    assert days[date(2026, 1, 1)] == "Tahun Baru Masehi"
    assert days[date(2026, 12, 25)] == "Hari Raya Natal"
    assert days[date(2026, 12, 24)] == "Cuti Bersama Hari Raya Natal"
    assert date(2026, 8, 18) not in days
    assert date(2026, 11, 27) not in days


def test_sorted_by_date() -> None:
    days = list(national_holidays(2026))
    assert days == sorted(days)


def test_names_do_not_follow_the_system_language(monkeypatch) -> None:  # noqa: ANN001
    national_holidays.cache_clear()
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en")
    try:
        assert national_holidays(2026)[date(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    finally:
        national_holidays.cache_clear()


def test_holidays_between_spans_the_year_end_and_stays_in_range() -> None:
    from absensi_app.domain.calendar import holidays_between

    days = holidays_between(date(2026, 12, 20), date(2027, 1, 5))
    assert date(2026, 12, 25) in days and date(2027, 1, 1) in days
    assert all(date(2026, 12, 20) <= d <= date(2027, 1, 5) for d in days)
    assert date(2026, 8, 17) not in days


def test_cuti_bersama_around_an_estimated_holiday_are_estimates_too() -> None:
    from absensi_app.domain.calendar import is_estimate

    days = national_holidays(2027)
    assert is_estimate(days[date(2027, 3, 10)])  # Idul Fitri, estimated by the package
    for d in (date(2027, 3, 9), date(2027, 3, 12), date(2027, 3, 15), date(2027, 5, 18)):
        assert days[d].startswith("Cuti Bersama") and days[d].endswith("(perkiraan)"), days[d]
    assert days[date(2027, 12, 24)] == "Cuti Bersama Hari Raya Natal"  # a fixed date stays as it is
    # 2026 is decreed: nothing is an estimate
    assert not any(is_estimate(n) for n in national_holidays(2026).values())
