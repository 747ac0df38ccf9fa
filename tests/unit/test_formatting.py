"""The one place the screens format dates, durations and numbers (views/formatting.py), in the
source language (no translator installed) and the Indonesian locale."""

from __future__ import annotations

from datetime import date

from absensi_app.domain.model import MONTH_NAMES, WEEKDAY_NAMES
from absensi_app.views import formatting as f

TUESDAY = date(2026, 11, 17)


def test_names_are_the_domains_written_out_for_lupdate() -> None:
    assert f.MONTHS == MONTH_NAMES
    assert f.WEEKDAYS == WEEKDAY_NAMES
    assert f.SHORT_MONTHS == tuple(name[:3] for name in MONTH_NAMES)
    assert f.SHORT_WEEKDAYS == tuple(name[:3] for name in WEEKDAY_NAMES)
    assert [f.month_name(m) for m in (1, 8, 12)] == ["Januari", "Agustus", "Desember"]
    assert (f.short_month_name(8), f.weekday_name(6), f.short_weekday_name(4)) == ("Agu", "Minggu", "Jum")


def test_dates() -> None:
    assert f.long_date(TUESDAY) == "Selasa, 17 November 2026"
    assert f.date_text(date(2027, 1, 5)) == "5 Januari 2027"
    assert f.short_date(TUESDAY) == "17 Nov"
    assert f.weekday_date(TUESDAY) == "Sel 17 Nov"
    assert f.short_date_range(date(2026, 11, 16), date(2026, 11, 22)) == "16\u201322 Nov"
    assert f.short_date_range(date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov\u20136 Des"
    assert f.month_year(2026, 11) == "November 2026"


def test_when_a_rencana_aksi_falls() -> None:
    assert f.quarter_name(4) == "Triwulan IV"
    assert f.quarter_name(None) == "Triwulan ?"
    assert f.span_text(5, None) == "Mei"
    assert f.span_text(None, 2) == "Triwulan II"
    assert f.span_text(5, None, 2027) == "Mei 2027"
    assert f.span_text(None, 1, 2027) == "Triwulan I 2027"


def test_durations_and_numbers() -> None:
    assert [f.minutes_text(m) for m in (450, 480, 45, 0)] == ["7 j 30 m", "8 j", "45 m", "0 m"]
    assert f.minutes_text(75_000) == "1.250 j"
    assert f.minutes_text(-30) == "\u221230 m"
    assert f.minutes_text(-8310) == "\u2212138 j 30 m"
    assert [f.signed_minutes_text(m) for m in (90, 0, -90)] == ["+1 j 30 m", "0 m", "\u22121 j 30 m"]
    assert [f.decimal_hours_text(m) for m in (2250, 2400, 1950, 2255)] == ["37,5 jam", "40 jam", "32,5 jam", "37,58 jam"]
    assert [f.number_text(v) for v in (8.333, 8.0, 1250.0)] == ["8,3", "8", "1.250"]
    assert f.number_text(1220.4, 0) == "1.220"
