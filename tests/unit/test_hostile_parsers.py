"""Property tests for every parser of outside data: whatever bytes or structures arrive, the
parser either succeeds or raises one AbsensiError with a sentence, and a refusal leaves the
database exactly as it was.

Parsers: JSON documents (plan files), SKP plans, certificates for the trust store, PKCS#12
files, signed summaries. Transfer files have their own in tests/unit/test_transfer.py.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from absensi_app.config import AppPaths
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Outcome
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.files import parse_json_document
from absensi_app.signing import keys

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi uji panjang"
SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _db_digest(ctx: AppContext) -> str:
    """The database's content (every row of every table), independent of page layout."""
    con = sqlite3.connect(ctx.paths.database)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def _message_is_a_sentence(exc: AbsensiError) -> None:
    text = exc.message
    assert text and "\n" not in text.strip() and "Traceback" not in text


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("hostile")
    ctx = open_context(AppPaths(tmp / "data"), Clock(NOW))
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip, SAMPLE_PROFILE.agency, PASS, datetime.now())
    out = tmp / "ringkasan.pdf"
    ctx.export.export_pdf(2026, 11, out, PASS)
    plan = ctx.skp.export_plan(ctx.skp.periods()[0].id)
    yield {"ctx": ctx, "pdf": out.read_bytes(), "plan": plan, "cert": keys.load_certificate_pem(ctx.paths.keys_dir)}
    ctx.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


@SETTINGS
@given(st.binary(max_size=300))
def test_json_documents_parse_or_give_a_sentence(data: bytes) -> None:
    try:
        parse_json_document(data, "berkas.json")
    except AbsensiError as exc:
        _message_is_a_sentence(exc)


def test_deep_nesting_and_a_bom_in_json() -> None:
    assert parse_json_document(b'\xef\xbb\xbf{"a": 1}', "x.json") == {"a": 1}
    with pytest.raises(AbsensiError, match="bersarang terlalu dalam"):
        parse_json_document(b"[" * 200_000 + b"]" * 200_000, "x.json")


def _mutate(plan: dict, data) -> object:  # noqa: ANN001
    """A valid plan with one part, found by a random walk, replaced by something else."""
    copy = json.loads(json.dumps(plan))
    parent, key = None, None
    node: object = copy
    for _ in range(data.draw(st.integers(1, 5))):
        if isinstance(node, dict) and node:
            parent, key = node, data.draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            parent, key = node, data.draw(st.integers(0, len(node) - 1))
        else:
            break
        node = parent[key]
    if parent is None:
        return data.draw(json_values)
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[key]
    else:
        parent[key] = data.draw(json_values)
    return copy


@SETTINGS
@given(data=st.data())
def test_skp_plans_import_or_refuse_and_leave_the_database(world, data) -> None:  # noqa: ANN001
    ctx: AppContext = world["ctx"]
    candidate = _mutate(world["plan"], data) if data.draw(st.booleans()) else data.draw(json_values)
    before = _db_digest(ctx)
    try:
        ctx.skp.import_plan(candidate, year=2031, replace=True)
    except AbsensiError as exc:
        _message_is_a_sentence(exc)
        assert _db_digest(ctx) == before
    else:  # an accepted plan went to 2031; take it away again for the next example
        for period in ctx.skp.periods():
            if period.first.year == 2031:
                ctx.skp.delete_period(period.id)


@SETTINGS
@given(data=st.data())
def test_certificates_are_trusted_or_refused(world, data) -> None:  # noqa: ANN001
    ctx: AppContext = world["ctx"]
    cert: bytes = world["cert"]
    raw = data.draw(st.one_of(
        st.binary(max_size=400),
        st.builds(lambda i, b: cert[:i] + bytes([b]) + cert[i + 1:], st.integers(0, len(cert) - 1), st.integers(0, 255)),
        st.builds(lambda n: cert[:n], st.integers(0, len(cert))),
    ))
    before = _db_digest(ctx)
    try:
        added = ctx.trust.add(raw)
    except AbsensiError as exc:
        _message_is_a_sentence(exc)
        assert _db_digest(ctx) == before
    else:
        ctx.trust.remove(added.fingerprint)


@SETTINGS
@given(st.binary(max_size=600))
def test_pkcs12_files_are_refused_with_a_sentence(tmp_path_factory, data: bytes) -> None:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("p12")
    with pytest.raises(AbsensiError) as err:
        keys.import_pkcs12(folder, data, "sandi", PASS)
    _message_is_a_sentence(err.value)
    assert not any(folder.iterdir())  # nothing was written


@SETTINGS
@given(data=st.data())
def test_summaries_always_get_a_verdict(world, data) -> None:  # noqa: ANN001
    ctx: AppContext = world["ctx"]
    pdf: bytes = world["pdf"]
    changed = data.draw(st.one_of(
        st.binary(max_size=500),
        st.builds(lambda i, b: pdf[:i] + bytes([b ^ 0x5A]) + pdf[i + 1:], st.integers(0, len(pdf) - 1), st.integers(1, 255)),
        st.builds(lambda n: pdf[:n], st.integers(0, len(pdf) - 1)),
        st.builds(lambda i, junk: pdf[:i] + junk + pdf[i:], st.integers(0, len(pdf)), st.binary(min_size=1, max_size=50)),
    ))
    before = _db_digest(ctx)
    verdict = ctx.verification.verify(changed)  # never raises
    assert verdict.outcome is not Outcome.VALID or changed == pdf
    assert _db_digest(ctx) == before


def test_the_untouched_summary_is_valid(world) -> None:  # noqa: ANN001
    # the property above is only meaningful if the original verifies
    assert world["ctx"].verification.verify(world["pdf"]).outcome is Outcome.VALID

