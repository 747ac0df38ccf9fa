"""`absensi holiday list|add|remove|reset` and `ramadan set|clear|list`: the working calendar."""

from __future__ import annotations

import argparse
import json

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import Parser, check_year, parse_date, parse_hours, whole_number
from absensi_app.cli.shared import context
from absensi_app.domain.hours import RAMADAN_WEEKLY_MINUTES


def _hours(minutes: int) -> str:
    """Hours as the help texts write them: 32,5."""
    return f"{minutes / 60:g}".replace(".", ",")


def register(sub: argparse._SubParsersAction) -> None:
    hol = sub.add_parser("holiday", help="hari libur: nasional, cuti bersama dan libur daerah")
    holsub = hol.add_subparsers(dest="holiday_command", metavar="PERINTAH", parser_class=Parser)
    holsub.required = True
    hl = holsub.add_parser("list", help="daftar hari libur setahun")
    hl.add_argument("--year", type=whole_number, help="tahun (bawaan: tahun ini)")
    hl.add_argument("--json", action="store_true", help="keluaran JSON")
    hl.set_defaults(func=cmd_holiday_list)
    ha = holsub.add_parser("add", help="tambah hari libur (mis. libur daerah)")
    ha.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    ha.add_argument("--name", required=True, help="nama hari libur")
    ha.set_defaults(func=cmd_holiday_add)
    hr = holsub.add_parser("remove", help="jadikan hari libur sebagai hari kerja biasa")
    hr.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    hr.set_defaults(func=cmd_holiday_remove)
    hx = holsub.add_parser("reset", help="kembalikan satu tanggal ke kalender nasional")
    hx.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    hx.set_defaults(func=cmd_holiday_reset)

    ram = sub.add_parser("ramadan", help="jam kerja selama Ramadan (tanggal diisi tiap tahun)")
    ramsub = ram.add_subparsers(dest="ramadan_command", metavar="PERINTAH", parser_class=Parser)
    ramsub.required = True
    rs = ramsub.add_parser("set", help="atur periode Ramadan satu tahun")
    rs.add_argument("--from", dest="first", required=True, help="hari pertama TTTT-BB-HH")
    rs.add_argument("--to", dest="last", required=True, help="hari terakhir TTTT-BB-HH")
    rs.add_argument("--weekly-hours", help=f"jam kerja seminggu (bawaan {_hours(RAMADAN_WEEKLY_MINUTES)})")
    rs.set_defaults(func=cmd_ramadan_set)
    rc = ramsub.add_parser("clear", help="hapus periode Ramadan satu tahun")
    rc.add_argument("--year", type=whole_number, required=True, help="tahun")
    rc.set_defaults(func=cmd_ramadan_clear)
    rl = ramsub.add_parser("list", help="daftar periode Ramadan yang sudah diatur")
    rl.set_defaults(func=cmd_ramadan_list)


def cmd_holiday_list(args: argparse.Namespace) -> int:
    from datetime import date

    from absensi_app.domain.calendar import is_estimate
    from absensi_app.domain.model import format_day_long

    ctx = context(args)
    year = args.year if args.year is not None else ctx.clock.today().year
    check_year(year)
    first, last = date(year, 1, 1), date(year, 12, 31)
    national = ctx.calendar.national_between(first, last)
    changes = {c.day: c for c in ctx.calendar.changes(first, last)}
    rows = []
    for day in sorted(set(national) | set(changes)):
        change = changes.get(day)
        if change is None:
            source, name = "nasional", national[day]
        elif change.is_holiday:
            source, name = "ditambahkan", change.name
        else:
            source, name = "dihapus", national.get(day, "")
        rows.append({"date": day.isoformat(), "name": name, "source": source,
                     "estimated": is_estimate(name)})
    if args.json:
        print(json.dumps({"year": year, "holidays": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        day = date.fromisoformat(row["date"])
        note = {"nasional": "", "ditambahkan": " [ditambahkan]", "dihapus": " [dihapus: hari kerja]"}
        print(f"{format_day_long(day):<28} {row['name']}{note[row['source']]}")
    estimated = sum(1 for r in rows if r["estimated"])
    print(f"{sum(1 for r in rows if r['source'] != 'dihapus')} hari libur pada {year}"
          + (f"; {estimated} tanggal masih perkiraan." if estimated else "."))
    return EXIT_OK


def cmd_holiday_add(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = context(args)
    ctx.calendar.add_holiday(day, args.name)
    print(f"{format_day_long(day)} menjadi hari libur: {args.name.strip()}.")
    return EXIT_OK


def cmd_holiday_remove(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = context(args)
    ctx.calendar.remove_holiday(day)
    print(f"{format_day_long(day)} sekarang hari kerja biasa (bila jadwal memuat harinya).")
    return EXIT_OK


def cmd_holiday_reset(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = context(args)
    if ctx.calendar.reset_day(day) is None:
        print(f"{format_day_long(day)} sudah mengikuti kalender nasional.")
    else:
        print(f"{format_day_long(day)} kembali mengikuti kalender nasional.")
    return EXIT_OK


def cmd_ramadan_set(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_minutes

    first, last = parse_date(args.first), parse_date(args.last)
    minutes = RAMADAN_WEEKLY_MINUTES if args.weekly_hours is None else round(parse_hours(args.weekly_hours) * 60)
    ctx = context(args)
    period = ctx.calendar.set_ramadan(first, last, minutes)
    print(f"Ramadan {period.first.year}: {period.first:%d-%m-%Y} s.d. {period.last:%d-%m-%Y}, "
          f"{format_minutes(period.weekly_minutes)} seminggu.")
    return EXIT_OK


def cmd_ramadan_clear(args: argparse.Namespace) -> int:
    check_year(args.year)
    ctx = context(args)
    if ctx.calendar.clear_ramadan(args.year) is None:
        print(f"Belum ada periode Ramadan untuk {args.year}.")
    else:
        print(f"Periode Ramadan {args.year} dihapus.")
    return EXIT_OK


def cmd_ramadan_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_minutes

    ctx = context(args)
    periods = ctx.calendar.ramadan_periods()
    if not periods:
        print("Belum ada periode Ramadan. Atur dengan 'absensi ramadan set --from ... --to ...'.")
    for p in periods:
        print(f"{p.first.year}: {p.first:%d-%m-%Y} s.d. {p.last:%d-%m-%Y}, "
              f"{format_minutes(p.weekly_minutes)} seminggu")
    return EXIT_OK
