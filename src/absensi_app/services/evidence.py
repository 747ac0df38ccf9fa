"""Evidence files (bukti dukung) are copied into the data folder, named by content."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import Evidence

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "bukti"
    return stem[-80:]


def store_evidence_file(source: Path, evidence_dir: Path) -> Evidence:
    """Copy ``source`` under ``evidence_dir`` and return its Evidence (relative name + SHA-256).

    The same content is stored once. Raises ValidationError for missing, unreadable or
    over-large files; nothing is copied then.
    """
    source = Path(source).expanduser()
    if not source.is_file():
        raise ValidationError(
            "Berkas bukti dukung '{path}' tidak ditemukan.", field="evidence", path=str(source)
        )
    try:
        size = source.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                "Berkas bukti dukung terlalu besar ({mb} MB; paling besar 50 MB).",
                field="evidence",
                mb=round(size / 1048576, 1),
            )
        digest = sha256_file(source)
        relative = Path(digest[:2]) / f"{digest[:16]}-{_safe_name(source.name)}"
        target = evidence_dir / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
    except OSError as exc:
        raise ValidationError(
            "Berkas bukti dukung tidak bisa dibaca atau disalin: {error}",
            field="evidence",
            error=exc.strerror or str(exc),
        ) from exc
    return Evidence(file_name=relative.as_posix(), sha256=digest)
