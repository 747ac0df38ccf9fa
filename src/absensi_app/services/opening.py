"""Opening a data folder at a start, the quick way. Light on purpose: importing this module
imports neither SQLAlchemy nor the services.

- The start-up check of the database runs on a thread of its own
  (``services.backup.Inspection``) while SQLAlchemy and the services are imported, which the
  check does not need.
- Python's cycle collector waits while they are imported and the folder is opened: its full
  passes over the many long-lived objects of SQLAlchemy, the services and Qt took about 75 ms
  of a command on ten years (two passes of 30-47 ms). What exists once the folder is open is
  then frozen (``gc.freeze``): it lives as long as the program, and later passes (while the
  user types in the window, say) no longer walk through it. Cycles made before are never
  freed: they are the imports' own and a start's few.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import AppContext


def open_folder(paths: AppPaths, clock: Clock | None = None) -> AppContext:
    """``services.context.open_context(paths, clock)``, with the check begun before the imports."""
    from absensi_app.services.backup import Inspection

    collecting = gc.isenabled()
    gc.disable()
    try:
        inspection = Inspection(paths)
        try:
            from absensi_app.services.context import open_context

            return open_context(paths, clock, inspection=inspection)
        except BaseException:
            inspection.wait()  # whatever failed, nothing is left reading the file
            raise
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
