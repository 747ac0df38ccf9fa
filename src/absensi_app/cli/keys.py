"""`absensi key show|create|passphrase|import|timestamp`: the signing key and its certificate."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError, Parser
from absensi_app.cli.shared import (
    NEW_PASSPHRASE_ENV,
    P12_PASSWORD_ENV,
    PASSPHRASE_ENV,
    context,
    read_input,
    read_passphrase,
)

_NO_KEY = "Belum ada kunci tanda tangan. Buat dengan 'absensi key create'."


def register(sub: argparse._SubParsersAction) -> None:
    key = sub.add_parser("key", help="kunci dan sertifikat tanda tangan elektronik")
    keysub = key.add_subparsers(dest="key_command", metavar="PERINTAH", parser_class=Parser)
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
    ctx = context(args)
    identity = ctx.keys.identity()
    if identity is None:
        raise CliError(_NO_KEY)
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
    ctx = context(args)
    ctx.profile.require()
    if ctx.keys.has_key() and not args.replace:
        raise CliError("Kunci tanda tangan sudah ada. Tambahkan --replace untuk membuat yang baru.")
    passphrase = read_passphrase(confirm=True, purpose="kunci tanda tangan baru")
    identity = ctx.keys.create(passphrase, replace=args.replace)
    print(f"Kunci tanda tangan dibuat untuk {identity.name} (NIP {identity.nip}).")
    print(f"Sidik jari sertifikat: {identity.fingerprint}")
    return EXIT_OK


def cmd_key_passphrase(args: argparse.Namespace) -> int:
    ctx = context(args)
    if not ctx.keys.has_key():  # said before any passphrase is asked
        raise CliError(_NO_KEY)
    old = read_passphrase(purpose="lama")
    new = read_passphrase(confirm=True, purpose="baru", env=NEW_PASSPHRASE_ENV)
    ctx.keys.change_passphrase(old, new)
    print("Frasa sandi kunci tanda tangan diganti.")
    return EXIT_OK


def cmd_key_import(args: argparse.Namespace) -> int:
    from absensi_app.services.keys import MAX_PKCS12_BYTES
    from absensi_app.signing.keys import check_passphrase

    data = read_input(Path(args.file), "Berkas PKCS#12", MAX_PKCS12_BYTES)
    ctx = context(args)
    if ctx.keys.has_key() and not args.replace:
        raise CliError("Kunci tanda tangan sudah ada. Tambahkan --replace untuk menggantinya.")
    p12_password = read_passphrase(purpose="berkas PKCS#12", env=P12_PASSWORD_ENV, allow_empty=True)
    passphrase = read_passphrase(confirm=True, purpose="untuk menyimpan kunci di Absensi")
    check_passphrase(passphrase)
    identity = ctx.keys.import_pkcs12(data, p12_password, passphrase, replace=args.replace)
    profile = ctx.profile.get()
    print(f"Sertifikat {identity.name} (penerbit {identity.issuer}) dipakai untuk tanda tangan.")
    if profile is not None and identity.nip and identity.nip != profile.nip:
        print(f"Perhatian: NIP di sertifikat ({identity.nip}) berbeda dengan NIP profil ({profile.nip}).")
    return EXIT_OK


def cmd_key_timestamp(args: argparse.Namespace) -> int:
    if args.clear and args.url is not None:
        raise CliError("Pilih salah satu: --url atau --clear.")
    ctx = context(args)
    if args.clear:
        ctx.export.set_timestamp_url(None)
    elif args.url is not None:
        ctx.export.set_timestamp_url(args.url)
    url = ctx.export.timestamp_url()
    print(f"Server cap waktu: {url} (PAdES B-T)" if url else "Tanpa server cap waktu (PAdES B-B).")
    return EXIT_OK
