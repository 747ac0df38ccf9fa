"""What the main window opens: the settings dialogs (profile, SKP, work calendar, signing key),
a month's export, unlocking and history, the supervisor's windows (summary viewer, team recap,
trusted certificates), backups, the data folder and the help.

``WindowOpeners`` is a mixin of ``MainWindow``. Its texts are translated under the context
"MainWindow", the class Qt sees at run time (``self.tr`` here would be filed by lupdate under
the mixin's name and never found)."""

from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from absensi_app import __version__
from absensi_app.domain.errors import AbsensiError
from absensi_app.views import prompts
from absensi_app.views.formatting import month_year, numeric_time
from absensi_app.views.labels import error_text


def _delete_on_close():  # noqa: ANN202 - Qt.WA_DeleteOnClose
    """Imported when first needed: the Qt namespace costs about 20 ms at its first import, and
    this module is imported before the launcher's first paint."""
    from PySide6.QtCore import Qt

    return Qt.WA_DeleteOnClose


class WindowOpeners:
    """Mixed into ``MainWindow``: uses its ``ctx``, ``current_day``, ``load_day``,
    ``invalidate_dashboard``, ``menus`` and the list of open side windows."""

    # ---- settings ---------------------------------------------------------------------------
    def open_settings(self, page: str | None = None) -> None:
        """Pengaturan › Semua pengaturan…, on ``page`` (a key of views/settings, e.g. "templates")."""
        from absensi_app.views.settings import open_settings

        open_settings(self, page)

    def edit_profile(self) -> None:
        from absensi_app.views.profile_form import SetupDialog

        def save(profile, schedule) -> None:  # noqa: ANN001
            self.ctx.profile.save(profile, schedule)

        dialog = SetupDialog(self.ctx.clock.today, save, None, self.ctx.profile.get(), self.ctx.profile.schedule(), self)
        if dialog.exec():
            self.invalidate_dashboard()
            self.update_title()
            self.load_day(self.current_day)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Profil dan jadwal kerja disimpan."), 5000)

    def edit_skp(self) -> None:
        from absensi_app.views.skp.skp_dialog import open_skp_dialog

        open_skp_dialog(self.ctx, self)
        self.invalidate_dashboard()
        self.load_day(self.current_day)

    def edit_work_calendar(self) -> None:
        from absensi_app.views.calendar_dialog import open_calendar_dialog

        open_calendar_dialog(self.ctx, self)
        self.invalidate_dashboard()
        self.load_day(self.current_day)

    def edit_signing_key(self) -> None:
        from absensi_app.views.key_dialog import open_key_dialog

        open_key_dialog(self.ctx, self)

    # ---- monthly summary, locks and history ------------------------------------------------
    def view_month(self) -> tuple[int, int]:
        """The month the user is looking at: the progress view's, or the shown day's."""
        if self.is_dashboard_shown():
            return self.dashboard.year, self.dashboard.month
        return self.current_day.year, self.current_day.month

    def export_summary(self) -> None:
        from absensi_app.views.export_dialog import open_export_dialog

        self._export_folder = open_export_dialog(self.ctx, self, self._export_folder, self._exported)

    def _exported(self, result) -> None:  # noqa: ANN001 - an ExportResult
        if not result.signed:
            return
        self.invalidate_dashboard()
        self.load_day(self.current_day)
        year, month = int(result.month[:4]), int(result.month[5:7])
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Ringkasan {month} revisi {revision} ditandatangani; bulan itu sekarang terkunci."
            ).format(month=month_year(year, month), revision=result.revision),
            10000,
        )

    def export_evaluation(self) -> None:
        """Berkas › Dokumen evaluasi kinerja…: the yearly evaluation document of an SKP period."""
        from absensi_app.views.evaluation_export import export_evaluation

        def written(result) -> None:  # noqa: ANN001 - an EvaluationResult
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Dokumen evaluasi kinerja ditulis ke {path}.").format(
                    path=str(result.path)),
                10000,
            )

        export_evaluation(self.ctx, self, written)

    def unlock_month(self) -> None:
        year, month = self.view_month()
        key = f"{year:04d}-{month:02d}"
        name = month_year(year, month)
        title = QCoreApplication.translate("MainWindow", "Buka kunci bulan")
        try:
            lock = self.ctx.locks.get(key)
        except AbsensiError as exc:
            self._fail(exc)
            return
        if lock is None or not lock.locked:
            prompts.info(self, title, QCoreApplication.translate(
                "MainWindow", "{month} tidak terkunci; tidak ada yang perlu dibuka.").format(month=name))  # fmt: skip
            return
        reason = prompts.ask_text(
            self,
            QCoreApplication.translate("MainWindow", "Buka kunci {month}").format(month=name),
            QCoreApplication.translate(
                "MainWindow",
                "Ringkasan bertanda tangan revisi {revision} untuk {month} sudah diekspor pada {when}. "
                "Sesudah kuncinya dibuka, kegiatan bisa diubah lagi dan ekspor bertanda tangan "
                "berikutnya menjadi revisi {next}. Pembukaan kunci dan alasannya dicatat di riwayat "
                "perubahan.\n\nAlasan membuka kunci:",
            ).format(revision=lock.revision, month=name, when=numeric_time(lock.exported_at), next=lock.revision + 1),
        )
        if reason is None:
            return
        try:
            unlocked = self.ctx.locks.unlock(key, reason)
        except AbsensiError as exc:
            prompts.error(self, title, error_text(exc))
            return
        self.invalidate_dashboard()
        self.load_day(self.current_day)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Kunci {month} dibuka. Ekspor bertanda tangan berikutnya menjadi revisi {next}."
            ).format(month=name, next=unlocked.revision + 1),
            10000,
        )

    def show_history(self) -> None:
        from absensi_app.views.history_dialog import open_history_dialog

        year, month = self.view_month()
        open_history_dialog(self.ctx, f"{year:04d}-{month:02d}", self)

    # ---- supervisor side: summaries, recap, trusted certificates -----------------------------
    def open_summary(self, path: str | Path | None = None):  # noqa: ANN201
        """Open a summary PDF in a viewer window (asks for the file when ``path`` is None).
        Asked for while the data is loading (a second start, a dropped file), it opens once
        the data is there."""
        if self.ctx is None:
            if path is not None:
                self._waiting_summaries.append(str(path))
            return None
        from absensi_app.views.supervisor.summary_viewer import SummaryViewer

        viewer = SummaryViewer(self.ctx, self)
        viewer.setAttribute(_delete_on_close())
        viewer.decision_applied.connect(self._decision_applied)
        viewer.destroyed.connect(lambda *_: self._forget(viewer))
        self._side_windows.append(viewer)
        viewer.show()
        if path is None:
            viewer.choose_file()
        else:
            viewer.open_file(path)
        return viewer

    def open_archive(self):  # noqa: ANN201
        """Berkas › Buka arsip instansi…: the agency's archive on PostgreSQL (views/archive)."""
        from absensi_app.views.archive import open_archive_window

        return open_archive_window(self)

    def open_recap(self):  # noqa: ANN201
        from absensi_app.views.supervisor.recap_window import RecapWindow

        recap = RecapWindow(self.ctx, self)
        recap.setAttribute(_delete_on_close())
        recap.destroyed.connect(lambda *_: self._forget(recap))
        self._side_windows.append(recap)
        recap.show()
        recap.choose_folder()
        return recap

    def open_trust(self) -> None:
        from absensi_app.views.supervisor.trust_dialog import TrustDialog

        dialog = TrustDialog(self.ctx, self)
        dialog.setAttribute(_delete_on_close())
        dialog.show()

    def _forget(self, window: QWidget) -> None:
        if window in self._side_windows:
            self._side_windows.remove(window)

    def _decision_applied(self, *_args) -> None:  # noqa: ANN002
        """The employee applied the supervisor's decision: the month's lock changed."""
        self.invalidate_dashboard()
        self.load_day(self.current_day)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if any(u.toLocalFile().lower().endswith(".pdf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".pdf"):
                self.open_summary(url.toLocalFile())
        event.acceptProposedAction()

    # ---- backups, the data folder, help -------------------------------------------------------
    def backup_now(self) -> None:
        from absensi_app.views.backup_dialog import backup_now

        backup_now(self.ctx, self)

    def open_backups(self) -> None:
        """The list of backups; restoring one closes, replaces and reopens the data here."""
        from absensi_app.views.backup_dialog import open_backup_dialog, restore_in_window

        chosen = open_backup_dialog(self.ctx, self)
        if chosen is not None:
            restore_in_window(self, chosen)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def show_shortcuts(self) -> None:
        prompts.info(self, QCoreApplication.translate("MainWindow", "Pintasan keyboard"), self.menus.shortcuts_html())

    def show_about(self) -> None:
        prompts.info(
            self,
            QCoreApplication.translate("MainWindow", "Tentang Absensi"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>Absensi {version}</b><br>Catatan kehadiran dan kegiatan harian ASN.<br>"
                "Semua data tersimpan di komputer ini:<br><code>{folder}</code>",
            ).format(version=__version__, folder=self.ctx.paths.data_dir),
        )
