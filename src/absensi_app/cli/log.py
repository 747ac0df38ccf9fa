"""`absensi log add|list|delete`, `status` and `summary`: the daily log and the month's totals."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import (
    LEAVE_CODES,
    LOCATION_CODES,
    STATUS_CODES,
    CliError,
    Parser,
    argparse_text,
    check_year,
    parse_date,
    parse_month,
    parse_time,
    whole_number,
)
from absensi_app.cli.shared import context
from absensi_app.cli.skp import rhk_line


def register(sub: argparse._SubParsersAction) -> None:
    logp = sub.add_parser("log", help="catatan kegiatan harian")
    logsub = logp.add_subparsers(dest="log_command", metavar="PERINTAH", parser_class=Parser)
    logsub.required = True
    add = logsub.add_parser("add", help="catat satu kegiatan")
    add.add_argument("--date", help="tanggal TTTT-BB-HH (bawaan: hari ini)")
    add.add_argument("--start", help="jam mulai JJ:MM")
    add.add_argument("--end", help="jam selesai JJ:MM")
    add.add_argument("--minutes", type=whole_number, help="durasi dalam menit, bila tanpa jam mulai/selesai")
    # required unless --template gives them (checked in cmd_log_add, with argparse's wording)
    add.add_argument("--location", choices=LOCATION_CODES, help="lokasi kerja (wajib tanpa --template)")
    add.add_argument("--text", help="uraian kegiatan (wajib tanpa --template)")
    add.add_argument("--qty", type=whole_number, help="jumlah output, mis. 1")
    add.add_argument("--unit", help="satuan output, mis. laporan")
    add.add_argument("--evidence", metavar="FILE", help="berkas bukti dukung (disalin ke folder data)")
    add.add_argument("--link", metavar="URL", help="tautan bukti dukung")
    add.add_argument("--rhk", type=whole_number, metavar="N", help="nomor RHK yang didukung (lihat 'absensi skp list')")
    add.add_argument("--action", type=whole_number, metavar="N", help="nomor Rencana Aksi RHK itu")
    add.add_argument("--template", metavar="NAMA",
                     help="isi uraian, lokasi, RHK, satuan dan durasi dari templat ini; opsi yang diberikan menang")
    add.set_defaults(func=cmd_log_add, parser=add)

    lst = logsub.add_parser("list", help="daftar kegiatan sebulan")
    lst.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    lst.set_defaults(func=cmd_log_list)

    rm = logsub.add_parser("delete", help="hapus satu kegiatan menurut nomornya")
    rm.add_argument("id", type=whole_number, help="nomor kegiatan (kolom No di 'log list')")
    rm.set_defaults(func=cmd_log_delete)

    st = sub.add_parser("status", help="status hari: hadir, cuti, sakit, ...")
    st.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    st.add_argument("--status", choices=STATUS_CODES, help="status hari")
    st.add_argument("--leave-kind", choices=LEAVE_CODES, help="jenis cuti (wajib untuk status cuti)")
    st.add_argument("--note", default="", help="keterangan")
    st.add_argument("--clear", action="store_true", help="hapus status hari itu")
    st.set_defaults(func=cmd_status)

    summ = sub.add_parser("summary", help="ringkasan sebulan: jam, lokasi, hari yang belum diisi")
    summ.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    summ.add_argument("--json", action="store_true", help="keluaran JSON (kontrak, lihat README)")
    summ.set_defaults(func=cmd_summary)


def cmd_log_add(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from absensi_app.domain.model import EntryDraft, Evidence, Location
    from absensi_app.services.evidence import store_evidence_file

    if args.template is None:
        missing = [name for name, value in (("--location", args.location), ("--text", args.text)) if value is None]
        if missing:
            args.parser.error(argparse_text("the following arguments are required: %s") % ", ".join(missing))
    ctx = context(args)
    ctx.profile.require()
    day = parse_date(args.date) if args.date is not None else ctx.clock.today()
    start = parse_time(args.start) if args.start is not None else None
    end = parse_time(args.end) if args.end is not None else None
    if args.template is not None:
        _fill_from_template(args, ctx, start)
        start = parse_time(args.start) if args.start is not None else None
        end = parse_time(args.end) if args.end is not None else None
    if args.evidence is not None and not args.evidence.strip():
        raise CliError("--evidence butuh nama berkas bukti dukung.")
    if args.evidence and args.link:
        raise CliError("Pilih salah satu bukti dukung: --evidence atau --link.")
    if args.minutes is not None and (start is not None or end is not None):
        raise CliError(
            "Pilih salah satu: --start dan --end, atau --minutes; --minutes tidak dipakai "
            "bersama jam mulai/selesai."
        )
    draft = EntryDraft(
        day=day,
        location=Location.from_code(args.location),
        description=args.text,
        start=start,
        end=end,
        minutes=args.minutes,
        quantity=args.qty,
        unit=args.unit,
        evidence=Evidence(link=args.link),
        rhk_id=args.rhk,
        action_id=args.action,
    )
    # Check everything before copying an evidence file, so a refused entry leaves no trace.
    ctx.worklog.check(draft)
    if args.evidence:
        draft = replace(draft, evidence=store_evidence_file(Path(args.evidence), ctx.paths.evidence_dir))
    entry = ctx.worklog.add(draft)
    print(saved_line(entry))
    return EXIT_OK


def saved_line(entry) -> str:  # noqa: ANN001
    """'Tersimpan sebagai kegiatan no. 7: Jumat, 27 November 2026, 08:00-10:00, Rapat'."""
    from absensi_app.domain.model import format_day_long

    span = f"{entry.start:%H:%M}-{entry.end:%H:%M}" if entry.start else f"{entry.minutes} menit"
    return f"Tersimpan sebagai kegiatan no. {entry.id}: {format_day_long(entry.day)}, {span}, {entry.description}"


def _fill_from_template(args: argparse.Namespace, ctx, start) -> None:  # noqa: ANN001
    """What the options leave out, from the template named by --template: the text, the
    location, the RHK link, the unit (with --qty) and the usual duration (as --minutes, or
    the end after --start)."""
    from datetime import date, datetime, timedelta

    from absensi_app.domain.templates import merge_link

    template = ctx.templates.get(args.template)
    if args.text is None:
        args.text = template.description
    if args.location is None:
        if template.location is None:
            raise CliError("Templat '{name}' tidak menyebut lokasi; tambahkan --location.", name=template.name)
        args.location = template.location.value
    args.rhk, args.action = merge_link(args.rhk, args.action, template.rhk_id, template.action_id)
    if args.unit is None and args.qty is not None:
        args.unit = template.unit
    if template.minutes and args.minutes is None and args.end is None:
        if start is None:
            args.minutes = template.minutes
        else:
            first = date(2000, 1, 1)
            finish = datetime.combine(first, start) + timedelta(minutes=template.minutes)
            if finish.date() != first:
                raise CliError("Durasi biasa templat '{name}' ({m} menit) dari jam {s} melewati tengah "
                               "malam; sebutkan --end.", name=template.name, m=template.minutes,
                               s=f"{start:%H:%M}")
            args.end = f"{finish:%H:%M}"


def cmd_log_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long, format_minutes
    from absensi_app.domain.report import entry_to_list_json, status_to_json
    from absensi_app.services.worklog import month_bounds

    ctx = context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
    entries = ctx.worklog.month_entries(year, month)
    statuses = ctx.worklog.statuses_between(*month_bounds(year, month))
    total = sum(e.minutes for e in entries)
    if args.json:
        data = {
            "month": f"{year:04d}-{month:02d}",
            "total_minutes": total,
            "entries": [entry_to_list_json(e) for e in entries],
            "day_status": [status_to_json(s) for s in sorted(statuses.values(), key=lambda s: s.day)],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries and not statuses:
        print(f"Belum ada kegiatan pada {year:04d}-{month:02d}.")
        return EXIT_OK
    days = sorted({e.day for e in entries} | set(statuses))
    for day in days:
        status = statuses.get(day)
        day_entries = [e for e in entries if e.day == day]
        head = format_day_long(day)
        if status:
            head += f" [{status.label}{': ' + status.note if status.note else ''}]"
        if day_entries:
            head += f" - {format_minutes(sum(e.minutes for e in day_entries))}"
        print(head)
        for e in day_entries:
            span = f"{e.start:%H:%M}-{e.end:%H:%M}" if e.start else f"{format_minutes(e.minutes):>11}"
            out = f" ({e.output_text})" if e.quantity else ""
            print(f"  no. {e.id:<5} {span}  {e.location.label:<11}  {e.description}{out}")
    print(f"Jumlah: {len(entries)} kegiatan, {format_minutes(total)}.")
    return EXIT_OK


def cmd_log_delete(args: argparse.Namespace) -> int:
    ctx = context(args)
    entry = ctx.worklog.delete(args.id)
    print(f"Kegiatan no. {entry.id} ({entry.day.isoformat()}, {entry.description}) dihapus.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import DayStatus, LeaveKind, format_day_long

    ctx = context(args)
    day = parse_date(args.date)
    if args.clear and (args.status or args.leave_kind or args.note):
        raise CliError("Pilih salah satu: --status (dengan --leave-kind/--note) atau --clear.")
    if args.clear:
        ctx.worklog.set_status(day, None)
        print(f"Status {format_day_long(day)} dihapus.")
        return EXIT_OK
    if not args.status:
        raise CliError("Sebutkan --status, atau --clear untuk menghapus status.")
    status = DayStatus.from_code(args.status)
    if status is DayStatus.CUTI and not args.leave_kind:
        raise CliError("Status cuti butuh jenisnya: tambahkan --leave-kind ({codes}).", codes=", ".join(LEAVE_CODES))
    if args.leave_kind and status is not DayStatus.CUTI:
        raise CliError("--leave-kind hanya untuk status cuti.")
    kind = LeaveKind.from_code(args.leave_kind) if args.leave_kind else None
    ctx.worklog.set_status(day, status, kind, args.note)
    record = ctx.worklog.statuses_between(day, day)[day]
    print(f"{format_day_long(day)}: {record.label}.")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import MONTH_NAMES
    from absensi_app.domain.report import summary_to_json
    from absensi_app.domain.skp import PROGRESS_DISCLAIMER

    ctx = context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
    check_year(year)
    progress = ctx.summary.progress(year, month)
    totals = progress.totals
    profile = ctx.profile.get()
    if args.json:
        data = summary_to_json(profile, totals, progress.rhk, progress.weeks, progress.year_totals,
                               progress.offsite_limit)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK

    format_minutes, signed = duration_text, signed_duration_text
    print(f"Ringkasan {MONTH_NAMES[month - 1]} {year}" + (f" - {profile.name} (NIP {profile.nip})" if profile else ""))
    print(f"  Jam tercatat        : {format_minutes(totals.total_minutes)} dari {format_minutes(totals.expected_minutes)} sebulan")
    print(f"  Saldo s.d. hari ini : {signed(totals.balance_minutes)} "
          f"(target s.d. hari ini {format_minutes(totals.expected_to_date_minutes)})")
    print(f"  Hari kerja          : {totals.working_days}; hari dengan kegiatan: {totals.logged_days}")
    for loc, t in totals.by_location.items():
        if t.minutes:
            print(f"  {loc.label:<20}: {format_minutes(t.minutes)} pada {t.days} hari")
    if totals.missing_days:
        print("  Belum diisi         : " + ", ".join(d.strftime("%d/%m") for d in totals.missing_days))
    else:
        print("  Belum diisi         : tidak ada")
    print("  Per minggu:")
    for w in progress.weeks:
        flag = ""
        if len(w.offsite_days) > progress.offsite_limit:
            flag = (f"  PERHATIAN: {len(w.offsite_days)} hari di luar kantor "
                    f"(batas {progress.offsite_limit})")
        places = "; ".join(
            f"{loc.label} {format_minutes(t.minutes)}/{t.days} hari"
            for loc, t in w.by_location.items() if t.minutes
        )
        print(f"    {w.first:%d/%m}-{w.last:%d/%m}: {format_minutes(w.minutes):>9} dari "
              f"{format_minutes(w.expected_minutes):<9}{flag}" + (f"  [{places}]" if places else ""))
    for line in year_lines(ctx, progress.year_totals):
        print(line)
    if progress.plan is None:
        print("  RHK                 : belum ada rencana SKP untuk bulan ini ('absensi skp import')")
    else:
        print(f"  RHK ({progress.plan.period.title}), bulan ini dan setahun:")
        for p in progress.rhk:
            print("    " + rhk_line(p))
        print(f"  {PROGRESS_DISCLAIMER}")
    return EXIT_OK


def duration_text(minutes: int) -> str:
    """format_minutes with the hours grouped as Indonesian writes numbers: '1.145 j 50 m'."""
    from absensi_app.domain.model import format_minutes

    text = format_minutes(abs(minutes))
    hours = abs(minutes) // 60
    if hours >= 1000:
        text = text.replace(str(hours), f"{hours:,}".replace(",", "."), 1)
    return ("-" if minutes < 0 else "") + text


def signed_duration_text(minutes: int) -> str:
    return ("+" if minutes >= 0 else "") + duration_text(minutes)


def year_lines(ctx, y) -> list[str]:  # noqa: ANN001
    """The year against the schedule and the 1,250-hour yardstick, up to today. When the log
    starts later in the year (a new user), the same figures also from its first day, so the
    balance is not only the months before the app was used."""
    from datetime import date

    from absensi_app.domain.model import MONTH_NAMES

    yardstick = y.yardstick_minutes
    label = (f"{yardstick // 60:,}".replace(",", ".") + " jam") if yardstick % 60 == 0 else duration_text(yardstick)
    today = ctx.clock.today()
    last = min(today, date(y.year, 12, 31))
    until = "s.d. hari ini" if today.year == y.year else "setahun"
    lines = [f"  Tahun {y.year:<14}: {duration_text(y.total_minutes)} tercatat; {until} target jadwal "
             f"{duration_text(y.expected_to_date_minutes)} (saldo {signed_duration_text(y.balance_minutes)})",
             f"  Patokan {label:<12}: {until} {duration_text(y.yardstick_to_date_minutes)} (selisih "
             f"{signed_duration_text(y.total_minutes - y.yardstick_to_date_minutes)})"]
    logged = ctx.worklog.days_with_entries(date(y.year, 1, 1), last) if last.year == y.year else {}
    if not logged or not y.working_days:
        return lines
    first = min(logged)
    since = ctx.summary.period(first, last)
    if since.working_days >= y.working_days_to_date:
        return lines
    share = round(yardstick * since.working_days / y.working_days)
    lines.append(
        f"  Sejak catatan mulai : {first.day} {MONTH_NAMES[first.month - 1]} ({since.working_days} hari kerja): "
        f"target jadwal {duration_text(since.expected_to_date_minutes)} (saldo "
        f"{signed_duration_text(y.total_minutes - since.expected_to_date_minutes)}), patokan "
        f"{duration_text(share)} (selisih {signed_duration_text(y.total_minutes - share)})"
    )
    return lines
