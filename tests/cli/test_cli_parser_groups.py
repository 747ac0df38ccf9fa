"""A command line that names a command builds only its group's parser (cli.COMMAND_GROUP):
the table must name, for every command, the group that registers it, and the parser built for
one command must read that command exactly as the full parser does."""

from __future__ import annotations

import argparse

import pytest

from absensi_app.cli import COMMAND_GROUP, build_parser, command_groups, named_command
from absensi_app.cli.parsing import Parser


def _registered_by() -> dict[str, str]:
    """Each command of the full parser with the group module that adds it."""
    parser = Parser(prog="absensi")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    found: dict[str, str] = {}
    for group in command_groups():
        before = set(sub.choices)
        group.register(sub)
        found.update((name, group.__name__.rsplit(".", 1)[1]) for name in sub.choices if name not in before)
    return found


def test_the_table_names_every_command_and_its_group() -> None:
    assert COMMAND_GROUP == _registered_by()


@pytest.mark.parametrize("command", sorted(COMMAND_GROUP))
def test_one_groups_parser_knows_the_command_like_the_full_one(command: str) -> None:
    full = build_parser()._subparsers._group_actions[0].choices[command]  # noqa: SLF001
    alone = build_parser(command)._subparsers._group_actions[0]  # noqa: SLF001
    assert command in alone.choices
    assert alone.choices[command].format_help() == full.format_help()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["summary", "--month", "2026-11"], "summary"),
        (["--data-dir", "D", "log", "add"], "log"),
        (["--data-dir=D", "--profile", "Siti", "export"], "export"),
        (["--profile=Siti", "verify", "x.pdf"], "verify"),
        ([], None),
        (["--help"], None),
        (["--version"], None),
        (["--data", "D", "summary"], None),  # abbreviated: the full parser decides
        (["--data-dir"], None),
        (["summry"], None),  # unknown: the full parser says which commands exist
    ],
)
def test_named_command(argv: list[str], expected: str | None) -> None:
    assert named_command(argv) == expected


def test_the_same_namespace_either_way() -> None:
    argv = ["--data-dir", "D", "log", "add", "--minutes", "5", "--location", "kantor", "--text", "Rapat"]
    one, full = build_parser(named_command(argv)).parse_args(argv), build_parser().parse_args(argv)
    assert isinstance(one, argparse.Namespace)
    assert {k: v for k, v in vars(one).items() if k != "parser"} == {k: v for k, v in vars(full).items() if k != "parser"}
