"""Moving one person's log to a new computer: one transfer file out, the same data folder in.

The transfer file (format ``absensi-transfer``, version 1; docs/transfer-format.md) is a ZIP
archive with ``manifest.json`` (format, version, app version, creation time, the person's NIP
and name, schema revision, counts, and the size and SHA-256 of every other member) and:

- ``absensi.sqlite``: a consistent snapshot made with SQLite's backup API (never a raw copy of
  the live WAL file), checked with ``integrity_check``, as a self-contained rollback-journal file;
- ``bukti/...``: the evidence files, under the names the database refers to;
- ``keys/...``: the certificates, ``keys/arsip/`` and the private key files exactly as they are
  on disk, which is encrypted (scrypt + AES-256-GCM). A key file that is not in the encrypted
  format refuses the export; nothing is ever decrypted. Unknown files in ``keys/`` are left out.

Logs and backups are never included.

Import checks the whole file before anything in the data folder is touched (see
:func:`read_transfer`; the database's schema must be exactly its revision's, :mod:`.schema`,
with no dangling links and no control characters in what a user types), then refuses to mix
two people's data, then extracts into a hidden
folder inside the data folder and moves the pieces into place, the database last (one
``rename``). With ``replace`` the current database is first backed up into ``backups/``
(``before-import``, by store.backup) and the current ``keys/`` folder is moved to a side
folder. A failure before the database is renamed puts the old keys back; the old database is
never changed except for leaving WAL mode (which needs, and so proves, that nobody else has it
open). A damaged, truncated, empty or foreign database in the folder is never written: with
``replace`` it is kept aside whole (``backups/rusak-...`` with its -wal/-shm), without it refused.
The transfer file is written 0600, evidence files 0600 in 0700 folders, whatever the umask.

Modules: :mod:`.archive` (the format: names, member kinds, limits, the summary, the database
image), :mod:`.reading` (reading and checking a file), :mod:`.schema` (the database's schema,
links and text), :mod:`.exporting`, :mod:`.installing`.
"""

from __future__ import annotations

from absensi_app.services.transfer.archive import (
    DATABASE, FORMAT, MANIFEST, MAX_DATABASE_BYTES, MAX_EVIDENCE_MEMBER_BYTES, MAX_KEY_MEMBER_BYTES,
    MAX_MANIFEST_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES, MAX_TRANSFER_BYTES, VERSION, TransferError,
    TransferSummary, format_size,
)  # fmt: skip
from absensi_app.services.transfer.exporting import check_out_name, export_transfer, snapshot_database
from absensi_app.services.transfer.installing import import_transfer
from absensi_app.services.transfer.reading import TransferFile, read_transfer

__all__ = [
    "DATABASE", "FORMAT", "MANIFEST", "MAX_DATABASE_BYTES", "MAX_EVIDENCE_MEMBER_BYTES", "MAX_KEY_MEMBER_BYTES",
    "MAX_MANIFEST_BYTES", "MAX_MEMBERS", "MAX_TOTAL_BYTES", "MAX_TRANSFER_BYTES", "VERSION", "TransferError",
    "TransferFile", "TransferSummary", "check_out_name", "export_transfer", "format_size", "import_transfer", "read_transfer",
    "snapshot_database",
]  # fmt: skip
