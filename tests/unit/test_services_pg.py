"""What differs between SQLite and PostgreSQL, at the services: these run on both (``[sqlite]``
and ``[pg]``, see tests/conftest.py) and pin the behaviour the app has on SQLite.

Writers wait for each other (BEGIN IMMEDIATE there, an advisory lock here) so the history's
hash chain never forks; ids are never reused; ties in ordered lists break the same way; long
texts the rules accept fit their columns; a test's database starts empty.
"""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.rhk_feedback import MAX_FEEDBACK, RhkFeedback
from absensi_app.domain.skp import Rating
from absensi_app.services.context import AppContext
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.rhk_feedback import RhkFeedbackService

MONDAY = date(2026, 11, 2)


def entry(day: date, hour: int, text: str = "Menyusun laporan", unit: str | None = None) -> EntryDraft:
    return EntryDraft(day, Location.KANTOR, text, time(hour), time(hour + 1), None,
                      1 if unit else None, unit)  # fmt: skip


def test_each_run_is_on_the_database_it_names(ctx: AppContext, database_backend: str, clock) -> None:  # noqa: ANN001
    """[pg] really is PostgreSQL, for the ``ctx`` fixture and for a context a test opens itself."""
    from absensi_app.services import context

    expected = {"sqlite": "sqlite", "pg": "postgresql"}[database_backend]
    assert ctx.engine.dialect.name == expected
    assert ctx.paths.database.exists() is (expected == "sqlite")  # no SQLite file beside a server
    ctx.profile.save(SAMPLE_PROFILE)
    other = context.open_context(ctx.paths, clock)  # the same data folder: the same database
    try:
        assert other.engine.dialect.name == expected
        assert other.profile.require() == ctx.profile.require()
    finally:
        other.close()


def test_writers_at_once_wait_for_each_other_and_the_chain_holds(ctx_with_profile: AppContext) -> None:
    """Four threads add 15 entries each (one day each): every add reads the history's head and appends after
    it. Without one writer at a time two of them would read the same head (a forked chain, or
    a duplicate history id)."""
    ctx = ctx_with_profile
    before = ctx.history.count()
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(15):
                day = MONDAY + timedelta(days=n)
                ctx.worklog.add(EntryDraft(day, Location.KANTOR, f"Tugas {n}-{i}", minutes=10))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert ctx.history.count() == before + 60
    assert ctx.history.verify().ok
    ids = [e.id for e in ctx.worklog.entries_between(MONDAY, MONDAY + timedelta(days=3))]
    assert len(ids) == len(set(ids)) == 60


def test_ids_are_never_reused_and_an_undone_delete_keeps_its_id(ctx_with_profile: AppContext) -> None:
    log = ctx_with_profile.worklog
    a = log.add(entry(MONDAY, 8))
    b = log.add(entry(MONDAY, 9))
    log.delete(b.id)
    c = log.add(entry(MONDAY, 10))
    assert c.id > b.id > a.id  # b's number does not name a new entry
    log.delete(a.id)
    restored = log.restore(a)  # undo: the old id again, written explicitly
    assert restored.id == a.id
    d = log.add(entry(MONDAY, 11))  # the id sequence is not confused by the explicit id
    assert d.id > c.id
    assert [e.id for e in log.entries_between(MONDAY, MONDAY)] == [a.id, c.id, d.id]


def test_ties_in_suggestions_and_units_are_broken_alike(ctx_with_profile: AppContext) -> None:
    log = ctx_with_profile.worklog
    for hour, (text, unit) in enumerate([("Rapat", "dokumen"), ("Arsip", "berkas"), ("Laporan", "dokumen"),
                                         ("Arsip", "berkas"), ("Rapat", "laporan")], start=7):  # fmt: skip
        log.add(entry(MONDAY, hour, text, unit))
    log.add(entry(MONDAY + timedelta(days=1), 8, "Koordinasi", "surat"))
    log.add(entry(MONDAY + timedelta(days=1), 9, "Laporan", "surat"))
    # most used first, then the most recent day, then by the text itself
    assert log.suggestions() == ["Laporan", "Arsip", "Rapat", "Koordinasi"]
    assert log.units() == ["berkas", "dokumen", "surat", "laporan"]


def test_the_longest_feedback_the_rules_accept_is_kept_whole(ctx_with_profile: AppContext) -> None:
    # setting.value is TEXT since migration 0008 (VARCHAR(500) before: SQLite never enforces a
    # length, PostgreSQL refused this with a DataError)
    service = RhkFeedbackService(ctx_with_profile.sessions)
    name = "Laporan kinerja " * 62  # an RHK name of about 1,000 characters
    text = ("Sangat baik; " * 80)[:MAX_FEEDBACK]
    items = [RhkFeedback(1, name, text, Rating.SESUAI), RhkFeedback(2, "Rapat", "", None)]
    service.store("2026-11", 2, "disetujui", items)
    kept = service.for_month("2026-11")
    assert [kept[1].item, kept[2].item] == items
    assert kept[1].revision == 2 and kept[1].decision == "disetujui"


@pytest.mark.parametrize("name, key_length", [("Straße " * 14 + "ßß", 116), ("\ufb03" * 100, 300)],
                         ids=["sz", "ffi"])  # fmt: skip
def test_a_template_name_whose_casefold_is_longer_is_kept(
    ctx_with_profile: AppContext, name: str, key_length: int
) -> None:
    from absensi_app.domain.templates import MAX_NAME, TaskTemplate, name_key

    # "ß".casefold() is "ss" and "ﬃ" (U+FB03) is "ffi", the most any character grows: the key
    # of a name of 100 characters can be 300 long; task_template.name_key is VARCHAR(300)
    # since migration 0008 (100 before, which PostgreSQL enforced)
    assert len(name) == MAX_NAME and len(name_key(name)) == key_length
    added = ctx_with_profile.templates.add(TaskTemplate(name, "Menyusun laporan"))
    assert ctx_with_profile.templates.get(name.upper()) == added
    assert [t.name for t in ctx_with_profile.templates.list()] == [name]


def test_a_template_name_over_its_limit_is_refused_in_words(ctx_with_profile: AppContext) -> None:
    """The rule, not the column, refuses it: the same sentence on both databases, nothing kept."""
    from absensi_app.domain.errors import ValidationError
    from absensi_app.domain.templates import MAX_NAME, TaskTemplate

    with pytest.raises(ValidationError) as refused:
        ctx_with_profile.templates.add(TaskTemplate("ß" * (MAX_NAME + 1), "Menyusun laporan"))
    assert refused.value.message == "Nama templat terlalu panjang (101 karakter; paling banyak 100)."
    assert ctx_with_profile.templates.list() == []


@pytest.mark.parametrize("first", [date(2026, 1, 1), date(2026, 7, 1)])
def test_the_plan_touching_a_month_is_the_earlier_period(ctx_with_profile: AppContext, first: date) -> None:
    from absensi_app.domain.skp import SkpPeriod

    skp = ctx_with_profile.skp
    # created in either order: the month touched by both periods gets the earlier one
    periods = [SkpPeriod(None, date(2026, 1, 1), date(2026, 6, 15), "Semester 1"),
               SkpPeriod(None, date(2026, 6, 16), date(2026, 12, 31), "Semester 2")]  # fmt: skip
    for period in sorted(periods, key=lambda p: p.first != first):
        skp.create_period(period)
    touching = skp._plan_touching(2026, 6)  # noqa: SLF001 - the query under test
    assert touching is not None and touching.period.name == "Semester 1"


def test_every_test_starts_on_an_empty_database(ctx_with_profile: AppContext) -> None:
    # the [pg] databases are reused: a row or a sequence left behind would show here
    assert ctx_with_profile.history.count() == 0
    assert ctx_with_profile.worklog.entries_between(date(2000, 1, 1), date(2100, 1, 1)) == []
    first = ctx_with_profile.worklog.add(entry(MONDAY, 8))
    assert first.id == 1
    ctx_with_profile.worklog.add(entry(MONDAY, 9, "Rapat koordinasi", unit="laporan"))


def test_the_schema_the_migrations_make_is_the_models(ctx: AppContext) -> None:
    """On either database: what alembic's scripts built is what the ORM models say (types,
    lengths, nullability, indexes), so the services read the same columns everywhere."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from absensi_app.store.models import Base

    with ctx.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []


def test_0008_upgrades_a_0007_database_on_postgresql(pg_server) -> None:  # noqa: ANN001
    """Migration 0008 on a server database of revision 0007 with rows: plain ALTER COLUMN ...
    TYPE there (no rebuild); the rows, the unique key and the CHECK stay, and the long values
    fit afterwards."""
    from alembic import command
    from sqlalchemy import text
    from sqlalchemy.exc import DataError, IntegrityError

    from absensi_app.store.database import make_engine, write_engine
    from absensi_app.store.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade

    name = pg_server.new_database("absensi_0007")
    engine = make_engine(pg_server.url(name))
    insert = text("INSERT INTO task_template (name, name_key, description, minutes, created_at) "
                  "VALUES (:name, :key, 'Rapat koordinasi', :minutes, '2026-12-01 08:00:00')")  # fmt: skip
    try:
        with write_engine(engine).begin() as conn:
            command.upgrade(alembic_config(conn), "0007")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('offsite_weekly_limit', '3')"))
            conn.execute(insert, {"name": "Rapat", "key": "rapat", "minutes": 30})
        with pytest.raises(DataError), engine.begin() as conn:  # what 0008 is for
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('panjang', :v)"), {"v": "x" * 501})

        upgrade(engine)

        assert current_revision(engine) == HEAD_REVISION == "0008"
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('panjang', :v)"), {"v": "x" * 6000})
            conn.execute(insert, {"name": "ﬃ" * 100, "key": "ffi" * 100, "minutes": None})
            assert conn.execute(text("SELECT key, length(value) FROM setting ORDER BY key")).all() == [
                ("offsite_weekly_limit", 1), ("panjang", 6000)
            ]
            assert conn.execute(text("SELECT name, minutes FROM task_template ORDER BY id")).all() == [
                ("Rapat", 30), ("ﬃ" * 100, None)
            ]
        for row in ({"name": "RAPAT", "key": "rapat", "minutes": None}, {"name": "Apel", "key": "apel", "minutes": 0}):
            with pytest.raises(IntegrityError), engine.begin() as conn:
                conn.execute(insert, row)
    finally:
        engine.dispose()
        pg_server.drop(name)


def test_a_certificate_whose_nip_is_too_long_is_refused_and_nothing_is_stored(ctx_with_profile: AppContext) -> None:
    """trusted_cert.nip holds 18 characters (an ASN's NIP); PostgreSQL enforces it, SQLite would
    not: both refuse the certificate with a sentence, before anything is written."""
    from datetime import datetime, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from absensi_app.domain.errors import ValidationError

    def certificate(nip: str) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pejabat Uji"),
                             x509.NameAttribute(NameOID.SERIAL_NUMBER, nip)])  # fmt: skip
        now = datetime.now(timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
                .sign(key, hashes.SHA256()))  # fmt: skip
        return cert.public_bytes(serialization.Encoding.PEM)

    ctx = ctx_with_profile
    with pytest.raises(ValidationError) as caught:
        ctx.trust.add(certificate("1" * 19))
    assert "terlalu panjang (19 karakter" in caught.value.message
    assert ctx.trust.all() == []
    trusted = ctx.trust.add(certificate("197001012000011001"))  # 18: fits
    assert [c.nip for c in ctx.trust.all()] == [trusted.nip] == ["197001012000011001"]
