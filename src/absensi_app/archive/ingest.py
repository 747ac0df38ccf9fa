"""Ingesting summaries into the archive: paths -> PDFs -> verified, stored rows.

Every PDF under the given paths (regular files only, as the recap reads a folder: a device, a
FIFO or a socket is never opened; sub-folders are walked; a file named on its own is taken
whatever its suffix) is read through the one reader, verified by ``VerificationService`` (the
same check as ``absensi verify``) against the archive's trust store (staff certificates, and
certificates a trusted CA issued), and stored with what was found.

Verification is the cost (about 10 ms a file), so it runs in worker processes
(``ProcessPoolExecutor``, spawned: safe from a GUI process with threads); each worker connects on
its own, reads the trust store once, and stores its files itself. Every file is one transaction:
``INSERT ... ON CONFLICT (sha256) DO NOTHING`` on the file, then its signers, its bytes and the
staff row, so two ingests at once never store a file twice or lose one, and a re-run stores
nothing new. A file already in the archive (by its SHA-256) is not verified again.

A forged, changed or unknown-signer file is stored as rejected (``accepted`` false) with its
status, headline and problems: never as a month received.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from absensi_app.archive.database import ArchiveAddress, ArchiveError, connection_problem

log = logging.getLogger(__name__)

STORED, ALREADY, REJECTED, FAILED = "disimpan", "sudah-ada", "ditolak", "gagal"
CHUNK = 8  # files per task: few enough for smooth progress, enough to keep the workers busy


@dataclass(frozen=True)
class FileResult:
    path: str
    outcome: str  # STORED (a valid file, new), REJECTED (new, not valid), ALREADY, FAILED (not read)
    status: str = ""  # the verdict's status (domain.verdict.Outcome value); "" when not verified now
    reason: str = ""  # the verdict's headline of a rejected file, or why a file could not be read
    sha256: str = ""


@dataclass(frozen=True)
class IngestSummary:
    results: tuple[FileResult, ...]
    cancelled: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def stored(self) -> int:
        return self.count(STORED)

    @property
    def already(self) -> int:
        return self.count(ALREADY)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def failed(self) -> int:
        return self.count(FAILED)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---- which files ---------------------------------------------------------------------------------
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


# ---- one worker ---------------------------------------------------------------------------------
def _scrub(value: object) -> object:
    """PostgreSQL text and jsonb hold no NUL character: a hostile file's data loses them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    return value


class Worker:
    """Verifies and stores files over its own connection and its own copy of the trust store."""

    def __init__(self, address: ArchiveAddress) -> None:
        from absensi_app.archive.database import make_archive_engine, sessions_for
        from absensi_app.archive.trust import ArchiveTrust
        from absensi_app.services.verification import VerificationService

        self._engine = make_archive_engine(address, pool_size=1)
        self._sessions = sessions_for(self._engine)
        try:
            self._trust = ArchiveTrust(self._sessions).snapshot()
        except Exception as exc:  # noqa: BLE001 - a driver error becomes one sentence, across processes too
            raise _picklable(exc, self._engine) from None
        self._verifier = VerificationService(self._trust.staff(), lambda: None, lambda: None)

    def close(self) -> None:
        self._engine.dispose()

    def run(self, paths: list[str]) -> list[FileResult]:
        try:
            return [self.one(Path(p)) for p in paths]
        except Exception as exc:  # noqa: BLE001
            raise _picklable(exc, self._engine) from None

    def _known(self, digest: str) -> bool:
        from sqlalchemy import select

        from absensi_app.archive.models import ArchiveFile

        with self._sessions() as s:
            return s.scalar(select(ArchiveFile.id).where(ArchiveFile.sha256 == digest)) is not None

    def one(self, path: Path) -> FileResult:
        from absensi_app.domain.verdict import Verdict
        from absensi_app.services.files import FileRefused, read_user_file
        from absensi_app.signing.verify import MAX_PDF_BYTES

        try:
            data = read_user_file(path, MAX_PDF_BYTES, "Berkas")
        except FileRefused as refused:
            return FileResult(str(path), FAILED, reason=refused.message)
        digest = hashlib.sha256(data).hexdigest()
        if self._known(digest):  # only saves the work; the insert below decides
            return FileResult(str(path), ALREADY, sha256=digest)
        try:
            verdict = self._trust.with_cas(self._verifier.verify(data))
        except Exception as exc:  # noqa: BLE001 - one strange file must not stop the ingest
            log.warning("archive: %s could not be checked: %s", path, exc)
            verdict = Verdict(False, "Berkas ini tidak bisa diperiksa.", file_sha256=digest)
        return self._store(path, data, digest, verdict)

    def _store(self, path: Path, data: bytes, digest: str, verdict) -> FileResult:  # noqa: ANN001
        from sqlalchemy import func
        from sqlalchemy.dialects.postgresql import insert

        from absensi_app.archive.models import ArchiveBlob, ArchiveFile, ArchiveSigner, ArchiveStaff
        from absensi_app.archive.records import file_values, signer_values, staff_values

        now = datetime.now(timezone.utc)
        values = _scrub(file_values(verdict, path.name, str(path), len(data), digest, now))
        with self._sessions.begin() as s:
            file_id = s.execute(
                insert(ArchiveFile).values(values).on_conflict_do_nothing(index_elements=["sha256"])
                .returning(ArchiveFile.id)
            ).scalar()  # fmt: skip
            if file_id is None:  # another ingest stored it first
                return FileResult(str(path), ALREADY, sha256=digest)
            signers = _scrub(signer_values(verdict, file_id))
            if signers:
                s.execute(insert(ArchiveSigner), signers)
            s.execute(insert(ArchiveBlob).values(sha256=digest, data=data).on_conflict_do_nothing())
            staff = staff_values(values, now)
            if staff is not None:
                new = insert(ArchiveStaff).values(staff)
                newer = new.excluded.last_month >= ArchiveStaff.last_month

                def latest(column):  # noqa: ANN001, ANN202
                    from sqlalchemy import case

                    return case((newer, getattr(new.excluded, column)), else_=getattr(ArchiveStaff, column))

                s.execute(new.on_conflict_do_update(index_elements=["nip"], set_={
                    "name": latest("name"), "unit": latest("unit"), "agency": latest("agency"),
                    "last_month": func.greatest(ArchiveStaff.last_month, new.excluded.last_month),
                    "first_month": func.least(ArchiveStaff.first_month, new.excluded.first_month),
                    "updated_at": new.excluded.updated_at,
                }))  # fmt: skip
        outcome = STORED if values["accepted"] else REJECTED
        return FileResult(str(path), outcome, verdict.status, "" if values["accepted"] else values["headline"], digest)


def _picklable(exc: BaseException, engine) -> ArchiveError:  # noqa: ANN001
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, ArchiveError):
        return ArchiveError(exc.message)
    if isinstance(exc, DBAPIError):
        return ArchiveError(connection_problem(exc, engine.url).message)
    log.exception("archive worker failed")
    return ArchiveError("Pekerja arsip gagal: {e}", e=f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300])


_worker: Worker | ArchiveError | None = None


def _start_worker(address: ArchiveAddress) -> None:
    """The pool's initializer. A failure is kept and raised by the first batch (an initializer's
    own exception would only be logged, with a traceback, and break the pool)."""
    global _worker
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    try:
        _worker = Worker(address)
    except ArchiveError as exc:
        _worker = exc


def _run_chunk(paths: list[str]) -> list[FileResult]:
    if isinstance(_worker, ArchiveError):
        raise _worker
    assert _worker is not None, "the pool's initializer makes the worker"
    return _worker.run(paths)


# ---- the whole ingest ----------------------------------------------------------------------------
def ingest(
    address: ArchiveAddress,
    paths: Iterable[str | os.PathLike[str]],
    workers: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IngestSummary:
    """Verify and store every PDF under ``paths``; ``progress(done, total, last path)`` after
    each batch, ``cancelled()`` asked between batches. With one worker the files are checked
    in the calling process (no pool to start)."""
    files = [str(p) for p in find_pdfs(paths)]
    workers = max(1, workers or default_workers())
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    results: list[FileResult] = []
    stop = cancelled or (lambda: False)

    def report(done: list[FileResult]) -> None:
        results.extend(done)
        if progress is not None and done:
            progress(len(results), len(files), done[-1].path)

    if workers == 1 or len(chunks) <= 1:
        worker = Worker(address)
        try:
            for chunk in chunks:
                if stop():
                    return IngestSummary(tuple(results), cancelled=True)
                report(worker.run(chunk))
        finally:
            worker.close()
        return IngestSummary(tuple(results))
    import multiprocessing

    with ProcessPoolExecutor(min(workers, len(chunks)), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(address,)) as pool:  # fmt: skip
        pending = {pool.submit(_run_chunk, chunk) for chunk in chunks}
        try:
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    report(future.result())
                if pending and stop():
                    pool.shutdown(wait=True, cancel_futures=True)
                    for future in pending:  # the batches already running were stored: count them
                        if future.done() and not future.cancelled() and future.exception() is None:
                            report(future.result())
                    return IngestSummary(tuple(results), cancelled=True)
        except BrokenProcessPool:
            raise ArchiveError("Proses pemeriksa berkas berhenti tak terduga; berkas yang sudah disimpan "
                               "tetap ada. Jalankan ulang ingest (berkas yang sudah ada dilewati).") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return IngestSummary(tuple(results))
