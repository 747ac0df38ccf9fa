"""Where Absensi keeps its files. Nothing happens at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from absensi_app.domain.errors import AbsensiError

ENV_DATA_DIR = "ABSENSI_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Every file the app writes lives under ``data_dir``."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> "AppPaths":
        """--data-dir wins, then $ABSENSI_DATA_DIR, then the platform's user data folder."""
        chosen = data_dir or os.environ.get(ENV_DATA_DIR)
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        from platformdirs import user_data_dir

        return cls(Path(user_data_dir("Absensi", appauthor=False, roaming=True)))

    @property
    def database(self) -> Path:
        return self.data_dir / "absensi.sqlite"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "bukti"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    def ensure(self) -> None:
        """Create the folders, readable and writable by this user alone whatever the umask.

        Raises DataFolderError with one sentence when the folder cannot be used."""
        for folder in (self.data_dir, self.evidence_dir, self.backup_dir, self.log_dir):
            if folder.exists() and not folder.is_dir():
                raise DataFolderError(
                    "'{p}' adalah berkas, bukan folder, jadi tidak bisa menjadi folder data Absensi. "
                    "Pilih folder lain dengan --data-dir.", p=str(folder),
                )
            try:
                if not folder.exists():
                    folder.mkdir(mode=0o700, parents=True)
                    if os.name == "posix":
                        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
            except FileExistsError:
                continue
            except (PermissionError, OSError) as exc:
                raise DataFolderError(
                    "Folder data '{p}' tidak bisa dibuat atau ditulisi ({e}). Pilih folder lain "
                    "dengan --data-dir atau periksa izinnya.", p=str(folder), e=exc.strerror or exc,
                ) from None


class DataFolderError(AbsensiError):
    """The data folder cannot be created or written; nothing was changed."""
