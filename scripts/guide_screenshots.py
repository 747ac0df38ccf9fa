"""Make every picture of the user guides (docs/panduan-pengguna.md, docs/user-guide.md) from
the sample data, offscreen, in Indonesian and in English, so the pictures stay current.

Usage: .venv/bin/python scripts/guide_screenshots.py [--out DIR] [--lang id|en] [--quick]

Without ``--lang`` the script runs itself once per language, each in a fresh process (the
translator and the default locale belong to a process), into DIR/id/ and DIR/en/ (default
docs/images). The data is made anew each run in a throw-away folder: the sample profile and
month of services/demo.py on a fixed "today" (Friday 27 November 2026), so the pictures do not
change from one run to the next. ``--quick`` makes only day.png (tests/unit/test_guides.py runs
it, so the script never rots). The supervisor's pictures reuse the office of
scripts/screenshots_supervisor.py (its people, keys and helpers).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots_supervisor as office  # noqa: E402 - sets TZ, the offscreen platform
from PySide6.QtCore import QEvent, QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

from absensi_app.views.language import start_language  # noqa: E402
from absensi_app.config import AppPaths  # noqa: E402
from absensi_app.services.clock import Clock  # noqa: E402
from absensi_app.services.context import AppContext, open_context  # noqa: E402
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo  # noqa: E402

LANGUAGES = ("id", "en")
TODAY = datetime(2026, 11, 27, 13, 5)  # a Friday afternoon: the morning is logged
PASS = office.PASS
OTHERS = ("Andi Pratama, S.Kom.", "Budi Hartanto, S.T.")  # on the same computer (the picker)


def _save(app: QApplication, widget: QWidget, path: Path, seconds: float = 0.1, rect: QRect | None = None) -> None:
    office._settle(app, seconds)
    (widget.grab(rect) if rect is not None else widget.grab()).save(str(path))
    print(f"  {path}")


def _around(window: QWidget, *parts: QWidget, height: int | None = None, margin: int = 6) -> QRect:
    """The part of ``window`` that holds ``parts`` (a crop to what the picture is about), at
    most ``height`` pixels high. A label counts as wide as its text, not as its column."""
    rect = QRect()
    for part in parts:
        size = part.sizeHint().boundedTo(part.size()) if isinstance(part, QLabel) else part.size()
        rect = rect.united(QRect(part.mapTo(window, part.rect().topLeft()), size))
    rect = rect.adjusted(-margin, -margin, margin, margin).intersected(window.rect())
    if height is not None:
        rect.setHeight(min(rect.height(), height))
    return rect


def _answer_prompts(exports: Path) -> None:
    """Modal questions would block an offscreen run: answer "yes" and print what was shown."""
    from absensi_app.views import prompts

    office._answer_prompts()
    prompts.save_file = lambda parent, title, suggested, filters="": str(exports / Path(suggested).name)
    prompts.show_folder = lambda parent, folder: None


# ---- first start ---------------------------------------------------------------------------------
def first_start(app: QApplication, root: Path, out: Path) -> Path:
    """The first-run form and the profile picker; returns the sample employee's data folder."""
    from absensi_app.services.profiles import ProfilesService
    from absensi_app.signing import keys
    from absensi_app.views.profile_form import SetupDialog

    setup = SetupDialog(lambda: TODAY.date(), lambda p, s: None, lambda: None, create_key=lambda passphrase: None)
    setup.show()
    setup.form.set_profile(SAMPLE_PROFILE)
    setup.adjustSize()
    _save(app, setup, out / "setup.png")
    setup.close()

    profiles = ProfilesService(root)
    rina = profiles.folder(profiles.add(SAMPLE_PROFILE.name))
    for name in OTHERS:
        profiles.add(name)
    budi = profiles.get(OTHERS[1])
    keys.create_identity(AppPaths(profiles.folder(budi)).keys_dir, budi.name, "198706102012121002",
                         SAMPLE_PROFILE.agency, PASS, TODAY)  # fmt: skip
    profiles.protect(budi.name, PASS)
    profiles.use(SAMPLE_PROFILE.name)
    return rina


def picker(app: QApplication, root: Path, out: Path) -> None:
    """The list of profiles at start, once the sample employee's folder holds data."""
    from absensi_app.services.profiles import ProfilesService
    from absensi_app.views.profile_picker import ProfilePicker

    dialog = ProfilePicker(ProfilesService(root).registry())
    dialog.show()
    _save(app, dialog, out / "profile-picker.png")
    dialog.close()


def sample_context(folder: Path, tmp: Path) -> AppContext:
    """The sample employee: profile, SKP plan, November 2026, one evidence file, one template."""
    from absensi_app.domain.model import Location
    from absensi_app.domain.templates import TaskTemplate
    from absensi_app.services.evidence import store_evidence_file

    ctx = open_context(AppPaths(folder), Clock(TODAY))
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo(ctx.worklog, TODAY.date(), ctx.skp)
    notula = tmp / "notula-rapat-koordinasi.pdf"
    notula.write_bytes(b"%PDF-1.4\n% notula rapat koordinasi 26 November 2026\n")
    entry = ctx.worklog.day(date(2026, 11, 26)).entries[0]
    ctx.worklog.update(entry.id, replace(entry.as_draft(), evidence=store_evidence_file(notula, ctx.paths.evidence_dir)))
    ctx.templates.add(TaskTemplate(name="Rapat koordinasi mingguan", description="Mengikuti rapat koordinasi mingguan",
                                   location=Location.KANTOR, minutes=90))  # fmt: skip
    return ctx


# ---- the employee's month -------------------------------------------------------------------------
def day_view(app: QApplication, ctx: AppContext, out: Path, quick: bool = False):  # noqa: ANN201
    from absensi_app.views.main_window import MainWindow

    win = MainWindow(ctx)
    win.resize(1180, 720)
    win.show()
    win.load_day(date(2026, 11, 26))
    _save(app, win, out / "day.png")
    if quick:
        return win
    win.edit_row(0)
    _save(app, win, out / "entry-form.png", rect=_around(win, win.form))
    win.new_entry()
    win.load_day(date(2026, 11, 20))  # a day of leave in the sample
    win.resize(940, 600)  # smaller: the day holds no activities
    _save(app, win, out / "leave.png")
    win.resize(1180, 720)
    return win


def timer_and_reminder(app: QApplication, ctx: AppContext, win, out: Path) -> None:  # noqa: ANN001
    from absensi_app.domain.model import Location
    from absensi_app.views.reminder_notice import ReminderNotice
    from absensi_app.views.reminder_watch import sentence_text

    rhk = ctx.skp.choices(TODAY.date())[0]
    ctx.timer.start("Menyusun bahan paparan evaluasi triwulan", Location.KANTOR, rhk_id=rhk.id)
    ctx.clock.fixed = TODAY.replace(hour=14, minute=20)
    win.load_day(TODAY.date())
    win.timer_control.refresh()
    bar = win.day_page.timer_bar
    _save(app, win, out / "timer.png", rect=_around(win, win.title, bar, win.table, height=190))
    dialog = win.timer_control.ask_stop()
    _save(app, dialog, out / "timer-stop.png")
    dialog.close()
    ctx.timer.cancel()

    decision = ctx.reminders.check(TODAY.replace(hour=15, minute=35))
    notice = ReminderNotice(win)
    notice.show_month_end(" ".join(sentence_text(d.reason) for d in decision.decisions if d.due),
                          decision.facts.empty_days)  # fmt: skip
    notice.show()
    _save(app, notice, out / "reminder.png")
    notice.close()
    ctx.clock.fixed = TODAY


def plan_and_progress(app: QApplication, ctx: AppContext, win, out: Path) -> None:  # noqa: ANN001
    from absensi_app.views.settings.dialog import SettingsDialog
    from absensi_app.views.skp.skp_dialog import SkpDialog

    win.load_day(TODAY.date())
    win.resize(1200, 800)
    win.show_dashboard()
    _save(app, win, out / "dashboard.png", 0.3)
    win.show_day_view()
    win.resize(1180, 720)
    skp = SkpDialog(ctx)
    skp.resize(1040, 380)
    skp.show()
    _save(app, skp, out / "skp.png")
    skp.close()
    settings = SettingsDialog(ctx, win.prefs, win, page="window")
    settings.resize(880, 420)
    settings.show()
    _save(app, settings, out / "settings.png")
    settings.close()


def month_end(app: QApplication, ctx: AppContext, win, out: Path) -> None:  # noqa: ANN001
    from absensi_app.signing import keys
    from absensi_app.views.backup_dialog import BackupDialog
    from absensi_app.views.export_dialog import ExportDialog

    profile = ctx.profile.require()
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, TODAY)
    dialog = ExportDialog(ctx, win)
    dialog.show()
    dialog.passphrase.setText(PASS)
    _save(app, dialog, out / "export.png")
    dialog.exported.connect(win._exported)
    dialog.export()
    while dialog.busy:
        office._settle(app, 0.05)
    dialog.close()
    win.load_day(date(2026, 11, 26))
    _save(app, win, out / "locked-day.png", rect=_around(win, win.title, win.lock_banner, win.table, height=250))
    ctx.backups.create()
    backups = BackupDialog(ctx, win)
    backups.resize(820, 420)
    backups.show()
    _save(app, backups, out / "backups.png")
    backups.close()


def employee_screens(app: QApplication, tmp: Path, out: Path, quick: bool) -> tuple[AppContext, object]:
    exports = tmp / "ekspor"
    exports.mkdir()
    _answer_prompts(exports)
    folder = first_start(app, tmp / "root", out) if not quick else tmp / "rina"
    ctx = sample_context(folder, tmp)
    if not quick:
        picker(app, tmp / "root", out)
    win = day_view(app, ctx, out, quick)
    if not quick:
        timer_and_reminder(app, ctx, win, out)
        plan_and_progress(app, ctx, win, out)
        month_end(app, ctx, win, out)
    return ctx, win


# ---- the supervisor ------------------------------------------------------------------------------
def supervisor_screens(app: QApplication, tmp: Path, out: Path, rina: AppContext) -> list[AppContext]:
    """The Pejabat Penilai Kinerja opens, approves and returns; the recap; the trust list; the
    employee receives the returned summary."""
    from absensi_app.domain.skp import Rating
    from absensi_app.domain.verdict import Decision
    from absensi_app.views.supervisor.recap_window import RecapWindow
    from absensi_app.views.supervisor.summary_viewer import SummaryViewer
    from absensi_app.views.supervisor.trust_dialog import TrustDialog
    from absensi_app.views.workers import use_inline_runner

    root = tmp / "kantor"
    boss = office.person(root, office.SUPERVISOR, "boss", months=())
    andi = office.person(root, office.SECOND, "andi", months=(10, 11))
    staff = [office.person(root, p, f"staf{i}", months=(10, 11)) for i, p in enumerate(office.STAFF)]
    inbox = tmp / "kotak-masuk"
    inbox.mkdir()
    mine = inbox / "rina-2026-11.pdf"
    mine.write_bytes(next((tmp / "ekspor").glob("*.pdf")).read_bytes())  # the file exported above
    for ctx, name in ((andi, "andi"), *((c, p.name.split()[0].lower()) for c, p in zip(staff, office.STAFF))):
        for month in (10, 11):
            ctx.export.export_pdf(2026, month, inbox / f"{name}-2026-{month:02d}.pdf", PASS)
    for ctx in (rina, andi, *staff):
        boss.trust.add(ctx.keys.certificate_der())
    rina.trust.add(boss.keys.certificate_der())

    with use_inline_runner():  # each picture shows a verdict, not "Memeriksa…"
        viewer = SummaryViewer(boss)
        viewer.resize(1200, 780)
        viewer.show()
        viewer.open_file(mine)
        _save(app, viewer, out / "verify-ok.png", 1.0)
        viewer.open_file(inbox / "andi-2026-11.pdf")
        dialog = viewer.start_approve()
        dialog.note.setPlainText("Terima kasih, laporan lengkap dan rapi.")
        dialog.set_rating(Rating.DI_ATAS, Rating.SESUAI)
        first = next(iter(dialog.rhk_feedback.texts), None)
        if first is not None:
            dialog.rhk_feedback.fill(first, "Capaian bulan ini baik; pertahankan.", Rating.DI_ATAS)
        dialog.passphrase.setText(PASS)
        _save(app, dialog, out / "approve.png", 0.2)
        dialog.submit()  # saved into the exports folder (the answered prompt): the recap shows it
        shutil.copy(dialog.saved_path, inbox / "andi-2026-11-disetujui.pdf")

        # the supervisor returns Rina's month (a note, no rating); Rina receives it
        returned, _verdict = boss.approval.countersign(
            mine.read_bytes(), Decision.RETURNED,
            "Lengkapi bukti dukung kegiatan tanggal 12 dan 13 November.", PASS,
        )  # fmt: skip
        back = inbox / "rina-2026-11-dikembalikan.pdf"
        back.write_bytes(returned)
        employee = SummaryViewer(rina)
        employee.resize(1200, 780)
        employee.show()
        employee.open_file(back)
        employee.apply_decision()
        _save(app, employee, out / "receive.png", 1.0)
        trust = TrustDialog(boss)
        trust.resize(820, 330)
        trust.show()
        _save(app, trust, out / "trust.png")
        trust.close()

    recap = RecapWindow(boss)
    recap.resize(1000, 480)
    recap.show()
    recap.scan(inbox)
    while recap.busy:
        office._settle(app, 0.05)
    recap.set_period("2026-09", "2026-11")
    _save(app, recap, out / "recap.png", 0.3)
    for window in (recap, viewer, employee):
        window.close()
        window.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    return [boss, andi, *staff]


# ---- running -----------------------------------------------------------------------------------
def render(lang: str, out: Path, quick: bool) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    start_language(lang)
    with _workspace(lang, quick) as tmp:
        ctx, win = employee_screens(app, tmp, out, quick)
        others = [] if quick else supervisor_screens(app, tmp, out, ctx)
        win.close()
        win.deleteLater()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        for context in (ctx, *others):
            context.close()
    return 0


@contextlib.contextmanager
def _workspace(lang: str, quick: bool):  # noqa: ANN202
    """A throw-away folder; for the real pictures always the same path, since the backup
    dialog, the viewer and the recap show it."""
    if quick:
        with tempfile.TemporaryDirectory() as tmp:
            yield Path(tmp)
        return
    folder = Path(tempfile.gettempdir()) / f"absensi-panduan-{lang}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "images")
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--quick", action="store_true", help="only day.png, per language")
    args = parser.parse_args(argv)
    if args.lang:
        return render(args.lang, args.out, args.quick)
    for lang in LANGUAGES:  # a fresh process each: the translator and the locale are per process
        command = [sys.executable, __file__, "--lang", lang, "--out", str(args.out / lang)]
        print(f"{lang}:", flush=True)
        code = subprocess.call(command + (["--quick"] if args.quick else []))
        if code:
            return code
    print(f"pictures written to {args.out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
