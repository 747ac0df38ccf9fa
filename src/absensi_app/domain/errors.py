"""Errors the domain and services raise for the user to read.

Messages are Indonesian templates (the app's source language). The GUI passes the
template through Qt's translator before formatting, the command line prints it as is.
"""

from __future__ import annotations


class AbsensiError(Exception):
    """Base class: something the user can act on, with a readable message."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ValidationError(AbsensiError):
    """Input was rejected; nothing was changed."""

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(AbsensiError):
    """The thing asked for does not exist (any more)."""


class ProfileMissingError(AbsensiError):
    def __init__(self) -> None:
        super().__init__(
            "Profil pegawai belum dibuat. Jalankan 'absensi init' atau buka aplikasi untuk mengisinya."
        )
