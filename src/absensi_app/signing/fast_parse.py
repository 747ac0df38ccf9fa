"""Two of pyHanko's steps done faster, with the same result: what ``signing.verify`` reads with.

- **Hex strings.** pyHanko reads a PDF hex string (``<...>``) one byte at a time, skipping
  whitespace and comments between the digits. A signature's ``/Contents`` is such a string of
  thousands of digits, so that loop was about a third of parsing a signed summary. ``install``
  replaces pyHanko's reader with one that takes the string in one piece when it holds only
  hex digits and whitespace (what every PDF writer produces) and hands anything else (a
  comment, a stray character, a string without its ``>``) to pyHanko's own reader, from the
  same position, so errors stay pyHanko's.
- **The event loop.** pyHanko's synchronous ``validate_pdf_signature`` starts a new asyncio
  event loop for every signature (``asyncio.run``). ``validate_signature`` runs the same
  coroutine, and the same release of the validation context, on one loop per thread, kept for
  the next signature.

pyHanko is imported inside the functions (start-up cost).
"""

from __future__ import annotations

import asyncio
import binascii
import threading

HEX_DIGITS = b"0123456789abcdefABCDEF"
PDF_WHITESPACE = b" \n\r\t\f\x00"  # pyhanko.pdf_utils.misc.PDF_WHITESPACE
_FIRST_READ = 4096

_installed = False
_install_lock = threading.Lock()


def read_hex_string(stream, original):  # noqa: ANN001, ANN201 - a pyHanko stream and reader
    """The hex string at the stream's position (its ``<``) as pyHanko's ``pdf_string`` gives it,
    the stream left after its ``>``; ``original(stream)`` reads whatever is not plain digits."""
    from pyhanko.pdf_utils.generic import pdf_string

    start = stream.tell()
    size = _FIRST_READ
    while True:
        chunk = stream.read(size)
        end = chunk.find(b">", 1)
        if end >= 0 or len(chunk) < size:
            break
        stream.seek(start)
        size *= 8
    if end >= 0:
        digits = chunk[1:end].translate(None, PDF_WHITESPACE)
        if not digits.translate(None, HEX_DIGITS):
            stream.seek(start + end + 1)
            if len(digits) % 2:
                digits += b"0"  # PDF: a missing last digit is 0
            return pdf_string(binascii.unhexlify(digits))
    stream.seek(start)
    return original(stream)


def install() -> None:
    """Use ``read_hex_string`` for pyHanko's hex strings (once per process; harmless again)."""
    global _installed
    if _installed:
        return
    with _install_lock:
        if _installed:
            return
        from pyhanko.pdf_utils import generic

        original = getattr(generic, "read_hex_string_from_stream", None)
        if original is None:  # a pyHanko without it: its own reader stays (tests/signing/test_fast_parse.py notices)
            _installed = True
            return

        def fast(stream):  # noqa: ANN001, ANN202
            return read_hex_string(stream, original)

        fast.original = original  # type: ignore[attr-defined] - for the tests' comparison
        generic.read_hex_string_from_stream = fast
        _installed = True


_local = threading.local()


def _loop() -> asyncio.AbstractEventLoop:
    loop = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = _local.loop = asyncio.new_event_loop()
    return loop


def validate_signature(sig, context):  # noqa: ANN001, ANN201 - EmbeddedPdfSignature, ValidationContext
    """``pyhanko.sign.validation.validate_pdf_signature(sig, context)`` on this thread's loop.
    Inside a running event loop (where pyHanko's own call would fail too) it raises
    RuntimeError, as ``asyncio.run`` does."""
    from pyhanko.sign.validation import async_validate_pdf_signature

    async def checked():  # noqa: ANN202
        try:
            return await async_validate_pdf_signature(sig, context)
        finally:
            await context.aclose()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError("validate_signature() cannot be called from a running event loop")
    return _loop().run_until_complete(checked())
