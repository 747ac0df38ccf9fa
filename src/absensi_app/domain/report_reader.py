"""The signed data of a monthly summary, read back: the report JSON a summary PDF carries
(``absensi-ringkasan.json``, written by ``domain.report.report_to_json``, documented in
docs/month-report-schema.md) and the supervisor's approval inside the second signature.

That data comes from files anyone can make and sign with any key, so every value may be missing
or of the wrong type. The readers never raise. A value that is not what the schema says becomes
None (a list: empty) and a sentence about it (Indonesian) is kept in ``problems``. A missing or
null value is simply None, except for the keys every report must have: ``month``, ``revision``,
``employee``, ``supervisor``, ``totals``, ``entries``, ``day_status`` and ``rhk`` (``office``
came later and is optional). Strings longer
than any the app writes, numbers beyond ``MAX_NUMBER``, NaN and infinities are wrong values.
Verification reports the problems as inconsistencies; the viewer and the recap read only the
typed values.

Pure: no Qt, no PDF library.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from absensi_app.domain.model import DayStatus, LeaveKind, Location
from absensi_app.domain.report import REPORT_SCHEMA, REPORT_VERSION, canonical_bytes
from absensi_app.domain.rhk_feedback import RhkFeedback, read_feedback
from absensi_app.domain.skp import Pace, Rating, RhkKind
from absensi_app.domain.verdict import Decision

MONTH_PATTERN = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
APPROVAL_SCHEMA = "absensi-approval"
APPROVAL_VERSION = 1
#: The supervisor's signature carries the approval as this prefix and canonical JSON in /ContactInfo.
APPROVAL_PREFIX = APPROVAL_SCHEMA + ":"

MAX_TEXT = 5000  # characters; the longest text the app writes is a 2,000-character note
MAX_NUMBER = 10**12
MAX_ITEMS = 5000  # entries of one list
MAX_PROBLEMS = 20


# ---- the typed report ------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportEmployee:
    name: str | None = None
    nip: str | None = None
    asn_kind: str | None = None
    rank: str | None = None
    position: str | None = None
    unit: str | None = None
    agency: str | None = None


@dataclass(frozen=True)
class ReportPerson:
    """The supervisor named in a report or signing an approval."""

    name: str | None = None
    nip: str | None = None


@dataclass(frozen=True)
class ReportOffice:
    """The kop surat's office settings beside the employee's agency and unit (absent from
    reports written before them: all None)."""

    government: str | None = None
    address: str | None = None
    place: str | None = None
    logo_sha256: str | None = None


@dataclass(frozen=True)
class ReportSchedule:
    workdays: tuple[int, ...] = ()
    day_start: time | None = None
    weekly_minutes: int | None = None


@dataclass(frozen=True)
class ReportHoliday:
    day: date | None
    name: str | None


@dataclass(frozen=True)
class ReportEntry:
    id: int | None
    day: date | None
    start: time | None
    end: time | None
    minutes: int | None
    location: Location | None
    description: str | None
    quantity: int | None
    unit: str | None
    rhk_id: int | None
    action_id: int | None
    evidence_sha256: str | None
    evidence_link: str | None


@dataclass(frozen=True)
class ReportAttachmentItem:
    """One evidence file the signed data lists: embedded (``attached``) or left out.
    ``matches``: the embedded file's bytes have the signed hash (None: not checked, or not
    attached)."""

    name: str | None
    sha256: str | None
    size: int | None
    attached: bool | None
    matches: bool | None = None


@dataclass(frozen=True)
class ReportDayStatus:
    day: date | None
    status: DayStatus | None
    leave_kind: LeaveKind | None
    note: str | None


@dataclass(frozen=True)
class ReportLocation:
    location: Location
    minutes: int | None
    days: int | None


@dataclass(frozen=True)
class ReportTotals:
    total_minutes: int | None = None
    expected_minutes: int | None = None
    expected_to_date_minutes: int | None = None
    balance_minutes: int | None = None
    working_days: int | None = None
    logged_days: int | None = None
    missing_days: tuple[date, ...] = ()
    by_location: tuple[ReportLocation, ...] = ()  # the locations the file lists, in its order

    def at(self, location: Location) -> ReportLocation | None:
        return next((x for x in self.by_location if x.location is location), None)


@dataclass(frozen=True)
class ReportRhk:
    id: int | None
    name: str | None
    kind: RhkKind | None
    indicator: str | None
    unit: str | None
    target: float | None  # this month's
    realized: float | None
    percent: float | None
    year_target: float | None  # the whole SKP period's
    year_realized: float | None
    year_percent: float | None
    pace: Pace | None


@dataclass(frozen=True)
class SignedReport:
    schema: str | None = None
    version: int | None = None
    month: str | None = None  # "YYYY-MM"
    revision: int | None = None
    signed: bool | None = None
    exported_at: datetime | None = None
    app_version: str | None = None
    history_head: str | None = None
    employee: ReportEmployee = ReportEmployee()
    supervisor: ReportPerson = ReportPerson()
    office: ReportOffice = ReportOffice()
    schedule: ReportSchedule = ReportSchedule()
    holidays: tuple[ReportHoliday, ...] = ()
    entries: tuple[ReportEntry, ...] = ()
    statuses: tuple[ReportDayStatus, ...] = ()
    totals: ReportTotals = ReportTotals()
    rhk: tuple[ReportRhk, ...] = ()
    problems: tuple[str, ...] = ()
    # the evidence files the signed data lists (absent from reports written before them);
    # ``matches`` is filled in by verification (services.attachments)
    attachments: tuple[ReportAttachmentItem, ...] = ()

    @property
    def recognised(self) -> bool:
        """An Absensi month report of a version this reader knows."""
        return self.schema == REPORT_SCHEMA and self.version == REPORT_VERSION


# ---- the typed approval ----------------------------------------------------------------------
@dataclass(frozen=True)
class ApprovalRating:
    hasil_kerja: Rating | None
    perilaku_kerja: Rating | None
    predikat: str | None


@dataclass(frozen=True)
class SignedApproval:
    decision: Decision | None
    note: str = ""
    month: str | None = None
    revision: int | None = None
    employee_nip: str | None = None
    supervisor: ReportPerson = ReportPerson()
    rating: ApprovalRating | None = None
    at: datetime | None = None
    summary_sha256: str | None = None
    schema: str | None = APPROVAL_SCHEMA
    version: int | None = APPROVAL_VERSION
    problems: tuple[str, ...] = ()
    rhk_feedback: tuple[RhkFeedback, ...] = ()  # per RHK of the report (domain.rhk_feedback)

    def to_json(self) -> dict:
        """The approval as the supervisor's signature carries it (canonical with
        ``canonical_bytes``); for an approval read from a file, its known keys as read."""
        rating = self.rating
        return {
            "schema": self.schema,
            "version": self.version,
            "decision": self.decision.value if self.decision else None,
            "note": self.note,
            "month": self.month,
            "revision": self.revision,
            "employee_nip": self.employee_nip,
            "supervisor": {"name": self.supervisor.name, "nip": self.supervisor.nip},
            "rating": None if rating is None else {
                "hasil_kerja": rating.hasil_kerja.value if rating.hasil_kerja else None,
                "perilaku_kerja": rating.perilaku_kerja.value if rating.perilaku_kerja else None,
                "predikat": rating.predikat,
            },
            "at": self.at.isoformat(timespec="seconds") if self.at else None,
            "summary_sha256": self.summary_sha256,
            "rhk_feedback": [item.to_json() for item in self.rhk_feedback],
        }  # fmt: skip


# ---- values ----------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    try:
        value.encode("utf-8")  # a lone surrogate cannot be shown or written back
    except UnicodeEncodeError:
        return None
    return value


def _integer(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER:
        return value
    return None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int):
        return float(value) if abs(value) <= MAX_NUMBER else None
    return value if math.isfinite(value) and abs(value) <= MAX_NUMBER else None


def _boolean(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _month(value: object) -> str | None:
    return value if isinstance(value, str) and MONTH_PATTERN.fullmatch(value) else None


def _day(value: object) -> date | None:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _clock(value: object) -> time | None:
    match = re.fullmatch(r"([0-9]{2}):([0-9]{2})", value) if isinstance(value, str) else None
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return time(int(match.group(1)), int(match.group(2)))


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if 1900 <= moment.year <= 2999 else None  # converting to local time stays safe


def _choice(kind: type[enum.Enum]) -> Callable[[object], enum.Enum | None]:
    def convert(value: object) -> enum.Enum | None:
        try:
            return kind(value) if isinstance(value, str) else None
        except ValueError:
            return None

    return convert


class _Reader:
    """Reads values out of JSON objects and keeps one sentence per wrong one."""

    def __init__(self, what: str) -> None:
        self.what = what  # "data ringkasan" or "persetujuan"
        self.problems: list[str] = []
        self.more = 0

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)
        else:
            self.more += 1

    def wrong(self, path: str) -> None:
        self.problem(f'bagian "{path}" {self.what} tidak berbentuk yang semestinya')

    def finish(self) -> tuple[str, ...]:
        if self.more:
            return (*self.problems, f"dan {self.more} bagian lain {self.what} tidak berbentuk yang semestinya")
        return tuple(self.problems)

    def value(self, data: dict, key: str, path: str, convert: Callable[[object], object],
              required: bool = False) -> object:  # fmt: skip
        raw = data.get(key)
        if raw is None and not required:
            return None
        converted = convert(raw)
        if converted is None:
            self.wrong(path + key)
        return converted

    def obj(self, data: dict, key: str, path: str, required: bool = False) -> dict:
        found = self.value(data, key, path, lambda v: v if isinstance(v, dict) else None, required)
        return found if isinstance(found, dict) else {}

    def items(self, data: dict, key: str, path: str, required: bool = False) -> list:
        found = self.value(data, key, path, lambda v: v if isinstance(v, list) else None, required)
        if not isinstance(found, list):
            return []
        if len(found) > MAX_ITEMS:
            self.problem(f'bagian "{path}{key}" {self.what} berisi lebih dari {MAX_ITEMS} butir')
        return found[:MAX_ITEMS]

    def each(self, data: dict, key: str, path: str, required: bool = False) -> list[tuple[str, dict]]:
        """The objects of a list, each with its path; other items are wrong."""
        out = []
        for i, item in enumerate(self.items(data, key, path, required)):
            if isinstance(item, dict):
                out.append((f"{path}{key}[{i}].", item))
            else:
                self.wrong(f"{path}{key}[{i}]")
        return out

    def values(self, data: dict, key: str, path: str, convert: Callable[[object], object]) -> tuple:
        out = []
        for i, item in enumerate(self.items(data, key, path)):
            converted = convert(item)
            if converted is None:
                self.wrong(f"{path}{key}[{i}]")
            else:
                out.append(converted)
        return tuple(out)


# ---- the report ------------------------------------------------------------------------------
def read_report(data: object) -> SignedReport:
    """The report in ``data`` (parsed JSON), typed. A value that is not a month report of a
    known version gives an empty report with one problem."""
    if not isinstance(data, dict) or data.get("schema") != REPORT_SCHEMA:
        return SignedReport(problems=("data di dalam PDF bukan ringkasan Absensi",))
    if data.get("version") != REPORT_VERSION:
        version = data.get("version")
        shown = version if isinstance(version, int | float | bool) or version is None else "?"
        return SignedReport(schema=REPORT_SCHEMA, problems=(f"versi data ringkasan {shown} tidak dikenal",))
    r = _Reader("data ringkasan")
    month_value = data.get("month")
    month = _month(month_value)
    if not isinstance(month_value, str):
        r.wrong("month")
    elif month is None:
        r.problem("bulan di data ringkasan tidak berbentuk TTTT-BB")
    revision = r.value(data, "revision", "", _integer, required=True)
    employee = r.obj(data, "employee", "", required=True)
    supervisor = r.obj(data, "supervisor", "", required=True)
    totals = r.obj(data, "totals", "", required=True)
    entries = r.each(data, "entries", "", required=True)
    statuses = r.each(data, "day_status", "", required=True)
    rhk = r.each(data, "rhk", "", required=True)
    schedule = r.obj(data, "schedule", "")
    office = r.obj(data, "office", "")  # optional: older reports have none
    attachments = r.each(data, "attachments", "")  # optional: older reports have none
    return SignedReport(
        schema=REPORT_SCHEMA,
        version=REPORT_VERSION,
        month=month,
        revision=revision,
        signed=r.value(data, "signed", "", _boolean),
        exported_at=r.value(data, "exported_at", "", _moment),
        app_version=r.value(data, "app_version", "", _text),
        history_head=r.value(data, "history_head", "", _text),
        employee=ReportEmployee(*(
            r.value(employee, key, "employee.", _text)
            for key in ("name", "nip", "asn_kind", "rank", "position", "unit", "agency")
        )),
        supervisor=_person(r, supervisor, "supervisor."),
        office=ReportOffice(*(
            r.value(office, key, "office.", _text) for key in ("government", "address", "place", "logo_sha256")
        )),
        schedule=ReportSchedule(
            r.values(schedule, "workdays", "schedule.", lambda v: v if _integer(v) in range(7) else None),
            r.value(schedule, "day_start", "schedule.", _clock),
            r.value(schedule, "weekly_minutes", "schedule.", _integer),
        ),
        holidays=tuple(
            ReportHoliday(r.value(h, "date", path, _day), r.value(h, "name", path, _text))
            for path, h in r.each(data, "holidays", "")
        ),
        entries=tuple(_entry(r, path, e) for path, e in entries),
        statuses=tuple(
            ReportDayStatus(
                r.value(s, "date", path, _day), r.value(s, "status", path, _choice(DayStatus)),
                r.value(s, "leave_kind", path, _choice(LeaveKind)), r.value(s, "note", path, _text),
            )
            for path, s in statuses
        ),
        totals=_totals(r, totals),
        rhk=tuple(_rhk(r, path, x) for path, x in rhk),
        attachments=tuple(
            ReportAttachmentItem(
                r.value(a, "name", path, _text), r.value(a, "sha256", path, _text),
                r.value(a, "size", path, _integer), r.value(a, "attached", path, _boolean),
            )
            for path, a in attachments
        ),
        problems=r.finish(),
    )  # fmt: skip


def _person(r: _Reader, data: dict, path: str) -> ReportPerson:
    return ReportPerson(r.value(data, "name", path, _text), r.value(data, "nip", path, _text))


def _entry(r: _Reader, path: str, e: dict) -> ReportEntry:
    def get(key: str, convert: Callable[[object], object]) -> object:
        return r.value(e, key, path, convert)

    return ReportEntry(
        get("id", _integer), get("date", _day), get("start", _clock), get("end", _clock),
        get("minutes", _integer), get("location", _choice(Location)), get("description", _text),
        get("quantity", _integer), get("unit", _text), get("rhk_id", _integer),
        get("action_id", _integer), get("evidence_sha256", _text), get("evidence_link", _text),
    )  # fmt: skip


def _totals(r: _Reader, t: dict) -> ReportTotals:
    by_location = r.obj(t, "by_location", "totals.")
    locations = []
    for code in by_location:  # in the file's order; a code that is no location is left out
        location = _choice(Location)(code)
        item = r.obj(by_location, code, "totals.by_location.") if location else {}
        if item:
            path = f"totals.by_location.{code}."
            locations.append(ReportLocation(location, r.value(item, "minutes", path, _integer),
                                            r.value(item, "days", path, _integer)))  # fmt: skip
    return ReportTotals(
        *(r.value(t, key, "totals.", _integer) for key in (
            "total_minutes", "expected_minutes", "expected_to_date_minutes", "balance_minutes",
            "working_days", "logged_days",
        )),
        missing_days=r.values(t, "missing_days", "totals.", _day),
        by_location=tuple(locations),
    )  # fmt: skip


def _rhk(r: _Reader, path: str, x: dict) -> ReportRhk:
    def get(key: str, convert: Callable[[object], object]) -> object:
        return r.value(x, key, path, convert)

    return ReportRhk(
        get("id", _integer), get("name", _text), get("kind", _choice(RhkKind)), get("indicator", _text),
        get("unit", _text), get("target", _number), get("realized", _number), get("percent", _number),
        get("year_target", _number), get("year_realized", _number), get("year_percent", _number),
        get("pace", _choice(Pace)),
    )  # fmt: skip


def read_report_bytes(raw: bytes | None) -> tuple[SignedReport | None, tuple[str, ...]]:
    """The report from the attachment's bytes, and what is wrong with them. None (with one
    problem) when there is no report to read: no attachment, not JSON, not a month report of
    a known version."""
    if raw is None:
        return None, ("data ringkasan (absensi-ringkasan.json) tidak ada di dalam PDF",)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # also: not UTF-8, an integer of too many digits
        return None, ("data ringkasan di dalam PDF tidak terbaca",)
    report = read_report(data)
    if not report.recognised:
        return None, report.problems
    try:
        canonical = canonical_bytes(data) == raw
    except (ValueError, RecursionError):  # NaN, a lone surrogate
        canonical = False
    return report, ((() if canonical else ("data ringkasan tidak dalam bentuk kanonik",)) + report.problems)


# ---- the approval ----------------------------------------------------------------------------
def read_approval(contact_info: str) -> SignedApproval | None:
    """The approval in a signature's /ContactInfo, typed; None when there is none (not
    Absensi's prefix, not a JSON object)."""
    if not isinstance(contact_info, str) or not contact_info.startswith(APPROVAL_PREFIX):
        return None
    try:
        data = json.loads(contact_info[len(APPROVAL_PREFIX):])
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    r = _Reader("persetujuan")
    if data.get("schema") != APPROVAL_SCHEMA or data.get("version") != APPROVAL_VERSION:
        r.problem("format persetujuan tidak dikenal")
    decision = _choice(Decision)(data.get("decision"))
    if decision is None:
        r.problem("keputusan persetujuan tidak dikenal")
    note, rating = data.get("note", ""), data.get("rating")
    if not isinstance(note, str) or not isinstance(rating or {}, dict):
        r.problem("catatan atau penilaian di persetujuan tidak berbentuk yang semestinya")
    elif _text(note) is None:
        r.wrong("note")
    rated = None
    if isinstance(rating, dict) and rating:
        rated = ApprovalRating(
            r.value(rating, "hasil_kerja", "rating.", _choice(Rating)),
            r.value(rating, "perilaku_kerja", "rating.", _choice(Rating)),
            r.value(rating, "predikat", "rating.", _text),
        )
    feedback, wrong = read_feedback(data.get("rhk_feedback"))
    for sentence in wrong:
        r.problem(sentence)
    return SignedApproval(
        decision=decision,
        note=_text(note) or "",
        month=r.value(data, "month", "", _month),
        revision=r.value(data, "revision", "", _integer),
        employee_nip=r.value(data, "employee_nip", "", _text),
        supervisor=_person(r, r.obj(data, "supervisor", ""), "supervisor."),
        rating=rated,
        at=r.value(data, "at", "", _moment),
        summary_sha256=r.value(data, "summary_sha256", "", _text),
        schema=_text(data.get("schema")),
        version=_integer(data.get("version")),
        problems=r.finish(),
        rhk_feedback=feedback,
    )
