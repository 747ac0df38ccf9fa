"""Translations reach every layer: the .ts files hold every translatable string of the code
(Qt's markers in any module and the domain's error templates), and each context is a name the
code really uses at run time."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"
TS_FILES = sorted((ROOT / "resources" / "translations").glob("absensi_*.ts"))
sys.path.insert(0, str(SCRIPT.parent))
import update_translations  # noqa: E402


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--check", "--dir", str(folder)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_ts_files_are_current_with_the_code() -> None:
    assert TS_FILES, "no .ts file"
    result = check(TS_FILES[0].parent)
    assert result.returncode == 0, result.stderr


def test_the_check_notices_a_string_missing_from_the_ts(tmp_path: Path) -> None:
    ts = tmp_path / TS_FILES[0].name
    shutil.copyfile(TS_FILES[0], ts)
    tree = ET.parse(ts)
    errors = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "Errors")
    removed = errors.find("message")
    errors.remove(removed)
    tree.write(ts, encoding="utf-8")
    result = check(tmp_path)
    assert result.returncode == 1
    assert "1 new" in result.stderr and removed.findtext("source")[:40] in result.stderr


def test_error_templates_of_every_layer_are_collected() -> None:
    found = update_translations.error_templates()
    layers = {path.relative_to(update_translations.PACKAGE).parts[0] for _, path, _ in found}
    assert {"domain", "services", "store", "signing"} <= layers
    assert "cli" not in layers  # the command line stays Indonesian
    in_ts = update_translations.messages(TS_FILES[0])
    assert {("Errors", template) for template, _, _ in found} <= in_ts
    sources = {s for c, s in in_ts if c == "Errors"}
    assert any("NIP" in s for s in sources)
    # an error class's own fixed message, passed to super().__init__
    assert any(t.startswith("Frasa sandi salah") for t, _, _ in found)


def _names_used_as_contexts() -> set[str]:
    """Class names (PySide6's tr() context) and literal contexts of translate() calls."""
    names = {update_translations.ERRORS_CONTEXT}
    for path in update_translations.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "translate", "QT_TRANSLATE_NOOP"
            ) and node.args and isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
    return names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_context_is_a_name_the_code_uses(ts: Path) -> None:
    contexts = {c.findtext("name") for c in ET.parse(ts).getroot().iter("context")}
    unknown = contexts - _names_used_as_contexts()
    assert not unknown, f"contexts no code looks up at run time: {sorted(unknown)}"


def test_a_domain_error_is_shown_in_english_once_its_template_is_translated(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    from absensi_app.domain.errors import ValidationError
    from absensi_app.views.labels import error_text

    template, _, _ = next(t for t in update_translations.error_templates() if "{" in t[0])
    ts = tmp_path / "absensi_xx.ts"
    source = template.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        f"<context><name>Errors</name><message><source>{source}</source>"
        "<translation>IN ENGLISH</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "absensi_xx.qm"
    subprocess.run([str(update_translations.BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert error_text(ValidationError(template)) == "IN ENGLISH"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert error_text(ValidationError("Teks yang tidak diterjemahkan")) == "Teks yang tidak diterjemahkan"


def test_no_self_tr_in_a_class_that_others_inherit() -> None:
    """PySide6's ``self.tr`` looks a string up under the class of the running object, while
    lupdate files it under the class it is written in: in a base class or mixin the two differ
    and the string is never translated. Such classes use ``translate("Context", ...)``."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in update_translations.source_files()]
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    inherited = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for c in classes for b in c.bases}

    def uses_self_tr(cls: ast.ClassDef) -> bool:
        return any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"
            for n in ast.walk(cls)
        )  # fmt: skip

    offenders = sorted(c.name for c in classes if c.name in inherited and uses_self_tr(c))
    assert not offenders, f"self.tr() in classes that others inherit: {offenders}"
