"""The English translation is complete and faithful to its Indonesian source: every message of
absensi_en.ts is translated (a new string without English fails here, with its context named),
keeps the same {placeholders}, and the committed .qm is the one lrelease makes of the .ts. A
counted text (``%n``, a numerus message) is translated when its singular and its plural are."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "absensi_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*(?:[:!][^{}]*)?\}")


def _messages(numerus: bool = False) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if not numerus or message.get("numerus") == "yes":
                out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


def _texts(translation: ET.Element) -> list[str]:
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def test_every_message_has_an_english_translation() -> None:
    missing = [
        f"{context}: {source[:70]!r}"
        for context, source, translation in _messages()
        if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in _texts(translation))
    ]
    assert not missing, f"{len(missing)} messages without English (translate them in {TS.name}):\n" + "\n".join(missing[:30])


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for context, source, translation in _messages():
        if translation is None:
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in _texts(translation):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source[:60]!r} -> {text[:60]!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong[:30])


def test_counted_texts_have_a_singular_and_a_plural_that_keep_the_count() -> None:
    counted = _messages(numerus=True)
    # the views' own tr(text, "", n) and the translate(context, text, None, n) of functions
    assert {("Formatting", "%n byte"), ("EvidenceBox", "Bukti dukung: %n berkas, {size}")} <= {
        (context, source) for context, source, _ in counted}
    wrong = [f"{context}: {source[:60]!r}" for context, source, translation in counted
             if len(translation.findall("numerusform")) != 2
             or any("%n" not in t and "%Ln" not in t for t in _texts(translation))]  # fmt: skip
    assert not wrong, "a counted text needs two English forms, each with its %n:\n" + "\n".join(wrong[:30])
    plain = [f"{context}: {source[:60]!r}" for context, source, _ in _messages() if "%n" in source
             and (context, source) not in {(c, s) for c, s, _ in counted}]  # fmt: skip
    assert not plain, "a text with %n that lupdate did not see as counted:\n" + "\n".join(plain)


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "absensi_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def test_texts_of_the_modules_own_helpers_are_in_the_ts() -> None:
    """``_t("...")`` of a one-line helper is listed by scripts/update_translations.py; an alias such
    as ``_ = QCoreApplication.translate`` is not, so it is not used."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import update_translations

    found = update_translations.helper_texts()
    assert {"Tray", "BackupDialog", "TimerControl"} <= {context for context, *_ in found}
    in_ts = {(context, source) for context, source, _ in _messages()}
    assert {(context, text) for context, text, _, _ in found} <= in_ts
    aliases = [str(p.relative_to(ROOT)) for p in update_translations.source_files()
               if re.search(r"^\s*\w+ = QCoreApplication\.translate\s*$", p.read_text(encoding="utf-8"), re.M)]
    assert not aliases, f"lupdate cannot see texts behind an alias of translate: {aliases}"
