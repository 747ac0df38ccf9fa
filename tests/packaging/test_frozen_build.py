"""The PyInstaller build and the .deb, used as a person would: the built programs with a fresh
home and data folder, then the package installed with apt and removed again.

Slow (a build takes one to two minutes, the .deb a few more): ``-m "not slow"`` leaves it out.
``ABSENSI_FROZEN_DIR=dist/absensi`` tests a build already made (CI's Windows job does);
otherwise scripts/build.sh builds one into a temporary folder (PyInstaller comes with
``pip install -e '.[build]'``). The real ``apt install`` of the .deb changes the system: it
runs only as root with ``ABSENSI_TEST_INSTALL_DEB=1`` (a throw-away machine or CI).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import absensi_app
from scripts.make_icons import APP_ID, ICON_SIZES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
PASSPHRASE = "frasa-sandi-uji-123"
#: Qt modules the app never uses; the spec keeps them out (packaging/absensi.spec)
UNWANTED = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6VirtualKeyboard")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder build: ABSENSI_FROZEN_DIR, or a fresh one made by scripts/build.sh."""
    given = os.environ.get("ABSENSI_FROZEN_DIR")
    if given:
        return Path(given).resolve()
    if WINDOWS:
        pytest.skip("on Windows set ABSENSI_FROZEN_DIR to a build (see .github/workflows/windows.yml)")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed: pip install -e '.[build]'")
    out = tmp_path_factory.mktemp("build")
    env = {**os.environ, "ABSENSI_DIST_DIR": str(out / "dist"), "ABSENSI_WORK_DIR": str(out / "work"),
           "PYTHON": sys.executable}  # fmt: skip
    result = subprocess.run([str(ROOT / "scripts" / "build.sh"), "--no-deb"], env=env,
                            capture_output=True, text=True, timeout=1800)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "absensi"


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A fresh user: own home and data root, offscreen Qt, the passphrase as a script gives it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ABSENSI_", "QT_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), ABSENSI_DATA_ROOT=str(home / "data Absensi"),
               QT_QPA_PLATFORM="offscreen", ABSENSI_PASSPHRASE=PASSPHRASE, **extra)  # fmt: skip
    return env


def run(program: str | Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          timeout=300, env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.args, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result.stdout


def smoke_test(cli: str | Path, gui: str | Path, home: Path) -> None:
    """What a new user does first, through the built programs: the version, a profile, the
    sample month, a signing key, the signed summary, its check; then the desktop app."""
    env = user_env(home)
    assert ok(run(cli, "--version", env=env)).strip() == f"absensi {absensi_app.__version__}"
    ok(run(cli, "init", "--name", "Budi Santoso, S.Kom.", "--nip", "19860926 201505 1 001",
           "--rank", "Penata Muda Tk. I, III/b", "--position", "Pranata Komputer Ahli Pertama",
           "--unit", "Bidang Aplikasi Informatika", "--agency", "Dinas Kominfo Kabupaten Contoh",
           "--supervisor-name", "Dra. Siti Aminah, M.M.", "--supervisor-nip", "19750817 200003 2 004",
           "--no-key", env=env))  # fmt: skip
    month = f"{date.today().replace(day=1) - timedelta(days=1):%Y-%m}"  # last month: all in the past
    assert f"Data contoh {month}" in ok(run(cli, "demo", "--month", month, env=env))
    assert "Kunci tanda tangan dibuat" in ok(run(cli, "key", "create", env=env))
    # the holidays' Indonesian data is inside: the national calendar needs no network
    assert "Tahun Baru Masehi" in ok(run(cli, "holiday", "list", "--year", month[:4], env=env))
    pdf = home / "ringkasan bulan.pdf"
    assert "ditandatangani" in ok(run(cli, "export", "--month", month, "--out", str(pdf), env=env))
    assert pdf.read_bytes().startswith(b"%PDF-")
    verdict = run(cli, "verify", str(pdf), env=env)
    assert verdict.returncode == 0 and "Sah dan utuh" in verdict.stdout, (verdict.stdout, verdict.stderr)
    sheet = home / "ekinerja.xlsx"
    ok(run(cli, "export", "--month", month, "--format", "xlsx", "--out", str(sheet), env=env))
    assert sheet.read_bytes()[:2] == b"PK"
    # the desktop app shows its window with the data, then leaves (views/startup.py); a windowed
    # Windows program has no stderr, so there `absensi gui` reports for it
    for language in ("id", "en"):
        shown_env = user_env(home, ABSENSI_EXIT_AFTER_SHOW="1", ABSENSI_STARTUP_REPORT="1", ABSENSI_LANG=language)
        for program, args in ((gui, ()), (cli, ("gui",))):
            shown = run(program, *args, env=shown_env)
            assert shown.returncode == 0, (shown.stdout, shown.stderr)
            if not (WINDOWS and program == gui):
                assert re.search(r"^absensi-startup: shown .*entries=\d+", shown.stderr, re.MULTILINE), shown.stderr


def test_build_holds_what_the_app_loads(frozen: Path) -> None:
    inside = frozen / "_internal"
    resources = inside / "absensi_app" / "resources"  # where app.resources_dir() looks
    assert (resources / "icons" / "absensi.svg").is_file()
    for ts in (ROOT / "resources" / "translations").glob("absensi_*.ts"):
        assert (resources / "translations" / f"{ts.stem}.qm").stat().st_size > 0
    versions = sorted(p.name for p in (ROOT / "src/absensi_app/store/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (inside / "absensi_app/store/migrations/versions").glob("*.py")) == versions
    assert (inside / "absensi_app/store/migrations/env.py").is_file()
    assert (inside / "reportlab" / "fonts" / "Vera.ttf").is_file()  # the PDF's font without DejaVu
    assert list(inside.glob("holidays-*.dist-info"))  # its version keys the holiday cache
    assert list((inside / "holidays" / "locale" / "id" / "LC_MESSAGES").glob("ID.mo"))
    names = [p.name for p in inside.rglob("*")]
    assert not [n for n in names if any(u in n for u in UNWANTED)]
    assert not [p for p in inside.rglob("*") if p.is_symlink() and not p.exists()]  # no broken link
    size = sum(p.stat().st_size for p in frozen.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 330 * 1024 * 1024, f"{size / 2**20:.0f} MB"  # 279 MB on Linux when written


def test_built_programs_smoke_test(frozen: Path, tmp_path: Path) -> None:
    home = tmp_path / "home Pengguna Ümi"  # a space and a non-ASCII letter, as real user names have
    home.mkdir()
    smoke_test(frozen / f"absensi{EXE}", frozen / f"absensi-gui{EXE}", home)


# ---------------------------------------------------------------- the .deb
@pytest.fixture(scope="module")
def deb(frozen: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if WINDOWS or shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is missing (a Debian or Ubuntu system builds the .deb)")
    if frozen.name != "absensi":
        pytest.skip(f"scripts/build.sh --deb-only needs the build in a folder named absensi, not {frozen}")
    work = tmp_path_factory.mktemp("deb")
    env = {**os.environ, "ABSENSI_DIST_DIR": str(frozen.parent), "ABSENSI_WORK_DIR": str(work),
           "ABSENSI_DEB_COMPRESSION": "gzip"}  # fmt: skip (gzip: much quicker than xz here)
    result = subprocess.run([str(ROOT / "scripts" / "build.sh"), "--deb-only"], env=env,
                            capture_output=True, text=True, timeout=1800)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    found = list(frozen.parent.glob(f"absensi_{absensi_app.__version__}_*.deb"))
    assert len(found) == 1, found
    return found[0]


def test_deb_info_and_contents(deb: Path, tmp_path: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^ Package: absensi$", info, re.MULTILINE)
    assert re.search(rf"^ Version: {re.escape(absensi_app.__version__)}$", info, re.MULTILINE)
    depends = re.search(r"^ Depends: (.*)$", info, re.MULTILINE).group(1)
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "fonts-dejavu-core"):
        assert package in depends
    # no maintainer scripts: nothing runs as root at install or removal
    assert not re.search(r"\b(preinst|postinst|prerm|postrm)\b", info), info
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
    assert re.search(r" \./usr/bin/absensi -> /opt/absensi/absensi$", contents, re.MULTILINE)
    assert re.search(r" \./usr/bin/absensi-gui -> /opt/absensi/absensi-gui$", contents, re.MULTILINE)
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/absensi/absensi$", contents, re.MULTILINE)
    wanted = [f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
              f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
              *(f"./usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES)]  # fmt: skip
    listed = {line.split(None, 5)[5].split(" -> ")[0] for line in contents.splitlines()}
    assert not [w for w in wanted if w not in listed]
    outside = {p for p in listed if not p.startswith(("./opt/absensi", "./usr/bin/absensi", "./usr/share/"))}
    assert outside <= {"./", "./opt/", "./usr/", "./usr/bin/"}, outside
    tree = tmp_path / "tree"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    if shutil.which("appstreamcli"):  # the metainfo, the desktop file and the icons as installed
        checked = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tree)],
                                 capture_output=True, text=True)  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_deb_installs_runs_and_leaves_nothing(deb: Path, tmp_path: Path) -> None:
    if os.environ.get("ABSENSI_TEST_INSTALL_DEB") != "1" or os.geteuid() != 0:
        pytest.skip("installs a system package: only as root with ABSENSI_TEST_INSTALL_DEB=1")
    if subprocess.run(["dpkg", "-s", "absensi"], capture_output=True).returncode == 0:
        pytest.skip("a package absensi is installed already: left alone")
    apt = ["apt-get", "-o", "DPkg::Lock::Timeout=300", "-y"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        installed = subprocess.run([*apt, "install", str(deb)], capture_output=True, text=True, env=env)
        assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
        assert shutil.which("absensi") == "/usr/bin/absensi"
        home = tmp_path / "home"
        home.mkdir()
        smoke_test("/usr/bin/absensi", "/usr/bin/absensi-gui", home)
    finally:
        subprocess.run([*apt, "remove", "absensi"], capture_output=True, env=env)
        subprocess.run(["dpkg", "--purge", "absensi"], capture_output=True, env=env)
    assert subprocess.run(["dpkg", "-s", "absensi"], capture_output=True).returncode != 0
    for left in ("/opt/absensi", "/usr/bin/absensi", "/usr/bin/absensi-gui",
                 f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png"):  # fmt: skip
        assert not os.path.lexists(left), left
