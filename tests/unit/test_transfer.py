"""services.transfer: the transfer file's checks and the careful move into a data folder.

The command-line round trip is tests/cli/test_cli_transfer.py; here the service is driven
directly for the cases a subprocess cannot easily stage (an older schema, a database in use,
a failure half-way through the move), for the whole matrix of bad files (the command line
keeps a representative few), and for property tests of the reader: whatever a file's bytes,
it is read or refused with one sentence, and a refusal leaves the target folder as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE
from absensi_app.services.evidence import store_evidence_file
from absensi_app.services.files import FileRefused
from absensi_app.services.transfer import (
    DATABASE, FORMAT, MANIFEST, TransferError, export_transfer, import_transfer, read_transfer,
)  # fmt: skip
from absensi_app.signing.keys import CERT_FILE, KEY_FILE, create_identity
from absensi_app.store.migrate import HEAD_REVISION
from tests.conftest import FIXED_NOW, _drop_log_handlers
from tests.unit.test_hostile_parsers import _message_is_a_sentence, json_values

PASSPHRASE = "frasa-sandi-uji-123"
NOW = FIXED_NOW.astimezone()


def folder_state(folder: Path) -> dict[str, str] | None:
    """Every file and folder below ``folder`` with its content hash and mode (None if it does not exist)."""
    if not folder.exists():
        return None
    state = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            state[key] = "link:" + os.readlink(path)
        elif path.is_dir():
            state[key + "/"] = oct(path.stat().st_mode)
        else:
            state[key] = hashlib.sha256(path.read_bytes()).hexdigest() + oct(path.stat().st_mode)
    return state


def _open(paths: AppPaths, clock) -> AppContext:  # noqa: ANN001
    return open_context(paths, clock)


def _fill(ctx: AppContext, tmp_path: Path) -> AppContext:
    """An entry with an evidence file, and a signing key, for the profile saved in ``ctx``."""
    note = tmp_path / "notula.txt"
    note.write_text("notula\n", encoding="utf-8")
    evidence = store_evidence_file(note, ctx.paths.evidence_dir)
    ctx.worklog.add(EntryDraft(day=date(2026, 11, 27), location=Location.from_code("kantor"),
                               description="Rapat", start=time(8), end=time(9), evidence=evidence))  # fmt: skip
    profile = ctx.profile.require()
    create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASSPHRASE, ctx.clock.now())
    return ctx


@pytest.fixture
def source(ctx_with_profile: AppContext, tmp_path: Path) -> AppContext:
    """A data folder with an entry, an evidence file and a signing key."""
    return _fill(ctx_with_profile, tmp_path)


@pytest.fixture
def exported(source: AppContext, tmp_path: Path) -> Path:
    out = tmp_path / "pindah.zip"
    summary = export_transfer(source.paths, out, force=False, now=NOW, app_version="0.1.0")
    assert summary.entries == 1 and summary.months == 1 and summary.evidence_files == 1 and summary.signing_key
    return out


@pytest.fixture
def target(tmp_path: Path):  # noqa: ANN201
    paths = AppPaths(tmp_path / "baru")
    yield paths
    _drop_log_handlers(paths.data_dir)


def test_round_trip_at_service_level(source: AppContext, exported: Path, target: AppPaths, clock) -> None:  # noqa: ANN001
    summary = import_transfer(target, exported, replace=False, now=NOW, clock=clock)
    assert summary.nip == "198609262015051001" and not summary.migrated and summary.database_backup is None
    ctx = _open(target, clock)
    try:
        assert [e.description for e in ctx.worklog.month_entries(2026, 11)] == ["Rapat"]
        assert (target.keys_dir / KEY_FILE).read_bytes() == (source.paths.keys_dir / KEY_FILE).read_bytes()
        assert (target.keys_dir / CERT_FILE).read_bytes() == (source.paths.keys_dir / CERT_FILE).read_bytes()
    finally:
        ctx.close()


def test_an_older_schema_is_migrated_after_the_import(tmp_path: Path, target: AppPaths, clock) -> None:  # noqa: ANN001
    from alembic import command
    from sqlalchemy import text

    from absensi_app.store.database import make_engine
    from absensi_app.store.migrate import alembic_config

    old = AppPaths(tmp_path / "lama")
    old.data_dir.mkdir()
    engine = make_engine(old.database)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
        conn.execute(text(
            "INSERT INTO profile (id, name, nip, asn_kind, rank, position, unit, agency, supervisor_name, "
            "supervisor_nip, updated_at) VALUES (1, 'Budi Santoso', '198609262015051001', 'pns', 'III/b', "
            "'Pranata Komputer', 'Aplikasi', 'Kominfo', 'Siti', '197508172000032004', '2026-11-27 09:00:00')"
        ))  # fmt: skip
    engine.dispose()
    out = tmp_path / "pindah.zip"
    assert export_transfer(old, out, force=False, now=NOW, app_version="0.0.9").schema_revision == "0003"
    summary = import_transfer(target, out, replace=False, now=NOW, clock=clock)
    assert summary.migrated and summary.signing_key is False
    with sqlite3.connect(target.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        assert conn.execute("SELECT name FROM profile").fetchone() == ("Budi Santoso",)
    conn.close()


def test_export_refuses_an_unencrypted_private_key(source: AppContext, tmp_path: Path) -> None:
    (source.paths.keys_dir / KEY_FILE).write_bytes(b"-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n")
    out = tmp_path / "pindah.zip"
    with pytest.raises(TransferError, match="tidak dalam bentuk terenkripsi"):
        export_transfer(source.paths, out, force=False, now=NOW, app_version="0.1.0")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_without_a_profile_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="Belum ada profil"):
        export_transfer(ctx.paths, tmp_path / "x.zip", force=False, now=NOW, app_version="0.1.0")
    assert not (tmp_path / "x.zip").exists()


def test_a_database_in_use_is_not_replaced(source: AppContext, exported: Path, tmp_path: Path, clock) -> None:  # noqa: ANN001
    # The same person's folder, still open in "the app" (a connection holding the file).
    busy = AppPaths(tmp_path / "sibuk")
    import_transfer(busy, exported, replace=False, now=NOW, clock=clock)
    holder = sqlite3.connect(busy.database)
    holder.execute("PRAGMA journal_mode=WAL").fetchall()
    holder.execute("SELECT count(*) FROM entry").fetchall()
    try:
        before = folder_state(busy.data_dir)
        with pytest.raises(TransferError, match="sedang dipakai"):
            import_transfer(busy, exported, replace=True, now=NOW, clock=clock)
        assert folder_state(busy.data_dir) == before
    finally:
        holder.close()
        _drop_log_handlers(busy.data_dir)


def _imported_and_logged_on(there: AppPaths, transfer: Path, clock) -> AppPaths:  # noqa: ANN001
    """A folder that took ``transfer`` in and then got an entry of its own ("Hanya di sini")."""
    import_transfer(there, transfer, replace=False, now=NOW, clock=clock)
    _drop_log_handlers(there.data_dir)
    ctx = _open(there, clock)
    ctx.worklog.add(EntryDraft(day=date(2026, 11, 26), location=Location.from_code("rumah"),
                               description="Hanya di sini", minutes=30))  # fmt: skip
    ctx.close()
    _drop_log_handlers(there.data_dir)
    return there


def test_a_failed_move_puts_the_old_keys_back(source: AppContext, exported: Path, tmp_path: Path,
                                              clock, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    keys_before = folder_state(there.keys_dir)
    db_entries = lambda: sqlite3.connect(there.database).execute("SELECT description FROM entry").fetchall()  # noqa: E731
    real_replace = os.replace

    def failing_replace(src, dst):  # noqa: ANN001, ANN202
        if Path(dst) == there.database:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(TransferError, match="Data lama tetap di tempatnya"):
        import_transfer(there, exported, replace=True, now=NOW, clock=clock)
    monkeypatch.undo()
    assert folder_state(there.keys_dir) == keys_before
    assert ("Hanya di sini",) in db_entries()
    assert not [p for p in there.data_dir.iterdir() if p.name.startswith(".pindah")]
    assert list(there.backup_dir.glob("absensi-*-before-import.sqlite"))  # made before the move


def rewrite(good: Path, out: Path, edit=None, *, relist: bool = True, symlink: str | None = None) -> Path:  # noqa: ANN001
    """A copy of a transfer file after ``edit(members, manifest)`` changed either in place.
    ``relist`` lists the members in the manifest again with their sizes and hashes (a careful
    forger); without it the manifest stays as it was (or as ``edit`` left it). ``symlink`` names
    a member stored as a symbolic link."""
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        members = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    if edit is not None:
        edit(members, manifest)
    if relist:
        manifest["members"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                               for n, d in members.items()]  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if name == symlink:
                info.create_system = 3
                info.external_attr = 0o120777 << 16
            zf.writestr(info, data)
        zf.writestr(MANIFEST, json.dumps(manifest))
    out.write_bytes(buffer.getvalue())
    return out


def _forge(good: Path, out: Path, edit) -> Path:  # noqa: ANN001
    """Rewrite a transfer file; ``edit(members, manifest)`` changes either, hashes relisted."""
    return rewrite(good, out, edit)


def _image_with(good: Path, sql: str) -> bytes:
    with zipfile.ZipFile(good) as zf:
        image = zf.read(DATABASE)
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    conn.execute(sql)
    conn.commit()
    data = conn.serialize()
    conn.close()
    return data


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda m, man: m.__setitem__(DATABASE, b"SQLite format 3\x00" + b"\x00" * 200), "SQLite"),
        (lambda m, man: m.__setitem__(DATABASE, b"bukan database"), "bukan database SQLite"),
        (lambda m, man: man.update(format="lain"), "bukan berkas pindah"),
        (lambda m, man: man.update(nip="12345"), "18 digit"),
        (lambda m, man: m.pop(DATABASE), "tidak berisi database"),
        (lambda m, man: m.__setitem__("logs/absensi.log", b"x"), "bukan bagian data Absensi"),
        (lambda m, man: m.__setitem__("keys/lain.key", b"x"), "bukan bagian data Absensi"),
        (lambda m, man: m.__setitem__("bukti/.tersembunyi", b"x"), "tidak aman"),
        (lambda m, man: m.__setitem__("bukti\\..\\x", b"x"), "tidak aman"),
        (lambda m, man: m.__setitem__("keys/ca-pribadi-kunci.json", b'{"format": "lain"}'), "tidak terenkripsi"),
    ],
)
def test_forged_files_are_refused(exported: Path, tmp_path: Path, target: AppPaths, clock, edit, words: str) -> None:  # noqa: ANN001
    forged = _forge(exported, tmp_path / "palsu.zip", edit)
    with pytest.raises(TransferError, match=words):
        import_transfer(target, forged, replace=True, now=NOW, clock=clock)
    assert not target.data_dir.exists()


def test_a_database_without_profile_or_damaged_is_refused(exported: Path, tmp_path: Path, target: AppPaths, clock) -> None:  # noqa: ANN001
    no_profile = _image_with(exported, "DELETE FROM profile")
    forged = _forge(exported, tmp_path / "a.zip", lambda m, man: m.__setitem__(DATABASE, no_profile))
    with pytest.raises(TransferError, match="tidak berisi profil"):
        import_transfer(target, forged, replace=False, now=NOW, clock=clock)
    with zipfile.ZipFile(exported) as zf:
        image = bytearray(zf.read(DATABASE))
    conn = sqlite3.connect(":memory:")
    conn.deserialize(bytes(image))
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'profile'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    start = (root - 1) * page_size
    image[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"  # a broken b-tree page
    broken = _forge(exported, tmp_path / "b.zip", lambda m, man: m.__setitem__(DATABASE, bytes(image)))
    with pytest.raises(TransferError):
        import_transfer(target, broken, replace=False, now=NOW, clock=clock)
    assert not target.data_dir.exists()


def test_read_transfer_refuses_devices_and_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FileRefused, match="perangkat"):
        read_transfer("/dev/zero")
    big = tmp_path / "besar.zip"
    big.write_bytes(b"PK")
    monkeypatch.setattr("absensi_app.services.transfer.reading.MAX_TRANSFER_BYTES", 1)  # where read_transfer looks it up
    with pytest.raises(TransferError, match="terlalu besar"):
        read_transfer(big)


def test_manifest_records_what_the_docs_say(exported: Path) -> None:
    with zipfile.ZipFile(exported) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["format"] == FORMAT and manifest["version"] == 1
    assert set(manifest) == {"format", "version", "app_version", "created_at", "nip", "name",
                             "schema_revision", "contents", "members"}  # fmt: skip
    assert set(manifest["contents"]) == {"entries", "months", "locked_months", "evidence_files", "signing_key"}
    assert datetime.fromisoformat(manifest["created_at"]).tzinfo is not None


# ---- the bad-file matrix (the command line runs a representative few of these) -----------------
OTHER_NIP = "199009132025242014"  # a PPPK colleague


def hostile_files(good: Path, base: Path) -> dict[str, tuple[Path, str]]:
    """Bad transfer files made from ``good`` in ``base``, and the words their refusal must contain."""
    base.mkdir(exist_ok=True)
    with zipfile.ZipFile(good) as zf:
        evidence = next(n for n in zf.namelist() if n.startswith("bukti/"))
        image = zf.read(DATABASE)
        same_size = zf.read(evidence)[::-1]  # same length, other bytes
    fifo = base / "pipa.zip"
    os.mkfifo(fifo)
    truncated = base / "terpotong.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text = base / "catatan.zip"
    text.write_text("ini bukan arsip\n", encoding="utf-8")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    newer_image = conn.serialize()
    conn.close()

    def put(name: str, data: bytes):  # noqa: ANN202
        return lambda m, man: m.__setitem__(name, data)

    plain_key = b"-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n"
    return {
        "hash": (rewrite(good, base / "diubah.zip", put(evidence, same_size), relist=False), "SHA-256"),
        "size": (rewrite(good, base / "ukuran.zip", put(evidence, b"bukti palsu\n"), relist=False), "tidak cocok"),
        "dotdot": (rewrite(good, base / "naik.zip", put("bukti/../../jahat.txt", b"x")), "tidak aman"),
        "dotdot-unlisted": (rewrite(good, base / "naik2.zip", put("../jahat.txt", b"x"), relist=False),
                            "tidak aman"),
        "absolute": (rewrite(good, base / "mutlak.zip", put("/tmp/jahat.txt", b"x")), "tidak aman"),
        "symlink": (rewrite(good, base / "tautan.zip", put("bukti/ab/tautan", b"/etc/passwd"),
                            symlink="bukti/ab/tautan"), "tautan simbolik"),
        "extra": (rewrite(good, base / "lebih.zip", put("bukti/ab/tambahan.txt", b"x"), relist=False),
                  "tidak tercantum"),
        "missing": (rewrite(good, base / "kurang.zip", lambda m, man: m.pop(evidence), relist=False),
                    "tidak lengkap"),
        "truncated": (truncated, "terpotong"),
        "fifo": (fifo, "pipa"),
        "text": (text, "bukan berkas pindah"),
        "newer": (rewrite(good, base / "baru.zip", put(DATABASE, newer_image)), "lebih baru"),
        "version": (rewrite(good, base / "versi.zip", lambda m, man: man.update(version=2), relist=False),
                    "versi 2"),
        "nip": (rewrite(good, base / "nip.zip", lambda m, man: man.update(nip=OTHER_NIP), relist=False),
                "tidak konsisten"),
        "plain-key": (rewrite(good, base / "kunci.zip", put("keys/tanda-tangan-kunci.json", plain_key)),
                      "tidak terenkripsi"),
        "directory": (base, "folder"),
    }


HOSTILE_CASES = ["hash", "size", "dotdot", "dotdot-unlisted", "absolute", "symlink", "extra", "missing",
                 "truncated", "fifo", "text", "newer", "version", "nip", "plain-key", "directory"]  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Made once: a transfer file of a full folder, a folder where the same person already logs
    (what a refused ``--replace`` import could damage most), and the bad files."""
    base = tmp_path_factory.mktemp("pindah")
    clock = Clock(fixed=FIXED_NOW)
    old = open_context(AppPaths(base / "lama"), clock)
    try:
        old.profile.save(SAMPLE_PROFILE)
        _fill(old, base)
        good = base / "pindah.zip"
        export_transfer(old.paths, good, force=False, now=NOW, app_version="0.1.0")
    finally:
        old.close()
        _drop_log_handlers(old.paths.data_dir)
    same = _imported_and_logged_on(AppPaths(base / "sama"), good, clock)
    yield {"good": good, "same": same, "clock": clock, "base": base,
           "hostile": hostile_files(good, base / "jahat")}  # fmt: skip
    _drop_log_handlers(same.data_dir)


def _refused(target: AppPaths, path: Path, clock: Clock, *, replace: bool) -> AbsensiError:
    with pytest.raises(AbsensiError) as refused:
        import_transfer(target, path, replace=replace, now=NOW, clock=clock)
    _message_is_a_sentence(refused.value)
    return refused.value


@pytest.mark.parametrize("case", HOSTILE_CASES)
def test_bad_files_are_refused_and_change_nothing(case: str, world: dict, tmp_path: Path) -> None:
    path, words = world["hostile"][case]
    # into a folder of the same person, with replace: everything is checked before anything is moved
    before = folder_state(world["same"].data_dir)
    assert words in _refused(world["same"], path, world["clock"], replace=True).message
    assert folder_state(world["same"].data_dir) == before
    # into a new computer's folder: it is not even created
    new = AppPaths(tmp_path / "baru")
    assert words in _refused(new, path, world["clock"], replace=False).message
    assert not new.data_dir.exists()
    assert not (tmp_path / "jahat.txt").exists() and not Path("/tmp/jahat.txt").exists()


# ---- property tests: mutated real transfer files ---------------------------------------------
SETTINGS = settings(
    max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_CHECKED_MANIFEST_KEYS = ("format", "version", "nip", "members")  # the rest is information only


def _content(path: Path) -> tuple[dict, dict[str, bytes]] | None:
    """What an import takes from a file: the checked manifest keys and every member's bytes."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST))
            members = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    except Exception:  # noqa: BLE001 - anything unreadable is simply not the untouched file
        return None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), list):
        return None
    checked = {k: manifest.get(k) for k in _CHECKED_MANIFEST_KEYS}
    checked["members"] = [(m.get("name"), m.get("size"), m.get("sha256")) if isinstance(m, dict) else m
                          for m in manifest["members"]]  # other keys of an entry are ignored too
    return checked, members


def _read_or_refuse(world: dict, path: Path) -> None:
    """The property: read_transfer either reads the file or refuses with one sentence; then
    import_transfer into the same person's folder (with replace) either takes in a file whose
    content is the untouched file's, or refuses with one sentence and leaves the folder as it was."""
    try:
        read_transfer(path).close()
    except AbsensiError as exc:
        _message_is_a_sentence(exc)
    target = world["same"]
    before = folder_state(target.data_dir)
    try:
        import_transfer(target, path, replace=True, now=NOW, clock=world["clock"])
    except AbsensiError as exc:
        _message_is_a_sentence(exc)
        assert folder_state(target.data_dir) == before
    else:
        _drop_log_handlers(target.data_dir)
        assert _content(path) == _content(world["good"]), "a changed file was taken in"


def _mutated(world: dict, data: bytes) -> Path:
    path = world["base"] / "mutasi.zip"
    path.write_bytes(data)
    return path


@SETTINGS
@given(data=st.data())
def test_flipped_truncated_or_padded_files_are_read_or_refused(world: dict, data: st.DataObject) -> None:
    raw = bytearray(world["good"].read_bytes())
    how = data.draw(st.sampled_from(["flip", "truncate", "insert"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 4))):
            raw[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del raw[data.draw(st.integers(0, len(raw) - 1)):]
    else:
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
    _read_or_refuse(world, _mutated(world, bytes(raw)))


@SETTINGS
@given(data=st.data())
def test_rewritten_manifests_are_read_or_refused(world: dict, data: st.DataObject) -> None:
    with zipfile.ZipFile(world["good"]) as zf:
        count = len(json.loads(zf.read(MANIFEST))["members"])
    how = data.draw(st.sampled_from(["key", "member", "whole"]))
    value = data.draw(json_values)
    if how == "key":
        key = data.draw(st.sampled_from(_CHECKED_MANIFEST_KEYS) | st.sampled_from(
            ["app_version", "created_at", "name", "schema_revision", "contents", "lain"]))  # fmt: skip

        def edit(members: dict, manifest: dict) -> None:
            manifest[key] = value
    elif how == "member":
        index = data.draw(st.integers(0, count - 1))
        field = data.draw(st.sampled_from(["name", "size", "sha256", "lain"]))

        def edit(members: dict, manifest: dict) -> None:
            manifest["members"][index][field] = value
    else:

        def edit(members: dict, manifest: dict) -> None:
            manifest.clear()
            manifest["__whole__"] = value
    path = rewrite(world["good"], world["base"] / "mutasi.zip", edit, relist=False)
    if how == "whole":  # the manifest is the random value itself, not an object holding it
        with zipfile.ZipFile(world["good"]) as zf:
            members = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, member in members.items():
                zf.writestr(name, member)
            zf.writestr(MANIFEST, json.dumps(value))
    _read_or_refuse(world, path)


member_names = st.tuples(
    st.sampled_from(["", "bukti/", "bukti/ab/", "keys/", "keys/arsip/", "../", "/", "logs/", "bukti\\"]),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
).map("".join)


@SETTINGS
@given(names=st.lists(member_names, min_size=1, max_size=3, unique=True), content=st.binary(max_size=50),
       relist=st.booleans())  # fmt: skip
def test_added_members_are_read_or_refused(world: dict, names: list[str], content: bytes, relist: bool) -> None:
    def edit(members: dict, manifest: dict) -> None:
        for name in names:
            if name.split("\x00")[0] not in members and name.split("\x00")[0] != MANIFEST:
                members[name] = content

    _read_or_refuse(world, rewrite(world["good"], world["base"] / "mutasi.zip", edit, relist=relist))


def test_the_untouched_file_is_taken_in(world: dict) -> None:
    _read_or_refuse(world, world["good"])


# ---- the target database: damaged, newer, locked, read-only ----------------------------------
def _damage(db: Path, kind: str) -> None:
    data = db.read_bytes()
    if kind == "empty":
        db.write_bytes(b"")
    elif kind == "not-sqlite":
        db.write_bytes(b"catatan lama yang bukan database\n" * 100)
    elif kind == "truncated":
        db.write_bytes(data[: len(data) // 2 + 100])
    else:  # damaged: a broken b-tree page in the middle of an intact-looking file
        conn = sqlite3.connect(db)
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        broken = bytearray(data)
        start = (root - 1) * page_size
        broken[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        db.write_bytes(bytes(broken))


DAMAGE_KINDS = ["empty", "not-sqlite", "truncated", "damaged"]


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_replace_keeps_a_damaged_database_aside_and_imports(kind: str, source: AppContext, exported: Path,
                                                             tmp_path: Path, clock) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    _damage(there.database, kind)
    wal = there.database.with_name(there.database.name + "-wal")
    if kind == "damaged":  # what a crash may leave beside it: kept with it, never deleted
        wal.write_bytes(b"sisa wal\n")
    damaged = there.database.read_bytes()
    summary = import_transfer(there, exported, replace=True, now=NOW, clock=clock)
    _drop_log_handlers(there.data_dir)
    kept = there.backup_dir / "rusak-20261128-150000-absensi.sqlite"
    assert summary.damaged_kept == kept and summary.damaged_kind == kind and summary.database_backup is None
    assert kept.read_bytes() == damaged
    if kind == "damaged":
        assert (there.backup_dir / "rusak-20261128-150000-absensi.sqlite-wal").read_bytes() == b"sisa wal\n"
    with closing_db(there.database) as conn:
        assert conn.execute("SELECT description FROM entry").fetchall() == [("Rapat",)]


def closing_db(path: Path):  # noqa: ANN201
    from contextlib import closing

    return closing(sqlite3.connect(path))


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_without_replace_a_damaged_database_is_refused_with_the_way_out(kind: str, source: AppContext,
                                                                        exported: Path, tmp_path: Path,
                                                                        clock) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    _damage(there.database, kind)
    before = folder_state(there.data_dir)
    refused = _refused(there, exported, clock, replace=False)
    assert "--replace" in refused.message and "tidak dihapus" in refused.message and "rusak-" in refused.message
    assert folder_state(there.data_dir) == before


def test_a_newer_target_database_is_refused_even_with_replace(source: AppContext, exported: Path,
                                                              tmp_path: Path, clock) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    with closing_db(there.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = folder_state(there.data_dir)
    refused = _refused(there, exported, clock, replace=True)
    assert "lebih baru" in refused.message and "9999" in refused.message
    assert folder_state(there.data_dir) == before


def test_a_locked_target_database_is_refused(source: AppContext, exported: Path, tmp_path: Path, clock) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    with closing_db(there.database) as conn:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    holder = sqlite3.connect(there.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        refused = _refused(there, exported, clock, replace=True)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "sedang dipakai" in refused.message
    assert not list(there.backup_dir.glob("*before-import*")) and not list(there.backup_dir.glob("rusak-*"))


def test_a_read_only_target_database_is_refused(source: AppContext, exported: Path, tmp_path: Path, clock,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == there.database and mode == os.W_OK
                        else real_access(p, mode, **kw))  # as for a non-root user after chmod 0444
    before = folder_state(there.data_dir)
    refused = _refused(there, exported, clock, replace=True)
    assert "hanya bisa dibaca" in refused.message
    assert folder_state(there.data_dir) == before


# ---- evidence the entries refer to but nobody has -------------------------------------------
def test_missing_evidence_is_reported_not_refused(source: AppContext, tmp_path: Path, target: AppPaths,
                                                  clock) -> None:  # noqa: ANN001
    evidence = [p for p in source.paths.evidence_dir.rglob("*") if p.is_file()]
    assert len(evidence) == 1
    name = evidence[0].relative_to(source.paths.evidence_dir).as_posix()
    evidence[0].unlink()
    out = tmp_path / "pindah.zip"
    summary = export_transfer(source.paths, out, force=False, now=NOW, app_version="0.1.0")
    assert summary.missing_evidence == (name,) and summary.evidence_files == 0
    assert import_transfer(target, out, replace=False, now=NOW, clock=clock).missing_evidence == (name,)
    # a folder that has the file already (it was copied by hand) gets no warning
    _drop_log_handlers(target.data_dir)
    (target.evidence_dir / name).parent.mkdir(parents=True, exist_ok=True)
    (target.evidence_dir / name).write_text("notula\n", encoding="utf-8")
    assert import_transfer(target, out, replace=True, now=NOW, clock=clock).missing_evidence == ()


def test_a_damaged_database_beside_another_persons_keys_is_still_refused(source: AppContext, exported: Path,
                                                                         tmp_path: Path, clock) -> None:  # noqa: ANN001
    import shutil

    there = _imported_and_logged_on(AppPaths(tmp_path / "sana"), exported, clock)
    shutil.rmtree(there.keys_dir)
    create_identity(there.keys_dir, "Rekan", OTHER_NIP, "Kominfo", PASSPHRASE, clock.now())
    _damage(there.database, "damaged")
    before = folder_state(there.data_dir)
    assert "pegawai lain" in _refused(there, exported, clock, replace=True).message
    assert folder_state(there.data_dir) == before
