"""services.transfer: a transfer file's database must be exactly Absensi's schema of its own
revision, with links that point somewhere and text without control characters.

Every bad database here is a real SQLite image edited with SQL, in a real transfer file whose
manifest lists it with its new size and hash (a careful forger: ``rewrite`` from
test_transfer), so only the new checks stand between it and the data folder.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.transfer import DATABASE, TransferError, import_transfer, read_transfer
from absensi_app.services.transfer import schema
from tests.unit.test_hostile_parsers import _message_is_a_sentence
from tests.unit.test_transfer import NOW, _open, exported, rewrite, source, target  # noqa: F401 - fixtures


def _image_after(good: Path, script: str) -> bytes:
    """The transfer file's database after ``script`` (foreign keys off, as a forger's tool has them)."""
    with zipfile.ZipFile(good) as zf:
        image = zf.read(DATABASE)
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        conn.executescript(script)
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


def _forged(good: Path, out: Path, script: str) -> Path:
    image = _image_after(good, script)
    return rewrite(good, out, lambda members, manifest: members.__setitem__(DATABASE, image))


_SKP = ("INSERT INTO skp_period (id, first_day, last_day, name) VALUES (1, '2026-01-01', '2026-12-31', 'SKP 2026');"
        "INSERT INTO rhk (id, period_id, position, kind, name, indicator, target, unit, quality, time_target, supports) "
        "VALUES (1, 1, 1, 'utama', 'Layanan aplikasi', 'Aplikasi berjalan', 12, 'laporan', '', '', '');")  # fmt: skip

BAD_DATABASES = {
    # the schema: an object added, missing or changed
    "trigger": ("CREATE TRIGGER evil AFTER INSERT ON entry BEGIN DELETE FROM entry; END;",
                "berisi trigger 'evil' yang bukan bagian dari Absensi"),
    "table": ("CREATE TABLE catatan_lain (x TEXT);", "berisi tabel 'catatan_lain' yang bukan bagian dari Absensi"),
    "index": ("CREATE INDEX ix_lain ON entry (description);", "berisi indeks 'ix_lain'"),
    "view": ("CREATE VIEW semua AS SELECT * FROM entry;", "berisi view 'semua'"),
    "dropped-trigger": ("DROP TRIGGER history_no_delete;", "tidak berisi trigger 'history_no_delete'"),
    "dropped-index": ("DROP INDEX ix_entry_day;", "tidak berisi indeks 'ix_entry_day'"),
    "changed-table": ("ALTER TABLE entry ADD COLUMN rahasia TEXT;", "tabel 'entry' yang berbeda"),
    "changed-trigger": ("DROP TRIGGER history_no_update; CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
                        "BEGIN SELECT 1; END;", "trigger 'history_no_update' yang berbeda"),
    # links that point nowhere
    "foreign-key": ("INSERT INTO rhk (id, period_id, position, kind, name, indicator, target, unit, quality, "
                    "time_target, supports) VALUES (7, 99999, 1, 'utama', 'x', '', 1, 'laporan', '', '', '');",
                    "tabel rhk menunjuk ke tabel skp_period"),
    "entry-rhk": ("UPDATE entry SET rhk_id = 99999;", "menunjuk ke RHK nomor 99999 yang tidak ada (kolom rhk_id)"),
    "entry-action": (_SKP + "UPDATE entry SET rhk_id = 1, action_id = 424242;", "Rencana Aksi nomor 424242"),
    # control characters in what a user types
    "profile-esc": ("UPDATE profile SET name = 'Budi' || char(27) || '[2J';",
                    "karakter kendali (U+001B) di profil pegawai (tabel profile, kolom name"),
    "profile-bel": ("UPDATE profile SET unit = 'Aplikasi' || char(7);", "(tabel profile, kolom unit"),
    "entry-description": ("UPDATE entry SET description = 'Rapat' || char(27) || ']0;judul' || char(7);",
                          "(tabel entry, kolom description"),
    "entry-unit": ("UPDATE entry SET unit = 'lap' || char(0) || 'oran', quantity = 1;", "kolom unit"),
    "entry-link": ("UPDATE entry SET evidence_link = 'https://contoh.go.id/' || char(127);", "kolom evidence_link"),
    "day-note": ("INSERT INTO day_status (day, status, leave_kind, note, updated_at) VALUES ('2026-11-26', 'cuti', "
                 "'tahunan', 'Keluarga' || char(27), '2026-11-26 10:00:00');", "status hari (tabel day_status, kolom note"),
    "holiday": ("INSERT INTO holiday_change (day, is_holiday, name) VALUES ('2026-08-09', 1, 'Hari Jadi' || char(8));",
                "tabel holiday_change, kolom name"),
    "rhk-indicator": (_SKP + "UPDATE rhk SET indicator = 'IKI' || char(27) || '[31m';", "RHK (tabel rhk, kolom indicator"),
    "action-plan": (_SKP + "INSERT INTO action_plan (id, rhk_id, position, description, year, month, quarter, target) "
                    "VALUES (1, 1, 1, 'Rencana' || char(155), 2026, 11, NULL, 1);",
                    "Rencana Aksi (tabel action_plan, kolom description"),
    "binary": ("UPDATE entry SET description = x'00ff';", "data biner"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_a_database_that_is_not_exactly_absensis_is_refused(case: str, exported: Path, tmp_path: Path,  # noqa: F811
                                                            target: AppPaths, clock) -> None:  # noqa: ANN001, F811
    script, words = BAD_DATABASES[case]
    forged = _forged(exported, tmp_path / "palsu.zip", script)
    with pytest.raises(TransferError) as refused:
        import_transfer(target, forged, replace=True, now=NOW, clock=clock)
    _message_is_a_sentence(refused.value)
    assert words in refused.value.message and "tidak diimpor" in refused.value.message
    assert not target.data_dir.exists()


def test_tab_newline_and_sqlite_bookkeeping_are_fine(exported: Path, tmp_path: Path, target: AppPaths,  # noqa: F811
                                                     clock) -> None:  # noqa: ANN001
    # What SQLite or the app itself may leave (statistics of ANALYZE, the autoincrement counters)
    # and the white space a description may hold are not refusals.
    forged = _forged(exported, tmp_path / "baik.zip",
                     "UPDATE entry SET description = 'Rapat' || char(10) || char(9) || 'lanjutan'; ANALYZE;")
    with zipfile.ZipFile(forged) as zf:
        conn = sqlite3.connect(":memory:")
        conn.deserialize(zf.read(DATABASE))
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
    assert {"sqlite_stat1", "sqlite_sequence"} <= names
    import_transfer(target, forged, replace=False, now=NOW, clock=clock)


def test_the_trigger_would_have_emptied_the_log(exported: Path, tmp_path: Path, target: AppPaths,  # noqa: F811
                                                clock) -> None:  # noqa: ANN001
    """Why the schema matters: the same database, had it been taken in, loses every new entry."""
    image = _image_after(exported, BAD_DATABASES["trigger"][0])
    db = tmp_path / "lihat.sqlite"
    db.write_bytes(image)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO entry (day, minutes, location, description, created_at, updated_at) "
                 "VALUES ('2026-11-27', 30, 'kantor', 'baru', '2026-11-27 10:00', '2026-11-27 10:00')")
    assert conn.execute("SELECT count(*) FROM entry").fetchone() == (0,)
    conn.close()
    # the good file is taken in, and its log keeps what is added
    import_transfer(target, exported, replace=False, now=NOW, clock=clock)
    ctx = _open(target, clock)
    try:
        ctx.worklog.add(EntryDraft(day=date(2026, 11, 26), location=Location.from_code("rumah"),
                                   description="Tetap ada", minutes=30))  # fmt: skip
        assert "Tetap ada" in [e.description for e in ctx.worklog.month_entries(2026, 11)]
    finally:
        ctx.close()


def test_the_expected_schema_is_built_once_per_revision(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    read_transfer(exported).close()  # built (or already cached)
    from alembic import command

    def no_second_build(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the schema was built again")

    monkeypatch.setattr(command, "upgrade", no_second_build)
    read_transfer(exported).close()
    from absensi_app.store.migrate import HEAD_REVISION  # the exported file's revision

    assert schema.expected_schema(HEAD_REVISION) is schema.expected_schema(HEAD_REVISION)


def test_alembic_is_not_imported_until_a_file_is_checked() -> None:
    code = ("import sys, absensi_app.services.transfer, absensi_app.cli.transfer; "
            "print('alembic' in sys.modules)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_sql_is_compared_without_its_layout() -> None:
    a = 'CREATE TABLE "x" (\n  id INTEGER NOT NULL,\n  CONSTRAINT pk PRIMARY KEY (id)\n)'
    b = "create table x(id integer not null, constraint pk primary key(id));"
    assert schema.normalise_sql(a) == schema.normalise_sql(b)
    assert schema.normalise_sql("SELECT RAISE(ABORT, 'a b')") != schema.normalise_sql("SELECT RAISE(ABORT, 'a  B')")
