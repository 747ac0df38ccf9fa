"""Refresh resources/translations/absensi_*.ts from every layer of the source, then compile .qm.

Indonesian is the source language. Two kinds of translatable text are collected:

- Qt's own markers in any module (``self.tr``, ``QCoreApplication.translate``,
  ``QT_TRANSLATE_NOOP``), found by ``pyside6-lupdate`` over all of ``src/absensi_app``;
- the literals passed to a module's own one-line helper (``def _t(text): return
  QCoreApplication.translate("Tray", text)``), which lupdate cannot follow, listed here under
  the helper's context;
- the counted texts of ``QCoreApplication.translate(context, "%n berkas", None, n)``: lupdate
  files them as plain messages (only ``self.tr(text, "", n)`` is a numerus message to it), so
  (and misses a call whose count is itself a call, ``len(rows)``), so they are listed here and
  given to lupdate first, as ``tr`` with a count in a class named after the context: their
  English then has a singular and a plural form (``numerusform``);
- the message templates of the domain's errors (``AbsensiError`` and its subclasses, raised in
  Qt-free layers), found here by reading the source's syntax tree. They are translated at display
  time under the context ``Errors`` (``views/labels.error_text``). lupdate reads them from a
  generated list, and their locations in the ``.ts`` are then pointed back at the real ``raise``.
  The command line's own errors (``cli/``) stay Indonesian and are left out.

``--check`` changes nothing: it exits 1 and names what differs when a ``.ts`` file's messages
are not those of the code (line numbers may move freely; the test suite runs it).

    .venv/bin/python scripts/update_translations.py [--check]
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "absensi_app"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
ERRORS_CONTEXT = "Errors"
ERROR_BASE = "AbsensiError"
UNTRANSLATED_PACKAGES = ("cli",)  # the command line stays Indonesian
GENERATED = "error_templates.py"


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _base_names(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]


def error_templates(files: list[Path] | None = None) -> list[tuple[str, Path, int]]:
    """(template, file, line) of every error raised with a literal template, and of every error
    class that passes a fixed one to ``super().__init__``, outside cli/."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files or source_files()}
    bases: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, []).extend(_base_names(node))

    def is_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name == ERROR_BASE or any(
            is_error(b, seen | {name}) for b in bases.get(name, ()) if b not in seen
        )

    errors = {name for name in bases if is_error(name)}
    found = []

    def literal_first(call: ast.Call) -> ast.Constant | None:
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            words = re.sub(r"\{[^{}]*\}", "", first.value)
            if any(ch.isalpha() for ch in words):  # "{why}" or "{where}{message}" is no sentence
                return first
        return None

    for path, tree in trees.items():
        if path.relative_to(PACKAGE).parts[0] in UNTRANSLATED_PACKAGES:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in errors:
                # an error class with its own fixed message: super().__init__("...")
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "__init__" and isinstance(call.func.value, ast.Call)
                            and getattr(call.func.value.func, "id", None) == "super"
                            and (first := literal_first(call)) is not None):
                        found.append((first.value, path, first.lineno))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in errors and (first := literal_first(node)) is not None:
                found.append((first.value, path, first.lineno))
    return sorted(found, key=lambda t: (str(t[1]), t[2]))


def _helper_context(node: ast.FunctionDef) -> str | None:
    """The context of a module's own one-line translation helper, e.g.
    ``def _t(text): return QCoreApplication.translate("Tray", text)``; None for other functions."""
    if not node.args.args or len(node.body) > 2:  # a docstring and the return at most
        return None
    first = node.args.args[0].arg
    ret = node.body[-1]
    call = ret.value if isinstance(ret, ast.Return) else None
    if (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate" and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name) and call.args[1].id == first):
        return call.args[0].value
    return None


def helper_texts(files: list[Path] | None = None) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every literal passed to a module's own translation helper
    (``_t("...")``): lupdate sees only ``tr``, ``translate`` and ``QT_TRANSLATE_NOOP`` itself."""
    found = []
    for path in files or source_files():
        if path.relative_to(PACKAGE).parts[0] in UNTRANSLATED_PACKAGES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {n.name: c for n in tree.body if isinstance(n, ast.FunctionDef) and (c := _helper_context(n))}
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((helpers[node.func.id], node.args[0].value, path, node.args[0].lineno))
    return sorted(found, key=lambda t: (str(t[2]), t[3]))


def _is_count(call: ast.Call) -> bool:
    """``translate(context, text, disambiguation, n)``, or with ``n=`` given by name."""
    return len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords)


def numerus_texts(files: list[Path] | None = None) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every ``QCoreApplication.translate`` with a count (the
    ``%n`` of a text that has a plural in other languages), outside cli/."""
    found = []
    for path in files or source_files():
        if path.relative_to(PACKAGE).parts[0] in UNTRANSLATED_PACKAGES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "translate" and _is_count(node)
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                    for a in node.args[:2])):  # fmt: skip
                context, text = node.args[0].value, node.args[1].value
                if not context.isidentifier():
                    raise SystemExit(f"{path}:{node.lineno}: a counted text needs a context that is a name: "
                                     f"{context!r}")
                found.append((context, text, path, node.args[1].lineno))
    return sorted(found, key=lambda t: (str(t[2]), t[3]))


def _write_generated(folder: Path, templates: list[tuple[str, Path, int]],
                     helpers: list[tuple[str, str, Path, int]] = (),
                     counted: list[tuple[str, str, Path, int]] = ()) -> dict[int, tuple[Path, int]]:  # fmt: skip
    """A Python file lupdate reads; returns its line -> (real file, real line)."""
    lines = ["def QT_TRANSLATE_NOOP(context, text):", "    return text", ""]
    where = {}
    for context, text, path, line in counted:  # a class per text: lupdate files tr() under it
        lines += [f"class {context}:", "    def counted(self):", f"        self.tr({text!r}, '', 0)", ""]
        where[len(lines) - 1] = (path, line)
    for context, template, path, line in [(ERRORS_CONTEXT, *t) for t in templates] + list(helpers):
        lines.append(f"QT_TRANSLATE_NOOP({context!r}, {template!r})")
        where[len(lines)] = (path, line)
    (folder / GENERATED).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


_LOCATION = re.compile(r'<location filename="([^"]*)" line="(\d+)"/>')
_MESSAGE = re.compile(r"<message[ >].*?</message>", re.S)


def _relocate(ts: Path, where: dict[int, tuple[Path, int]]) -> None:
    """Point the generated list's locations at the real raise or call, relative to the .ts file
    (once: lupdate may have found a counted text's call itself)."""

    def real(match: re.Match[str]) -> str:
        if Path(match.group(1)).name != GENERATED:
            return match.group(0)
        path, line = where[int(match.group(2))]
        relative = Path(os.path.relpath(path, TRANSLATIONS)).as_posix()
        return f'<location filename="{relative}" line="{line}"/>'

    def once(match: re.Match[str]) -> str:
        seen: set[str] = set()
        lines = []
        for line in match.group(0).split("\n"):
            if _LOCATION.search(line):
                if line in seen:
                    continue
                seen.add(line)
            lines.append(line)
        return "\n".join(lines)

    text = _LOCATION.sub(real, ts.read_text(encoding="utf-8"))
    ts.write_text(_MESSAGE.sub(once, text), encoding="utf-8")


def update(ts: Path, work: Path) -> None:
    """Refresh one .ts file in place (translations already made are kept by lupdate)."""
    where = _write_generated(work, error_templates(), helper_texts(), numerus_texts())
    # the generated file first: of a message found twice, lupdate keeps the first's kind, so
    # the counted texts are numerus messages
    sources = [str(work / GENERATED)] + [str(p) for p in source_files()]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    _relocate(ts, where)


def messages(ts: Path, numerus: bool = False) -> set[tuple[str, str]]:
    """(context, source) of every current message of a .ts file (with ``numerus``: of those
    with a count, which have a singular and a plural)."""
    import xml.etree.ElementTree as ET

    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("obsolete", "vanished"):
                continue
            if numerus and message.get("numerus") != "yes":
                continue
            out.add((name, message.findtext("source") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh (or --check) the .ts translation files.")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts is out of date")
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help="the folder of the .ts files")
    args = parser.parse_args(argv)
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for ts in sorted(args.dir.glob("absensi_*.ts")):
            if not args.check:
                update(ts, work)
                subprocess.run(
                    [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                    check=True, capture_output=True, text=True,
                )  # fmt: skip
                continue
            fresh = work / ts.name
            shutil.copyfile(ts, fresh)
            update(fresh, work)
            added = sorted(messages(fresh) - messages(ts) | messages(fresh, True) - messages(ts, True))
            gone = sorted(messages(ts) - messages(fresh) | messages(ts, True) - messages(fresh, True))
            if added or gone:  # locations may move with every edit; the messages may not
                stale.append((ts, added, gone))
    for ts, added, gone in stale:
        print(f"{ts} is not current with the code "
              f"({len(added)} new, {len(gone)} gone); run scripts/update_translations.py", file=sys.stderr)  # fmt: skip
        for context, source in (added + gone)[:10]:
            print(f"  {'+' if (context, source) in added else '-'} {context}: {source[:70]!r}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
