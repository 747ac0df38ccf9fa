"""The supervisor's side of the summary viewer: approving or returning the open summary
(``DecisionDialog``, which countersigns it) and trusting a signer's certificate, here or in the
list of trusted certificates (``TrustDialog``). Mixed into ``SummaryViewer``; its strings are
under that context (``self.tr`` in a mixin would be filed under the mixin's name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Decision, Outcome, SignerVerdict, Trust
from absensi_app.services.verification import alarm_refusal
from absensi_app.views import prompts
from absensi_app.views.labels import error_text
from absensi_app.views.supervisor.decision_dialog import DecisionDialog
from absensi_app.views.supervisor.verdict_text import OK_STYLE, RETURNED_STYLE, clip, fingerprint_blocks


def _tr(text: str) -> str:
    return QCoreApplication.translate("SummaryViewer", text)


class ReviewActions:
    """``start_approve()``, ``start_return()``, ``trust_signer(signer)`` and
    ``open_trust_dialog()``; uses the viewer's ``ctx``, ``data``, ``verdict``, ``path``,
    ``name``, ``right``, ``notice``, ``decision_dialog``, ``trust_dialog``, ``open_file``,
    ``reverify``, ``checking`` and its signals ``decision_saved`` and ``trust_changed``."""

    def start_approve(self) -> DecisionDialog | None:
        return self._start_decision(Decision.APPROVED)

    def start_return(self) -> DecisionDialog | None:
        return self._start_decision(Decision.RETURNED)

    def _start_decision(self, decision: Decision) -> DecisionDialog | None:
        if self.data is None or self.verdict is None:
            return None
        refused = alarm_refusal(self.verdict)  # the same warning as ApprovalService.countersign
        if refused is not None:
            prompts.error(self, _tr("Keputusan ditolak"), error_text(refused))
            return None
        if self.verdict.outcome is not Outcome.VALID:
            return None
        self._close_decision_dialog()
        dialog = DecisionDialog(self.ctx, self.data, self.verdict, decision, self.path, self.name, self)
        dialog.saved.connect(lambda path, d=dialog: self._decision_saved(path, d.decision))
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _close_decision_dialog(self) -> None:
        if self.decision_dialog is not None:
            self.decision_dialog.close()
            self.decision_dialog = None

    def _dialog_finished(self, dialog: DecisionDialog) -> None:
        if self.decision_dialog is dialog:
            self.decision_dialog = None
        dialog.deleteLater()

    def _decision_saved(self, path: str, decision: Decision) -> None:
        self.notice.hide()
        word = _tr("disetujui") if decision is Decision.APPROVED else _tr("dikembalikan")
        style = OK_STYLE if decision is Decision.APPROVED else RETURNED_STYLE
        self.right.show_notice(
            _tr("Ringkasan {word} dan disimpan ke {path}. Kirim berkas ini kembali ke pegawai.").format(
                word=word, path=path), style + "font-weight: bold;",
        )  # fmt: skip
        self.open_file(path, keep_notice=True)
        self.decision_saved.emit(path)

    def trust_signer(self, signer: SignerVerdict) -> bool:
        """Ask (showing the fingerprint), then trust the signer's certificate and re-verify.
        A certificate in one's own NIP that is not one's own is refused without asking."""
        if signer.trust is Trust.IMPERSONATION or (self.verdict is not None and self.verdict.outcome is Outcome.FORGED):
            prompts.error(self, _tr("Percayai sertifikat"), _tr(
                "Sertifikat ini tidak bisa dipercayai: berkas ini ditandatangani atas nama Anda dengan "
                "sertifikat yang bukan milik Anda."))  # fmt: skip
            return False
        text = _tr(
            "Percayai sertifikat {name} (NIP {nip})?\n\nSidik jari:\n{fp}\n\nTelepon atau temui "
            "pegawai itu dan minta ia membacakan sidik jari dari aplikasinya (Kunci tanda tangan). "
            "Percayai hanya bila semua huruf dan angkanya sama."
        ).format(name=clip(signer.name, 120), nip=signer.nip or "-", fp=fingerprint_blocks(signer.fingerprint))
        if signer.trust is Trust.CONFLICT:
            text += "\n\n" + _tr(
                "PERHATIAN: Anda sudah mempercayai sertifikat LAIN untuk NIP ini. Percayai yang baru "
                "hanya bila pegawai memastikan bahwa ia memang membuat kunci baru."
            )
        if not prompts.confirm(self, _tr("Percayai sertifikat"), text):
            return False
        try:
            added = self.ctx.trust.add(signer.certificate_der, clip(signer.name, 200) or None)
        except AbsensiError as exc:
            prompts.error(self, _tr("Percayai sertifikat"), error_text(exc))
            return False
        self.right.show_notice(_tr("Sertifikat {name} (NIP {nip}) sekarang Anda percayai.").format(
            name=clip(added.name, 120), nip=added.nip), OK_STYLE)  # fmt: skip
        self.trust_changed.emit()
        self.reverify()
        return True

    def open_trust_dialog(self):  # noqa: ANN201
        from absensi_app.views.supervisor.trust_dialog import TrustDialog

        if self.trust_dialog is None:
            self.trust_dialog = TrustDialog(self.ctx, self)
            self.trust_dialog.changed.connect(self._trust_store_changed)
        self.trust_dialog.refresh()
        self.trust_dialog.show()
        self.trust_dialog.raise_()
        return self.trust_dialog

    def _trust_store_changed(self) -> None:
        self.trust_changed.emit()
        if self.verdict is not None or self.checking:
            self.reverify()
