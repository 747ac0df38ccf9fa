"""The two reportlab classes the renderer adds, and the signature rectangle one of them measures.

``SignatureSpace`` is the empty space inside a signature block; it records where it was really
drawn as a :class:`SignatureBox`, for the visible signature stamps placed later.
``CountingCanvas`` holds every page back until the end, so the decoration can say
'Halaman N dari M'. Both are built on first use (:func:`reportlab_classes`), so importing this
module does not load reportlab.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any


@dataclass(frozen=True)
class SignatureBox:
    """An empty rectangle inside a signature block, in PDF points (origin bottom-left)."""

    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x1, self.y1, self.x2, self.y2)


@functools.cache
def reportlab_classes() -> Any:
    """The reportlab subclasses, as ``.SignatureSpace`` and ``.CountingCanvas``."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    class SignatureSpace(Flowable):
        """Empty space in a signature block that records where it was really drawn."""

        def __init__(self, width: float, height: float, key: str, sink: dict) -> None:
            super().__init__()
            self.width = width
            self.height = height
            self._key = key
            self._sink = sink

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canv = self.canv
            x1, y1 = canv.absolutePosition(0, 0)
            x2, y2 = canv.absolutePosition(self.width, self.height)
            self._sink[self._key] = SignatureBox(
                canv.getPageNumber() - 1,
                round(min(x1, x2), 2),
                round(min(y1, y2), 2),
                round(max(x1, x2), 2),
                round(max(y1, y2), 2),
            )

    class CountingCanvas(Canvas):
        """Holds every page back until the end, so each can say 'Halaman N dari M'.

        ``decorate(canvas, page, pages)`` draws the running header and footer; ``moment``
        becomes the PDF's creation date (the export time, not the render time).
        """

        decorate = None  # set on a per-render subclass
        moment: datetime | None = None
        sink: dict | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []
            moment = type(self).moment
            stamp = getattr(self._doc, "_timeStamp", None)
            if moment is not None and stamp is not None:
                stamp.YMDhms = moment.timetuple()[:6]
                offset = moment.utcoffset()
                if offset is None:  # a naive local time: write it without a UTC offset
                    self._doc.info._dateFormatter = lambda y, mo, d, h, mi, s: (
                        f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}"
                    )
                else:
                    total = int(offset.total_seconds()) // 60
                    stamp.dhh = int(total / 60)
                    stamp.dmm = abs(total) % 60

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                type(self).decorate(self, self.getPageNumber(), count)
                Canvas.showPage(self)
            if type(self).sink is not None:
                type(self).sink["pages"] = count
            Canvas.save(self)

    return SimpleNamespace(SignatureSpace=SignatureSpace, CountingCanvas=CountingCanvas)
