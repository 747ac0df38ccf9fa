"""`absensi backup create|list|restore|folder`: copies of the database (see store/backup.py).

``list`` and ``restore`` work also when the database itself is damaged: they never open it
through the normal start-up, which refuses a damaged file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError
from absensi_app.cli.shared import context


def register(sub: argparse._SubParsersAction) -> None:
    bak = sub.add_parser("backup", help="cadangan database: buat, daftar, pulihkan")
    baksub = bak.add_subparsers(dest="backup_cmd", metavar="PERINTAH", required=True)

    bc = baksub.add_parser("create", help="buat cadangan sekarang (diperiksa setelah ditulis)")
    bc.add_argument("--to", metavar="DIR", help="juga simpan salinan di folder ini (mis. flashdisk)")
    bc.set_defaults(func=cmd_backup_create)

    bl = baksub.add_parser("list", help="daftar cadangan: tanggal, ukuran, kegiatan, bulan terkunci")
    bl.add_argument("--json", action="store_true", help="keluaran JSON")
    bl.set_defaults(func=cmd_backup_list)

    br = baksub.add_parser("restore", help="pulihkan database dari cadangan (database saat ini dicadangkan dulu)")
    br.add_argument("backup", metavar="BACKUP", help="nama berkas dari 'absensi backup list', atau jalurnya")
    br.set_defaults(func=cmd_backup_restore)

    bf = baksub.add_parser("folder", help="folder cadangan tambahan (mis. flashdisk): lihat, atur, hapus")
    group = bf.add_mutually_exclusive_group()
    group.add_argument("--set", metavar="DIR", help="simpan juga setiap cadangan di folder ini")
    group.add_argument("--clear", action="store_true", help="berhenti menyimpan di folder tambahan")
    bf.set_defaults(func=cmd_backup_folder)


def _paths(args: argparse.Namespace):  # noqa: ANN202
    from absensi_app.config import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    paths.ensure()
    return paths


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def cmd_backup_create(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        made = ctx.backups.create(Path(args.to) if args.to else None)
    finally:
        ctx.close()
    for backup in made:
        print(f"Cadangan tersimpan dan diperiksa: {backup.path}")
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    from absensi_app.services.backup import BackupService
    from absensi_app.services.clock import Clock
    from absensi_app.store.health import KIND_WORDS

    service = BackupService(_paths(args), Clock())
    infos = service.list()
    if args.json:
        print(json.dumps([
            {
                "name": i.name, "path": str(i.path), "created": i.created.isoformat(timespec="seconds"),
                "reason": i.reason, "size": i.size, "ok": i.ok, "problem": i.problem,
                "entries": i.entries if i.ok else None, "months_locked": i.months_locked if i.ok else None,
            }
            for i in infos
        ], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not infos:
        print(f"Belum ada cadangan di {service.paths.backup_dir}.")
        return EXIT_OK
    print(f"Cadangan di {service.paths.backup_dir} (terbaru dahulu):")
    for i in infos:
        state = (
            f"{i.entries} kegiatan, {i.months_locked} bulan terkunci" if i.ok
            else f"RUSAK ({KIND_WORDS.get(i.problem or '', i.problem)})"
        )
        print(f"  {i.name}  {i.created:%Y-%m-%d %H:%M}  {_size(i.size):>8}  {state}")
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from absensi_app.services.backup import BackupService
    from absensi_app.services.clock import Clock

    service = BackupService(_paths(args), Clock())
    before = service.restore(args.backup)
    print(f"Database dipulihkan dari {args.backup}.")
    if before is not None:
        print(f"Database sebelumnya disimpan sebagai cadangan: {before.path}")
    return EXIT_OK


def cmd_backup_folder(args: argparse.Namespace) -> int:
    if args.set is not None and not args.set.strip():
        raise CliError("--set butuh nama folder, mis. /media/flashdisk/absensi.")
    ctx = context(args)
    try:
        if args.set:
            ctx.backups.set_extra_folder(Path(args.set))
        elif args.clear:
            ctx.backups.set_extra_folder(None)
        folder = ctx.backups.extra_folder()
    finally:
        ctx.close()
    print(f"Folder cadangan tambahan: {folder}" if folder else "Tidak ada folder cadangan tambahan.")
    return EXIT_OK
