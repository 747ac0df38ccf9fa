"""Evidence travels with the report: the month's evidence files (bukti dukung) embedded in the
summary PDF beside its JSON, and checked against the hashes the signed data lists.

Export: ``plan_evidence`` decides, file by file, what is embedded (the user may leave out all
of them, or those over a size), and ``evidence_summary`` says what that costs before signing.
Verification: ``check_attachments`` compares the embedded files of the signed revision (and
of the newest one) with the signed list; a missing, extra or changed file is a problem that
makes the summary INVALID. ``embedded_file`` gives one file's bytes to open in the viewer.

pyHanko is imported inside functions (start-up cost).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from absensi_app.domain.model import Entry
from absensi_app.domain.report import ATTACHMENT_NAME, EVIDENCE_PREFIX, ReportAttachment

MB = 1024 * 1024


@dataclass(frozen=True)
class EvidenceFile:
    """One evidence file of the month in the data folder (deduplicated by hash)."""

    name: str  # as embedded: "bukti/<stored name>"
    sha256: str
    path: Path
    size: int | None  # None: the stored copy is gone


@dataclass(frozen=True)
class EvidenceSummary:
    files: tuple[EvidenceFile, ...]

    @property
    def count(self) -> int:
        return len(self.files)

    @property
    def total_bytes(self) -> int:
        return sum(f.size or 0 for f in self.files)

    def over(self, max_bytes: int | None) -> tuple[EvidenceFile, ...]:
        """The files a limit of ``max_bytes`` per file leaves out."""
        if max_bytes is None:
            return ()
        return tuple(f for f in self.files if (f.size or 0) > max_bytes)


def embedded_name(file_name: str) -> str:
    return EVIDENCE_PREFIX + os.path.basename(file_name)


def month_evidence(entries: Iterable[Entry], evidence_dir: Path) -> EvidenceSummary:
    """The entries' evidence files (links are not files), once per hash, in entry order."""
    seen: dict[str, EvidenceFile] = {}
    for entry in entries:
        ev = entry.evidence
        if not ev.file_name or not ev.sha256 or ev.sha256 in seen:
            continue
        path = evidence_dir / ev.file_name
        try:
            size = path.stat().st_size if path.is_file() else None
        except OSError:
            size = None
        seen[ev.sha256] = EvidenceFile(embedded_name(ev.file_name), ev.sha256, path, size)
    return EvidenceSummary(tuple(seen.values()))


def plan_evidence(
    summary: EvidenceSummary, include: bool = True, max_bytes: int | None = None
) -> tuple[tuple[ReportAttachment, ...], tuple[tuple[str, bytes, str], ...]]:
    """What the signed data lists and what is embedded. A file is embedded only when it is
    wanted, within the limit, still in the data folder and still has its recorded hash (a
    stored copy that changed is listed as not attached, with the recorded hash)."""
    listed: list[ReportAttachment] = []
    embedded: list[tuple[str, bytes, str]] = []
    for f in summary.files:
        data = None
        if include and f.size is not None and (max_bytes is None or f.size <= max_bytes):
            try:
                data = f.path.read_bytes()
            except OSError:
                data = None
            if data is not None and hashlib.sha256(data).hexdigest() != f.sha256:
                data = None
        listed.append(ReportAttachment(f.name, f.sha256, f.size, data is not None))
        if data is not None:
            embedded.append((f.name, data, f"Bukti dukung (SHA-256 {f.sha256})"))
    return tuple(listed), tuple(embedded)


# ---- reading back ----------------------------------------------------------------------------
def _embedded(root) -> dict[str, bytes]:  # noqa: ANN001
    """Every embedded file of a document revision by name (flat name tree, as written)."""
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return {}
    found: dict[str, bytes] = {}
    for i in range(0, len(names) - 1, 2):
        try:
            found[str(names[i])] = names[i + 1].get_object()["/EF"]["/F"].get_object().data
        except (KeyError, TypeError, ValueError, AttributeError):
            found.setdefault(str(names[i]), b"")  # listed but unreadable: counts as changed
    return found


def embedded_files(data: bytes, *revisions: int | None) -> list[dict[str, bytes]]:
    """The evidence files embedded in ``data`` (the JSON left out), one dict per revision
    asked for: a signed revision (0-based), or None for the newest. Empty for an unreadable
    file."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = []
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except Exception:  # noqa: BLE001 - a hostile file: nothing embedded to show
        return [{} for _ in revisions]
    for revision in revisions:
        try:
            root = reader.root if revision is None else reader.get_historical_root(revision)
            files = _embedded(root)
        except Exception:  # noqa: BLE001
            files = {}
        files.pop(ATTACHMENT_NAME, None)
        out.append(files)
    return out


def check_attachments(report, data: bytes, revision: int):  # noqa: ANN001, ANN201
    """(report with each attachment's ``matches`` filled in, problems) for a signed report
    (domain.report_reader.SignedReport) whose first signature closes ``revision``."""
    signed, newest = embedded_files(data, revision, None)
    problems: list[str] = []
    checked = []
    listed_names: set[str] = set()
    for item in report.attachments:
        name = item.name or "(tanpa nama)"
        if name in listed_names:
            problems.append(f"lampiran {name} tercantum dua kali di data ringkasan")
        listed_names.add(name)
        if not item.attached:
            if name in signed or name in newest:
                problems.append(f"lampiran {name} dinyatakan tidak dilampirkan, tetapi ada di dalam PDF")
            checked.append(replace(item, matches=None))
            continue
        raw = signed.get(name)
        if raw is None or name not in newest:
            problems.append(f"lampiran {name} tercantum di data ringkasan, tetapi tidak ada di dalam PDF")
            checked.append(replace(item, matches=False))
            continue
        ok = hashlib.sha256(raw).hexdigest() == (item.sha256 or "").lower() and (
            newest[name] == raw
        )
        if ok and item.size is not None and item.size != len(raw):
            ok = False
        if not ok:
            problems.append(f"lampiran {name} TIDAK COCOK dengan hash SHA-256 yang ditandatangani")
        checked.append(replace(item, matches=ok))
    for name in sorted(set(signed) | set(newest)):
        if name not in listed_names:
            problems.append(f"berkas {name} terlampir di PDF, tetapi tidak tercantum di data ringkasan")
    return replace(report, attachments=tuple(checked)), problems


def embedded_file(data: bytes, name: str, sha256: str, revision: int | None = None) -> bytes | None:
    """One embedded evidence file as signed, only when it still has the signed hash."""
    raw = embedded_files(data, revision)[0].get(name)
    if raw is None or hashlib.sha256(raw).hexdigest() != (sha256 or "").lower():
        return None
    return raw
