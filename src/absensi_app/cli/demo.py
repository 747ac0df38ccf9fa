"""`absensi demo`: realistic sample data (services/demo.py)."""

from __future__ import annotations

import argparse

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import parse_month
from absensi_app.cli.shared import PASSPHRASE_ENV, context


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo",
        help="isi bulan ini dengan data contoh yang realistis (pada hari-hari pertama bulan, "
        "bulan lalu juga)",
    )
    demo.add_argument("--month", help="hanya bulan TTTT-BB (bawaan: bulan ini, dan bulan lalu "
                      "bila bulan ini baru beberapa hari kerja)")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from absensi_app.services.demo import (
        SAMPLE_PROFILE,
        DemoResult,
        check_demo_month,
        fill_demo_month,
        sample_months,
    )

    ctx = context(args)
    today = ctx.clock.today()
    if args.month is not None:
        months = [parse_month(args.month)]
    else:
        months = sample_months(ctx.worklog, today)
    for year, month in months:
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
    total = DemoResult(0, 0, 0)
    for year, month in months:
        result = fill_demo_month(ctx.worklog, year, month, today, ctx.skp)
        print(
            f"Data contoh {year:04d}-{month:02d}: {result.entries} kegiatan pada {result.days} "
            f"hari, {result.statuses} status hari."
        )
        total += result
    if total.entries and total.sample_plan:
        print(f"{total.linked} dari {total.entries} kegiatan contoh dikaitkan ke RHK rencana SKP "
              "contoh (lihat 'absensi skp list').")
    elif total.entries:
        print("Kegiatan contoh tidak dikaitkan ke RHK: periode SKP bulan itu milik Anda sendiri "
              "dan tidak diubah.")
    return EXIT_OK
