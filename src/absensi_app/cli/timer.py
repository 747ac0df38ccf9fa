"""`absensi timer ...` (issue 13): registered here, filled in by its module."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """No sub-commands yet."""
