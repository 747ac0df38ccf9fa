"""`absensi template add|list|remove`: recurring tasks that `log add --template` and
`timer start --template` fill an entry from."""

from __future__ import annotations

import argparse
import json

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import LOCATION_CODES, CliError, Parser, whole_number
from absensi_app.cli.shared import context


def register(sub: argparse._SubParsersAction) -> None:
    tp = sub.add_parser("template", help="templat kegiatan berulang: tambah, daftar, hapus")
    tpsub = tp.add_subparsers(dest="template_command", metavar="PERINTAH", parser_class=Parser)
    tpsub.required = True
    add = tpsub.add_parser("add", help="simpan templat dari opsi atau dari satu kegiatan")
    add.add_argument("name", metavar="NAMA", help="nama templat (unik, huruf besar/kecil tidak dibedakan)")
    add.add_argument("--from-entry", type=whole_number, metavar="ID",
                     help="ambil uraian, lokasi, RHK, satuan dan durasi dari kegiatan ini (no. di 'log list')")
    add.add_argument("--text", help="uraian kegiatan (wajib tanpa --from-entry)")
    add.add_argument("--location", choices=LOCATION_CODES, help="lokasi kerja")
    add.add_argument("--rhk", type=whole_number, metavar="N", help="nomor RHK (lihat 'absensi skp list')")
    add.add_argument("--action", type=whole_number, metavar="N", help="nomor Rencana Aksi RHK itu")
    add.add_argument("--unit", help="satuan output, mis. laporan (dipakai bila kegiatan diberi --qty)")
    add.add_argument("--minutes", type=whole_number, help="durasi biasa dalam menit")
    add.set_defaults(func=cmd_template_add)

    lst = tpsub.add_parser("list", help="daftar templat")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    lst.set_defaults(func=cmd_template_list)

    rm = tpsub.add_parser("remove", help="hapus satu templat menurut namanya")
    rm.add_argument("name", metavar="NAMA", help="nama templat")
    rm.set_defaults(func=cmd_template_remove)



def template_json(t) -> dict:  # noqa: ANN001
    return {
        "name": t.name,
        "description": t.description,
        "location": t.location.value if t.location else None,
        "rhk_id": t.rhk_id,
        "action_id": t.action_id,
        "unit": t.unit,
        "minutes": t.minutes,
    }


def template_line(t) -> str:  # noqa: ANN001
    """'Uraian [Kantor; RHK no. 1, Rencana Aksi no. 2; satuan laporan; biasanya 2 j]'."""
    from absensi_app.domain.model import format_minutes

    parts = [t.location.label] if t.location else []
    if t.rhk_id is not None:
        parts.append(f"RHK no. {t.rhk_id}" + (f", Rencana Aksi no. {t.action_id}" if t.action_id else ""))
    if t.unit:
        parts.append(f"satuan {t.unit}")
    if t.minutes:
        parts.append(f"biasanya {format_minutes(t.minutes)}")
    return t.description + (f" [{'; '.join(parts)}]" if parts else "")


def cmd_template_add(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from absensi_app.domain.model import Location
    from absensi_app.domain.templates import TaskTemplate, merge_link
    from absensi_app.services.templates import template_of_entry

    if args.from_entry is None and args.text is None:
        raise CliError("Sebutkan --text (uraian kegiatan), atau --from-entry ID untuk mengambil "
                       "semuanya dari satu kegiatan.")
    ctx = context(args)
    if args.from_entry is not None:
        base = template_of_entry(args.name, ctx.worklog.get(args.from_entry))
    else:
        base = TaskTemplate(args.name, "")
    rhk_id, action_id = merge_link(args.rhk, args.action, base.rhk_id, base.action_id)
    template = replace(
        base,
        description=base.description if args.text is None else args.text,
        location=Location.from_code(args.location) if args.location else base.location,
        rhk_id=rhk_id,
        action_id=action_id,
        unit=base.unit if args.unit is None else args.unit,
        minutes=base.minutes if args.minutes is None else args.minutes,
    )
    saved = ctx.templates.add(template)
    print(f"Templat '{saved.name}' tersimpan: {template_line(saved)}")
    return EXIT_OK


def cmd_template_list(args: argparse.Namespace) -> int:
    ctx = context(args)
    found = ctx.templates.list()
    if args.json:
        print(json.dumps([template_json(t) for t in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("Belum ada templat. Tambahkan dengan 'absensi template add NAMA --text ...' "
              "atau '--from-entry ID'.")
        return EXIT_OK
    for t in found:
        print(f"{t.name}: {template_line(t)}")
    print(f"Jumlah: {len(found)} templat.")
    return EXIT_OK


def cmd_template_remove(args: argparse.Namespace) -> int:
    ctx = context(args)
    removed = ctx.templates.remove(args.name)
    print(f"Templat '{removed.name}' dihapus.")
    return EXIT_OK
