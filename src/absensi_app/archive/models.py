"""The archive's tables (SQLAlchemy 2 typed ORM) on a MetaData of their own: nothing here is
shared with the employee's SQLite store. The schema's single definition is the archive's
migrations; ``tests/archive`` checks these models against them.

- ``archive_file``: one row per distinct file (its SHA-256 is unique), valid or rejected, with
  what the verification found and what the signed data says (indexed for the month's status
  and one person's months);
- ``archive_signer``: the signatures of a file (the employee's, the supervisor's);
- ``archive_blob``: the file's bytes (``bytea``), apart from ``archive_file`` so that the status
  query never reads them and a backup of the database is the whole archive;
- a valid file whose signer's certificate later left the trust store is marked
  (``distrusted_*``), so the status shows it as a problem without verifying it again;
- ``archive_staff``: everyone with a valid file, as their latest valid file names them (the
  known staff a month's missing list is made of);
- ``archive_trusted_cert``: the archive's trust store (staff certificates and CA certificates).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ArchiveBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArchiveFile(ArchiveBase):
    __tablename__ = "archive_file"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(500))  # the name it was first ingested under
    source_path: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(40))  # domain.verdict.Outcome value
    accepted: Mapped[bool] = mapped_column(Boolean)  # status "sah": a month received
    headline: Mapped[str] = mapped_column(Text)
    problems: Mapped[list] = mapped_column(JSONB)  # sentences of the verification
    employee_nip: Mapped[str | None] = mapped_column(String(40))  # the signed data's, else the certificate's
    employee_name: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(200))
    signer_nip: Mapped[str | None] = mapped_column(String(40))  # the employee's certificate's
    month: Mapped[str | None] = mapped_column(String(7))
    revision: Mapped[int | None] = mapped_column(Integer)
    decision: Mapped[str | None] = mapped_column(String(20))  # only a trusted decision
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)  # as the approval states it (local, naive)
    decided_sha256: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    hasil_kerja: Mapped[str | None] = mapped_column(String(20))
    perilaku_kerja: Mapped[str | None] = mapped_column(String(20))
    predikat: Mapped[str | None] = mapped_column(String(40))
    rhk_feedback: Mapped[list] = mapped_column(JSONB)
    total_minutes: Mapped[int | None] = mapped_column(Integer)
    expected_minutes: Mapped[int | None] = mapped_column(Integer)
    missing_days: Mapped[int | None] = mapped_column(Integer)
    by_location: Mapped[dict] = mapped_column(JSONB)  # minutes per location code
    rhk_percent: Mapped[float | None] = mapped_column(Float)
    report: Mapped[dict | None] = mapped_column(JSONB)  # the typed signed report (only when intact)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # set on a valid file when a signer's certificate leaves the trust store (``arsip trust remove``)
    distrusted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    distrusted_fingerprint: Mapped[str | None] = mapped_column(String(95))
    distrusted_signer: Mapped[str | None] = mapped_column(String(200))  # the name it was trusted under

    __table_args__ = (
        Index("ix_archive_file_month_nip", "month", "employee_nip"),
        Index("ix_archive_file_nip_month", "employee_nip", "month"),
        Index("ix_archive_file_signer_nip", "signer_nip"),
        Index("ix_archive_file_rejected_month", "month", postgresql_where=text("NOT accepted")),
        Index("ix_archive_file_distrusted", "distrusted_fingerprint",
              postgresql_where=text("distrusted_fingerprint IS NOT NULL")),
    )


class ArchiveSigner(ArchiveBase):
    __tablename__ = "archive_signer"

    file_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("archive_file.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 the employee, 1 the supervisor
    role: Mapped[str] = mapped_column(String(20))  # "pegawai" or "pejabat"
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(95))
    signing_time: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    intact: Mapped[bool] = mapped_column(Boolean)
    trust: Mapped[str] = mapped_column(String(20))  # domain.verdict.Trust value
    trusted: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_archive_signer_fingerprint", "fingerprint"),)


class ArchiveBlob(ArchiveBase):
    __tablename__ = "archive_blob"

    sha256: Mapped[str] = mapped_column(ForeignKey("archive_file.sha256", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ArchiveStaff(ArchiveBase):
    __tablename__ = "archive_staff"

    nip: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(200))
    first_month: Mapped[str] = mapped_column(String(7))  # of their valid files
    last_month: Mapped[str] = mapped_column(String(7))  # the file name, unit and agency come from
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_archive_staff_unit", "unit"), Index("ix_archive_staff_first_month", "first_month"))


class ArchiveTrustedCert(ArchiveBase):
    __tablename__ = "archive_trusted_cert"

    fingerprint: Mapped[str] = mapped_column(String(95), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "pegawai" or "ca"
    nip: Mapped[str] = mapped_column(String(40))  # "" for a CA
    name: Mapped[str] = mapped_column(String(200))
    subject_name: Mapped[str] = mapped_column(String(200))
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    not_before: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    not_after: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_archive_trusted_cert_nip", "nip"),)
