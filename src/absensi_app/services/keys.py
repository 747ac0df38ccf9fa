"""The employee's signing key as the app uses it: creating, replacing and importing the key,
changing its passphrase, handing the certificate to the supervisor, and the list of one's own
certificates (the current one and those replaced earlier).

The key's formats and cryptography are :mod:`absensi_app.signing.keys`; this is the layer the
GUI and the command line call. A replaced certificate is copied to ``keys/arsip/`` in the same
step that writes the new key (so no replacement can skip it); :meth:`KeyService.own_certificates`
reads it back. ``cryptography`` still loads only when a key is touched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from absensi_app.domain.errors import AbsensiError
from absensi_app.signing import keys
from absensi_app.signing.keys import Identity

if TYPE_CHECKING:
    from absensi_app.services.clock import Clock
    from absensi_app.services.files import OutsideFiles
    from absensi_app.services.profile import ProfileService

#: The largest PKCS#12 file read (real ones are a few kilobytes).
MAX_PKCS12_BYTES = 1024 * 1024


class KeyService:
    """The signing key kept in one data folder's ``keys/`` directory."""

    def __init__(
        self, keys_dir: Path, profile: ProfileService, clock: Clock, files: OutsideFiles
    ) -> None:
        self._dir = keys_dir
        self._profile = profile
        self._clock = clock
        self._files = files

    # ---- the key in use ------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The data folder's ``keys/`` directory."""
        return self._dir

    def has_key(self) -> bool:
        return keys.has_identity(self._dir)

    def identity(self) -> Identity | None:
        """The current certificate's description, None without a key; a damaged certificate
        file raises SigningError."""
        return keys.load_identity(self._dir)

    def certificate_der(self) -> bytes | None:
        """The current signing certificate (DER), or None without a key."""
        path = self._dir / keys.CERT_FILE
        if not path.is_file():
            return None
        from absensi_app.services.trust import read_certificate

        return read_certificate(path.read_bytes()).der

    def own_certificates(self) -> list[bytes]:
        """The current certificate and the ones replaced earlier (kept in ``keys/arsip/``, DER),
        so summaries signed before a key change still count as one's own."""
        from absensi_app.services.trust import read_certificate

        found = []
        current = self.certificate_der()
        if current is not None:
            found.append(current)
        archive = self._dir / keys.ARCHIVE_DIR
        if archive.is_dir():
            for path in sorted(archive.glob("*.pem")):
                try:
                    found.append(read_certificate(path.read_bytes()).der)
                except (OSError, AbsensiError):
                    continue
        return found

    def unlock_for_signing(self, passphrase: str | None):  # noqa: ANN201
        """The key material, after the checks every signature needs: a key exists, its
        certificate names the profile's NIP and is valid now, a passphrase was given."""
        from absensi_app.signing.keys import (
            SigningError,
            ensure_valid_for_signing,
            has_identity,
            load_identity,
            unlock,
        )

        if not has_identity(self._dir):
            raise SigningError(
                "Belum ada kunci tanda tangan. Buat di Pengaturan › Kunci tanda tangan (atau "
                "'absensi key create'), impor sertifikat PKCS#12, atau ekspor tanpa tanda tangan."
            )
        identity = load_identity(self._dir)
        profile = self._profile.require()
        if identity is not None and identity.nip != profile.nip:
            raise SigningError(
                "Sertifikat tanda tangan atas NIP {cert}, sedangkan profil ber-NIP {nip}. "
                "Ringkasannya tidak akan lolos pemeriksaan; buat kunci baru untuk profil ini "
                "atau impor sertifikat yang memuat NIP Anda.",
                cert=identity.nip or "(tanpa NIP)",
                nip=profile.nip,
            )
        if identity is not None:
            ensure_valid_for_signing(identity)  # at the real time the signature is made
        if not passphrase:
            raise SigningError("Frasa sandi kunci tanda tangan dibutuhkan.")
        return unlock(self._dir, passphrase)

    # ---- creating, replacing, importing ------------------------------------------------
    def create(self, passphrase: str, replace: bool = False) -> Identity:
        """A new key and certificate in the profile's name and NIP, issued by a private CA.
        Without ``replace`` an existing key is never overwritten; with it, the certificate in
        use is archived first, so summaries signed with it stay one's own."""
        profile = self._profile.require()
        return keys.create_identity(
            self._dir, profile.name, profile.nip, profile.agency, passphrase, self._clock.now(),
            replace=replace,
        )

    def import_pkcs12(
        self, data: bytes, password: str, passphrase: str, replace: bool = False
    ) -> Identity:
        """Use the key and certificate of a PKCS#12 file (``data``, opened with ``password``),
        kept under ``passphrase``; ``replace`` as in :meth:`create`. An expired or not yet
        valid certificate, or an unsuitable key, is refused."""
        return keys.import_pkcs12(self._dir, data, password, passphrase, replace=replace)

    def change_passphrase(self, old: str, new: str) -> None:
        """Wrap the same key under a new passphrase; a wrong ``old`` raises
        WrongPassphraseError and changes nothing."""
        keys.change_passphrase(self._dir, old, new)

    # ---- the certificate for the supervisor ----------------------------------------------
    def export_certificate(
        self, target: str | os.PathLike[str], what: str = "Berkas sertifikat"
    ) -> Identity:
        """Write the signing certificate, then the CA that issued it (PEM, no private key), to
        a file the user names outside the data folder; returns the certificate's description."""
        target = self._files.check_target(target)
        bundle = keys.certificate_bundle_pem(self._dir)
        self._files.write(target, bundle, what)
        return self.identity()
