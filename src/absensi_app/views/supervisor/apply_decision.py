"""The employee's side of the summary viewer: applying the decision the supervisor sent back
("Terapkan keputusan"). Mixed into ``SummaryViewer``; the checks themselves are
``ApprovalService.apply_decision``. A forgery in the employee's own name is refused without
asking; a supervisor's certificate that is new to the employee is trusted in the same step,
after the employee compared its fingerprint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.verdict import Decision, Outcome, Trust
from absensi_app.views import prompts
from absensi_app.views.labels import error_text, verdict_headline
from absensi_app.views.supervisor.verdict_text import (
    OK_STYLE,
    RETURNED_STYLE,
    clip,
    fingerprint_blocks,
    month_text,
    rating_label,
)


def feedback_text(items) -> str:  # noqa: ANN001 - tuple[RhkFeedback, ...]
    """The supervisor's feedback per RHK as plain text, one block per RHK ("" without any)."""
    blocks = []
    for item in items:
        head = QCoreApplication.translate("SummaryViewer", "RHK no. {n}: {name}").format(
            n=item.rhk_id, name=clip(item.name or "-", 160))
        if item.assessment is not None:
            head += " \u2014 " + rating_label(item.assessment)
        blocks.append(head + ("\n" + clip(item.feedback, 1000) if item.feedback else ""))
    if not blocks:
        return ""
    return QCoreApplication.translate("SummaryViewer", "Umpan balik per RHK:") + "\n" + "\n\n".join(blocks)


class EmployeeDecision:
    """``apply_decision()``; uses the viewer's ``data``, ``verdict``, ``ctx``, ``result``,
    ``apply_button`` and ``decision_applied``."""

    def apply_decision(self) -> str | None:
        """The employee applies the supervisor's decision; returns the new state or None."""
        verdict = self.verdict
        if self.data is None or verdict is None:
            return None
        if verdict.outcome is Outcome.FORGED:  # never a decision: refused without asking
            prompts.error(self, QCoreApplication.translate("SummaryViewer", "Terapkan keputusan"), verdict_headline(verdict))
            return None
        if verdict.decision is None:
            return None
        month = month_text(verdict.month)
        if verdict.decision is Decision.APPROVED:
            question = QCoreApplication.translate("SummaryViewer", "Terapkan persetujuan untuk {month}? Bulan itu akan terkunci permanen: "
                               "catatannya tidak bisa diubah lagi.").format(month=month)  # fmt: skip
        else:
            question = QCoreApplication.translate("SummaryViewer", "Terapkan pengembalian untuk {month}? Bulan itu dibuka lagi supaya bisa "
                               "Anda perbaiki dan ekspor ulang.").format(month=month)  # fmt: skip
        supervisor = verdict.supervisor
        trust_fp = None
        if supervisor is not None and supervisor.trust is Trust.NEW:
            # The decision can only count when the supervisor's certificate is trusted: ask the
            # employee to compare the fingerprint first, and trust it in the same step.
            question += "\n\n" + QCoreApplication.translate("SummaryViewer", 
                "Sertifikat pejabat penilai {name} (NIP {nip}) belum Anda percayai. Cocokkan sidik "
                "jarinya dengannya (mis. lewat telepon) sebelum melanjutkan:\n\n{fp}\n\nBila sama, "
                "sertifikat itu dipercaya dan keputusan diterapkan."
            ).format(name=clip(supervisor.name, 120), nip=supervisor.nip or "-",
                     fp=fingerprint_blocks(supervisor.fingerprint))  # fmt: skip
            trust_fp = supervisor.fingerprint
        if not prompts.confirm(self, QCoreApplication.translate("SummaryViewer", "Terapkan keputusan"), question):
            return None
        try:
            got, state = self.ctx.approval.apply_decision(self.data, trust_fp)
        except AbsensiError as exc:
            prompts.error(self, QCoreApplication.translate("SummaryViewer", "Terapkan keputusan"), error_text(exc))
            return None
        who = clip(got.supervisor.name, 120) if got.supervisor else "-"
        if state == Decision.APPROVED.value:
            text = QCoreApplication.translate("SummaryViewer", "{month} revisi {revision} DISETUJUI oleh {who}. Bulan itu sekarang terkunci "
                           "permanen.").format(month=month, revision=got.revision, who=who)  # fmt: skip
            style = OK_STYLE
        else:
            note = clip(got.approval.note if got.approval else "", 2000) or "-"
            text = QCoreApplication.translate("SummaryViewer", "{month} DIKEMBALIKAN oleh {who} untuk diperbaiki. Bulan itu dibuka lagi; "
                           "setelah diperbaiki, ekspor ulang ringkasannya.\n\nCatatan: {note}").format(
                month=month, who=who, note=note)  # fmt: skip
            style = RETURNED_STYLE
        more = feedback_text(got.approval.rhk_feedback if got.approval else ())
        if more:
            text += "\n\n" + more
        self.result.setText(text)
        self.result.setStyleSheet(
            style + "font-weight: bold; border: 1px solid #9aa0a6; border-radius: 4px; padding: 8px;"
        )
        self.result.show()
        self.apply_button.hide()
        self.decision_applied.emit(str(verdict.month), state)
        return state
