"""`absensi reminder check|set|snooze|dismiss|show`: the gentle reminders (issue 13).

``check`` answers with its exit code: 0 when a reminder is due, 1 when none is; its own
failures are 4 and 64, as for ``verify`` (cli/__init__.py, COMMAND_FAILURE_CODES).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError, Parser, check_year, parse_date, parse_time, whole_number
from absensi_app.cli.shared import context

CHECK_COMMAND = "reminder check"  # its key in COMMAND_FAILURE_CODES
EXIT_DUE = 0
EXIT_NOT_DUE = 1
SWITCH = ("on", "off")
_AT_HELP = 'saat yang diperiksa "TTTT-BB-HH JJ:MM" (bawaan: sekarang)'


def register(sub: argparse._SubParsersAction) -> None:
    rem = sub.add_parser("reminder", help="pengingat harian dan akhir bulan: periksa, atur, tunda")
    remsub = rem.add_subparsers(dest="reminder_command", metavar="PERINTAH", parser_class=Parser)
    remsub.required = True

    chk = remsub.add_parser(
        "check", help="apakah ada pengingat saat ini, dan mengapa",
        epilog="Kode keluar: 0 ada pengingat, 1 tidak ada, 4 gagal (pesan di stderr), 64 perintah salah tulis.",
    )
    chk.command = CHECK_COMMAND  # its usage errors exit 64 (Parser.error)
    chk.add_argument("--at", metavar='"TTTT-BB-HH JJ:MM"', help=_AT_HELP)
    chk.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    # args.command names it for the exit-code table (failure_codes): 4 and 64, not 1 and 2
    chk.set_defaults(func=cmd_reminder_check, command=CHECK_COMMAND)

    st = remsub.add_parser("set", help="atur jam pengingat, nyalakan atau matikan tiap jenisnya")
    st.add_argument("--time", help="jam pengingat JJ:MM (bawaan 15:30)")
    st.add_argument("--daily", choices=SWITCH, help="pengingat harian: on atau off")
    st.add_argument("--month-end", choices=SWITCH, help="pengingat akhir bulan: on atau off")
    st.set_defaults(func=cmd_reminder_set)

    sn = remsub.add_parser("snooze", help="tunda pengingat (bawaan 30 menit)")
    sn.add_argument("--minutes", type=whole_number, default=None, help="lama penundaan dalam menit (1-720, bawaan 30)")
    sn.add_argument("--at", metavar='"TTTT-BB-HH JJ:MM"', help='saat penundaan dimulai (bawaan: sekarang)')
    sn.set_defaults(func=cmd_reminder_snooze)

    dm = remsub.add_parser("dismiss", help="tidak hari ini: tanpa pengingat lagi sampai besok")
    dm.add_argument("--at", metavar='"TTTT-BB-HH JJ:MM"',
                    help="saat yang berlaku; harinya yang ditutup (bawaan: sekarang)")
    dm.set_defaults(func=cmd_reminder_dismiss)

    sh = remsub.add_parser("show", help="pengaturan pengingat dan penundaannya")
    sh.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    sh.set_defaults(func=cmd_reminder_show)



def parse_moment(value: str) -> datetime:
    """ "2026-12-30 15:45" (or 2026-12-30T15:45) through the date and time parsers."""
    parts = value.strip().replace("T", " ", 1).split()
    if len(parts) != 2:
        raise CliError('Saat \'{v}\' tidak sah; tulis "TTTT-BB-HH JJ:MM", misalnya "2026-12-30 15:45".', v=value)
    day = parse_date(parts[0])
    check_year(day.year)
    return datetime.combine(day, parse_time(parts[1]))


def _moment(args: argparse.Namespace) -> datetime | None:
    return parse_moment(args.at) if args.at is not None else None


def cmd_reminder_check(args: argparse.Namespace) -> int:
    at = _moment(args)
    ctx = context(args)
    try:
        ctx.profile.require()
        decision = ctx.reminders.check(at)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(decision_to_json(decision), ensure_ascii=False, indent=2))
        return EXIT_DUE if decision.due else EXIT_NOT_DUE
    from absensi_app.domain.model import format_day_long

    when = f"{format_day_long(decision.at.date())} {decision.at:%H:%M}"
    if decision.due:
        print(f"Ada pengingat ({', '.join(k.label.lower() for k in decision.kinds)}) pada {when}.")
    else:
        print(f"Tidak ada pengingat pada {when}.")
    for d in decision.decisions:
        print(f"  {d.kind.label:<12}: {d.reason.text}")
    if decision.month_end.due:
        print(f"Ekspor ringkasannya: absensi export --month {decision.at:%Y-%m} --out BERKAS.pdf")
    return EXIT_DUE if decision.due else EXIT_NOT_DUE


def decision_to_json(decision) -> dict:  # noqa: ANN001
    """`reminder check --json`: a contract (README)."""
    facts = decision.facts
    return {
        "due": decision.due,
        "kind": decision.kind.value if decision.kind else None,
        "kinds": [k.value for k in decision.kinds],
        "reason": decision.reason,
        "reasons": {d.kind.value: d.reason.text for d in decision.decisions},
        "at": decision.at.isoformat(timespec="minutes"),
        "day": facts.day.isoformat(),
        "working_day": facts.off is None,
        "off_day": facts.off.value if facts.off else None,
        "holiday": facts.holiday,
        "status": facts.status.status.value if facts.status else None,
        "entries": facts.entries,
        "last_working_days": [d.isoformat() for d in facts.last_working_days],
        "empty_days": [d.isoformat() for d in facts.empty_days],
        "snoozed_until": decision.snoozed_until.isoformat(timespec="minutes") if decision.snoozed_until else None,
        "dismissed": decision.dismissed,
    }


def cmd_reminder_set(args: argparse.Namespace) -> int:
    if args.time is None and args.daily is None and args.month_end is None:
        raise CliError("Sebutkan yang diubah: --time JJ:MM, --daily on|off atau --month-end on|off "
                       "(pengaturannya: 'absensi reminder show').")
    at = parse_time(args.time) if args.time is not None else None
    ctx = context(args)
    try:
        settings = ctx.reminders.update(
            at, _switch(args.daily), _switch(args.month_end)
        )
    finally:
        ctx.close()
    print("Pengaturan pengingat tersimpan.")
    _print_settings(settings)
    return EXIT_OK


def _switch(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def cmd_reminder_snooze(args: argparse.Namespace) -> int:
    from absensi_app.domain.reminders import DEFAULT_SNOOZE_MINUTES

    at = _moment(args)
    ctx = context(args)
    try:
        until = ctx.reminders.snooze(
            DEFAULT_SNOOZE_MINUTES if args.minutes is None else args.minutes, at
        )
    finally:
        ctx.close()
    print(f"Pengingat ditunda sampai {until:%Y-%m-%d %H:%M}.")
    return EXIT_OK


def cmd_reminder_dismiss(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    at = _moment(args)
    ctx = context(args)
    try:
        day = ctx.reminders.dismiss(at)
    finally:
        ctx.close()
    print(f"Tidak ada pengingat lagi pada {format_day_long(day)}.")
    return EXIT_OK


def cmd_reminder_show(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        service = ctx.reminders
        settings, state = service.settings(), service.state()
    finally:
        ctx.close()
    if args.json:
        print(json.dumps({
            "time": f"{settings.time:%H:%M}",
            "daily": settings.daily,
            "month_end": settings.month_end,
            "snoozed_until": state.snoozed_until.isoformat(timespec="minutes") if state.snoozed_until else None,
            "dismissed_on": state.dismissed_on.isoformat() if state.dismissed_on else None,
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_settings(settings)
    if state.snoozed_until is not None:
        print(f"  Ditunda sampai   : {state.snoozed_until:%Y-%m-%d %H:%M}")
    if state.dismissed_on is not None:
        print(f"  Ditutup untuk    : {state.dismissed_on.isoformat()} (tidak hari ini)")
    return EXIT_OK


def _print_settings(settings) -> None:  # noqa: ANN001
    def word(on: bool) -> str:
        return "nyala" if on else "mati"

    print(f"  Jam pengingat    : {settings.time:%H:%M}")
    print(f"  Harian           : {word(settings.daily)}")
    print(f"  Akhir bulan      : {word(settings.month_end)}")
