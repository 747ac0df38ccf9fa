"""Small helpers several test folders share (fixtures live in the conftest files)."""

from __future__ import annotations

import logging
from pathlib import Path


def release_log_handlers(data_dir: Path) -> None:
    """open_context adds a log file handler for its data folder to the root logger: remove and
    close the ones under ``data_dir``, so they neither pile up nor keep files open."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).is_relative_to(data_dir):
            root.removeHandler(handler)
            handler.close()
