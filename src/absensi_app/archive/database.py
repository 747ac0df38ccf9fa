"""Connecting to the archive's PostgreSQL server: the URL rules, the engine, and one sentence
for every connection problem a personnel office can act on.

A password never travels in the URL (it would sit in the shell's history and in ``ps``):
libpq's own ways work as usual (``~/.pgpass``, ``PGPASSWORD``, ``PGSERVICE``), and a caller
that can ask a person (the CLI at a terminal, later the window) passes the answer as
``password``. Driver messages reach the user as one line, never with SQL or a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from absensi_app.domain.errors import AbsensiError

#: Where the archive's URL is read from when ``--db`` is not given.
URL_ENV = "ABSENSI_ARSIP_DB"
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
_ACCEPTED_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class ArchiveError(AbsensiError):
    """The archive cannot be used as asked; nothing was changed."""


class PasswordNeeded(ArchiveError):
    """The server asks for a password and none was found (no .pgpass, no PGPASSWORD)."""


def parse_url(value: str | None) -> URL:
    """The archive's address as SQLAlchemy's URL for psycopg; refuses anything that is not a
    PostgreSQL URL and any URL that holds a password."""
    raw = (value or "").strip()
    if not raw:
        raise ArchiveError(
            "Alamat arsip belum disebut: pakai --db postgresql://PENGGUNA@SERVER/DATABASE atau isi "
            "variabel lingkungan {env}.",
            env=URL_ENV,
        )
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):
        raise ArchiveError(
            "'{url}' bukan alamat PostgreSQL; tulis postgresql://PENGGUNA@SERVER:PORT/DATABASE.", url=_mask(raw)
        ) from None
    if url.drivername not in _ACCEPTED_SCHEMES:
        raise ArchiveError(
            "'{url}' bukan alamat PostgreSQL; tulis postgresql://PENGGUNA@SERVER:PORT/DATABASE.", url=_mask(raw)
        )
    if url.password is not None or any(key.lower() == "password" for key in url.query):
        raise ArchiveError(
            "Alamat arsip memuat kata sandi; kata sandi tidak pernah ditulis di baris perintah. Hapus "
            "kata sandinya dari alamat dan pakai berkas ~/.pgpass, variabel PGPASSWORD atau PGSERVICE; "
            "di terminal, kata sandi ditanyakan bila server memintanya."
        )
    return url.set(drivername=DRIVER)


def _mask(raw: str) -> str:
    """A URL as it may be shown: whatever stands between ':' and '@' of the user part hidden."""
    head, at, rest = raw.rpartition("@")
    if not at or "://" not in head:
        return raw
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':', 1)[0]}{':***' if ':' in user else ''}@{rest}"


def shown(url: URL) -> str:
    """The URL as messages show it (scheme as the user typed it, never a password)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


@dataclass(frozen=True)
class ArchiveAddress:
    """What a worker process needs to connect: the URL and a password a person typed (or None)."""

    url: str  # rendered without password
    password: str | None = None

    @classmethod
    def of(cls, value: str | None, password: str | None = None) -> ArchiveAddress:
        return cls(parse_url(value).render_as_string(hide_password=False), password)

    @property
    def sqlalchemy_url(self) -> URL:
        return make_url(self.url)

    def __repr__(self) -> str:  # never a password in a log line or a traceback
        return f"ArchiveAddress({shown(self.sqlalchemy_url)!r})"


def make_archive_engine(address: ArchiveAddress, pool_size: int = 5) -> Engine:
    """An engine for the archive (no connection is made yet)."""
    args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "absensi-arsip"}
    if address.password:
        args["password"] = address.password
    return create_engine(address.sqlalchemy_url, connect_args=args, pool_size=pool_size, max_overflow=2)


def sessions_for(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def check_connection(engine: Engine) -> None:
    """Connect once: an unreachable server, a wrong database or a missing password become an
    ArchiveError (PasswordNeeded when a password would help)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise connection_problem(exc, engine.url) from None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def connection_problem(exc: BaseException, url: URL) -> ArchiveError:
    """The sentence for a driver error of the archive (connection, authentication, a query)."""
    cause = getattr(exc, "orig", None) or exc
    detail = _one_line(cause)
    low = detail.lower()
    where = shown(url)
    server = f"{url.host or 'soket lokal'}" + (f":{url.port}" if url.port else "")
    if "no password supplied" in low or "password is required" in low:
        return PasswordNeeded(
            "Server PostgreSQL {server} meminta kata sandi untuk pengguna {user}: isi berkas ~/.pgpass "
            "atau variabel PGPASSWORD, atau jalankan perintah ini di terminal agar ditanyakan.",
            server=server, user=url.username or "-",
        )  # fmt: skip
    if "password authentication failed" in low:
        return ArchiveError("Server PostgreSQL {server} menolak kata sandi pengguna {user}.", server=server,
                            user=url.username or "-")  # fmt: skip
    if "database" in low and "does not exist" in low:
        return ArchiveError("Database '{db}' tidak ada di server PostgreSQL {server}; buat dulu (createdb) "
                            "lalu jalankan 'absensi arsip init'.", db=url.database or "-", server=server)  # fmt: skip
    if any(word in low for word in ("connection refused", "could not connect", "timeout expired",
                                    "could not translate host name", "no such file or directory",
                                    "connection to server", "server closed the connection")):  # fmt: skip
        return ArchiveError("Server PostgreSQL {server} tidak bisa dihubungi ({where}): {detail}",
                            server=server, where=where, detail=detail[:300])  # fmt: skip
    return ArchiveError("Arsip {where} tidak bisa dipakai: {detail}", where=where, detail=detail[:300])
