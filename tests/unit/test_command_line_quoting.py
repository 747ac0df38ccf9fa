"""The command lines the CLI suggests (e.g. "buat kunci dulu: absensi --data-dir … key create")
are quoted for the shell of the system they are shown on."""

from __future__ import annotations

import argparse
import os
import shlex

import pytest

from absensi_app.cli.shared import command_line


def test_posix_shells_get_shell_quoting() -> None:
    args = argparse.Namespace(data_dir="/home/budi/data saya", profile=None)
    line = command_line(args, "key", "create")
    assert line == "absensi --data-dir '/home/budi/data saya' key create"
    assert shlex.split(line)[2] == "/home/budi/data saya"


def test_windows_gets_double_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    args = argparse.Namespace(data_dir=r"C:\Users\Siti Nurhaliza\Absensi", profile="Siti N")
    monkeypatch.setattr(os, "name", "nt")
    line = command_line(args, "key", "create")
    monkeypatch.undo()
    assert line == r'absensi --data-dir "C:\Users\Siti Nurhaliza\Absensi" --profile "Siti N" key create'
