"""`absensi gui|init|profile|schedule`: the desktop app, the employee's profile and work schedule."""

from __future__ import annotations

import argparse
import json
import sys

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import (
    WEEKDAY_CODES,
    CliError,
    parse_hours,
    parse_time,
    parse_weekdays,
    whole_number,
)
from absensi_app.cli.shared import context, read_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help="buka aplikasi desktop (sama dengan 'absensi' saja)")
    gui.set_defaults(func=cmd_gui)

    init = sub.add_parser("init", help="buat atau ganti profil pegawai tanpa dialog")
    init.add_argument("--name", required=True, help="nama lengkap dengan gelar")
    init.add_argument("--nip", required=True, help="NIP PNS atau NI PPPK, 18 digit")
    init.add_argument("--kind", choices=("pns", "pppk"), help="jenis ASN (bawaan: dibaca dari NIP)")
    init.add_argument("--rank", required=True, help='pangkat/golongan, mis. "Penata Muda Tk. I, III/b"')
    init.add_argument("--position", required=True, help="jabatan")
    init.add_argument("--unit", required=True, help="unit kerja")
    init.add_argument("--agency", required=True, help="instansi")
    init.add_argument("--supervisor-name", required=True, help="nama Pejabat Penilai Kinerja")
    init.add_argument("--supervisor-nip", required=True, help="NIP Pejabat Penilai Kinerja")
    init.add_argument("--force", action="store_true", help="ganti profil yang sudah ada")
    init.add_argument(
        "--no-key",
        action="store_true",
        help="jangan buat kunci tanda tangan (mis. bila ringkasan ditandatangani di aplikasi resmi)",
    )
    init.set_defaults(func=cmd_init)

    prof = sub.add_parser("profile", help="tampilkan profil pegawai")
    prof.add_argument("--json", action="store_true", help="keluaran JSON")
    prof.set_defaults(func=cmd_profile)

    sched = sub.add_parser("schedule", help="lihat atau ubah jadwal kerja")
    sched.add_argument("--days", type=str, help="hari kerja, mis. sen,sel,rab,kam,jum")
    sched.add_argument("--start", type=str, help="jam mulai kerja, JJ:MM (bawaan 07:30)")
    sched.add_argument("--weekly-hours", type=str, help="jam kerja seminggu (bawaan 37,5)")
    sched.add_argument(
        "--offsite-limit",
        type=whole_number,
        metavar="HARI",
        help="batas hari kerja di luar kantor seminggu sebelum ada peringatan "
        "(bawaan 2, PermenPANRB 4/2025)",
    )
    sched.set_defaults(func=cmd_schedule)


def cmd_gui(args: argparse.Namespace) -> int:
    import os

    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise CliError(
            "Tidak ada layar grafis (DISPLAY/WAYLAND_DISPLAY kosong), jadi aplikasi tidak bisa dibuka. "
            "Perintah baris seperti 'absensi log list' tetap bisa dipakai."
        )
    from absensi_app.app import run_gui

    return run_gui(data_dir=args.data_dir)


def cmd_init(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import Profile
    from absensi_app.domain.nip import parse_nip

    ctx = context(args)
    if ctx.profile.has_profile() and not args.force:
        raise CliError("Profil sudah ada. Tambahkan --force untuk menggantinya.")
    kind = args.kind or parse_nip(args.nip, ctx.clock.today()).kind.value
    passphrase = None
    if not args.no_key:
        from absensi_app.signing.keys import check_passphrase

        existing = ctx.keys.identity()
        if existing is None or existing.nip != parse_nip(args.nip, ctx.clock.today()).digits:
            passphrase = read_passphrase(confirm=True, purpose="kunci tanda tangan baru")
            check_passphrase(passphrase)
    saved = ctx.profile.save(
        Profile(
            name=args.name,
            nip=args.nip,
            rank=args.rank,
            position=args.position,
            unit=args.unit,
            agency=args.agency,
            supervisor_name=args.supervisor_name,
            supervisor_nip=args.supervisor_nip,
            asn_kind=kind,
        )
    )
    info = parse_nip(saved.nip, ctx.clock.today(), None if args.kind is None else _kind(args.kind))
    print(f"Profil tersimpan: {saved.name} ({info.describe()}).")
    if passphrase is not None:
        identity = ctx.keys.create(passphrase, replace=True)
        print(f"Kunci tanda tangan dibuat; sidik jari sertifikat: {identity.fingerprint}")
    elif args.no_key:
        print("Tanpa kunci tanda tangan; ringkasan hanya bisa diekspor tanpa tanda tangan "
              "sampai kunci dibuat ('absensi key create').")
    print(f"Folder data: {ctx.paths.data_dir}")
    return EXIT_OK


def _kind(code: str):  # noqa: ANN202
    from absensi_app.domain.nip import NipKind

    return NipKind(code)


def cmd_profile(args: argparse.Namespace) -> int:
    ctx = context(args)
    profile = ctx.profile.require()
    schedule = ctx.profile.schedule()
    data = {
        "name": profile.name,
        "nip": profile.nip,
        "asn_kind": profile.asn_kind,
        "rank": profile.rank,
        "position": profile.position,
        "unit": profile.unit,
        "agency": profile.agency,
        "supervisor_name": profile.supervisor_name,
        "supervisor_nip": profile.supervisor_nip,
        "schedule": _schedule_json(schedule),
        "data_dir": str(ctx.paths.data_dir),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    labels = (
        ("Nama", profile.name),
        ("NIP", profile.nip),
        ("Jenis ASN", profile.asn_kind.upper()),
        ("Pangkat/Gol.", profile.rank),
        ("Jabatan", profile.position),
        ("Unit Kerja", profile.unit),
        ("Instansi", profile.agency),
        ("Pejabat Penilai", f"{profile.supervisor_name} (NIP {profile.supervisor_nip})"),
        ("Jadwal", _schedule_text(schedule)),
        ("Folder data", str(ctx.paths.data_dir)),
    )
    for label, value in labels:
        print(f"{label:<16}: {value}")
    return EXIT_OK


def _schedule_json(schedule) -> dict:  # noqa: ANN001
    return {
        "workdays": [WEEKDAY_CODES[d] for d in schedule.workdays],
        "day_start": schedule.day_start.strftime("%H:%M"),
        "weekly_minutes": schedule.weekly_minutes,
    }


def _schedule_text(schedule) -> str:  # noqa: ANN001
    from absensi_app.domain.model import WEEKDAY_NAMES, format_minutes

    days = ", ".join(WEEKDAY_NAMES[d] for d in schedule.workdays)
    return (
        f"{days}; mulai {schedule.day_start:%H:%M}; {format_minutes(schedule.weekly_minutes)} seminggu "
        f"({format_minutes(schedule.daily_minutes)} sehari)"
    )


def cmd_schedule(args: argparse.Namespace) -> int:
    from dataclasses import replace

    ctx = context(args)
    schedule = ctx.profile.schedule()
    if args.offsite_limit is not None:
        ctx.calendar.set_offsite_limit(args.offsite_limit)
        print(f"Batas hari kerja di luar kantor: {args.offsite_limit} hari seminggu.")
    if args.days is not None or args.start is not None or args.weekly_hours is not None:
        changes: dict = {}
        if args.days is not None:
            changes["workdays"] = parse_weekdays(args.days)
        if args.start is not None:
            changes["day_start"] = parse_time(args.start)
        if args.weekly_hours is not None:
            changes["weekly_minutes"] = round(parse_hours(args.weekly_hours) * 60)
        schedule = ctx.profile.save_schedule(replace(schedule, **changes))
        print("Jadwal kerja tersimpan.")
    print(_schedule_text(schedule))
    print(f"Batas hari di luar kantor: {ctx.calendar.offsite_limit()} hari seminggu")
    return EXIT_OK
