"""`absensi backup ...`: filled in by its own change."""

from __future__ import annotations


def register(sub) -> None:  # noqa: ANN001
    """Add the sub-commands of this group to the top-level parser's `sub`."""
