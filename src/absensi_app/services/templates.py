"""Templates of recurring tasks: add (from fields or from an entry), list, find, remove."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import NotFoundError, ValidationError
from absensi_app.domain.model import Entry, Location
from absensi_app.domain.templates import TaskTemplate, name_key, validate_template
from absensi_app.services.clock import Clock
from absensi_app.store.models import ActionPlanRow, RhkRow, TemplateRow


def _from_row(row: TemplateRow) -> TaskTemplate:
    return TaskTemplate(
        name=row.name,
        description=row.description,
        location=Location(row.location) if row.location else None,
        rhk_id=row.rhk_id,
        action_id=row.action_id,
        unit=row.unit,
        minutes=row.minutes,
    )


def template_of_entry(name: str, entry: Entry) -> TaskTemplate:
    """A template that repeats ``entry``: its text, place, RHK link, unit and duration."""
    return TaskTemplate(
        name, entry.description, entry.location, entry.rhk_id, entry.action_id, entry.unit,
        entry.minutes,
    )


def _check_link(s: Session, template: TaskTemplate) -> TaskTemplate:
    """The RHK and Rencana Aksi must exist, and the action belong to the RHK (an action
    alone implies its RHK). Whether the period holds a day is checked when it is used."""
    rhk_id = template.rhk_id
    if template.action_id is not None:
        action = s.get(ActionPlanRow, template.action_id)
        if action is None:
            raise ValidationError("Rencana Aksi nomor {id} tidak ada.", field="rhk", id=template.action_id)
        if rhk_id is not None and rhk_id != action.rhk_id:
            raise ValidationError(
                "Rencana Aksi nomor {id} bukan bagian dari RHK nomor {rhk}.",
                field="rhk", id=template.action_id, rhk=rhk_id,
            )
        rhk_id = action.rhk_id
    if rhk_id is not None and s.get(RhkRow, rhk_id) is None:
        raise ValidationError("RHK nomor {id} tidak ada.", field="rhk", id=rhk_id)
    return TaskTemplate(
        template.name, template.description, template.location, rhk_id, template.action_id,
        template.unit, template.minutes,
    )


class TemplateService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def list(self) -> list[TaskTemplate]:
        """Every template, by name (case does not count)."""
        with self._sessions() as s:
            rows = s.scalars(select(TemplateRow).order_by(TemplateRow.name_key)).all()
            return [_from_row(r) for r in rows]

    def get(self, name: str) -> TaskTemplate:
        with self._sessions() as s:
            row = self._row(s, name)
            return _from_row(row)

    def add(self, template: TaskTemplate) -> TaskTemplate:
        clean = validate_template(template)
        with self._sessions.begin() as s:
            clean = _check_link(s, clean)
            if s.scalar(select(TemplateRow).where(TemplateRow.name_key == clean.key)) is not None:
                raise self._duplicate(clean.name)
            s.add(TemplateRow(
                name=clean.name, name_key=clean.key, description=clean.description,
                location=clean.location.value if clean.location else None, rhk_id=clean.rhk_id,
                action_id=clean.action_id, unit=clean.unit, minutes=clean.minutes,
                created_at=self._clock.now(),
            ))
            try:
                s.flush()
            except IntegrityError:  # another process added the same name meanwhile
                raise self._duplicate(clean.name) from None
        return clean

    def remove(self, name: str) -> TaskTemplate:
        with self._sessions.begin() as s:
            row = self._row(s, name)
            removed = _from_row(row)
            s.delete(row)
            return removed

    def _row(self, s: Session, name: str) -> TemplateRow:
        row = s.scalar(select(TemplateRow).where(TemplateRow.name_key == name_key(name)))
        if row is None:
            names = s.scalars(select(TemplateRow.name).order_by(TemplateRow.name_key)).all()
            if not names:
                raise NotFoundError("Templat '{name}' tidak ada; belum ada templat sama sekali.", name=name)
            raise NotFoundError(
                "Templat '{name}' tidak ada. Templat yang ada: {names}.", name=name,
                names=", ".join(names),
            )
        return row

    @staticmethod
    def _duplicate(name: str) -> ValidationError:
        return ValidationError(
            "Templat bernama '{name}' sudah ada (huruf besar/kecil tidak dibedakan); pilih nama "
            "lain atau hapus yang lama dulu.", field="name", name=name,
        )
