"""`absensi profiles list|add|rename|remove|use|protect|unprotect`: several people on one
computer, each with a data folder of their own under the data root (see config.py).

Also :func:`open_chosen_profile`, which `absensi` runs before every command: it picks the
folder (``--profile``, ``$ABSENSI_PROFILE``, ...) and asks for the passphrase of a protected
profile before anything reads or changes its log.
"""

from __future__ import annotations

import argparse
import json
import sys

from absensi_app.cli import EXIT_OK
from absensi_app.cli.parsing import CliError
from absensi_app.cli.shared import read_passphrase

#: commands that never open a profile's log here: the registry itself, and the desktop app
#: (which asks for the passphrase in its own window)
NOT_OPENING = {"profiles", "gui", "open", "arsip", None}  # arsip opens no data folder


def register(sub: argparse._SubParsersAction) -> None:
    prof = sub.add_parser("profiles", help="beberapa pegawai di satu komputer: daftar, tambah, ubah nama, hapus")
    psub = prof.add_subparsers(dest="profiles_cmd", metavar="PERINTAH", required=True)

    pl = psub.add_parser("list", help="daftar profil: nama, folder, dilindungi, terakhir dipakai")
    pl.add_argument("--json", action="store_true", help="keluaran JSON")
    pl.set_defaults(func=cmd_profiles_list)

    pa = psub.add_parser("add", help="tambah profil dengan folder data baru")
    pa.add_argument("name", metavar="NAMA", help='nama profil, mis. "Siti Nurhaliza"')
    pa.add_argument("--existing", action="store_true",
                    help="daftarkan lagi folder profil yang sudah ada (setelah 'profiles remove')")
    pa.set_defaults(func=cmd_profiles_add)

    pr = psub.add_parser("rename", help="ganti nama profil (foldernya tetap)")
    pr.add_argument("old", metavar="LAMA", help="nama profil sekarang")
    pr.add_argument("new", metavar="BARU", help="nama baru")
    pr.set_defaults(func=cmd_profiles_rename)

    prm = psub.add_parser("remove", help="hapus profil dari daftar (berkasnya tetap, kecuali --delete-data)")
    prm.add_argument("name", metavar="NAMA", help="nama profil")
    prm.add_argument("--force", action="store_true", help="juga bila profil ini yang terakhir dipakai")
    prm.add_argument("--delete-data", action="store_true",
                     help="hapus juga folder datanya (database, kunci, bukti, cadangan): tidak bisa dibatalkan")
    prm.add_argument("--confirm", metavar="NAMA",
                     help="nama profil diulang, sebagai konfirmasi --delete-data tanpa terminal")
    prm.set_defaults(func=cmd_profiles_remove)

    pu = psub.add_parser("use", help="profil yang dibuka bila tidak disebut --profile")
    pu.add_argument("name", metavar="NAMA", help="nama profil")
    pu.set_defaults(func=cmd_profiles_use)

    pp = psub.add_parser("protect", help="profil hanya bisa dibuka dengan frasa sandi kunci tanda tangannya")
    pp.add_argument("name", metavar="NAMA", help="nama profil")
    pp.set_defaults(func=cmd_profiles_protect)

    pn = psub.add_parser("unprotect", help="buka perlindungan frasa sandi profil")
    pn.add_argument("name", metavar="NAMA", help="nama profil")
    pn.set_defaults(func=cmd_profiles_unprotect)


# ---- before every command ---------------------------------------------------------------------
def open_chosen_profile(args: argparse.Namespace) -> None:
    """Pick this command's data folder and, for a protected profile, check its passphrase.

    A profile chosen by name is written into ``args.data_dir``, so every command (and the
    desktop app) opens that folder."""
    if args.command == "profiles":
        return
    from absensi_app.config import choose_folder

    choice = choose_folder(args.data_dir, args.profile)
    if choice.by_name:
        args.data_dir = str(choice.paths.data_dir)
    if choice.profile is None or not choice.profile.protected or args.command in NOT_OPENING:
        return
    service = _service(choice.root)
    service.unlock(choice.profile, read_passphrase(purpose=f"profil '{choice.profile.name}'"))


def _service(root=None):  # noqa: ANN001, ANN202 - the one place the CLI builds the service
    from absensi_app.services.profiles import ProfilesService

    return ProfilesService(root)


# ---- the commands -----------------------------------------------------------------------------
def cmd_profiles_list(args: argparse.Namespace) -> int:
    service = _service()
    registry = service.registry()
    last = registry.last()
    rows = [
        {
            "name": e.name, "folder": str(registry.folder_of(e)), "protected": e.protected,
            "last_used": e == last, "has_data": service.has_data(e), "legacy": e.legacy,
        }
        for e in registry.profiles
    ]
    if args.json:
        print(json.dumps({"root": str(registry.root), "registry": str(registry.path),
                          "registered": registry.stored, "profiles": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"Belum ada profil di {registry.root}. Tambahkan dengan: absensi profiles add NAMA")
        return EXIT_OK
    print(f"Profil di {registry.root}:")
    for row in rows:
        marks = [w for w, on in (("terakhir dipakai", row["last_used"]), ("dilindungi", row["protected"]),
                                 ("belum ada data", not row["has_data"])) if on]  # fmt: skip
        note = f"  ({', '.join(marks)})" if marks else ""
        print(f"  {'*' if row['last_used'] else ' '} {row['name']}  {row['folder']}{note}")
    return EXIT_OK


def cmd_profiles_add(args: argparse.Namespace) -> int:
    service = _service()
    entry = service.add(args.name, existing=args.existing)
    folder = service.folder(entry)
    print(f"Profil '{entry.name}' {'didaftarkan lagi' if args.existing else 'ditambahkan'}: {folder}")
    if not service.has_data(entry):
        print(f'Isi profil pegawainya: absensi --profile "{entry.name}" init ... (atau buka aplikasinya).')
    return EXIT_OK


def cmd_profiles_rename(args: argparse.Namespace) -> int:
    service = _service()
    old = service.get(args.old)
    passphrase = read_passphrase(purpose=f"profil '{old.name}'") if old.protected else None
    entry = service.rename(args.old, args.new, passphrase)
    print(f"Profil '{old.name}' sekarang bernama '{entry.name}'; foldernya tetap {service.folder(entry)}.")
    return EXIT_OK


def cmd_profiles_remove(args: argparse.Namespace) -> int:
    service = _service()
    entry = service.get(args.name)
    if args.confirm is not None and not args.delete_data:
        raise CliError("--confirm hanya dipakai bersama --delete-data.")
    if args.delete_data:
        _confirm_deletion(entry.name, service.folder(entry), args.confirm)
    passphrase = read_passphrase(purpose=f"profil '{entry.name}'") if entry.protected else None
    entry, folder = service.remove(args.name, force=args.force, passphrase=passphrase,
                                   delete_data=args.delete_data)  # fmt: skip
    if args.delete_data:
        print(f"Profil '{entry.name}' dihapus beserta folder datanya ({folder}).")
    else:
        print(f"Profil '{entry.name}' dihapus dari daftar. Berkasnya tetap di {folder}; "
              f"buka langsung dengan --data-dir, atau daftarkan lagi dengan "
              f"'absensi profiles add \"{entry.name}\" --existing'.")
    return EXIT_OK


def _confirm_deletion(name: str, folder, confirm: str | None) -> None:  # noqa: ANN001
    from absensi_app.config import same_name

    warning = (f"Semua data profil '{name}' di {folder} (database, kunci tanda tangan, bukti dukung, "
               "cadangan) akan dihapus dan tidak bisa dikembalikan.")
    if confirm is None:
        if not sys.stdin.isatty():
            raise CliError(
                "{w} Untuk memastikan, jalankan di terminal, atau ulangi nama profilnya dengan "
                "--confirm \"{n}\". Tidak ada yang dihapus.", w=warning, n=name,
            )
        print(warning)
        try:
            confirm = input("Ketik nama profil untuk memastikan: ")
        except EOFError:
            confirm = ""
    if same_name(confirm) != same_name(name):
        raise CliError("Nama yang diketik tidak sama dengan '{n}'; tidak ada yang dihapus.", n=name)


def cmd_profiles_use(args: argparse.Namespace) -> int:
    entry = _service().use(args.name)
    print(f"Profil '{entry.name}' dibuka bila tidak disebut --profile.")
    return EXIT_OK


def cmd_profiles_protect(args: argparse.Namespace) -> int:
    return _set_protected(args.name, True)


def cmd_profiles_unprotect(args: argparse.Namespace) -> int:
    return _set_protected(args.name, False)


def _set_protected(name: str, protected: bool) -> int:
    service = _service()
    entry = service.get(name)
    if entry.protected == protected:
        print(f"Profil '{entry.name}' {'sudah' if protected else 'memang tidak'} dilindungi.")
        return EXIT_OK
    if protected and not service.has_key(entry):
        service.protect(name, None)  # refuses with how to create the key
    passphrase = read_passphrase(purpose=f"kunci tanda tangan profil '{entry.name}'")
    if protected:
        service.protect(name, passphrase)
        print(f"Profil '{entry.name}' dilindungi: dibuka hanya dengan frasa sandi kunci tanda tangannya.")
    else:
        service.unprotect(name, passphrase)
        print(f"Profil '{entry.name}' tidak dilindungi lagi.")
    return EXIT_OK
