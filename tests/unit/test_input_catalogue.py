"""docs/input-catalogue.md cannot go stale: every row names a real test, every CLI option is listed.

The test files are parsed with ast (no collection run); a parametrized test may be named
without its ``[param]`` part. The options come from walking ``build_parser()``.
"""

from __future__ import annotations

import argparse
import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "docs" / "input-catalogue.md"
GROUPS = ("GUI forms", "CLI options", "Imported files", "Opened summaries", "Settings", "Environment variables")
HEADER = ["Input", "Accepts", "Bad values and what they get", "Test"]
NODE_ID = re.compile(r"^(tests/[\w/]+\.py)::(\w+)(\[[^\]]*\])?$")


def _cells(line: str) -> list[str]:
    """The cells of one markdown table row; ``\\|`` is a pipe inside a cell."""
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


@cache
def tables() -> dict[str, list[list[str]]]:
    """Section title (without its number) -> its table's rows (cells), header and rule left out."""
    result: dict[str, list[list[str]]] = {}
    section = None
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (?:\d+\.\s*)?(.+?)\s*$", line)
        if heading:
            section = heading.group(1)
            result.setdefault(section, [])
        elif section is not None and line.startswith("|"):
            cells = _cells(line)
            if cells == HEADER or set("".join(cells)) <= set("-: "):
                continue
            result[section].append(cells)
    return result


@cache
def defined_tests(path: str) -> frozenset[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return frozenset(
        node.name for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    )  # fmt: skip


def all_rows() -> list[tuple[str, list[str]]]:
    return [(section, row) for section, rows in tables().items() for row in rows]


def cli_options() -> list[str]:
    """Every option and positional of `absensi`, as 'sub command --option' / 'sub command METAVAR'."""
    from absensi_app.cli import build_parser

    found: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*path, name))
            elif isinstance(action, argparse._HelpAction):
                continue
            else:
                if action.option_strings:
                    name = next((o for o in action.option_strings if o.startswith("--")), action.option_strings[0])
                else:
                    name = action.metavar or action.dest.upper()
                found.append(" ".join((*path, name)))

    walk(build_parser(), ())
    return found


def test_the_catalogue_has_every_group_with_rows() -> None:
    assert list(tables()) == list(GROUPS)
    for section, rows in tables().items():
        assert rows, f"section {section!r} has no rows"
        for row in rows:
            assert len(row) == len(HEADER), (section, row)
            assert row[0] and row[1], (section, row)


@pytest.mark.parametrize("section", GROUPS)
def test_every_row_names_an_existing_test(section: str) -> None:
    problems = []
    for row in tables()[section]:
        node = row[-1].strip("` ")
        match = NODE_ID.match(node)
        if match is None:
            problems.append(f"{row[0]!r}: no test id (got {node!r})")
            continue
        path, name = match.group(1), match.group(2)
        if not (ROOT / path).is_file():
            problems.append(f"{row[0]!r}: {path} does not exist")
        elif name not in defined_tests(path):
            problems.append(f"{row[0]!r}: {path} has no test {name}")
    assert not problems, "\n".join(problems)


def test_every_cli_option_is_in_the_catalogue() -> None:
    listed = set()
    for row in tables()["CLI options"]:
        listed.update(re.findall(r"`([^`]+)`", row[0]))
    missing = [option for option in cli_options() if option not in listed]
    assert not missing, "options missing from docs/input-catalogue.md section 2: " + ", ".join(missing)


def test_every_environment_variable_read_by_the_app_is_in_the_catalogue() -> None:
    names = set()
    for path in (ROOT / "src" / "absensi_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"\b((?:ABSENSI|QT_QPA)_[A-Z0-9_]+)\b", text))
    listed = set()
    for row in tables()["Environment variables"]:
        listed.update(re.findall(r"`([A-Z0-9_]+)`", row[0]))
    missing = sorted(n for n in names if n not in listed and not n.endswith("_ENV"))
    assert not missing, "environment variables missing from section 6: " + ", ".join(missing)


def test_the_checker_notices_a_stale_row() -> None:
    """The checks above would fail for a made-up test name or a dropped option."""
    assert "made_up_test" not in defined_tests("tests/unit/test_input_catalogue.py")
    assert "log add --date" in cli_options() and "--data-dir" in cli_options()
    assert "skp import FILE" in cli_options() and "trust remove SIDIK_JARI|NIP" in cli_options()
