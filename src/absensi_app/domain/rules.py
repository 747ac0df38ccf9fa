"""Rules every entry and profile must satisfy. Pure functions; they raise ValidationError."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time, timedelta

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.i18n import QT_TRANSLATE_NOOP
from absensi_app.domain.model import Entry, EntryDraft, Profile, WorkSchedule
from absensi_app.domain.nip import NipKind, parse_nip

MAX_DESCRIPTION = 1000
MAX_UNIT = 40
MAX_QUANTITY = 9999
MAX_DAY_MINUTES = 24 * 60
MAX_PROFILE_FIELD = 200
EARLIEST_DAY = date(2000, 1, 1)
_URL = re.compile(r"^(https?)://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def is_web_address(value: str) -> bool:
    """A whole http(s) address with a host and no spaces (links, the timestamp server)."""
    return len(value) <= 2000 and _URL.match(value) is not None


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def entry_minutes(draft: EntryDraft) -> int:
    """Duration of a draft, from its times or its explicit duration."""
    if draft.start is not None and draft.end is not None:
        return minutes_between(draft.start, draft.end)
    return int(draft.minutes or 0)


# Control characters (C0 except tab and newline, DEL, C1) and lone surrogates (what invalid
# UTF-8 or a JSON "\ud800" escape turns into): never stored, whatever the field.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def find_control(value: str) -> str | None:
    """The first control character (or lone surrogate) in ``value``, or None."""
    match = _CONTROL.search(value.replace("\r\n", "\n"))
    return match.group() if match else None


def without_controls(value: str | None) -> str:
    """``value`` with its control characters removed (for names read from certificates)."""
    return _CONTROL.sub("", value or "")


def _only_invisible(text: str) -> bool:
    import unicodedata

    return bool(text) and all(c == " " or unicodedata.category(c) == "Cf" for c in text)


def clean_text(value: str | None, label: str = "Teks", field: str | None = None) -> str:
    """Trim and collapse internal whitespace runs (line breaks typed by accident).

    Refuses, naming the field by ``label``: control characters other than tab and newline
    (ESC, BEL, NUL, DEL, C1...), lone surrogates, and text made only of invisible format
    characters such as U+200B ZERO WIDTH SPACE."""
    text = value or ""
    bad = find_control(text)
    if bad is not None:
        kind = (QT_TRANSLATE_NOOP("Errors", "karakter tidak sah") if 0xD800 <= ord(bad) <= 0xDFFF
                else QT_TRANSLATE_NOOP("Errors", "karakter kendali"))  # fmt: skip
        raise ValidationError(
            "{label} memuat {kind} (U+{code:04X}) yang tidak boleh ada; hapus karakter itu.",
            field=field,
            label=label,
            kind=kind,
            code=ord(bad),
        )
    cleaned = " ".join(text.split())
    if _only_invisible(cleaned):
        raise ValidationError(
            "{label} hanya berisi karakter tak terlihat (mis. U+{code:04X}); tulis teks yang bisa dibaca.",
            field=field,
            label=label,
            code=ord(next(c for c in cleaned if c != " ")),
        )
    return cleaned


def clean_description(value: str | None) -> str:
    """An activity's description (an entry's, a template's) cleaned, "" when empty;
    ValidationError when it is longer than any description may be."""
    description = clean_text(value, "Uraian kegiatan", "description")
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            "Uraian kegiatan terlalu panjang ({length} karakter; paling banyak {limit}).",
            field="description",
            length=len(description),
            limit=MAX_DESCRIPTION,
        )
    return description


def validate_status_day(day: date, today: date) -> None:
    """A day status is for a day from EARLIEST_DAY (2000-01-01, the same bound as entries;
    no ASN of today logged work before it) up to a year ahead (planned leave)."""
    if day < EARLIEST_DAY:
        raise ValidationError(
            "Tanggal {day} terlalu lampau (paling awal {earliest}).",
            field="day",
            day=day.isoformat(),
            earliest=EARLIEST_DAY.isoformat(),
        )
    if day > today + timedelta(days=366):
        raise ValidationError("Status hari hanya bisa diisi sampai satu tahun ke depan.", field="day")


def validate_entry(
    draft: EntryDraft,
    others: Iterable[Entry],
    today: date,
) -> EntryDraft:
    """Check one entry against the rules and the other entries of its day.

    ``others`` are the day's stored entries except the one being edited.
    Returns the cleaned draft (trimmed text) or raises ValidationError.
    """
    if draft.day > today:
        raise ValidationError(
            "Tanggal {day} belum terjadi; kegiatan hanya bisa dicatat sampai hari ini.",
            field="day",
            day=draft.day.isoformat(),
        )
    if draft.day < EARLIEST_DAY:
        raise ValidationError(
            "Tanggal {day} terlalu lampau (paling awal {earliest}).",
            field="day",
            day=draft.day.isoformat(),
            earliest=EARLIEST_DAY.isoformat(),
        )
    description = clean_description(draft.description)
    if not description:
        raise ValidationError("Uraian kegiatan wajib diisi.", field="description")

    if (draft.start is None) != (draft.end is None):
        raise ValidationError(
            "Isi jam mulai dan jam selesai sekaligus, atau kosongkan keduanya dan isi durasinya.",
            field="end" if draft.end is None else "start",
        )
    if draft.start is not None and draft.end is not None:
        if draft.end <= draft.start:
            raise ValidationError(
                "Jam selesai ({end}) harus setelah jam mulai ({start}).",
                field="end",
                start=draft.start.strftime("%H:%M"),
                end=draft.end.strftime("%H:%M"),
            )
        if draft.minutes is not None and draft.minutes != minutes_between(draft.start, draft.end):
            raise ValidationError(
                "Durasi tidak cocok dengan jam mulai dan jam selesai.", field="minutes"
            )
    else:
        if draft.minutes is None:
            raise ValidationError(
                "Isi jam mulai dan jam selesai, atau durasi kegiatan.", field="start"
            )
        if draft.minutes <= 0:
            raise ValidationError("Durasi kegiatan harus lebih dari 0 menit.", field="minutes")
        if draft.minutes > MAX_DAY_MINUTES:
            raise ValidationError(
                "Durasi {minutes} menit melebihi 24 jam.", field="minutes", minutes=draft.minutes
            )

    quantity, unit = draft.quantity, clean_text(draft.unit, "Satuan output", "unit") or None
    if quantity is not None:
        if quantity < 1 or quantity > MAX_QUANTITY:
            raise ValidationError(
                "Jumlah output {qty} tidak masuk akal; isi angka bulat 1 sampai {limit}.",
                field="quantity",
                qty=quantity,
                limit=MAX_QUANTITY,
            )
        if unit is None:
            raise ValidationError(
                "Isi satuan output (misalnya laporan, dokumen, kegiatan).", field="unit"
            )
    elif unit is not None:
        raise ValidationError("Isi jumlah output untuk satuan '{unit}'.", field="quantity", unit=unit)
    if unit is not None and len(unit) > MAX_UNIT:
        raise ValidationError(
            "Satuan output terlalu panjang (paling banyak {limit} karakter).",
            field="unit",
            limit=MAX_UNIT,
        )

    link = draft.evidence.link
    if link is not None:
        link = clean_text(link, "Tautan bukti dukung", "evidence") or None
    if link is not None:
        if len(link) > 2000 or not _URL.match(link):
            raise ValidationError(
                "Tautan bukti dukung harus alamat web lengkap (diawali http:// atau https://).",
                field="evidence",
            )

    others = list(others)
    minutes = entry_minutes(draft)
    if draft.start is not None and draft.end is not None:
        for other in others:
            if other.start is None or other.end is None:
                continue
            if draft.start < other.end and other.start < draft.end:
                raise ValidationError(
                    "Waktu {start}-{end} bertumpuk dengan kegiatan {ostart}-{oend} "
                    "\u00ab{text}\u00bb pada hari yang sama.",
                    field="start",
                    start=draft.start.strftime("%H:%M"),
                    end=draft.end.strftime("%H:%M"),
                    ostart=other.start.strftime("%H:%M"),
                    oend=other.end.strftime("%H:%M"),
                    text=_short(other.description),
                )
    total = minutes + sum(o.minutes for o in others)
    if total > MAX_DAY_MINUTES:
        raise ValidationError(
            "Total kegiatan pada {day} menjadi {hours} jam {mins} menit, melebihi 24 jam sehari.",
            field="minutes",
            day=draft.day.isoformat(),
            hours=total // 60,
            mins=total % 60,
        )

    from dataclasses import replace

    evidence = replace(draft.evidence, link=link)
    return replace(draft, description=description, unit=unit, evidence=evidence)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


_PROFILE_LABELS = {
    "name": "Nama",
    "rank": "Pangkat/Golongan",
    "position": "Jabatan",
    "unit": "Unit Kerja",
    "agency": "Instansi",
    "supervisor_name": "Nama Pejabat Penilai Kinerja",
}


def validate_profile(profile: Profile, today: date) -> Profile:
    """Check and clean a profile; NIPs are stored as bare digits."""
    from dataclasses import replace

    cleaned = {}
    for key, label in _PROFILE_LABELS.items():
        value = clean_text(getattr(profile, key), label, key)
        if not value:
            raise ValidationError("{label} wajib diisi.", field=key, label=label)
        if len(value) > MAX_PROFILE_FIELD:
            raise ValidationError(
                "{label} terlalu panjang (paling banyak {limit} karakter).",
                field=key,
                label=label,
                limit=MAX_PROFILE_FIELD,
            )
        cleaned[key] = value
    try:
        kind = NipKind(profile.asn_kind)
    except ValueError:
        raise ValidationError(
            "Jenis ASN harus 'pns' atau 'pppk'.", field="asn_kind"
        ) from None
    info = parse_nip(profile.nip, today, kind)
    try:
        sup = parse_nip(profile.supervisor_nip, today)
    except ValidationError as err:
        raise ValidationError(
            "NIP Pejabat Penilai Kinerja: {detail}", field="supervisor_nip", detail=err.message
        ) from None
    if sup.digits == info.digits:
        raise ValidationError(
            "NIP Pejabat Penilai Kinerja tidak boleh sama dengan NIP pegawai.",
            field="supervisor_nip",
        )
    return replace(
        profile, **cleaned, nip=info.digits, supervisor_nip=sup.digits, asn_kind=kind.value
    )


def validate_schedule(schedule: WorkSchedule) -> WorkSchedule:
    if not schedule.workdays:
        raise ValidationError("Pilih paling sedikit satu hari kerja dalam seminggu.", field="workdays")
    if any(d not in range(7) for d in schedule.workdays):
        raise ValidationError("Hari kerja tidak sah.", field="workdays")
    if not 60 <= schedule.weekly_minutes <= 7 * 16 * 60:
        raise ValidationError(
            "Jam kerja seminggu harus antara 1 dan 112 jam; tertulis {hours} jam.",
            field="weekly_minutes",
            hours=round(schedule.weekly_minutes / 60, 2),
        )
    if schedule.daily_minutes > 16 * 60:
        raise ValidationError(
            "Dengan {days} hari kerja, {hours} jam seminggu berarti lebih dari 16 jam sehari.",
            field="weekly_minutes",
            days=len(schedule.workdays),
            hours=round(schedule.weekly_minutes / 60, 2),
        )
    return schedule
