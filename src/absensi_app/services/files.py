"""The one way Absensi reads files a user hands it and writes files a user asks for.

Reading: only regular files are opened (a FIFO would block, ``/dev/zero`` never ends, a
folder is not a file), and never more than the caller's limit is read, whatever ``stat``
claims. Writing: into a temporary file beside the target, flushed to disk, then renamed over
it; the temporary file is removed on any failure, so a failed write leaves the target as it
was and no litter. Files a user names are never written inside the data folder (the
database, keys, backups, evidence), whatever ``--force`` says: :class:`OutsideFiles` guards
that; the app's own files inside the folder use :func:`write_atomically` directly.

Messages are Indonesian templates (``FileRefused``), translated at the edge like every
other domain error.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP

# The names callers give a file ({what} of the messages below), listed for the translation:
# the screens translate them when they show the message (views/labels.error_text).
WHAT_WORDS = (
    QT_TRANSLATE_NOOP("Errors", "Berkas"),
    QT_TRANSLATE_NOOP("Errors", "Berkas bukti"),
    QT_TRANSLATE_NOOP("Errors", "Berkas bukti dukung"),
    QT_TRANSLATE_NOOP("Errors", "Berkas kunci"),
    QT_TRANSLATE_NOOP("Errors", "Berkas pindah"),
    QT_TRANSLATE_NOOP("Errors", "Berkas rekap"),
    QT_TRANSLATE_NOOP("Errors", "Daftar profil"),
    QT_TRANSLATE_NOOP("Errors", "Dokumen evaluasi"),
    QT_TRANSLATE_NOOP("Errors", "Logo"),
    QT_TRANSLATE_NOOP("Errors", "Ringkasan"),
    QT_TRANSLATE_NOOP("Errors", "Sertifikat"),
    QT_TRANSLATE_NOOP("Errors", "Sertifikat arsip"),
    QT_TRANSLATE_NOOP("Errors", "Tembolok hari libur"),
)

MB = 1024 * 1024


class FileRefused(AbsensiError):
    """A file could not be read or written; nothing was changed."""

    os_error: OSError | None = None  # the system's error behind a failed write, when there was one


class FileTooBig(FileRefused):
    """The file is over the reader's size limit."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _check_regular(st: os.stat_result, path: Path) -> None:
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise FileRefused("'{p}' adalah folder, bukan berkas.", p=str(path))
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        raise FileRefused("'{p}' adalah pipa atau soket, bukan berkas biasa; tidak dibaca.", p=str(path))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise FileRefused("'{p}' adalah berkas perangkat, bukan berkas biasa; tidak dibaca.", p=str(path))
    if not stat.S_ISREG(mode):
        raise FileRefused("'{p}' bukan berkas biasa; tidak dibaca.", p=str(path))


def _too_big(path: Path, max_bytes: int, what: str) -> FileRefused:
    limit = f"{max_bytes / MB:g} MB" if max_bytes >= MB else f"{max_bytes} byte"
    return FileTooBig("{what} '{p}' terlalu besar (lebih dari {limit}).", what=what, p=str(path), limit=limit)


def open_user_file(path: str | os.PathLike[str], what: str = "Berkas") -> BinaryIO:
    """Open a user's file for reading in binary, refusing anything but a regular file.

    The check is made before opening (a device is never opened) and again on the open file
    (the name cannot be swapped in between). Opening never blocks: a FIFO is refused first,
    and the file is opened non-blocking where the system has that flag."""
    path = Path(path).expanduser()
    try:
        _check_regular(os.stat(path), path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise FileRefused("{what} '{p}' tidak ada.", what=what, p=str(path)) from None
    except NotADirectoryError:
        raise FileRefused("{what} '{p}' tidak ada.", what=what, p=str(path)) from None
    except PermissionError:
        raise FileRefused("{what} '{p}' tidak boleh dibaca (izin ditolak).", what=what, p=str(path)) from None
    except OSError as exc:
        raise FileRefused("{what} '{p}' tidak bisa dibaca: {e}.", what=what, p=str(path), e=_reason(exc)) from None
    try:
        _check_regular(os.fstat(fd), path)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_user_file(path: str | os.PathLike[str], max_bytes: int, what: str = "Berkas") -> bytes:
    """The bytes of a user's regular file, at most ``max_bytes`` (more is refused)."""
    path = Path(path).expanduser()
    with open_user_file(path, what) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise FileRefused("{what} '{p}' tidak bisa dibaca: {e}.", what=what, p=str(path), e=_reason(exc)) from None
    if len(data) > max_bytes:
        raise _too_big(path, max_bytes, what)
    return data


def copy_user_file(
    path: str | os.PathLike[str], dst: BinaryIO, max_bytes: int, what: str = "Berkas",
    on_chunk: Callable[[bytes], None] | None = None,
) -> int:
    """Stream a user's regular file into ``dst`` (at most ``max_bytes``); returns the size."""
    path = Path(path).expanduser()
    size = 0
    with open_user_file(path, what) as src:
        while True:
            try:
                chunk = src.read(MB)
            except OSError as exc:
                raise FileRefused("{what} '{p}' tidak bisa dibaca: {e}.", what=what, p=str(path), e=_reason(exc)) from None
            if not chunk:
                return size
            size += len(chunk)
            if size > max_bytes:
                raise _too_big(path, max_bytes, what)
            if on_chunk is not None:
                on_chunk(chunk)
            dst.write(chunk)


def fsync_dir(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename or a new file in it) to disk; best effort, POSIX only."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(
    path: str | os.PathLike[str],
    content: bytes | Callable[[BinaryIO], None],
    *,
    private: bool = False,
    what: str = "Berkas",
) -> None:
    """Replace ``path`` with ``content`` (bytes, or a function writing to a binary handle).

    The new file gets the usual permissions (0666 less the umask) or, with ``private``, 0600.
    On any failure, including a full disk or an interrupt, the temporary file is removed and
    the target is left as it was."""
    path = Path(path).expanduser()
    folder = path.parent
    if path.is_dir():
        raise FileRefused("'{p}' adalah folder; sebutkan nama berkas.", p=str(path))
    if not folder.is_dir():
        raise FileRefused("Folder '{p}' tidak ada.", p=str(folder))
    if path.exists() and not path.is_file():
        raise FileRefused("'{p}' bukan berkas biasa; tidak ditimpa.", p=str(path))
    temp = folder / f".{path.name[:80]}.{secrets.token_hex(4)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, 0o600 if private else 0o666)
    except OSError as exc:
        raise _write_error(path, exc, what) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(content):
                content(fh)
            else:
                fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        _replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise _write_error(path, exc, what) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    fsync_dir(folder)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


_WINDOWS = os.name == "nt"


def _replace(temp: Path | str, path: Path, tries: int = 10) -> None:
    """``os.replace``; on Windows a file another program holds open (a PDF open in a reader, a
    virus scanner on a new file) refuses it for a moment: tried again for about a second, then
    the "open elsewhere" sentence of ``_write_error``."""
    for attempt in range(tries):
        try:
            os.replace(temp, path)
            return
        except PermissionError as exc:
            if not _WINDOWS:
                raise
            if attempt == tries - 1:
                exc.open_elsewhere = True
                raise
            import time

            time.sleep(0.1)


def _write_error(path: Path, exc: OSError, what: str) -> FileRefused:
    if getattr(exc, "open_elsewhere", False):
        refused = FileRefused(
            "{what} '{p}' tidak bisa ditulis: berkas itu sedang dibuka di aplikasi lain; tutup dulu lalu "
            "coba lagi.", what=what, p=str(path),
        )
        refused.os_error = exc
        return refused
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        refused = FileRefused("{what} '{p}' tidak bisa ditulis: disk penuh.", what=what, p=str(path))
    elif exc.errno == errno.EFBIG:
        refused = FileRefused(
            "{what} '{p}' tidak bisa ditulis: melebihi batas ukuran berkas.", what=what, p=str(path)
        )
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES):
        refused = FileRefused(
            "{what} '{p}' tidak bisa ditulis: folder itu tidak boleh ditulisi.", what=what, p=str(path)
        )
    else:
        refused = FileRefused("{what} '{p}' tidak bisa ditulis: {e}.", what=what, p=str(path), e=_reason(exc))
    refused.os_error = exc  # for callers that word their own message
    return refused


def _inside(child: Path, folder: Path) -> bool:
    try:
        child.relative_to(folder)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class OutsideFiles:
    """Reading and writing the files a user names, for one data folder."""

    data_dir: Path

    def read(self, path: str | os.PathLike[str], max_bytes: int, what: str = "Berkas") -> bytes:
        return read_user_file(path, max_bytes, what)

    def check_target(self, path: str | os.PathLike[str]) -> Path:
        """Refuse a target inside the data folder (also through a symbolic link)."""
        path = Path(path).expanduser()
        folder = self.data_dir.resolve()
        # The target itself may be a link into the folder; resolve follows it.
        if _inside(path.resolve(), folder) or _inside(path.absolute(), folder):
            raise FileRefused(
                "'{p}' ada di dalam folder data Absensi ({d}); berkas di sana (database, kunci, "
                "cadangan, bukti) tidak pernah ditimpa. Simpan di folder lain.",
                p=str(path),
                d=str(folder),
            )
        return path

    def write(
        self, path: str | os.PathLike[str], content: bytes | Callable[[BinaryIO], None], what: str = "Berkas",
        *, private: bool = False,
    ) -> None:
        write_atomically(self.check_target(path), content, what=what, private=private)


def parse_json_document(data: bytes, path: str | os.PathLike[str], what: str = "Berkas") -> object:
    """JSON from a user's file: UTF-8 with or without a byte-order mark; a clear sentence for
    text that is not UTF-8, not JSON, or nested too deeply to be a real document."""
    import json

    name = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused("{what} '{p}' bukan teks UTF-8.", what=what, p=name) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(
            "{what} '{p}' bukan JSON yang sah (baris {line}, kolom {col}).",
            what=what, p=name, line=exc.lineno, col=exc.colno,
        ) from None
    except RecursionError:
        raise FileRefused("{what} '{p}' bersarang terlalu dalam untuk dibaca.", what=what, p=name) from None


def read_user_json(path: str | os.PathLike[str], max_bytes: int, what: str = "Berkas") -> object:
    """:func:`read_user_file` then :func:`parse_json_document`."""
    return parse_json_document(read_user_file(path, max_bytes, what), path, what)
