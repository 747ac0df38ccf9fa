#!/usr/bin/env bash
# Set up everything Absensi needs, then start the app or run the tests.
# Safe to run again: every step is skipped when it is already done.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage:
  ./scripts/setup.sh app  [ARGS...]        set up, put the 'absensi' command on your PATH
                                           (~/.local/bin/absensi), then start the app:
                                           .venv/bin/absensi ARGS...
  ./scripts/setup.sh test [PYTEST ARGS...] set up, then run the whole test suite offscreen
                                           (QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n auto ...);
                                           the exit code of pytest is passed through
  ./scripts/setup.sh --help                show this help

Set-up steps (each one is skipped when already done):
  1. Debian/Ubuntu only: install the missing system packages with apt-get
     (Qt runtime libraries and a font; the xcb libraries for 'app'; poppler-utils,
     openssl and libnss3-tools, the independent signature validators, for 'test'). Uses sudo when not run as root. Other systems: skipped.
  2. Check the Python: $PYTHON, default python3; version 3.11 or newer is required.
  3. Create the virtual environment .venv in the repository root if it is missing
     or broken (pip is upgraded only then).
  4. pip install -e '.[test]' when pyproject.toml is newer than the stamp file
     .venv/.absensi-installed (or the stamp is missing), then touch the stamp.
     On Python 3.11 a venv holding PySide6 6.12 or later (which leaks references to
     None there and crashes the GUI) or the separate PySide6-Pdf wheel is always
     repaired: PySide6-Pdf is uninstalled first, then the pinned 6.11 set is installed
     (QtPdf then comes from PySide6-Addons).
  5. 'app' only: write the launcher ~/.local/bin/absensi, which runs this clone's
     .venv/bin/absensi, so the README's 'absensi ...' command lines work as typed. A file
     of that name that this script did not write is left alone. When ~/.local/bin is not
     on PATH yet, the script says so: log in again (Debian's and Ubuntu's ~/.profile add
     ~/.local/bin when it exists) or type .venv/bin/absensi instead of absensi.

Environment:
  PYTHON=/path/to/python3.X   interpreter used to create .venv (default: python3)
  ABSENSI_SKIP_APT=1          skip the apt-get step
  ABSENSI_SKIP_LAUNCHER=1     do not write ~/.local/bin/absensi ('app')
EOF
}

say()  { printf 'setup.sh: %s\n' "$*" >&2; }
die()  { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- the launcher (step 5)
LAUNCHER_MARK="# absensi launcher, written by scripts/setup.sh app"

shell_quoted() {  # $1 as one word for /bin/sh: in single quotes, each ' written as '\''
    local q="'\\''"
    printf "'%s'" "${1//\'/$q}"
}

# Put TARGET (this clone's .venv/bin/absensi) on the user's PATH as ~/.local/bin/absensi,
# a small shell script; a file of that name is replaced only when this script wrote it.
install_launcher() {
    local target=$1
    if [[ "${ABSENSI_SKIP_LAUNCHER:-}" == "1" || -z "${HOME:-}" ]]; then
        say "no launcher written (ABSENSI_SKIP_LAUNCHER=1 or no HOME): the command is $target"
        return 0
    fi
    local bin_dir="$HOME/.local/bin"
    local launcher="$bin_dir/absensi" tmp quoted found
    if [[ -e "$launcher" || -L "$launcher" ]] && ! grep -qsF -- "$LAUNCHER_MARK" "$launcher"; then
        say "$launcher exists and was not written by setup.sh: left alone;"
        say "      type $target where the README writes absensi"
        return 0
    fi
    if [[ "$target" == *$'\n'* ]]; then
        say "warning: the path $target holds a line break: no launcher written"
        return 0
    fi
    if ! mkdir -p -- "$bin_dir" || ! tmp=$(mktemp "$bin_dir/.absensi.XXXXXX"); then
        say "warning: cannot write in $bin_dir; type $target where the README writes absensi"
        return 0
    fi
    quoted=$(shell_quoted "$target")
    {
        printf '#!/bin/sh\n%s\n' "$LAUNCHER_MARK"
        printf '# It runs %s; delete this file to remove the command.\n' "$target"
        printf '[ -x %s ] || { printf "absensi: %%s is missing; run ./scripts/setup.sh app again\\n" %s >&2; exit 1; }\n' \
            "$quoted" "$quoted"
        printf 'exec %s "$@"\n' "$quoted"
    } >"$tmp"
    chmod 755 "$tmp"
    if cmp -s -- "$tmp" "$launcher"; then
        rm -f -- "$tmp"
        say "the absensi command is in place: $launcher"
    else
        mv -f -- "$tmp" "$launcher"
        say "wrote $launcher: the absensi command now runs $target"
    fi
    case ":$PATH:" in
        *":$bin_dir:"* | *":$bin_dir/:"*)
            found=$(command -v absensi 2>/dev/null || true)
            if [[ -n "$found" && ! "$found" -ef "$launcher" ]]; then
                say "warning: 'absensi' on your PATH is $found, found before $launcher;"
                say "      type $launcher where the README writes absensi"
            fi
            ;;
        *)
            say "note: $bin_dir is not on your PATH yet, so this shell does not find 'absensi':"
            say "      log in again (Debian's and Ubuntu's ~/.profile add it when it exists) or run"
            say "      export PATH=\"\$HOME/.local/bin:\$PATH\"; until then type $target"
            ;;
    esac
}

# `source scripts/setup.sh` only defines the functions above (tests/cli/test_cli_small13.py)
if (return 0 2>/dev/null); then return 0; fi

# ---------------------------------------------------------------- arguments
if [[ $# -eq 0 ]]; then
    usage >&2
    exit 2
fi
MODE=$1
shift
case "$MODE" in
    -h|--help|help) usage; exit 0 ;;
    app|test) ;;
    *) printf 'setup.sh: unknown mode %q\n\n' "$MODE" >&2; usage >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
VENV="$ROOT/.venv"
STAMP="$VENV/.absensi-installed"
cd "$ROOT"

# ---------------------------------------------------------------- 1. apt
# Each entry is one needed package; "a|b" means "either a or b" (first one
# that apt knows is installed), e.g. Ubuntu 24.04 / Debian 13 renamed glib.
BASE_PKGS=(
    python3 python3-venv python3-pip
    "libglib2.0-0t64|libglib2.0-0"
    libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
    fonts-dejavu-core
)
APP_PKGS=(
    libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
TEST_PKGS=(poppler-utils openssl libnss3-tools postgresql desktop-file-utils appstream)

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

apt_knows() {
    # A real (not purely virtual) package with a candidate in the apt lists.
    local out
    out=$(apt-cache show "$1" 2>/dev/null) || return 1
    [[ "$out" == *"Package: "* ]]
}

install_apt_packages() {
    if [[ "${ABSENSI_SKIP_APT:-}" == "1" ]]; then
        say "ABSENSI_SKIP_APT=1: skipping system packages"
        return
    fi
    if [[ ! -f /etc/debian_version ]] && ! command -v apt-get >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: skipping system packages (install Qt's runtime libraries and a font yourself)"
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "dpkg-query/apt-get not found: skipping system packages"
        return
    fi

    local wanted=("${BASE_PKGS[@]}")
    if [[ "$MODE" == app ]]; then wanted+=("${APP_PKGS[@]}"); fi
    if [[ "$MODE" == test ]]; then wanted+=("${TEST_PKGS[@]}"); fi

    local missing=() entry alt found alts
    for entry in "${wanted[@]}"; do
        found=0
        IFS='|' read -r -a alts <<<"$entry"
        for alt in "${alts[@]}"; do
            if is_installed "$alt"; then found=1; break; fi
        done
        [[ $found -eq 1 ]] || missing+=("$entry")
    done

    if [[ ${#missing[@]} -eq 0 ]]; then
        say "system packages: all present"
        return
    fi

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 \
            || die "missing system packages (${missing[*]}) and not root and no sudo: run as root or install them yourself (or set ABSENSI_SKIP_APT=1)"
        sudo=(sudo)
    fi
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)

    say "system packages missing: ${missing[*]}"
    say "running apt-get update"
    if ! "${apt[@]}" update -q; then
        say "warning: apt-get update failed; trying the install with the lists already present"
    fi

    # Resolve "a|b" entries now that the lists are fresh.
    local to_install=() chosen
    for entry in "${missing[@]}"; do
        IFS='|' read -r -a alts <<<"$entry"
        chosen=""
        for alt in "${alts[@]}"; do
            if apt_knows "$alt"; then chosen=$alt; break; fi
        done
        if [[ -z "$chosen" ]]; then
            chosen=${alts[$((${#alts[@]} - 1))]}
            say "warning: apt knows none of '$entry'; trying '$chosen'"
        fi
        to_install+=("$chosen")
    done

    say "installing: ${to_install[*]}"
    "${apt[@]}" install -y --no-install-recommends "${to_install[@]}" \
        || die "apt-get install failed for: ${to_install[*]}"
}

install_apt_packages

# ---------------------------------------------------------------- 2. Python
PYTHON=${PYTHON:-python3}
command -v "$PYTHON" >/dev/null 2>&1 \
    || die "Python interpreter '$PYTHON' not found; install Python 3.11 or newer or set PYTHON=/path/to/python3"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    ver=$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || echo unknown)
    die "Python 3.11 or newer is required, but '$PYTHON' is $ver; set PYTHON=/path/to/python3.11 (or newer)"
fi

# ---------------------------------------------------------------- 3. venv
venv_ok() {
    [[ -x "$VENV/bin/python" && -f "$VENV/pyvenv.cfg" ]] || return 1
    "$VENV/bin/python" -c 'import sys, pip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        >/dev/null 2>&1 || return 1
    # A venv copied or moved from elsewhere has scripts pointing at the old path.
    if [[ -f "$VENV/bin/pip" ]]; then
        local shebang
        shebang=$(head -n 1 "$VENV/bin/pip")
        if [[ "$shebang" == '#!/'* && "$shebang" != "#!$VENV/bin/"* ]]; then
            return 1
        fi
    fi
    return 0
}

if ! venv_ok; then
    if [[ -e "$VENV" ]]; then
        say "$VENV is broken or was moved: recreating it"
        rm -rf -- "$VENV"
    fi
    say "creating $VENV with $("$PYTHON" -c 'import sys; print(sys.executable, "%d.%d.%d" % sys.version_info[:3])')"
    "$PYTHON" -m venv "$VENV" \
        || die "could not create the virtual environment (on Debian/Ubuntu: apt-get install python3-venv)"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --upgrade pip
fi

# ---------------------------------------------------------------- 4. project
# What in the venv's Qt binding must be repaired (see the PySide6 pin in pyproject.toml):
# prints "pdf" when PySide6-Pdf is installed on Python < 3.12, "new" when a PySide6 wheel
# of 6.12 or later is installed there, "nopdf" when QtPdf is missing after the install.
pyside_problems() {
    "$VENV/bin/python" - <<'PY' 2>/dev/null || true
import importlib.util
import sys
from importlib.metadata import PackageNotFoundError, version

def installed(name):
    try:
        return version(name)
    except PackageNotFoundError:
        return None

def major_minor(text):
    parts = []
    for piece in text.split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)

problems = []
if sys.version_info < (3, 12):
    if installed("PySide6-Pdf"):
        problems.append("pdf")
    for name in ("PySide6-Essentials", "PySide6-Addons", "shiboken6"):
        found = installed(name)
        if found and major_minor(found) >= (6, 12):
            problems.append("new")
            break
    if installed("PySide6-Addons") and not installed("PySide6-Pdf"):
        try:
            has_pdf = importlib.util.find_spec("PySide6.QtPdf") is not None
        except Exception:
            has_pdf = False
        if not has_pdf:
            problems.append("nopdf")
print(" ".join(problems))
PY
}

PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --no-input)
force_install=0
problems=$(pyside_problems)
if [[ " $problems " == *" pdf "* ]]; then
    # Before the downgrade: PySide6-Pdf 6.12 and PySide6-Addons 6.11 ship the same QtPdf
    # files, so removing PySide6-Pdf afterwards would delete Addons' copy.
    say "Python < 3.12: removing PySide6-Pdf (it needs PySide6 6.12, which crashes here; QtPdf comes from PySide6-Addons)"
    "${PIP[@]}" uninstall -y PySide6-Pdf || die "pip uninstall PySide6-Pdf failed"
    force_install=1
fi
if [[ " $problems " == *" new "* ]]; then
    say "Python < 3.12: PySide6 6.12 or later is installed; installing the pinned, non-leaking release"
    force_install=1
fi

if [[ $force_install -eq 1 || ! -f "$STAMP" || "$ROOT/pyproject.toml" -nt "$STAMP" || ! -x "$VENV/bin/absensi" ]]; then
    say "installing the project and its test dependencies into .venv (pip install -e '.[test]')"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input -e '.[test]' \
        || die "pip install -e '.[test]' failed (see the messages above)$([[ -f README.md ]] || echo '; note: README.md, named by pyproject.toml, is missing')"
    if [[ " $(pyside_problems) " == *" nopdf "* ]]; then
        # QtPdf's files were removed along with an old PySide6-Pdf: put Addons' copy back.
        addons=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("PySide6-Addons"))')
        say "QtPdf is missing: reinstalling PySide6-Addons $addons"
        "${PIP[@]}" install --force-reinstall --no-deps "PySide6-Addons==$addons" \
            || die "reinstalling PySide6-Addons failed"
    fi
    remaining=$(pyside_problems)
    [[ -z "$remaining" ]] \
        || die "the Qt binding in .venv is still not right ($remaining); remove .venv and run this script again"
    touch "$STAMP"
else
    say "project already installed in .venv (stamp newer than pyproject.toml)"
fi

# ---------------------------------------------------------------- run
case "$MODE" in
    app)
        install_launcher "$VENV/bin/absensi"
        if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
            say "note: no display found (DISPLAY and WAYLAND_DISPLAY are unset, QT_QPA_PLATFORM is unset):"
            say "      the app will most likely fail to open a window; trying anyway"
        fi
        exec "$VENV/bin/absensi" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM=offscreen
        # the many `absensi` subprocesses of the tests keep their compiled modules (outside the
        # source tree), even where the environment says PYTHONDONTWRITEBYTECODE
        unset PYTHONDONTWRITEBYTECODE
        export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-$VENV/pycache}"
        # one pytest worker per core (pytest-xdist); ABSENSI_TEST_WORKERS=0 runs in one process
        exec "$VENV/bin/python" -m pytest -n "${ABSENSI_TEST_WORKERS:-auto}" "$@"
        ;;
esac
