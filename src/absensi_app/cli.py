"""The `absensi` command: the GUI when run bare, sub-commands over the same services.

This module never imports Qt; `absensi` without arguments hands over to absensi_app.app.
Exit codes: 0 success, 1 the request was refused or failed (message on stderr),
2 the command line itself was wrong (usage on stderr).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from datetime import date, datetime, time
from pathlib import Path

from absensi_app import __version__
from absensi_app.domain.errors import AbsensiError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

LOCATION_CODES = ("kantor", "kantor-lain", "rumah", "lokasi-lain", "dinas-luar")
STATUS_CODES = (
    "hadir",
    "dinas-luar",
    "cuti",
    "sakit",
    "izin",
    "tugas-belajar",
    "libur",
    "tanpa-keterangan",
)
LEAVE_CODES = (
    "tahunan",
    "besar",
    "sakit",
    "melahirkan",
    "alasan-penting",
    "bersama",
    "di-luar-tanggungan-negara",
)
WEEKDAY_CODES = ("sen", "sel", "rab", "kam", "jum", "sab", "min")

log = logging.getLogger("absensi.cli")


class CliError(AbsensiError):
    """Bad argument value found after parsing."""


# ---- argument value parsers ----------------------------------------------------------------
def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError("Tanggal '{v}' tidak sah; tulis TTTT-BB-HH, misalnya 2026-11-27.", v=value) from None


def parse_month(value: str) -> tuple[int, int]:
    try:
        parsed = datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise CliError("Bulan '{v}' tidak sah; tulis TTTT-BB, misalnya 2026-11.", v=value) from None
    return parsed.year, parsed.month


def parse_time(value: str) -> time:
    try:
        parsed = datetime.strptime(value, "%H:%M")
    except ValueError:
        if value in ("24:00",):
            raise CliError("Jam 24:00 tidak bisa dipakai; tulis 23:59.") from None
        raise CliError("Jam '{v}' tidak sah; tulis JJ:MM, misalnya 07:30.", v=value) from None
    return parsed.time()


def parse_hours(value: str) -> float:
    """Hours as people write them here: 37,5 or 37.5."""
    try:
        hours = float(value.strip().replace(",", "."))
    except ValueError:
        hours = math.nan
    if not math.isfinite(hours * 60):
        raise CliError("Jam kerja seminggu '{v}' tidak sah; tulis angka, misalnya 37,5.", v=value)
    return hours


def parse_weekdays(value: str) -> tuple[int, ...]:
    if not value.strip():
        raise CliError("Pilih paling sedikit satu hari kerja, mis. --days sen,sel,rab,kam,jum.")
    days = []
    for part in value.replace(" ", "").lower().split(","):
        if part not in WEEKDAY_CODES:
            raise CliError(
                "Hari '{v}' tidak dikenal; pakai {codes} dipisah koma.",
                v=part,
                codes=",".join(WEEKDAY_CODES),
            )
        days.append(WEEKDAY_CODES.index(part))
    return tuple(sorted(set(days)))


_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "the following arguments are required: %s": "argumen wajib belum diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak sah (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah (harus %(type)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "butuh satu nilai",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_ID.get(message, message)


class _Parser(argparse.ArgumentParser):
    """argparse with Indonesian wording for its own errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: kesalahan: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _argparse_text  # argparse looks its wording up through this name
    parser = _Parser(
        prog="absensi",
        description=(
            "Absensi: catatan kehadiran dan kegiatan harian ASN (PNS dan PPPK). "
            "Tanpa perintah, aplikasi desktop dibuka."
        ),
        epilog="Kode keluar: 0 berhasil, 1 ditolak atau gagal (pesan di stderr), 2 perintah salah tulis.",
    )
    parser.add_argument("--version", action="version", version=f"absensi {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder semua data (database, kunci, cadangan, log); bawaan: $ABSENSI_DATA_DIR "
        "atau folder data pengguna",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

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
    init.set_defaults(func=cmd_init)

    prof = sub.add_parser("profile", help="tampilkan profil pegawai")
    prof.add_argument("--json", action="store_true", help="keluaran JSON")
    prof.set_defaults(func=cmd_profile)

    sched = sub.add_parser("schedule", help="lihat atau ubah jadwal kerja")
    sched.add_argument("--days", type=str, help="hari kerja, mis. sen,sel,rab,kam,jum")
    sched.add_argument("--start", type=str, help="jam mulai kerja, JJ:MM (bawaan 07:30)")
    sched.add_argument("--weekly-hours", type=str, help="jam kerja seminggu (bawaan 37,5)")
    sched.set_defaults(func=cmd_schedule)

    logp = sub.add_parser("log", help="catatan kegiatan harian")
    logsub = logp.add_subparsers(dest="log_command", metavar="PERINTAH", parser_class=_Parser)
    logsub.required = True
    add = logsub.add_parser("add", help="catat satu kegiatan")
    add.add_argument("--date", help="tanggal TTTT-BB-HH (bawaan: hari ini)")
    add.add_argument("--start", help="jam mulai JJ:MM")
    add.add_argument("--end", help="jam selesai JJ:MM")
    add.add_argument("--minutes", type=int, help="durasi dalam menit, bila tanpa jam mulai/selesai")
    add.add_argument("--location", required=True, choices=LOCATION_CODES, help="lokasi kerja")
    add.add_argument("--text", required=True, help="uraian kegiatan")
    add.add_argument("--qty", type=int, help="jumlah output, mis. 1")
    add.add_argument("--unit", help="satuan output, mis. laporan")
    add.add_argument("--evidence", metavar="FILE", help="berkas bukti dukung (disalin ke folder data)")
    add.add_argument("--link", metavar="URL", help="tautan bukti dukung")
    add.set_defaults(func=cmd_log_add)

    lst = logsub.add_parser("list", help="daftar kegiatan sebulan")
    lst.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (lihat README)")
    lst.set_defaults(func=cmd_log_list)

    rm = logsub.add_parser("delete", help="hapus satu kegiatan menurut nomornya")
    rm.add_argument("id", type=int, help="nomor kegiatan (kolom No di 'log list')")
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

    demo = sub.add_parser("demo", help="isi satu bulan dengan data contoh yang realistis")
    demo.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    demo.set_defaults(func=cmd_demo)
    return parser


# ---- commands -------------------------------------------------------------------------------
def _context(args: argparse.Namespace):  # noqa: ANN202
    from absensi_app.config import AppPaths
    from absensi_app.services.context import open_context

    return open_context(AppPaths.resolve(args.data_dir))


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

    ctx = _context(args)
    if ctx.profile.has_profile() and not args.force:
        raise CliError("Profil sudah ada. Tambahkan --force untuk menggantinya.")
    kind = args.kind or parse_nip(args.nip, ctx.clock.today()).kind.value
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
    print(f"Folder data: {ctx.paths.data_dir}")
    return EXIT_OK


def _kind(code: str):  # noqa: ANN202
    from absensi_app.domain.nip import NipKind

    return NipKind(code)


def cmd_profile(args: argparse.Namespace) -> int:
    ctx = _context(args)
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

    ctx = _context(args)
    schedule = ctx.profile.schedule()
    if args.days is not None or args.start or args.weekly_hours is not None:
        changes: dict = {}
        if args.days is not None:
            changes["workdays"] = parse_weekdays(args.days)
        if args.start:
            changes["day_start"] = parse_time(args.start)
        if args.weekly_hours is not None:
            changes["weekly_minutes"] = round(parse_hours(args.weekly_hours) * 60)
        schedule = ctx.profile.save_schedule(replace(schedule, **changes))
        print("Jadwal kerja tersimpan.")
    print(_schedule_text(schedule))
    return EXIT_OK


def cmd_log_add(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import EntryDraft, Evidence, Location, format_day_long
    from absensi_app.services.evidence import store_evidence_file

    ctx = _context(args)
    ctx.profile.require()
    day = parse_date(args.date) if args.date else ctx.clock.today()
    start = parse_time(args.start) if args.start else None
    end = parse_time(args.end) if args.end else None
    if args.evidence and args.link:
        raise CliError("Pilih salah satu bukti dukung: --evidence atau --link.")
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
    )
    from absensi_app.domain.rules import validate_entry

    # Check everything before copying an evidence file, so a refused entry leaves no trace.
    validate_entry(draft, ctx.worklog.entries_between(day, day), ctx.clock.today())
    if args.evidence:
        draft = replace_evidence(draft, store_evidence_file(Path(args.evidence), ctx.paths.evidence_dir))
    entry = ctx.worklog.add(draft)
    span = f"{entry.start:%H:%M}-{entry.end:%H:%M}" if entry.start else f"{entry.minutes} menit"
    print(f"Tersimpan sebagai kegiatan no. {entry.id}: {format_day_long(entry.day)}, {span}, {entry.description}")
    return EXIT_OK


def replace_evidence(draft, evidence):  # noqa: ANN001, ANN201
    from dataclasses import replace

    return replace(draft, evidence=evidence)


def entry_json(entry) -> dict:  # noqa: ANN001
    return {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "start": entry.start.strftime("%H:%M") if entry.start else None,
        "end": entry.end.strftime("%H:%M") if entry.end else None,
        "minutes": entry.minutes,
        "location": entry.location.value,
        "description": entry.description,
        "quantity": entry.quantity,
        "unit": entry.unit,
        "evidence_file": entry.evidence.file_name,
        "evidence_sha256": entry.evidence.sha256,
        "evidence_link": entry.evidence.link,
    }


def cmd_log_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long, format_minutes
    from absensi_app.services.worklog import month_bounds

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month else (today.year, today.month)
    entries = ctx.worklog.month_entries(year, month)
    statuses = ctx.worklog.statuses_between(*month_bounds(year, month))
    total = sum(e.minutes for e in entries)
    if args.json:
        data = {
            "month": f"{year:04d}-{month:02d}",
            "total_minutes": total,
            "entries": [entry_json(e) for e in entries],
            "day_status": [
                {
                    "date": s.day.isoformat(),
                    "status": s.status.value,
                    "leave_kind": s.leave_kind.value if s.leave_kind else None,
                    "note": s.note,
                }
                for s in sorted(statuses.values(), key=lambda s: s.day)
            ],
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
    ctx = _context(args)
    entry = ctx.worklog.delete(args.id)
    print(f"Kegiatan no. {entry.id} ({entry.day.isoformat()}, {entry.description}) dihapus.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import DayStatus, LeaveKind, format_day_long

    ctx = _context(args)
    day = parse_date(args.date)
    if args.clear:
        ctx.worklog.set_status(day, None)
        print(f"Status {format_day_long(day)} dihapus.")
        return EXIT_OK
    if not args.status:
        raise CliError("Sebutkan --status, atau --clear untuk menghapus status.")
    status = DayStatus.from_code(args.status)
    kind = LeaveKind.from_code(args.leave_kind) if args.leave_kind else None
    ctx.worklog.set_status(day, status, kind, args.note)
    record = ctx.worklog.statuses_between(day, day)[day]
    print(f"{format_day_long(day)}: {record.label}.")
    return EXIT_OK


def summary_json(profile, totals) -> dict:  # noqa: ANN001
    """The `absensi summary --json` contract (README: "absensi summary --json")."""
    return {
        "month": f"{totals.first.year:04d}-{totals.first.month:02d}",
        "nip": profile.nip if profile else None,
        "total_minutes": totals.total_minutes,
        "expected_minutes": totals.expected_minutes,
        "expected_to_date_minutes": totals.expected_to_date_minutes,
        "balance_minutes": totals.balance_minutes,
        "working_days": totals.working_days,
        "logged_days": totals.logged_days,
        "missing_days": [d.isoformat() for d in totals.missing_days],
        "by_location": {
            loc.value: {"minutes": t.minutes, "days": t.days} for loc, t in totals.by_location.items()
        },
        "rhk": [],
    }


def cmd_summary(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import MONTH_NAMES, format_minutes

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month else (today.year, today.month)
    totals = ctx.summary.month(year, month)
    profile = ctx.profile.get()
    if args.json:
        print(json.dumps(summary_json(profile, totals), ensure_ascii=False, indent=2))
        return EXIT_OK
    sign = "+" if totals.balance_minutes >= 0 else "-"
    print(f"Ringkasan {MONTH_NAMES[month - 1]} {year}" + (f" - {profile.name} (NIP {profile.nip})" if profile else ""))
    print(f"  Jam tercatat        : {format_minutes(totals.total_minutes)} dari {format_minutes(totals.expected_minutes)} sebulan")
    print(f"  Saldo s.d. hari ini : {sign}{format_minutes(abs(totals.balance_minutes))} "
          f"(target s.d. hari ini {format_minutes(totals.expected_to_date_minutes)})")
    print(f"  Hari kerja          : {totals.working_days}; hari dengan kegiatan: {totals.logged_days}")
    for loc, t in totals.by_location.items():
        if t.minutes:
            print(f"  {loc.label:<20}: {format_minutes(t.minutes)} pada {t.days} hari")
    if totals.missing_days:
        print("  Belum diisi         : " + ", ".join(d.strftime("%d/%m") for d in totals.missing_days))
    else:
        print("  Belum diisi         : tidak ada")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from absensi_app.services.demo import SAMPLE_PROFILE, check_demo_month, fill_demo_month

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month else (today.year, today.month)
    check_demo_month(year, month, today)
    if not ctx.profile.has_profile():
        ctx.profile.save(SAMPLE_PROFILE)
        print(f"Profil contoh dibuat: {SAMPLE_PROFILE.name.rstrip('.')}.")  # "S.E." ends it
    result = fill_demo_month(ctx.worklog, year, month, today, ctx.skp)
    print(
        f"Data contoh {year:04d}-{month:02d}: {result.entries} kegiatan pada {result.days} hari, "
        f"{result.statuses} status hari."
    )
    return EXIT_OK


# ---- entry point ----------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = cmd_gui
    if args.data_dir is not None and not args.data_dir.strip():
        print("absensi: --data-dir tidak boleh kosong; sebutkan sebuah folder.", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except AbsensiError as exc:
        print(f"absensi: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("absensi: dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        from sqlalchemy.exc import DBAPIError

        from absensi_app.store.migrate import MigrationError

        if isinstance(exc, DBAPIError):  # e.g. not a database, locked, disk full
            log.warning("database error in %s: %s", argv, exc)
            print(
                f"absensi: database tidak bisa dipakai ({_database_path(args)}): {_one_line(exc.orig)}",
                file=sys.stderr,
            )
            return EXIT_FAILED
        if isinstance(exc, MigrationError):
            print(f"absensi: {exc}", file=sys.stderr)
            return EXIT_FAILED
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            print(f"absensi: berkas atau folder tidak bisa dipakai{where}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        if logging.getLogger().handlers:  # else logging's last resort prints the traceback
            log.exception("unexpected error in %s", argv)
        print(
            f"absensi: terjadi kesalahan tak terduga ({type(exc).__name__}: {_one_line(exc)}). "
            "Rinciannya tercatat di folder log aplikasi.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _database_path(args: argparse.Namespace) -> str:
    from absensi_app.config import AppPaths

    try:
        return str(AppPaths.resolve(args.data_dir).database)
    except Exception:  # noqa: BLE001 - only used to word an error message
        return "?"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
