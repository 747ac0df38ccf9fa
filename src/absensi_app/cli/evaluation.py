"""`absensi evaluation`: the yearly Dokumen Evaluasi Kinerja Pegawai of one SKP period."""

from __future__ import annotations

import argparse
from pathlib import Path

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError, check_year, parse_date, whole_number
from absensi_app.cli.export import LANGUAGE_HELP, LANGUAGES
from absensi_app.cli.shared import context, read_passphrase, require_signing_key


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser(
        "evaluation",
        help="dokumen evaluasi kinerja pegawai setahun (RHK, target, realisasi per triwulan, "
        "keputusan pejabat penilai): PDF bertanda tangan atau tanpa tanda tangan",
    )
    ev.add_argument("--year", required=True, type=whole_number, help="tahun periode SKP")
    ev.add_argument("--period", metavar="TTTT-BB-HH", help="hari pertama periode, bila tahun itu punya lebih dari satu periode")
    ev.add_argument("--out", required=True, metavar="FILE", help="berkas PDF tujuan (di luar folder data)")
    ev.add_argument("--unsigned", action="store_true", help="PDF tanpa tanda tangan (ditandai jelas sebagai salinan)")
    ev.add_argument("--bahasa", choices=LANGUAGES, help=LANGUAGE_HELP)
    ev.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    ev.set_defaults(func=cmd_evaluation)


def cmd_evaluation(args: argparse.Namespace) -> int:
    from absensi_app.services.evaluation import EvaluationService

    check_year(args.year)
    first = parse_date(args.period) if args.period is not None else None
    out = Path(args.out)
    if out.is_dir():
        raise CliError("'{p}' adalah folder; sebutkan nama berkas, mis. {p}/evaluasi.pdf.", p=str(out))
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    ctx = context(args)
    ctx.profile.require()
    ctx.files.check_target(out)  # before asking for a passphrase
    service = EvaluationService(ctx)
    period = service.choose_period(args.year, first)
    service.build(period)  # refuse an empty plan before asking for a passphrase
    if not args.unsigned:
        words = ["evaluation", "--year", str(args.year), "--out", args.out, "--unsigned"]
        if args.period is not None:
            words[3:3] = ["--period", args.period]
        if args.bahasa is not None:
            words += ["--bahasa", args.bahasa]
        require_signing_key(ctx, args, "dokumen evaluasi ini", words + (["--force"] if args.force else []))
    passphrase = None if args.unsigned else read_passphrase()
    result = service.export_pdf(period, out, passphrase, signed=not args.unsigned,
                                language=args.bahasa or "id")
    what = "ditandatangani" if result.signed else "TANPA tanda tangan"
    print(f"Dokumen evaluasi kinerja {period.title} ({result.rhk} RHK) {what} dan ditulis ke "
          f"{out} ({result.pages} halaman).")
    print(f"SHA-256: {result.sha256}")
    return EXIT_OK
