"""The committed desktop integration files (packaging/linux, packaging/windows) and the .deb's
dependency list: valid for the tools that read them, and agreeing with each other and the app.

desktop-file-validate (desktop-file-utils) and appstreamcli (appstream) are Debian packages
that scripts/setup.sh installs for the tests; without them those two checks are skipped.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import absensi_app
from scripts.make_icons import APP_ID, ICO_SIZES, ICON_SIZES, hicolor_png, hicolor_svg

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh test installs it)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    # nothing to explain away, not even a pedantic hint (with the AppStream of Debian 12)
    assert not re.search(r"^[EWIP]: ", result.stdout, re.MULTILINE), result.stdout


def test_desktop_file_metainfo_and_app_agree() -> None:
    entry = desktop_entry()
    root = metainfo()
    assert root.findtext("id") == APP_ID == DESKTOP.stem
    assert root.find("launchable").text == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == entry["TryExec"] == "absensi-gui"
    assert {b.text for b in root.iter("binary")} == {"absensi", "absensi-gui"}
    # Qt's xcb plugin sets WM_CLASS's class to the application name, which app.py sets
    assert entry["StartupWMClass"] == absensi_app.APP_NAME
    # on Wayland the window is matched by the desktop file name the app declares
    app_source = (ROOT / "src" / "absensi_app" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_source, "app.py must call app.setDesktopFileName"


def test_metainfo_in_both_languages_with_this_release() -> None:
    root = metainfo()
    for tag in ("summary", "description/p", "screenshots/screenshot/caption"):
        languages = {element.get(XML_LANG) for element in root.findall(tag)}
        assert languages == {None, "id"}, tag
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version == absensi_app.__version__
    assert root.find("releases/release").get("version") == version  # the newest comes first
    entry = desktop_entry()
    assert entry["Comment"] and entry["Comment[id]"] and entry["Keywords[id]"]


def test_screenshots_are_the_repository_files() -> None:
    images = [element.text for element in metainfo().iter("image")]
    assert images and all(url.startswith("https://") for url in images)
    for url in images:
        assert url.split("/resources/screenshots/")[1] in {p.name for p in (ROOT / "resources" / "screenshots").iterdir()}, url


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_icons_at_every_size() -> None:
    for size in ICON_SIZES:
        assert png_size(hicolor_png(PACKAGING, size)) == (size, size)
    # the scalable icon is the app's own SVG: after changing it, run scripts/make_icons.py
    assert hicolor_svg(PACKAGING).read_bytes() == (ROOT / "resources" / "icons" / "absensi.svg").read_bytes()


def test_windows_icon_holds_every_size() -> None:
    from PIL import Image

    with Image.open(PACKAGING / "windows" / "absensi.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.ico.sizes()) == {(s, s) for s in ICO_SIZES}


def setup_packages(array: str) -> list[str]:
    text = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    body = re.search(rf"^{array}=\((.*?)\)", text, re.MULTILINE | re.DOTALL)
    assert body, array
    return [word.strip('"') for word in body.group(1).split()]


def test_deb_depends_on_what_qt_needs() -> None:
    """Every runtime library scripts/setup.sh installs for the app is a dependency of the .deb
    (the build itself brings Python and every Python package)."""
    build = (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")
    depends = re.search(r'^DEPENDS="(.*?)"', build, re.MULTILINE | re.DOTALL)
    assert depends
    alternatives = {item.strip() for item in " ".join(depends.group(1).split()).split(",")}
    names = {re.sub(r"\s*\(.*\)", "", alt) for alt in alternatives}
    wanted = [p for p in setup_packages("BASE_PKGS") + setup_packages("APP_PKGS") if not p.startswith("python3")]
    for package in wanted:
        choices = set(package.split("|"))
        assert any(choices == set(alt.split(" | ")) or alt in choices for alt in names), package


def test_windows_installer_names_the_build() -> None:
    iss = (PACKAGING / "windows" / "absensi.iss").read_text(encoding="utf-8")
    assert re.search(rf'^#define AppVersion "{re.escape(absensi_app.__version__)}"', iss, re.MULTILINE)
    assert "{app}\\absensi-gui.exe" in iss and "{#BuildDir}\\*" in iss
    # the uninstaller removes what was installed, never the user's data (%APPDATA%\Absensi)
    assert "[UninstallDelete]" not in iss and "appdata}" not in iss.lower()
