"""Issue 13's small things a new user met, through real processes: the `absensi` command that
`./scripts/setup.sh app` puts on the PATH, `absensi demo` on the first days of a month, and the
passphrase prompts (no key, Ctrl+D, an empty answer) on a real pseudo-terminal."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shlex
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.cli.test_cli import (  # noqa: F401 - fixtures
    ABSENSI,
    PASSPHRASE,
    _env,
    assert_refused,
    day,
    fresh,
    init_args,
    ok,
    ready,
    run,
)

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "scripts" / "setup.sh"

# the real command line on a fixed clock: only Clock.now is pinned (ABSENSI_TEST_NOW)
FIXED_CLOCK = (
    "import datetime, os, sys\n"
    "from absensi_app.services.clock import Clock\n"
    "now = datetime.datetime.fromisoformat(os.environ['ABSENSI_TEST_NOW'])\n"
    "Clock.now = lambda self: self.fixed or now\n"
    "from absensi_app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def run_at(now: str, data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run(data, *args, env={"ABSENSI_TEST_NOW": now, **(env or {})},
               command=(sys.executable, "-c", FIXED_CLOCK))  # fmt: skip


# ---- 1. setup.sh: the absensi command on the PATH ---------------------------------------------
def install_launcher(home: Path, target: str, path: str) -> subprocess.CompletedProcess[str]:
    """setup.sh's own install_launcher (the script, sourced, defines its functions only)."""
    return subprocess.run(
        ["bash", "-c", 'source "$0" && install_launcher "$1"', str(SETUP), target],
        capture_output=True, text=True, timeout=60, env={"HOME": str(home), "PATH": path},
    )  # fmt: skip


def shell(home: Path, line: str, path: str) -> subprocess.CompletedProcess[str]:
    """A README command line as a user types it in a new shell."""
    env = {**_env(), "HOME": str(home), "PATH": path}
    return subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=60,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def test_setup_puts_absensi_on_the_path_as_the_readme_writes_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bin_dir = home / ".local" / "bin"
    path = f"{bin_dir}:/usr/bin:/bin"
    done = install_launcher(home, ABSENSI, path)
    assert done.returncode == 0, done.stderr
    launcher = bin_dir / "absensi"
    assert f"wrote {launcher}: the absensi command now runs {ABSENSI}" in done.stderr
    assert "not on your PATH" not in done.stderr
    assert os.access(launcher, os.X_OK)

    assert shell(home, "command -v absensi", path).stdout.strip() == str(launcher)
    assert ok(shell(home, "absensi --version", path)).startswith("absensi ")
    data = tmp_path / "data"
    out = ok(shell(home, f"absensi --data-dir {shlex.quote(str(data))} schedule", path))
    assert "07:30" in out and (data / "absensi.sqlite").is_file()

    before = launcher.read_bytes()
    again = install_launcher(home, ABSENSI, path)
    assert f"the absensi command is in place: {launcher}" in again.stderr
    assert launcher.read_bytes() == before


def test_setup_says_what_to_type_when_the_folder_is_not_on_the_path(tmp_path: Path) -> None:
    done = install_launcher(tmp_path, ABSENSI, "/usr/bin:/bin")
    assert done.returncode == 0, done.stderr
    assert ".local/bin is not on your PATH yet" in done.stderr
    assert f"until then type {ABSENSI}" in done.stderr
    assert shell(tmp_path, "absensi --version", "/usr/bin:/bin").returncode == 127  # as said
    assert ok(shell(tmp_path, f"{ABSENSI} --version", "/usr/bin:/bin")).startswith("absensi ")


def test_setup_leaves_a_foreign_absensi_alone(tmp_path: Path) -> None:
    bin_dir = tmp_path / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    foreign = bin_dir / "absensi"
    foreign.write_text("#!/bin/sh\necho pipx\n")
    done = install_launcher(tmp_path, ABSENSI, f"{bin_dir}:/usr/bin:/bin")
    assert done.returncode == 0
    assert "was not written by setup.sh: left alone" in done.stderr
    assert foreign.read_text() == "#!/bin/sh\necho pipx\n"


def test_launcher_of_an_odd_path_and_of_a_clone_that_is_gone(tmp_path: Path) -> None:
    clone = tmp_path / "Data Saya's $HOME" / ".venv" / "bin"
    clone.mkdir(parents=True)
    (clone / "absensi").symlink_to(ABSENSI)
    path = f"{tmp_path / '.local' / 'bin'}:/usr/bin:/bin"
    assert install_launcher(tmp_path, str(clone / "absensi"), path).returncode == 0
    assert ok(shell(tmp_path, "absensi --version", path)).startswith("absensi ")

    (clone / "absensi").unlink()
    gone = shell(tmp_path, "absensi --version", path)
    assert gone.returncode == 1 and gone.stdout == ""
    assert gone.stderr == f"absensi: {clone / 'absensi'} is missing; run ./scripts/setup.sh app again\n"


# ---- 2. absensi demo on the first days of a month ---------------------------------------------
def entries(data: Path, month: str, now: str = "2026-12-01T10:00") -> list[dict]:
    return json.loads(ok(run_at(now, data, "log", "list", "--month", month, "--json")))["entries"]


def test_demo_on_the_first_day_of_a_month_fills_the_previous_month_too(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = ok(run_at("2026-12-01T10:00", data, "demo", env={"ABSENSI_PASSPHRASE": ""}))
    lines = out.splitlines()
    assert lines[0] == "Profil contoh dibuat: Rina Kartika Sari, S.E."
    assert lines[1].startswith("Data contoh 2026-11: ") and lines[2].startswith("Data contoh 2026-12: ")
    november, december = entries(data, "2026-11"), entries(data, "2026-12")
    assert len(november) > 50 and 0 < len(december) <= 4  # 1 December: a morning only
    both = november + december
    linked = [e for e in both if e["rhk_id"] is not None]
    assert lines[3] == (f"{len(linked)} dari {len(both)} kegiatan contoh dikaitkan ke RHK rencana "
                        "SKP contoh (lihat 'absensi skp list').")  # fmt: skip
    assert len(linked) >= 0.9 * len(both)
    assert all(e["action_id"] is not None for e in linked)  # and to a Rencana Aksi
    meetings = [e for e in both if e["description"].startswith(("Mengikuti rapat", "Mendampingi"))]
    assert meetings and all(e["rhk_id"] is not None for e in meetings)
    summary = json.loads(ok(run_at("2026-12-01T10:00", data, "summary", "--month", "2026-11", "--json")))
    assert all(r["realized"] > 0 for r in summary["rhk"])  # every sample RHK has progress

    again = ok(run_at("2026-12-01T10:00", data, "demo"))
    assert again == ("Data contoh 2026-11: 0 kegiatan pada 0 hari, 0 status hari.\n"
                     "Data contoh 2026-12: 0 kegiatan pada 0 hari, 0 status hari.\n")  # fmt: skip


@pytest.mark.parametrize(
    ("now", "months"),
    [
        ("2026-12-04T16:00", ["2026-11", "2026-12"]),  # Friday: 4 working days so far
        ("2026-12-07T16:00", ["2026-12"]),  # Monday: the 5th working day
        ("2026-11-27T16:00", ["2026-11"]),
        ("2027-01-04T16:00", ["2026-12", "2027-01"]),  # over the new year: both years' plans
    ],
)
def test_demo_fills_the_previous_month_only_on_the_first_working_days(
    tmp_path: Path, now: str, months: list[str]
) -> None:
    data = tmp_path / "data"
    out = ok(run_at(now, data, "demo", env={"ABSENSI_PASSPHRASE": ""}))
    assert re.findall(r"^Data contoh (\d{4}-\d\d):", out, re.M) == months
    for month in months:
        assert any(e["rhk_id"] is not None for e in entries(data, month, now))


def test_demo_with_a_month_fills_that_month_only_and_own_plans_stay_unlinked(tmp_path: Path) -> None:
    from absensi_app.services.demo import SAMPLE_PLAN

    data = tmp_path / "data"
    out = ok(run_at("2026-12-01T10:00", data, "demo", "--month", "2026-12", env={"ABSENSI_PASSPHRASE": ""}))
    assert re.findall(r"^Data contoh (\S+):", out, re.M) == ["2026-12"]
    assert entries(data, "2026-11") == []

    own = tmp_path / "own"
    plan = {**SAMPLE_PLAN, "period": {**SAMPLE_PLAN["period"], "first": "2026-01-01", "last": "2026-12-31"},
            "rhk": [{**SAMPLE_PLAN["rhk"][0], "name": "RHK saya sendiri"}]}  # fmt: skip
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    ok(run(own, *init_args(), "--no-key"))
    ok(run(own, "skp", "import", str(tmp_path / "plan.json")))
    out = ok(run_at("2026-12-01T10:00", own, "demo"))
    assert out.splitlines()[-1] == ("Kegiatan contoh tidak dikaitkan ke RHK: periode SKP bulan itu "
                                    "milik Anda sendiri dan tidak diubah.")  # fmt: skip
    assert all(e["rhk_id"] is None for e in entries(own, "2026-11") + entries(own, "2026-12"))


# ---- 3. passphrases on a terminal ------------------------------------------------------------
PROMPT = re.compile(rb"(?:Frasa sandi|Ulangi frasa sandi)[^\n]*?: ")


def _controlling_tty() -> None:  # in the child: the pty on stdin becomes /dev/tty
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read_tty(master: int, seen: bytearray, until: int) -> None:
    """Read the terminal's side until ``until`` prompts were shown (or the program ended)."""
    while len(PROMPT.findall(bytes(seen))) < until:
        ready_, _, _ = select.select([master], [], [], 60)
        assert ready_, ("no prompt within 60 s", bytes(seen))  # a hang, not a timing check
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the program has ended and closed the terminal
            return
        if not chunk:
            return
        seen += chunk


def run_tty(data: Path, *args: str, answers: tuple[bytes, ...], env: dict[str, str] | None = None):  # noqa: ANN201
    """`absensi` with a pseudo-terminal as its terminal (getpass reads /dev/tty, as for a user):
    each answer is typed after the next passphrase prompt (b"\\x04" is Ctrl+D).
    Returns (exit code, stdout, stderr, what the terminal showed)."""
    master, slave = os.openpty()
    environment = _env(env)
    if not (env or {}).get("ABSENSI_PASSPHRASE"):  # a user at the terminal, not a script
        del environment["ABSENSI_PASSPHRASE"]
    proc = subprocess.Popen([ABSENSI, "--data-dir", str(data), *args], stdin=slave,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
                            preexec_fn=_controlling_tty)  # fmt: skip
    os.close(slave)
    seen = bytearray()
    try:
        for n, answer in enumerate(answers, start=1):
            _read_tty(master, seen, n)
            assert len(PROMPT.findall(bytes(seen))) == n, ("prompt not shown", bytes(seen), proc.poll())
            os.write(master, answer)
        out, err = proc.communicate(timeout=60)
        _read_tty(master, seen, len(answers) + 1)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out.decode(), err.decode(), bytes(seen).decode(errors="replace")


def assert_cancelled(result, prompts: int) -> None:  # noqa: ANN001
    code, out, err, tty = result
    assert code == 1, result
    assert err == "absensi: dibatalkan: tidak ada frasa sandi yang diisi; tidak ada yang diubah.\n", result
    assert "tak terduga" not in out + err + tty
    assert len(PROMPT.findall(tty.encode())) == prompts, tty


@pytest.mark.parametrize("answer", [b"\x04", b"\n"], ids=["ctrl-d", "empty"])
def test_export_prompt_cancelled(fresh: Path, day, tmp_path: Path, answer: bytes) -> None:  # noqa: ANN001, F811
    pdf = tmp_path / "ringkasan.pdf"
    assert_cancelled(run_tty(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf), answers=(answer,)), 1)
    assert not pdf.exists()
    # nothing was locked or counted: the next signed export is still revision 1
    assert "revisi 1 ditandatangani" in ok(run(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf)))


@pytest.mark.parametrize("answer", [b"\x04", b"\n"], ids=["ctrl-d", "empty"])
def test_key_prompts_cancelled(fresh: Path, answer: bytes) -> None:  # noqa: F811
    keys_before = {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()}
    # the confirmation of a new key's passphrase
    assert_cancelled(run_tty(fresh, "key", "create", "--replace", answers=(b"frasa-baru-456\n", answer)), 2)
    assert_cancelled(run_tty(fresh, "key", "passphrase", answers=(answer,)), 1)  # the old one
    assert_cancelled(run_tty(fresh, "key", "passphrase", answers=(PASSPHRASE.encode() + b"\n", answer)), 2)
    assert {p: p.read_bytes() for p in (fresh / "keys").rglob("*") if p.is_file()} == keys_before


def test_init_prompt_cancelled_saves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert_cancelled(run_tty(data, *init_args(), answers=(b"\x04",)), 1)
    assert_refused(run(data, "profile"), "absensi init")


def test_pkcs12_without_password_is_an_empty_answer_not_a_cancel(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

    from tests.unit.test_key_service import P12_PASSWORD, _pkcs12

    key, cert, extra = pkcs12.load_key_and_certificates(_pkcs12(), P12_PASSWORD.encode())
    p12 = tmp_path / "kantor.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"kantor", key, cert, extra, NoEncryption()))
    data = tmp_path / "data"
    ok(run(data, *init_args(), "--no-key"))
    code, out, err, tty = run_tty(data, "key", "import", str(p12),
                                  answers=(b"\n", PASSPHRASE.encode() + b"\n", b"\x04"))  # fmt: skip
    assert "Frasa sandi berkas PKCS#12 (kosongkan bila tanpa sandi): " in tty
    assert (code, err) == (1, "absensi: dibatalkan: tidak ada frasa sandi yang diisi; tidak ada yang diubah.\n")
    assert not (data / "keys" / "tanda-tangan-kunci.json").exists()
    code, out, err, tty = run_tty(data, "key", "import", str(p12),
                                  answers=(b"\n", PASSPHRASE.encode() + b"\n", PASSPHRASE.encode() + b"\n"))  # fmt: skip
    assert (code, err) == (0, ""), (out, err, tty)
    assert "dipakai untuk tanda tangan" in out


def test_export_without_a_key_says_so_before_any_prompt(tmp_path: Path, day) -> None:  # noqa: ANN001, F811
    data = tmp_path / "my data"
    ok(run(data, *init_args(), "--no-key"))
    ok(run(data, "log", "add", "--date", day.isoformat(), "--start", "08:00", "--end", "10:00",
           "--location", "kantor", "--text", "Rapat koordinasi"))  # fmt: skip
    pdf = tmp_path / "ringkasan saya.pdf"
    code, out, err, tty = run_tty(data, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf),
                                  "--compact", answers=())  # fmt: skip
    assert code == 1 and out == "" and tty == ""  # no passphrase asked for
    assert len(err.splitlines()) == 1 and err.startswith("absensi: Belum ada kunci tanda tangan")
    unsigned = re.search(r"Ekspor tanpa tanda tangan: (.+?); atau buat kunci dulu: (.+?) \(", err)
    assert unsigned, err
    export_line, create_line = unsigned.groups()
    assert create_line == f"absensi --data-dir {shlex.quote(str(data))} key create"
    assert "absensi key import FILE.p12" in err.replace(f" --data-dir {shlex.quote(str(data))}", "")
    assert not pdf.exists()
    # the command it names works as it is written (a script passing the passphrase: the same)
    assert_refused(run(data, "export", "--month", f"{day:%Y-%m}", "--out", str(pdf)), "--unsigned")
    words = shlex.split(export_line)
    assert words[0] == "absensi" and words[-2:] == ["--compact", "--unsigned"]
    done = ok(run(None, *words[1:]))
    assert "TANPA tanda tangan" in done and pdf.read_bytes().startswith(b"%PDF-")


def test_countersigning_and_evaluation_without_a_key_say_so_before_any_prompt(
    fresh: Path, day, tmp_path: Path  # noqa: ANN001, F811
) -> None:
    """approve, return, approving several and the evaluation document: no key -> one sentence
    that says how to make one, and no passphrase is asked for."""
    from datetime import date

    from tests.cli.test_cli_supervisor import supervisor_args

    summary = tmp_path / "ringkasan.pdf"
    ok(run(fresh, "export", "--month", f"{day:%Y-%m}", "--out", str(summary)))
    boss = tmp_path / "atasan"
    ok(run(boss, *supervisor_args(), "--no-key"))
    out = tmp_path / "keputusan.pdf"
    cases = {
        "persetujuan ini": ("approve", str(summary), "--out", str(out)),
        "pengembalian ini": ("return", str(summary), "--out", str(out), "--note", "Lengkapi bukti"),
        "persetujuan ini ": ("approve", str(summary), "--out-dir", str(tmp_path)),
        "dokumen evaluasi ini": ("evaluation", "--year", str(date.today().year), "--out", str(out)),
    }
    from tests.cli.test_cli_evaluation import with_plan

    with_plan(boss, tmp_path)  # the evaluation needs a plan before it gets as far as the key
    for what, words in cases.items():
        code, stdout, err, tty = run_tty(boss, *words, answers=())
        assert code == 1 and tty == "", (words, err, tty)  # no passphrase asked for
        assert err.startswith(f"absensi: Belum ada kunci tanda tangan, jadi {what.strip()} tidak bisa"), err
        assert f"absensi --data-dir {shlex.quote(str(boss))} key create" in err, err
        assert not out.exists()
    assert "--unsigned" in run_tty(boss, *cases["dokumen evaluasi ini"], answers=())[2]
