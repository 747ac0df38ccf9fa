"""Opening a data folder at a start, the quick way: the start-up check of its database runs
on a thread of its own (``services.backup.Inspection``) while SQLAlchemy and the services are
imported, which the check does not need. Light on purpose: importing this module imports
neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import AppContext


def open_folder(paths: AppPaths, clock: Clock | None = None) -> AppContext:
    """``services.context.open_context(paths, clock)``, with the check begun before the imports."""
    from absensi_app.services.backup import Inspection

    inspection = Inspection(paths)
    try:
        from absensi_app.services.context import open_context
    except BaseException:
        inspection.wait()  # nothing is left reading the file
        raise
    return open_context(paths, clock, inspection=inspection)
