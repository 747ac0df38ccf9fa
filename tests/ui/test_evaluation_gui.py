"""Berkas › Dokumen evaluasi kinerja…: the menu action asks for the year, signed or not, the
passphrase and the file (the prompts answered by the test), and writes a real signed PDF
through ``run_task`` (the inline runner)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pytest

from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.skp import Rhk, RhkKind
from absensi_app.signing import keys
from absensi_app.views import evaluation_export

PASSPHRASE = "frasa sandi yang panjang"


@pytest.fixture
def planned(window):  # noqa: ANN001, ANN201
    ctx = window.ctx
    period = ctx.skp.ensure_year(2026)
    rhk = ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Tersusunnya telaahan kebijakan",
                                         "Jumlah telaahan", 8, "telaahan"))
    for day, qty in ((date(2026, 3, 4), 2), (date(2026, 9, 9), 3)):
        ctx.worklog.add(EntryDraft(day, Location.KANTOR, "Menyusun telaahan", time(8), time(10),
                                   quantity=qty, unit="telaahan", rhk_id=rhk.id))
    profile = ctx.profile.require()
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASSPHRASE, datetime.now())
    return window


def _menu_texts(window) -> list[str]:  # noqa: ANN001
    menu = window.menuBar().actions()[0].menu()
    return [a.text().replace("&", "") for a in menu.actions()]


def test_menu_action_exports_a_signed_document(planned, prompt_log, inline_tasks, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    assert "Dokumen evaluasi kinerja\u2026" in _menu_texts(planned)
    asked = []
    monkeypatch.setattr(evaluation_export, "ask_passphrase", lambda *a: asked.append(a) or PASSPHRASE)
    prompt_log.next_text = "2026"
    prompt_log.next_choices = ["signed"]
    prompt_log.next_save_file = str(tmp_path / "evaluasi")  # the .pdf is added
    planned.act_evaluation.trigger()
    assert prompt_log.errors == []
    out = tmp_path / "evaluasi.pdf"
    assert out.is_file() and asked
    assert "evaluasi-kinerja-2026" in prompt_log.save_requests[0][1]
    assert "ditandatangani" in prompt_log.infos[-1][1] and str(out) in planned.statusBar().currentMessage()
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Tersusunnya telaahan kebijakan" in text and "TW III" in text


def test_menu_action_refuses_clearly(window, prompt_log, inline_tasks, tmp_path: Path) -> None:  # noqa: ANN001
    prompt_log.next_text = "dua ribu"
    window.act_evaluation.trigger()
    assert "angka" in prompt_log.errors[-1][1]
    prompt_log.next_text = "2026"
    window.act_evaluation.trigger()  # no SKP plan yet
    assert "Belum ada rencana SKP untuk tahun 2026" in prompt_log.errors[-1][1]
    window.ctx.skp.ensure_year(2026)
    window.act_evaluation.trigger()
    assert "belum berisi Rencana Hasil Kerja" in prompt_log.errors[-1][1]
    assert prompt_log.save_requests == []  # never got as far as asking for a file


def test_unsigned_without_a_key_and_into_the_data_folder(window, prompt_log, inline_tasks) -> None:  # noqa: ANN001
    ctx = window.ctx
    period = ctx.skp.ensure_year(2026)
    ctx.skp.add_rhk(period.id, Rhk(None, RhkKind.UTAMA, "Laporan", "Jumlah laporan", 4, "laporan"))
    prompt_log.next_text = "2026"
    prompt_log.next_save_file = str(ctx.paths.data_dir / "evaluasi.pdf")
    window.act_evaluation.trigger()  # no key: no question about signing; the target is refused
    assert prompt_log.choices == []
    assert "di dalam folder data Absensi" in prompt_log.errors[-1][1]
    assert not (ctx.paths.data_dir / "evaluasi.pdf").exists()
