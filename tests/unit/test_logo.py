"""The kop surat's logo (services.logo): only a real PNG or JPEG of at most 1 MB is taken, read
through the one reader; what is stored is re-encoded and small; hostile files are refused with a
sentence and the profile stays as it was."""

from __future__ import annotations

import dataclasses
import io
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused, FileTooBig
from absensi_app.services.logo import MAX_LOGO_BYTES, STORED_SIDE, LogoRefused, checked_logo, logo_size, read_logo
from tests.unit.test_report_office import png_logo


def jpeg_with_exif(width: int = 1200, height: int = 900) -> bytes:
    image = Image.new("RGB", (width, height), (0, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "Kamera Kantor"  # Make
    exif[0x0131] = "Penyunting Foto 1.0"  # Software
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_png_is_stored_as_a_small_png_with_its_transparency(tmp_path: Path) -> None:
    stored = read_logo(write(tmp_path, "logo.png", png_logo(900, 1080)))
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.mode == "RGBA"
        assert max(image.size) == STORED_SIDE and image.size == (333, 400)
    assert checked_logo(stored) == stored  # stored once more: the same bytes
    assert logo_size(stored) == (333, 400)


def test_a_jpeg_is_stored_as_jpeg_without_its_metadata(tmp_path: Path) -> None:
    raw = jpeg_with_exif()
    assert b"Kamera Kantor" in raw
    stored = read_logo(write(tmp_path, "logo.jpg", raw))
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and image.size == (400, 300)
        assert not image.getexif()
    assert b"Kamera Kantor" not in stored and len(stored) < len(raw)


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (40, 40)).save(out, "GIF")
    return out.getvalue()


def _huge_png() -> bytes:
    """A 5,000 x 5,000 picture in a few kilobytes: refused before it is decoded."""
    out = io.BytesIO()
    Image.new("L", (5000, 5000)).save(out, "PNG", optimize=True)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda: b"Ini bukan gambar, hanya teks.\n", "bukan gambar PNG atau JPEG yang utuh"),
        (lambda: b"", "bukan gambar PNG atau JPEG yang utuh"),
        (lambda: png_logo()[:300], "bukan gambar PNG atau JPEG yang utuh"),  # truncated
        (lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(4000), "bukan gambar PNG atau JPEG yang utuh"),
        (_gif, "berformat GIF"),
        (_huge_png, "paling besar 4000 piksel per sisi"),
    ],
    ids=["text", "empty", "truncated", "png-header-noise", "gif", "huge"],
)
def test_what_is_not_a_logo_is_refused(tmp_path: Path, make, fragment: str) -> None:  # noqa: ANN001
    path = write(tmp_path, "logo.png", make())
    with pytest.raises(LogoRefused) as caught:
        read_logo(path)
    assert fragment in caught.value.message and str(path) in caught.value.message


def test_a_file_over_one_megabyte_is_refused_unread(tmp_path: Path) -> None:
    big = png_logo() + b"\0" * MAX_LOGO_BYTES
    with pytest.raises(FileTooBig) as caught:
        read_logo(write(tmp_path, "besar.png", big))
    assert "terlalu besar (lebih dari 1 MB)" in caught.value.message
    with pytest.raises(LogoRefused):
        checked_logo(big)


def test_a_fifo_a_device_a_folder_and_a_missing_file_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _refused(fifo, outcome), daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], FileRefused) and "pipa atau soket" in outcome[0].message
    for path, fragment in ((Path("/dev/zero"), "berkas perangkat"), (tmp_path, "folder"),
                           (tmp_path / "tidak-ada.png", "tidak ada")):  # fmt: skip
        with pytest.raises(FileRefused) as caught:
            read_logo(path)
        assert fragment in caught.value.message


def _refused(path: Path, outcome: list) -> None:
    try:
        read_logo(path)
    except BaseException as exc:  # noqa: BLE001 - handed to the test
        outcome.append(exc)


def test_the_profile_keeps_its_logo_when_a_bad_one_is_saved(ctx_with_profile: AppContext) -> None:
    profile = ctx_with_profile.profile
    good = dataclasses.replace(profile.require(), place="Sleman", logo=png_logo(600, 720))
    saved = profile.save(good)
    assert saved.logo != good.logo and logo_size(saved.logo) == (333, 400)  # re-encoded
    assert profile.require().logo == saved.logo
    for junk in (b"GIF89a...", png_logo()[:100], b"\xff\xd8\xff" + b"\0" * 100):
        with pytest.raises(AbsensiError):
            profile.save(dataclasses.replace(profile.require(), place="Bantul", logo=junk))
        assert profile.require().logo == saved.logo and profile.require().place == "Sleman"
    # a JPEG saved again is not compressed again
    jpeg = profile.save(dataclasses.replace(profile.require(), logo=jpeg_with_exif())).logo
    assert profile.save(dataclasses.replace(profile.require(), address="Jl. Baru 2")).logo == jpeg
    assert profile.save(dataclasses.replace(profile.require(), logo=None)).logo is None


def test_office_text_is_cleaned_and_bounded(ctx_with_profile: AppContext) -> None:
    profile = ctx_with_profile.profile
    saved = profile.save(dataclasses.replace(profile.require(), government="  Pemerintah   Kabupaten\nSleman ",
                                             place=" Sleman "))  # fmt: skip
    assert (saved.government, saved.place) == ("Pemerintah Kabupaten Sleman", "Sleman")
    for field, value, fragment in (
        ("government", "x" * 201, "paling banyak 200 karakter"),
        ("address", "x" * 301, "paling banyak 300 karakter"),
        ("place", "Sle\x1bman", "karakter kendali"),
    ):
        with pytest.raises(AbsensiError) as caught:
            profile.save(dataclasses.replace(profile.require(), **{field: value}))
        assert fragment in caught.value.message and caught.value.field == field
    assert profile.require().government == "Pemerintah Kabupaten Sleman"
