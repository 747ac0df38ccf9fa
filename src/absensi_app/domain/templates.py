"""Templates of recurring tasks: what an entry or a timer takes from one, and its rules."""

from __future__ import annotations

from dataclasses import dataclass

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import Location
from absensi_app.domain.rules import MAX_DAY_MINUTES, MAX_UNIT, clean_description, clean_text

MAX_NAME = 100


@dataclass(frozen=True)
class TaskTemplate:
    """A recurring task. Everything but the name and the description is optional."""

    name: str
    description: str
    location: Location | None = None
    rhk_id: int | None = None
    action_id: int | None = None
    unit: str | None = None
    minutes: int | None = None  # the usual duration

    @property
    def key(self) -> str:
        return name_key(self.name)


def name_key(name: str) -> str:
    """What makes two names the same template: case and spacing do not count."""
    return " ".join(name.split()).casefold()


def validate_template(template: TaskTemplate) -> TaskTemplate:
    """The template with its text cleaned, or ValidationError naming the field."""
    name = clean_text(template.name, "Nama templat", "name")
    if not name:
        raise ValidationError("Nama templat wajib diisi.", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            "Nama templat terlalu panjang ({length} karakter; paling banyak {limit}).",
            field="name", length=len(name), limit=MAX_NAME,
        )
    description = clean_description(template.description)
    if not description:
        raise ValidationError("Uraian kegiatan templat wajib diisi.", field="description")
    unit = clean_text(template.unit, "Satuan output", "unit") or None
    if unit is not None and len(unit) > MAX_UNIT:
        raise ValidationError(
            "Satuan output terlalu panjang (paling banyak {limit} karakter).",
            field="unit", limit=MAX_UNIT,
        )
    minutes = template.minutes
    if minutes is not None and not 1 <= minutes <= MAX_DAY_MINUTES:
        raise ValidationError(
            "Durasi biasa {minutes} menit tidak masuk akal; isi 1 sampai {limit} menit.",
            field="minutes", minutes=minutes, limit=MAX_DAY_MINUTES,
        )
    return TaskTemplate(
        name, description, template.location, template.rhk_id, template.action_id, unit, minutes
    )


def merge_link(
    rhk_id: int | None, action_id: int | None, base_rhk: int | None, base_action: int | None
) -> tuple[int | None, int | None]:
    """The RHK and Rencana Aksi when given ones fill in for a base (a template, a timer): given
    values win; the base's Rencana Aksi is kept only while its RHK is the one used."""
    if action_id is not None:
        return rhk_id, action_id
    if rhk_id is not None and rhk_id != base_rhk:
        return rhk_id, None
    return (rhk_id if rhk_id is not None else base_rhk), base_action
