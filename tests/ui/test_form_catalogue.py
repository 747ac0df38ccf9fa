"""Rows of docs/input-catalogue.md for the GUI forms that no other UI test covered.

Real widgets over a real database; each bad value gets an Indonesian sentence in the form's
error label or message, and the database's content is the same before and after.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, time

import pytest
from PySide6.QtCore import QTime

from absensi_app.domain.model import EntryDraft, Location

FRIDAY = date(2026, 11, 27)


def content(ctx) -> str:  # noqa: ANN001
    con = sqlite3.connect(ctx.paths.database)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("description", "Rapat \x1b[31mmerah", "Uraian kegiatan memuat karakter kendali (U+001B)"),
        ("description", "\u200b\u2060", "Uraian kegiatan hanya berisi karakter tak terlihat"),
        ("unit", "lapor\x07an", "Satuan output memuat karakter kendali (U+0007)"),
        ("link", "https://contoh.go.id/\x00", "Tautan bukti dukung memuat karakter kendali (U+0000)"),
        ("link", "https://", "Tautan bukti dukung"),
    ],
)
def test_entry_form_refuses_control_and_invisible_text(window, field: str, value: str, message: str) -> None:  # noqa: ANN001
    window.ctx.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Apel pagi", time(7, 30), time(8, 0)))
    window.load_day(FRIDAY)
    before = content(window.ctx)
    form = window.form
    form.start.setTime(QTime(9, 0))
    form.end.setTime(QTime(10, 0))
    form.description.setText("Rapat koordinasi")
    if field == "unit":
        form.quantity.setValue(1)
        form.unit.setEditText(value)
    elif field == "link":
        form.link.setText(value)
    else:
        form.description.setText(value)
    form.save_button.click()
    assert form.error.isVisible()
    assert message in form.error.text()
    assert content(window.ctx) == before
    assert len(window.ctx.worklog.day(FRIDAY).entries) == 1


def test_profile_form_refuses_control_characters(qtbot, ctx) -> None:  # noqa: ANN001
    from tests.ui.test_setup import _dialog, _fill

    before = content(ctx)
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog.form)
    dialog.form.unit.setText("Bidang \x1b]0;judul\x07 Aplikasi")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "Unit Kerja memuat karakter kendali (U+001B)" in dialog.error.text()
    assert ctx.profile.get() is None
    assert content(ctx) == before


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://", "tidak lengkap atau berisi spasi"),
        ("https://tsa contoh.go.id", "tidak lengkap atau berisi spasi"),
        ("https://tsa.contoh.go.id/\x1b", "karakter kendali (U+001B)"),
    ],
)
def test_timestamp_address_must_be_whole(qtbot, workday_ctx, prompt_log, url: str, message: str) -> None:  # noqa: ANN001
    from absensi_app.views.key_dialog import KeyDialog

    workday_ctx.export.set_timestamp_url("https://tsa.contoh.go.id/tsr")
    before = content(workday_ctx)
    d = KeyDialog(workday_ctx)
    qtbot.addWidget(d)
    d.show()
    d.url.setText(url)
    d.url_save.click()
    assert message in d.message.text()
    assert workday_ctx.export.timestamp_url() == "https://tsa.contoh.go.id/tsr"
    assert content(workday_ctx) == before
