"""The monthly summary as data: what the PDF shows and what it carries inside, as canonical,
versioned JSON (schema: docs/month-report-schema.md), and the JSON shapes of the same facts
that ``absensi log list --json`` and ``absensi summary --json`` print (README contracts).

Pure: no Qt, no database, no PDF library.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from absensi_app.domain.hours import LocationTotal, PeriodTotals, WeekTotals, YearTotals
from absensi_app.domain.model import (
    MONTH_NAMES,
    DayStatusRecord,
    Entry,
    Location,
    Profile,
    WorkSchedule,
)
from absensi_app.domain.skp import RhkProgress

REPORT_SCHEMA = "absensi-month-report"
REPORT_VERSION = 1
#: Name of the JSON file attached inside the PDF.
ATTACHMENT_NAME = "absensi-ringkasan.json"
#: Evidence files (bukti dukung) are embedded as "bukti/<stored name>" beside the JSON.
EVIDENCE_PREFIX = "bukti/"


@dataclass(frozen=True)
class ReportAttachment:
    """One evidence file of the month as the signed data lists it: embedded in the PDF
    (``attached``) or left out (too big, chosen so, or missing from the data folder)."""

    name: str  # the embedded file's name, "bukti/<stored name>"
    sha256: str
    size: int | None  # bytes; None when the file is not in the data folder any more
    attached: bool

    @property
    def display_name(self) -> str:
        return attachment_display_name(self.name)

    def to_json(self) -> dict:
        return {"name": self.name, "sha256": self.sha256, "size": self.size,
                "attached": self.attached}


def attachment_display_name(name: str | None) -> str:
    """'bukti/32c5045c09f68e6d-surat_tugas.pdf' as people read it: 'surat_tugas.pdf'."""
    base = (name or "").split("/")[-1]
    if len(base) > 17 and base[16] == "-" and all(c in "0123456789abcdef" for c in base[:16]):
        return base[17:]
    return base


def size_text(size: int | None) -> str:
    """A file's size for people: '1,2 MB', '340 KB', '12 byte'; '-' when unknown."""
    if size is None:
        return "-"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} byte"


@dataclass(frozen=True)
class MonthReport:
    year: int
    month: int
    revision: int
    exported_at: datetime
    app_version: str
    profile: Profile
    schedule: WorkSchedule
    entries: tuple[Entry, ...]
    statuses: tuple[DayStatusRecord, ...]
    holidays: dict[date, str]  # days off in the month (national, cuti bersama, own changes)
    totals: PeriodTotals
    rhk: tuple[RhkProgress, ...]
    rhk_names: dict[int, str] = field(default_factory=dict)  # for entries' RHK column
    action_names: dict[int, str] = field(default_factory=dict)  # Rencana Aksi descriptions
    history_head: str = ""  # hash of the newest record of the change history
    signed: bool = True
    attachments: tuple[ReportAttachment, ...] = ()  # the month's evidence files, by name

    @property
    def month_key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        """The document's title (PDF metadata, running header, signature reason); the month
        in it is what ``services.verification`` reads back from a signed file's title."""
        return f"Laporan Kinerja Bulanan, {MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def heading(self) -> str:
        """The title as page 1 prints it: 'LAPORAN KINERJA BULANAN — NOVEMBER 2026'."""
        return f"LAPORAN KINERJA BULANAN — {MONTH_NAMES[self.month - 1].upper()} {self.year}"

    @property
    def logo_sha256(self) -> str | None:
        """SHA-256 (hex) of the kop's logo as drawn, or None without one."""
        logo = self.profile.logo
        return hashlib.sha256(logo).hexdigest() if logo else None


def _t(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def json_number(value: float | None) -> float | int | None:
    """A target or a share of one: two decimals, and a whole number without a decimal point."""
    if value is None:
        return None
    value = round(value, 2)
    return int(value) if value == int(value) else value


def entry_to_json(e: Entry) -> dict:
    """One entry as the report and the change history record it."""
    return {
        "id": e.id,
        "date": e.day.isoformat(),
        "start": _t(e.start),
        "end": _t(e.end),
        "minutes": e.minutes,
        "location": e.location.value,
        "description": e.description,
        "quantity": e.quantity,
        "unit": e.unit,
        "rhk_id": e.rhk_id,
        "action_id": e.action_id,
        "evidence_sha256": e.evidence.sha256,
        "evidence_link": e.evidence.link,
    }


# Not entry_to_json: signed reports and the hash-chained history never carry the local file name.
def entry_to_list_json(e: Entry) -> dict:
    """One entry in `absensi log list --json` (README), with its evidence file's name."""
    return {
        "id": e.id,
        "date": e.day.isoformat(),
        "start": _t(e.start),
        "end": _t(e.end),
        "minutes": e.minutes,
        "location": e.location.value,
        "description": e.description,
        "quantity": e.quantity,
        "unit": e.unit,
        "evidence_file": e.evidence.file_name,
        "evidence_sha256": e.evidence.sha256,
        "evidence_link": e.evidence.link,
        "rhk_id": e.rhk_id,
        "action_id": e.action_id,
    }


def status_to_json(s: DayStatusRecord) -> dict:
    return {
        "date": s.day.isoformat(),
        "status": s.status.value,
        "leave_kind": s.leave_kind.value if s.leave_kind else None,
        "note": s.note,
    }


def location_totals_to_json(by_location: Mapping[Location, LocationTotal]) -> dict:
    return {loc.value: {"minutes": t.minutes, "days": t.days} for loc, t in by_location.items()}


def totals_to_json(t: PeriodTotals) -> dict:
    """A month's totals: the report's ``totals`` and the same keys of `summary --json`."""
    return {
        "total_minutes": t.total_minutes,
        "expected_minutes": t.expected_minutes,
        "expected_to_date_minutes": t.expected_to_date_minutes,
        "balance_minutes": t.balance_minutes,
        "working_days": t.working_days,
        "logged_days": t.logged_days,
        "missing_days": [d.isoformat() for d in t.missing_days],
        "by_location": location_totals_to_json(t.by_location),
    }


def report_to_json(report: MonthReport) -> dict:
    """The report as a JSON-ready dict; every key is documented in docs/month-report-schema.md."""
    p = report.profile
    return {
        "schema": REPORT_SCHEMA,
        "version": REPORT_VERSION,
        "month": report.month_key,
        "revision": report.revision,
        "signed": report.signed,
        "exported_at": report.exported_at.isoformat(timespec="seconds"),
        "app_version": report.app_version,
        "history_head": report.history_head,
        "employee": {
            "name": p.name,
            "nip": p.nip,
            "asn_kind": p.asn_kind,
            "rank": p.rank,
            "position": p.position,
            "unit": p.unit,
            "agency": p.agency,
        },
        "supervisor": {"name": p.supervisor_name, "nip": p.supervisor_nip},
        "office": {
            "government": p.government,
            "address": p.address,
            "place": p.place,
            "logo_sha256": report.logo_sha256,
        },
        "schedule": {
            "workdays": list(report.schedule.workdays),
            "day_start": _t(report.schedule.day_start),
            "weekly_minutes": report.schedule.weekly_minutes,
        },
        "holidays": [
            {"date": d.isoformat(), "name": n} for d, n in sorted(report.holidays.items())
        ],
        "entries": [entry_to_json(e) for e in report.entries],
        "day_status": [status_to_json(x) for x in report.statuses],
        "totals": totals_to_json(report.totals),
        "rhk": [
            {
                "id": r.rhk.id,
                "name": r.rhk.name,
                "kind": r.rhk.kind.value,
                "indicator": r.rhk.indicator,
                "unit": r.rhk.unit,
                "target": json_number(r.month.target),
                "realized": r.month.realized,
                "percent": r.month.percent,
                "year_target": r.rhk.target,
                "year_realized": r.year.realized,
                "year_percent": r.year.percent,
                "pace": r.pace.value,
            }
            for r in report.rhk
        ],
        "attachments": [a.to_json() for a in report.attachments],
    }


# Not the report's "rhk" items (a signed schema): this contract adds the triwulan and due_to_date.
def rhk_to_json(progress: RhkProgress) -> dict:
    """One RHK in `summary --json` and `skp list --json`: the month, plus the whole period."""
    r = progress.rhk
    return {
        "id": r.id,
        "name": r.name,
        "kind": r.kind.value,
        "target": json_number(progress.month.target),
        "realized": progress.month.realized,
        "unit": r.unit,
        "percent": progress.month.percent,
        "quarter_target": json_number(progress.quarter.target),
        "quarter_realized": progress.quarter.realized,
        "year_target": r.target,
        "year_realized": progress.year.realized,
        "year_percent": progress.year.percent,
        "due_to_date": json_number(progress.due_to_date),
        "pace": progress.pace.value,
    }


def summary_to_json(
    profile: Profile | None,
    totals: PeriodTotals,
    rhk: Iterable[RhkProgress],
    weeks: Sequence[WeekTotals],
    year: YearTotals,
    offsite_limit: int,
) -> dict:
    """The `absensi summary --json` contract (README: "absensi summary --json")."""
    return {
        "month": f"{totals.first.year:04d}-{totals.first.month:02d}",
        "nip": profile.nip if profile else None,
        **totals_to_json(totals),
        "rhk": [rhk_to_json(p) for p in rhk],
        "offsite_weekly_limit": offsite_limit,
        "weeks": [
            {
                "first": w.first.isoformat(),
                "last": w.last.isoformat(),
                "minutes": w.minutes,
                "expected_minutes": w.expected_minutes,
                "offsite_days": [d.isoformat() for d in w.offsite_days],
                "over_offsite_limit": len(w.offsite_days) > offsite_limit,
                "by_location": location_totals_to_json(w.by_location),
            }
            for w in weeks
        ],
        "year": {
            "year": year.year,
            "total_minutes": year.total_minutes,
            "expected_minutes": year.expected_minutes,
            "expected_to_date_minutes": year.expected_to_date_minutes,
            "balance_minutes": year.balance_minutes,
            "yardstick_minutes": year.yardstick_minutes,
            "yardstick_to_date_minutes": year.yardstick_to_date_minutes,
        },
    }


def canonical_bytes(data: object) -> bytes:
    """One byte sequence for one value: sorted keys, no spaces, UTF-8 (never re-serialised
    differently, so a hash or signature over it stays valid)."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
