"""The logo of the report's kop surat: read from the user's file, checked, stored re-encoded.

The file is read through the one reader (``services.files.read_user_file``: a regular file,
at most :data:`MAX_LOGO_BYTES`; a FIFO or a device is refused before it is opened). Its bytes
must decode as a PNG or JPEG image with Pillow (the library reportlab draws images with) of a
sensible size. What is stored is not the user's file but the decoded picture written again,
PNG as PNG and JPEG as JPEG, scaled down to :data:`STORED_SIDE` pixels on its longer side: the
PDF then never meets a file Pillow has not just written (no stray metadata, no odd encoding),
and the database keeps a few dozen kilobytes, not a camera's megabytes.

Pillow is imported only when a logo is checked.
"""

from __future__ import annotations

import io
import os

from absensi_app.services.files import MB, FileRefused, read_user_file

#: The largest logo file accepted.
MAX_LOGO_BYTES = 1 * MB
#: A picture wider or taller than this is refused before it is decoded (a small file can
#: hold a huge, highly compressed picture).
MAX_SIDE = 4000
#: The longer side of the stored picture: about 300 dpi at the kop's 2 cm.
STORED_SIDE = 400
FORMATS = ("PNG", "JPEG")


class LogoRefused(FileRefused):
    """The file is not a logo the report can show; nothing was changed."""


def read_logo(path: str | os.PathLike[str]) -> bytes:
    """The checked, re-encoded logo of the user's file ``path``."""
    data = read_user_file(path, MAX_LOGO_BYTES, what="Logo")
    return checked_logo(data, str(path))


def checked_logo(data: bytes, name: str = "logo") -> bytes:
    """``data`` as the logo to store: PNG or JPEG bytes written by Pillow, at most
    :data:`STORED_SIDE` pixels on the longer side. Refuses what is not such an image."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_BYTES:
        raise LogoRefused(
            "Logo '{p}' terlalu besar (lebih dari {limit} MB).", p=name, limit=MAX_LOGO_BYTES // MB
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            if kind not in FORMATS:
                raise LogoRefused(
                    "Logo '{p}' berformat {kind}; pilih gambar PNG atau JPEG.", p=name, kind=kind or "?"
                )
            width, height = image.size
            if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
                raise LogoRefused(
                    "Logo '{p}' berukuran {w} x {h} piksel; paling besar {limit} piksel per sisi.",
                    p=name, w=width, h=height, limit=MAX_SIDE,
                )
            image.load()  # the whole picture decodes, not only its header
            return _encode(image, kind)
    except LogoRefused:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise LogoRefused(
            "Berkas '{p}' bukan gambar PNG atau JPEG yang utuh; pilih berkas logo yang lain.", p=name
        ) from None


def _encode(image, kind: str) -> bytes:  # noqa: ANN001 - a PIL image
    from PIL import Image

    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if kind == "JPEG":
        image = image.convert("L" if image.mode in ("1", "L") else "RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if has_alpha else "RGB")
    if max(image.size) > STORED_SIDE:
        scale = STORED_SIDE / max(image.size)
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.LANCZOS)
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, "JPEG", quality=92)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def logo_size(data: bytes | None) -> tuple[int, int] | None:
    """(width, height) in pixels of a stored logo; None for none or one that does not decode
    (e.g. a database from elsewhere): the report is then drawn without it."""
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                return None
            return image.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
