"""The progress screen ("Kemajuan").

``view`` lays out the month and fills the headline cards; ``month_grid`` is the month
calendar, ``charts`` the hours per week and the work locations, ``rhk`` the progress toward
the SKP plan, ``widgets`` the small pieces (swatch, card), ``style`` the names and colours the
domain does not carry.

The names below are imported on first use (``from absensi_app.views.dashboard import
DashboardView`` works as usual): importing the package itself loads no Qt, as
``pkgutil.walk_packages`` (tests/unit/test_layering.py) imports every package it walks.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "DashboardView": "view",
    "MonthGrid": "month_grid",
    "RhkRow": "rhk",
    "DISCLAIMER": "style",
    "STATE_COLORS": "style",
    "STATE_LABELS": "style",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
