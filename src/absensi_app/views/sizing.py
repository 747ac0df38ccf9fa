"""Small layout helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(widget: QWidget) -> None:
    """Give ``widget`` the height its content needs at its current width (wrapped labels
    included), e.g. after a section of a dialog was shown or hidden."""
    layout = widget.layout()
    layout.activate()
    needed = layout.totalHeightForWidth(widget.width())
    if needed > 0 and needed != widget.height():
        widget.setMinimumHeight(needed)
        widget.resize(widget.width(), needed)
