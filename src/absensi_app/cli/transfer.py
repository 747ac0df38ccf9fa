"""`absensi transfer export|import`: moving one person's data to a new computer.

The work is in absensi_app.services.transfer; the file format is docs/transfer-format.md.
"""

from __future__ import annotations

import argparse
import sys

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import Parser
from absensi_app.cli.shared import context


def register(sub: argparse._SubParsersAction) -> None:
    tr = sub.add_parser("transfer", help="pindah ke komputer baru: ekspor atau impor seluruh data satu pegawai")
    trsub = tr.add_subparsers(dest="transfer_command", metavar="PERINTAH", parser_class=Parser)
    trsub.required = True

    ex = trsub.add_parser(
        "export",
        help="tulis satu berkas pindah: database, bukti dukung, sertifikat dan kunci (tetap terenkripsi)",
        description="Menulis satu berkas pindah (ZIP, lihat docs/transfer-format.md) berisi seluruh "
        "catatan pegawai ini. Kunci privat ikut hanya dalam bentuk terenkripsinya; log dan cadangan "
        "tidak ikut.",
    )
    ex.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan, di luar folder data")
    ex.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    ex.set_defaults(func=cmd_transfer_export)

    im = trsub.add_parser(
        "import",
        help="ambil data dari berkas pindah ke folder data ini (semuanya diperiksa dulu)",
        description="Memeriksa seluruh berkas pindah lebih dulu, lalu memasukkan datanya ke folder data. "
        "Data pegawai lain tidak pernah dicampur; data sendiri yang sudah ada hanya diganti dengan "
        "--replace (setelah dicadangkan).",
    )
    im.add_argument("file", metavar="FILE", help="berkas dari 'absensi transfer export'")
    im.add_argument(
        "--replace",
        action="store_true",
        help="ganti data NIP yang sama di folder ini (database lama dicadangkan ke backups/, folder kunci "
        "lama disimpan di samping)",
    )
    im.set_defaults(func=cmd_transfer_import)


def _contents(summary) -> str:  # noqa: ANN001
    from absensi_app.services.transfer import format_size

    key = "kunci tanda tangan (terenkripsi)" if summary.signing_key else "tanpa kunci tanda tangan"
    return (
        f"{summary.entries} kegiatan dalam {summary.months} bulan, {summary.locked_months} bulan terkunci, "
        f"{summary.evidence_files} berkas bukti, {key}; {format_size(summary.size)}"
    )


def _warn_missing_evidence(summary, where: str) -> None:  # noqa: ANN001
    """One warning line on stderr for evidence files the entries refer to but ``where`` lacks."""
    missing = summary.missing_evidence
    if missing:
        print(f"absensi: peringatan: {len(missing)} berkas bukti yang dirujuk kegiatan tidak ada {where} "
              f"(misalnya {missing[0]}); kegiatannya tetap ada, tanpa berkas itu.", file=sys.stderr)


def cmd_transfer_export(args: argparse.Namespace) -> int:
    from absensi_app import __version__
    from absensi_app.services.transfer import check_out_name, export_transfer

    check_out_name(args.out)  # before the data folder is opened
    ctx = context(args)
    try:
        ctx.profile.require()
        summary = export_transfer(
            ctx.paths, args.out, force=args.force, now=ctx.clock.now().astimezone(), app_version=__version__
        )
    finally:
        ctx.close()
    print(f"Berkas pindah ditulis ke {summary.path}: {summary.name} (NIP {summary.nip}), {_contents(summary)}.")
    if summary.signing_key:
        print("Di komputer baru kunci dibuka dengan frasa sandi yang sama seperti sekarang.")
    _warn_missing_evidence(summary, f"di {ctx.paths.evidence_dir}, jadi tidak ikut dalam berkas pindah")
    return EXIT_OK


def cmd_transfer_import(args: argparse.Namespace) -> int:
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.transfer import import_transfer

    clock = Clock()
    paths = AppPaths.resolve(args.data_dir)  # not opened yet: nothing is written before the checks pass
    summary = import_transfer(paths, args.file, replace=args.replace, now=clock.now(), clock=clock)
    print(f"Data {summary.name} (NIP {summary.nip}) dari berkas {summary.created_at[:10]} masuk ke "
          f"{paths.data_dir}: {_contents(summary)}.")
    if summary.database_backup:
        print(f"Database yang diganti dicadangkan ke {summary.database_backup}.")
    if summary.damaged_kept:
        from absensi_app.store.health import KIND_WORDS

        print(f"Database lama {KIND_WORDS.get(summary.damaged_kind, 'rusak')}: disimpan apa adanya (beserta "
              f"-wal/-shm-nya, bila ada) di {summary.damaged_kept}, tidak dihapus.")
    if summary.set_aside:
        print(f"Folder kunci dan berkas lama yang diganti disimpan di {summary.set_aside}.")
    if summary.migrated:
        print(f"Struktur database diperbarui dari revisi {summary.schema_revision}.")
    _warn_missing_evidence(summary, f"di berkas pindah maupun di {paths.evidence_dir}")
    return EXIT_OK
