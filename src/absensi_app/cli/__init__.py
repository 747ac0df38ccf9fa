"""The `absensi` command: the GUI when run bare, sub-commands over the same services.

This module never imports Qt; `absensi` without arguments hands over to absensi_app.app.
It holds the entry point, the top of the parser, and the exit codes: the table below is the
only place they are decided (README documents it). Each command group has a module of its own
(cli/<group>.py) whose ``register`` adds its sub-commands.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from types import ModuleType

from absensi_app import __version__
from absensi_app.cli.parsing import Parser, argparse_text, invalid_text_option
from absensi_app.cli.shared import VisibleStream
from absensi_app.domain.errors import AbsensiError

# ---- exit codes: the one table ---------------------------------------------------------------
EXIT_OK = 0
EXIT_FAILED = 1  # the request was refused or failed (one line on stderr)
EXIT_USAGE = 2  # the command line itself was wrong (usage on stderr)
EXIT_INTERRUPTED = 130  # Ctrl+C

# `absensi verify` exits with its verdict; its own failures get codes that no verdict uses.
# Keyed by the verdict's status (``domain.verdict.Outcome`` values, as in `verify --json`), so
# that starting the app does not import the verdict's module.
VERIFY_EXIT_CODES = {
    "sah": 0,  # Outcome.VALID
    "tidak-sah": 1,  # Outcome.INVALID
    "tanpa-tanda-tangan": 1,  # Outcome.UNSIGNED
    "tidak-terbaca": 2,  # Outcome.UNREADABLE
    "penanda-tangan-belum-dikenal": 3,  # Outcome.UNTRUSTED
    "sertifikat-berbeda": 3,  # Outcome.CONFLICT
    "dipalsukan": 1,  # Outcome.FORGED: signed in your own NIP with a certificate that is not yours
}
EXIT_NOT_CHECKED = 4  # verify could not check (a --trust file missing or unreadable, ...)
EXIT_VERIFY_USAGE = 64  # verify's command line was wrong

# commands whose failures must not look like one of their results: (failed, usage);
# `absensi reminder check` answers 0 (a reminder is due) or 1 (none is), like a verdict
COMMAND_FAILURE_CODES = {
    "verify": (EXIT_NOT_CHECKED, EXIT_VERIFY_USAGE),
    "reminder check": (EXIT_NOT_CHECKED, EXIT_VERIFY_USAGE),
}


def failure_codes(command: str | None) -> tuple[int, int]:
    """(refused or failed, wrong command line) for a sub-command."""
    return COMMAND_FAILURE_CODES.get(command or "", (EXIT_FAILED, EXIT_USAGE))


_log = logging.getLogger("absensi.cli")


def command_groups() -> tuple[ModuleType, ...]:
    """The modules of the command groups, in the order `absensi --help` lists their commands."""
    from absensi_app.cli import (
        arsip,
        backup,
        calendar,
        demo,
        evaluation,
        export,
        keys,
        log,
        profile,
        profiles,
        reminder,
        skp,
        supervisor,
        team,
        template,
        timer,
        transfer,
    )

    # team extends the `approve` that supervisor registers: it comes after it
    return (profile, profiles, log, timer, template, reminder, skp, calendar, keys, export, evaluation,
            supervisor, team, demo, backup, transfer, arsip)


#: the command group (module of cli/) that registers each command. A command line naming one
#: of them builds that group's parser only (importing every group and building every
#: sub-parser cost a command about 60 ms); tests/cli/test_cli_parser_groups.py checks the
#: table against the full parser
COMMAND_GROUP = {
    "gui": "profile", "init": "profile", "profile": "profile", "schedule": "profile",
    "profiles": "profiles", "log": "log", "status": "log", "summary": "log", "timer": "timer",
    "template": "template", "reminder": "reminder", "skp": "skp", "holiday": "calendar",
    "ramadan": "calendar", "key": "keys", "export": "export", "unlock": "export",
    "history": "export", "evaluation": "evaluation", "cert": "supervisor", "trust": "supervisor",
    "verify": "supervisor", "return": "supervisor", "receive": "supervisor", "open": "supervisor",
    "recap": "team", "approve": "team", "demo": "demo", "backup": "backup",
    "transfer": "transfer", "arsip": "arsip",
}


def named_command(argv: list[str]) -> str | None:
    """The command ``argv`` names after the global options, or None when the full parser must
    read it (no command, --help, --version, an abbreviated or unknown option, an unknown
    command: the full parser words those)."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in ("--data-dir", "--profile"):
            if not rest:
                return None
            rest.pop(0)
        elif token.startswith(("--data-dir=", "--profile=")):
            continue
        elif token.startswith("-"):
            return None
        else:
            return token if token in COMMAND_GROUP else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with ``command`` (a key of :data:`COMMAND_GROUP`) only
    of the group that registers it."""
    argparse._ = argparse_text  # argparse looks its wording up through this name
    parser = Parser(
        prog="absensi",
        description=(
            "Absensi: catatan kehadiran dan kegiatan harian ASN (PNS dan PPPK). "
            "Tanpa perintah, aplikasi desktop dibuka."
        ),
        epilog="Kode keluar: 0 berhasil, 1 ditolak atau gagal (pesan di stderr), 2 perintah salah tulis.",
    )
    parser.add_argument(
        "--version", action="version", version=f"absensi {__version__}",
        help="tampilkan versi program lalu keluar",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder semua data (database, kunci, cadangan, log); bawaan: $ABSENSI_DATA_DIR "
        "atau folder data pengguna",
    )
    parser.add_argument(
        "--profile",
        metavar="NAMA",
        help="buka data profil NAMA (lihat 'absensi profiles list'); bawaan: $ABSENSI_PROFILE atau "
        "profil yang terakhir dipakai. --data-dir menang atasnya",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    if command is None:
        groups = command_groups()
    else:
        import importlib

        groups = (importlib.import_module(f"absensi_app.cli.{COMMAND_GROUP[command]}"),)
    for group in groups:
        group.register(sub)
    return parser


# ---- entry point ----------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    if os.name == "nt":  # a console or pipe in the ANSI code page cannot take "›" or every name
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="replace")
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(stdout), VisibleStream(stderr)
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _gui_only(argv: list[str]) -> argparse.Namespace | None:
    """A bare ``absensi [--data-dir DIR] [--profile NAME]`` (the desktop app) as parsed
    arguments, without building every command group's parser (about 100 ms before the
    window); None for anything else, which the full parser reads."""
    values: dict[str, str | None] = {"data_dir": None, "profile": None}
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        name, eq, value = token.partition("=")
        key = {"--data-dir": "data_dir", "--profile": "profile"}.get(name)
        if key is None:
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None  # the full parser says what is missing
            value = rest.pop(0)
        values[key] = value
    return argparse.Namespace(command=None, **values)


def _main(argv: list[str]) -> int:
    args = _gui_only(argv)
    if args is None:
        args = build_parser(named_command(argv)).parse_args(argv)
    if args.command is None:
        from absensi_app.cli.profile import cmd_gui

        args.func = cmd_gui
    if args.data_dir is not None and not args.data_dir.strip():
        print("absensi: --data-dir tidak boleh kosong; sebutkan sebuah folder.", file=sys.stderr)
        return failure_codes(args.command)[1]
    if args.profile is not None and not args.profile.strip():
        print("absensi: --profile tidak boleh kosong; sebutkan nama profil (lihat 'absensi profiles "
              "list').", file=sys.stderr)
        return failure_codes(args.command)[1]
    bad_option = invalid_text_option(args)
    if bad_option is not None:
        print(f"absensi: nilai {bad_option} bukan teks UTF-8 yang sah (ada byte yang tidak bisa "
              "dibaca sebagai huruf); tulis ulang nilainya.", file=sys.stderr)
        return failure_codes(args.command)[1]
    try:
        from absensi_app.cli.profiles import open_chosen_profile

        open_chosen_profile(args)  # the folder of --profile; a protected one's passphrase
        return args.func(args)
    except KeyboardInterrupt:
        print("absensi: dibatalkan.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        message = _failure_message(exc, args, argv)
        if message is not None:
            print(f"absensi: {message}", file=sys.stderr)
        return failure_codes(args.command)[0]
    finally:
        from absensi_app.cli.shared import close_contexts

        close_contexts()


def _failure_message(exc: Exception, args: argparse.Namespace, argv: list[str]) -> str | None:
    """The one line on stderr for anything a command raised (None: say nothing)."""
    if isinstance(exc, AbsensiError):
        return exc.message
    if isinstance(exc, BrokenPipeError):  # e.g. "absensi log list | head": the reader has gone
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return None
    from sqlalchemy.exc import DBAPIError

    from absensi_app.store.migrate import MigrationError

    if isinstance(exc, DBAPIError):  # e.g. not a database, locked, disk full
        from absensi_app.store.database import database_problem

        _log.warning("database error in %s: %s", argv, exc)
        problem = database_problem(exc)
        if problem is not None:
            return problem.message
        return f"database tidak bisa dipakai ({_database_path(args)}): {_one_line(exc.orig)}"
    if isinstance(exc, MigrationError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"berkas atau folder tidak bisa dipakai{where}: {exc.strerror or exc}"
    if logging.getLogger().handlers:  # else logging's last resort prints the traceback
        _log.exception("unexpected error in %s", argv)
    return (f"terjadi kesalahan tak terduga ({type(exc).__name__}: {_one_line(exc)}). "
            "Rinciannya tercatat di folder log aplikasi.")


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _database_path(args: argparse.Namespace) -> str:
    from absensi_app.config import AppPaths

    try:
        return str(AppPaths.resolve(args.data_dir, getattr(args, "profile", None)).database)
    except Exception:  # noqa: BLE001 - only used to word an error message
        return "?"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
