"""The parts of the summary viewer's right side that are built anew for every verdict: one
panel per signer, the supervisor's decision, and the signed data in short. They read only the
typed verdict (``domain.verdict``, ``domain.report_reader``) and show text from the file as
plain text, clipped."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from absensi_app.domain.model import Location
from absensi_app.domain.report_reader import SignedReport
from absensi_app.domain.verdict import Decision, Outcome, SignerVerdict, Trust, Verdict
from absensi_app.views.formatting import minutes_text, number_text, numeric_date, short_date
from absensi_app.views.labels import location_label, predikat_label
from absensi_app.views.supervisor.panel_widgets import bold_font, clear_layout, plain_label, reveal_layout
from absensi_app.views.supervisor.verdict_text import (
    ERR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    RETURNED_STYLE,
    WARN_STYLE,
    clip,
    fingerprint_blocks,
    fingerprint_short,
    local_time_text,
    rating_label,
)

log = logging.getLogger(__name__)


class SignerPanel(QGroupBox):
    """Who signed, when, whether the signature is intact and whether the certificate is known;
    for an unknown certificate its fingerprint and "Percayai sertifikat ini…"."""

    trust_requested = Signal(object)  # SignerVerdict

    def __init__(self, signer: SignerVerdict, can_trust: bool, known_for_nip: list, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setTitle(self.tr("Pegawai") if signer.role == "pegawai" else self.tr("Pejabat penilai"))
        self.signer = signer
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name = plain_label(clip(signer.name, 150) or "-", selectable=True)
        self.nip = plain_label(signer.nip or "-", selectable=True)
        self.when = plain_label(local_time_text(signer.signing_time))
        self.when.setToolTip(self.tr("Waktu menurut komputer penanda tangan."))
        if signer.intact:
            self.intact = plain_label(self.tr("Ya, tidak berubah sejak ditandatangani"), OK_STYLE)
        else:
            self.intact = plain_label(self.tr("TIDAK: tanda tangan rusak atau berkas diubah"), ERR_STYLE + "font-weight: bold;")
        self.trust = plain_label(*self._trust_text(signer))
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Waktu"), self.when)
        form.addRow(self.tr("Utuh"), self.intact)
        form.addRow(self.tr("Sertifikat"), self.trust)
        self.fingerprint = plain_label(fingerprint_blocks(signer.fingerprint), selectable=True)
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.fingerprint.setFont(mono)
        self.fingerprint.setWordWrap(False)
        self.trust_button: QPushButton | None = None
        unknown = signer.trust in (Trust.NEW, Trust.CONFLICT)
        if signer.trust is Trust.IMPERSONATION:
            # the whole fingerprint, to report; never a way to trust it
            form.addRow(self.tr("Sidik jari"), self.fingerprint)
            form.addRow(plain_label(
                self.tr("Sertifikat ini memakai NIP Anda, tetapi bukan milik Anda, dan tidak bisa "
                        "dipercayai. Jangan percayai berkas ini; simpan sebagai bukti dan laporkan."),
                ERR_STYLE + "font-weight: bold;",
            ))  # fmt: skip
        elif unknown:
            form.addRow(self.tr("Sidik jari"), self.fingerprint)
            if signer.trust is Trust.CONFLICT and known_for_nip:
                known = "\n".join(
                    f"{clip(c.name, 80)}: {fingerprint_short(c.fingerprint)}" for c in known_for_nip
                )
                self.known = plain_label(
                    self.tr("Sertifikat yang sudah Anda percayai untuk NIP ini:\n{known}").format(known=known),
                    ERR_STYLE,
                )
                form.addRow(self.known)
            if signer.role == "pegawai":
                text = self.tr("Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon: ia membacanya "
                               "di Absensi \u203a Kunci tanda tangan). Percayai hanya bila semuanya sama.")  # fmt: skip
            else:
                text = self.tr("Cocokkan sidik jari ini dengan pejabat penilai Anda (mis. lewat telepon: ia "
                               "membacanya di Absensi \u203a Kunci tanda tangan). Percayai hanya bila "
                               "semuanya sama.")  # fmt: skip
            hint = plain_label(text, MUTED_STYLE)
            form.addRow(hint)
            if can_trust:
                self.trust_button = QPushButton(self.tr("Percayai sertifikat ini\u2026"))
                self.trust_button.clicked.connect(lambda: self.trust_requested.emit(self.signer))
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(self.trust_button)
                form.addRow(row)
        else:
            self.fingerprint.setText(fingerprint_short(signer.fingerprint))
            self.fingerprint.setStyleSheet(MUTED_STYLE)
            self.fingerprint.setToolTip(fingerprint_blocks(signer.fingerprint))
            form.addRow(self.tr("Sidik jari"), self.fingerprint)

    def _trust_text(self, signer: SignerVerdict) -> tuple[str, str]:
        if signer.trust is Trust.OWN:
            return self.tr("Sertifikat Anda sendiri"), OK_STYLE
        if signer.trust is Trust.TRUSTED:
            return self.tr("Dipercaya, tercatat sebagai {name}").format(name=clip(signer.trusted_as, 120)), OK_STYLE
        if signer.trust is Trust.IMPERSONATION:
            return (self.tr("PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda. Seseorang "
                            "menandatangani atas nama Anda."), ERR_STYLE + "font-weight: bold;")  # fmt: skip
        if signer.trust is Trust.CONFLICT:
            return (self.tr("BERBEDA dari sertifikat yang Anda percayai untuk NIP ini. Bisa jadi "
                            "dipalsukan: hubungi pegawai sebelum berbuat apa pun."),
                    ERR_STYLE + "font-weight: bold;")  # fmt: skip
        return self.tr("Belum dikenal"), WARN_STYLE + "font-weight: bold;"


class DecisionBox(QGroupBox):
    """The supervisor's decision, note and rating, shown only when the content can be trusted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keputusan pejabat penilai"), parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

    def show_verdict(self, verdict: Verdict) -> None:
        clear_layout(self.form)
        approval = verdict.approval
        if verdict.outcome is Outcome.FORGED and approval is not None:
            self._show_forged(verdict)
            return
        if not verdict.outcome.trustworthy_content or approval is None:
            self.hide()
            return
        form = self.form
        supervisor = verdict.supervisor
        if supervisor is not None and supervisor.known:
            self.setTitle(self.tr("Keputusan pejabat penilai"))
        else:
            self.setTitle(self.tr("Keputusan pejabat penilai (sertifikatnya belum dikenal)"))
        # green only for an approval that counts; a return is shown as what it is
        if verdict.decision is Decision.APPROVED:
            style = OK_STYLE if verdict.trusted_decision is Decision.APPROVED else WARN_STYLE
            word = plain_label(self.tr("DISETUJUI"), style + "font-weight: bold;")
        elif verdict.decision is Decision.RETURNED:
            style = RETURNED_STYLE
            word = plain_label(self.tr("DIKEMBALIKAN UNTUK DIPERBAIKI"), style + "font-weight: bold;")
        else:
            style = ERR_STYLE
            word = plain_label(self.tr("tidak dikenal"), ERR_STYLE)
        form.addRow(self.tr("Keputusan"), word)
        if supervisor is not None:
            form.addRow(self.tr("Oleh"), plain_label(f"{clip(supervisor.name, 120)} (NIP {supervisor.nip})", selectable=True))
        form.addRow(self.tr("Catatan"), plain_label(clip(approval.note, 2000) or "-", selectable=True))
        rating = approval.rating
        if rating is not None:
            form.addRow(self.tr("Hasil Kerja"), plain_label(rating_label(rating.hasil_kerja)))
            form.addRow(self.tr("Perilaku Kerja"), plain_label(rating_label(rating.perilaku_kerja)))
            predikat = plain_label(clip(predikat_label(rating.predikat), 60), style)
            predikat.setFont(bold_font(predikat))
            form.addRow(self.tr("Predikat"), predikat)
        else:
            form.addRow(self.tr("Penilaian"), plain_label(self.tr("tidak diberikan"), MUTED_STYLE))
        for item in approval.rhk_feedback:  # umpan balik per RHK, as signed
            head = self.tr("RHK no. {n}: {name}").format(n=item.rhk_id, name=clip(item.name or "-", 160))
            if item.assessment is not None:
                head += " \u2014 " + rating_label(item.assessment)
            body = plain_label(head + ("\n" + clip(item.feedback, 1000) if item.feedback else ""), selectable=True)
            body.setObjectName("rhkFeedback")
            form.addRow(self.tr("Umpan balik"), body)
        reveal_layout(form)
        self.show()

    def _show_forged(self, verdict: Verdict) -> None:
        """A "decision" in a forgery: never shown as a decision (no word, note or rating)."""
        self.setTitle(self.tr("Keputusan TIDAK BERLAKU"))
        impostor = verdict.impostor
        if impostor is not None and impostor.role == "pejabat":
            text = self.tr("Keputusan di berkas ini ditandatangani atas nama Anda dengan sertifikat yang "
                           "bukan milik Anda. Itu bukan keputusan Anda: jangan kirim, terapkan atau "
                           "catat sebagai keputusan.")  # fmt: skip
        else:
            text = self.tr("Ringkasan di berkas ini dipalsukan atas nama Anda, jadi keputusan di "
                           "dalamnya tidak berlaku dan tidak bisa diterapkan.")  # fmt: skip
        self.form.addRow(plain_label(text, ERR_STYLE + "font-weight: bold;"))
        reveal_layout(self.form)
        self.show()


class SummaryDataBox(QGroupBox):
    """The signed data in short (hours against the target, empty days, locations, RHK), only
    when the content can be trusted; else ``no_data`` says why nothing is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Isi ringkasan (dari data yang ditandatangani)"), parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.no_data = plain_label()
        self.no_data.setObjectName("nodata")

    def show_verdict(self, verdict: Verdict) -> None:
        clear_layout(self.form)
        report = verdict.report
        if verdict.outcome.trustworthy_content and verdict.evaluation is not None:
            self.no_data.hide()
            self.setTitle(self.tr("Isi dokumen evaluasi (dari data yang ditandatangani)"))
            self._fill_evaluation(verdict.evaluation)
            reveal_layout(self.form)
            self.show()
            return
        if not verdict.outcome.trustworthy_content or report is None:
            self.hide()
            self._show_why_not(verdict)
            return
        self.no_data.hide()
        if verdict.employee is None or not verdict.employee.known:
            self.setTitle(self.tr("Isi ringkasan (belum pasti dari pegawai ini)"))
        else:
            self.setTitle(self.tr("Isi ringkasan (dari data yang ditandatangani)"))
        try:
            self._fill(report)
        except Exception:  # noqa: BLE001 - a signed but odd file must not break the window
            log.exception("summary data could not be shown")
            clear_layout(self.form)
            self.form.addRow(plain_label(self.tr("Data ringkasan tidak lengkap; lihat halamannya."), WARN_STYLE))
        reveal_layout(self.form)
        self.show()

    def _show_why_not(self, verdict: Verdict) -> None:
        if not verdict.readable:
            text = self.tr("Berkas ini bukan ringkasan yang bisa dibaca, jadi tidak ada isi yang "
                           "bisa ditampilkan.")  # fmt: skip
        elif not verdict.signed:
            text = self.tr("Isi berkas tidak ditampilkan: tanpa tanda tangan elektronik, tidak bisa "
                           "dipastikan siapa yang membuatnya dan apakah isinya asli.")  # fmt: skip
        elif verdict.outcome is Outcome.FORGED:
            text = self.tr("Isi berkas tidak ditampilkan: berkas ini ditandatangani atas nama Anda "
                           "dengan sertifikat yang bukan milik Anda. Jangan jadikan pegangan.")  # fmt: skip
        else:
            text = self.tr("Isi berkas tidak ditampilkan karena keasliannya tidak bisa dipastikan. "
                           "Angka dan halaman di dalamnya jangan dijadikan pegangan.")  # fmt: skip
        self.no_data.setText(text)
        self.no_data.setStyleSheet(
            "#nodata { border: 1px solid #c62828; border-radius: 4px; padding: 8px; color: #a50e0e; }"
        )
        self.no_data.show()

    def _fill_evaluation(self, ev) -> None:  # noqa: ANN001 - a SignedEvaluation
        form = self.form
        form.addRow(self.tr("Pegawai"), plain_label(
            f"{clip(ev.employee_name, 120)} (NIP {clip(ev.employee_nip, 30)})", selectable=True))
        span = (f"{numeric_date(ev.first)} – {numeric_date(ev.last)}" if ev.first and ev.last else "-")
        form.addRow(self.tr("Periode"), plain_label(f"{clip(ev.title, 120)} ({span})"))
        form.addRow(self.tr("Rencana Hasil Kerja"), plain_label(str(ev.rhk)))
        form.addRow(self.tr("Bulan disetujui"), plain_label(str(ev.approved)))

    def _fill(self, report: SignedReport) -> None:
        form = self.form
        employee = report.employee
        who = clip(employee.name, 120)
        details = ", ".join(clip(v, 120) for v in (employee.position, employee.unit) if v)
        form.addRow(self.tr("Pegawai"), plain_label(who + (f"\n{details}" if details else ""), selectable=True))
        totals = report.totals
        total, expected = totals.total_minutes, totals.expected_minutes
        if total is not None:
            text = minutes_text(total)
            style = ""
            if expected:
                text = self.tr("{done} dari target {target} ({pct}%)").format(
                    done=minutes_text(total), target=minutes_text(expected),
                    pct=number_text(total * 100 / expected),
                )  # fmt: skip
                style = OK_STYLE if total >= expected else WARN_STYLE
            form.addRow(self.tr("Jam tercatat"), plain_label(text, style))
        working, logged = totals.working_days, totals.logged_days
        if working is not None and logged is not None:
            form.addRow(self.tr("Hari kerja terisi"),
                        plain_label(self.tr("{logged} dari {working} hari").format(logged=logged, working=working)))  # fmt: skip
        missing = totals.missing_days
        if missing:
            days = ", ".join(short_date(d) for d in missing[:31])
            form.addRow(self.tr("Hari kosong"), plain_label(
                self.tr("{n} hari tanpa catatan dan tanpa keterangan: {days}").format(n=len(missing), days=days),
                ERR_STYLE,
            ))  # fmt: skip
        else:
            form.addRow(self.tr("Hari kosong"), plain_label(self.tr("tidak ada"), OK_STYLE))
        lines = []
        for location in Location:
            item = totals.at(location)
            if item is not None and item.minutes:
                lines.append(self.tr("{where}: {time} ({days} hari)").format(
                    where=location_label(location), time=minutes_text(item.minutes), days=item.days or 0))  # fmt: skip
        if lines:
            form.addRow(self.tr("Lokasi"), plain_label("\n".join(lines)))
        rhk_lines = []
        for item in report.rhk[:30]:
            amount = ""
            if item.realized is not None and item.target is not None:
                unit = clip(item.unit, 30)
                amount = f" ({number_text(item.realized)}/{number_text(item.target)} {unit})".rstrip(" )") + ")"
            share = f"{number_text(item.percent)}%" if item.percent is not None else self.tr("tanpa target")
            rhk_lines.append(f"\u2022 {share}: {clip(item.name, 90)}{amount}")
        if rhk_lines:
            form.addRow(self.tr("Capaian RHK bulan ini"), plain_label("\n".join(rhk_lines)))
            form.addRow(plain_label(self.tr("Capaian RHK adalah catatan pegawai sendiri, bukan predikat resmi."),
                                    MUTED_STYLE))  # fmt: skip
        if report.exported_at is not None:
            form.addRow(self.tr("Diekspor"), plain_label(local_time_text(report.exported_at), MUTED_STYLE))
