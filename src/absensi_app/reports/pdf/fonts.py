"""The embedded fonts: which TrueType files, their registration with reportlab, and the
characters of a text they cannot draw.

DejaVu Sans from the system covers Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian
and many symbols (scripts/setup.sh installs fonts-dejavu-core); reportlab's bundled Bitstream
Vera covers Latin only and is the fallback.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable

FONT = "AbsensiSans"
FONT_BOLD = "AbsensiSans-Bold"
FONT_ITALIC = "AbsensiSans-Italic"
FONT_BOLD_ITALIC = "AbsensiSans-BoldItalic"

#: Where fontconfig's usual packages put DejaVu Sans (Debian's fonts-dejavu-core first).
DEJAVU_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
_DEJAVU_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
_VERA_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")


@functools.cache
def font_files() -> tuple[str, str, str, str]:
    """Regular, bold, italic and bold-italic TrueType files: DejaVu Sans from the system
    when all four are there, else reportlab's bundled Bitstream Vera."""
    for folder in DEJAVU_FOLDERS:
        paths = tuple(os.path.join(folder, name) for name in _DEJAVU_FILES)
        if all(os.path.isfile(path) for path in paths):
            return paths  # type: ignore[return-value]
    import reportlab

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    return tuple(os.path.join(folder, name) for name in _VERA_FILES)  # type: ignore[return-value]


@functools.cache
def register_fonts() -> None:
    """Register the four faces under the FONT names, once per process."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = dict(zip((FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC), font_files()))
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in files.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, path))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)


def missing_glyphs(texts: Iterable[str], font_name: str = FONT) -> str:
    """The distinct characters of ``texts`` the (registered) font cannot draw, in order.

    Whitespace and invisible format characters (zero-width joiners, direction marks) are not
    counted: they draw nothing anyway."""
    import unicodedata

    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    covered = pdfmetrics.getFont(font_name).face.charToGlyph
    missing: dict[str, None] = {}
    for text in texts:
        for char in text:
            if ord(char) in covered or char in missing or char.isspace():
                continue
            if unicodedata.category(char) in ("Cf", "Cc") or 0xFE00 <= ord(char) <= 0xFE0F:
                continue  # invisible: format characters, emoji variation selectors
            missing[char] = None
    return "".join(missing)
