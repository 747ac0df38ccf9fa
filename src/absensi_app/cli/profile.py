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
    _office_arguments(init)
    init.add_argument("--force", action="store_true", help="ganti profil yang sudah ada")
    init.add_argument(
        "--no-key",
        action="store_true",
        help="jangan buat kunci tanda tangan (mis. bila ringkasan ditandatangani di aplikasi resmi)",
    )
    init.set_defaults(func=cmd_init)

    prof = sub.add_parser("profile", help="tampilkan profil pegawai; ubah kop surat laporan")
    prof.add_argument("--json", action="store_true", help="keluaran JSON")
    _office_arguments(prof)
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


def _office_arguments(parser: argparse.ArgumentParser) -> None:
    """The office settings of the report's kop surat and its place-and-date line."""
    parser.add_argument("--government", metavar="TEKS", help='baris pemerintah kop surat, mis. "Pemerintah Kabupaten Sleman" ("" mengosongkan)')
    parser.add_argument("--address", metavar="TEKS", help='alamat kantor di kop surat ("" mengosongkan)')
    parser.add_argument("--place", metavar="KOTA", help='tempat di atas tanda tangan, mis. "Sleman" ("" mengosongkan)')
    logo = parser.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="logo kop surat: gambar PNG atau JPEG, paling besar 1 MB")
    logo.add_argument("--no-logo", action="store_true", help="hapus logo kop surat")


def _office_changes(args: argparse.Namespace) -> dict:
    """The office settings the options give (the logo read and checked); {} for none."""
    changes = {key: getattr(args, key) for key in ("government", "address", "place")
               if getattr(args, key) is not None}
    if args.logo is not None:
        from absensi_app.services.logo import read_logo

        changes["logo"] = read_logo(args.logo)
    elif args.no_logo:
        changes["logo"] = None
    return changes


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
    office = _office_changes(args)  # before the passphrase: a refused logo asks for nothing
    before = ctx.profile.get()
    if before is not None:  # the office settings not given stay as they were
        kept = {"government": before.government, "address": before.address,
                "place": before.place, "logo": before.logo}
        office = {**kept, **office}
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
            **office,
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
    from dataclasses import replace

    ctx = context(args)
    profile = ctx.profile.require()
    changes = _office_changes(args)
    if changes:
        profile = ctx.profile.save(replace(profile, **changes))
        if not args.json:
            print("Kop surat laporan tersimpan.")
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
        "government": profile.government,
        "address": profile.address,
        "place": profile.place,
        "logo_sha256": _logo_sha256(profile.logo),
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
        ("Kop: pemerintah", profile.government or "-"),
        ("Kop: alamat", profile.address or "-"),
        ("Tempat", profile.place or "-"),
        ("Kop: logo", _logo_text(profile.logo)),
        ("Jadwal", _schedule_text(schedule)),
        ("Folder data", str(ctx.paths.data_dir)),
    )
    for label, value in labels:
        print(f"{label:<16}: {value}")
    return EXIT_OK


def _logo_sha256(logo: bytes | None) -> str | None:
    import hashlib

    return hashlib.sha256(logo).hexdigest() if logo else None


def _logo_text(logo: bytes | None) -> str:
    from absensi_app.services.logo import logo_size

    size = logo_size(logo)
    if size is None:
        return "-"
    kind = "JPEG" if logo[:2] == b"\xff\xd8" else "PNG"
    return f"{kind} {size[0]} x {size[1]} piksel, {len(logo) / 1024:.0f} KB"


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
