"""The user guides (docs/panduan-pengguna.md, docs/user-guide.md) hold together: every picture
they show exists, every link into them (from the README or from each other) reaches a heading,
both languages have the same sections and pictures, and the script that makes the pictures
still runs (its quick mode: one picture per language)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = {"id": DOCS / "panduan-pengguna.md", "en": DOCS / "user-guide.md"}
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _lines(path: Path) -> list[str]:
    """The lines outside fenced code blocks."""
    out, fenced = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            out.append(line)
    return out


def _headings(path: Path) -> list[tuple[int, str]]:
    found = []
    for line in _lines(path):
        match = re.match(r"(#{1,6})\s+(.*\S)", line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


def slug(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[`*_]", "", title).strip().lower()
    text = "".join(c for c in text if c.isalnum() or c in " -")
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    return {slug(title) for _level, title in _headings(path)}


def _images(path: Path) -> list[tuple[str, str]]:
    return [(alt, target) for line in _lines(path) for alt, target in IMAGE.findall(line)]


def test_slug_follows_github() -> None:
    assert slug("Month end: exporting the summary") == "month-end-exporting-the-summary"
    assert slug("Akhir bulan: ekspor ringkasan") == "akhir-bulan-ekspor-ringkasan"
    assert slug("Timer, pengingat dan baki sistem") == "timer-pengingat-dan-baki-sistem"


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_picture_of_a_guide_exists_in_its_language(lang: str) -> None:
    guide = GUIDES[lang]
    images = _images(guide)
    assert images, f"{guide.name} shows no picture"
    for alt, target in images:
        assert alt.strip(), f"{target}: a picture needs a description (alt text)"
        assert target.startswith(f"images/{lang}/"), f"{guide.name} shows {target}, not a picture in its language"
        picture = (guide.parent / target).resolve()
        assert picture.is_file(), f"{guide.name} shows {target}, which does not exist"
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{target} is not a PNG"
        assert picture.stat().st_size < 400_000, f"{target} is larger than 400 KB: crop it"


def test_both_guides_have_the_same_sections_and_pictures() -> None:
    ids, ens = (_headings(GUIDES[k]) for k in ("id", "en"))
    assert [level for level, _ in ids] == [level for level, _ in ens], "the guides' headings differ"
    names = {k: [Path(t).name for _alt, t in _images(g)] for k, g in GUIDES.items()}
    assert names["id"] == names["en"], "the guides show different pictures, or in another order"


def test_every_picture_made_is_used() -> None:
    for lang, guide in GUIDES.items():
        used = {Path(t).name for _alt, t in _images(guide)}
        made = {p.name for p in (DOCS / "images" / lang).glob("*.png")}
        assert made - used == set(), f"pictures no guide shows (remove them from the script): {sorted(made - used)}"


def _check_links(source: Path, text: str) -> list[str]:
    """Links from ``source`` to a guide (or within one) whose file or heading is missing."""
    broken = []
    for target in LINK.findall(text):
        if "://" in target or target.startswith("mailto:"):
            continue
        file_part, _, anchor = target.partition("#")
        path = (source.parent / file_part).resolve() if file_part else source
        if path not in {g.resolve() for g in GUIDES.values()} and path != source:
            if file_part and not path.exists():
                broken.append(target)
            continue
        if not path.exists():
            broken.append(target)
        elif anchor and anchor not in _anchors(path):
            broken.append(target)
    return broken


def test_links_into_the_guides_reach_a_heading() -> None:
    readme = ROOT / "README.md"
    assert _check_links(readme, readme.read_text(encoding="utf-8")) == []
    for guide in GUIDES.values():
        assert _check_links(guide, "\n".join(_lines(guide))) == [], guide.name


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    assert _check_links(page, "[a](#nowhere) [b](missing.md)") == ["#nowhere", "missing.md"]


def test_the_screenshot_script_runs_in_quick_mode(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "guide_screenshots.py"), "--quick", "--out", str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    pictures = {lang: tmp_path / lang / "day.png" for lang in GUIDES}
    for picture in pictures.values():
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the English picture is really in English: it differs from the Indonesian one
    assert pictures["id"].read_bytes() != pictures["en"].read_bytes()
