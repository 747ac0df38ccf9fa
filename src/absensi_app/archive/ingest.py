"""Ingesting summaries into the archive: paths -> PDFs -> verified, stored rows.

Every PDF under the given paths (``archive.inbox.find_pdfs``) is read through the one reader,
verified by ``VerificationService`` (the same check as ``absensi verify``) against the
archive's trust store (staff certificates, and certificates a trusted CA issued), and stored
with what was found.

Verification is the cost (about 15 ms of a core a file, ``signing.verify``), so it runs in
worker processes (``ProcessPoolExecutor``, spawned: safe from a GUI process with threads); each
worker connects on its own, reads the trust store once, and stores its files itself. A batch of
``CHUNK`` files is one look-up of the SHA-256s already stored (those are not verified again)
and one transaction: ``INSERT ... ON CONFLICT (sha256) DO NOTHING`` of the files, then their
signers, their bytes and their staff rows, written in one order (files and bytes by SHA-256,
staff by NIP) so two ingests never deadlock. Copies of one file within an ingest never reach
two batches: the parent hands only the first in path order to the workers
(``archive.inbox.first_copies``), so the copy stored is always the same one. Two ingests at
once never store a file twice or lose one, and a re-run stores nothing new.

A forged, changed or unknown-signer file is stored as rejected (``accepted`` false) with its
status, headline and problems: never as a month received.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from absensi_app.archive.database import ArchiveAddress, ArchiveError, connection_problem
from absensi_app.archive.inbox import find_pdfs, first_copies

log = logging.getLogger(__name__)

STORED, ALREADY, REJECTED, FAILED = "disimpan", "sudah-ada", "ditolak", "gagal"
CHUNK = 8  # files per task and transaction: few enough for smooth progress, enough to keep the workers busy


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


@dataclass
class _Pending:
    """One file of a batch between reading and storing."""

    index: int  # its place in the batch
    path: Path
    data: bytes
    digest: str
    verdict: object = None  # domain.verdict.Verdict once checked


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
        """The results of a batch of files, in their order; the new ones stored in one transaction."""
        try:
            return self._run([Path(p) for p in paths])
        except Exception as exc:  # noqa: BLE001
            raise _picklable(exc, self._engine) from None

    def one(self, path: Path) -> FileResult:
        return self.run([str(path)])[0]

    def _run(self, paths: list[Path]) -> list[FileResult]:
        from absensi_app.services.files import FileRefused, read_user_file
        from absensi_app.signing.verify import MAX_PDF_BYTES

        results: list[FileResult | None] = [None] * len(paths)
        pending: list[_Pending] = []
        for i, path in enumerate(paths):
            try:
                data = read_user_file(path, MAX_PDF_BYTES, "Berkas")
            except FileRefused as refused:
                results[i] = FileResult(str(path), FAILED, reason=refused.message)
                continue
            pending.append(_Pending(i, path, data, hashlib.sha256(data).hexdigest()))
        known = self._known({p.digest for p in pending})  # only saves the work; the insert decides
        first: dict[str, _Pending] = {}
        for p in pending:
            if p.digest in known or p.digest in first:  # stored before, or earlier in this batch
                results[p.index] = FileResult(str(p.path), ALREADY, sha256=p.digest)
            else:
                first[p.digest] = p
                p.verdict = self._verify(p)
        for index, result in self._store(list(first.values())):  # one transaction
            results[index] = result
        return [r for r in results if r is not None]

    def _known(self, digests: set[str]) -> set[str]:
        if not digests:
            return set()
        from sqlalchemy import select

        from absensi_app.archive.models import ArchiveFile

        with self._sessions() as s:
            return set(s.scalars(select(ArchiveFile.sha256).where(ArchiveFile.sha256.in_(sorted(digests)))))

    def _verify(self, p: _Pending):  # noqa: ANN202 - domain.verdict.Verdict
        from absensi_app.domain.verdict import Verdict

        try:
            return self._trust.with_cas(self._verifier.verify(p.data))
        except Exception as exc:  # noqa: BLE001 - one strange file must not stop the ingest
            log.warning("archive: %s could not be checked: %s", p.path, exc)
            return Verdict(False, "Berkas ini tidak bisa diperiksa.", file_sha256=p.digest)

    def _store(self, batch: list[_Pending]) -> list[tuple[int, FileResult]]:
        """Every file of the batch, its signers, bytes and staff row in one transaction. Rows are
        written in one order (files and bytes by SHA-256, staff by NIP), so two ingests at once
        wait for each other instead of deadlocking; a file another ingest stored first is
        ALREADY."""
        if not batch:
            return []
        from sqlalchemy import func
        from sqlalchemy.dialects.postgresql import insert

        from absensi_app.archive.models import ArchiveBlob, ArchiveFile, ArchiveSigner, ArchiveStaff
        from absensi_app.archive.records import file_values, signer_values, staff_values

        now = datetime.now(timezone.utc)
        batch = sorted(batch, key=lambda p: p.digest)
        values = [_scrub(file_values(p.verdict, p.path.name, str(p.path), len(p.data), p.digest, now)) for p in batch]
        with self._sessions.begin() as s:
            ids = dict(s.execute(
                insert(ArchiveFile).values(values).on_conflict_do_nothing(index_elements=["sha256"])
                .returning(ArchiveFile.sha256, ArchiveFile.id)
            ).all())  # fmt: skip
            signers = [row for p in batch if p.digest in ids for row in _scrub(signer_values(p.verdict, ids[p.digest]))]
            if signers:
                s.execute(insert(ArchiveSigner), signers)
            blobs = [{"sha256": p.digest, "data": p.data} for p in batch if p.digest in ids]
            if blobs:
                s.execute(insert(ArchiveBlob).values(blobs).on_conflict_do_nothing())
            in_order = sorted(zip(batch, values, strict=True), key=lambda pair: pair[0].index)
            staff = _latest_staff([staff_values(v, now) for p, v in in_order if p.digest in ids])
            if staff:
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
        done = []
        for p, v in zip(batch, values, strict=True):
            if p.digest not in ids:  # another ingest stored it first
                done.append((p.index, FileResult(str(p.path), ALREADY, sha256=p.digest)))
                continue
            accepted = v["accepted"]
            done.append((p.index, FileResult(str(p.path), STORED if accepted else REJECTED, p.verdict.status,
                                             "" if accepted else v["headline"], p.digest)))  # fmt: skip
        return done


def _latest_staff(rows: list[dict | None]) -> list[dict]:
    """The batch's staff rows, one per NIP (a row may not be upserted twice in one statement), as
    upserting them one after another would leave it: name, unit and agency of the latest month
    (of two files of the same month, the later one), the first and the last month; by NIP."""
    merged: dict[str, dict] = {}
    for row in rows:
        if row is None:
            continue
        seen = merged.get(row["nip"])
        if seen is None:
            merged[row["nip"]] = row
            continue
        newest = row if row["last_month"] >= seen["last_month"] else seen
        merged[row["nip"]] = {**newest, "first_month": min(seen["first_month"], row["first_month"]),
                              "last_month": max(seen["last_month"], row["last_month"])}  # fmt: skip
    return [merged[nip] for nip in sorted(merged)]


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
    found = find_pdfs(paths)
    workers = max(1, min(workers or default_workers(), -(-len(found) // CHUNK)))
    results: list[FileResult] = []
    stop = cancelled or (lambda: False)

    def report(done: list[FileResult]) -> None:
        results.extend(done)
        if progress is not None and done:
            progress(len(results), len(found), done[-1].path)

    def batches() -> Iterator[list[str]]:
        """The first copies in batches of CHUNK, made as they are asked for; a later copy of a
        file is reported as already there (the first one is stored)."""
        batch: list[str] = []
        for path, copy_of in first_copies(found):
            if copy_of is not None:
                report([FileResult(str(path), ALREADY, sha256=copy_of)])
                continue
            batch.append(str(path))
            if len(batch) == CHUNK:
                yield batch
                batch = []
        if batch:
            yield batch

    if workers == 1:
        worker = Worker(address)
        try:
            for batch in batches():
                if stop():
                    return IngestSummary(tuple(results), cancelled=True)
                report(worker.run(batch))
        finally:
            worker.close()
        return IngestSummary(tuple(results))
    import multiprocessing

    todo = batches()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(address,)) as pool:  # fmt: skip
        pending: set = set()

        def submit() -> None:  # a few batches ahead of the workers: a cancel stops soon
            while len(pending) < 3 * workers and (batch := next(todo, None)) is not None:
                pending.add(pool.submit(_run_chunk, batch))

        try:
            submit()
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    report(future.result())
                if len(results) < len(found) and stop():
                    pool.shutdown(wait=True, cancel_futures=True)
                    for future in pending:  # the batches already running were stored: count them
                        if future.done() and not future.cancelled() and future.exception() is None:
                            report(future.result())
                    return IngestSummary(tuple(results), cancelled=True)
                submit()
        except BrokenProcessPool:
            raise ArchiveError("Proses pemeriksa berkas berhenti tak terduga; berkas yang sudah disimpan "
                               "tetap ada. Jalankan ulang ingest (berkas yang sudah ada dilewati).") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return IngestSummary(tuple(results))
