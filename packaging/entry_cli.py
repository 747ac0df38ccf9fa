"""The frozen build's command line (absensi): the same as the `absensi` command."""

import multiprocessing

from absensi_app.cli import main

if __name__ == "__main__":
    # the archive's ingest starts worker processes: in a frozen program each would else be
    # another Absensi (PyInstaller runs them through this same entry point)
    multiprocessing.freeze_support()
    raise SystemExit(main())
