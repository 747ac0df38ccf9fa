"""signing.fast_parse: the fast hex-string reader gives exactly what pyHanko's own reader gives
(value, type, stream position, or the same error), and validation on the thread's loop gives
the same verdicts as pyHanko's asyncio.run."""

from __future__ import annotations

import io

import pytest

from absensi_app.signing import fast_parse

CASES = [
    b"<48656C6C6F> rest", b"<48 65\n6C\t6C\r6F\x00> x", b"<4>", b"<abc>", b"<>", b"<  >",
    b"<41%comment\n42>", b"<41 4G>", b"<4142", b"<" + b"0f" * 20000 + b">tail", b"<FEFF00410042>",
    b"<" + b"a b " * 3000 + b">",
]


def _original():  # noqa: ANN202
    fast_parse.install()
    from pyhanko.pdf_utils import generic

    return generic.read_hex_string_from_stream.original


def _read(reader, data: bytes):  # noqa: ANN001, ANN202
    stream = io.BytesIO(b"xx" + data)
    stream.seek(2)
    try:
        value = reader(stream)
    except Exception as exc:  # noqa: BLE001 - the comparison covers errors too
        return ("error", type(exc).__name__, str(exc))
    return (type(value).__name__, bytes(value.original_bytes) if hasattr(value, "original_bytes") else value,
            stream.tell())


@pytest.mark.parametrize("data", CASES)
def test_the_fast_reader_agrees_with_pyhanko(data: bytes) -> None:
    original = _original()
    assert _read(lambda s: fast_parse.read_hex_string(s, original), data) == _read(original, data)


def test_install_is_once_and_used_by_the_parser() -> None:
    from pyhanko.pdf_utils import generic

    fast_parse.install()
    first = generic.read_hex_string_from_stream
    fast_parse.install()
    assert generic.read_hex_string_from_stream is first and hasattr(first, "original")


def test_validation_on_a_running_loop_is_refused_as_asyncio_run_would() -> None:
    import asyncio

    async def inside() -> None:
        with pytest.raises(RuntimeError):
            fast_parse.validate_signature(None, None)

    asyncio.run(inside())
