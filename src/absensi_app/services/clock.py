"""Injected time, so tests can pin the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass
class Clock:
    """Real time unless ``fixed`` is set (tests, demos)."""

    fixed: datetime | None = None

    def now(self) -> datetime:
        return self.fixed or datetime.now()

    def today(self) -> date:
        return self.now().date()
