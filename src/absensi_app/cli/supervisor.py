"""The certificates and the supervisor's side: `absensi cert export`, `trust add|list|remove|rename`,
`verify`, `return`, `receive` and `open` (`recap` and `approve`, for one or several files:
cli/team.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from absensi_app.cli import EXIT_OK, VERIFY_EXIT_CODES
from absensi_app.cli.parsing import RATING_CODES, CliError, Parser
from absensi_app.cli.shared import context, read_input, read_passphrase, require_signing_key

MAX_CERT_BYTES = 64 * 1024


def add_decision_options(parser: argparse.ArgumentParser, note_required: bool) -> None:
    """The options `approve` (cli/team.py) and `return` share: note, rating, --force."""
    parser.add_argument("--note", required=note_required, default="", help="catatan" + (" (wajib)" if note_required else ""))
    parser.add_argument("--hasil-kerja", choices=RATING_CODES, help="penilaian hasil kerja (opsional)")
    parser.add_argument("--perilaku", choices=RATING_CODES, help="penilaian perilaku kerja (opsional, bersama --hasil-kerja)")
    parser.add_argument("--force", action="store_true", help="timpa berkas hasil yang sudah ada")
    parser.add_argument("--rhk-feedback", nargs=2, action="append", default=[], metavar=("N", "TEKS"),
                        help="umpan balik untuk RHK no. N (nomor RHK di ringkasan, seperti 'skp list'); boleh berulang")
    parser.add_argument("--rhk-rating", nargs=2, action="append", default=[], metavar=("N", "PENILAIAN"),
                        help="penilaian RHK no. N: " + ", ".join(RATING_CODES) + " (opsional; boleh berulang)")


def rhk_feedback_of(args: argparse.Namespace) -> list:
    """--rhk-feedback / --rhk-rating as (RHK id, text, Rating | None), in the order given."""
    from absensi_app.domain.skp import Rating

    texts: dict[int, str] = {}
    ratings: dict[int, Rating] = {}
    for option, pairs in (("--rhk-feedback", args.rhk_feedback), ("--rhk-rating", args.rhk_rating)):
        for number, value in pairs:
            if not number.isdigit() or len(number) > 12:
                raise CliError("{opt}: nomor RHK '{n}' bukan bilangan bulat positif.", opt=option, n=number)
            key = int(number)
            target = texts if option == "--rhk-feedback" else ratings
            if key in target:
                raise CliError("{opt} untuk RHK no. {n} diberikan lebih dari sekali.", opt=option, n=key)
            if option == "--rhk-rating":
                if value not in RATING_CODES:
                    raise CliError("--rhk-rating: penilaian '{v}' tidak dikenal (pilih {codes}).",
                                   v=value, codes=", ".join(RATING_CODES))
                ratings[key] = Rating(value)
            else:
                texts[key] = value
    order = list(dict.fromkeys([*texts, *ratings]))
    return [(key, texts.get(key, ""), ratings.get(key)) for key in order]


def register(sub: argparse._SubParsersAction) -> None:
    cert = sub.add_parser("cert", help="sertifikat tanda tangan untuk pejabat penilai")
    certsub = cert.add_subparsers(dest="cert_command", metavar="PERINTAH", parser_class=Parser)
    certsub.required = True
    ce = certsub.add_parser("export", help="tulis sertifikat Anda (tanpa kunci privat) untuk diberikan ke pejabat penilai")
    ce.add_argument("--out", required=True, metavar="FILE.cer", help="berkas tujuan (PEM)")
    ce.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    ce.set_defaults(func=cmd_cert_export)

    trust = sub.add_parser("trust", help="sertifikat yang Anda percayai: pegawai Anda, atau pejabat penilai Anda")
    trustsub = trust.add_subparsers(dest="trust_command", metavar="PERINTAH", parser_class=Parser)
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

    ret = sub.add_parser("return", help="kembalikan ringkasan untuk diperbaiki, dengan catatan (wajib)")
    ret.add_argument("file", metavar="FILE.pdf", help="ringkasan dari pegawai")
    ret.add_argument("--out", required=True, metavar="OUT.pdf", help="berkas hasil")
    add_decision_options(ret, note_required=True)
    ret.set_defaults(func=cmd_decide, decision="return")

    rcv = sub.add_parser("receive", help="terima ringkasan yang disetujui atau dikembalikan pejabat penilai")
    rcv.add_argument("file", metavar="FILE.pdf", help="berkas dari pejabat penilai")
    rcv.add_argument(
        "--trust-fingerprint",
        metavar="SIDIK_JARI",
        help="percayai sertifikat pejabat penilai bila sidik jarinya sama dengan ini "
        "(cocokkan dulu dengannya, mis. lewat telepon)",
    )
    rcv.set_defaults(func=cmd_receive)

    opn = sub.add_parser("open", help="buka ringkasan PDF di aplikasi untuk diperiksa")
    opn.add_argument("file", metavar="FILE.pdf", help="ringkasan PDF")
    opn.set_defaults(func=cmd_open)


def cmd_cert_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("Berkas '{p}' sudah ada. Tambahkan --force untuk menimpanya.", p=str(out))
    ctx = context(args)
    identity = ctx.keys.export_certificate(out)
    print(f"Sertifikat {identity.name} (NIP {identity.nip}) ditulis ke {out}.")
    print(f"Sidik jari untuk dicocokkan penerimanya (mis. lewat telepon): {identity.fingerprint}")
    return EXIT_OK


def _trusted_json(t) -> dict:  # noqa: ANN001
    return {"fingerprint_sha256": t.fingerprint, "nip": t.nip, "name": t.name,
            "subject_name": t.subject_name, "added_at": t.added_at.isoformat(timespec="seconds")}


def cmd_trust_add(args: argparse.Namespace) -> int:
    data = read_input(Path(args.file), "Sertifikat", MAX_CERT_BYTES)
    ctx = context(args)
    added = ctx.trust.add(data, args.name)
    print(f"Dipercaya: {added.name} (NIP {added.nip}).")
    print(f"Sidik jari: {added.fingerprint}")
    others = [t for t in ctx.trust.for_nip(added.nip) if t.fingerprint != added.fingerprint]
    if others:
        print(f"Perhatian: NIP {added.nip} sudah punya {len(others)} sertifikat tepercaya lain.")
    return EXIT_OK


def cmd_trust_list(args: argparse.Namespace) -> int:
    ctx = context(args)
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
    ctx = context(args)
    for t in ctx.trust.remove(args.key):
        print(f"Tidak lagi dipercaya: {t.name} (NIP {t.nip}), {t.fingerprint[:23]}…")
    return EXIT_OK


def cmd_trust_rename(args: argparse.Namespace) -> int:
    ctx = context(args)
    t = ctx.trust.rename(args.fingerprint, args.name)
    print(f"Nama diganti: {t.name} (NIP {t.nip}).")
    return EXIT_OK


def _verification(ctx, extra_certs: list[str]):  # noqa: ANN001, ANN202
    if not extra_certs:
        return ctx.verification
    from absensi_app.services.trust import TrustedCert, read_certificate

    certs = []
    for name in extra_certs:
        info = read_certificate(read_input(Path(name), "Sertifikat", MAX_CERT_BYTES))
        certs.append(TrustedCert(info.fingerprint, info.nip, info.name or info.nip, info.name,
                                 info.der, ctx.clock.now()))
    # one's own certificates and NIP still count: an extra certificate in one's own NIP is a forgery
    return ctx.verification.trusting(certs)


_TRUST_WORDS = {"sendiri": "sertifikat Anda sendiri", "baru": "BELUM DIKENAL",
                "berbeda": "SERTIFIKAT BERBEDA untuk NIP yang dikenal",
                "palsu": "PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda"}  # fmt: skip


def cmd_verify(args: argparse.Namespace) -> int:
    from absensi_app.domain.verdict import Outcome

    ctx = context(args)
    verdict = _verification(ctx, args.trust).verify_file(Path(args.file))
    code = VERIFY_EXIT_CODES[verdict.outcome.value]
    if args.json:
        from absensi_app.domain.verdict_json import verdict_to_json

        print(json.dumps(verdict_to_json(verdict, args.file, code), ensure_ascii=False, indent=2))
        return code
    print(verdict.headline())
    for s in verdict.signers:
        role = "Pegawai" if s.role == "pegawai" else "Pejabat penilai"
        when = f", {s.signing_time.astimezone():%d-%m-%Y %H:%M %Z}" if s.signing_time else ""
        trust = _TRUST_WORDS.get(s.trust.value) or f"dipercaya sebagai {s.trusted_as}"
        print(f"  {role}: {s.name} (NIP {s.nip}){when}; {'utuh' if s.intact else 'TIDAK UTUH'}; {trust}")
        print(f"    sidik jari {s.fingerprint}")
    if verdict.outcome is Outcome.FORGED:
        if verdict.approval is not None:  # never printed as a decision
            print("  Keputusan: TIDAK BERLAKU (ditandatangani dengan sertifikat palsu atas nama Anda)")
    elif verdict.approval and verdict.intact:
        note = verdict.approval.note or "-"
        print(f"  Keputusan: {verdict.decision.value if verdict.decision else '?'}; catatan: {note}")
        rating = verdict.approval.rating
        if rating:
            print(f"  Predikat kinerja: {rating.predikat}")
    if verdict.evaluation is not None and verdict.intact:
        ev = verdict.evaluation
        span = f"{ev.first:%d-%m-%Y} s.d. {ev.last:%d-%m-%Y}" if ev.first and ev.last else "-"
        print(f"  Dokumen evaluasi kinerja: {ev.title or '-'} ({span}); {ev.rhk} RHK; "
              f"{ev.approved} bulan disetujui")
    _print_attachments(verdict)
    for problem in verdict.consistency_problems + verdict.approval_problems + verdict.certificate_problems:
        print(f"  Masalah: {problem}")
    return code


def _print_attachments(verdict) -> None:  # noqa: ANN001
    """The evidence files the signed data lists, each with its check (as in the JSON)."""
    from absensi_app.domain.verdict_json import attachments_to_json

    items = attachments_to_json(verdict)
    if not items:
        return
    print(f"  Bukti dukung ({len(items)}):")
    for a in items:
        if not a["attached"]:
            state = "tidak dilampirkan"
        elif a["matches"]:
            state = "terlampir, cocok"
        else:
            state = "terlampir, TIDAK COCOK dengan yang ditandatangani"
        print(f"    {a['name']} ({a['size']} byte, SHA-256 {a['sha256']}): {state}")


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
    data = read_input(Path(args.file))
    ctx = context(args)
    ctx.files.check_target(out)
    ctx.profile.require()
    rating = Rated(Rating(args.hasil_kerja), Rating(args.perilaku)) if args.hasil_kerja else None
    decision = Decision.APPROVED if args.decision == "approve" else Decision.RETURNED
    feedback = rhk_feedback_of(args)
    require_signing_key(ctx, args, "persetujuan ini" if decision is Decision.APPROVED else "pengembalian ini")
    passphrase = read_passphrase()
    signed, verdict = ctx.approval.countersign(data, decision, args.note, passphrase, rating, feedback)
    ctx.files.write(out, signed, "Ringkasan")
    word = "disetujui" if decision is Decision.APPROVED else "dikembalikan"
    print(f"Ringkasan {verdict.month} revisi {verdict.revision} dari {verdict.employee.name} {word}; "
          f"ditulis ke {out}.")
    if rating is not None:
        print(f"Predikat kinerja: {rating.predikat}.")
    _print_feedback(verdict)
    return EXIT_OK


def _print_feedback(verdict) -> None:  # noqa: ANN001
    """The supervisor's feedback per RHK in a decision, one block per RHK."""
    items = verdict.approval.rhk_feedback if verdict.approval else ()
    if not items:
        return
    print("Umpan balik per RHK:")
    for item in items:
        head = f"  RHK no. {item.rhk_id}: {item.name}"
        print(head + (f" \u2014 {item.assessment_label}" if item.assessment else ""))
        if item.feedback:
            print(f"    {item.feedback}")


def cmd_receive(args: argparse.Namespace) -> int:
    data = read_input(Path(args.file))
    ctx = context(args)
    verdict, state = ctx.approval.apply_decision(data, args.trust_fingerprint)
    if state == "disetujui":
        print(f"Ringkasan {verdict.month} revisi {verdict.revision} DISETUJUI oleh "
              f"{verdict.supervisor.name}; bulan itu terkunci permanen.")
    else:
        print(f"Ringkasan {verdict.month} DIKEMBALIKAN oleh {verdict.supervisor.name}; bulan itu "
              "dibuka lagi untuk diperbaiki.")
    note = verdict.approval.note if verdict.approval else ""
    if note:
        print(f"Catatan: {note}")
    _print_feedback(verdict)
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
