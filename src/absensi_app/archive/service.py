"""One archive to work with: the connection, the schema check, and every use case over it.

What a window or the command line calls: ``Archive.open(address)`` (connects once, checks the
schema), then ``init``, ``trust``, ``ingest``, ``status``, ``person`` and ``file_bytes``; every
answer is a frozen dataclass. Driver errors of a query become one sentence
(``database.connection_problem``) through ``run``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from absensi_app.archive.database import (
    ArchiveAddress,
    ArchiveError,
    check_connection,
    connection_problem,
    make_archive_engine,
    sessions_for,
)


class Archive:
    def __init__(self, address: ArchiveAddress) -> None:
        self.address = address
        self.engine = make_archive_engine(address)
        self.sessions = sessions_for(self.engine)

    @classmethod
    def open(cls, address: ArchiveAddress, require_schema: bool = True) -> Archive:
        """Connect (an unreachable server, a missing password: ArchiveError) and, unless told
        otherwise, check the schema is this version's."""
        archive = cls(address)
        try:
            check_connection(archive.engine)
            if require_schema:
                from absensi_app.archive.migrate import require_current

                archive.run(lambda: require_current(archive.engine))
        except BaseException:
            archive.close()
            raise
        return archive

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, call: Callable[[], object]):  # noqa: ANN201
        try:
            return call()
        except DBAPIError as exc:
            raise connection_problem(exc, self.engine.url) from None

    # ---- the use cases ------------------------------------------------------------------------
    def init(self) -> tuple[str | None, str]:
        from absensi_app.archive.migrate import upgrade

        return self.run(lambda: upgrade(self.engine))

    @property
    def trust(self):  # noqa: ANN201 - archive.trust.ArchiveTrust
        from absensi_app.archive.trust import ArchiveTrust

        return ArchiveTrust(self.sessions)

    def ingest(self, paths: Iterable[str | os.PathLike[str]], workers: int | None = None,
               progress: Callable[[int, int, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None):  # noqa: ANN201 - ingest.IngestSummary  # fmt: skip
        from absensi_app.archive.ingest import ingest

        return self.run(lambda: ingest(self.address, paths, workers, progress, cancelled))

    def status(self, month: str, unit: str | None = None, today: date | None = None):  # noqa: ANN201
        from absensi_app.archive.status import month_status

        return self.run(lambda: month_status(self.sessions, month, unit, today))

    def person(self, nip: str, today: date | None = None):  # noqa: ANN201
        from absensi_app.archive.status import person_months

        return self.run(lambda: person_months(self.sessions, nip, today))

    def file_bytes(self, sha256: str) -> bytes:
        """The stored file, exactly as it was ingested (to open it in the summary viewer)."""
        from absensi_app.archive.models import ArchiveBlob

        def read() -> bytes | None:
            with self.sessions() as s:
                return s.scalar(select(ArchiveBlob.data).where(ArchiveBlob.sha256 == sha256.strip().lower()))

        data = self.run(read)
        if data is None:
            raise ArchiveError("Berkas dengan SHA-256 {sha} tidak ada di arsip.", sha=sha256)
        return bytes(data)
