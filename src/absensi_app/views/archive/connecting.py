"""Connecting the archive window to its PostgreSQL server, off the GUI thread.

The address is typed without a password (``archive.database`` refuses one in the URL). libpq's
own ways work as at the terminal (``~/.pgpass``, ``PGPASSWORD``, ``PGSERVICE``); when the
server still asks for a password, the window asks for it (``prompts.ask_secret``) and hands it
to psycopg in the connection's arguments for this window only: it is never written anywhere.
A mixin of ``ArchiveWindow`` (its strings are under that context)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from absensi_app.archive.database import ArchiveAddress, PasswordNeeded, shown
from absensi_app.domain.errors import AbsensiError
from absensi_app.views import prompts
from absensi_app.views.archive.address_memory import remember_address
from absensi_app.views.labels import error_text
from absensi_app.views.workers import run_task

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class Connecting:
    """Uses the window's ``url_edit``, ``connection_label``, ``data_dir``, ``archive`` and
    ``_connected_to(archive)``; ``connecting`` is True while a connection is being made."""

    def connect_archive(self, url: str | None = None, password: str | None = None) -> bool:
        """Connect to ``url`` (else the address typed); False (with the sentence shown) when the
        address cannot be used at all."""
        if self.connecting or self.busy:
            return False
        text = (self.url_edit.text() if url is None else url).strip()
        if url is not None:
            self.url_edit.setText(text)
        try:
            address = ArchiveAddress.of(text, password)
        except AbsensiError as exc:
            self.show_problem(error_text(exc))
            return False
        self.connecting = True
        self.show_note(_tr("Menghubungkan ke {url}\u2026").format(url=shown(address.sqlalchemy_url)))
        self._update_actions()
        from absensi_app.archive.service import Archive

        run_task(lambda: Archive.open(address), lambda archive: self._opened(archive, text),
                 lambda exc: self._open_failed(exc, text, password), parent=self)  # fmt: skip
        return True

    def _opened(self, archive, text: str) -> None:  # noqa: ANN001 - archive.service.Archive
        self.connecting = False
        remember_address(self.data_dir, text)
        self._connected_to(archive)

    def _open_failed(self, exc: Exception, text: str, password: str | None) -> None:
        self.connecting = False
        self._update_actions()
        if isinstance(exc, PasswordNeeded) and password is None:
            secret = prompts.ask_secret(self, _tr("Kata sandi arsip"), _tr(
                "Server PostgreSQL {server} meminta kata sandi untuk pengguna {user}. Kata sandi hanya "
                "dipakai selama jendela ini terbuka dan tidak disimpan.").format(
                    server=exc.params.get("server", ""), user=exc.params.get("user", "")))  # fmt: skip
            if secret:
                self.connect_archive(text, secret)
                return
            problem = _tr("Belum terhubung: kata sandi tidak diisi.")
        elif isinstance(exc, AbsensiError):
            problem = error_text(exc)
        else:  # a driver or library failure: one sentence, the details in the log
            log.error("archive could not be opened", exc_info=exc)
            problem = _tr("Arsip tidak bisa dibuka: {e}").format(e=" ".join(f"{type(exc).__name__}: {exc}".split())[:300])
        if self.archive is not None:  # the archive shown stays connected
            problem += " " + _tr("Masih terhubung ke {url}; tabel di bawah dari arsip itu.").format(
                url=shown(self.archive.address.sqlalchemy_url))  # fmt: skip
        self.show_problem(problem)
