"""Plan files of the "Rencana SKP" dialog: read a plan (JSON) into the selected year, asking
before it replaces the RHK of a period, and write a period's plan to a file.

The questions and messages are the dialog's own (translation context "SkpDialog"); the dialog
reloads and says what was done.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.skp import SkpPeriod, SkpPlan
from absensi_app.domain.skp_plan import plan_from_json
from absensi_app.services.context import AppContext
from absensi_app.services.files import FileRefused, parse_json_document
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.skp.skp_editing import export_file_name

translate = QCoreApplication.translate  # the name lupdate looks for
MAX_PLAN_FILE_BYTES = 2_000_000


def import_plan_file(
    parent: QWidget, ctx: AppContext, year: int, periods: list[SkpPeriod]
) -> tuple[SkpPlan, str] | None:
    """Ask for a plan file and import it into ``year``; returns the stored plan and the file's
    name, None when cancelled or refused (the reason was shown)."""
    title = translate("SkpDialog", "Impor rencana SKP")
    path = prompts.open_file(
        parent, title, translate("SkpDialog", "Rencana SKP (*.json);;Semua berkas (*)")
    )
    if not path:
        return None
    data = read_plan_file(parent, ctx, Path(path), title)
    if data is None:
        return None
    try:
        incoming = plan_from_json(data, year)
    except AbsensiError as exc:
        prompts.error(parent, title, error_text(exc))
        return None
    replace = False
    same = next((p for p in periods if (p.first, p.last) == (incoming.period.first, incoming.period.last)), None)
    if same is not None and same.id is not None:
        try:
            existing = ctx.skp.plan(same.id).rhk
            keep = {r.name.casefold() for r in incoming.rhk}
            dropped = [r.id for r in existing if r.name.casefold() not in keep and r.id is not None]
            losing = sum(ctx.skp.usage(dropped).values())
        except AbsensiError as exc:
            prompts.error(parent, title, error_text(exc))
            return None
        if existing:
            text = QCoreApplication.translate(
                "SkpDialog", "Periode {title} sudah berisi {count} RHK. Ganti dengan rencana dari berkas ({incoming} RHK)?"
            ).format(title=same.title, count=len(existing), incoming=len(incoming.rhk))
            text += "\n\n" + QCoreApplication.translate(
                "SkpDialog", "RHK yang namanya sama diperbarui dan kegiatannya tetap tertaut. RHK lain dihapus."
            )
            if losing:
                text += " " + QCoreApplication.translate(
                    "SkpDialog", "{n} kegiatan akan kehilangan tautan ke RHK."
                ).format(n=losing)
            if not prompts.confirm(parent, title, text):
                return None
            replace = True
    try:
        plan = ctx.skp.import_plan(data, year=year, replace=replace)
    except AbsensiError as exc:
        prompts.error(parent, title, error_text(exc))
        return None
    return plan, Path(path).name


def read_plan_file(parent: QWidget, ctx: AppContext, path: Path, title: str) -> object | None:
    """The plan's JSON through the one reader of user files: a FIFO, a device or a folder
    is refused at once, at most 2 MB is read; a byte-order mark is fine, and text that is
    not UTF-8, not JSON or nested absurdly deep gets one sentence."""
    name = path.name
    try:
        raw = ctx.files.read(path, MAX_PLAN_FILE_BYTES, "Berkas")
    except FileRefused as exc:
        prompts.error(
            parent,
            title,
            translate("SkpDialog", "Berkas \u201c{name}\u201d tidak bisa dibaca. {reason}").format(
                name=name, reason=error_text(exc)
            ),
        )
        return None
    try:
        return parse_json_document(raw, path, "Berkas")
    except FileRefused:
        prompts.error(
            parent,
            title,
            QCoreApplication.translate(
                "SkpDialog",
                "Berkas \u201c{name}\u201d bukan berkas JSON yang bisa dibaca. Pilih berkas rencana SKP "
                "(.json) yang diekspor dari Absensi.",
            ).format(name=name),
        )
        return None


def export_plan_file(parent: QWidget, ctx: AppContext, period: SkpPeriod) -> Path | None:
    """Ask where to and write the period's plan (JSON, UTF-8, indented); returns the file
    written, None when cancelled or refused (the reason was shown)."""
    title = translate("SkpDialog", "Ekspor rencana SKP")
    path = prompts.save_file(
        parent, title, export_file_name(period), translate("SkpDialog", "Rencana SKP (*.json)")
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".json")
    refused = translate("SkpDialog", "Berkas \u201c{name}\u201d tidak bisa disimpan ({error}).")
    try:
        data = ctx.skp.export_plan(period.id)
        ctx.files.write(target, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"), "Berkas")
    except FileRefused as exc:
        reason = exc.os_error.strerror if exc.os_error is not None and exc.os_error.strerror else error_text(exc).rstrip(".")
        prompts.error(parent, title, refused.format(name=target.name, error=reason))
        return None
    except AbsensiError as exc:
        prompts.error(parent, title, error_text(exc))
        return None
    except OSError as exc:
        prompts.error(parent, title, refused.format(name=target.name, error=exc.strerror or exc))
        return None
    return target
