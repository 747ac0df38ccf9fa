"""Undoable actions. Each runs its service call first (so errors surface before it is pushed);
the undo stack then only replays them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import DayStatusRecord, Entry
from absensi_app.services.worklog import WorkLogService

Notify = Callable[[date], None]
Fail = Callable[[AbsensiError], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, worklog: WorkLogService, day: date, notify: Notify, fail: Fail) -> None:
        super().__init__(text)
        self._worklog = worklog
        self._day = day
        self._notify = notify
        self._fail = fail
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action already ran when the command was created
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except AbsensiError as exc:
            self.setObsolete(True)
            self._fail(exc)
        self._notify(self._day)

    def _do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddEntries(_Command):
    def __init__(self, text: str, worklog: WorkLogService, entries: list[Entry], notify: Notify, fail: Fail) -> None:
        super().__init__(text, worklog, entries[0].day, notify, fail)
        self._entries = entries

    def _do(self) -> None:
        self._entries = [self._worklog.restore(e) for e in self._entries]

    def _undo(self) -> None:
        for e in self._entries:
            self._worklog.delete(e.id)


class DeleteEntries(AddEntries):
    def _do(self) -> None:
        AddEntries._undo(self)

    def _undo(self) -> None:
        AddEntries._do(self)


class EditEntry(_Command):
    def __init__(self, text: str, worklog: WorkLogService, before: Entry, after: Entry, notify: Notify, fail: Fail) -> None:
        super().__init__(text, worklog, after.day, notify, fail)
        self._before, self._after = before, after

    def _do(self) -> None:
        self._worklog.update(self._after.id, self._after.as_draft())
        self._day = self._after.day

    def _undo(self) -> None:
        self._worklog.update(self._before.id, self._before.as_draft())
        self._day = self._before.day


class SetStatus(_Command):
    def __init__(
        self,
        text: str,
        worklog: WorkLogService,
        day: date,
        before: DayStatusRecord | None,
        after: DayStatusRecord | None,
        notify: Notify,
        fail: Fail,
    ) -> None:
        super().__init__(text, worklog, day, notify, fail)
        self._before, self._after = before, after

    def _apply(self, record: DayStatusRecord | None) -> None:
        if record is None:
            self._worklog.set_status(self._day, None)
        else:
            self._worklog.set_status(self._day, record.status, record.leave_kind, record.note)

    def _do(self) -> None:
        self._apply(self._after)

    def _undo(self) -> None:
        self._apply(self._before)
