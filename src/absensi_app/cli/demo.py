"""`absensi demo`: a month of realistic sample data (services/demo.py)."""

from __future__ import annotations

import argparse

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import parse_month
from absensi_app.cli.shared import PASSPHRASE_ENV, context


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="isi satu bulan dengan data contoh yang realistis")
    demo.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from absensi_app.services.demo import SAMPLE_PROFILE, check_demo_month, fill_demo_month

    ctx = context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
    check_demo_month(year, month, today)
    if not ctx.profile.has_profile():
        ctx.profile.save(SAMPLE_PROFILE)
        print(f"Profil contoh dibuat: {SAMPLE_PROFILE.name.rstrip('.')}.")  # "S.E." ends it
        import os

        if os.environ.get(PASSPHRASE_ENV):
            if not ctx.keys.has_key():
                ctx.keys.create(os.environ[PASSPHRASE_ENV])
                print("Kunci tanda tangan contoh dibuat dengan frasa sandi dari "
                      f"{PASSPHRASE_ENV}.")
    result = fill_demo_month(ctx.worklog, year, month, today, ctx.skp)
    print(
        f"Data contoh {year:04d}-{month:02d}: {result.entries} kegiatan pada {result.days} hari, "
        f"{result.statuses} status hari."
    )
    return EXIT_OK
