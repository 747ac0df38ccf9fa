"""The right side of the summary viewer: the verdict in one coloured banner (one word and one
sentence a person who is not technical understands at once), the facts below it (file, month,
what was added after signing, what does not agree), one panel per signer, the supervisor's
decision, the signed data in short, and the buttons for what this user may do with the file.

It shows a verdict and offers the actions; the window (``SummaryViewer``) carries them out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from absensi_app.domain.verdict import Outcome, Trust, Verdict
from absensi_app.services.context import AppContext
from absensi_app.views.labels import verdict_headline
from absensi_app.views.supervisor.attachment_list import AttachmentList
from absensi_app.views.supervisor.panel_widgets import FitWidthPanel, bold_font, clear_layout, plain_label, scaled_font
from absensi_app.views.supervisor.verdict_parts import DecisionBox, SignerPanel, SummaryDataBox
from absensi_app.views.supervisor.verdict_text import (
    ERR_STYLE,
    GREY_COLOURS,
    MUTED_STYLE,
    OK_STYLE,
    clip,
    digits,
    month_text,
    verdict_colours,
    verdict_word,
)


class VerdictPanel(QWidget):
    """``show_verdict(verdict, name)``, ``show_checking(name)`` or ``show_empty()``.
    ``trust_requested(signer)`` when a signer's "Percayai sertifikat ini…" is pressed; the
    window connects ``approve_button``, ``return_button`` and ``apply_button``."""

    trust_requested = Signal(object)  # SignerVerdict

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signer_panels: list[SignerPanel] = []
        self.setMinimumWidth(480)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.status_word = plain_label()
        self.status_word.setFont(scaled_font(self.status_word.font(), 1.7, bold=True))
        self.headline = plain_label(selectable=True)
        self.headline.setFont(scaled_font(self.headline.font(), 1.15))
        bl = QVBoxLayout(self.banner)
        bl.setContentsMargins(14, 12, 14, 12)
        bl.addWidget(self.status_word)
        bl.addWidget(self.headline)

        self.notice = plain_label(selectable=True)
        self.notice.hide()
        self.file_label = plain_label(style=MUTED_STYLE, selectable=True)
        self.month_label = plain_label()
        self.month_label.setFont(bold_font(self.month_label))
        self.additions = plain_label()
        self.problems = plain_label(style=ERR_STYLE, selectable=True)
        self.signers_box = QWidget()
        self.signers_layout = QVBoxLayout(self.signers_box)
        self.signers_layout.setContentsMargins(0, 0, 0, 0)
        self.decision_box = DecisionBox()
        self.data_box = SummaryDataBox()
        self.attachments = AttachmentList(self._file_data)
        self.no_data = self.data_box.no_data

        self.approve_button = QPushButton(self.tr("Setujui\u2026"))
        self.return_button = QPushButton(self.tr("Kembalikan\u2026"))
        self.apply_button = QPushButton(self.tr("Terapkan keputusan"))
        self.action_hint = plain_label(style=MUTED_STYLE)
        for button in (self.approve_button, self.return_button, self.apply_button):
            button.setMinimumHeight(34)
        self.approve_button.setFont(bold_font(self.approve_button))
        self.apply_button.setFont(bold_font(self.apply_button))
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addStretch(1)
        actions.addWidget(self.return_button)
        actions.addWidget(self.approve_button)
        self.result = plain_label(selectable=True)
        self.result.hide()

        # the details scroll; the verdict above and the actions below always stay in view
        self.details = FitWidthPanel()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 8, 0)
        details.setSpacing(10)
        for w in (self.file_label, self.month_label, self.additions, self.problems, self.signers_box,
                  self.decision_box, self.no_data, self.data_box, self.attachments):  # fmt: skip
            details.addWidget(w)
        details.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.details)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.action_hint)
        layout.addLayout(actions)

    # ---- the states ------------------------------------------------------------------------
    def _hide_details(self) -> None:
        for w in (self.file_label, self.month_label, self.additions, self.problems, self.signers_box,
                  self.decision_box, self.data_box, self.no_data, self.attachments, self.action_hint, self.result,
                  self.approve_button, self.return_button, self.apply_button):  # fmt: skip
            w.hide()
        clear_layout(self.signers_layout)
        self.signer_panels = []

    def show_empty(self) -> None:
        self._set_banner(GREY_COLOURS, self.tr("Belum ada berkas"),
                         self.tr("Seret berkas PDF ringkasan bulanan ke jendela ini, atau pilih "
                                 "Buka berkas\u2026"))  # fmt: skip
        self._hide_details()

    def show_checking(self, name: str, keep_notice: bool = False) -> None:
        """While a file is verified: nothing of an earlier verdict stays on screen."""
        self._set_banner(GREY_COLOURS, self.tr("Memeriksa\u2026"),
                         self.tr("Tanda tangan dan isi berkas ini sedang diperiksa."))  # fmt: skip
        self._hide_details()
        if not keep_notice:
            self.notice.hide()
        self._show_file_name(name)

    def show_verdict(self, verdict: Verdict, name: str, keep_notice: bool = False) -> None:
        if not keep_notice:
            self.notice.hide()
        self.result.hide()
        self._set_banner(verdict_colours(verdict), verdict_word(verdict), verdict_headline(verdict))
        self._show_file_name(name)
        self._show_facts(verdict)
        self._show_signers(verdict)
        self.decision_box.show_verdict(verdict)
        self.data_box.show_verdict(verdict)
        self.attachments.show_verdict(verdict)
        self._show_actions(verdict)
        self.details.fit()
        self.scroll.verticalScrollBar().setValue(0)

    def _file_data(self) -> bytes | None:
        """The bytes of the file shown: the viewer (an ancestor) keeps them as ``data``."""
        widget = self.parentWidget()
        while widget is not None:
            data = getattr(widget, "data", None)
            if isinstance(data, bytes):
                return data
            widget = widget.parentWidget()
        return None

    def show_notice(self, text: str, style: str) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(style)
        self.notice.show()

    def _set_banner(self, colours: tuple[str, str, str], word: str, text: str) -> None:
        background, border, fg = colours
        self.banner.setStyleSheet(
            f"#banner {{ background: {background}; border: 2px solid {border}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {fg}; background: transparent; }}"
        )
        self.status_word.setText(word)
        self.headline.setText(text)

    def _show_file_name(self, name: str) -> None:
        self.file_label.setText(self.tr("Berkas: {name}").format(name=clip(name, 160)))
        self.file_label.show()

    # ---- the parts -------------------------------------------------------------------------
    def _show_facts(self, verdict: Verdict) -> None:
        if verdict.outcome.trustworthy_content and verdict.month:
            self.month_label.setText(
                self.tr("Bulan: {month}, revisi {revision}").format(
                    month=month_text(verdict.month), revision=clip(verdict.revision, 10)
                )
            )
            self.month_label.show()
        else:
            self.month_label.hide()
        if verdict.signed and verdict.intact:
            if verdict.only_signatures_added:
                self.additions.setText(self.tr("Setelah ditandatangani: tidak ada perubahan selain "
                                               "tanda tangan."))  # fmt: skip
                # a fact, but nothing reassuring about a forgery in one's own name
                self.additions.setStyleSheet(MUTED_STYLE if verdict.outcome is Outcome.FORGED else OK_STYLE)
            else:
                self.additions.setText(self.tr("Setelah ditandatangani: ADA perubahan lain selain tanda "
                                               "tangan."))  # fmt: skip
                self.additions.setStyleSheet(ERR_STYLE + "font-weight: bold;")
            self.additions.show()
        else:
            self.additions.hide()
        problems = verdict.consistency_problems + verdict.approval_problems
        if problems:
            self.problems.setText(
                self.tr("Data tidak cocok:") + "\n" + "\n".join("\u2022 " + clip(p) for p in problems)
            )
            self.problems.show()
        else:
            self.problems.hide()

    def _show_signers(self, verdict: Verdict) -> None:
        clear_layout(self.signers_layout)
        self.signer_panels = []
        # nothing in a forgery in one's own name can be trusted with one click, not even its other signer
        can_trust = (verdict.intact and verdict.only_signatures_added and verdict.consistent
                     and verdict.outcome is not Outcome.FORGED)  # fmt: skip
        for signer in verdict.signers:
            known = self.ctx.trust.for_nip(signer.nip) if signer.trust is Trust.CONFLICT and signer.nip else []
            panel = SignerPanel(signer, can_trust and signer.intact, known)
            panel.trust_requested.connect(self.trust_requested)
            self.signers_layout.addWidget(panel)
            panel.show()
            self.signer_panels.append(panel)
        self.signers_box.setVisible(bool(verdict.signers))

    def _show_actions(self, verdict: Verdict) -> None:
        for b in (self.approve_button, self.return_button, self.apply_button):
            b.hide()
            b.setEnabled(True)
        self.action_hint.hide()
        self.action_hint.setStyleSheet(MUTED_STYLE)
        employee = verdict.employee
        if not verdict.readable or employee is None:
            return
        if verdict.outcome is Outcome.FORGED:
            self.action_hint.setText(self.tr("Berkas ini dipalsukan atas nama Anda: tidak bisa disetujui, "
                                             "dikembalikan atau diterapkan. Simpan salinannya sebagai "
                                             "bukti."))  # fmt: skip
            self.action_hint.setStyleSheet(ERR_STYLE + "font-weight: bold;")
            self.action_hint.show()
            return
        if verdict.evaluation is not None:  # a yearly evaluation is checked, never decided on
            self.action_hint.setText(self.tr("Ini dokumen evaluasi kinerja tahunan: Absensi memeriksa "
                                             "keasliannya; persetujuan hanya untuk ringkasan bulanan."))  # fmt: skip
            self.action_hint.show()
            return
        sound = verdict.intact and verdict.only_signatures_added and verdict.consistent
        if verdict.decision is not None and employee.trust is Trust.OWN:
            # the employee opens what the supervisor sent back
            if sound:
                lock = self.ctx.locks.get(verdict.month) if verdict.month else None
                if lock is not None and lock.revision == verdict.revision and lock.state == verdict.decision.value:
                    self.action_hint.setText(self.tr("Keputusan ini sudah diterapkan pada data Anda."))
                    self.action_hint.show()
                else:
                    self.apply_button.show()
            return
        if len(verdict.signers) != 1 or employee.trust is Trust.OWN:
            return
        if not verdict.outcome.trustworthy_content:
            return
        self.approve_button.show()
        self.return_button.show()
        hint = ""
        if verdict.outcome is Outcome.CONFLICT and employee.trust is Trust.CONFLICT:
            hint = self.tr("PERINGATAN: sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda "
                           "percayai. Ringkasan ini tidak bisa disetujui atau dikembalikan sebelum "
                           "pegawai memastikan bahwa sertifikat ini miliknya.").format(
                nip=clip(employee.nip, 30) or "-")  # fmt: skip
            self.action_hint.setStyleSheet(ERR_STYLE + "font-weight: bold;")
        elif verdict.outcome.unknown_signer:
            hint = self.tr("Cocokkan dan percayai sertifikat pegawai dulu; setelah itu ringkasan bisa "
                           "disetujui atau dikembalikan.")  # fmt: skip
        else:
            me = self.ctx.profile.get()
            wanted = verdict.report.supervisor if verdict.report else None
            if me is None:
                hint = self.tr("Isi profil Anda dulu (Pengaturan \u203a Profil) untuk memberi keputusan.")
            elif wanted is not None and wanted.nip and digits(wanted.nip) != digits(me.nip):
                hint = self.tr("Ringkasan ini ditujukan kepada {name} (NIP {nip}) sebagai pejabat "
                               "penilai, bukan kepada Anda.").format(
                    name=clip(wanted.name, 120), nip=clip(wanted.nip, 30))  # fmt: skip
        if hint:
            self.approve_button.setEnabled(False)
            self.return_button.setEnabled(False)
            self.action_hint.setText(hint)
            self.action_hint.show()
