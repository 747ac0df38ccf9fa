"""The national holidays of each year, computed once by the `holidays` package and kept in
the data folder (``cache/holidays-id.json``), so an everyday start never imports it.

The file holds, per year, exactly what :func:`~absensi_app.domain.calendar.compute_national_holidays`
returned, together with the package's version and the app's ``RULES_VERSION``: a new
package (new decrees, better estimates) or new rules make every year be computed again. A
file or a year that cannot be read is ignored and computed again; a file that cannot be
written only costs the next start the computation. The file is the app's own, written with
the one atomic writer; nothing else in it is trusted.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from absensi_app.domain import calendar

log = logging.getLogger(__name__)

FILE_NAME = "holidays-id.json"
FORMAT = "absensi-holiday-cache"
MAX_BYTES = 1024 * 1024  # a century of holidays is about 150 kB


def package_version() -> str | None:
    """The installed `holidays` version, read from its metadata (not by importing it)."""
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # pragma: no cover - a declared dependency
        return None


def _year_from_json(year: int, value: object) -> dict[date, str] | None:
    """One stored year, or None when it is not exactly what this module writes."""
    if not isinstance(value, dict):
        return None
    days: dict[date, str] = {}
    for key, name in value.items():
        try:
            day = date.fromisoformat(key)
        except (TypeError, ValueError):
            return None
        if day.year != year or not isinstance(name, str) or not name:
            return None
        days[day] = name
    return dict(sorted(days.items()))


class HolidayCache:
    """``national(year)``: the year's national holidays, from the file or computed once.

    ``compute`` is the package computation (replaceable in tests)."""

    def __init__(self, folder: Path, compute=calendar.compute_national_holidays) -> None:  # noqa: ANN001
        self._folder = folder
        self._compute = compute
        self._years: dict[int, dict[date, str]] | None = None
        self._key: dict[str, object] | None = None
        self._lock = threading.Lock()  # the export's worker thread asks too

    @property
    def path(self) -> Path:
        return self._folder / FILE_NAME

    def national(self, year: int) -> Mapping[date, str]:
        with self._lock:
            years = self._loaded()
            found = years.get(year)
            if found is None:
                log.info("computing the national holidays of %s", year)
                found = years[year] = self._compute(year)
                self._save()
            return found

    # ---- the file ----------------------------------------------------------------------------
    def _current_key(self) -> dict[str, object]:
        if self._key is None:
            self._key = {"format": FORMAT, "rules": calendar.RULES_VERSION, "holidays": package_version()}
        return self._key

    def _loaded(self) -> dict[int, dict[date, str]]:
        if self._years is None:
            self._years = self._read()
        return self._years

    def _read(self) -> dict[int, dict[date, str]]:
        from absensi_app.services.files import FileRefused, read_user_file

        try:
            data = json.loads(read_user_file(self.path, MAX_BYTES, "Tembolok hari libur"))
        except FileRefused:  # missing (the first start), unreadable or too big
            return {}
        except (ValueError, RecursionError):
            log.warning("holiday cache %s is not JSON; computing again", self.path)
            return {}
        key = self._current_key()
        if not isinstance(data, dict) or any(data.get(k) != v for k, v in key.items()):
            return {}  # another package version or format: every year again
        years: dict[int, dict[date, str]] = {}
        stored = data.get("years")
        for name, value in (stored.items() if isinstance(stored, dict) else ()):
            year = int(name) if isinstance(name, str) and name.isdigit() else None
            days = _year_from_json(year, value) if year is not None else None
            if days is None:
                log.warning("holiday cache %s: year %r unreadable; computing again", self.path, name)
                continue
            years[year] = days
        return years

    def _save(self) -> None:
        from absensi_app.services.files import FileRefused, write_atomically

        years = self._loaded()
        data = {
            **self._current_key(),
            "years": {
                str(y): {d.isoformat(): n for d, n in days.items()} for y, days in sorted(years.items())
            },
        }
        content = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
        try:
            if not self._folder.is_dir():
                self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                if os.name == "posix":
                    os.chmod(self._folder, 0o700)
            write_atomically(self.path, content, what="Tembolok hari libur")
        except (OSError, FileRefused) as exc:  # read-only folder, full disk: compute next time
            log.warning("holiday cache %s not written: %s", self.path, exc)
