"""The frozen build's desktop program (absensi-gui): the same as the `absensi-gui` launcher."""

import multiprocessing

from absensi_app.app import main

if __name__ == "__main__":
    # the archive's ingest starts worker processes: in a frozen program each would else be
    # another Absensi (PyInstaller runs them through this same entry point)
    multiprocessing.freeze_support()
    raise SystemExit(main())
