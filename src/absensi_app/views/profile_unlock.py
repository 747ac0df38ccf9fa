"""Opening a protected profile in the desktop app: its signing key's passphrase is asked before
anything of the profile is read (``services.profiles.ProfilesService.unlock``, the same check
the command line makes). Three tries; cancelling leaves the app without opening anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from absensi_app.views import prompts

TRIES = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileUnlock", text)


def unlock_chosen_profile(choice) -> bool:  # noqa: ANN001 - a config.FolderChoice
    """True when the chosen folder may be opened: no protected profile, or its passphrase given."""
    entry = choice.profile
    if entry is None or not entry.protected:
        return True
    from absensi_app.services.profiles import ProfileLockedError, ProfilesService

    service = ProfilesService(choice.root)
    label = _tr("Profil \u201c{name}\u201d dilindungi. Masukkan frasa sandi kunci tanda tangannya "
                "untuk membukanya.").format(name=entry.name)
    for attempt in range(TRIES):
        passphrase = prompts.ask_secret(None, _tr("Buka profil"), label)
        if passphrase is None:
            return False
        try:
            service.unlock(entry, passphrase)
        except ProfileLockedError as exc:
            from absensi_app.views.labels import error_text

            if attempt == TRIES - 1:
                prompts.error(None, _tr("Buka profil"), error_text(exc))
                return False
            label = error_text(exc) + "\n\n" + _tr("Coba lagi:")
            continue
        return True
    return False
