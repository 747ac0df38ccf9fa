"""`absensi export`, `unlock` and `history`: the month's summary out, its lock, the change history."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from absensi_app.cli import EXIT_FAILED, EXIT_OK
from absensi_app.cli.parsing import CliError, check_year, decimal_number, parse_month
from absensi_app.cli.shared import context, read_passphrase, require_signing_key

LANGUAGES = ("id", "en")  # reports.pdf.labels.LANGUAGES (not imported: the parser loads fast)
LANGUAGE_HELP = ("bahasa teks tetap PDF: id (Indonesia, bawaan) atau en (English); data bertanda "
                 "tangan di dalamnya sama untuk keduanya")


def register(sub: argparse._SubParsersAction) -> None:
    exp = sub.add_parser("export", help="ekspor ringkasan sebulan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX atau CSV")
    exp.add_argument("--month", required=True, help="bulan TTTT-BB")
    exp.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan")
    exp.add_argument("--format", choices=("pdf", "xlsx", "csv"), help="bawaan: menurut akhiran --out (.xlsx, .csv), selain itu pdf")
    exp.add_argument("--unsigned", action="store_true", help="PDF tanpa tanda tangan (untuk ditandatangani di aplikasi resmi); bulan tidak dikunci")
    exp.add_argument("--compact", action="store_true", help="PDF dengan tabel ringkas: kegiatan sehari dikelompokkan di bawah satu baris tanggal (lebih sedikit halaman)")
    exp.add_argument("--no-evidence", action="store_true", help="PDF tanpa lampiran berkas bukti dukung (tetap tercantum dengan hash-nya sebagai 'tidak dilampirkan')")
    exp.add_argument("--evidence-max-mb", type=decimal_number, metavar="N", help="lampirkan hanya berkas bukti dukung sampai N MB per berkas; yang lebih besar tercantum sebagai 'tidak dilampirkan'")
    exp.add_argument("--bahasa", choices=LANGUAGES, help=LANGUAGE_HELP)
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


def cmd_export(args: argparse.Namespace) -> int:
    from absensi_app.domain.report import size_text

    year, month = parse_month(args.month)
    check_year(year)
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
    if args.compact and args.format != "pdf":
        raise CliError("--compact hanya untuk format pdf.")
    if args.bahasa is not None and args.format != "pdf":
        raise CliError("--bahasa hanya untuk format pdf; lembar XLSX dan CSV mengikuti kolom e-Kinerja.")
    if (args.no_evidence or args.evidence_max_mb is not None) and args.format != "pdf":
        raise CliError("--no-evidence dan --evidence-max-mb hanya untuk format pdf.")
    if args.evidence_max_mb is not None and not (0 <= args.evidence_max_mb <= 1000):
        raise CliError("--evidence-max-mb harus angka antara 0 dan 1000 (MB), mis. 5.")
    ctx = context(args)
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
    if not args.unsigned:  # said before any passphrase is asked
        require_signing_key(ctx, args, "ringkasan ini", [*_export_words(args), "--unsigned"],
                            "Ekspor tanpa tanda tangan")
    max_bytes = None if args.evidence_max_mb is None else int(args.evidence_max_mb * 1024 * 1024)
    evidence = ctx.export.evidence_summary(year, month)
    if evidence.count:  # what the attachments cost, before the passphrase is asked for
        left_out = evidence.files if args.no_evidence else evidence.over(max_bytes)
        attached = sum(f.size or 0 for f in evidence.files if f not in left_out)
        print(f"Bukti dukung: {evidence.count} berkas, {size_text(evidence.total_bytes)}; "
              f"dilampirkan {evidence.count - len(left_out)} berkas ({size_text(attached)}).",
              flush=True)
    passphrase = None if args.unsigned else read_passphrase()
    result = ctx.export.export_pdf(year, month, out, passphrase, signed=not args.unsigned,
                                   compact=args.compact, evidence=not args.no_evidence,
                                   evidence_max_bytes=max_bytes, language=args.bahasa or "id")
    if result.signed:
        print(f"Ringkasan {result.month} revisi {result.revision} ditandatangani dan ditulis ke "
              f"{out} ({result.pages} halaman). Bulan itu sekarang terkunci.")
    else:
        print(f"Ringkasan {result.month} TANPA tanda tangan ditulis ke {out} ({result.pages} "
              "halaman); tandatangani di aplikasi resmi. Bulan itu tidak dikunci.")
    print(f"SHA-256: {result.sha256}")
    for item in result.attachments:  # every evidence file with its hash, attached or not
        state = "terlampir" if item.attached else "tidak dilampirkan"
        print(f"Bukti dukung {item.display_name} ({size_text(item.size)}, {state}): "
              f"SHA-256 {item.sha256}")
    if result.warning:  # e.g. emoji the PDF's font cannot draw; the export itself succeeded
        print(f"absensi: peringatan: {result.warning}", file=sys.stderr)
    return EXIT_OK


def _export_words(args: argparse.Namespace) -> list[str]:
    """The export options as given (after the parsing above)."""
    words = ["export", "--month", args.month, "--out", args.out]
    words += [flag for flag, on in (("--compact", args.compact), ("--no-evidence", args.no_evidence),
                                    ("--force", args.force)) if on]
    if args.evidence_max_mb is not None:
        words += ["--evidence-max-mb", f"{args.evidence_max_mb:g}"]
    if args.bahasa is not None:
        words += ["--bahasa", args.bahasa]
    return words


def cmd_unlock(args: argparse.Namespace) -> int:
    year, month = parse_month(args.month)
    ctx = context(args)
    lock = ctx.locks.unlock(f"{year:04d}-{month:02d}", args.reason)
    print(f"Kunci {lock.month} dibuka (dicatat di riwayat). Ekspor berikutnya menjadi revisi "
          f"{lock.revision + 1}.")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    ctx = context(args)
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
