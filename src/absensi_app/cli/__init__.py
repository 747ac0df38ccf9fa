"""The `absensi` command: the GUI when run bare, sub-commands over the same services.

This module never imports Qt; `absensi` without arguments hands over to absensi_app.app.
Exit codes: the table below is the only place they are decided (README documents it).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
from datetime import date, datetime, time
from pathlib import Path

from absensi_app import __version__
from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Outcome

# ---- exit codes: the one table ---------------------------------------------------------------
EXIT_OK = 0
EXIT_FAILED = 1  # the request was refused or failed (one line on stderr)
EXIT_USAGE = 2  # the command line itself was wrong (usage on stderr)
EXIT_INTERRUPTED = 130  # Ctrl+C

# `absensi verify` exits with its verdict; its own failures get codes that no verdict uses
VERIFY_EXIT_CODES = {
    Outcome.VALID: 0,
    Outcome.INVALID: 1,
    Outcome.UNSIGNED: 1,
    Outcome.UNREADABLE: 2,
    Outcome.UNTRUSTED: 3,
    Outcome.CONFLICT: 3,
}
EXIT_NOT_CHECKED = 4  # verify could not check (a --trust file missing or unreadable, ...)
EXIT_VERIFY_USAGE = 64  # verify's command line was wrong

# commands whose failures must not look like one of their results: (failed, usage)
COMMAND_FAILURE_CODES = {"verify": (EXIT_NOT_CHECKED, EXIT_VERIFY_USAGE)}


def failure_codes(command: str | None) -> tuple[int, int]:
    """(refused or failed, wrong command line) for a sub-command."""
    return COMMAND_FAILURE_CODES.get(command or "", (EXIT_FAILED, EXIT_USAGE))

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
RATING_CODES = ("di-atas", "sesuai", "di-bawah")

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


def whole_number(value: str) -> int:
    """argparse type for counts, ids and years: a whole number SQLite can store."""
    try:
        number = int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' bukan bilangan bulat") from None
    if not -(2**63) <= number < 2**63:
        raise argparse.ArgumentTypeError(f"'{value}' terlalu besar")
    return number


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

    command: str | None = None  # the sub-command this parser reads, for its usage exit code

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(failure_codes(self.command)[1], f"{self.prog}: kesalahan: {message}\n")

    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:  # reported by the top parser, with the code of the sub-command they follow
            self.command = getattr(parsed, "command", None)
            self.error(_argparse_text("unrecognized arguments: %s") % " ".join(extras))
        return parsed


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
    parser.add_argument(
        "--version", action="version", version=f"absensi {__version__}",
        help="tampilkan versi program lalu keluar",
    )
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

    logp = sub.add_parser("log", help="catatan kegiatan harian")
    logsub = logp.add_subparsers(dest="log_command", metavar="PERINTAH", parser_class=_Parser)
    logsub.required = True
    add = logsub.add_parser("add", help="catat satu kegiatan")
    add.add_argument("--date", help="tanggal TTTT-BB-HH (bawaan: hari ini)")
    add.add_argument("--start", help="jam mulai JJ:MM")
    add.add_argument("--end", help="jam selesai JJ:MM")
    add.add_argument("--minutes", type=whole_number, help="durasi dalam menit, bila tanpa jam mulai/selesai")
    add.add_argument("--location", required=True, choices=LOCATION_CODES, help="lokasi kerja")
    add.add_argument("--text", required=True, help="uraian kegiatan")
    add.add_argument("--qty", type=whole_number, help="jumlah output, mis. 1")
    add.add_argument("--unit", help="satuan output, mis. laporan")
    add.add_argument("--evidence", metavar="FILE", help="berkas bukti dukung (disalin ke folder data)")
    add.add_argument("--link", metavar="URL", help="tautan bukti dukung")
    add.add_argument("--rhk", type=whole_number, metavar="N", help="nomor RHK yang didukung (lihat 'absensi skp list')")
    add.add_argument("--action", type=whole_number, metavar="N", help="nomor Rencana Aksi RHK itu")
    add.set_defaults(func=cmd_log_add)

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

    skp = sub.add_parser("skp", help="rencana SKP: RHK, target, impor dan ekspor")
    skpsub = skp.add_subparsers(dest="skp_command", metavar="PERINTAH", parser_class=_Parser)
    skpsub.required = True
    sl = skpsub.add_parser("list", help="daftar RHK satu tahun dengan capaiannya")
    sl.add_argument("--year", type=whole_number, help="tahun periode SKP (bawaan: tahun ini)")
    sl.add_argument("--json", action="store_true", help="keluaran JSON")
    sl.set_defaults(func=cmd_skp_list)
    si = skpsub.add_parser("import", help="impor rencana SKP dari berkas JSON (docs/skp-plan-format.md)")
    si.add_argument("file", metavar="FILE", help="berkas rencana JSON")
    si.add_argument("--year", type=whole_number, help="pindahkan rencana ke tahun ini (mis. rencana tahun lalu)")
    si.add_argument("--replace", action="store_true", help="ganti RHK periode yang sudah terisi")
    si.set_defaults(func=cmd_skp_import)
    se = skpsub.add_parser("export", help="ekspor rencana SKP ke berkas JSON")
    se.add_argument("--year", type=whole_number, help="tahun periode SKP (bawaan: tahun ini)")
    se.add_argument("--period", metavar="TTTT-BB-HH", help="hari pertama periode, bila tahun itu punya lebih dari satu periode")
    se.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan, atau - untuk layar")
    se.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    se.set_defaults(func=cmd_skp_export)

    hol = sub.add_parser("holiday", help="hari libur: nasional, cuti bersama dan libur daerah")
    holsub = hol.add_subparsers(dest="holiday_command", metavar="PERINTAH", parser_class=_Parser)
    holsub.required = True
    hl = holsub.add_parser("list", help="daftar hari libur setahun")
    hl.add_argument("--year", type=whole_number, help="tahun (bawaan: tahun ini)")
    hl.add_argument("--json", action="store_true", help="keluaran JSON")
    hl.set_defaults(func=cmd_holiday_list)
    ha = holsub.add_parser("add", help="tambah hari libur (mis. libur daerah)")
    ha.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    ha.add_argument("--name", required=True, help="nama hari libur")
    ha.set_defaults(func=cmd_holiday_add)
    hr = holsub.add_parser("remove", help="jadikan hari libur sebagai hari kerja biasa")
    hr.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    hr.set_defaults(func=cmd_holiday_remove)
    hx = holsub.add_parser("reset", help="kembalikan satu tanggal ke kalender nasional")
    hx.add_argument("--date", required=True, help="tanggal TTTT-BB-HH")
    hx.set_defaults(func=cmd_holiday_reset)

    ram = sub.add_parser("ramadan", help="jam kerja selama Ramadan (tanggal diisi tiap tahun)")
    ramsub = ram.add_subparsers(dest="ramadan_command", metavar="PERINTAH", parser_class=_Parser)
    ramsub.required = True
    rs = ramsub.add_parser("set", help="atur periode Ramadan satu tahun")
    rs.add_argument("--from", dest="first", required=True, help="hari pertama TTTT-BB-HH")
    rs.add_argument("--to", dest="last", required=True, help="hari terakhir TTTT-BB-HH")
    rs.add_argument("--weekly-hours", default="32,5", help="jam kerja seminggu (bawaan 32,5)")
    rs.set_defaults(func=cmd_ramadan_set)
    rc = ramsub.add_parser("clear", help="hapus periode Ramadan satu tahun")
    rc.add_argument("--year", type=whole_number, required=True, help="tahun")
    rc.set_defaults(func=cmd_ramadan_clear)
    rl = ramsub.add_parser("list", help="daftar periode Ramadan yang sudah diatur")
    rl.set_defaults(func=cmd_ramadan_list)

    key = sub.add_parser("key", help="kunci dan sertifikat tanda tangan elektronik")
    keysub = key.add_subparsers(dest="key_command", metavar="PERINTAH", parser_class=_Parser)
    keysub.required = True
    ks = keysub.add_parser("show", help="tampilkan sertifikat tanda tangan (tanpa rahasia)")
    ks.add_argument("--json", action="store_true", help="keluaran JSON")
    ks.set_defaults(func=cmd_key_show)
    kc = keysub.add_parser("create", help=f"buat kunci tanda tangan baru (frasa sandi dari {PASSPHRASE_ENV} atau prompt)")
    kc.add_argument("--replace", action="store_true", help="ganti kunci yang sudah ada")
    kc.set_defaults(func=cmd_key_create)
    kp = keysub.add_parser("passphrase", help=f"ganti frasa sandi (lama: {PASSPHRASE_ENV}, baru: {NEW_PASSPHRASE_ENV}, atau prompt)")
    kp.set_defaults(func=cmd_key_passphrase)
    ki = keysub.add_parser("import", help=f"pakai sertifikat PKCS#12 (.p12/.pfx) yang sudah dimiliki (sandi berkas: {P12_PASSWORD_ENV} atau prompt)")
    ki.add_argument("file", metavar="FILE", help="berkas .p12 atau .pfx")
    ki.add_argument("--replace", action="store_true", help="ganti kunci yang sudah ada")
    ki.set_defaults(func=cmd_key_import)
    kt = keysub.add_parser("timestamp", help="server cap waktu (TSA) untuk tanda tangan PAdES B-T")
    kt.add_argument("--url", help="alamat server RFC 3161, mis. http://timestamp.example.go.id")
    kt.add_argument("--clear", action="store_true", help="tanpa server cap waktu (PAdES B-B)")
    kt.set_defaults(func=cmd_key_timestamp)

    exp = sub.add_parser("export", help="ekspor ringkasan sebulan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX atau CSV")
    exp.add_argument("--month", required=True, help="bulan TTTT-BB")
    exp.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan")
    exp.add_argument("--format", choices=("pdf", "xlsx", "csv"), help="bawaan: menurut akhiran --out (.xlsx, .csv), selain itu pdf")
    exp.add_argument("--unsigned", action="store_true", help="PDF tanpa tanda tangan (untuk ditandatangani di aplikasi resmi); bulan tidak dikunci")
    exp.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    exp.set_defaults(func=cmd_export)

    unl = sub.add_parser("unlock", help="buka kunci bulan yang ringkasan bertanda tangannya sudah diekspor (dicatat)")
    unl.add_argument("--month", required=True, help="bulan TTTT-BB")
    unl.add_argument("--reason", required=True, help="alasan membuka kunci")
    unl.set_defaults(func=cmd_unlock)

    his = sub.add_parser("history", help="riwayat perubahan (berantai hash) dan pemeriksaannya")
    his.add_argument("--month", help="hanya bulan TTTT-BB")
    his.add_argument("--verify", action="store_true", help="periksa seluruh rantai; kode keluar 1 bila rusak")
    his.add_argument("--json", action="store_true", help="keluaran JSON")
    his.set_defaults(func=cmd_history)

    cert = sub.add_parser("cert", help="sertifikat tanda tangan untuk pejabat penilai")
    certsub = cert.add_subparsers(dest="cert_command", metavar="PERINTAH", parser_class=_Parser)
    certsub.required = True
    ce = certsub.add_parser("export", help="tulis sertifikat Anda (tanpa kunci privat) untuk diberikan ke pejabat penilai")
    ce.add_argument("--out", required=True, metavar="FILE.cer", help="berkas tujuan (PEM)")
    ce.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    ce.set_defaults(func=cmd_cert_export)

    trust = sub.add_parser("trust", help="sertifikat yang Anda percayai: pegawai Anda, atau pejabat penilai Anda")
    trustsub = trust.add_subparsers(dest="trust_command", metavar="PERINTAH", parser_class=_Parser)
    trustsub.required = True
    ta = trustsub.add_parser("add", help="percayai sertifikat (dari 'absensi cert export' pemiliknya)")
    ta.add_argument("file", metavar="FILE.cer", help="sertifikat PEM atau DER")
    ta.add_argument("--name", help="nama yang ditampilkan (bawaan: nama di sertifikat)")
    ta.set_defaults(func=cmd_trust_add)
    tl = trustsub.add_parser("list", help="daftar sertifikat tepercaya")
    tl.add_argument("--json", action="store_true", help="keluaran JSON")
    tl.set_defaults(func=cmd_trust_list)
    tr = trustsub.add_parser("remove", help="hapus sertifikat menurut sidik jari, atau semua sertifikat satu NIP")
    tr.add_argument("key", metavar="SIDIK_JARI|NIP", help="sidik jari SHA-256 (boleh tanpa titik dua) atau NIP")
    tr.set_defaults(func=cmd_trust_remove)
    tn = trustsub.add_parser("rename", help="ganti nama yang ditampilkan")
    tn.add_argument("fingerprint", metavar="SIDIK_JARI", help="sidik jari SHA-256")
    tn.add_argument("name", help="nama baru")
    tn.set_defaults(func=cmd_trust_rename)

    ver = sub.add_parser("verify", help="periksa ringkasan bertanda tangan (kode keluar: lihat README)")
    ver.add_argument("file", metavar="FILE.pdf", help="ringkasan PDF")
    ver.add_argument("--json", action="store_true", help="putusan sebagai JSON")
    ver.add_argument("--trust", action="append", default=[], metavar="CERT", help="percayai juga sertifikat ini untuk pemeriksaan ini saja (boleh berulang)")
    ver.set_defaults(func=cmd_verify)
    ver.command = "verify"

    for name, help_text in (("approve", "setujui ringkasan: tambahkan tanda tangan Anda sebagai pejabat penilai"),
                            ("return", "kembalikan ringkasan untuk diperbaiki, dengan catatan (wajib)")):
        dec = sub.add_parser(name, help=help_text)
        dec.add_argument("file", metavar="FILE.pdf", help="ringkasan dari pegawai")
        dec.add_argument("--out", required=True, metavar="OUT.pdf", help="berkas hasil")
        dec.add_argument("--note", required=name == "return", default="", help="catatan" + (" (wajib)" if name == "return" else ""))
        dec.add_argument("--hasil-kerja", choices=RATING_CODES, help="penilaian hasil kerja (opsional)")
        dec.add_argument("--perilaku", choices=RATING_CODES, help="penilaian perilaku kerja (opsional, bersama --hasil-kerja)")
        dec.add_argument("--force", action="store_true", help="timpa OUT.pdf yang sudah ada")
        dec.set_defaults(func=cmd_decide, decision=name)

    rcv = sub.add_parser("receive", help="terima ringkasan yang disetujui atau dikembalikan pejabat penilai")
    rcv.add_argument("file", metavar="FILE.pdf", help="berkas dari pejabat penilai")
    rcv.add_argument(
        "--trust-fingerprint",
        metavar="SIDIK_JARI",
        help="percayai sertifikat pejabat penilai bila sidik jarinya sama dengan ini "
        "(cocokkan dulu dengannya, mis. lewat telepon)",
    )
    rcv.set_defaults(func=cmd_receive)

    rec = sub.add_parser("recap", help="rekap tim: periksa semua ringkasan PDF dalam satu folder")
    rec.add_argument("folder", metavar="FOLDER", help="folder berisi ringkasan PDF")
    rec.add_argument("--xlsx", metavar="OUT.xlsx", help="tulis rekap ke XLSX")
    rec.add_argument("--json", action="store_true", help="keluaran JSON")
    rec.set_defaults(func=cmd_recap)

    opn = sub.add_parser("open", help="buka ringkasan PDF di aplikasi untuk diperiksa")
    opn.add_argument("file", metavar="FILE.pdf", help="ringkasan PDF")
    opn.set_defaults(func=cmd_open)

    demo = sub.add_parser("demo", help="isi satu bulan dengan data contoh yang realistis")
    demo.add_argument("--month", help="bulan TTTT-BB (bawaan: bulan ini)")
    demo.set_defaults(func=cmd_demo)

    # Command groups with a module of their own (cli/<group>.py) add their sub-commands here.
    from absensi_app.cli import backup, transfer

    for group in (backup, transfer):
        group.register(sub)
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
    passphrase = None
    if not args.no_key:
        from absensi_app.signing.keys import check_passphrase, has_identity, load_identity

        existing = load_identity(ctx.paths.keys_dir) if has_identity(ctx.paths.keys_dir) else None
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
        from absensi_app.signing.keys import create_identity

        identity = create_identity(
            ctx.paths.keys_dir, saved.name, saved.nip, saved.agency, passphrase, ctx.clock.now(),
            replace=True,
        )
        print(f"Kunci tanda tangan dibuat; sidik jari sertifikat: {identity.fingerprint}")
    elif args.no_key:
        print("Tanpa kunci tanda tangan; ringkasan hanya bisa diekspor tanpa tanda tangan "
              "sampai kunci dibuat ('absensi key create').")
    print(f"Folder data: {ctx.paths.data_dir}")
    return EXIT_OK


PASSPHRASE_ENV = "ABSENSI_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ABSENSI_NEW_PASSPHRASE"
P12_PASSWORD_ENV = "ABSENSI_P12_PASSWORD"
MAX_P12_BYTES = 1024 * 1024
MAX_CERT_BYTES = 64 * 1024


def read_passphrase(
    confirm: bool = False, purpose: str = "kunci tanda tangan", env: str = PASSPHRASE_ENV
) -> str:
    """From the environment (for scripts) or a hidden prompt; never from the command line."""
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            "Frasa sandi {purpose} dibutuhkan: jalankan perintah ini di terminal, atau isi "
            "variabel lingkungan {env}.",
            purpose=purpose,
            env=env,
        )
    import getpass

    value = getpass.getpass(f"Frasa sandi {purpose}: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != value:
        raise CliError("Kedua frasa sandi tidak sama; tidak ada yang diubah.")
    return value


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


def cmd_log_add(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import EntryDraft, Evidence, Location, format_day_long
    from absensi_app.services.evidence import store_evidence_file

    ctx = _context(args)
    ctx.profile.require()
    day = parse_date(args.date) if args.date is not None else ctx.clock.today()
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
        "rhk_id": entry.rhk_id,
        "action_id": entry.action_id,
    }


def cmd_log_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long, format_minutes
    from absensi_app.services.worklog import month_bounds

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
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


def _number(value: float | None) -> float | int | None:
    """Targets are whole numbers in the plan; shares of them may not be."""
    if value is None:
        return None
    value = round(value, 2)
    return int(value) if value == int(value) else value


def rhk_json(progress) -> dict:  # noqa: ANN001
    """One RHK in `summary --json` and `skp list --json`: the month, plus the whole period."""
    r = progress.rhk
    return {
        "id": r.id,
        "name": r.name,
        "kind": r.kind.value,
        "target": _number(progress.month.target),
        "realized": progress.month.realized,
        "unit": r.unit,
        "percent": progress.month.percent,
        "quarter_target": _number(progress.quarter.target),
        "quarter_realized": progress.quarter.realized,
        "year_target": r.target,
        "year_realized": progress.year.realized,
        "year_percent": progress.year.percent,
        "due_to_date": _number(progress.due_to_date),
        "pace": progress.pace.value,
    }


def summary_json(profile, totals, rhk=(), progress=None) -> dict:  # noqa: ANN001
    """The `absensi summary --json` contract (README: "absensi summary --json")."""
    data = {
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
        "rhk": [rhk_json(p) for p in rhk],
    }
    if progress is not None:
        data["offsite_weekly_limit"] = progress.offsite_limit
        data["weeks"] = [
            {
                "first": w.first.isoformat(),
                "last": w.last.isoformat(),
                "minutes": w.minutes,
                "expected_minutes": w.expected_minutes,
                "offsite_days": [d.isoformat() for d in w.offsite_days],
                "over_offsite_limit": len(w.offsite_days) > progress.offsite_limit,
                "by_location": {
                    loc.value: {"minutes": t.minutes, "days": t.days}
                    for loc, t in w.by_location.items()
                },
            }
            for w in progress.weeks
        ]
        y = progress.year_totals
        data["year"] = {
            "year": y.year,
            "total_minutes": y.total_minutes,
            "expected_minutes": y.expected_minutes,
            "expected_to_date_minutes": y.expected_to_date_minutes,
            "balance_minutes": y.balance_minutes,
            "yardstick_minutes": y.yardstick_minutes,
            "yardstick_to_date_minutes": y.yardstick_to_date_minutes,
        }
    return data


def cmd_summary(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import MONTH_NAMES, format_minutes
    from absensi_app.domain.skp import PROGRESS_DISCLAIMER

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
    _check_year(year)
    progress = ctx.summary.progress(year, month)
    totals = progress.totals
    profile = ctx.profile.get()
    if args.json:
        data = summary_json(profile, totals, progress.rhk, progress)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK

    def signed(minutes: int) -> str:
        return ("+" if minutes >= 0 else "-") + format_minutes(abs(minutes))

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
    y = progress.year_totals
    print(f"  Tahun {y.year:<14}: {format_minutes(y.total_minutes)}; saldo {signed(y.balance_minutes)}; "
          f"patokan 1.250 jam: {format_minutes(y.yardstick_to_date_minutes)} s.d. hari ini")
    if progress.plan is None:
        print("  RHK                 : belum ada rencana SKP untuk bulan ini ('absensi skp import')")
    else:
        print(f"  RHK ({progress.plan.period.title}), bulan ini dan setahun:")
        for p in progress.rhk:
            print("    " + _rhk_line(p))
        print(f"  {PROGRESS_DISCLAIMER}")
    return EXIT_OK


def _id_number(value: float | None) -> str:
    """12.5 -> "12,5" (Indonesian decimal comma); None -> "-"."""
    return "-" if value is None else f"{_number(value):g}".replace(".", ",")


def _rhk_line(p) -> str:  # noqa: ANN001
    month_pct = "-" if p.month.percent is None else _id_number(p.month.percent) + "%"
    return (
        f"[{p.rhk.kind.label}] {p.rhk.name}: bulan {p.month.realized}/{_id_number(p.month.target)} "
        f"({month_pct}), setahun {p.year.realized}/{p.rhk.target} {p.rhk.unit} "
        f"({_id_number(p.year.percent)}%) - {p.pace.label}"
    )


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise CliError("Tahun {y} di luar rentang yang didukung (2000 sampai 2100).", y=year)


# ---- SKP plan -------------------------------------------------------------------------------
def _plans_of_year(ctx, year: int) -> list:  # noqa: ANN001
    from datetime import date as _date

    _check_year(year)
    plans = ctx.skp.plans_touching(_date(year, 1, 1), _date(year, 12, 31))
    if not plans:
        raise CliError(
            "Belum ada rencana SKP untuk tahun {y}. Impor dengan 'absensi skp import FILE' "
            "atau isi di aplikasi (Pengaturan › Rencana SKP).",
            y=year,
        )
    return plans


def _progress_month(plan, today) -> tuple[int, int]:  # noqa: ANN001
    """The month whose progress to show for a plan: today's when inside it, else its last."""
    day = min(max(today, plan.period.first), plan.period.last)
    return day.year, day.month


def cmd_skp_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.skp import PROGRESS_DISCLAIMER

    ctx = _context(args)
    today = ctx.clock.today()
    year = args.year if args.year is not None else today.year
    plans = _plans_of_year(ctx, year)
    listed = []
    for plan in plans:
        progress = {p.rhk.id: p for p in ctx.skp.progress_of(plan, *_progress_month(plan, today))}
        listed.append((plan, progress))
    if args.json:
        data = {
            "year": year,
            "periods": [
                {
                    "period": {
                        "first": plan.period.first.isoformat(),
                        "last": plan.period.last.isoformat(),
                        "name": plan.period.name,
                    },
                    "rhk": [
                        {
                            **rhk_json(by_id[r.id]),
                            "indicator": r.indicator,
                            "quality": r.quality,
                            "time": r.time,
                            "actions": [
                                {"id": a.id, "description": a.description, "year": a.year,
                                 "month": a.month, "quarter": a.quarter, "target": a.target}
                                for a in r.actions
                            ],
                        }
                        for r in plan.rhk
                    ],
                }
                for plan, by_id in listed
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for plan, by_id in listed:
        print(f"{plan.period.title} ({plan.period.first:%d-%m-%Y} s.d. {plan.period.last:%d-%m-%Y})")
        if not plan.rhk:
            print("  Belum ada RHK.")
        for r in plan.rhk:
            print(f"  RHK no. {r.id}: {_rhk_line(by_id[r.id])}")
            if r.indicator:
                print(f"      IKI: {r.indicator}")
            for a in r.actions:
                target = f" (target {a.target})" if a.target is not None else ""
                print(f"      Rencana Aksi no. {a.id} [{a.span_label}]: {a.description}{target}")
    print(PROGRESS_DISCLAIMER)
    return EXIT_OK


def cmd_skp_import(args: argparse.Namespace) -> int:
    if args.year is not None:
        _check_year(args.year)
    data = _read_json_file(Path(args.file))
    ctx = _context(args)
    try:
        plan = ctx.skp.import_plan(data, year=args.year, replace=args.replace)
    except AbsensiError as exc:
        if "pilihan mengganti" in exc.message:
            raise CliError("{m} Tambahkan --replace.", m=exc.message) from None
        raise
    print(f"Rencana tersimpan: {plan.period.title}, {len(plan.rhk)} RHK.")
    return EXIT_OK


def _read_json_file(path: Path) -> object:
    from absensi_app.services.files import read_user_json

    return read_user_json(path, 5_000_000, "Berkas rencana SKP")


def cmd_skp_export(args: argparse.Namespace) -> int:
    ctx = _context(args)
    if args.out != "-":
        ctx.files.check_target(Path(args.out))
    year = args.year if args.year is not None else ctx.clock.today().year
    plans = _plans_of_year(ctx, year)
    if args.period is not None:
        first = parse_date(args.period)
        plans = [p for p in plans if p.period.first == first]
        if not plans:
            raise CliError("Tidak ada periode SKP yang dimulai {d} pada tahun {y}.", d=args.period, y=year)
    if len(plans) > 1:
        raise CliError(
            "Tahun {y} punya {n} periode SKP ({names}); pilih satu dengan --period TTTT-BB-HH.",
            y=year, n=len(plans), names=", ".join(p.period.first.isoformat() for p in plans),
        )
    plan = plans[0]
    text = json.dumps(ctx.skp.export_plan(plan.period.id), ensure_ascii=False, indent=2) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return EXIT_OK
    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    _write_user_file(ctx, out, text.encode("utf-8"), "Berkas rencana SKP")
    print(f"Rencana {plan.period.title} ({len(plan.rhk)} RHK) ditulis ke {out}.")
    return EXIT_OK


def _write_user_file(ctx, path: Path, data: bytes, what: str = "Berkas") -> None:  # noqa: ANN001
    """Through the one atomic writer, never inside the data folder (whatever --force says)."""
    ctx.files.write(path, data, what)


# ---- holidays and Ramadan -------------------------------------------------------------------
def cmd_holiday_list(args: argparse.Namespace) -> int:
    from datetime import date as _date

    from absensi_app.domain.calendar import is_estimate
    from absensi_app.domain.model import format_day_long

    ctx = _context(args)
    year = args.year if args.year is not None else ctx.clock.today().year
    _check_year(year)
    first, last = _date(year, 1, 1), _date(year, 12, 31)
    national = ctx.calendar.national_between(first, last)
    changes = {c.day: c for c in ctx.calendar.changes(first, last)}
    rows = []
    for day in sorted(set(national) | set(changes)):
        change = changes.get(day)
        if change is None:
            source, name = "nasional", national[day]
        elif change.is_holiday:
            source, name = "ditambahkan", change.name
        else:
            source, name = "dihapus", national.get(day, "")
        rows.append({"date": day.isoformat(), "name": name, "source": source,
                     "estimated": is_estimate(name)})
    if args.json:
        print(json.dumps({"year": year, "holidays": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        day = _date.fromisoformat(row["date"])
        note = {"nasional": "", "ditambahkan": " [ditambahkan]", "dihapus": " [dihapus: hari kerja]"}
        print(f"{format_day_long(day):<28} {row['name']}{note[row['source']]}")
    estimated = sum(1 for r in rows if r["estimated"])
    print(f"{sum(1 for r in rows if r['source'] != 'dihapus')} hari libur pada {year}"
          + (f"; {estimated} tanggal masih perkiraan." if estimated else "."))
    return EXIT_OK


def cmd_holiday_add(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = _context(args)
    ctx.calendar.add_holiday(day, args.name)
    print(f"{format_day_long(day)} menjadi hari libur: {args.name.strip()}.")
    return EXIT_OK


def cmd_holiday_remove(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = _context(args)
    ctx.calendar.remove_holiday(day)
    print(f"{format_day_long(day)} sekarang hari kerja biasa (bila jadwal memuat harinya).")
    return EXIT_OK


def cmd_holiday_reset(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_day_long

    day = parse_date(args.date)
    ctx = _context(args)
    if ctx.calendar.reset_day(day) is None:
        print(f"{format_day_long(day)} sudah mengikuti kalender nasional.")
    else:
        print(f"{format_day_long(day)} kembali mengikuti kalender nasional.")
    return EXIT_OK


def cmd_ramadan_set(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_minutes

    first, last = parse_date(args.first), parse_date(args.last)
    minutes = round(parse_hours(args.weekly_hours) * 60)
    ctx = _context(args)
    period = ctx.calendar.set_ramadan(first, last, minutes)
    print(f"Ramadan {period.first.year}: {period.first:%d-%m-%Y} s.d. {period.last:%d-%m-%Y}, "
          f"{format_minutes(period.weekly_minutes)} seminggu.")
    return EXIT_OK


def cmd_ramadan_clear(args: argparse.Namespace) -> int:
    _check_year(args.year)
    ctx = _context(args)
    if ctx.calendar.clear_ramadan(args.year) is None:
        print(f"Belum ada periode Ramadan untuk {args.year}.")
    else:
        print(f"Periode Ramadan {args.year} dihapus.")
    return EXIT_OK


def cmd_ramadan_list(args: argparse.Namespace) -> int:
    from absensi_app.domain.model import format_minutes

    ctx = _context(args)
    periods = ctx.calendar.ramadan_periods()
    if not periods:
        print("Belum ada periode Ramadan. Atur dengan 'absensi ramadan set --from ... --to ...'.")
    for p in periods:
        print(f"{p.first.year}: {p.first:%d-%m-%Y} s.d. {p.last:%d-%m-%Y}, "
              f"{format_minutes(p.weekly_minutes)} seminggu")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from absensi_app.services.demo import SAMPLE_PROFILE, check_demo_month, fill_demo_month

    ctx = _context(args)
    today = ctx.clock.today()
    year, month = parse_month(args.month) if args.month is not None else (today.year, today.month)
    check_demo_month(year, month, today)
    if not ctx.profile.has_profile():
        ctx.profile.save(SAMPLE_PROFILE)
        print(f"Profil contoh dibuat: {SAMPLE_PROFILE.name.rstrip('.')}.")  # "S.E." ends it
        import os

        if os.environ.get(PASSPHRASE_ENV):
            from absensi_app.signing.keys import create_identity, has_identity

            if not has_identity(ctx.paths.keys_dir):
                create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip,
                                SAMPLE_PROFILE.agency, os.environ[PASSPHRASE_ENV], ctx.clock.now())
                print("Kunci tanda tangan contoh dibuat dengan frasa sandi dari "
                      f"{PASSPHRASE_ENV}.")
    result = fill_demo_month(ctx.worklog, year, month, today, ctx.skp)
    print(
        f"Data contoh {year:04d}-{month:02d}: {result.entries} kegiatan pada {result.days} hari, "
        f"{result.statuses} status hari."
    )
    return EXIT_OK


# ---- signing key, export, lock, history ----------------------------------------------------
def _identity_json(identity) -> dict:  # noqa: ANN001
    return {
        "name": identity.name,
        "nip": identity.nip,
        "source": identity.source,
        "fingerprint_sha256": identity.fingerprint,
        "not_before": identity.not_before.isoformat(),
        "not_after": identity.not_after.isoformat(),
        "issuer": identity.issuer,
        "key_type": identity.key_type,
    }


def cmd_key_show(args: argparse.Namespace) -> int:
    from absensi_app.signing.keys import load_identity

    ctx = _context(args)
    identity = load_identity(ctx.paths.keys_dir)
    if identity is None:
        raise CliError("Belum ada kunci tanda tangan. Buat dengan 'absensi key create'.")
    if args.json:
        data = _identity_json(identity)
        data["timestamp_url"] = ctx.export.timestamp_url()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    source = "dibuat Absensi (CA pribadi)" if identity.source == "absensi" else "diimpor dari PKCS#12"
    print(f"Pemilik      : {identity.name} (NIP {identity.nip or '-'})")
    print(f"Sumber       : {source}; penerbit {identity.issuer}")
    print(f"Jenis kunci  : {identity.key_type}")
    print(f"Berlaku      : {identity.not_before:%d-%m-%Y} s.d. {identity.not_after:%d-%m-%Y}")
    print(f"Sidik jari   : {identity.fingerprint}")
    print(f"Cap waktu    : {ctx.export.timestamp_url() or 'tidak ada (PAdES B-B)'}")
    return EXIT_OK


def cmd_key_create(args: argparse.Namespace) -> int:
    from absensi_app.signing.keys import check_passphrase, create_identity, has_identity

    ctx = _context(args)
    profile = ctx.profile.require()
    if has_identity(ctx.paths.keys_dir) and not args.replace:
        raise CliError("Kunci tanda tangan sudah ada. Tambahkan --replace untuk membuat yang baru.")
    passphrase = read_passphrase(confirm=True, purpose="kunci tanda tangan baru")
    check_passphrase(passphrase)
    identity = create_identity(
        ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, passphrase, ctx.clock.now(),
        replace=args.replace,
    )
    print(f"Kunci tanda tangan dibuat untuk {identity.name} (NIP {identity.nip}).")
    print(f"Sidik jari sertifikat: {identity.fingerprint}")
    return EXIT_OK


def cmd_key_passphrase(args: argparse.Namespace) -> int:
    from absensi_app.signing.keys import change_passphrase

    ctx = _context(args)
    old = read_passphrase(purpose="lama")
    new = read_passphrase(confirm=True, purpose="baru", env=NEW_PASSPHRASE_ENV)
    change_passphrase(ctx.paths.keys_dir, old, new)
    print("Frasa sandi kunci tanda tangan diganti.")
    return EXIT_OK


def cmd_key_import(args: argparse.Namespace) -> int:
    from absensi_app.signing.keys import check_passphrase, has_identity, import_pkcs12

    data = _read_input(Path(args.file), "Berkas PKCS#12", MAX_P12_BYTES)
    ctx = _context(args)
    if has_identity(ctx.paths.keys_dir) and not args.replace:
        raise CliError("Kunci tanda tangan sudah ada. Tambahkan --replace untuk menggantinya.")
    p12_password = read_passphrase(purpose="berkas PKCS#12", env=P12_PASSWORD_ENV)
    passphrase = read_passphrase(confirm=True, purpose="untuk menyimpan kunci di Absensi")
    check_passphrase(passphrase)
    identity = import_pkcs12(ctx.paths.keys_dir, data, p12_password, passphrase, replace=args.replace)
    profile = ctx.profile.get()
    print(f"Sertifikat {identity.name} (penerbit {identity.issuer}) dipakai untuk tanda tangan.")
    if profile is not None and identity.nip and identity.nip != profile.nip:
        print(f"Perhatian: NIP di sertifikat ({identity.nip}) berbeda dengan NIP profil ({profile.nip}).")
    return EXIT_OK


def cmd_key_timestamp(args: argparse.Namespace) -> int:
    if args.clear and args.url is not None:
        raise CliError("Pilih salah satu: --url atau --clear.")
    ctx = _context(args)
    if args.clear:
        ctx.export.set_timestamp_url(None)
    elif args.url is not None:
        ctx.export.set_timestamp_url(args.url)
    url = ctx.export.timestamp_url()
    print(f"Server cap waktu: {url} (PAdES B-T)" if url else "Tanpa server cap waktu (PAdES B-B).")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    year, month = parse_month(args.month)
    _check_year(year)
    out = Path(args.out)
    suffix = out.suffix.lower().lstrip(".")
    if args.format is None:
        args.format = suffix if suffix in ("xlsx", "csv") else "pdf"
    elif suffix in ("pdf", "xlsx", "csv") and suffix != args.format:
        raise CliError(
            "Berkas '{p}' berakhiran .{suffix}, tetapi --format {fmt}. Samakan keduanya.",
            p=str(out), suffix=suffix, fmt=args.format,
        )
    if out.is_dir():
        raise CliError("'{p}' adalah folder; sebutkan nama berkas, mis. {p}/ringkasan.pdf.", p=str(out))
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    if args.unsigned and args.format != "pdf":
        raise CliError("--unsigned hanya untuk format pdf.")
    ctx = _context(args)
    ctx.profile.require()
    ctx.files.check_target(out)  # before asking for a passphrase
    if args.format != "pdf":
        result = ctx.export.export_sheet(year, month, out, args.format)
        print(f"{result.rows} kegiatan {result.month} ditulis ke {out} ({args.format.upper()}).")
        if result.without_action:
            print(f"Perhatian: {result.without_action} kegiatan tanpa Rencana Aksi; e-Kinerja "
                  "melewati baris seperti itu.")
        return EXIT_OK
    ctx.export.check_month(year, month)
    passphrase = None if args.unsigned else read_passphrase()
    result = ctx.export.export_pdf(year, month, out, passphrase, signed=not args.unsigned)
    if result.signed:
        print(f"Ringkasan {result.month} revisi {result.revision} ditandatangani dan ditulis ke "
              f"{out} ({result.pages} halaman). Bulan itu sekarang terkunci.")
    else:
        print(f"Ringkasan {result.month} TANPA tanda tangan ditulis ke {out} ({result.pages} "
              "halaman); tandatangani di aplikasi resmi. Bulan itu tidak dikunci.")
    print(f"SHA-256: {result.sha256}")
    if result.warning:  # e.g. emoji the PDF's font cannot draw; the export itself succeeded
        print(f"absensi: peringatan: {result.warning}", file=sys.stderr)
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    year, month = parse_month(args.month)
    ctx = _context(args)
    lock = ctx.locks.unlock(f"{year:04d}-{month:02d}", args.reason)
    print(f"Kunci {lock.month} dibuka (dicatat di riwayat). Ekspor berikutnya menjadi revisi "
          f"{lock.revision + 1}.")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    ctx = _context(args)
    month = None
    if args.month is not None:
        year, m = parse_month(args.month)
        month = f"{year:04d}-{m:02d}"
    records = ctx.history.records(month)
    check = ctx.history.verify() if args.verify else None
    if args.json:
        data: dict = {
            "month": month,
            "head": ctx.history.head(),
            "records": [
                {"seq": r.seq, "at": r.at.isoformat(), "action": r.action, "subject": r.subject,
                 "month": r.month, "data": r.data, "hash": r.hash}
                for r in records
            ],
        }
        if check is not None:
            data["verify"] = {"ok": check.ok, "count": check.count, "broken_at": check.broken_at,
                              "problem": check.problem}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        labels = {"add": "tambah", "update": "ubah", "delete": "hapus", "restore": "pulihkan",
                  "status": "status hari", "unlink": "lepas RHK", "export": "ekspor bertanda tangan",
                  "unlock": "buka kunci", "disetujui": "disetujui pejabat", "dikembalikan": "dikembalikan pejabat"}
        def subject(text: str) -> str:
            kind, _, key = text.partition(":")
            if kind == "entry":
                return f"kegiatan no. {key}"
            if kind == "day":
                return f"hari {key[8:10]}-{key[5:7]}-{key[0:4]}"
            if kind == "month":
                return f"bulan {key}"
            return text

        for r in records:
            detail = ""
            if r.action == "unlock":
                detail = f": {r.data.get('reason', '')}"
            elif r.action == "export":
                detail = f": revisi {r.data.get('revision')}"
            print(f"{r.seq:>6}  {r.at:%d-%m-%Y %H:%M}  {labels.get(r.action, r.action):<22} {subject(r.subject)}{detail}")
        if not records:
            print("Belum ada riwayat perubahan" + (f" untuk {month}." if month else "."))
        if check is not None:
            if check.ok:
                print(f"Rantai riwayat utuh: {check.count} catatan, ujung {check.head[:16]}…")
            elif check.problem.startswith("export-"):
                print(f"Rantai riwayat RUSAK: catatan ekspor bertanda tangan {check.problem[7:]} "
                      "sudah tidak ada di dalamnya (riwayat terpotong).")
            else:
                print(f"Rantai riwayat RUSAK pada catatan {check.broken_at} ({check.problem}).")
    if check is not None and not check.ok:
        if not args.json:
            where = f"pada catatan {check.broken_at}" if check.broken_at else "(riwayat terpotong)"
            print(f"absensi: rantai riwayat rusak {where}.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


# ---- supervisor side -------------------------------------------------------------------------
def _read_input(path: Path, what: str = "Berkas", max_bytes: int = 50 * 1024 * 1024) -> bytes:
    """A user's file through the one reader (regular files only, at most ``max_bytes``)."""
    from absensi_app.services.files import read_user_file

    return read_user_file(path, max_bytes, what)


def cmd_cert_export(args: argparse.Namespace) -> int:
    from absensi_app.signing.keys import certificate_bundle_pem, load_identity

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    ctx = _context(args)
    ctx.files.check_target(out)
    pem = certificate_bundle_pem(ctx.paths.keys_dir)
    _write_user_file(ctx, out, pem, "Berkas sertifikat")
    identity = load_identity(ctx.paths.keys_dir)
    print(f"Sertifikat {identity.name} (NIP {identity.nip}) ditulis ke {out}.")
    print(f"Sidik jari untuk dicocokkan penerimanya (mis. lewat telepon): {identity.fingerprint}")
    return EXIT_OK


def _trusted_json(t) -> dict:  # noqa: ANN001
    return {"fingerprint_sha256": t.fingerprint, "nip": t.nip, "name": t.name,
            "subject_name": t.subject_name, "added_at": t.added_at.isoformat(timespec="seconds")}


def cmd_trust_add(args: argparse.Namespace) -> int:
    data = _read_input(Path(args.file), "Sertifikat", MAX_CERT_BYTES)
    ctx = _context(args)
    added = ctx.trust.add(data, args.name)
    print(f"Dipercaya: {added.name} (NIP {added.nip}).")
    print(f"Sidik jari: {added.fingerprint}")
    others = [t for t in ctx.trust.for_nip(added.nip) if t.fingerprint != added.fingerprint]
    if others:
        print(f"Perhatian: NIP {added.nip} sudah punya {len(others)} sertifikat tepercaya lain.")
    return EXIT_OK


def cmd_trust_list(args: argparse.Namespace) -> int:
    ctx = _context(args)
    certs = ctx.trust.all()
    if args.json:
        print(json.dumps([_trusted_json(t) for t in certs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not certs:
        print("Belum ada sertifikat tepercaya. Tambahkan dengan 'absensi trust add FILE.cer'.")
    for t in certs:
        print(f"{t.name} (NIP {t.nip}), sejak {t.added_at:%d-%m-%Y}")
        print(f"    {t.fingerprint}")
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace) -> int:
    ctx = _context(args)
    for t in ctx.trust.remove(args.key):
        print(f"Tidak lagi dipercaya: {t.name} (NIP {t.nip}), {t.fingerprint[:23]}…")
    return EXIT_OK


def cmd_trust_rename(args: argparse.Namespace) -> int:
    ctx = _context(args)
    t = ctx.trust.rename(args.fingerprint, args.name)
    print(f"Nama diganti: {t.name} (NIP {t.nip}).")
    return EXIT_OK


def verdict_json(verdict, path: str = "") -> dict:  # noqa: ANN001
    """The `absensi verify --json` contract (README)."""
    return {
        "file": path,
        "exit_code": VERIFY_EXIT_CODES[verdict.outcome],
        "status": verdict.status,
        "headline": verdict.headline(),
        "readable": verdict.readable,
        "problem": verdict.problem or None,
        "signed": verdict.signed,
        "intact": verdict.intact,
        "only_signatures_added": verdict.only_signatures_added,
        "consistent": verdict.consistent,
        "problems": list(verdict.consistency_problems + verdict.approval_problems
                         + verdict.certificate_problems),
        "all_signers_trusted": verdict.all_trusted,
        "month": verdict.month,
        "revision": verdict.revision,
        "signers": [
            {
                "role": s.role,
                "name": s.name,
                "nip": s.nip,
                "fingerprint_sha256": s.fingerprint,
                "signing_time": s.signing_time.isoformat() if s.signing_time else None,
                "intact": s.intact,
                "trust": s.trust.value,
                "trusted_as": s.trusted_as or None,
            }
            for s in verdict.signers
        ],
        "decision": verdict.decision.value if verdict.decision else None,
        "approval": verdict.approval,
        "sha256": verdict.file_sha256 or None,
    }


def _verification(ctx, extra_certs: list[str]):  # noqa: ANN001, ANN202
    if not extra_certs:
        return ctx.verification
    from absensi_app.services.trust import TrustedCert, TrustSnapshot, read_certificate
    from absensi_app.services.verification import VerificationService

    certs = list(ctx.trust.all())
    for name in extra_certs:
        info = read_certificate(_read_input(Path(name), "Sertifikat", MAX_CERT_BYTES))
        certs.append(TrustedCert(info.fingerprint, info.nip, info.name or info.nip, info.name,
                                 info.der, ctx.clock.now()))
    return VerificationService(TrustSnapshot(certs), ctx.own_certificates_der)


def cmd_verify(args: argparse.Namespace) -> int:
    ctx = _context(args)
    verdict = _verification(ctx, args.trust).verify_file(Path(args.file))
    if args.json:
        print(json.dumps(verdict_json(verdict, args.file), ensure_ascii=False, indent=2))
        return VERIFY_EXIT_CODES[verdict.outcome]
    print(verdict.headline())
    for s in verdict.signers:
        role = "Pegawai" if s.role == "pegawai" else "Pejabat penilai"
        when = f", {s.signing_time.astimezone():%d-%m-%Y %H:%M %Z}" if s.signing_time else ""
        trust = {"sendiri": "sertifikat Anda sendiri", "dipercaya": f"dipercaya sebagai {s.trusted_as}",
                 "baru": "BELUM DIKENAL", "berbeda": "SERTIFIKAT BERBEDA untuk NIP yang dikenal"}[s.trust.value]
        print(f"  {role}: {s.name} (NIP {s.nip}){when}; {'utuh' if s.intact else 'TIDAK UTUH'}; {trust}")
        print(f"    sidik jari {s.fingerprint}")
    if verdict.approval and verdict.intact:
        note = verdict.approval.get("note") or "-"
        print(f"  Keputusan: {verdict.decision.value if verdict.decision else '?'}; catatan: {note}")
        rating = verdict.approval.get("rating")
        if rating:
            print(f"  Predikat kinerja: {rating.get('predikat')}")
    for problem in verdict.consistency_problems + verdict.approval_problems + verdict.certificate_problems:
        print(f"  Masalah: {problem}")
    return VERIFY_EXIT_CODES[verdict.outcome]


def cmd_decide(args: argparse.Namespace) -> int:
    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision
    from absensi_app.services.verification import Rated

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    if bool(args.hasil_kerja) != bool(args.perilaku):
        raise CliError("Isi --hasil-kerja dan --perilaku bersama-sama, atau tidak sama sekali.")
    if not out.parent.is_dir():
        raise CliError("Folder '{p}' tidak ada.", p=str(out.parent))
    data = _read_input(Path(args.file))
    ctx = _context(args)
    ctx.files.check_target(out)
    ctx.profile.require()
    rating = Rated(Rating(args.hasil_kerja), Rating(args.perilaku)) if args.hasil_kerja else None
    decision = Decision.APPROVED if args.decision == "approve" else Decision.RETURNED
    passphrase = read_passphrase()
    signed, verdict = ctx.approval.countersign(data, decision, args.note, passphrase, rating)
    _write_user_file(ctx, out, signed, "Ringkasan")
    word = "disetujui" if decision is Decision.APPROVED else "dikembalikan"
    print(f"Ringkasan {verdict.month} revisi {verdict.revision} dari {verdict.employee.name} {word}; "
          f"ditulis ke {out}.")
    if rating is not None:
        print(f"Predikat kinerja: {rating.predikat}.")
    return EXIT_OK


def cmd_receive(args: argparse.Namespace) -> int:
    data = _read_input(Path(args.file))
    ctx = _context(args)
    verdict, state = ctx.approval.apply_decision(data, args.trust_fingerprint)
    if state == "disetujui":
        print(f"Ringkasan {verdict.month} revisi {verdict.revision} DISETUJUI oleh "
              f"{verdict.supervisor.name}; bulan itu terkunci permanen.")
    else:
        print(f"Ringkasan {verdict.month} DIKEMBALIKAN oleh {verdict.supervisor.name}; bulan itu "
              "dibuka lagi untuk diperbaiki.")
    note = (verdict.approval or {}).get("note")
    if note:
        print(f"Catatan: {note}")
    return EXIT_OK


def cmd_recap(args: argparse.Namespace) -> int:
    from absensi_app.services.recap import STATUS_LABELS, scan_folder, write_recap_xlsx

    ctx = _context(args)
    if args.xlsx:
        ctx.files.check_target(Path(args.xlsx))
    rows = scan_folder(Path(args.folder), ctx.verification)
    if args.xlsx:
        write_recap_xlsx(rows, Path(args.xlsx), ctx.files)
    if args.json:
        print(json.dumps([
            {"status": r.status, "file": r.file or None, "name": r.name, "nip": r.nip,
             "month": r.month or None, "revision": r.revision, "total_minutes": r.total_minutes,
             "expected_minutes": r.expected_minutes, "by_location": r.by_location or None,
             "missing_days": r.missing_days, "rhk_percent": r.rhk_percent,
             "approval": r.approval or None, "predikat": r.predikat or None, "headline": r.headline}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return EXIT_OK
    from absensi_app.domain.model import format_minutes

    for r in rows:
        label = STATUS_LABELS.get(r.status, r.status)
        revision = f" rev {r.revision}" if r.revision else ""
        hours = "" if r.total_minutes is None else (
            f"  {format_minutes(r.total_minutes)} dari {format_minutes(r.expected_minutes or 0)}"
        )
        decision = f"  [{r.approval}]" if r.approval else ""
        print(f"{label:<34} {r.name or '-':<28} {r.month or '-':<7}{revision}{hours}{decision}  {r.file}")
    problems = sum(1 for r in rows if r.is_problem)
    print(f"{len(rows)} baris, {problems} bermasalah." + (f" Rekap ditulis ke {args.xlsx}." if args.xlsx else ""))
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    import os

    path = Path(args.file)
    if not path.is_file():
        raise CliError("Berkas '{p}' tidak ada.", p=str(path))
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise CliError(
            "Tidak ada layar grafis, jadi ringkasan tidak bisa dibuka di aplikasi. "
            "Periksa dari baris perintah dengan 'absensi verify {p}'.",
            p=str(path),
        )
    from absensi_app.app import run_gui

    return run_gui(data_dir=args.data_dir, open_path=str(path.resolve()))


# ---- terminal output --------------------------------------------------------------------------
# What never reaches the terminal raw: C0 controls except tab and newline (ESC starts escape
# sequences, CR overwrites a line, BEL rings), DEL, C1 (0x9b is CSI), bidirectional overrides
# and isolates (they reorder what is shown), and lone surrogates (invalid UTF-8 from argv).
_UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with every control character in a visible form (``\u001b`` for ESC).

    The same form is a valid JSON escape, so JSON output stays valid JSON with the same
    meaning. Used for everything the command prints (see :class:`_VisibleStream`), which
    covers user text stored by older versions and names read from certificates."""
    return _UNSAFE_OUTPUT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _VisibleStream:
    """stdout/stderr that pass every write through :func:`visible`."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str):  # noqa: ANN204 - fileno, flush, isatty, encoding...
        return getattr(self._stream, name)


# Options that name files or folders: kept as the system gave them (a file name need not be
# UTF-8); every other text option must be valid UTF-8 text.
_PATH_OPTIONS = {"file", "out", "folder", "xlsx", "evidence", "data_dir", "trust", "to", "backup"}


def _invalid_text_option(args: argparse.Namespace) -> str | None:
    for dest, value in vars(args).items():
        if dest in _PATH_OPTIONS or callable(value):
            continue
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and re.search("[\ud800-\udfff]", v) for v in values):
            return "--" + dest.replace("_", "-")
    return None


# ---- entry point ----------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _VisibleStream(stdout), _VisibleStream(stderr)
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = cmd_gui
    if args.data_dir is not None and not args.data_dir.strip():
        print("absensi: --data-dir tidak boleh kosong; sebutkan sebuah folder.", file=sys.stderr)
        return failure_codes(args.command)[1]
    bad_option = _invalid_text_option(args)
    if bad_option is not None:
        print(f"absensi: nilai {bad_option} bukan teks UTF-8 yang sah (ada byte yang tidak bisa "
              "dibaca sebagai huruf); tulis ulang nilainya.", file=sys.stderr)
        return failure_codes(args.command)[1]
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("absensi: dibatalkan.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        message = _failure_message(exc, args, argv)
        if message is not None:
            print(f"absensi: {message}", file=sys.stderr)
        return failure_codes(args.command)[0]


def _failure_message(exc: Exception, args: argparse.Namespace, argv: list[str]) -> str | None:
    """The one line on stderr for anything a command raised (None: say nothing)."""
    if isinstance(exc, AbsensiError):
        return exc.message
    if isinstance(exc, BrokenPipeError):  # e.g. "absensi log list | head": the reader has gone
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return None
    from sqlalchemy.exc import DBAPIError

    from absensi_app.store.migrate import MigrationError

    if isinstance(exc, DBAPIError):  # e.g. not a database, locked, disk full
        from absensi_app.store.database import database_problem

        log.warning("database error in %s: %s", argv, exc)
        problem = database_problem(exc)
        if problem is not None:
            return problem.message
        return f"database tidak bisa dipakai ({_database_path(args)}): {_one_line(exc.orig)}"
    if isinstance(exc, MigrationError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"berkas atau folder tidak bisa dipakai{where}: {exc.strerror or exc}"
    if logging.getLogger().handlers:  # else logging's last resort prints the traceback
        log.exception("unexpected error in %s", argv)
    return (f"terjadi kesalahan tak terduga ({type(exc).__name__}: {_one_line(exc)}). "
            "Rinciannya tercatat di folder log aplikasi.")


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
