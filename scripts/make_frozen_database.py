"""Make a frozen database: an empty file migrated to an earlier schema revision, filled with
realistic rows by plain SQL written for that revision's tables.

    .venv/bin/python scripts/make_frozen_database.py 0003 \
        tests/fixtures/databases/absensi-0003.sqlite

The rows are inserted with SQL against the tables as the migrations up to REVISION define
them, never through today's ORM models (they follow head). tests/store/test_frozen_databases.py
upgrades every committed file to head and checks that the rows survived.

It has rows for every table up to revision 0007 (0005 adds the profile's office columns, 0006
only indexes, 0007 the running timer and the task templates). When a migration adds tables or columns,
add their rows below (``_rows_for``, under the revision that adds them): the script refuses
to write a file with an empty table. When a migration changes existing columns, give the file
it starts from rows that need the change: the 0007 file has an RHK's feedback over 500
characters in ``setting`` and a template name of 100 characters, the columns 0008 widens
(rows added under ``revision >= "0007"`` only, so the older files are still what the script
made for them).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from absensi_app.domain.report import canonical_bytes
from absensi_app.store.migrate import KNOWN_REVISIONS

MONTH = "2026-10"

PROFILE = {
    "id": 1,
    "name": "Dewi Anggraini, S.Kom.",
    "nip": "198803152014022003",
    "asn_kind": "pns",
    "rank": "Penata Muda Tk. I, III/b",
    "position": "Pranata Komputer Ahli Pertama",
    "unit": "Bidang Data dan Informasi Kepegawaian",
    "agency": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh",
    "supervisor_name": "Ir. Hendra Wijaya, M.T.",
    "supervisor_nip": "197206101998031002",
    "updated_at": "2026-09-28 08:05:12.000000",
}
SCHEDULE = {
    "id": 1, "workdays": "0,1,2,3,4", "day_start": "07:30:00.000000", "weekly_minutes": 2250
}

# (id, day, start, end, minutes, location, description, quantity, unit, evidence file, link,
#  rhk_id, action_id); entry 8 is deleted again, so its id stays used (AUTOINCREMENT).
_ENTRIES = [
    (1, "2026-10-01", "07:30", "09:30", 120, "kantor",
     "Memperbarui data riwayat jabatan pegawai pada SIASN", 25, "data", None, None, 1, 1),
    (2, "2026-10-01", "09:30", "12:00", 150, "kantor",
     "Memverifikasi berkas usulan kenaikan pangkat periode Oktober", 12, "berkas", None,
     "https://drive.contohkab.go.id/bkpsdm/usulan-kp-oktober-2026", 1, 1),
    (3, "2026-10-02", "08:00", "11:30", 210, "rumah",
     "Menyusun rekapitulasi data ASN per unit kerja", 1, "laporan", None, None, 2, 3),
    (4, "2026-10-02", None, None, 90, "rumah",
     "Rapat daring persiapan uji kompetensi jabatan fungsional", None, None, None, None,
     None, None),
    (5, "2026-10-05", "07:30", "15:30", 480, "dinas-luar",
     "Pendampingan verifikasi data kepegawaian di Kecamatan Sukamaju", 1, "berita acara",
     "berita_acara_verifikasi_sukamaju.pdf", None, 1, 2),
    (6, "2026-10-06", "08:00", "12:00", 240, "kantor-lain",
     "Koordinasi pemutakhiran data di Kantor Regional I BKN Yogyakarta", None, None, None,
     None, 2, None),
    (7, "2026-10-07", "13:00", "15:00", 120, "lokasi-lain",
     "Sosialisasi layanan mandiri SIASN di aula Kecamatan Sukamaju", 40, "peserta", None,
     None, 3, 4),
    (8, "2026-10-07", "15:00", "16:00", 60, "kantor",
     "Memperbarui data riwayat jabatan pegawai pada SIASN", 5, "data", None, None, 1, 1),
]
DELETED_ENTRY = 8
#: Entry 3 was first logged until 11:00 and corrected later (an "update" in the history).
UPDATED_ENTRY, FIRST_END, FIRST_MINUTES = 3, "11:00", 180

STATUSES = [
    ("2026-10-08", "cuti", "tahunan", "Keperluan keluarga", "2026-10-07 16:20:05.000000"),
    ("2026-10-09", "dinas-luar", None, "Bimbingan teknis SIASN di Yogyakarta",
     "2026-10-07 16:21:40.000000"),
]

SKP_PERIODS = [
    {"id": 1, "first_day": "2026-01-01", "last_day": "2026-12-31", "name": "SKP Tahun 2026"}
]
RHK = [
    {"id": 1, "period_id": 1, "position": 1, "kind": "utama",
     "name": "Termutakhirkannya data kepegawaian ASN pada SIASN",
     "indicator": "Jumlah data kepegawaian yang dimutakhirkan", "target": 1200, "unit": "data",
     "quality": "Data valid dan lengkap", "time_target": "12 bulan",
     "supports": "Meningkatnya kualitas tata kelola data ASN"},
    {"id": 2, "period_id": 1, "position": 2, "kind": "utama",
     "name": "Tersedianya laporan analisis data ASN",
     "indicator": "Jumlah laporan analisis data yang disampaikan", "target": 12,
     "unit": "laporan", "quality": "Diterima pimpinan tanpa revisi besar",
     "time_target": "12 bulan", "supports": ""},
    {"id": 3, "period_id": 1, "position": 3, "kind": "tambahan",
     "name": "Terlaksananya sosialisasi layanan kepegawaian mandiri",
     "indicator": "Jumlah peserta sosialisasi", "target": 200, "unit": "peserta",
     "quality": "", "time_target": "", "supports": ""},
]
ACTIONS = [
    {"id": 1, "rhk_id": 1, "position": 1,
     "description": "Pemutakhiran data riwayat jabatan dan pangkat",
     "year": 2026, "month": 10, "quarter": None, "target": 100},
    {"id": 2, "rhk_id": 1, "position": 2, "description": "Verifikasi lapangan data kepegawaian",
     "year": 2026, "month": None, "quarter": 4, "target": 3},
    {"id": 3, "rhk_id": 2, "position": 1, "description": "Laporan analisis data ASN bulan Oktober",
     "year": 2026, "month": 10, "quarter": None, "target": 1},
    {"id": 4, "rhk_id": 3, "position": 1, "description": "Sosialisasi SIASN triwulan IV",
     "year": 2026, "month": None, "quarter": 4, "target": 120},
]
HOLIDAY_CHANGES = [
    {"day": "2026-08-25", "is_holiday": 0, "name": ""},  # a national holiday the user removed
    {"day": "2026-10-20", "is_holiday": 1, "name": "Hari Jadi Kabupaten Contoh"},
]
RAMADAN = [
    {"year": 2026, "first_day": "2026-02-19", "last_day": "2026-03-20", "weekly_minutes": 1950}
]
SETTINGS = [{"key": "offsite_weekly_limit", "value": "3"}]

EXPORTED_AT = "2026-11-02 08:15:30.000000"
PDF_SHA256 = hashlib.sha256(b"ringkasan bertanda tangan 2026-10 revisi 1").hexdigest()


def _time(hhmm: str | None) -> str | None:
    return None if hhmm is None else f"{hhmm}:00.000000"


def _entry_times(entry: tuple) -> tuple[str, str]:
    """created_at, updated_at: the evening of the entry's day (entry 3 corrected later)."""
    number, day = entry[0], entry[1]
    created = f"{day} 16:{10 + number:02d}:00.000000"
    updated = "2026-10-07 16:05:00.000000" if number == UPDATED_ENTRY else created
    return created, updated


def _evidence(entry: tuple) -> tuple[str | None, str | None]:
    """The stored name and SHA-256 of an evidence file, as services.evidence writes them."""
    name = entry[9]
    if name is None:
        return None, None
    digest = hashlib.sha256(f"bukti {entry[0]} {name}".encode()).hexdigest()
    return f"{digest[:2]}/{digest[:16]}-{name}", digest


def _entry_row(entry: tuple, revision: str) -> dict:
    number, day, start, end, minutes, location, text, qty, unit, _, link, rhk, action = entry
    created, updated = _entry_times(entry)
    file_name, sha256 = _evidence(entry)
    row = {
        "id": number, "day": day, "start_time": _time(start), "end_time": _time(end),
        "minutes": minutes, "location": location, "description": text, "quantity": qty,
        "unit": unit, "evidence_file": file_name, "evidence_sha256": sha256,
        "evidence_link": link, "created_at": created, "updated_at": updated,
    }
    if revision >= "0002":
        row["rhk_id"], row["action_id"] = rhk, action
    return row


def _entry_json(entry: tuple, end: str | None = None, minutes: int | None = None) -> dict:
    """The entry as domain.report.entry_to_json records it in the history."""
    number, day, start, last, length, location, text, qty, unit, _, link, rhk, action = entry
    return {
        "id": number, "date": day, "start": start, "end": end or last,
        "minutes": minutes or length, "location": location, "description": text,
        "quantity": qty, "unit": unit, "rhk_id": rhk, "action_id": action,
        "evidence_sha256": _evidence(entry)[1], "evidence_link": link,
    }


def _status_json(status: tuple) -> dict:
    return {"date": status[0], "status": status[1], "leave_kind": status[2], "note": status[3]}


def _chain(events: list[tuple[str, str, str, dict]]) -> list[dict]:
    """History rows of (at, action, subject, data) events, hash-chained as services.history
    writes them."""
    from absensi_app.services.history import GENESIS, record_hash

    rows, prev = [], GENESIS
    for seq, (at, action, subject, data) in enumerate(events, start=1):
        text = canonical_bytes(data).decode("utf-8")
        digest = record_hash(prev, seq, datetime.fromisoformat(at), action, subject, MONTH, text)
        rows.append(
            {"id": seq, "at": at, "action": action, "subject": subject, "month": MONTH,
             "data": text, "prev_hash": prev, "hash": digest}
        )
        prev = digest
    return rows


def _history() -> tuple[list[dict], dict]:
    """The change history of the rows above, ending with the signed export of October; and
    that month's lock."""
    by_id = {e[0]: e for e in _ENTRIES}
    fixed, gone = by_id[UPDATED_ENTRY], by_id[DELETED_ENTRY]
    first_fixed = _entry_json(fixed, FIRST_END, FIRST_MINUTES)
    events = [
        (_entry_times(e)[0], "add", f"entry:{e[0]}",
         {"before": None, "after": first_fixed if e is fixed else _entry_json(e)})
        for e in _ENTRIES
    ]
    events.append(
        (_entry_times(fixed)[1], "update", f"entry:{UPDATED_ENTRY}",
         {"before": first_fixed, "after": _entry_json(fixed)})
    )
    events.append(
        ("2026-10-07 16:30:00.000000", "delete", f"entry:{DELETED_ENTRY}",
         {"before": _entry_json(gone), "after": None})
    )
    events += [
        (st[4], "status", f"day:{st[0]}", {"before": None, "after": _status_json(st)})
        for st in STATUSES
    ]
    events.sort(key=lambda event: event[0])
    head = _chain(events)[-1]["hash"]  # what the signed summary carries
    export = {"revision": 1, "pdf_sha256": PDF_SHA256, "history_head": head}
    rows = _chain([*events, (EXPORTED_AT, "export", f"month:{MONTH}", export)])
    lock = {
        "month": MONTH, "revision": 1, "locked": 1, "state": "terkunci",
        "exported_at": EXPORTED_AT, "history_head": rows[-1]["hash"], "pdf_sha256": PDF_SHA256,
        "note": "",
    }
    return rows, lock


def _trusted_certificate() -> dict:
    """A staff member's self-signed signing certificate (EC P-256), as the trust store pins it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    from absensi_app.services.trust import fingerprint_of

    name, nip = "Andi Saputra, S.E.", "199507212020121005"
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, nip),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime(2026, 1, 5))
        .not_valid_after(datetime(2029, 1, 5))
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(Encoding.DER)
    return {
        "fingerprint": fingerprint_of(der), "nip": nip, "name": name, "subject_name": name,
        "certificate": der, "added_at": "2026-11-03 09:12:44.000000",
    }


#: The office settings of the kop surat (migration 0005).
OFFICE = {
    "government": "Pemerintah Kabupaten Contoh",
    "address": "Jl. Merdeka No. 12, Contoh 55111, Telp. (0274) 555 012",
    "place": "Contoh",
}


def _logo_png() -> bytes:
    """A small logo (24 x 24, a green square with a gold border), as PNG bytes made by hand
    (no image library), the way services.logo stores one."""
    import struct
    import zlib

    size = 24
    rows = b""
    for y in range(size):
        line = b"\x00"  # filter: none
        for x in range(size):
            border = x in (0, size - 1) or y in (0, size - 1)
            line += bytes((212, 175, 55) if border else (0, 102, 51))
        rows += line

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def _rows_for(revision: str) -> dict[str, list[dict]]:
    """Table -> rows, for the tables migrations up to ``revision`` create (in insert order)."""
    profile = dict(PROFILE)
    if revision >= "0005":
        profile.update(OFFICE, logo=_logo_png())
    tables: dict[str, list[dict]] = {
        "profile": [profile],
        "work_schedule": [SCHEDULE],
    }
    if revision >= "0002":
        tables.update(
            skp_period=SKP_PERIODS, rhk=RHK, action_plan=ACTIONS, holiday_change=HOLIDAY_CHANGES,
            ramadan_period=RAMADAN, setting=SETTINGS,
        )
    tables["entry"] = [_entry_row(e, revision) for e in _ENTRIES]
    tables["day_status"] = [
        {"day": day, "status": status, "leave_kind": kind, "note": note, "updated_at": at}
        for day, status, kind, note, at in STATUSES
    ]
    if revision >= "0003":
        history, lock = _history()
        tables.update(history=history, month_lock=[lock])
    if revision >= "0004":
        tables["trusted_cert"] = [_trusted_certificate()]
    # 0006 added indexes only
    if revision >= "0007":
        tables.update(running_timer=[TIMER], task_template=TEMPLATES + [LONG_TEMPLATE])
        # the columns migration 0008 widens: a value over 500 characters, a 100-character name
        tables["setting"] = SETTINGS + _feedback_settings()
    return tables


#: A timer left running (migration 0007), and task templates.
TIMER = {
    "id": 1, "started_at": "2026-11-02 13:05:00.000000",
    "description": "Memperbarui data riwayat jabatan pegawai pada SIASN", "location": "kantor",
    "rhk_id": 1, "action_id": None, "unit": "data", "template": "Pemutakhiran SIASN",
}
TEMPLATES = [
    {"id": 1, "name": "Pemutakhiran SIASN", "name_key": "pemutakhiran siasn",
     "description": "Memperbarui data riwayat jabatan pegawai pada SIASN", "location": "kantor",
     "rhk_id": 1, "action_id": 1, "unit": "data", "minutes": 120,
     "created_at": "2026-10-01 16:30:00.000000"},
    {"id": 2, "name": "Rapat daring", "name_key": "rapat daring",
     "description": "Rapat daring koordinasi kepegawaian", "location": None, "rhk_id": None,
     "action_id": None, "unit": None, "minutes": None, "created_at": "2026-10-02 16:40:00.000000"},
]
#: A template whose name has the most characters the rules allow (domain.templates.MAX_NAME).
LONG_TEMPLATE = {
    "id": 3,
    "name": "Verifikasi dan validasi berkas usulan kenaikan pangkat, pensiun, dan mutasi ASN di SIASN (Okt. 2026)",
    "name_key": "verifikasi dan validasi berkas usulan kenaikan pangkat, pensiun, dan mutasi asn di siasn (okt. 2026)",
    "description": "Memverifikasi berkas usulan kenaikan pangkat, pensiun, dan mutasi ASN pada SIASN",
    "location": "kantor", "rhk_id": 1, "action_id": None, "unit": "berkas", "minutes": 90,
    "created_at": "2026-10-03 16:45:00.000000",
}

#: The supervisor's feedback on October's summary, kept by services.rhk_feedback after
#: "Terapkan keputusan": one setting row per RHK, the first over 500 characters.
FEEDBACK = [
    (1, "di-atas",
     "Pemutakhiran data riwayat jabatan dan pangkat pada SIASN melampaui target bulan ini. "
     "Berkas usulan kenaikan pangkat periode Oktober diverifikasi tepat waktu dan tanpa "
     "kesalahan isian; berita acara verifikasi lapangan di Kecamatan Sukamaju lengkap dengan "
     "tanda tangan para pihak. Pertahankan ketelitian ini, dan mulai bulan depan catat juga "
     "jumlah data yang dikembalikan ke unit kerja karena belum lengkap, supaya capaian dan "
     "hambatan pemutakhiran terlihat dalam satu laporan. Untuk triwulan IV, jadwalkan verifikasi "
     "lapangan di dua kecamatan lagi sebelum pertengahan Desember dan koordinasikan dengan "
     "Kantor Regional I BKN bila ada data yang tidak dapat diperbaiki dari daerah."),
    (2, "sesuai", "Laporan rekapitulasi data ASN per unit kerja diterima; lampirkan grafiknya."),
]


def _feedback_settings() -> list[dict]:
    """The setting rows of FEEDBACK, as services.rhk_feedback writes them."""
    import json

    names = {rhk["id"]: rhk["name"] for rhk in RHK}
    rows = []
    for rhk_id, assessment, text in FEEDBACK:
        value = {"rhk_id": rhk_id, "name": names[rhk_id], "feedback": text,
                 "assessment": assessment, "revision": 1, "decision": "disetujui"}
        rows.append({"key": f"rhk_feedback:{MONTH}:{rhk_id}",
                     "value": json.dumps(value, ensure_ascii=False, sort_keys=True)})
    return rows


def migrate_to(path: Path, revision: str) -> None:
    """Run the app's alembic migrations up to ``revision`` on a new, empty file."""
    from absensi_app.store.migrate import build_at

    build_at(path, revision)


def fill(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        with conn:
            for table, rows in _rows_for(revision).items():
                for row in rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
                    conn.execute(sql, tuple(row.values()))
            conn.execute("DELETE FROM entry WHERE id = ?", (DELETED_ENTRY,))
        empty = [
            table
            for (table,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
            if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        ]
        if empty:
            raise SystemExit(f"no rows for table(s) {', '.join(empty)}: add them to {__file__}")
        # One self-contained file (the app's engine leaves it in WAL mode), small enough to
        # commit: each table and index takes at least a page.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA page_size = 1024")
        conn.execute("VACUUM")
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", choices=KNOWN_REVISIONS, help="schema revision, e.g. 0003")
    parser.add_argument("out", type=Path, help="the SQLite file to write (must not exist)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; remove it first")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        migrate_to(args.out, args.revision)
        fill(args.out, args.revision)
    except BaseException:
        for leftover in (args.out, args.out.with_name(args.out.name + "-wal"),
                         args.out.with_name(args.out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    print(f"{args.out}: revision {args.revision}, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
