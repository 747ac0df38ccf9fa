"""`absensi skp list|import|export`: the SKP plan (RHK, targets, Rencana Aksi) and its progress."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError, Parser, check_year, parse_date, whole_number
from absensi_app.cli.shared import context
from absensi_app.domain.errors import AbsensiError


def register(sub: argparse._SubParsersAction) -> None:
    skp = sub.add_parser("skp", help="rencana SKP: RHK, target, impor dan ekspor")
    skpsub = skp.add_subparsers(dest="skp_command", metavar="PERINTAH", parser_class=Parser)
    skpsub.required = True
    sl = skpsub.add_parser("list", help="daftar RHK satu tahun dengan capaiannya")
    sl.add_argument("--year", type=whole_number, help="tahun periode SKP (bawaan: tahun ini)")
    sl.add_argument("--json", action="store_true", help="keluaran JSON")
    sl.set_defaults(func=cmd_skp_list)
    si = skpsub.add_parser("import", help="impor rencana SKP dari berkas JSON (docs/skp-plan-format.md)")
    si.add_argument("file", metavar="FILE", help="berkas rencana JSON")
    si.add_argument("--year", type=whole_number, help="pindahkan rencana ke tahun ini (mis. rencana tahun lalu)")
    si.add_argument("--replace", action="store_true", help="ganti RHK periode yang sudah terisi")
    si.set_defaults(func=cmd_skp_import)
    se = skpsub.add_parser("export", help="ekspor rencana SKP ke berkas JSON")
    se.add_argument("--year", type=whole_number, help="tahun periode SKP (bawaan: tahun ini)")
    se.add_argument("--period", metavar="TTTT-BB-HH", help="hari pertama periode, bila tahun itu punya lebih dari satu periode")
    se.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan, atau - untuk layar")
    se.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    se.set_defaults(func=cmd_skp_export)


def _id_number(value: float | None) -> str:
    """12.5 -> "12,5" (Indonesian decimal comma); None -> "-"."""
    from absensi_app.domain.report import json_number

    return "-" if value is None else f"{json_number(value):g}".replace(".", ",")


def rhk_line(p) -> str:  # noqa: ANN001
    """One RHK's progress on one line, for `skp list` and `summary`."""
    month_pct = "-" if p.month.percent is None else _id_number(p.month.percent) + "%"
    return (
        f"[{p.rhk.kind.label}] {p.rhk.name}: bulan {p.month.realized}/{_id_number(p.month.target)} "
        f"({month_pct}), setahun {p.year.realized}/{p.rhk.target} {p.rhk.unit} "
        f"({_id_number(p.year.percent)}%) - {p.pace.label}"
    )


def _plans_of_year(ctx, year: int) -> list:  # noqa: ANN001
    from datetime import date

    check_year(year)
    plans = ctx.skp.plans_touching(date(year, 1, 1), date(year, 12, 31))
    if not plans:
        raise CliError(
            "Belum ada rencana SKP untuk tahun {y}. Impor dengan 'absensi skp import FILE' "
            "atau isi di aplikasi (Pengaturan › Rencana SKP).",
            y=year,
        )
    return plans


def _progress_month(plan, today) -> tuple[int, int]:  # noqa: ANN001
    """The month whose progress to show for a plan: today's when inside it, else its last."""
    day = min(max(today, plan.period.first), plan.period.last)
    return day.year, day.month


def cmd_skp_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.report import rhk_to_json
    from absensi_app.domain.skp import PROGRESS_DISCLAIMER

    ctx = context(args)
    today = ctx.clock.today()
    year = args.year if args.year is not None else today.year
    plans = _plans_of_year(ctx, year)
    listed = []
    for plan in plans:
        progress = {p.rhk.id: p for p in ctx.skp.progress_of(plan, *_progress_month(plan, today))}
        listed.append((plan, progress))
    if args.json:
        data = {
            "year": year,
            "periods": [
                {
                    "period": {
                        "first": plan.period.first.isoformat(),
                        "last": plan.period.last.isoformat(),
                        "name": plan.period.name,
                    },
                    "rhk": [
                        {
                            **rhk_to_json(by_id[r.id]),
                            "indicator": r.indicator,
                            "quality": r.quality,
                            "time": r.time,
                            "actions": [
                                {"id": a.id, "description": a.description, "year": a.year,
                                 "month": a.month, "quarter": a.quarter, "target": a.target}
                                for a in r.actions
                            ],
                        }
                        for r in plan.rhk
                    ],
                }
                for plan, by_id in listed
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for plan, by_id in listed:
        print(f"{plan.period.title} ({plan.period.first:%d-%m-%Y} s.d. {plan.period.last:%d-%m-%Y})")
        if not plan.rhk:
            print("  Belum ada RHK.")
        for r in plan.rhk:
            print(f"  RHK no. {r.id}: {rhk_line(by_id[r.id])}")
            if r.indicator:
                print(f"      IKI: {r.indicator}")
            for a in r.actions:
                target = f" (target {a.target})" if a.target is not None else ""
                print(f"      Rencana Aksi no. {a.id} [{a.span_label}]: {a.description}{target}")
    print(PROGRESS_DISCLAIMER)
    return EXIT_OK


def cmd_skp_import(args: argparse.Namespace) -> int:
    from absensi_app.services.files import read_user_json

    if args.year is not None:
        check_year(args.year)
    data = read_user_json(Path(args.file), 5_000_000, "Berkas rencana SKP")
    ctx = context(args)
    try:
        plan = ctx.skp.import_plan(data, year=args.year, replace=args.replace)
    except AbsensiError as exc:
        if "pilihan mengganti" in exc.message:
            raise CliError("{m} Tambahkan --replace.", m=exc.message) from None
        raise
    print(f"Rencana tersimpan: {plan.period.title}, {len(plan.rhk)} RHK.")
    return EXIT_OK


def cmd_skp_export(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.out != "-":
        ctx.files.check_target(Path(args.out))
    year = args.year if args.year is not None else ctx.clock.today().year
    plans = _plans_of_year(ctx, year)
    if args.period is not None:
        first = parse_date(args.period)
        plans = [p for p in plans if p.period.first == first]
        if not plans:
            raise CliError("Tidak ada periode SKP yang dimulai {d} pada tahun {y}.", d=args.period, y=year)
    if len(plans) > 1:
        raise CliError(
            "Tahun {y} punya {n} periode SKP ({names}); pilih satu dengan --period TTTT-BB-HH.",
            y=year, n=len(plans), names=", ".join(p.period.first.isoformat() for p in plans),
        )
    plan = plans[0]
    text = json.dumps(ctx.skp.export_plan(plan.period.id), ensure_ascii=False, indent=2) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return EXIT_OK
    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    ctx.files.write(out, text.encode("utf-8"), "Berkas rencana SKP")
    print(f"Rencana {plan.period.title} ({len(plan.rhk)} RHK) ditulis ke {out}.")
    return EXIT_OK
