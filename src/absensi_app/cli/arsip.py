"""The agency's archive on PostgreSQL: `absensi arsip init|ingest|trust|status|person`.

The archive's address is `--db URL` or `$ABSENSI_ARSIP_DB`; a URL that is missing, not
PostgreSQL's or holds a password is a wrong command line (exit 2, one line). A password comes
the usual libpq ways (`~/.pgpass`, `PGPASSWORD`, `PGSERVICE`) or, at a terminal, from a prompt
when the server asks for one. Everything else that fails is one line on stderr, exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from absensi_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from absensi_app.cli.parsing import CliError, Parser, whole_number

STATE_WORDS = {"disetujui": "Disetujui", "menunggu": "Menunggu", "dikembalikan": "Dikembalikan",
               "bermasalah": "Bermasalah", "belum-diterima": "Belum diterima"}  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    arsip = sub.add_parser("arsip", help="arsip instansi di PostgreSQL: semua ringkasan pegawai yang diperiksa")
    asub = arsip.add_subparsers(dest="arsip_command", metavar="PERINTAH", parser_class=Parser)
    asub.required = True

    def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--db", metavar="URL", help="alamat arsip postgresql://PENGGUNA@SERVER:PORT/DATABASE "
                            "(tanpa kata sandi); bawaan: $ABSENSI_ARSIP_DB")  # fmt: skip
        return parser

    init = with_db(asub.add_parser("init", help="buat atau perbarui skema arsip di database PostgreSQL"))
    init.set_defaults(func=cmd_init)
    ing = with_db(asub.add_parser("ingest", help="periksa dan simpan setiap ringkasan PDF di PATH ke arsip"))
    ing.add_argument("paths", nargs="+", metavar="PATH", help="folder (beserta sub-folder) atau berkas PDF")
    ing.add_argument("--workers", type=whole_number, metavar="N",
                     help="jumlah proses pemeriksa (bawaan: jumlah inti prosesor)")  # fmt: skip
    ing.set_defaults(func=cmd_ingest)
    trust = asub.add_parser("trust", help="sertifikat tepercaya arsip: pegawai dan CA instansi")
    tsub = trust.add_subparsers(dest="arsip_trust_command", metavar="PERINTAH", parser_class=Parser)
    tsub.required = True
    ta = with_db(tsub.add_parser("add", help="percayai sertifikat pegawai atau CA (.pem, .cer, .crt)"))
    ta.add_argument("file", metavar="FILE", help="sertifikat PEM atau DER")
    ta.add_argument("--name", help="nama yang ditampilkan (bawaan: nama di sertifikat)")
    ta.set_defaults(func=cmd_trust_add)
    tl = with_db(tsub.add_parser("list", help="daftar sertifikat tepercaya arsip"))
    tl.add_argument("--json", action="store_true", help="keluaran JSON")
    tl.set_defaults(func=cmd_trust_list)
    tr = with_db(tsub.add_parser("remove", help="berhenti mempercayai sertifikat"))
    tr.add_argument("fingerprint", metavar="SIDIK_JARI", help="sidik jari SHA-256 (titik dua boleh ditulis atau tidak)")
    tr.set_defaults(func=cmd_trust_remove)
    st = with_db(asub.add_parser("status", help="keadaan satu bulan per unit dan pegawai"))
    st.add_argument("--month", required=True, metavar="TTTT-BB", help="bulan laporan")
    st.add_argument("--unit", metavar="TEKS", help="hanya unit kerja yang namanya memuat TEKS")
    st.add_argument("--json", action="store_true", help="keluaran JSON")
    st.add_argument("--xlsx", metavar="OUT.xlsx", help="tulis keadaan bulan itu ke XLSX")
    st.set_defaults(func=cmd_status)
    pe = with_db(asub.add_parser("person", help="semua bulan satu pegawai"))
    pe.add_argument("nip", metavar="NIP", help="NIP pegawai")
    pe.add_argument("--json", action="store_true", help="keluaran JSON")
    pe.set_defaults(func=cmd_person)


# ---- the address and the connection ------------------------------------------------------------
def _address(args: argparse.Namespace):  # noqa: ANN202 - archive.database.ArchiveAddress
    from absensi_app.archive.database import URL_ENV, ArchiveAddress

    return ArchiveAddress.of(args.db if args.db is not None else os.environ.get(URL_ENV))


def _open(args: argparse.Namespace, require_schema: bool = True):  # noqa: ANN202 - archive.service.Archive
    from absensi_app.archive.database import ArchiveAddress, PasswordNeeded
    from absensi_app.archive.service import Archive

    address = _address(args)
    try:
        return Archive.open(address, require_schema)
    except PasswordNeeded:
        if not sys.stdin.isatty() or os.environ.get("PGPASSWORD"):
            raise
    import getpass

    url = address.sqlalchemy_url
    try:
        password = getpass.getpass(f"Kata sandi PostgreSQL untuk {url.username or '-'}@{url.host or 'lokal'}: ")
    except EOFError:
        password = ""
    if not password:
        raise CliError("dibatalkan: tidak ada kata sandi yang diisi; arsip tidak dibuka.")
    return Archive.open(ArchiveAddress(address.url, password), require_schema)


def _archive_command(func):  # noqa: ANN001, ANN202
    """A wrong address is a wrong command line (exit 2, one line); the rest goes to main."""

    def run(args: argparse.Namespace) -> int:
        from absensi_app.archive.database import ArchiveError

        try:
            _address(args)
        except ArchiveError as exc:
            print(f"absensi: {exc.message}", file=sys.stderr)
            return EXIT_USAGE
        return func(args)

    run.__name__ = func.__name__
    return run


# ---- init and trust ------------------------------------------------------------------------------
@_archive_command
def cmd_init(args: argparse.Namespace) -> int:
    with _open(args, require_schema=False) as archive:
        before, now = archive.init()
        from absensi_app.archive.database import shown

        where = shown(archive.engine.url)
    if before == now:
        print(f"Arsip {where} sudah siap (skema {now}); tidak ada yang diubah.")
    elif before is None:
        print(f"Arsip dibuat di {where} (skema {now}).")
    else:
        print(f"Skema arsip {where} diperbarui dari {before} ke {now}.")
    return EXIT_OK


@_archive_command
def cmd_trust_add(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        cert, new = archive.run(lambda: archive.trust.add_file(Path(args.file), args.name))
    what = "CA" if cert.kind == "ca" else f"pegawai NIP {cert.nip}"
    print(f"{'Dipercaya' if new else 'Sudah dipercaya, nama diperbarui'}: {cert.name} ({what})")
    print(f"    {cert.fingerprint}")
    return EXIT_OK


def _cert_json(c) -> dict:  # noqa: ANN001
    return {"fingerprint_sha256": c.fingerprint, "kind": c.kind, "nip": c.nip or None, "name": c.name,
            "subject_name": c.subject_name, "not_before": c.not_before.isoformat() if c.not_before else None,
            "not_after": c.not_after.isoformat() if c.not_after else None,
            "added_at": c.added_at.isoformat(timespec="seconds")}  # fmt: skip


@_archive_command
def cmd_trust_list(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        certs = archive.run(archive.trust.all)
    if args.json:
        print(json.dumps([_cert_json(c) for c in certs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not certs:
        print("Arsip belum mempercayai sertifikat apa pun. Tambahkan dengan 'absensi arsip trust add FILE'.")
    for c in certs:
        what = "CA" if c.kind == "ca" else f"NIP {c.nip}"
        print(f"{c.name} ({what}), sejak {c.added_at:%d-%m-%Y}")
        print(f"    {c.fingerprint}")
    return EXIT_OK


@_archive_command
def cmd_trust_remove(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        removal = archive.run(lambda: archive.trust.remove(args.fingerprint))
    c = removal.cert
    print(f"Tidak lagi dipercaya arsip: {c.name} ({'CA' if c.kind == 'ca' else 'NIP ' + c.nip}), "
          f"{c.fingerprint[:23]}\u2026")  # fmt: skip
    if removal.distrusted:
        print(f"{removal.distrusted} berkas sah yang dijaminnya kini bermasalah di status: penanda tangan tidak lagi "
              "dipercaya (tanpa diperiksa ulang; mempercayainya lagi mengembalikannya).")  # fmt: skip
    else:
        print("Tidak ada berkas sah tersimpan yang dijaminnya.")
    return EXIT_OK


# ---- ingest ----------------------------------------------------------------------------------------
@_archive_command
def cmd_ingest(args: argparse.Namespace) -> int:
    from absensi_app.archive.inbox import find_pdfs
    from absensi_app.archive.ingest import FAILED, REJECTED

    if args.workers is not None and not 1 <= args.workers <= 64:
        raise CliError("--workers harus 1 sampai 64.")
    find_pdfs(args.paths)  # a missing or unreadable path: before connecting
    terminal = sys.stderr.isatty()

    def progress(done: int, total: int, _path: str) -> None:
        print(f"\r{done}/{total} berkas", end="", file=sys.stderr, flush=True)

    with _open(args) as archive:
        summary = archive.ingest(args.paths, args.workers, progress if terminal else None)
    if terminal and summary.results:
        print(file=sys.stderr)
    from absensi_app.services.recap import status_label

    for r in summary.results:
        if r.outcome == REJECTED:
            print(f"Ditolak: {r.path}: {status_label(r.status)}. {r.reason}")
        elif r.outcome == FAILED:
            print(f"absensi: {r.path}: {r.reason}", file=sys.stderr)
    line = (f"{len(summary.results)} berkas: {summary.stored} disimpan, {summary.already} sudah ada, "
            f"{summary.rejected} ditolak")  # fmt: skip
    print(line + (f", {summary.failed} tidak terbaca." if summary.failed else "."))
    return EXIT_FAILED if summary.failed else EXIT_OK


# ---- status and person -----------------------------------------------------------------------------
def _hours(minutes: int | None) -> str:
    return "-" if minutes is None else f"{minutes / 60:.1f}".replace(".", ",")


def _month_line(cell) -> str:  # noqa: ANN001 - services.team.Cell
    from absensi_app.services.team import CellState, problem_word

    words = STATE_WORDS.get(cell.state.value, cell.state.value)
    current = cell.current
    parts = [f"{words:<15}"]
    if cell.state is CellState.PROBLEM:
        parts.append(problem_word(cell.problem_row))
    if current is not None:
        parts.append(f"revisi {current.revision}")
        parts.append(f"jam {_hours(current.total_minutes)}/{_hours(current.expected_minutes)}")
        where = ", ".join(f"{code} {_hours(m)}" for code, m in current.by_location.items() if m)
        if where:
            parts.append(where)
        if cell.predikat:
            parts.append(f"predikat {cell.predikat}")
        parts.append(current.file)
    return "  ".join(parts)


@_archive_command
def cmd_status(args: argparse.Namespace) -> int:
    from absensi_app.services.team_period import check_month

    month = check_month(args.month)  # a wrong month: before connecting
    if args.xlsx and not Path(args.xlsx).expanduser().parent.is_dir():
        raise CliError("Folder '{p}' tidak ada.", p=str(Path(args.xlsx).expanduser().parent))
    with _open(args) as archive:
        status = archive.status(month, args.unit)
    if args.xlsx:
        from absensi_app.archive.sheet import write_status_xlsx

        write_status_xlsx(status, Path(args.xlsx).expanduser())
    if args.json:
        from absensi_app.archive.status_json import status_to_json

        print(json.dumps(status_to_json(status), ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_status(status)
    if args.xlsx:
        print(f"Keadaan bulan ditulis ke {args.xlsx}.")
    return EXIT_OK


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[key]} {STATE_WORDS[key].lower()}" for key in
                     ("disetujui", "menunggu", "dikembalikan", "bermasalah") if counts[key])  or "belum ada berkas"  # fmt: skip


def _print_status(status) -> None:  # noqa: ANN001 - archive.status.MonthStatus
    from absensi_app.services.recap import status_label
    from absensi_app.services.team_period import month_words

    counts = status.counts
    scope = f", unit memuat '{status.unit_filter}'" if status.unit_filter else ""
    print(f"Arsip {month_words((status.month,))}{scope}: {counts['staf']} pegawai; {_counts_text(counts)}; "
          f"{counts['belum-mengirim']} belum mengirim; {len(status.problem_files)} berkas bermasalah.")  # fmt: skip
    if status.problem_files:
        print()
        print(f"Berkas bermasalah ({len(status.problem_files)}):")
        for r in status.problem_files:
            who = f"{r.name} (NIP {r.nip})" if r.nip else "-"
            print(f"  {status_label(r.status)}: {who}: {r.file}. {r.headline}")
    for unit in status.units:
        print()
        c = unit.counts
        print(f"{unit.unit}: {c['staf']} pegawai; {_counts_text(c)}; {c['belum-mengirim']} belum mengirim")
        for p in unit.people:
            line = f"  {p.name[:34]:<34} {p.nip:<18}  {_month_line(p.cell)}"
            print(line.rstrip() + ("" if p.known else "  (belum dikenal arsip: belum ada berkas sah)"))
    if status.missing:
        print()
        print(f"Belum mengirim ({len(status.missing)}):")
        for p in status.missing:
            print(f"  {p.name} (NIP {p.nip}), {p.unit or '-'}")
    if status.unplaced:
        print()
        print(f"Berkas ditolak tanpa bulan yang terbaca ({len(status.unplaced)}, terbaru dulu):")
        for r in status.unplaced:
            print(f"  {status_label(r.status)}: {r.file}. {r.headline}")


@_archive_command
def cmd_person(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        record = archive.person(args.nip)
    if record is None:
        raise CliError("Arsip tidak menyimpan berkas apa pun dari NIP {nip}.", nip=args.nip)
    if args.json:
        from absensi_app.archive.status_json import person_to_json

        print(json.dumps(person_to_json(record), ensure_ascii=False, indent=2))
        return EXIT_OK
    from absensi_app.services.recap import status_label
    from absensi_app.services.team_period import month_words

    where = ", ".join(x for x in (record.unit, record.agency) if x)
    print(f"{record.name or '-'} (NIP {record.nip})" + (f", {where}" if where else "")
          + ("" if record.known else ": belum ada berkas sah di arsip"))  # fmt: skip
    for cell in record.cells:
        print(f"  {cell.month}  {_month_line(cell)}".rstrip())
    if record.missing:
        print(f"Belum diterima ({len(record.missing)} bulan): {month_words(record.missing)}")
    for r in record.unplaced:
        print(f"  tanpa bulan: {status_label(r.status)}: {r.file}. {r.headline}")
    return EXIT_OK
