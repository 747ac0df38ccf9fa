"""The transfer file format (``absensi-transfer``, version 1; docs/transfer-format.md).

What a member may be called and hold (its kind and size limit), what the manifest says,
the summary shown to the user, and the in-memory image of the database a file carries with
the facts read from it. Reading and checking a whole file is :mod:`.reading`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.services.files import MB

FORMAT = "absensi-transfer"
VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "absensi.sqlite"

#: Limits for a transfer file and its members (a year of evidence fits easily).
MAX_TRANSFER_BYTES = 4096 * MB
MAX_TOTAL_BYTES = 4096 * MB  # all members together, uncompressed
MAX_MEMBERS = 100_000
MAX_MANIFEST_BYTES = 16 * MB
MAX_DATABASE_BYTES = 1024 * MB
MAX_KEY_MEMBER_BYTES = 1 * MB
MAX_EVIDENCE_MEMBER_BYTES = 50 * MB  # as services.evidence.MAX_EVIDENCE_BYTES

CHUNK = MB  # streaming members in pieces of this size
_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


class TransferError(AbsensiError):
    """A transfer file could not be written or was refused; the data folder was not changed."""


def one_line(value: object) -> str:
    """A value for a message: one line, at most 300 characters."""
    return " ".join(str(value).split())[:300]


# ---- members: names, kinds, limits -----------------------------------------------------------
def key_names() -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
    """(private key files, public files, archive folder, encrypted key format) of ``keys/``."""
    from absensi_app.signing.keys import (
        ARCHIVE_DIR, CA_KEY_FILE, CERT_FILE, CHAIN_FILE, INFO_FILE, KEY_FILE, KEY_FORMAT,
    )  # fmt: skip

    return (KEY_FILE, CA_KEY_FILE), (CERT_FILE, CHAIN_FILE, INFO_FILE), ARCHIVE_DIR, KEY_FORMAT


def is_encrypted_key(data: bytes) -> bool:
    """True for the app's encrypted key container (scrypt + AES-GCM); checked, never opened."""
    *_, key_format = key_names()
    try:
        box = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return (
        isinstance(box, dict)
        and box.get("format") == key_format
        and isinstance(box.get("kdf"), dict)
        and box["kdf"].get("name") == "scrypt"
        and isinstance(box.get("cipher"), dict)
        and isinstance(box.get("data"), str)
    )


def member_kind(name: str) -> str | None:
    """``database``, ``private-key``, ``key-public``, ``evidence`` or None (not ours)."""
    private, public, archive, _ = key_names()
    parts = name.split("/")
    if name == DATABASE:
        return "database"
    if parts[0] == "keys":
        if len(parts) == 2 and parts[1] in private:
            return "private-key"
        if len(parts) == 2 and parts[1] in public:
            return "key-public"
        if len(parts) == 3 and parts[1] == archive and parts[2].endswith(".pem"):
            return "key-public"
        return None
    if parts[0] == "bukti" and 2 <= len(parts) <= 4:
        return "evidence"
    return None


def safe_name(name: str) -> bool:
    """A relative POSIX path of plain parts: no "..", no absolute path, no drive, no hidden part."""
    if not name or len(name) > 1000 or name.startswith("/") or "\\" in name:
        return False
    return all(_PART.fullmatch(part) and part not in (".", "..") for part in name.split("/"))


def member_limit(kind: str) -> int:
    return {
        "database": MAX_DATABASE_BYTES,
        "private-key": MAX_KEY_MEMBER_BYTES,
        "key-public": MAX_KEY_MEMBER_BYTES,
        "evidence": MAX_EVIDENCE_MEMBER_BYTES,
    }[kind]


# ---- what a file holds -----------------------------------------------------------------------
@dataclass(frozen=True)
class TransferSummary:
    """What a transfer file holds (and, after an import, what was put aside)."""

    path: Path
    name: str
    nip: str
    created_at: str
    app_version: str
    schema_revision: str
    entries: int
    months: int
    locked_months: int
    evidence_files: int
    signing_key: bool
    size: int = 0
    database_backup: Path | None = None
    set_aside: Path | None = None
    migrated: bool = False
    #: Evidence files entries refer to that the file (export) or the folder (import) lacks.
    missing_evidence: tuple[str, ...] = ()
    #: A damaged database that ``--replace`` kept aside (with its -wal/-shm), and its kind.
    damaged_kept: Path | None = None
    damaged_kind: str = ""


def format_size(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} byte"


# ---- the database image ----------------------------------------------------------------------
def plain_header(data: bytearray) -> bytes:
    """Mark an SQLite image as a rollback-journal file (header bytes 18-19 = 1, as
    ``journal_mode=DELETE`` would): the copy carries no WAL, so it opens on its own."""
    if len(data) >= 100 and data[:16] == b"SQLite format 3\x00":
        data[18] = data[19] = 1
    return bytes(data)


@contextmanager
def memory_database(image: bytes) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(plain_header(bytearray(image)))
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str
    nip: str
    name: str
    entries: int
    months: int
    locked_months: int
    #: The evidence file names (relative to ``bukti/``) the entries refer to.
    evidence: frozenset[str] = frozenset()


def scalar(conn: sqlite3.Connection, sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return scalar(conn, f"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='{name}'") == 1


def database_facts(conn: sqlite3.Connection) -> DatabaseFacts:
    """Schema revision, profile and counts; raises sqlite3.Error / LookupError when missing."""
    if not has_table(conn, "alembic_version"):
        raise LookupError("alembic_version")
    revision = str(scalar(conn, "SELECT version_num FROM alembic_version") or "")
    if not has_table(conn, "profile"):
        raise LookupError("profile")
    row = conn.execute("SELECT nip, name FROM profile WHERE id = 1").fetchone()
    if row is None:
        raise LookupError("profile")
    nip, name = str(row[0] or ""), str(row[1] or "")
    entries = months = locked = 0
    if has_table(conn, "entry"):
        entries = int(scalar(conn, "SELECT count(*) FROM entry") or 0)
        months = int(scalar(conn, "SELECT count(DISTINCT substr(day, 1, 7)) FROM entry") or 0)
    if has_table(conn, "month_lock"):
        locked = int(scalar(conn, "SELECT count(*) FROM month_lock WHERE locked") or 0)
    evidence: frozenset[str] = frozenset()
    if has_table(conn, "entry") and "evidence_file" in {r[1] for r in conn.execute("PRAGMA table_info(entry)")}:
        evidence = frozenset(
            str(row[0]) for row in conn.execute(
                "SELECT DISTINCT evidence_file FROM entry WHERE evidence_file IS NOT NULL AND evidence_file != ''")
        )  # fmt: skip
    return DatabaseFacts(revision, nip, name, entries, months, locked, evidence)


def missing_evidence(referred: frozenset[str], present: set[str], evidence_dir: Path | None = None) -> tuple[str, ...]:
    """The referred evidence names neither in ``present`` nor (when given) a file in
    ``evidence_dir``; a name that is not a plain relative path is never looked up."""
    missing = []
    for name in sorted(referred - present):
        if evidence_dir is not None and safe_name("bukti/" + name) and (evidence_dir / name).is_file():
            continue
        missing.append(name)
    return tuple(missing)
