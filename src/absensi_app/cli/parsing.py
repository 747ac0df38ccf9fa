"""Reading the command line: the codes and value parsers of options, argparse in Indonesian,
and the check that text options are valid UTF-8.

Light on purpose (standard library only): every `absensi` start imports it.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from datetime import date, datetime, time

from absensi_app.domain.errors import AbsensiError

LOCATION_CODES = ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")
STATUS_CODES = (
    "hadir",
    "dinas-luar",
    "cuti",
    "sakit",
    "izin",
    "tugas-belajar",
    "libur",
    "tanpa-keterangan",
)
LEAVE_CODES = (
    "tahunan",
    "besar",
    "sakit",
    "melahirkan",
    "alasan-penting",
    "bersama",
    "di-luar-tanggungan-negara",
)
WEEKDAY_CODES = ("sen", "sel", "rab", "kam", "jum", "sab", "min")
RATING_CODES = ("di-atas", "sesuai", "di-bawah")


class CliError(AbsensiError):
    """Bad argument value found after parsing."""


# ---- argument value parsers ----------------------------------------------------------------
def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError("Tanggal '{v}' tidak sah; tulis TTTT-BB-HH, misalnya 2026-11-27.", v=value) from None


def parse_month(value: str) -> tuple[int, int]:
    try:
        parsed = datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise CliError("Bulan '{v}' tidak sah; tulis TTTT-BB, misalnya 2026-11.", v=value) from None
    return parsed.year, parsed.month


def parse_time(value: str) -> time:
    try:
        parsed = datetime.strptime(value, "%H:%M")
    except ValueError:
        if value in ("24:00",):
            raise CliError("Jam 24:00 tidak bisa dipakai; tulis 23:59.") from None
        raise CliError("Jam '{v}' tidak sah; tulis JJ:MM, misalnya 07:30.", v=value) from None
    return parsed.time()


def whole_number(value: str) -> int:
    """argparse type for counts, ids and years: a whole number SQLite can store."""
    try:
        number = int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' bukan bilangan bulat") from None
    if not -(2**63) <= number < 2**63:
        raise argparse.ArgumentTypeError(f"'{value}' terlalu besar")
    return number


def decimal_number(value: str) -> float:
    """argparse type for a size or an amount written as 5, 2,5 or 2.5."""
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' bukan angka (mis. 5 atau 2,5)") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"'{value}' bukan angka (mis. 5 atau 2,5)")
    return number


def parse_hours(value: str) -> float:
    """Hours as people write them here: 37,5 or 37.5."""
    try:
        hours = float(value.strip().replace(",", "."))
    except ValueError:
        hours = math.nan
    if not math.isfinite(hours * 60):
        raise CliError("Jam kerja seminggu '{v}' tidak sah; tulis angka, misalnya 37,5.", v=value)
    return hours


def parse_weekdays(value: str) -> tuple[int, ...]:
    if not value.strip():
        raise CliError("Pilih paling sedikit satu hari kerja, mis. --days sen,sel,rab,kam,jum.")
    days = []
    for part in value.replace(" ", "").lower().split(","):
        if part not in WEEKDAY_CODES:
            raise CliError(
                "Hari '{v}' tidak dikenal; pakai {codes} dipisah koma.",
                v=part,
                codes=",".join(WEEKDAY_CODES),
            )
        days.append(WEEKDAY_CODES.index(part))
    return tuple(sorted(set(days)))


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise CliError("Tahun {y} di luar rentang yang didukung (2000 sampai 2100).", y=year)


# ---- argparse in Indonesian ------------------------------------------------------------------
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "the following arguments are required: %s": "argumen wajib belum diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak sah (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah (harus %(type)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "butuh satu nilai",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}


def argparse_text(message: str) -> str:
    """argparse's own wording in Indonesian (build_parser installs it as ``argparse._``)."""
    return _ARGPARSE_ID.get(message, message)


class Parser(argparse.ArgumentParser):
    """argparse with Indonesian wording for its own errors."""

    command: str | None = None  # the sub-command this parser reads, for its usage exit code

    def error(self, message: str) -> None:  # type: ignore[override]
        from absensi_app.cli import failure_codes  # the exit-code table (cli imports this module)

        self.print_usage(sys.stderr)
        self.exit(failure_codes(self.command)[1], f"{self.prog}: kesalahan: {message}\n")

    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:  # reported by the top parser, with the code of the sub-command they follow
            self.command = getattr(parsed, "command", None)
            self.error(argparse_text("unrecognized arguments: %s") % " ".join(extras))
        return parsed


# ---- text options ----------------------------------------------------------------------------
# Options that name files or folders: kept as the system gave them (a file name need not be
# UTF-8); every other text option must be valid UTF-8 text.
_PATH_OPTIONS = {"file", "out", "folder", "xlsx", "evidence", "data_dir", "trust", "to", "backup"}


def invalid_text_option(args: argparse.Namespace) -> str | None:
    for dest, value in vars(args).items():
        if dest in _PATH_OPTIONS or callable(value):
            continue
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and re.search("[\ud800-\udfff]", v) for v in values):
            return "--" + dest.replace("_", "-")
    return None
