"""The frozen build's command line (absensi): the same as the `absensi` command."""

from absensi_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
