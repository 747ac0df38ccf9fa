"""The main window's two pages in its stack: the day view ("Harian", always there) and the
progress view ("Kemajuan", ``views.dashboard``, built and QtCharts loaded the first time it is
shown), and which of them the actions work on."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from absensi_app.views.dashboard import DashboardView


class DayAndProgressPages:
    """Mixed into ``MainWindow``: uses its ``pages`` stack, ``day_page``, ``ctx``, the shown
    day, ``load_day``, the form and the view actions."""

    def in_day_view(self, slot):  # noqa: ANN001, ANN202
        """A day action used from the progress view first brings the day view back."""

        def run() -> None:
            self.show_day_view()
            slot()

        return run

    @property
    def dashboard(self) -> DashboardView:
        """The progress view, built (and QtCharts loaded) the first time it is needed."""
        if self._dashboard is None:
            from absensi_app.views.dashboard import DashboardView

            self._dashboard = DashboardView(self.ctx)
            self._dashboard.day_activated.connect(self.open_day)
            self.pages.addWidget(self._dashboard)
        return self._dashboard

    def is_dashboard_shown(self) -> bool:
        return self._dashboard is not None and self.pages.currentWidget() is self._dashboard

    def show_dashboard(self) -> None:
        """Show the month of the current day; recomputed only when something changed."""
        dashboard = self.dashboard
        target = (self._day.year, self._day.month)
        if self._dashboard_stale or not dashboard.is_current() or (dashboard.year, dashboard.month) != target:
            dashboard.set_month(*target)
            self._dashboard_stale = False
        self.pages.setCurrentWidget(dashboard)
        self._page_changed()
        dashboard.setFocus()

    def show_day_view(self) -> None:
        if self.pages.currentWidget() is self.day_page:
            return
        self.pages.setCurrentWidget(self.day_page)
        self._page_changed()
        self.form.description.setFocus()

    def open_day(self, day: date) -> None:
        """Open ``day`` in the day view (a click on the progress view's calendar)."""
        self.show_day_view()
        self.load_day(day)

    def invalidate_dashboard(self) -> None:
        """Entries, statuses, the schedule or the SKP changed: recompute when next shown."""
        self._data_changed()

    def _data_changed(self) -> None:
        if self.is_dashboard_shown():
            self._dashboard.refresh()  # e.g. Ctrl+Z pressed while looking at it
            self._dashboard_stale = False
        else:
            self._dashboard_stale = True

    def _page_changed(self) -> None:
        on_day = not self.is_dashboard_shown()
        (self.act_show_day if on_day else self.act_show_dashboard).setChecked(True)
        self._update_edit_state()
