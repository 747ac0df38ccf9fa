"""Composition of the services over one data folder, shared by the CLI and the GUI."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.config import AppPaths
from absensi_app.services.backup import BackupService
from absensi_app.services.clock import Clock
from absensi_app.services.export import ExportService
from absensi_app.services.files import OutsideFiles
from absensi_app.services.history import HistoryService
from absensi_app.services.holiday_cache import HolidayCache
from absensi_app.services.keys import KeyService
from absensi_app.services.locks import LockService
from absensi_app.services.profile import ProfileService
from absensi_app.services.reporting import ReportService
from absensi_app.services.skp import SkpService
from absensi_app.services.summary import SummaryService
from absensi_app.services.workcalendar import WorkCalendarService
from absensi_app.services.worklog import WorkLogService

if TYPE_CHECKING:  # the supervisor's side is built when first used, not at every start
    from absensi_app.services.backup import Inspection
    from absensi_app.services.reminders import ReminderService
    from absensi_app.services.rhk_feedback import RhkFeedbackService
    from absensi_app.services.templates import TemplateService
    from absensi_app.services.timer import TimerService
    from absensi_app.services.team_left import TeamService
    from absensi_app.services.trust import TrustService
    from absensi_app.services.verification import ApprovalService, VerificationService


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
    files: OutsideFiles = field(init=False)
    keys: KeyService = field(init=False)
    backups: BackupService = field(init=False)

    def __post_init__(self) -> None:
        self.files = OutsideFiles(self.paths.data_dir)
        self.backups = BackupService(self.paths, self.clock, self.sessions)
        self.profile = ProfileService(self.sessions, self.clock)
        self.keys = KeyService(self.paths.keys_dir, self.profile, self.clock, self.files)
        self.history = HistoryService(self.sessions)
        self.locks = LockService(self.sessions, self.clock)
        # the Indonesian holidays come from a cache in the data folder, so an everyday start
        # never imports the `holidays` package (its whole country registry, ~230 ms)
        self.calendar = WorkCalendarService(self.sessions, HolidayCache(self.paths.data_dir / "cache"))
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
            self.reports, self.locks, self.history, self.keys, self.sessions, self.clock, self.files, self.paths.evidence_dir,
        )

    # ---- built when first used -------------------------------------------------------------
    @cached_property
    def trust(self) -> TrustService:
        from absensi_app.services.trust import TrustService

        return TrustService(self.sessions, self.clock, self._own_nip, self.keys.own_certificates)

    @cached_property
    def team(self) -> TeamService:
        from absensi_app.services.team_left import TeamService

        return TeamService(self.sessions, self.clock)

    @cached_property
    def verification(self) -> VerificationService:
        from absensi_app.services.verification import VerificationService

        return VerificationService(self.trust, self.keys.own_certificates, self._own_nip)

    @cached_property
    def rhk_feedback(self) -> RhkFeedbackService:
        from absensi_app.services.rhk_feedback import RhkFeedbackService

        return RhkFeedbackService(self.sessions)

    @cached_property
    def approval(self) -> ApprovalService:
        from absensi_app.services.verification import ApprovalService

        return ApprovalService(
            self.verification, self.profile, self.locks, self.paths.keys_dir, self.clock, self.rhk_feedback
        )

    @cached_property
    def timer(self) -> TimerService:
        from absensi_app.services.timer import TimerService

        return TimerService(self.sessions, self.clock, self.worklog, self.profile.schedule, self.calendar)

    @cached_property
    def templates(self) -> TemplateService:
        from absensi_app.services.templates import TemplateService

        return TemplateService(self.sessions, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        from absensi_app.services.reminders import ReminderService

        return ReminderService(self.sessions, self.clock, self.profile, self.worklog, self.calendar)

    def _own_nip(self) -> str | None:
        """The profile's NIP (a signature in it with another certificate is a forgery)."""
        profile = self.profile.get()
        return profile.nip if profile is not None else None

    def close(self) -> None:
        self.engine.dispose()


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file: readable by this user alone (0600, whatever the umask), and silent when
    it cannot be written (a full disk or a read-only folder never breaks a command)."""

    def _open(self):  # noqa: ANN202 - logging's own hook
        import os

        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data folder; nothing goes to the user's terminal."""
    root = logging.getLogger()
    target = str(paths.log_dir / "absensi.log")
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == target:
            return
    try:
        handler = _QuietFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def open_context(paths: AppPaths, clock: Clock | None = None, database_url: str | None = None,
                 inspection: Inspection | None = None) -> AppContext:  # fmt: skip
    """Create folders, check the database, migrate it to the newest schema, and make the
    day's first backup.

    Raises DataFolderError (the folder cannot be used) or DatabaseProblem (the file is
    damaged, truncated, empty, foreign, locked, read-only or newer, or missing where backups
    show there was one): nothing is written then.

    ``database_url`` (for developers and tests only; the app always uses the data folder's
    SQLite file) puts the data on another database, e.g. ``postgresql://USER@HOST/DB``: it is
    migrated the same way, while the checks and backups of the SQLite file are left out (a
    server has its own); the keys, evidence and logs stay in the data folder.

    ``inspection``: the start-up check of ``paths``, begun earlier (``services.opening``);
    its result is taken here, before anything opens the database."""
    from absensi_app.services.backup import inspect_data
    from absensi_app.store.database import make_engine, make_session_factory
    from absensi_app.store.migrate import upgrade

    paths.ensure()
    setup_logging(paths)
    if database_url is None and inspection is not None:
        inspection.result()
    elif database_url is None:
        inspect_data(paths)
    elif inspection is not None:
        inspection.wait()
    engine = make_engine(paths.database if database_url is None else database_url)
    try:
        if database_url is None:
            upgrade(engine, paths.database, paths.backup_dir)
        else:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    ctx = AppContext(paths, engine, make_session_factory(engine), clock or Clock())
    if database_url is None:
        ctx.backups.daily()
    return ctx
