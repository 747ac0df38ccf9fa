"""Whose log this start opens, before anything of a profile is read (``app.run_gui``).

Light on purpose: it runs before the first paint, so it imports only ``config``. The picker
(``views.profile_picker``, a dialog with its own drawing) is imported only when it must be
shown: more than one profile and nothing chose one (``--data-dir``, ``--profile``,
``$ABSENSI_DATA_DIR``, ``$ABSENSI_PROFILE``). A protected profile asks its passphrase
(``views.profile_unlock``). "Berkas › Ganti profil…" leaves the profile it chose here for the
next start (:func:`take_switch`).
"""

from __future__ import annotations

import os
from pathlib import Path

from absensi_app.config import (
    ENV_DATA_DIR,
    ENV_PROFILE,
    FolderChoice,
    Registry,
    choose_folder,
    folder_key,
    read_registry,
)

switch_to: list[FolderChoice] = []  # the profile "Ganti profil…" chose, for app.run_gui


def normal_folder(folder: Path) -> Path:
    return Path(folder_key(folder))


def needs_picker(data_dir: str | None, registry: Registry) -> bool:
    """The picker is shown when nothing chose a folder and there is more than one profile."""
    named = data_dir or os.environ.get(ENV_DATA_DIR) or os.environ.get(ENV_PROFILE, "").strip()
    return not named and len(registry.profiles) > 1


def choose_at_start(data_dir: str | None = None) -> FolderChoice | int:
    """The folder this start opens, its passphrase checked; or the exit code when none opens
    (0: Batal in the picker; 1: a protected profile stayed closed). A broken registry raises
    (``app.run_gui`` says it in one sentence)."""
    from absensi_app.views.profile_unlock import unlock_chosen_profile

    choice = choose_folder(data_dir)
    if choice.root is not None and choice.profile is not None and not choice.by_name:
        registry = read_registry(choice.root)
        if needs_picker(data_dir, registry):
            from absensi_app.views.profile_picker import ProfilePicker

            picker = ProfilePicker(registry)
            picked = picker.pick()
            picker.deleteLater()
            if picked is None:
                return 1 if picker.refused else 0
            return picked
    return choice if unlock_chosen_profile(choice) else 1


def take_switch() -> FolderChoice | None:
    """The profile "Ganti profil…" chose (once), for ``app.run_gui``'s next start."""
    return switch_to.pop() if switch_to else None
