"""Approving several summaries at once: one passphrase, each file countersigned by
``ApprovalService.countersign`` (which verifies the signed result before handing it out) and
only then written, next to the original as ``<name>-disetujui.pdf`` or into a chosen folder.

Pure of Qt; the GUI runs ``approve_many`` on a worker thread with an ``ApprovalService`` over
snapshots (``worker_approval``), the command line runs it directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import Profile
from absensi_app.domain.verdict import Decision
from absensi_app.services.files import OutsideFiles, read_user_file
from absensi_app.services.recap import RecapError
from absensi_app.services.verification import ApprovalService, Rated

log = logging.getLogger(__name__)

MAX_BATCH = 500


def decided_file_name(source_name: str, decision: Decision = Decision.APPROVED) -> str:
    """``rina-2026-11.pdf`` -> ``rina-2026-11-disetujui.pdf`` (an earlier suffix is replaced)."""
    stem = Path(source_name or "ringkasan.pdf").stem or "ringkasan"
    for suffix in ("-disetujui", "-dikembalikan"):
        stem = stem.removesuffix(suffix)
    return f"{stem}-{decision.value}.pdf"


@dataclass(frozen=True)
class BatchResult:
    """One file of a batch: written (``target``) or refused (``message`` says why)."""

    source: Path
    target: Path | None
    ok: bool
    message: str = ""
    error: AbsensiError | None = None  # why it was refused (the GUI translates its template)
    name: str = ""
    month: str = ""
    revision: int | None = None


def plan_targets(sources: list[Path], out_dir: Path | None) -> list[tuple[Path, Path]]:
    """Where each approved file goes; two files that would land on the same name are refused
    before anything is signed."""
    if not sources:
        raise RecapError("Tidak ada ringkasan yang dipilih untuk disetujui.")
    if len(sources) > MAX_BATCH:
        raise RecapError("Paling banyak {n} ringkasan sekaligus.", n=MAX_BATCH)
    if out_dir is not None and not Path(out_dir).is_dir():
        raise RecapError("Folder '{p}' tidak ada.", p=str(out_dir))
    plan, seen = [], {}
    for source in sources:
        source = Path(source)
        folder = Path(out_dir) if out_dir is not None else source.parent
        target = folder / decided_file_name(source.name)
        key = str(target.absolute())
        if key in seen:
            raise RecapError("'{a}' dan '{b}' akan sama-sama ditulis sebagai '{t}'; setujui keduanya terpisah.",
                             a=str(seen[key]), b=str(source), t=str(target))  # fmt: skip
        seen[key] = source
        plan.append((source, target))
    return plan


def worker_approval(approval: ApprovalService, verification_snapshot, profile: Profile) -> ApprovalService:  # noqa: ANN001
    """The same approval over a snapshot of the trust list and the profile read now: for a
    worker thread, which must not use the database."""
    return replace(approval, verification=verification_snapshot, profile=_FixedProfile(profile))


class _FixedProfile:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    def require(self) -> Profile:
        return self._profile

    def get(self) -> Profile:
        return self._profile


def approve_many(
    approval: ApprovalService,
    files: OutsideFiles,
    sources: list[Path],
    passphrase: str,
    note: str = "",
    rating: Rated | None = None,
    out_dir: Path | None = None,
    overwrite: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[BatchResult]:
    """Approve every file of ``sources``. A wrong passphrase (or a missing key) is raised before
    any file is read; a file that cannot be approved is reported in its result and the others
    go on. Nothing is written for a file whose countersigned result does not verify."""
    from absensi_app.signing.keys import unlock

    plan = plan_targets(sources, out_dir)
    unlock(approval.keys_dir, passphrase)  # the passphrase, checked once before anything else
    results = []
    for i, (source, target) in enumerate(plan, start=1):
        if cancelled is not None and cancelled():
            break
        results.append(_approve_one(approval, files, source, target, passphrase, note, rating, overwrite))
        if progress is not None:
            progress(i, len(plan), source.name)
    return results


def _approve_one(approval, files, source, target, passphrase, note, rating, overwrite) -> BatchResult:  # noqa: ANN001
    from absensi_app.signing.verify import MAX_PDF_BYTES

    try:
        files.check_target(target)
        if target.exists() and not overwrite:
            raise RecapError("'{p}' sudah ada; tidak ditimpa.", p=str(target))
        data = read_user_file(source, MAX_PDF_BYTES, "Ringkasan")
        signed, verdict = approval.countersign(data, Decision.APPROVED, note, passphrase, rating)
        files.write(target, signed, "Ringkasan")
    except AbsensiError as exc:
        return BatchResult(source, None, False, exc.message, exc)
    except Exception as exc:  # noqa: BLE001 - one strange file must not stop the others
        log.warning("batch approval: %s failed: %s", source, exc, exc_info=True)
        return BatchResult(source, None, False, f"{type(exc).__name__}: {exc}")
    employee = verdict.employee
    return BatchResult(source, target, True, "", None, employee.name if employee else "",
                       verdict.month or "", verdict.revision)  # fmt: skip
