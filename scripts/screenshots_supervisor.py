"""Render the supervisor's windows offscreen into PNG files, to look at them as a user would:
the summary viewer with each kind of verdict, the trusted-certificates dialog and the team
recap.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_supervisor.py [OUT_DIR]
Builds a throw-away office: two employees and their supervisor with real keys and real signed
November 2026 summaries, a stranger, and an impostor (same NIP as an employee, another key).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Asia/Jakarta")  # signing times as an office in WIB sees them
time.tzset()

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from absensi_app.views.language import start_language  # noqa: E402
from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.domain.model import Profile  # noqa: E402
from absensi_app.domain.skp import Rating  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import AppContext, open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month  # noqa: E402
from absensi_app.domain.verdict import Decision  # noqa: E402
from absensi_app.signing import keys  # noqa: E402

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi contoh panjang"
SUPERVISOR = Profile(
    name="Drs. Bambang Suryadi, M.Si.", nip="197508172000031004", rank="Pembina, IV/a",
    position="Kepala Bagian Perencanaan", unit="Bagian Perencanaan dan Keuangan",
    agency=SAMPLE_PROFILE.agency, supervisor_name="Ir. Hartono, M.T.",
    supervisor_nip="196801011990031002",
)  # fmt: skip
SECOND = replace(SAMPLE_PROFILE, name="Andi Pratama, S.Kom.", nip="199203152019031005")
STRANGER = replace(SAMPLE_PROFILE, name="Dewi Lestari, S.Sos.", nip="199512202022032011")
STAFF = (
    replace(SAMPLE_PROFILE, name="Budi Hartanto, S.T.", nip="198706102012121002"),
    replace(SAMPLE_PROFILE, name="Sari Wulandari, S.Ak.", nip="199311052020122013", asn_kind="pns"),
)


def person(root: Path, profile: Profile, folder: str, months=(11,)) -> AppContext:  # noqa: ANN001
    ctx = open_context(AppPaths(root / folder), Clock(NOW))
    ctx.profile.save(profile)
    for month in months:
        fill_demo_month(ctx.worklog, 2026, month, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, datetime.now())
    return ctx


def _fp(ctx: AppContext) -> str:
    from absensi_app.services.trust import fingerprint_of

    return fingerprint_of(ctx.keys.certificate_der())


def _settle(app: QApplication, seconds: float = 1.0) -> None:
    """Let QPdfView render its pages (it does so on its own threads)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.03)


def _save(app: QApplication, widget: QWidget, path: Path, seconds: float = 1.0) -> None:
    _settle(app, seconds)
    widget.grab().save(str(path))
    print(f"  {path}")


def _answer_prompts() -> None:
    from absensi_app.views import prompts

    prompts.confirm = lambda parent, title, text: print(f"  [tanya] {title}: {text[:80]!r}") or True
    prompts.error = lambda parent, title, text: print(f"  [galat] {title}: {text}")
    prompts.info = lambda parent, title, text: print(f"  [info] {title}: {text}")
    prompts.open_file = lambda parent, title, filters="": None
    prompts.save_file = lambda parent, title, suggested, filters="": suggested


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots-supervisor")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    start_language(os.environ.get("ABSENSI_LANG"))
    _answer_prompts()
    from absensi_app.views.supervisor.recap_window import RecapWindow
    from absensi_app.views.supervisor.summary_viewer import SummaryViewer
    from absensi_app.views.supervisor.trust_dialog import TrustDialog
    from absensi_app.views.workers import use_inline_runner

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rina = person(tmp, SAMPLE_PROFILE, "rina", months=(9, 11))
        andi = person(tmp, SECOND, "andi", months=(10, 11))
        staff = [person(tmp, profile, f"staf{i}", months=(10, 11)) for i, profile in enumerate(STAFF)]
        dewi = person(tmp, STRANGER, "dewi")
        impostor = person(tmp, SAMPLE_PROFILE, "palsu")
        boss = person(tmp, SUPERVISOR, "boss", months=())
        inbox = tmp / "kotak-masuk"
        inbox.mkdir()
        rina.export.export_pdf(2026, 9, inbox / "rina-2026-09.pdf", PASS)
        rina.export.export_pdf(2026, 11, inbox / "rina-2026-11.pdf", PASS)
        andi.export.export_pdf(2026, 10, inbox / "andi-2026-10.pdf", PASS)
        andi.export.export_pdf(2026, 11, inbox / "andi-2026-11.pdf", PASS)
        for ctx, profile in zip(staff, STAFF):
            first = profile.name.split()[0].lower()
            for month in (10, 11):
                ctx.export.export_pdf(2026, month, inbox / f"{first}-2026-{month:02d}.pdf", PASS)
        dewi.export.export_pdf(2026, 11, inbox / "dewi-2026-11.pdf", PASS)
        impostor.export.export_pdf(2026, 11, tmp / "rina-palsu.pdf", PASS)
        for ctx in (rina, andi, *staff):
            boss.trust.add(ctx.keys.certificate_der())
        boss.trust.rename(_fp(andi), "Andi Pratama (Perencanaan)")
        changed = bytearray((inbox / "andi-2026-11.pdf").read_bytes())
        pos = changed.find(b"/Title")
        changed[pos + 10] ^= 0x01
        (tmp / "andi-diubah.pdf").write_bytes(bytes(changed))

        # the viewer's checks run inline here, so each shot shows a verdict, not "Memeriksa..."
        inline = contextlib.ExitStack()
        inline.enter_context(use_inline_runner())
        viewer = SummaryViewer(boss)
        viewer.resize(1360, 900)
        viewer.show()
        viewer.open_file(inbox / "rina-2026-11.pdf")
        _save(app, viewer, out / "verify-ok.png")
        viewer.open_file(tmp / "andi-diubah.pdf")
        _save(app, viewer, out / "verify-changed.png")
        viewer.open_file(inbox / "dewi-2026-11.pdf")
        _save(app, viewer, out / "verify-unknown.png")
        viewer.open_file(tmp / "rina-palsu.pdf")
        _save(app, viewer, out / "verify-conflict.png")
        viewer.open_bytes(b"Halo, ini bukan PDF", "lampiran.pdf")
        _save(app, viewer, out / "verify-garbage.png", 0.2)

        # approve through the dialog, then the approved file as the viewer shows it
        viewer.open_file(inbox / "andi-2026-11.pdf")
        dialog = viewer.start_approve()
        dialog.note.setPlainText("Terima kasih, laporan lengkap.")
        dialog.set_rating(Rating.DI_ATAS, Rating.SESUAI)
        dialog.passphrase.setText(PASS)
        _save(app, dialog, out / "approve-dialog.png", 0.2)
        dialog.submit()
        _save(app, viewer, out / "verify-approved.png")
        viewer.open_file(inbox / "rina-2026-11.pdf")
        dialog = viewer.start_return()
        dialog.sign_button.click()  # refused: the note is required
        _save(app, dialog, out / "return-dialog-error.png", 0.2)
        dialog.close()

        # the employee receives the returned summary
        signed, _verdict = boss.approval.countersign(
            (inbox / "rina-2026-11.pdf").read_bytes(), Decision.RETURNED,
            "Lengkapi bukti dukung kegiatan tanggal 12 dan 13 November.", PASS,
        )  # fmt: skip  (a return carries a note, never a rating: that is given when approving)
        (tmp / "rina-2026-11-dikembalikan.pdf").write_bytes(signed)
        employee = SummaryViewer(rina)
        employee.resize(1360, 900)
        employee.show()
        employee.open_file(tmp / "rina-2026-11-dikembalikan.pdf")
        _save(app, employee, out / "employee-returned.png")
        employee.apply_decision()
        _save(app, employee, out / "employee-applied.png", 0.3)
        employee.close()

        trust = TrustDialog(boss)
        trust.show()
        _save(app, trust, out / "trust-dialog.png", 0.2)
        trust.close()

        inline.close()  # the recap scans on the pool, with its progress shown

        # recap: the staff's files, a garbage file and a changed file
        (inbox / "foto-rapat.pdf").write_bytes(b"\xff\xd8\xff\xe0 bukan pdf")
        shutil.copy(tmp / "andi-diubah.pdf", inbox / "andi-2026-11-revisi.pdf")
        recap = RecapWindow(boss)
        recap.resize(1500, 640)
        recap.show()
        recap.scan(inbox)
        _save(app, recap, out / "recap-progress.png", 0.05)
        while recap.busy:
            _settle(app, 0.05)
        _save(app, recap, out / "recap.png", 0.3)
        # windows must go before the QApplication does (and before their databases close)
        for window in (recap, viewer, employee, trust):
            window.close()
            window.deleteLater()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        for ctx in (rina, andi, dewi, impostor, boss, *staff):
            ctx.close()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
