"""The supervisor's team: `absensi recap FOLDER` (staff x month over a period) and approving
several summaries at once (`absensi approve FILE... --out-dir DIR`).

`approve FILE --out OUT` approves one file, `approve FILE... --out-dir DIR` any number; `return`
shares its options (cli/supervisor.py, ``add_decision_options``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from absensi_app.cli import EXIT_FAILED, EXIT_OK
from absensi_app.cli.parsing import CliError
from absensi_app.cli.shared import context, read_passphrase, require_signing_key

GRID_MARKS = {"disetujui": "S", "dikembalikan": "K", "menunggu": "M", "bermasalah": "!"}
GRID_LEGEND = ("Tanda: S disetujui, K dikembalikan, M menunggu keputusan, ! bermasalah, "
               "- belum diterima, . belum waktunya atau sudah keluar.")  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    rec = sub.add_parser("recap", help="rekap tim: pegawai x bulan dari folder ringkasan PDF")
    rec.add_argument("folder", metavar="FOLDER", help="folder berisi ringkasan PDF (tanpa sub-folder)")
    rec.add_argument("--from", dest="first", metavar="TTTT-BB", help="bulan pertama (bawaan: Januari tahun ini)")
    rec.add_argument("--to", dest="last", metavar="TTTT-BB", help="bulan terakhir (bawaan: bulan ini)")
    rec.add_argument("--xlsx", metavar="OUT.xlsx", help="tulis rekap ke XLSX (siap cetak, dengan lembar per berkas)")
    rec.add_argument("--json", action="store_true", help="keluaran JSON")
    rec.set_defaults(func=cmd_recap)
    from absensi_app.cli.supervisor import add_decision_options

    approve = sub.add_parser("approve", help="setujui ringkasan: tambahkan tanda tangan Anda sebagai pejabat penilai")
    approve.add_argument("file", nargs="+", metavar="FILE.pdf", help="ringkasan dari pegawai (beberapa sekaligus dengan --out-dir)")
    approve.add_argument("--out", metavar="OUT.pdf", help="berkas hasil (untuk satu ringkasan)")
    approve.add_argument("--out-dir", metavar="DIR", help="setujui beberapa ringkasan sekaligus: masing-masing "
                         "ditulis ke DIR sebagai NAMA-disetujui.pdf (satu frasa sandi)")  # fmt: skip
    add_decision_options(approve, note_required=False)
    approve.set_defaults(func=cmd_approve, decision="approve")


# ---- recap -----------------------------------------------------------------------------------
def cmd_recap(args: argparse.Namespace) -> int:
    from absensi_app.services.recap import scan_folder, write_recap_xlsx
    from absensi_app.services.team import matrix_for
    from absensi_app.services.team_period import resolve_period

    ctx = context(args)
    first, last = resolve_period(args.first, args.last, ctx.clock.today())  # a wrong month: before scanning
    if args.xlsx:
        ctx.files.check_target(Path(args.xlsx))
        if not Path(args.xlsx).parent.is_dir():
            raise CliError("Folder '{p}' tidak ada.", p=str(Path(args.xlsx).parent))
    folder = Path(args.folder)
    rows = scan_folder(folder, ctx.verification)
    matrix = matrix_for(ctx, rows, first, last, str(folder))
    if args.xlsx:
        write_recap_xlsx(matrix, Path(args.xlsx), ctx.files)
    if args.json:
        from absensi_app.services.team_json import matrix_to_json

        print(json.dumps(matrix_to_json(matrix), ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_matrix(matrix)
    print(f"{len(matrix.files)} berkas, {matrix.problem_files} bermasalah; {matrix.missing} bulan belum diterima."
          + (f" Rekap ditulis ke {args.xlsx}." if args.xlsx else ""))  # fmt: skip
    return EXIT_OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _print_matrix(matrix) -> None:  # noqa: ANN001
    from absensi_app.services.recap import status_label
    from absensi_app.services.recap_sheet import SHORT_MONTHS
    from absensi_app.services.team import CellState, FileRole, problem_word
    from absensi_app.services.team_period import month_words, period_text

    heading = matrix.heading
    print(f"Rekap tim {period_text(matrix.first, matrix.last)}: {len(matrix.members)} pegawai, "
          f"{len(matrix.files)} berkas di {heading.folder or '-'}")  # fmt: skip
    unit = ", ".join(x for x in (heading.unit, heading.agency) if x)
    if unit:
        print(f"Unit kerja: {unit}")
    if not matrix.members:
        print("Belum ada anggota tim: percayai sertifikat pegawai ('absensi trust add') atau taruh ringkasan "
              "mereka di folder itu.")  # fmt: skip
    else:
        years = {m[:4] for m in matrix.months}
        head = " ".join(f"{SHORT_MONTHS[int(m[5:7]) - 1]}" + (f"{m[2:4]}" if len(years) > 1 else "")
                        for m in matrix.months)  # fmt: skip
        print()
        print(f"{'Nama':<30} {'NIP':<18}  {head}")
        for member in matrix.members:
            marks = []
            for cell in member.cells:
                mark = GRID_MARKS.get(cell.state.value, "-" if cell.owed else ".")
                marks.append(mark.center(5 if len(years) > 1 else 3))
            name = _clip(member.name + (" (keluar)" if member.left else ""), 30)
            print(f"{name:<30} {member.nip:<18}  {' '.join(marks)}")
        print(GRID_LEGEND)
    owing = [m for m in matrix.members if m.missing]
    if owing:
        print()
        print(f"Belum diterima ({matrix.missing} bulan):")
        for m in owing:
            print(f"  {m.name}: {month_words(m.missing)}")
    waiting = matrix.waiting()
    if waiting:
        print()
        print(f"Menunggu keputusan ({len(waiting)}):")
        for m, cell in waiting:
            print(f"  {m.name}: {month_words((cell.month,))} revisi {cell.current.revision} ({cell.current.file})")
    problems = [(m, c) for m in matrix.members for c in m.cells if c.state is CellState.PROBLEM]
    loose = [f.row for f in matrix.files if f.row.is_problem and f.role is FileRole.UNPLACED]
    if problems or loose:
        print()
        print("Bermasalah:")
        for m, cell in problems:
            row = cell.problem_row
            why = f"{problem_word(row)} ({row.file})" if row is not None else ""
            print(f"  {m.name}: {month_words((cell.month,))}: {why}")
        for row in loose:
            print(f"  {row.file}: {status_label(row.status)}. {row.headline}")
    print()


# ---- approving several at once ---------------------------------------------------------------
def cmd_approve(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.file]
    if args.out_dir is not None and args.out is not None:
        raise CliError("Pakai --out untuk satu ringkasan atau --out-dir untuk beberapa, tidak keduanya.")
    if args.out_dir is None:
        if args.out is None:
            raise CliError("Sebutkan --out OUT.pdf (satu ringkasan) atau --out-dir DIR (beberapa ringkasan).")
        if len(files) > 1:
            raise CliError("Untuk {n} ringkasan sekaligus pakai --out-dir DIR, bukan --out.", n=len(files))
        from absensi_app.cli.supervisor import cmd_decide

        args.file = args.file[0]
        return cmd_decide(args)
    return _approve_many(args, files)


def _approve_many(args: argparse.Namespace, files: list[Path]) -> int:
    from absensi_app.domain.skp import Rating
    from absensi_app.services.batch_approval import approve_many, plan_targets
    from absensi_app.services.verification import Rated

    if bool(args.hasil_kerja) != bool(args.perilaku):
        raise CliError("Isi --hasil-kerja dan --perilaku bersama-sama, atau tidak sama sekali.")
    if args.rhk_feedback or args.rhk_rating:  # the RHK are each employee's own
        raise CliError("--rhk-feedback dan --rhk-rating hanya untuk satu ringkasan (--out), bukan --out-dir.")
    out_dir = Path(args.out_dir)
    plan_targets(files, out_dir)  # a missing folder or two files of the same name: before the passphrase
    for f in files:
        if not f.is_file():
            raise CliError("Berkas '{p}' tidak ada.", p=str(f))
    ctx = context(args)
    ctx.files.check_target(out_dir)
    ctx.profile.require()
    rating = Rated(Rating(args.hasil_kerja), Rating(args.perilaku)) if args.hasil_kerja else None
    require_signing_key(ctx, args, "persetujuan ini")
    passphrase = read_passphrase()
    results = approve_many(ctx.approval, ctx.files, files, passphrase, args.note, rating, out_dir,
                           overwrite=args.force)  # fmt: skip
    from absensi_app.services.team_period import month_words

    for r in results:
        if r.ok:
            print(f"Disetujui: {r.source.name} ({r.name}, {month_words((r.month,))} revisi {r.revision}) "
                  f"-> {r.target}")  # fmt: skip
        else:
            print(f"absensi: {r.source.name} tidak disetujui: {r.message}", file=sys.stderr)
    done = sum(1 for r in results if r.ok)
    print(f"{done} dari {len(results)} ringkasan disetujui." + (f" Predikat kinerja: {rating.predikat}." if rating and done else ""))
    return EXIT_OK if done == len(results) else EXIT_FAILED
