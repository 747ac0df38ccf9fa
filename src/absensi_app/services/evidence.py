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


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "bukti"
    return stem[-80:]


def store_evidence_file(source: Path, evidence_dir: Path) -> Evidence:
    """Copy ``source`` under ``evidence_dir`` and return its Evidence (relative name + SHA-256).

    The hash is computed over the very bytes written, so the record always matches the stored
    copy. Raises ValidationError for missing, unreadable or over-large files; nothing is kept then.
    """
    from absensi_app.services.files import FileRefused, copy_user_file

    source = Path(source).expanduser()
    if source.is_dir():
        raise ValidationError(
            "'{path}' adalah folder; pilih sebuah berkas sebagai bukti dukung.", field="evidence", path=str(source)
        )
    if not source.exists():
        raise ValidationError(
            "Berkas bukti dukung '{path}' tidak ditemukan.", field="evidence", path=str(source)
        )
    evidence_dir.mkdir(parents=True, exist_ok=True)
    tmp = evidence_dir / f".incoming-{os.getpid()}-{uuid.uuid4().hex}.part"
    digest = hashlib.sha256()
    try:
        with tmp.open("wb") as dst:
            try:
                # the one reader: regular files only (a FIFO or device is refused at once)
                copy_user_file(source, dst, MAX_EVIDENCE_BYTES, "Berkas bukti dukung", digest.update)
            except FileRefused as refused:
                if "terlalu besar" in refused.template:
                    raise ValidationError(
                        "Berkas bukti dukung terlalu besar (lebih dari 50 MB).", field="evidence"
                    ) from None
                raise ValidationError("{why}", field="evidence", why=refused.message) from None
            dst.flush()
            os.fsync(dst.fileno())
        hexdigest = digest.hexdigest()
        relative = Path(hexdigest[:2]) / f"{hexdigest[:16]}-{_safe_name(source.name)}"
        target = evidence_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
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
