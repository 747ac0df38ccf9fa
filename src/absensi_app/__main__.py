"""`python -m absensi_app` behaves exactly like the `absensi` command."""

from absensi_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
