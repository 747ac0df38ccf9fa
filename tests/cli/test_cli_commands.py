"""The command groups of cli/: together they register exactly the commands the README lists."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from absensi_app.cli import build_parser, command_groups
from absensi_app.cli.parsing import Parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """The command paths below ``parser``: ("verify",), ("log", "add"), ..."""
    found: set[tuple[str, ...]] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= _paths(sub, (*prefix, name)) or {(*prefix, name)}
    return found


def registered_by_group() -> dict[str, set[tuple[str, ...]]]:
    result = {}
    for group in command_groups():
        parser = Parser(prog="absensi")
        group.register(parser.add_subparsers(dest="command", parser_class=Parser))
        result[group.__name__] = _paths(parser)
    return result


def readme_commands() -> set[tuple[str, ...]]:
    """Every `absensi ...` command named in the README's command table, as a path of words."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line"):]
    section = section[: section.index("\n\n", section.index("| Command |"))]
    found: set[tuple[str, ...]] = set()
    for row in (line for line in section.splitlines() if line.startswith("| `absensi")):
        first_cell = row.split(" | ")[0].lstrip("| ")
        spans = re.findall(r"`([^`]+)`", first_cell)
        # "`absensi ramadan set ...` / `ramadan clear ...`": later spans omit "absensi"
        spans = [spans[0]] + [f"absensi {s}" for s in spans[1:] if not s.startswith("-")]
        spans += re.findall(r"`(absensi [^`]+)`", row[len(first_cell):])
        for span in spans:
            words = []
            for word in span.split()[1:]:
                if not re.fullmatch(r"[a-z]+", word):
                    break
                words.append(word)
            if words:
                found.add(tuple(words))
    return found


def test_each_group_registers_its_own_commands_and_none_is_lost() -> None:
    by_group = registered_by_group()
    assert all(by_group.values()), by_group
    everything = [path for paths in by_group.values() for path in paths]
    assert len(everything) == len(set(everything)), "a command registered by two groups"
    assert set(everything) == readme_commands()
    assert set(everything) == _paths(build_parser())


def test_the_readme_table_is_read() -> None:
    commands = readme_commands()
    assert {("gui",), ("log", "add"), ("ramadan", "list"), ("trust", "rename"), ("verify",)} <= commands
    assert ("clear",) not in commands and () not in commands

