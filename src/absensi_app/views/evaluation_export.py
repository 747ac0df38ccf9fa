"""Berkas › Dokumen evaluasi kinerja…: asks for the year (and the period when the year has
several), signed or not, the passphrase, the file and the "Bahasa laporan" (Indonesia or
English; closing that question keeps the language last chosen in this data folder, which the
monthly export dialog shares), then writes the yearly Dokumen Evaluasi
Kinerja Pegawai off the GUI thread (``workers.run_task``). Every question goes through
``views.prompts`` (the passphrase through :func:`ask_passphrase` here), so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from absensi_app.domain.errors import AbsensiError
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.workers import run_task

SIGNED, UNSIGNED = "signed", "unsigned"
translate = QCoreApplication.translate  # lupdate reads translate("EvaluationExport", "literal")


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """The signing key's passphrase, hidden while typed; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.Password)
    dialog.setMinimumWidth(420)
    return dialog.textValue() if dialog.exec() else None


def export_evaluation(ctx, parent: QWidget, done=None) -> bool:  # noqa: ANN001
    """Ask, then start the export; ``done(result)`` runs after a successful write. Returns
    False when the user cancelled or a question's answer was refused (explained)."""
    from absensi_app.services.evaluation import EvaluationService
    from absensi_app.signing.keys import has_identity

    title = translate("EvaluationExport", "Dokumen evaluasi kinerja")
    service = EvaluationService(ctx)
    answer = prompts.ask_text(parent, title, translate("EvaluationExport", "Tahun periode SKP yang dievaluasi:"), str(ctx.clock.today().year))
    if answer is None:
        return False
    try:
        year = int(answer.strip())
    except ValueError:
        prompts.error(parent, title, translate("EvaluationExport", "Tulis tahun dengan angka, mis. 2026."))
        return False
    try:
        periods = service.periods_of(year)
        first = None
        if len(periods) > 1:
            key = prompts.choose(parent, title, translate("EvaluationExport", "Tahun {year} memiliki beberapa periode SKP. Pilih satu:").format(year=year),
                                 [(p.first.isoformat(), p.title) for p in periods])
            if key is None:
                return False
            first = next(p.first for p in periods if p.first.isoformat() == key)
        period = service.choose_period(year, first)
        service.build(period)  # an empty plan is refused before any other question
        profile = ctx.profile.require()
    except AbsensiError as exc:
        prompts.error(parent, title, error_text(exc))
        return False
    kind = UNSIGNED
    if has_identity(ctx.paths.keys_dir):
        kind = prompts.choose(parent, title, translate("EvaluationExport", "Tandatangani dokumen evaluasi {period}?").format(period=period.title),
                              [(SIGNED, translate("EvaluationExport", "PDF bertanda tangan")), (UNSIGNED, translate("EvaluationExport", "PDF tanpa tanda tangan"))])
        if kind is None:
            return False
    passphrase = None
    if kind == SIGNED:
        passphrase = ask_passphrase(parent, title, translate("EvaluationExport", "Frasa sandi kunci tanda tangan:"))
        if not passphrase:
            return False
    safe = "".join(c if c.isalnum() else "-" for c in profile.name.split(",")[0]).strip("-").lower()
    suggested = f"evaluasi-kinerja-{year}-{safe or 'pegawai'}.pdf"
    chosen = prompts.save_file(parent, translate("EvaluationExport", "Simpan dokumen evaluasi"), suggested, translate("EvaluationExport", "PDF (*.pdf)"))
    if not chosen:
        return False
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        ctx.files.check_target(out)  # a target inside the data folder: said before another question
        language = _ask_language(ctx, parent, title)
    except AbsensiError as exc:
        prompts.error(parent, title, error_text(exc))
        return False

    def work():  # noqa: ANN202 - a worker thread: services open their own sessions
        return service.export_pdf(period, out, passphrase, signed=kind == SIGNED, language=language)

    def finished(result) -> None:  # noqa: ANN001 - an EvaluationResult
        what = translate("EvaluationExport", "ditandatangani") if result.signed else translate("EvaluationExport", "TANPA tanda tangan")
        prompts.info(parent, title, translate("EvaluationExport", "Dokumen evaluasi kinerja {period} ({what}) ditulis ke {path} ({pages} halaman).").format(
            period=period.title, what=what, path=str(result.path), pages=result.pages))
        if done is not None:
            done(result)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, AbsensiError):
            raise exc  # to the app's error handler, as anything unexpected
        prompts.error(parent, title, error_text(exc))

    run_task(work, finished, failed, parent=parent)
    return True


def _ask_language(ctx, parent: QWidget, title: str) -> str:  # noqa: ANN001
    """The report language: the user's choice (then remembered), or the one remembered when the
    question is closed."""
    from absensi_app.views.export_result import REPORT_LANGUAGES

    remembered = ctx.export.report_language()
    names = dict(REPORT_LANGUAGES)
    chosen = prompts.choose(
        parent, title,
        translate("EvaluationExport", "Bahasa laporan dokumen evaluasi (teks tetap, tanggal dan angka):"),
        list(REPORT_LANGUAGES),
        translate("EvaluationExport", "Terakhir dipilih: {name}. Data bertanda tangan di dalamnya sama untuk "
                  "keduanya.").format(name=names.get(remembered, remembered)),
    )
    if chosen is None:
        return remembered
    ctx.export.set_report_language(chosen)
    return chosen
