"""What a transfer file's database may hold besides intact pages: exactly Absensi's schema of
its own revision, links that point somewhere, and text without control characters.

The expected schema of a revision is made once per process by migrating an empty temporary
SQLite file to that revision with alembic (imported only then), the same way the app builds
every database. :func:`schema_problems` compares ``sqlite_master`` object by object (type,
name, table, normalised SQL): an added trigger (``AFTER INSERT ON entry BEGIN DELETE ...``)
would otherwise run inside the app after the import. SQLite's own bookkeeping
(``sqlite_sequence``, ``sqlite_stat*``, the automatic indexes of UNIQUE/PRIMARY KEY) is not
compared; any other ``sqlite_`` object is.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
import threading
from pathlib import Path

#: (type, name) -> (table, normalised SQL), per revision, built once per process.
_EXPECTED: dict[str, dict[tuple[str, str], tuple[str, str]]] = {}
_LOCK = threading.Lock()

_INTERNAL_TABLES = re.compile(r"sqlite_(sequence|stat[1-4])")
_IDENTIFIER_QUOTES = str.maketrans("", "", '"`[]')

TYPE_WORDS = {"table": "tabel", "index": "indeks", "trigger": "trigger", "view": "view"}

#: Text columns a user types (the app refuses control characters in each on input), with the
#: words for a message. Tables or columns an older revision lacks are skipped.
TEXT_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "profile": ("profil pegawai", ("name", "nip", "asn_kind", "rank", "position", "unit", "agency",
                                   "supervisor_name", "supervisor_nip", "government", "address",
                                   "place")),
    "entry": ("kegiatan", ("description", "location", "unit", "evidence_file", "evidence_link")),
    "day_status": ("status hari", ("status", "leave_kind", "note")),
    "holiday_change": ("perubahan hari libur", ("name",)),
    "skp_period": ("periode SKP", ("name",)),
    "rhk": ("RHK", ("name", "indicator", "unit", "quality", "time_target", "supports")),
    "action_plan": ("Rencana Aksi", ("description",)),
}  # fmt: skip

#: Links kept as plain columns (no FOREIGN KEY, so ``foreign_key_check`` does not see them):
#: (table, column) -> (table pointed at, words for it).
PLAIN_LINKS = {
    ("entry", "rhk_id"): ("rhk", "RHK"),
    ("entry", "action_id"): ("action_plan", "Rencana Aksi"),
}


def normalise_sql(sql: str | None) -> str:
    """SQL text compared without its layout: identifier quotes, case and white space outside
    string literals do not matter; the literals themselves do."""
    if not sql:
        return ""
    parts = re.split(r"('(?:[^']|'')*')", sql)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a string literal, as written
            out.append(part)
            continue
        text = " ".join(part.translate(_IDENTIFIER_QUOTES).lower().split())
        out.append(re.sub(r"\s*([(),;=<>])\s*", r"\1", text))
    return "".join(out).strip().rstrip(";")


def _internal(kind: str, name: str, sql: str | None) -> bool:
    if kind == "table" and _INTERNAL_TABLES.fullmatch(name):
        return True
    return kind == "index" and name.startswith("sqlite_autoindex_") and sql is None


def schema_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """The objects of ``conn``'s schema except SQLite's internals."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (str(kind), str(name)): (str(table), normalise_sql(sql))
        for kind, name, table, sql in rows
        if not _internal(str(kind), str(name), sql)
    }


def expected_schema(revision: str) -> dict[tuple[str, str], tuple[str, str]]:
    """Absensi's schema at ``revision`` (a known revision), made once per process."""
    with _LOCK:
        cached = _EXPECTED.get(revision)
        if cached is not None:
            return cached
        from absensi_app.store.migrate import build_at

        with tempfile.TemporaryDirectory(prefix="absensi-skema-") as folder:
            path = build_at(Path(folder) / "skema.sqlite", revision)
            with sqlite3.connect(path) as conn:
                objects = schema_objects(conn)
            conn.close()
        _EXPECTED[revision] = objects
        return objects


def schema_problem(conn: sqlite3.Connection, revision: str) -> str | None:
    """The first difference from Absensi's schema at ``revision``, as words for a sentence
    ("berisi trigger 'evil' yang bukan bagian dari Absensi"), or None."""
    expected = expected_schema(revision)
    actual = schema_objects(conn)
    for key in sorted(actual.keys() - expected.keys()):
        kind, name = key
        return f"berisi {TYPE_WORDS.get(kind, kind)} '{name}' yang bukan bagian dari Absensi"
    for key in sorted(expected.keys() - actual.keys()):
        kind, name = key
        return f"tidak berisi {TYPE_WORDS.get(kind, kind)} '{name}' dari skema Absensi revisi {revision}"
    for key in sorted(expected):
        if actual[key] != expected[key]:
            kind, name = key
            return f"berisi {TYPE_WORDS.get(kind, kind)} '{name}' yang berbeda dari skema Absensi revisi {revision}"
    return None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def link_problem(conn: sqlite3.Connection) -> str | None:
    """A row pointing at a row that does not exist (declared foreign keys, and the plain
    links of an entry to its RHK and Rencana Aksi), as words for a sentence, or None."""
    row = conn.execute("PRAGMA foreign_key_check").fetchone()
    if row is not None:
        table, rowid, parent = row[0], row[1], row[2]
        return f"baris {rowid} di tabel {table} menunjuk ke tabel {parent} pada baris yang tidak ada"
    for (table, column), (parent, words) in PLAIN_LINKS.items():
        if column not in _columns(conn, table) or not _columns(conn, parent):
            continue
        found = conn.execute(
            f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL "
            f"AND {column} NOT IN (SELECT id FROM {parent}) LIMIT 1"
        ).fetchone()
        if found is not None:
            return (f"baris {found[0]} di tabel {table} menunjuk ke {words} nomor {found[1]} yang tidak ada "
                    f"(kolom {column})")
    return None


def text_problem(conn: sqlite3.Connection) -> str | None:
    """A control character (other than tab and newline) or binary data in a text column a user
    types, as words for a sentence naming the table and column, or None."""
    from absensi_app.domain.rules import find_control

    for table, (words, columns) in TEXT_COLUMNS.items():
        present = _columns(conn, table)
        for column in (c for c in columns if c in present):
            for rowid, value in conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL"):
                if isinstance(value, bytes):
                    return f"data biner, bukan teks, di {words} (tabel {table}, kolom {column}, baris {rowid})"
                bad = find_control(value) if isinstance(value, str) else None
                if bad is not None:
                    return (f"karakter kendali (U+{ord(bad):04X}) di {words} (tabel {table}, kolom {column}, "
                            f"baris {rowid})")
    return None
