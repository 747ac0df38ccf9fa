"""Hostile and careless files given to the real `absensi` command (issue 9).

Every file a user names is read through services.files (regular files only, size-limited)
and every file it writes goes through the one atomic writer, never into the data folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import ABSENSI, _env, assert_refused, ok, run
from tests.cli.test_cli import day, fresh, ready  # noqa: F401  (shared fixtures)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_quick(data_dir: Path, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """Like ``run`` but a hang fails the test after ``timeout`` seconds, not 60."""
    try:
        return subprocess.run(
            [ABSENSI, "--data-dir", str(data_dir), *args], capture_output=True, text=True,
            timeout=timeout, env=_env(), stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"absensi {' '.join(args)} hung for {timeout} s")


# ---- never a target inside the data folder ----------------------------------------------------
@pytest.mark.parametrize(
    ("target", "extra"),
    [
        ("absensi.sqlite", ("--format", "csv")),
        ("absensi.sqlite", ("--format", "xlsx")),
        ("keys/tanda-tangan-kunci.json", ("--format", "csv")),
        ("keys/tanda-tangan-sertifikat.pem", ("--format", "pdf", "--unsigned")),
        ("backups/ringkasan.pdf", ()),
    ],
)
def test_export_never_overwrites_the_data_folder(fresh: Path, day, target: str, extra: tuple) -> None:  # noqa: ANN001
    db, out = fresh / "absensi.sqlite", fresh / target
    before_db = sha(db)
    before_out = sha(out) if out.exists() else None
    result = run(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(out), *extra, "--force")
    assert_refused(result, "di dalam folder data Absensi")
    assert sha(db) == before_db
    assert (sha(out) if out.exists() else None) == before_out
    assert not [p for p in fresh.rglob("*.tmp")]
    ok(run(fresh, "log", "list", "--month", f"{day:%Y-%m}"))  # the database still works
    assert "export" not in ok(run(fresh, "history"))  # nothing was locked


def test_other_writers_refuse_the_data_folder_too(fresh: Path, tmp_path: Path) -> None:
    db = fresh / "absensi.sqlite"
    before = sha(db)
    # through a symbolic link outside the folder as well
    link = tmp_path / "tampak-di-luar.pem"
    link.symlink_to(db)
    for args in (
        ("cert", "export", "--out", str(db), "--force"),
        ("cert", "export", "--out", str(link), "--force"),
        ("skp", "export", "--out", str(fresh / "keys" / "identitas.json"), "--force"),
        ("recap", str(tmp_path), "--xlsx", str(db)),
    ):
        assert_refused(run(fresh, *args), "di dalam folder data Absensi")
    assert sha(db) == before and link.is_symlink()


# ---- devices and FIFOs are refused at once ------------------------------------------------------
def test_verify_dev_zero_is_refused_at_once(fresh: Path) -> None:
    started = time.monotonic()
    result = run_quick(fresh, "verify", "/dev/zero")
    assert time.monotonic() - started < 15
    assert result.returncode == 2, result  # verify: 2 = not readable
    assert "berkas perangkat" in result.stdout and "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_by_every_reader(fresh: Path, tmp_path: Path, day) -> None:  # noqa: ANN001
    fifo = tmp_path / "pipa.pdf"
    os.mkfifo(fifo)
    result = run_quick(fresh, "verify", str(fifo))
    assert result.returncode == 2 and "pipa" in result.stdout, result
    other_day = day.isoformat()
    for args in (
        ("trust", "add", str(fifo)),
        ("receive", str(fifo)),
        ("key", "import", str(fifo), "--replace"),
        ("skp", "import", str(fifo)),
        ("approve", str(fifo), "--out", str(tmp_path / "hasil.pdf")),
        ("verify", str(fifo), "--trust", str(fifo)),
        ("log", "add", "--date", other_day, "--minutes", "30", "--location", "kantor",
         "--text", "Bukti dari pipa", "--evidence", str(fifo)),
    ):  # fmt: skip
        result = run_quick(fresh, *args)
        assert_refused(result, "pipa atau soket")
    assert not list((fresh / "bukti").rglob("*"))


def test_a_folder_and_a_missing_file_get_a_sentence(fresh: Path, tmp_path: Path) -> None:
    assert_refused(run(fresh, "skp", "import", str(tmp_path)), "adalah folder")
    assert_refused(run(fresh, "trust", "add", str(tmp_path / "tidak-ada.cer")), "tidak ada")


# ---- a failed write leaves no temporary file ---------------------------------------------------
def _tiny_tmpfs(folder: Path) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)],
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


def test_export_to_a_full_disk_leaves_no_temp_and_no_lock(fresh: Path, day, tmp_path: Path) -> None:  # noqa: ANN001
    full = tmp_path / "penuh"
    if not _tiny_tmpfs(full):
        pytest.skip("needs root and tmpfs to make a really full disk")
    try:
        month = f"{day:%Y-%m}"
        result = run(fresh, "export", "--month", month, "--out", str(full / "ringkasan.pdf"))
        assert_refused(result, "disk penuh")
        assert os.listdir(full) == []  # no ringkasan.pdf, no .tmp
        assert "export" not in ok(run(fresh, "history"))  # the month stays unlocked
        # the same month exports fine elsewhere afterwards
        assert "revisi 1" in ok(run(fresh, "export", "--month", month, "--out", str(tmp_path / "r.pdf")))
    finally:
        subprocess.run(["umount", str(full)], check=False)


def test_a_write_over_the_file_size_limit_leaves_no_temp(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes a real write fail (EFBIG) for any user, root or not."""
    resource = pytest.importorskip("resource")
    import signal

    target = tmp_path / "besar.bin"
    target.write_bytes(b"lama")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    code = (
        "import sys\n"
        "from absensi_app.services.files import FileRefused, write_atomically\n"
        "try:\n"
        f"    write_atomically({str(target)!r}, b'x' * (1024 * 1024))\n"
        "except FileRefused as e:\n"
        "    print(e.message); sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          preexec_fn=limit, timeout=60)  # fmt: skip
    assert done.returncode == 1, done
    assert "melebihi batas ukuran" in done.stdout
    assert sorted(os.listdir(tmp_path)) == ["besar.bin"] and target.read_bytes() == b"lama"
