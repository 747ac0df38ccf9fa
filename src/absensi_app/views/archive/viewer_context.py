"""What the summary viewer checks a stored file against when it is opened from the archive: the
archive's own trust store (its staff certificates, and a signer a trusted CA issued), exactly as
the ingest judged it, never the app user's own list. So a file the archive found forged is not
shown as merely "not known yet", and the viewer offers no one-click trust: the archive's
certificates are managed with ``absensi arsip trust``.

``viewer_context(ctx, snapshot)`` is the app's context with ``verification`` and ``trust``
replaced; everything else (files, profile, locks) is the app's."""

from __future__ import annotations

from absensi_app.archive.database import ArchiveError
from absensi_app.archive.trust import ArchiveTrustSnapshot
from absensi_app.domain.verdict import Verdict
from absensi_app.services.context import AppContext
from absensi_app.services.trust import TrustedCert, TrustSnapshot


class ArchiveVerification:
    """The verification service's face for the viewer, over the archive's trust store (read
    once; it holds no connection, so a worker thread may use it)."""

    def __init__(self, snapshot: ArchiveTrustSnapshot) -> None:
        from absensi_app.services.verification import VerificationService

        self._trust = snapshot
        self._service = VerificationService(snapshot.staff(), lambda: None, lambda: None)

    def snapshot(self) -> ArchiveVerification:
        return self

    def own_nip(self) -> str:
        return ""  # the archive has no "own" certificate: nothing is "in your name"

    def verify(self, data: bytes) -> Verdict:
        return self._trust.with_cas(self._service.verify(data))


class ArchiveTrustList:
    """The archive's staff certificates as the viewer reads the trust list; adding one is the
    archive administrator's step (``absensi arsip trust add``), never a click in the viewer."""

    def __init__(self, snapshot: ArchiveTrustSnapshot) -> None:
        self._staff: TrustSnapshot = snapshot.staff()

    def all(self) -> list[TrustedCert]:
        return self._staff.all()

    def for_nip(self, nip: str) -> list[TrustedCert]:
        return self._staff.for_nip(nip)

    def get(self, fingerprint: str) -> TrustedCert | None:
        return self._staff.get(fingerprint)

    @staticmethod
    def _refuse(*_args: object, **_kwargs: object) -> TrustedCert:
        raise ArchiveError(
            "Sertifikat tepercaya arsip diatur oleh pengelola arsip dengan 'absensi arsip trust'; "
            "penampil ini tidak mengubahnya."
        )

    # the viewer's "Percayai sertifikat…" and the trust dialog's changes: refused with a sentence
    add = check_not_impersonating = rename = remove = _refuse


class _ViewerContext:
    def __init__(self, ctx: AppContext, snapshot: ArchiveTrustSnapshot) -> None:
        self._ctx = ctx
        self.verification = ArchiveVerification(snapshot)
        self.trust = ArchiveTrustList(snapshot)

    def __getattr__(self, name: str) -> object:  # everything else is the app's
        return getattr(self._ctx, name)


def viewer_context(ctx: AppContext, snapshot: ArchiveTrustSnapshot) -> AppContext:
    return _ViewerContext(ctx, snapshot)  # type: ignore[return-value] - duck-typed: the viewer's uses only
