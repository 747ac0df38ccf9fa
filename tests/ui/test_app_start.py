"""The real `absensi` command with no arguments opens the main window (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ABSENSI = str(Path(sys.executable).with_name("absensi"))


def test_bare_command_opens_window_and_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([ABSENSI, "--data-dir", str(data), "demo"], env=env, check=True, capture_output=True)
    env["ABSENSI_EXIT_AFTER_SHOW"] = "1"
    done = subprocess.run([ABSENSI, "--data-dir", str(data)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # python -m absensi_app is the same program
    done = subprocess.run(
        [sys.executable, "-m", "absensi_app", "--data-dir", str(data)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_window_module_does_not_load_pdf_or_signing_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import absensi_app.app, absensi_app.views.main_window\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'alembic', 'openpyxl') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_open_command_shows_a_summary_with_or_without_a_profile(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ABSENSI_PASSPHRASE="frasa-sandi-uji-123")
    employee = tmp_path / "pegawai"
    subprocess.run([ABSENSI, "--data-dir", str(employee), "demo"], env=env, check=True, capture_output=True)
    pdf = tmp_path / "ringkasan.pdf"
    month = subprocess.run([sys.executable, "-c", "import datetime; print(datetime.date.today().strftime('%Y-%m'))"],
                           capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    subprocess.run([ABSENSI, "--data-dir", str(employee), "export", "--month", month, "--out", str(pdf)],
                   env=env, check=True, capture_output=True)  # fmt: skip
    garbage = tmp_path / "sampah.pdf"
    garbage.write_bytes(b"bukan pdf")
    env["ABSENSI_EXIT_AFTER_SHOW"] = "1"
    for data_dir, target in ((employee, pdf), (tmp_path / "pejabat-baru", pdf), (employee, garbage)):
        done = subprocess.run([ABSENSI, "--data-dir", str(data_dir), "open", str(target)], env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 0, (data_dir, target, done.stderr)
        assert "Traceback" not in done.stderr and "Fatal" not in done.stderr
    missing = subprocess.run([ABSENSI, "--data-dir", str(employee), "open", str(tmp_path / "tidak-ada.pdf")],
                             env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert missing.returncode == 1 and "tidak ada" in missing.stderr
