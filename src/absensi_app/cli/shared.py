"""What every command group uses: the data folder's services, the user's own files, the
passphrase, and the filter that keeps control characters off the terminal.

Light on purpose: the services and the file readers are imported when a command runs.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from absensi_app.cli.parsing import CliError

PASSPHRASE_ENV = "ABSENSI_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ABSENSI_NEW_PASSPHRASE"
P12_PASSWORD_ENV = "ABSENSI_P12_PASSWORD"


#: the contexts the running command opened: closed when it ends (``close_contexts``)
_OPENED: list = []


def context(args: argparse.Namespace):  # noqa: ANN201
    """The services over the data folder of ``--data-dir`` (opened, migrated); closed when the
    command ends."""
    from absensi_app.config import AppPaths
    from absensi_app.services.opening import open_folder

    ctx = open_folder(AppPaths.resolve(args.data_dir))
    _OPENED.append(ctx)
    return ctx


def close_contexts() -> None:
    """Close every context the command opened: its database connections are closed here, not
    left to the interpreter's exit (where the objects frozen at the start, ``services.opening``,
    are never collected), so SQLite writes its log back into the database file as it closes."""
    while _OPENED:
        ctx = _OPENED.pop()
        try:
            ctx.close()
        except Exception:  # noqa: BLE001 - the command's own result stands
            import logging

            logging.getLogger(__name__).exception("closing the data folder failed")


def read_input(path: Path, what: str = "Berkas", max_bytes: int = 50 * 1024 * 1024) -> bytes:
    """A user's file through the one reader (regular files only, at most ``max_bytes``)."""
    from absensi_app.services.files import read_user_file

    return read_user_file(path, max_bytes, what)


def read_passphrase(
    confirm: bool = False,
    purpose: str = "kunci tanda tangan",
    env: str = PASSPHRASE_ENV,
    allow_empty: bool = False,
) -> str:
    """From the environment (for scripts) or a hidden prompt; never from the command line.

    Ctrl+D (end of input) or an empty answer at a prompt cancels the command (exit 1);
    ``allow_empty`` keeps an empty answer as the value (a PKCS#12 file without password)."""
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            "Frasa sandi {purpose} dibutuhkan: jalankan perintah ini di terminal, atau isi "
            "variabel lingkungan {env}.",
            purpose=purpose,
            env=env,
        )
    hint = " (kosongkan bila tanpa sandi)" if allow_empty else ""
    value = _prompt(f"Frasa sandi {purpose}{hint}: ", allow_empty)
    if confirm and _prompt("Ulangi frasa sandi: ", allow_empty) != value:
        raise CliError("Kedua frasa sandi tidak sama; tidak ada yang diubah.")
    return value


def _prompt(prompt: str, allow_empty: bool) -> str:
    """One hidden answer (getpass reads the terminal itself); nothing typed cancels."""
    import getpass

    try:
        value = getpass.getpass(prompt)
    except EOFError:  # Ctrl+D: getpass leaves the prompt's line open on the terminal
        try:
            with open("/dev/tty", "w", encoding="utf-8") as tty:
                tty.write("\n")
        except OSError:
            pass
        value = None
    if value is None or (not value and not allow_empty):
        raise CliError("dibatalkan: tidak ada frasa sandi yang diisi; tidak ada yang diubah.")
    return value


# ---- terminal output --------------------------------------------------------------------------
# What never reaches the terminal raw: C0 controls except tab and newline (ESC starts escape
# sequences, CR overwrites a line, BEL rings), DEL, C1 (0x9b is CSI), bidirectional overrides
# and isolates (they reorder what is shown), and lone surrogates (invalid UTF-8 from argv).
_UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with every control character in a visible form (``\u001b`` for ESC).

    The same form is a valid JSON escape, so JSON output stays valid JSON with the same
    meaning. Used for everything the command prints (see :class:`VisibleStream`), which
    covers user text stored by older versions and names read from certificates."""
    return _UNSAFE_OUTPUT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class VisibleStream:
    """stdout/stderr that pass every write through :func:`visible`."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str):  # noqa: ANN204 - fileno, flush, isatty, encoding...
        return getattr(self._stream, name)


def command_line(args: argparse.Namespace, *words: str) -> str:
    """An `absensi` command line to copy, with the same --data-dir (and --profile), quoted for
    the shell of this system (POSIX shells; cmd.exe and PowerShell on Windows)."""
    where = ["--data-dir", args.data_dir] if getattr(args, "data_dir", None) is not None else []
    if getattr(args, "profile", None):
        where += ["--profile", args.profile]
    words = ["absensi", *where, *words]
    if os.name == "nt":
        import subprocess

        return subprocess.list2cmdline(words)
    import shlex

    return shlex.join(words)


def require_signing_key(ctx, args: argparse.Namespace, what: str, unsigned: list[str] | None = None,  # noqa: ANN001
                        unsigned_label: str = "Tanpa tanda tangan") -> None:
    """No signing key in this data folder: say so, and how to make one, before any passphrase is
    asked. ``what``: the sentence's subject ("ringkasan ini", "persetujuan ini"…); ``unsigned``:
    the words of the same command without a signature, when there is such a command."""
    if ctx.keys.has_key():
        return
    instead = ""
    params = {"create": command_line(args, "key", "create"), "imp": command_line(args, "key", "import", "FILE.p12")}
    if unsigned is not None:
        instead = unsigned_label + ": {unsigned}; atau buat"
        params["unsigned"] = command_line(args, *unsigned)
    raise CliError(
        "Belum ada kunci tanda tangan, jadi " + what + " tidak bisa ditandatangani. "
        + (instead or "Buat") + " kunci dulu: {create} (atau pakai sertifikat yang sudah ada: {imp}), "
        "lalu ulangi perintah ini.",
        **params,
    )
