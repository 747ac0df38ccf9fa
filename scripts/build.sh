#!/usr/bin/env bash
# Build Absensi like any other program: the PyInstaller one-folder build, then a .deb from it.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage:
  ./scripts/build.sh [--no-deb | --deb-only]

  (default)   run PyInstaller on packaging/absensi.spec, giving dist/absensi/ (the programs
              absensi and absensi-gui with everything they need), then build
              dist/absensi_<version>_<arch>.deb from it with dpkg-deb
  --no-deb    only the PyInstaller build (e.g. on a system without dpkg)
  --deb-only  only the .deb, from the dist/absensi/ already there
  --help      show this help

The .deb installs the build in /opt/absensi, the commands /usr/bin/absensi and
/usr/bin/absensi-gui, the menu entry (id.go.absensi.desktop), the AppStream metadata and the
icons; remove it with 'apt remove absensi'. The user's data (~/.local/share/Absensi) is never
part of it. Install it with: sudo apt install ./dist/absensi_<version>_<arch>.deb

Environment:
  PYTHON=/path/to/python       the Python with PyInstaller and the project installed
                               (default: .venv/bin/python; set it up with
                               .venv/bin/python -m pip install -e '.[build]')
  ABSENSI_DEB_COMPRESSION=xz   dpkg-deb's compression (xz, gzip, zstd or none; default xz)
  ABSENSI_MAINTAINER="Name <mail>"  the .deb's Maintainer field
  ABSENSI_DIST_DIR=DIR         where the build and the .deb go (default: dist/)
  ABSENSI_WORK_DIR=DIR         PyInstaller's and dpkg-deb's work folder (default: build/)
EOF
}

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }

BUILD_APP=1
BUILD_DEB=1
case "${1:-}" in
    "") ;;
    --no-deb) BUILD_DEB=0 ;;
    --deb-only) BUILD_APP=0 ;;
    -h|--help|help) usage; exit 0 ;;
    *) printf 'build.sh: unknown option %q\n\n' "$1" >&2; usage >&2; exit 2 ;;
esac
[[ $# -le 1 ]] || { usage >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${ABSENSI_DIST_DIR:-$ROOT/dist}
APP="$DIST/absensi"
WORK=${ABSENSI_WORK_DIR:-$ROOT/build}
APP_ID=id.go.absensi

# ---------------------------------------------------------------- the one-folder build
if [[ $BUILD_APP -eq 1 ]]; then
    [[ -x "$PYTHON" ]] || die "$PYTHON not found: run ./scripts/setup.sh test first, or set PYTHON"
    "$PYTHON" -c 'import PyInstaller' 2>/dev/null \
        || die "PyInstaller is missing: $PYTHON -m pip install -e '.[build]'"
    say "PyInstaller: packaging/absensi.spec -> $APP"
    start=$SECONDS
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/absensi.spec
    say "built $APP in $((SECONDS - start)) s ($(du -sh "$APP" | cut -f1))"
    QT_QPA_PLATFORM=offscreen "$APP/absensi" --version >/dev/null \
        || die "the built $APP/absensi does not start"
fi
[[ $BUILD_DEB -eq 1 ]] || exit 0

# ---------------------------------------------------------------- the .deb
[[ -x "$APP/absensi" && -x "$APP/absensi-gui" ]] || die "$APP is missing: run ./scripts/build.sh without --deb-only"
command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb not found (a Debian or Ubuntu system builds the .deb)"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/absensi_app/__init__.py)
[[ -n "$VERSION" ]] || die "no __version__ in src/absensi_app/__init__.py"
ARCH=$(dpkg --print-architecture)
DEB="$DIST/absensi_${VERSION}_${ARCH}.deb"
STAGE="$WORK/deb/absensi_${VERSION}_${ARCH}"

say "staging the package in $STAGE"
rm -rf -- "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons" "$STAGE/usr/share/doc/absensi"
cp -a -- "$APP" "$STAGE/opt/absensi"
# the programs find their _internal/ folder through the link (PyInstaller resolves it)
ln -s /opt/absensi/absensi "$STAGE/usr/bin/absensi"
ln -s /opt/absensi/absensi-gui "$STAGE/usr/bin/absensi-gui"
install -m 644 "packaging/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
cp -r -- packaging/linux/icons/hicolor "$STAGE/usr/share/icons/"
cat >"$STAGE/usr/share/doc/absensi/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: absensi
Comment: Absensi ${VERSION}, built with PyInstaller. /opt/absensi/_internal holds Python,
 Qt (PySide6, LGPL-3.0) and the Python packages the app uses, each under its own licence
 (see the *.dist-info folders there).

Files: *
Copyright: Tim Absensi
License: MIT
EOF
# plain permissions whatever the umask: directories 755, files 644, programs and libraries 755
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod go-w,a+r {} +

# The Qt runtime needs these from the system (scripts/setup.sh's BASE_PKGS and APP_PKGS);
# everything else is inside /opt/absensi. The package installs no maintainer scripts: the icon
# cache and the menu are refreshed by the triggers of gtk-update-icon-cache and
# desktop-file-utils, which watch /usr/share/icons and /usr/share/applications.
DEPENDS="libc6 (>= 2.34), libglib2.0-0t64 | libglib2.0-0, libegl1, libgl1, libx11-6, libdbus-1-3,
 libfontconfig1, libfreetype6, libxkbcommon0, fonts-dejavu-core, libx11-xcb1, libxkbcommon-x11-0,
 libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0,
 libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0,
 libxcb-xkb1"
INSTALLED_KB=$(du -sk --apparent-size "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: absensi
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: ${ABSENSI_MAINTAINER:-Tim Absensi <absensi@localhost>}
Installed-Size: ${INSTALLED_KB}
Depends: $(tr -d '\n' <<<"$DEPENDS" | sed 's/  */ /g')
Section: misc
Priority: optional
Description: attendance and work log for Indonesian civil servants (ASN)
 Absensi records each day's tasks, hours, work location and output for PNS and
 PPPK, totals the progress toward the SKP targets and the working hours, and
 exports signed monthly summaries that the supervisor verifies and approves
 with the same program. Offline; the data stays in one file on this computer.
EOF

say "dpkg-deb: $DEB"
start=$SECONDS
dpkg-deb --root-owner-group -Z"${ABSENSI_DEB_COMPRESSION:-xz}" --build "$STAGE" "$DEB" >/dev/null
say "built $DEB in $((SECONDS - start)) s ($(du -h "$DEB" | cut -f1)); install it with: sudo apt install $DEB"
