"""Watching for the gentle reminders: at the start and once a minute, ``ctx.reminders.check()``
(on a worker: it reads the month); when one is due, a notification: the tray's message where
there is a tray (a click opens the day), else the small window of ``views.reminder_notice``
(log now, snooze, not today; at month end the empty days and the export).

The same reminder is never shown twice in a row: it is shown again only after a new decision,
i.e. another day, another kind, or a changed answer (a snooze that ran out, stored by the
service). Logging something, a day status or "not today" make it not due; an open notice then
closes by itself. The clock is ``ctx.clock`` (tests fix it)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.reminders import DEFAULT_SNOOZE_MINUTES, ReminderKind
from absensi_app.views.labels import error_text
from absensi_app.views.reminder_notice import ReminderNotice
from absensi_app.views.workers import run_task

if TYPE_CHECKING:
    from absensi_app.domain.reminders import ReminderDecision, Sentence
    from absensi_app.views.main_window import MainWindow

CHECK_MS = 60_000


def sentence_text(sentence: Sentence) -> str:
    """A reason of domain.reminders through Qt's translator (context "Reminders")."""
    return QCoreApplication.translate("Reminders", sentence.template).format(**sentence.params)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReminderWatch", text)


class ReminderWatch(QObject):
    """Owned by the main window (``window.reminder_watch``), started by ``start``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._checking = False
        self._shown_key: tuple | None = None  # the decision last shown
        self.notice: ReminderNotice | None = None
        self.last: ReminderDecision | None = None
        self.shown: list[tuple[str, str]] = []  # (kind, text) of every notification, for the tests

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        if self.notice is not None:
            self.notice.close()

    # ---- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        ctx = self._window.ctx
        if ctx is None or self._checking:
            return
        self._checking = True
        service = ctx.reminders

        def work():  # noqa: ANN202 - the worker: frozen results only
            if not ctx.profile.has_profile():
                return None
            return service.check(), service.state()

        run_task(work, self._decided, self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self._checking = False
        if isinstance(exc, AbsensiError):
            detail = error_text(exc)
        else:  # never a traceback on screen; the details go to the log
            logging.getLogger(__name__).error("checking the reminders failed", exc_info=exc)
            detail = _t("rinciannya tercatat di log aplikasi")
        self._window.statusBar().showMessage(_t("Pengingat belum bisa diperiksa: {error}").format(error=detail), 10000)

    def _decided(self, result) -> None:  # noqa: ANN001
        self._checking = False
        if result is None:
            return
        decision, state = result
        self.last = decision
        if not decision.due:
            self._shown_key = None
            if self.notice is not None and self.notice.isVisible():
                self.notice.close()
            return
        key = (decision.at.date(), decision.kind, state.snoozed_until, state.dismissed_on)
        if key == self._shown_key:
            return
        self._shown_key = key
        self._notify(decision)

    # ---- notifying -----------------------------------------------------------------------------
    def _notify(self, decision: ReminderDecision) -> None:
        reason = " ".join(dict.fromkeys(sentence_text(d.reason) for d in decision.decisions if d.due))
        month_end = decision.kind is ReminderKind.MONTH_END
        title = _t("Akhir bulan: lengkapi dan ekspor ringkasan") if month_end else _t("Saatnya mencatat kegiatan hari ini")
        self.shown.append((decision.kind.value, reason))
        tray = getattr(self._window, "tray", None)
        if tray is not None and tray.show_message(title, reason, self._window.quick_add):
            return
        notice = self._ensure_notice()
        notice.show_decision(decision)  # keeps the sentences: its reason follows a language switch
        notice.show()
        notice.raise_()

    def _ensure_notice(self) -> ReminderNotice:
        if self.notice is None:
            notice = self.notice = ReminderNotice(self._window)
            notice.log_now.connect(self._log_now)
            notice.export.connect(self._export)
            notice.snooze.connect(self._snooze)
            notice.dismiss.connect(self._dismiss)
        return self.notice

    def _log_now(self) -> None:
        self.notice.close()
        self._window.quick_add()

    def _export(self) -> None:
        self.notice.close()
        self._window.open_today()
        self._window.export_summary()

    def _snooze(self) -> None:
        self._answer(lambda s: s.snooze(DEFAULT_SNOOZE_MINUTES),
                     _t("Pengingat ditunda {n} menit.").format(n=DEFAULT_SNOOZE_MINUTES))  # fmt: skip

    def _dismiss(self) -> None:
        self._answer(lambda s: s.dismiss(), _t("Tidak ada pengingat lagi hari ini."))

    def _answer(self, store, message: str) -> None:  # noqa: ANN001
        try:
            store(self._window.ctx.reminders)
        except AbsensiError as exc:
            self._window.statusBar().showMessage(error_text(exc), 10000)
            return
        self.notice.close()
        self._window.statusBar().showMessage(message, 6000)
