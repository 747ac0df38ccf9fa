"""Render the app's icon (resources/icons/absensi.svg) into the files the installers use.

Usage: .venv/bin/python scripts/make_icons.py [OUT_DIR]   (default: packaging/)

Writes, from the one SVG with Qt's SVG renderer (offscreen, no display needed):
- ``linux/icons/hicolor/<N>x<N>/apps/id.go.absensi.png`` for N in ICON_SIZES and
  ``linux/icons/hicolor/scalable/apps/id.go.absensi.svg`` (a copy of the SVG), laid out as
  they go under /usr/share/icons/ in the .deb;
- ``windows/absensi.ico`` with the sizes Windows asks for (16 to 256 pixels), for the
  programs and the installer.

The files are committed; run this again after changing the SVG
(tests/packaging/test_desktop_files.py checks the sizes, and that the PNGs are current).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "absensi.svg"
APP_ID = "id.go.absensi"  # the desktop file's and the AppStream component's id
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def hicolor_png(out: Path, size: int) -> Path:
    return out / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg(out: Path) -> Path:
    return out / "linux" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def write_ico(target: Path, svg: Path) -> None:
    """A Windows .ico holding each of ICO_SIZES, each drawn from the SVG at that size."""
    import io

    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA") for size in ICO_SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=images[:-1])  # fmt: skip


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "packaging"
    for size in ICON_SIZES:
        target = hicolor_png(out, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(SVG, size))
        print(f"make_icons: {target.relative_to(out)}")
    scalable = hicolor_svg(out)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(f"make_icons: {scalable.relative_to(out)}")
    ico = out / "windows" / "absensi.ico"
    write_ico(ico, SVG)
    print(f"make_icons: {ico.relative_to(out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
