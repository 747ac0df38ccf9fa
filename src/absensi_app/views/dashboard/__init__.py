"""The progress screen ("Kemajuan").

``view`` lays out the month and fills the headline cards; ``month_grid`` is the month
calendar, ``charts`` the hours per week and the work locations, ``rhk`` the progress toward
the SKP plan, ``widgets`` the small pieces (swatch, card), ``style`` the names and colours the
domain does not carry.
"""

from __future__ import annotations

from absensi_app.views.dashboard.month_grid import MonthGrid
from absensi_app.views.dashboard.rhk import RhkRow
from absensi_app.views.dashboard.style import DISCLAIMER, STATE_COLORS, STATE_LABELS
from absensi_app.views.dashboard.view import DashboardView

__all__ = ["DISCLAIMER", "STATE_COLORS", "STATE_LABELS", "DashboardView", "MonthGrid", "RhkRow"]
