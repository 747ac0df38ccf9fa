"""The one typed reader of a summary's signed data (domain.report_reader): whatever JSON arrives,
it never raises and every field has its declared type; the app's own report reads back as
the same values; hostile shapes give the problems that say what is wrong."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from absensi_app.config import AppPaths
from absensi_app.domain.model import DayStatus, EntryDraft, Evidence, LeaveKind, Location
from absensi_app.domain.report import REPORT_SCHEMA, REPORT_VERSION, MonthReport, canonical_bytes, report_to_json
from absensi_app.domain.report_reader import (
    APPROVAL_PREFIX,
    MAX_ITEMS,
    MAX_NUMBER,
    MAX_PROBLEMS,
    MAX_TEXT,
    ApprovalRating,
    ReportPerson,
    ReportTotals,
    SignedApproval,
    SignedReport,
    read_approval,
    read_report,
    read_report_bytes,
)
from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month

NOW = datetime(2026, 11, 30, 16, 0)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


# ---- every field has its declared type -------------------------------------------------------
def _matches(value: object, hint: object) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, h) for h in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return isinstance(value, tuple) and all(_matches(v, item) for v in value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER
    if hint is float:
        return isinstance(value, float) and value == value and abs(value) <= MAX_NUMBER
    if hint is str:
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            return False
        value.encode("utf-8")  # no lone surrogate
        return True
    if hint is datetime or hint is date:
        return type(value) is hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return isinstance(value, hint) and _typed(value)
    return isinstance(value, hint)  # enums, time, bool


def _typed(obj: object) -> bool:
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        assert _matches(value, hints[f.name]), (type(obj).__name__, f.name, value)
    return True


def _all_problems_are_sentences(problems: tuple[str, ...]) -> None:
    assert isinstance(problems, tuple) and len(problems) <= MAX_PROBLEMS + 1
    assert all(isinstance(p, str) and p and "\n" not in p for p in problems)


# ---- hostile values --------------------------------------------------------------------------
scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30) | st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10)
    | st.just("x" * (MAX_TEXT + 1)) | st.just("\ud800 lone") | st.just("2026-02-30") | st.just("24:00")
    | st.sampled_from(["2026-11", "2026-11-03", "07:30", "kantor", "rumah", "hadir", "cuti", "tahunan",
                      "utama", "sesuai", "di-atas", "disetujui", "dikembalikan", "2026-11-30T16:00:00"])
)  # fmt: skip
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


def _mutate(document: dict, data: st.DataObject) -> object:
    """``document`` with parts found by a random walk replaced by hostile values, or deleted."""
    copy = json.loads(json.dumps(document))
    for _ in range(data.draw(st.integers(1, 4))):
        parent, key, node = None, None, copy
        for _ in range(data.draw(st.integers(1, 4))):
            if isinstance(node, dict) and node:
                parent, key = node, data.draw(st.sampled_from(sorted(node)))
            elif isinstance(node, list) and node:
                parent, key = node, data.draw(st.integers(0, len(node) - 1))
            else:
                break
            node = parent[key]
        if parent is None:
            return data.draw(json_values)
        if isinstance(parent, dict) and data.draw(st.booleans()):
            del parent[key]
        else:
            parent[key] = data.draw(json_values)
    return copy


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> MonthReport:
    """A real month: the demo entries and RHK, plus an entry with a duration only, no output
    and a link, a day of leave and a day of sickness (the nullable values of the schema)."""
    folder = tmp_path_factory.mktemp("reader") / "data"
    ctx = open_context(AppPaths(folder), Clock(NOW))
    try:
        ctx.profile.save(SAMPLE_PROFILE)
        fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
        ctx.worklog.add(EntryDraft(date(2026, 11, 28), Location.DINAS_LUAR, "Rapat koordinasi\tdaerah",
                                   minutes=95, evidence=Evidence(link="https://contoh.go.id/notulen")))  # fmt: skip
        ctx.worklog.set_status(date(2026, 11, 2), DayStatus.CUTI, LeaveKind.TAHUNAN, "Urusan keluarga")
        ctx.worklog.set_status(date(2026, 11, 3), DayStatus.SAKIT)
        yield ctx.reports.build(2026, 11, revision=3, signed=True)
    finally:
        ctx.close()


@SETTINGS
@given(value=json_values)
def test_any_json_value_gives_a_typed_report(value: object) -> None:
    report = read_report(value)
    assert _typed(report)
    _all_problems_are_sentences(report.problems)
    assert report.problems  # nothing of that is a report


@SETTINGS
@given(data=st.data())
def test_a_mutated_report_gives_a_typed_report(month: MonthReport, data: st.DataObject) -> None:
    candidate = _mutate(report_to_json(month), data)
    report = read_report(candidate)
    assert _typed(report)
    _all_problems_are_sentences(report.problems)
    try:
        raw = json.dumps(candidate, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    except UnicodeEncodeError:
        raw = json.dumps(candidate).encode()
    read, problems = read_report_bytes(raw)
    assert read is None or _typed(read)
    _all_problems_are_sentences(problems)


@SETTINGS
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_report_or_a_problem(raw: bytes) -> None:
    report, problems = read_report_bytes(raw)
    assert report is None and len(problems) == 1 or _typed(report)


@SETTINGS
@given(data=st.data())
def test_any_approval_gives_a_typed_approval_or_none(data: st.DataObject) -> None:
    real = _approval().to_json()
    candidate = _mutate(real, data) if data.draw(st.booleans()) else data.draw(json_values)
    text = json.dumps(candidate, ensure_ascii=data.draw(st.booleans()))
    approval = read_approval(APPROVAL_PREFIX + text)
    if not isinstance(candidate, dict):
        assert approval is None
    else:
        assert _typed(approval)
        _all_problems_are_sentences(approval.problems)
    other = read_approval(data.draw(st.text(max_size=40)))  # never raises
    assert other is None or _typed(other)


# ---- the app's own data reads back as itself ---------------------------------------------------
def test_a_real_report_reads_back_as_the_same_values(month: MonthReport) -> None:
    raw = canonical_bytes(report_to_json(month))
    report, problems = read_report_bytes(raw)
    assert problems == () and report is not None and report.problems == () and report.recognised
    assert _typed(report)
    p = month.profile
    assert (report.schema, report.version, report.month, report.revision, report.signed) == (
        REPORT_SCHEMA, REPORT_VERSION, "2026-11", 3, True)
    assert report.exported_at == month.exported_at.replace(microsecond=0)
    assert (report.app_version, report.history_head) == (month.app_version, month.history_head)
    e = report.employee
    assert (e.name, e.nip, e.asn_kind, e.rank, e.position, e.unit, e.agency) == (
        p.name, p.nip, p.asn_kind, p.rank, p.position, p.unit, p.agency)
    assert report.supervisor == ReportPerson(p.supervisor_name, p.supervisor_nip)
    s = report.schedule
    assert (s.workdays, s.day_start, s.weekly_minutes) == (
        tuple(month.schedule.workdays), month.schedule.day_start, month.schedule.weekly_minutes)
    assert [(h.day, h.name) for h in report.holidays] == sorted(month.holidays.items())
    assert len(report.entries) == len(month.entries) > 20
    for got, want in zip(report.entries, month.entries, strict=True):
        assert (got.id, got.day, got.start, got.end, got.minutes, got.location, got.description,
                got.quantity, got.unit, got.rhk_id, got.action_id, got.evidence_sha256,
                got.evidence_link) == (
            want.id, want.day, want.start, want.end, want.minutes, want.location, want.description,
            want.quantity, want.unit, want.rhk_id, want.action_id, want.evidence.sha256,
            want.evidence.link)  # fmt: skip
    assert any(e.start is None and e.evidence_link for e in report.entries)
    assert [(x.day, x.status, x.leave_kind, x.note) for x in report.statuses] == [
        (x.day, x.status, x.leave_kind, x.note) for x in month.statuses]
    assert {x.status for x in report.statuses} >= {DayStatus.CUTI, DayStatus.SAKIT}
    t, want = report.totals, month.totals
    assert (t.total_minutes, t.expected_minutes, t.expected_to_date_minutes, t.balance_minutes,
            t.working_days, t.logged_days, t.missing_days) == (
        want.total_minutes, want.expected_minutes, want.expected_to_date_minutes,
        want.balance_minutes, want.working_days, want.logged_days, tuple(want.missing_days))  # fmt: skip
    assert {x.location: (x.minutes, x.days) for x in t.by_location} == {
        loc: (v.minutes, v.days) for loc, v in want.by_location.items()}
    assert t.at(Location.KANTOR).minutes == want.by_location[Location.KANTOR].minutes
    assert len(report.rhk) == len(month.rhk) > 0
    for got, want in zip(report.rhk, month.rhk, strict=True):
        assert (got.id, got.name, got.kind, got.indicator, got.unit, got.realized, got.percent,
                got.year_target, got.year_realized, got.year_percent, got.pace) == (
            want.rhk.id, want.rhk.name, want.rhk.kind, want.rhk.indicator, want.rhk.unit,
            want.month.realized, want.month.percent, want.rhk.target, want.year.realized,
            want.year.percent, want.pace)  # fmt: skip
        assert got.target == pytest.approx(want.month.target, abs=0.005)


def test_an_unsigned_copy_reads_back_with_signed_false(month: MonthReport) -> None:
    report, problems = read_report_bytes(canonical_bytes(report_to_json(dataclasses.replace(month, signed=False))))
    assert problems == () and report.signed is False


def _approval(**changes: object) -> SignedApproval:
    approval = SignedApproval(
        Decision.APPROVED, "Terima kasih, lengkap.", "2026-11", 2, "199004122015032007",
        ReportPerson("Drs. Bambang Suryadi, M.Si.", "197508172000031004"),
        ApprovalRating(Rating.DI_ATAS, Rating.SESUAI, "Baik"), NOW, "ab" * 32,
    )  # fmt: skip
    return dataclasses.replace(approval, **changes)


@pytest.mark.parametrize("changes", [{}, {"rating": None, "note": ""}, {"decision": Decision.RETURNED}])
def test_an_approval_reads_back_as_itself(changes: dict) -> None:
    written = _approval(**changes)
    read = read_approval(APPROVAL_PREFIX + canonical_bytes(written.to_json()).decode())
    assert read == written and read.problems == ()
    assert read.to_json() == written.to_json()


# ---- specific hostile shapes, specific problems ------------------------------------------------
def _read_with(source: MonthReport, **changes: object) -> SignedReport:
    return read_report({**report_to_json(source), **changes})


def _shape(path: str) -> str:
    return f'bagian "{path}" data ringkasan tidak berbentuk yang semestinya'


def test_what_is_not_a_report(month: MonthReport) -> None:
    for value in (None, [], "x", 5, {"schema": "lain"}):
        assert read_report(value).problems == ("data di dalam PDF bukan ringkasan Absensi",)
    assert not read_report([]).recognised
    report = _read_with(month, version=2)
    assert report.problems == ("versi data ringkasan 2 tidak dikenal",) and not report.recognised
    assert report.month is None and report.entries == ()
    assert read_report_bytes(canonical_bytes({"schema": "lain"})) == (None, ("data di dalam PDF bukan ringkasan Absensi",))


def test_top_level_parts_of_the_wrong_shape(month: MonthReport) -> None:
    report = _read_with(month, totals=["bukan", "objek"], rhk="bukan daftar", employee=None, revision=True)
    assert set(report.problems) == {_shape("totals"), _shape("rhk"), _shape("employee"), _shape("revision")}
    assert report.totals == ReportTotals() and report.rhk == () and report.employee.nip is None
    assert report.revision is None and report.month == "2026-11"
    data = report_to_json(month)
    del data["entries"], data["supervisor"]
    assert set(read_report(data).problems) == {_shape("entries"), _shape("supervisor")}


def test_a_month_that_is_not_yyyy_mm(month: MonthReport) -> None:
    assert _read_with(month, month="2026-13").problems == ("bulan di data ringkasan tidak berbentuk TTTT-BB",)
    assert _read_with(month, month=202611).problems == (_shape("month"),)
    assert _read_with(month, month="2026-13").month is None
    assert _read_with(month, month="\u0662\u0660\u0662\u0666-11").month is None  # digits, but not 0-9


def test_nested_values_of_the_wrong_type(month: MonthReport) -> None:
    data = report_to_json(month)
    data["totals"]["total_minutes"] = "480"
    data["totals"]["by_location"]["kantor"] = {"minutes": MAX_NUMBER + 1, "days": 3}
    data["totals"]["by_location"]["planet-mars"] = {"minutes": 1}  # not a location: left out
    data["totals"]["missing_days"] = ["2026-11-31", "2026-11-04"]
    data["rhk"][0]["percent"] = float("nan")
    data["rhk"][0]["kind"] = "lain"
    data["entries"][1] = 5
    data["entries"][0]["location"] = "bulan"
    data["employee"]["name"] = "R" * (MAX_TEXT + 1)
    data["supervisor"]["nip"] = 197508172000031004
    data["day_status"][0]["date"] = "2026-11-2"
    report = read_report(data)
    assert len(report.problems) == 10 and set(report.problems) == {
        _shape("employee.name"), _shape("supervisor.nip"), _shape("entries[1]"), _shape("entries[0].location"),
        _shape("day_status[0].date"), _shape("totals.by_location.kantor.minutes"), _shape("totals.total_minutes"),
        _shape("totals.missing_days[0]"), _shape("rhk[0].kind"), _shape("rhk[0].percent"),
    }  # fmt: skip
    t = report.totals
    assert t.total_minutes is None and t.missing_days == (date(2026, 11, 4),)
    assert t.at(Location.KANTOR).minutes is None and t.at(Location.KANTOR).days == 3
    assert [x.location for x in t.by_location] == list(Location)  # the file's order, without "planet-mars"
    assert report.rhk[0].percent is None and report.rhk[0].kind is None and report.rhk[0].name
    assert len(report.entries) == len(month.entries) - 1 and report.entries[0].location is None
    assert report.employee.name is None and report.supervisor.nip is None
    assert report.statuses[0].day is None and report.statuses[0].status is not None


def test_null_values_are_none_without_a_problem(month: MonthReport) -> None:
    data = report_to_json(month)
    data["totals"]["total_minutes"] = None
    data["rhk"][0] = {"name": "Hanya nama"}
    del data["exported_at"], data["schedule"], data["holidays"]
    report = read_report(data)
    assert report.problems == ()
    assert report.totals.total_minutes is None and report.exported_at is None and report.holidays == ()
    assert report.rhk[0].name == "Hanya nama" and report.rhk[0].percent is None


def test_control_characters_stay_text_and_surrogates_are_refused(month: MonthReport) -> None:
    data = report_to_json(month)
    data["entries"][0]["description"] = "a\x00b\x1b[31mc\u202e"
    data["entries"][1]["description"] = "\udc80"
    report = read_report(data)
    assert report.entries[0].description == "a\x00b\x1b[31mc\u202e"
    assert report.entries[1].description is None and report.problems == (_shape("entries[1].description"),)


def test_problems_and_lists_are_bounded(month: MonthReport) -> None:
    many = _read_with(month, entries=list(range(100)))
    assert len(many.problems) == MAX_PROBLEMS + 1
    assert many.problems[-1] == "dan 80 bagian lain data ringkasan tidak berbentuk yang semestinya"
    data = report_to_json(month)
    data["totals"]["missing_days"] = ["2026-11-04"] * (MAX_ITEMS + 10)
    report = read_report(data)
    assert len(report.totals.missing_days) == MAX_ITEMS
    assert report.problems == (f'bagian "totals.missing_days" data ringkasan berisi lebih dari {MAX_ITEMS} butir',)


def test_bytes_that_are_not_the_canonical_report(month: MonthReport) -> None:
    assert read_report_bytes(None) == (None, ("data ringkasan (absensi-ringkasan.json) tidak ada di dalam PDF",))
    for raw in (b"{", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"a": ' + b"9" * 5000 + b"}"):
        assert read_report_bytes(raw) == (None, ("data ringkasan di dalam PDF tidak terbaca",))
    data = report_to_json(month)
    spaced = json.dumps(data, sort_keys=True).encode()
    report, problems = read_report_bytes(spaced)
    assert problems == ("data ringkasan tidak dalam bentuk kanonik",) and report.month == "2026-11"
    data["rhk"][0]["percent"] = float("inf")  # json.dumps writes Infinity, which json.loads reads
    report, problems = read_report_bytes(json.dumps(data, sort_keys=True, separators=(",", ":")).encode())
    assert problems == ("data ringkasan tidak dalam bentuk kanonik", _shape("rhk[0].percent"))
    data["rhk"][0]["percent"] = 10.0
    data["employee"]["name"] = "\ud800"
    report, problems = read_report_bytes(json.dumps(data, sort_keys=True, separators=(",", ":")).encode())
    assert problems == ("data ringkasan tidak dalam bentuk kanonik", _shape("employee.name"))


def test_approvals_of_the_wrong_shape() -> None:
    assert read_approval("") is None and read_approval("lain:{}") is None
    assert read_approval(APPROVAL_PREFIX + "[1]") is None and read_approval(APPROVAL_PREFIX + "{") is None
    real = _approval().to_json()

    def problems(**changes: object) -> tuple[str, ...]:
        return read_approval(APPROVAL_PREFIX + json.dumps({**real, **changes})).problems

    assert problems(version=2) == ("format persetujuan tidak dikenal",)
    assert problems(decision="mungkin") == ("keputusan persetujuan tidak dikenal",)
    assert problems(rating=["Baik"]) == ("catatan atau penilaian di persetujuan tidak berbentuk yang semestinya",)
    assert problems(note=5) == ("catatan atau penilaian di persetujuan tidak berbentuk yang semestinya",)
    assert problems(rating={"hasil_kerja": "luar biasa", "perilaku_kerja": "sesuai", "predikat": "Baik"}) == (
        'bagian "rating.hasil_kerja" persetujuan tidak berbentuk yang semestinya',)
    assert problems(month="November", at="kemarin") == (
        'bagian "month" persetujuan tidak berbentuk yang semestinya',
        'bagian "at" persetujuan tidak berbentuk yang semestinya',
    )
    odd = read_approval(APPROVAL_PREFIX + json.dumps({**real, "decision": None, "supervisor": "x"}))
    assert odd.decision is None and odd.supervisor == ReportPerson() and _typed(odd)
    assert read_approval(APPROVAL_PREFIX + json.dumps({**real, "rating": {}})).rating is None

