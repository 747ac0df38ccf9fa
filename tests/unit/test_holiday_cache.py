"""The stored national holidays: exactly the package's, recomputed when the package (or the
app's rules) change or the file is damaged, and read without importing `holidays`."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from absensi_app.domain import calendar
from absensi_app.services import holiday_cache
from absensi_app.services.holiday_cache import HolidayCache
from absensi_app.services.workcalendar import WorkCalendarService

YEARS = (2016, 2020, 2024, 2026, 2027, 2031)


class Counting:
    """The package computation, counting the years it was asked for."""

    def __init__(self) -> None:
        self.years: list[int] = []

    def __call__(self, year: int) -> dict[date, str]:
        self.years.append(year)
        return calendar.compute_national_holidays(year)


def test_stored_years_are_exactly_the_packages(tmp_path: Path) -> None:
    first = HolidayCache(tmp_path / "cache")
    for year in YEARS:
        assert dict(first.national(year)) == calendar.compute_national_holidays(year)
    compute = Counting()
    again = HolidayCache(tmp_path / "cache", compute)  # a later start: read from the file
    for year in YEARS:
        found = again.national(year)
        assert dict(found) == calendar.compute_national_holidays(year)
        assert list(found) == sorted(found)
    assert compute.years == []
    assert any("perkiraan" in n for n in again.national(2031).values())  # estimates kept as marked


def test_each_year_is_computed_once(tmp_path: Path) -> None:
    compute = Counting()
    cache = HolidayCache(tmp_path / "cache", compute)
    cache.national(2026)
    cache.national(2026)
    cache.national(2027)
    HolidayCache(tmp_path / "cache", compute).national(2027)
    assert compute.years == [2026, 2027]


@pytest.mark.parametrize("key", ["holidays", "rules"])
def test_another_package_version_or_rules_version_recomputes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    HolidayCache(tmp_path / "cache").national(2026)
    if key == "holidays":
        monkeypatch.setattr(holiday_cache, "package_version", lambda: "999.0")
    else:
        monkeypatch.setattr(calendar, "RULES_VERSION", calendar.RULES_VERSION + 1)
    compute = Counting()
    assert dict(HolidayCache(tmp_path / "cache", compute).national(2026)) == calendar.national_holidays(2026)
    assert compute.years == [2026]
    stored = json.loads((tmp_path / "cache" / holiday_cache.FILE_NAME).read_text("utf-8"))
    assert stored["holidays"] == holiday_cache.package_version()
    assert stored["rules"] == calendar.RULES_VERSION


@pytest.mark.parametrize(
    "damage",
    [
        {"2026-13-01": "Tidak ada"},  # not a date
        {"2025-08-17": "Tahun lain"},  # a day of another year
        {"2026-08-17": 17},  # a name that is not text
        ["2026-08-17"],  # not a mapping
    ],
)
def test_a_damaged_year_is_ignored_and_recomputed(tmp_path: Path, damage: object) -> None:
    HolidayCache(tmp_path / "cache").national(2026)
    HolidayCache(tmp_path / "cache").national(2027)
    path = tmp_path / "cache" / holiday_cache.FILE_NAME
    data = json.loads(path.read_text("utf-8"))
    data["years"]["2026"] = damage
    path.write_text(json.dumps(data), "utf-8")
    compute = Counting()
    cache = HolidayCache(tmp_path / "cache", compute)
    assert dict(cache.national(2026)) == calendar.national_holidays(2026)
    assert dict(cache.national(2027)) == calendar.national_holidays(2027)
    assert compute.years == [2026]  # the intact year was kept
    repaired = json.loads(path.read_text("utf-8"))["years"]["2026"]
    assert repaired == {d.isoformat(): n for d, n in calendar.national_holidays(2026).items()}


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe", b"[1, 2]", b'{"years": 5}'])
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / holiday_cache.FILE_NAME).write_bytes(content)
    compute = Counting()
    assert dict(HolidayCache(tmp_path / "cache", compute).national(2026)) == calendar.national_holidays(2026)
    assert compute.years == [2026]
    assert HolidayCache(tmp_path / "cache", Counting()).national(2026) == calendar.national_holidays(2026)


def test_a_folder_that_cannot_be_written_only_costs_the_computation(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    cache = HolidayCache(blocked)
    assert dict(cache.national(2026)) == calendar.national_holidays(2026)
    assert blocked.read_text() == "a file where the folder would be"


def test_the_calendar_service_gives_the_same_days_with_the_stored_copy(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    stored = WorkCalendarService(ctx.sessions, HolidayCache(tmp_path / "cache"))
    ctx.calendar.add_holiday(date(2026, 4, 20), "Hari jadi kabupaten")
    ctx.calendar.remove_holiday(date(2026, 8, 17))
    for first, last in ((date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 12, 20), date(2027, 1, 5))):
        assert stored.holidays_between(first, last) == ctx.calendar.holidays_between(first, last)
        assert stored.national_between(first, last) == calendar.holidays_between(first, last)
    assert date(2026, 8, 17) not in stored.holidays_between(date(2026, 8, 1), date(2026, 8, 31))


def test_a_start_with_the_stored_copy_never_imports_the_package(tmp_path: Path) -> None:
    HolidayCache(tmp_path / "cache").national(2026)
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from pathlib import Path
        from absensi_app.services.holiday_cache import HolidayCache
        days = HolidayCache(Path({str(tmp_path / "cache")!r})).national(2026)
        assert days[date(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia", days
        print(sorted(m for m in sys.modules if m == "holidays" or m.startswith("holidays.")))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
