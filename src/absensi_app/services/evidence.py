"""Evidence files (bukti dukung) are copied into the data folder, named by hash and file name."""

from __future__ import annotations

import hashlib
import os
import uuid
import re
from pathlib import Path

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import Evidence

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


def private_folder(folder: Path) -> Path:
    """``folder`` and every missing parent created as 0700 whatever the umask (evidence is
    the user's alone); an existing ``folder`` that others may read is narrowed to 0700."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass
        if os.name == "posix":
            os.chmod(path, 0o700)
    if os.name == "posix" and not missing and folder.is_dir() and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "bukti"
    return stem[-80:]


def store_evidence_file(source: Path, evidence_dir: Path) -> Evidence:
    """Copy ``source`` under ``evidence_dir`` and return its Evidence (relative name + SHA-256).

    The hash is computed over the very bytes written, so the record always matches the stored
    copy. Raises ValidationError for missing, unreadable or over-large files; nothing is kept then.
    """
    from absensi_app.services.files import FileRefused, FileTooBig, copy_user_file

    source = Path(source).expanduser()
    if source.is_dir():
        raise ValidationError(
            "'{path}' adalah folder; pilih sebuah berkas sebagai bukti dukung.", field="evidence", path=str(source)
        )
    if not source.exists():
        raise ValidationError(
            "Berkas bukti dukung '{path}' tidak ditemukan.", field="evidence", path=str(source)
        )
    digest = hashlib.sha256()
    tmp = evidence_dir / f".incoming-{os.getpid()}-{uuid.uuid4().hex}.part"
    try:
        private_folder(evidence_dir)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # whatever the umask
        with os.fdopen(fd, "wb") as dst:
            try:
                # the one reader: regular files only (a FIFO or device is refused at once)
                copy_user_file(source, dst, MAX_EVIDENCE_BYTES, "Berkas bukti dukung", digest.update)
            except FileTooBig:
                raise ValidationError(
                    "Berkas bukti dukung terlalu besar (lebih dari 50 MB).", field="evidence"
                ) from None
            except FileRefused as refused:
                raise ValidationError("{why}", field="evidence", why=refused.message) from None
            dst.flush()
            os.fsync(dst.fileno())
        hexdigest = digest.hexdigest()
        relative = Path(hexdigest[:2]) / f"{hexdigest[:16]}-{_safe_name(source.name)}"
        target = evidence_dir / relative
        private_folder(target.parent)
        if target.exists():
            tmp.unlink()
        else:
            tmp.replace(target)
    except OSError as exc:
        raise ValidationError(
            "Berkas bukti dukung tidak bisa dibaca atau disalin: {error}",
            field="evidence",
            error=exc.strerror or str(exc),
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return Evidence(file_name=relative.as_posix(), sha256=hexdigest)
