"""Opening a protected profile in the desktop app: its signing key's passphrase is asked before
anything of the profile is read (``services.profiles.ProfilesService.unlock``, the same check
the command line makes). Three tries; cancelling leaves the app without opening anything
(from the profile picker: back to the picker, views/profile_picker.py)."""

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
    from absensi_app.services.profiles import ProfilesService

    return ask_passphrase(ProfilesService(choice.root), entry) is True


def ask_passphrase(service, entry, parent=None) -> bool | None:  # noqa: ANN001
    """Ask ``entry``'s passphrase (``service``: a ProfilesService of its data root) up to three
    times: True when it opens, None when the user cancelled, False after three wrong ones (or
    when it cannot be checked, e.g. the key is missing: said in a box)."""
    if not entry.protected:
        return True
    from absensi_app.services.profiles import ProfileLockedError
    from absensi_app.views.labels import error_text

    label = _tr("Profil \u201c{name}\u201d dilindungi. Masukkan frasa sandi kunci tanda tangannya "
                "untuk membukanya.").format(name=entry.name)
    for attempt in range(TRIES):
        passphrase = prompts.ask_secret(parent, _tr("Buka profil"), label)
        if passphrase is None:
            return None
        try:
            service.unlock(entry, passphrase)
        except ProfileLockedError as exc:
            if attempt == TRIES - 1:
                prompts.error(parent, _tr("Buka profil"), error_text(exc))
                return False
            label = error_text(exc) + "\n\n" + _tr("Coba lagi:")
            continue
        return True
    return False
