"""ORM models. The schema's single definition is the migrations; a test keeps these in step."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProfileRow(Base):
    """The employee's identity; a single row with id 1."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18))
    asn_kind: Mapped[str] = mapped_column(String(8), default="pns")
    rank: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(200))
    supervisor_name: Mapped[str] = mapped_column(String(200))
    supervisor_nip: Mapped[str] = mapped_column(String(18))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The office settings of the report's kop surat (migration 0005); NULL when not filled in.
    government: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(100))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG or JPEG, at most 1 MB


class ScheduleRow(Base):
    """Office hours; a single row with id 1."""

    __tablename__ = "work_schedule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workdays: Mapped[str] = mapped_column(String(13))  # "0,1,2,3,4" (Monday = 0)
    day_start: Mapped[time] = mapped_column(Time)
    weekly_minutes: Mapped[int] = mapped_column(Integer)


class EntryRow(Base):
    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_range"),
        CheckConstraint(
            "quantity IS NULL OR (quantity >= 1 AND quantity <= 9999)", name="quantity_range"
        ),
        # The description suggestions group by it, with each one's latest day (migration 0006).
        Index("ix_entry_description_day", "description", "day"),
        # Ids are never reused (as with a PostgreSQL sequence): a deleted entry's number
        # must not name a new entry, or undo and "log delete N" would hit the wrong one.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str | None] = mapped_column(String(40), index=True)  # migration 0006
    evidence_file: Mapped[str | None] = mapped_column(String(500))
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    evidence_link: Mapped[str | None] = mapped_column(String(2000))
    # Links to the SKP plan (migration 0002). Plain columns, not foreign keys: SQLite cannot
    # add a constraint to an existing table without rebuilding it; SkpService clears the
    # links when an RHK or Rencana Aksi is deleted.
    rhk_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class DayStatusRow(Base):
    __tablename__ = "day_status"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    leave_kind: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SkpPeriodRow(Base):
    __tablename__ = "skp_period"
    __table_args__ = (CheckConstraint("last_day >= first_day", name="order"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_day: Mapped[date] = mapped_column(Date, unique=True)
    last_day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200), default="")


class RhkRow(Base):
    __tablename__ = "rhk"
    __table_args__ = (
        CheckConstraint("kind IN ('utama', 'tambahan')", name="kind"),
        CheckConstraint("target >= 1", name="target"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("skp_period.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40))
    quality: Mapped[str] = mapped_column(String(200), default="")
    time_target: Mapped[str] = mapped_column(String(200), default="")
    supports: Mapped[str] = mapped_column(Text, default="")


class ActionPlanRow(Base):
    __tablename__ = "action_plan"
    __table_args__ = (
        CheckConstraint("(month IS NULL) <> (quarter IS NULL)", name="span"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rhk_id: Mapped[int] = mapped_column(ForeignKey("rhk.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    quarter: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[int | None] = mapped_column(Integer)


class HolidayChangeRow(Base):
    """A regional holiday the user added, or a national one they removed."""

    __tablename__ = "holiday_change"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_holiday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200), default="")


class RamadanRow(Base):
    """The Ramadan working-hours period the user sets for one year."""

    __tablename__ = "ramadan_period"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    weekly_minutes: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # TEXT since migration 0008 (an RHK's feedback)


class HistoryRow(Base):
    """Append-only, hash-chained record of every change to the log (migration 0003 adds
    triggers that refuse UPDATE and DELETE)."""

    __tablename__ = "history"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(60))
    month: Mapped[str] = mapped_column(String(7), index=True)
    data: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class MonthLockRow(Base):
    """A month whose signed summary was exported: its revision and whether it is locked."""

    __tablename__ = "month_lock"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(12))
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    history_head: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class TrustedCertRow(Base):
    """A staff member's signing certificate the supervisor decided to trust (pinned)."""

    __tablename__ = "trusted_cert"

    fingerprint: Mapped[str] = mapped_column(String(95), primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(200))  # shown name; the user may rename it
    subject_name: Mapped[str] = mapped_column(String(200))  # CN as in the certificate
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class TimerRow(Base):
    """The running timer (migration 0007): at most one row, id 1, written the moment it starts."""

    __tablename__ = "running_timer"
    __table_args__ = (CheckConstraint("id = 1", name="single"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(20))
    rhk_id: Mapped[int | None] = mapped_column(Integer)
    action_id: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str | None] = mapped_column(String(40))
    template: Mapped[str | None] = mapped_column(String(100))  # the name of the template used


class TemplateRow(Base):
    """A recurring task (migration 0007); ``name_key`` is the name casefolded, unique: up to
    three times the name's length ("ß" -> "ss"), VARCHAR(300) since migration 0008."""

    __tablename__ = "task_template"
    __table_args__ = (
        CheckConstraint("minutes IS NULL OR (minutes >= 1 AND minutes <= 1440)", name="minutes_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(20))
    rhk_id: Mapped[int | None] = mapped_column(Integer)
    action_id: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str | None] = mapped_column(String(40))
    minutes: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
