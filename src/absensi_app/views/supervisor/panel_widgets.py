"""Small pieces the summary viewer's panels and the decision dialog are built from: labels that
only ever show plain text (text from files must never be read as HTML), a font a size larger,
emptying and showing a layout that is filled again for every verdict, and a panel that keeps
its word-wrapped labels apart inside a scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout, QWidget


def plain_label(text: str = "", style: str = "", selectable: bool = False) -> QLabel:
    """A word-wrapped plain-text label."""
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` ``factor`` times as large (point or pixel sized)."""
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold or font.bold())
    return font


def bold_font(widget: QWidget) -> QFont:
    font = widget.font()
    font.setBold(True)
    return font


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def reveal_layout(layout: QLayout) -> None:
    """Show the widgets just added to ``layout`` now (a visible parent shows them only later)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            item.widget().show()
        elif item.layout() is not None:
            reveal_layout(item.layout())


class FitWidthPanel(QWidget):
    """Inside a QScrollArea: never shorter than its word-wrapped content needs at its width
    (QScrollArea ignores height-for-width, which would squeeze wrapped labels together)."""

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self.fit()
