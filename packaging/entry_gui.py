"""The frozen build's desktop program (absensi-gui): the same as the `absensi-gui` launcher."""

from absensi_app.app import main

if __name__ == "__main__":
    raise SystemExit(main())
