"""The one atomic writer on Windows: a target another program holds open is tried again for a
moment, then refused with a sentence that says so (the temporary file removed, the old file kept)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from absensi_app.services import files


def test_a_file_held_open_elsewhere_is_retried_then_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "ringkasan.pdf"
    target.write_bytes(b"old")
    calls = []

    def locked(src, dst):  # noqa: ANN001, ANN202 - what Windows does while a reader has the file open
        calls.append(dst)
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(files.os, "replace", locked)
    monkeypatch.setattr(files, "_WINDOWS", True)
    monkeypatch.setattr("time.sleep", lambda s: None)
    with pytest.raises(files.FileRefused) as refused:
        files.write_atomically(target, b"new", what="Ringkasan")
    monkeypatch.undo()
    assert len(calls) == 10
    assert "sedang dibuka di aplikasi lain" in refused.value.message
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ringkasan.pdf"]  # no temporary left


def test_on_posix_a_refusal_is_not_retried(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []

    def refused(src, dst):  # noqa: ANN001, ANN202
        calls.append(dst)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    with pytest.raises(files.FileRefused) as error:
        files.write_atomically(tmp_path / "x.pdf", b"new", what="Ringkasan")
    monkeypatch.undo()
    assert len(calls) == 1 and "tidak boleh ditulisi" in error.value.message
    assert os.listdir(tmp_path) == []
