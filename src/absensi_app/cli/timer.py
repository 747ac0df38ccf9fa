"""`absensi timer start|status|stop|cancel`: a running timer for the task at hand.

The start is stored in the data folder at once, so a timer survives the command (and the app)
ending; `timer stop` writes the entry. A timer left over midnight or past the schedule's end
is not stopped silently: `stop` then needs `--at HH:MM` or `--until-schedule-end`.
"""

from __future__ import annotations

import argparse
import json

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import LOCATION_CODES, CliError, Parser, parse_time, whole_number
from absensi_app.cli.shared import context


def register(sub: argparse._SubParsersAction) -> None:
    tp = sub.add_parser("timer", help="timer kegiatan yang sedang dikerjakan: mulai, lihat, hentikan")
    tpsub = tp.add_subparsers(dest="timer_command", metavar="PERINTAH", parser_class=Parser)
    tpsub.required = True
    start = tpsub.add_parser("start", help="mulai timer (tersimpan seketika, bertahan walau aplikasi ditutup)")
    start.add_argument("--text", help="uraian kegiatan (wajib tanpa --template)")
    start.add_argument("--location", choices=LOCATION_CODES, help="lokasi kerja (bawaan: dari templat, atau kantor)")
    start.add_argument("--rhk", type=whole_number, metavar="N", help="nomor RHK yang didukung (lihat 'absensi skp list')")
    start.add_argument("--action", type=whole_number, metavar="N", help="nomor Rencana Aksi RHK itu")
    start.add_argument("--unit", help="satuan output, dipakai bila 'timer stop' diberi --qty")
    start.add_argument("--at", metavar="JJ:MM", help="jam mulai hari ini, bila sudah mulai tadi (bawaan: sekarang)")
    start.add_argument("--template", metavar="NAMA", help="isi dari templat ini; opsi yang diberikan menang")
    start.set_defaults(func=cmd_timer_start)

    status = tpsub.add_parser("status", help="timer yang berjalan, dan apa yang tercatat bila dihentikan sekarang")
    status.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    status.set_defaults(func=cmd_timer_status)

    stop = tpsub.add_parser("stop", help="hentikan timer dan catat kegiatannya")
    end = stop.add_mutually_exclusive_group()
    end.add_argument("--at", metavar="JJ:MM", help="jam selesai yang dicatat (bawaan: sekarang)")
    end.add_argument("--until-schedule-end", action="store_true",
                     help="catat sampai akhir jam kerja hari itu (timer yang terlupa)")
    stop.add_argument("--text", help="ganti uraian kegiatan")
    stop.add_argument("--location", choices=LOCATION_CODES, help="ganti lokasi kerja")
    stop.add_argument("--rhk", type=whole_number, metavar="N", help="ganti nomor RHK")
    stop.add_argument("--action", type=whole_number, metavar="N", help="ganti nomor Rencana Aksi")
    stop.add_argument("--qty", type=whole_number, help="jumlah output, mis. 1")
    stop.add_argument("--unit", help="satuan output (bawaan: yang dipilih saat mulai)")
    stop.set_defaults(func=cmd_timer_stop)

    cancel = tpsub.add_parser("cancel", help="batalkan timer tanpa mencatat apa pun")
    cancel.set_defaults(func=cmd_timer_cancel)



def _started(timer) -> str:  # noqa: ANN001
    from absensi_app.domain.model import format_day_long

    return f"{format_day_long(timer.day)} {timer.started_at:%H:%M}"


def cmd_timer_start(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import Location
    from absensi_app.domain.templates import merge_link

    at = parse_time(args.at) if args.at is not None else None
    if args.text is None and args.template is None:
        raise CliError("Sebutkan --text (uraian kegiatan) atau --template NAMA.")
    ctx = context(args)
    ctx.profile.require()
    template = None
    if args.template is not None:
        template = ctx.templates.get(args.template)
    rhk_id, action_id = merge_link(args.rhk, args.action, template and template.rhk_id,
                                   template and template.action_id)
    if args.location:
        location = Location.from_code(args.location)
    else:
        location = (template.location if template else None) or Location.KANTOR
    timer = ctx.timer.start(
        args.text if args.text is not None else template.description,
        location,
        rhk_id=rhk_id,
        action_id=action_id,
        unit=args.unit if args.unit is not None else (template.unit if template else None),
        template=template.name if template else None,
        at=at,
    )
    print(f"Timer mulai {_started(timer)}: {timer.description} [{timer.location.label}]. "
          "Hentikan dengan 'absensi timer stop'.")
    return EXIT_OK


def status_json(timer, plan) -> dict:  # noqa: ANN001
    return {
        "running": True,
        "started_at": timer.started_at.isoformat(timespec="seconds"),
        "date": timer.day.isoformat(),
        "start": f"{timer.started_at:%H:%M}",
        "elapsed_minutes": timer.elapsed_minutes(plan.stopped_at),
        "description": timer.description,
        "location": timer.location.value,
        "rhk_id": timer.rhk_id,
        "action_id": timer.action_id,
        "unit": timer.unit,
        "template": timer.template,
        "stop": {
            "reason": plan.reason.value,
            "needs_choice": plan.needs_choice,
            "end": f"{plan.end:%H:%M}",
            "minutes": plan.minutes,
            "schedule_end": f"{plan.schedule_end:%H:%M}" if plan.schedule_end else None,
            "until_schedule_end": plan.can_stop_at_schedule_end,
        },
    }


def _choices(plan) -> str:  # noqa: ANN001
    """The options that answer a stop's question, in one sentence."""
    from absensi_app.domain.timer import StopReason

    text = "Sebutkan dengan --at JJ:MM"
    if plan.reason is StopReason.PAST_SCHEDULE_END:
        text += f" (--at {plan.stopped_at:%H:%M} bila memang bekerja sampai sekarang)"
    if plan.can_stop_at_schedule_end:
        text += f", atau --until-schedule-end untuk mencatat sampai akhir jam kerja ({plan.schedule_end:%H:%M})"
    return text + "; atau batalkan dengan 'absensi timer cancel'."


def cmd_timer_status(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_minutes
    from absensi_app.domain.timer import StopNeedsChoice

    ctx = context(args)
    service = ctx.timer
    timer = service.current()
    if timer is None:
        if args.json:
            print(json.dumps({"running": False}))
        else:
            print("Tidak ada timer yang berjalan.")
        return EXIT_OK
    plan = service.plan(timer)
    if args.json:
        print(json.dumps(status_json(timer, plan), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Timer berjalan sejak {_started(timer)} ({format_minutes(timer.elapsed_minutes(plan.stopped_at))})")
    print(f"  Kegiatan : {timer.description}")
    print(f"  Lokasi   : {timer.location.label}")
    if timer.rhk_id is not None:
        print(f"  RHK      : no. {timer.rhk_id}" + (f", Rencana Aksi no. {timer.action_id}" if timer.action_id else ""))
    if timer.unit:
        print(f"  Satuan   : {timer.unit}")
    if timer.template:
        print(f"  Templat  : {timer.template}")
    if plan.needs_choice:
        print(f"  {StopNeedsChoice(plan).message}")
        print(f"  Untuk 'absensi timer stop': {_choices(plan)}")
    else:
        print(f"  Bila dihentikan sekarang: {plan.start:%H:%M}-{plan.end:%H:%M} ({format_minutes(plan.minutes)})")
    return EXIT_OK


def cmd_timer_stop(args: argparse.Namespace) -> int:
    from absensi_app.cli.log import saved_line
    from absensi_app.domain.model import Location
    from absensi_app.domain.timer import StopNeedsChoice
    from absensi_app.services.timer import StopEdits

    at = parse_time(args.at) if args.at is not None else None
    ctx = context(args)
    edits = StopEdits(
        description=args.text,
        location=Location.from_code(args.location) if args.location else None,
        rhk_id=args.rhk,
        action_id=args.action,
        quantity=args.qty,
        unit=args.unit,
    )
    try:
        entry = ctx.timer.stop(at, args.until_schedule_end, edits)
    except StopNeedsChoice as exc:
        raise CliError("{question} {choices}", question=exc.message, choices=_choices(exc.plan)) from None
    print("Timer dihentikan. " + saved_line(entry))
    return EXIT_OK


def cmd_timer_cancel(args: argparse.Namespace) -> int:
    ctx = context(args)
    timer = ctx.timer.cancel()
    print(f"Timer sejak {_started(timer)} ({timer.description}) dibatalkan; tidak ada kegiatan yang dicatat.")
    return EXIT_OK
