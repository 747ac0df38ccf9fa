"""Composition of the services over one data folder, shared by the CLI and the GUI."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.services.clock import Clock
from absensi_app.services.export import ExportService
from absensi_app.services.files import OutsideFiles
from absensi_app.services.history import HistoryService
from absensi_app.services.locks import LockService
from absensi_app.services.profile import ProfileService
from absensi_app.services.reporting import ReportService
from absensi_app.services.skp import SkpService
from absensi_app.services.summary import SummaryService
from absensi_app.services.trust import TrustService
from absensi_app.services.verification import ApprovalService, VerificationService
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService


@dataclass
class AppContext:
    paths: AppPaths
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    profile: ProfileService = field(init=False)
    calendar: WorkCalendarService = field(init=False)
    skp: SkpService = field(init=False)
    worklog: WorkLogService = field(init=False)
    summary: SummaryService = field(init=False)
    reports: ReportService = field(init=False)
    history: HistoryService = field(init=False)
    locks: LockService = field(init=False)
    export: ExportService = field(init=False)
    trust: TrustService = field(init=False)
    verification: VerificationService = field(init=False)
    approval: ApprovalService = field(init=False)
    files: OutsideFiles = field(init=False)

    def __post_init__(self) -> None:
        self.files = OutsideFiles(self.paths.data_dir)
        self.profile = ProfileService(self.sessions, self.clock)
        self.history = HistoryService(self.sessions)
        self.locks = LockService(self.sessions, self.clock)
        self.calendar = WorkCalendarService(self.sessions)
        self.skp = SkpService(self.sessions, self.clock)
        self.worklog = WorkLogService(
            self.sessions, self.clock, self.profile.schedule, self.calendar
        )
        self.summary = SummaryService(
            self.profile, self.worklog, self.calendar, self.skp, self.clock
        )
        self.reports = ReportService(
            self.profile, self.worklog, self.calendar, self.skp, self.summary, self.clock
        )
        self.export = ExportService(
            self.reports, self.locks, self.history, self.profile,
            self.paths.keys_dir, self.sessions, self.clock,
        )
        self.trust = TrustService(self.sessions, self.clock)
        self.verification = VerificationService(self.trust, self.own_certificates_der)
        self.approval = ApprovalService(
            self.verification, self.profile, self.locks, self.paths.keys_dir, self.clock
        )

    def own_certificate_der(self) -> bytes | None:
        """This user's signing certificate (DER), or None without a key."""
        from absensi_app.signing.keys import CERT_FILE

        path = self.paths.keys_dir / CERT_FILE
        if not path.is_file():
            return None
        from absensi_app.services.trust import read_certificate

        return read_certificate(path.read_bytes()).der

    def own_certificates_der(self) -> list[bytes]:
        """This user's current certificate and the ones replaced earlier (kept in
        ``keys/arsip/``), so summaries signed before a key change still count as one's own."""
        from absensi_app.signing.keys import ARCHIVE_DIR
        from absensi_app.services.trust import read_certificate

        found = []
        current = self.own_certificate_der()
        if current is not None:
            found.append(current)
        archive = self.paths.keys_dir / ARCHIVE_DIR
        if archive.is_dir():
            for path in sorted(archive.glob("*.pem")):
                try:
                    found.append(read_certificate(path.read_bytes()).der)
                except (OSError, AbsensiError):
                    continue
        return found

    def close(self) -> None:
        self.engine.dispose()


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data folder; nothing goes to the user's terminal."""
    root = logging.getLogger()
    target = str(paths.log_dir / "absensi.log")
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == target:
            return
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def open_context(paths: AppPaths, clock: Clock | None = None) -> AppContext:
    """Create folders, open the database and migrate it to the newest schema."""
    from absensi_app.store.database import make_engine, make_session_factory
    from absensi_app.store.migrate import upgrade

    paths.ensure()
    setup_logging(paths)
    engine = make_engine(paths.database)
    upgrade(engine, paths.database, paths.backup_dir)
    return AppContext(paths, engine, make_session_factory(engine), clock or Clock())
