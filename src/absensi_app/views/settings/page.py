"""What every page of the settings dialog does, and the look they share.

A page shows the values it loaded (``load``), can put its defaults in its fields
(``restore_defaults``: shown only, written by Simpan like any edit), checks what can be
checked without writing (``check``) and writes what changed (``apply``), returning how to
put the old values back (the dialog undoes the pages already written when a later one is
refused, so a refused Simpan leaves the data as it was). A refused value is shown in the
page's error line under its fields (``show_error``), and the field gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.views.labels import error_text

ERR_STYLE = "color: #b3261e; font-weight: 600;"
OK_STYLE = "color: #1b6e2a;"
HINT_STYLE = "color: palette(placeholder-text);"
WARN_STYLE = "color: #8a5300;"

Undo = Callable[[], None]


def hint(text: str) -> QLabel:
    """A wrapped, quiet explanation under a field or a group."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class SettingsPage(QWidget):
    """One page. Subclasses set ``key`` and ``apply_order``, fill ``self.content`` and
    implement ``load``, ``apply`` and, where there are defaults, ``restore_defaults``."""

    key = ""  # the page's name for open_settings(page=...) and the remembered last page
    has_defaults = True  # False: "Pulihkan bawaan" is off on this page
    #: pages whose values only the service can check are written first, so that such a
    #: refusal usually comes before anything else was written
    apply_order = 50

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = ""
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = hint("")
        self.intro.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERR_STYLE)
        self.error.hide()
        self.content = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.content)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_heading(self, title: str, intro: str = "") -> None:
        """The page's name (in the list and over the page) and a sentence under it."""
        self.title = title
        self.heading.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    # ---- the contract ------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored values."""

    def restore_defaults(self) -> None:
        """Show the defaults (nothing is written)."""

    def check(self) -> None:
        """Raise AbsensiError for a value that is refused; writes nothing."""

    def apply(self) -> Undo | None:
        """Write what changed; return how to write the old values back (None: nothing changed)."""
        return None

    def fields(self) -> dict[str, QWidget]:
        """The widget of each field name an error may carry (``AbsensiError.field``)."""
        return {}

    # ---- errors ------------------------------------------------------------------------
    def show_error(self, exc: AbsensiError | OSError) -> None:
        if isinstance(exc, AbsensiError):
            text = error_text(exc)
            widget = self.fields().get(getattr(exc, "field", None) or "")
        else:
            text = exc.strerror or str(exc)
            widget = None
        self.error.setText(text)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
