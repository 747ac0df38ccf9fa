"""Which files an ingest reads, and which of them are the same file.

``find_pdfs``: every PDF under the given paths, each once, in a stable order (regular files
only, as the recap reads a folder: a device, a FIFO or a socket is never opened; sub-folders
are walked in name order; a file named on its own is taken whatever its suffix).

``first_copies``: of files with the same content, only the first in that order is handed to
the workers; the others are copies. The workers store a whole batch in one transaction, so
without this two copies in different batches would race, and which of them is stored would
depend on which worker commits first. Only files of the same size are read to compare them
(through the one reader, ``services.files``); a file that cannot be read is left to the
worker, which says why.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from absensi_app.archive.database import ArchiveError


def _stat(path: Path) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        raise ArchiveError("'{p}' tidak ada.", p=str(path)) from None
    except OSError as exc:
        raise ArchiveError("'{p}' tidak bisa dibaca: {e}.", p=str(path), e=exc.strerror or str(exc)) from None


def find_pdfs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to ingest, each once, in a stable order. A path that does not exist or cannot
    be read, or that is neither a folder nor a regular file, is refused before anything is read."""
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given).expanduser()
        st = _stat(path)
        if stat.S_ISREG(st.st_mode):
            found.setdefault(os.path.realpath(path), path)
            continue
        if not stat.S_ISDIR(st.st_mode):
            raise ArchiveError("'{p}' bukan folder atau berkas biasa; tidak dibaca.", p=str(path))

        def refuse(exc: OSError) -> None:
            raise ArchiveError("Folder '{p}' tidak bisa dibaca: {e}.", p=exc.filename or str(path),
                               e=exc.strerror or str(exc))  # fmt: skip

        for folder, dirs, names in os.walk(path, onerror=refuse):
            dirs.sort()
            for name in sorted(names):
                if not name.lower().endswith(".pdf"):
                    continue
                candidate = Path(folder) / name
                try:
                    regular = stat.S_ISREG(os.stat(candidate).st_mode)
                except OSError:
                    regular = False  # a dangling link
                if regular:
                    found.setdefault(os.path.realpath(candidate), candidate)
    return list(found.values())


def first_copies(files: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every file in its order, with ``None`` when no earlier file has the same content, or
    with its SHA-256 when it is a later copy. Lazy: the files are read one after another as
    the caller asks, so the workers can start on the first batch at once."""
    from absensi_app.services.files import FileRefused, read_user_file
    from absensi_app.signing.verify import MAX_PDF_BYTES

    sizes: list[int | None] = []
    for path in files:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(None)  # gone or unreadable now: the worker says so
    shared = {size for size, n in Counter(sizes).items() if n > 1 and size is not None}
    seen: set[str] = set()
    for path, size in zip(files, sizes, strict=True):
        if size not in shared:
            yield path, None
            continue
        try:
            digest = hashlib.sha256(read_user_file(path, MAX_PDF_BYTES, "Berkas")).hexdigest()
        except FileRefused:
            yield path, None
            continue
        yield path, digest if digest in seen else None
        seen.add(digest)
