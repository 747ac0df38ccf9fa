"""The main window's commands: every action (set on the window as ``act_*``), the menus, the
toolbar, the keys that work inside the form and the table, and the list of keyboard shortcuts
shown by Bantuan › Pintasan keyboard. Adding a command means adding it here."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from absensi_app.views.main_window import MainWindow


class MainActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._made: list[QAction] = []  # by _action: all but undo and redo
        self._build_actions()
        self._build_keys()
        self._build_menus()
        self._build_toolbar()

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:  # noqa: ANN001
        window = self._window
        action = QAction(text, window)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        window.addAction(action)
        self._made.append(action)
        return action

    def set_loading(self, loading: bool) -> None:
        """While the data loads only Keluar and the shortcut list work. Undo and redo follow
        the undo stack (empty then) by themselves."""
        w = self._window
        for action in self._made:
            if action not in (w.act_quit, w.act_keys):
                action.setEnabled(not loading)

    def _build_actions(self) -> None:
        w = self._window
        a = self._action
        w.act_undo = w.undo_stack.createUndoAction(w, self.tr("&Urungkan"))
        w.act_undo.setShortcut(QKeySequence.Undo)
        w.act_redo = w.undo_stack.createRedoAction(w, self.tr("Ula&ngi"))
        w.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        w.addAction(w.act_undo)
        w.addAction(w.act_redo)
        w.act_show_day = a(self.tr("&Harian"), "Ctrl+1", w.show_day_view)
        w.act_show_dashboard = a(self.tr("&Kemajuan"), ["Ctrl+2", "Ctrl+D"], w.show_dashboard)
        w.view_group = QActionGroup(w)
        for action in (w.act_show_day, w.act_show_dashboard):
            action.setCheckable(True)
            w.view_group.addAction(action)
        w.act_show_day.setChecked(True)
        w.act_show_day.setToolTip(self.tr("Kegiatan satu hari (Ctrl+1)"))
        w.act_show_dashboard.setToolTip(self.tr("Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)"))
        in_day = w.in_day_view
        w.act_new = a(self.tr("Kegiatan &baru"), "Ctrl+N", in_day(w.new_entry))
        w.act_save = a(self.tr("&Simpan kegiatan"), ["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"], w.form.submit)
        w.act_edit = a(self.tr("U&bah kegiatan terpilih"), "F2", w.edit_selected)
        w.act_delete = a(self.tr("&Hapus kegiatan terpilih"), QKeySequence.Delete, w.delete_selected)
        w.act_delete.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.table.addAction(w.act_delete)
        w.removeAction(w.act_delete)
        w.act_copy = a(self.tr("Salin dari hari &sebelumnya"), "Ctrl+Shift+C", w.copy_previous_day)
        w.act_timer = a(self.tr("&Mulai timer"), "Ctrl+Shift+T", lambda: w.timer_control.toggle())
        w.act_timer.setToolTip(self.tr("Mulai timer dari formulir, atau hentikan timer yang berjalan (Ctrl+Shift+T)"))
        w.act_prev = a(self.tr("Hari se&belumnya"), ["Alt+Left", "Ctrl+PgUp"], in_day(lambda: w.load_day(w.current_day - timedelta(days=1))))
        w.act_next = a(self.tr("Hari beri&kutnya"), ["Alt+Right", "Ctrl+PgDown"], in_day(lambda: w.load_day(w.current_day + timedelta(days=1))))
        w.act_today = a(self.tr("Hari &ini"), ["Ctrl+T", "Alt+Home"], in_day(lambda: w.load_day(w.ctx.clock.today())))
        w.act_pick = a(self.tr("&Pilih tanggal di kalender"), "Ctrl+G", in_day(w.calendar.setFocus))
        w.act_profile = a(self.tr("&Profil dan jadwal kerja\u2026"), "Ctrl+,", w.edit_profile)
        w.act_skp = a(self.tr("&Rencana SKP\u2026"), None, w.edit_skp)
        w.act_work_calendar = a(self.tr("&Kalender kerja\u2026"), None, w.edit_work_calendar)
        w.act_signing_key = a(self.tr("Kunci &tanda tangan\u2026"), None, w.edit_signing_key)
        w.act_export = a(self.tr("&Ekspor ringkasan\u2026"), "Ctrl+E", w.export_summary)
        w.act_export.setToolTip(self.tr("Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)"))
        w.act_evaluation = a(self.tr("Dokumen e&valuasi kinerja\u2026"), None, w.export_evaluation)
        w.act_evaluation.setToolTip(self.tr("Dokumen Evaluasi Kinerja Pegawai setahun: RHK, target, realisasi per triwulan, keputusan pejabat penilai"))
        w.act_unlock = a(self.tr("B&uka kunci bulan\u2026"), None, w.unlock_month)
        w.act_history = a(self.tr("&Riwayat perubahan\u2026"), None, w.show_history)
        w.act_open_summary = a(self.tr("&Buka ringkasan\u2026"), "Ctrl+O", lambda: w.open_summary())
        w.act_recap = a(self.tr("Rekap &tim\u2026"), None, w.open_recap)
        w.act_trust = a(self.tr("Sertifikat &tepercaya\u2026"), None, w.open_trust)
        w.act_folder = a(self.tr("Buka &folder data"), None, w.open_data_folder)
        w.act_backup_now = a(self.tr("&Cadangkan sekarang"), "Ctrl+Shift+B", w.backup_now)
        w.act_backups = a(self.tr("&Pulihkan cadangan\u2026"), None, w.open_backups)
        # Ctrl+Q where the platform names no quit key (Windows, Qt's offscreen platform)
        w.act_settings = a(self.tr("&Semua pengaturan\u2026"), "Ctrl+Alt+S", lambda: w.open_settings())
        w.act_settings.setToolTip(self.tr("Jadwal, Ramadan, pengingat, baki, templat, bahasa, cadangan, kop surat, tanda tangan (Ctrl+Alt+S)"))
        w.act_switch_profile = a(self.tr("&Ganti profil\u2026"), None, self._switch_profile)
        w.act_switch_profile.setToolTip(self.tr("Buka catatan pegawai lain di komputer ini (profil lain)"))
        w.act_quit = a(self.tr("&Keluar"), QKeySequence.keyBindings(QKeySequence.Quit) or "Ctrl+Q", w.quit_app)
        w.act_keys = a(self.tr("&Pintasan keyboard"), "F1", w.show_shortcuts)
        w.act_about = a(self.tr("&Tentang Absensi"), None, w.show_about)

    def _build_keys(self) -> None:
        w = self._window
        esc = QShortcut(QKeySequence(Qt.Key_Escape), w.form)
        esc.setContext(Qt.WidgetWithChildrenShortcut)
        esc.activated.connect(w.form.cancel)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            enter = QShortcut(QKeySequence(key), w.table)
            enter.setContext(Qt.WidgetShortcut)
            enter.activated.connect(w.edit_selected)

    def _build_menus(self) -> None:
        w = self._window
        bar = w.menuBar()
        m = bar.addMenu(self.tr("&Berkas"))
        m.addAction(w.act_export)
        m.addAction(w.act_evaluation)
        m.addAction(w.act_unlock)
        m.addAction(w.act_history)
        m.addSeparator()
        m.addAction(w.act_open_summary)
        m.addAction(w.act_recap)
        m.addSeparator()
        m.addAction(w.act_folder)
        m.addAction(w.act_backup_now)
        m.addAction(w.act_backups)
        m.addSeparator()
        m.addAction(w.act_switch_profile)
        m.addSeparator()
        m.addAction(w.act_quit)
        m = bar.addMenu(self.tr("&Sunting"))
        for a in (w.act_undo, w.act_redo, None, w.act_new, w.act_save, w.act_edit, w.act_delete, None, w.act_copy,
                  None, w.act_timer):
            m.addSeparator() if a is None else m.addAction(a)
        m = bar.addMenu(self.tr("&Lihat"))
        for a in (w.act_show_day, w.act_show_dashboard, None, w.act_prev, w.act_next, w.act_today, w.act_pick):
            m.addSeparator() if a is None else m.addAction(a)
        m = bar.addMenu(self.tr("Pe&ngaturan"))
        m.addAction(w.act_settings)
        m.addSeparator()
        m.addAction(w.act_profile)
        m.addAction(w.act_skp)
        m.addAction(w.act_work_calendar)
        m.addAction(w.act_signing_key)
        m.addAction(w.act_trust)
        m = bar.addMenu(self.tr("Ban&tuan"))
        m.addAction(w.act_keys)
        m.addAction(w.act_about)

    def _build_toolbar(self) -> None:
        w = self._window
        tb = QToolBar(self.tr("Navigasi"))
        tb.setObjectName("navigation")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        w.act_prev.setIconText(self.tr("\u25C0 Sebelumnya"))
        w.act_next.setIconText(self.tr("Berikutnya \u25B6"))
        w.act_today.setIconText(self.tr("Hari ini"))
        tb.addAction(w.act_show_day)
        tb.addAction(w.act_show_dashboard)
        tb.addSeparator()
        for a in (w.act_prev, w.act_today, w.act_next):
            tb.addAction(a)
        tb.addSeparator()
        w.act_new.setIconText(self.tr("+ Kegiatan baru"))
        tb.addAction(w.act_new)
        tb.addAction(w.act_copy)
        tb.addSeparator()
        tb.addAction(w.act_undo)
        tb.addAction(w.act_redo)
        tb.addSeparator()
        tb.addAction(w.act_export)
        for a in (w.act_prev, w.act_next, w.act_today, w.act_new, w.act_copy):
            keys = a.shortcut().toString(QKeySequence.NativeText)
            a.setToolTip(f"{a.text().replace('&', '')} ({keys})")
        w.addToolBar(tb)

    def _switch_profile(self) -> None:
        """Berkas › Ganti profil…: the next person's log, without quitting (views.profile_picker)."""
        from absensi_app.views.profile_picker import switch_profile

        switch_profile(self._window)

    def shortcuts_html(self) -> str:
        """The keyboard shortcuts as an HTML table (for Bantuan › Pintasan keyboard)."""
        w = self._window
        page_keys = ", ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in (Qt.Key_PageUp, Qt.Key_PageDown))
        rows = [
            (w.act_show_day, None),
            (w.act_show_dashboard, None),
            (None, (self.tr("Bulan sebelumnya / berikutnya (di Kemajuan)"), page_keys)),
            (w.act_new, None),
            (w.act_save, None),
            (None, (self.tr("Pilih templat kegiatan / simpan isian sebagai templat"), "Ctrl+Shift+P")),
            (None, (self.tr("Pindah ke kolom berikutnya"), "Tab")),
            (None, (self.tr("Batalkan pengisian"), "Esc")),
            (w.act_edit, None),
            (w.act_delete, None),
            (w.act_undo, None),
            (w.act_redo, None),
            (w.act_copy, None),
            (None, (self.tr("Mulai / hentikan timer"), QKeySequence("Ctrl+Shift+T").toString(QKeySequence.NativeText))),
            (w.act_prev, None),
            (w.act_next, None),
            (w.act_today, None),
            (w.act_pick, None),
            (w.act_export, None),
            (w.act_backup_now, None),
            (w.act_settings, None),
            (w.act_quit, None),
        ]
        lines = []
        for action, extra in rows:
            if action is not None:
                name = action.text().replace("&", "")
                keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
            else:
                name, keys = extra
            lines.append(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>")
        return "<table cellspacing='6'>" + "".join(lines) + "</table>"
