"""The main window's commands: every action (set on the window as ``act_*``), the menus, the
toolbar, the keys that work inside the form and the table, and the list of keyboard shortcuts
shown by Bantuan › Pintasan keyboard. Adding a command means adding it here."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar

from absensi_app.views import language

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
        self.retranslate()

    def _action(self, shortcut, slot) -> QAction:  # noqa: ANN001
        """An action of the window; its text and tip come from ``retranslate``."""
        window = self._window
        action = QAction(window)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
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
        self._make_undo_actions()
        w.act_show_day = a("Ctrl+1", w.show_day_view)
        w.act_show_dashboard = a(["Ctrl+2", "Ctrl+D"], w.show_dashboard)
        w.view_group = QActionGroup(w)
        for action in (w.act_show_day, w.act_show_dashboard):
            action.setCheckable(True)
            w.view_group.addAction(action)
        w.act_show_day.setChecked(True)
        in_day = w.in_day_view
        w.act_new = a("Ctrl+N", in_day(w.new_entry))
        w.act_save = a(["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"], w.form.submit)
        w.act_edit = a("F2", w.edit_selected)
        w.act_delete = a(QKeySequence.Delete, w.delete_selected)
        w.act_delete.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.table.addAction(w.act_delete)
        w.removeAction(w.act_delete)
        w.act_copy = a("Ctrl+Shift+C", w.copy_previous_day)
        w.act_timer = a("Ctrl+Shift+T", lambda: w.timer_control.toggle())
        w.act_prev = a(["Alt+Left", "Ctrl+PgUp"], in_day(lambda: w.load_day(w.current_day - timedelta(days=1))))
        w.act_next = a(["Alt+Right", "Ctrl+PgDown"], in_day(lambda: w.load_day(w.current_day + timedelta(days=1))))
        w.act_today = a(["Ctrl+T", "Alt+Home"], in_day(lambda: w.load_day(w.ctx.clock.today())))
        w.act_pick = a("Ctrl+G", in_day(w.calendar.setFocus))
        w.act_profile = a("Ctrl+,", w.edit_profile)
        w.act_skp = a(None, w.edit_skp)
        w.act_work_calendar = a(None, w.edit_work_calendar)
        w.act_signing_key = a(None, w.edit_signing_key)
        w.act_export = a("Ctrl+E", w.export_summary)
        w.act_evaluation = a(None, w.export_evaluation)
        w.act_unlock = a(None, w.unlock_month)
        w.act_history = a(None, w.show_history)
        w.act_open_summary = a("Ctrl+O", lambda: w.open_summary())
        w.act_recap = a(None, w.open_recap)
        w.act_archive = a(None, w.open_archive)
        w.act_trust = a(None, w.open_trust)
        w.act_folder = a(None, w.open_data_folder)
        w.act_backup_now = a("Ctrl+Shift+B", w.backup_now)
        w.act_backups = a(None, w.open_backups)
        # Ctrl+Q where the platform names no quit key (Windows, Qt's offscreen platform)
        w.act_settings = a("Ctrl+Alt+S", lambda: w.open_settings())
        w.act_switch_profile = a(None, self._switch_profile)
        w.act_quit = a(QKeySequence.keyBindings(QKeySequence.Quit) or "Ctrl+Q", w.quit_app)
        w.act_keys = a("F1", w.show_shortcuts)
        w.act_about = a(None, w.show_about)

    def _make_undo_actions(self) -> None:
        """Urungkan and Ulangi: QUndoStack's own actions, whose text follows the last command;
        the prefix is given when they are made, so a new language makes them again."""
        w = self._window
        w.act_undo = w.undo_stack.createUndoAction(w, self.tr("&Urungkan"))
        w.act_undo.setShortcut(QKeySequence.Undo)
        w.act_redo = w.undo_stack.createRedoAction(w, self.tr("Ula&ngi"))
        w.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        w.addAction(w.act_undo)
        w.addAction(w.act_redo)
        self._undo_language = language.generation()

    def _replace_undo_actions(self) -> None:
        w = self._window
        old = (w.act_undo, w.act_redo)
        self._make_undo_actions()
        for holder in (self._menus[1], self._toolbar):
            for before, after in zip(old, (w.act_undo, w.act_redo)):
                holder.insertAction(before, after)
                holder.removeAction(before)
        for action in old:
            w.removeAction(action)
            action.deleteLater()

    def _texts(self) -> dict[str, tuple[str, str]]:
        """(text, tooltip) of every action, in the language now active."""
        return {
            "act_show_day": (self.tr("&Harian"), self.tr("Kegiatan satu hari (Ctrl+1)")),
            "act_show_dashboard": (self.tr("&Kemajuan"), self.tr("Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)")),
            "act_new": (self.tr("Kegiatan &baru"), ""),
            "act_save": (self.tr("&Simpan kegiatan"), ""),
            "act_edit": (self.tr("U&bah kegiatan terpilih"), ""),
            "act_delete": (self.tr("&Hapus kegiatan terpilih"), ""),
            "act_copy": (self.tr("Salin dari hari &sebelumnya"), ""),
            "act_timer": (self.tr("&Mulai timer"), self.tr("Mulai timer dari formulir, atau hentikan timer yang berjalan (Ctrl+Shift+T)")),
            "act_prev": (self.tr("Hari se&belumnya"), ""),
            "act_next": (self.tr("Hari beri&kutnya"), ""),
            "act_today": (self.tr("Hari &ini"), ""),
            "act_pick": (self.tr("&Pilih tanggal di kalender"), ""),
            "act_profile": (self.tr("&Profil dan jadwal kerja\u2026"), ""),
            "act_skp": (self.tr("&Rencana SKP\u2026"), ""),
            "act_work_calendar": (self.tr("&Kalender kerja\u2026"), ""),
            "act_signing_key": (self.tr("Kunci &tanda tangan\u2026"), ""),
            "act_export": (self.tr("&Ekspor ringkasan\u2026"), self.tr("Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)")),
            "act_evaluation": (self.tr("Dokumen e&valuasi kinerja\u2026"), self.tr("Dokumen Evaluasi Kinerja Pegawai setahun: RHK, target, realisasi per triwulan, keputusan pejabat penilai")),
            "act_unlock": (self.tr("B&uka kunci bulan\u2026"), ""),
            "act_history": (self.tr("&Riwayat perubahan\u2026"), ""),
            "act_open_summary": (self.tr("&Buka ringkasan\u2026"), ""),
            "act_recap": (self.tr("Rekap &tim\u2026"), ""),
            "act_archive": (self.tr("Buka &arsip instansi\u2026"), self.tr("Keadaan bulanan semua pegawai instansi dari arsip PostgreSQL: unit, pegawai, yang belum mengirim, berkas bermasalah")),
            "act_trust": (self.tr("Sertifikat &tepercaya\u2026"), ""),
            "act_folder": (self.tr("Buka &folder data"), ""),
            "act_backup_now": (self.tr("&Cadangkan sekarang"), ""),
            "act_backups": (self.tr("&Pulihkan cadangan\u2026"), ""),
            "act_settings": (self.tr("&Semua pengaturan\u2026"), self.tr("Jadwal, Ramadan, pengingat, baki, templat, bahasa, cadangan, kop surat, tanda tangan (Ctrl+Alt+S)")),
            "act_switch_profile": (self.tr("&Ganti profil\u2026"), self.tr("Buka catatan pegawai lain di komputer ini (profil lain)")),
            "act_quit": (self.tr("&Keluar"), ""),
            "act_keys": (self.tr("&Pintasan keyboard"), ""),
            "act_about": (self.tr("&Tentang Absensi"), ""),
        }

    def retranslate(self) -> None:
        """Every text of the actions, menus and toolbar in the language now active (at the
        start, and on Qt's LanguageChange: ``MainWindow.retranslate``)."""
        w = self._window
        if self._undo_language != language.generation():  # their prefix is fixed when made
            self._replace_undo_actions()
        for name, (text, tip) in self._texts().items():
            action = getattr(w, name)
            action.setText(text)
            if tip:
                action.setToolTip(tip)
        titles = (self.tr("&Berkas"), self.tr("&Sunting"), self.tr("&Lihat"), self.tr("Pe&ngaturan"), self.tr("Ban&tuan"))
        for menu, title in zip(self._menus, titles):
            menu.setTitle(title)
        self._toolbar.setWindowTitle(self.tr("Navigasi"))
        w.act_prev.setIconText(self.tr("\u25C0 Sebelumnya"))
        w.act_next.setIconText(self.tr("Berikutnya \u25B6"))
        w.act_today.setIconText(self.tr("Hari ini"))
        w.act_new.setIconText(self.tr("+ Kegiatan baru"))
        for a in (w.act_prev, w.act_next, w.act_today, w.act_new, w.act_copy):
            keys = a.shortcut().toString(QKeySequence.NativeText)
            a.setToolTip(f"{a.text().replace('&', '')} ({keys})")

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
        self._menus = [bar.addMenu("") for _ in range(5)]
        m = self._menus[0]
        m.addAction(w.act_export)
        m.addAction(w.act_evaluation)
        m.addAction(w.act_unlock)
        m.addAction(w.act_history)
        m.addSeparator()
        m.addAction(w.act_open_summary)
        m.addAction(w.act_recap)
        m.addAction(w.act_archive)
        m.addSeparator()
        m.addAction(w.act_folder)
        m.addAction(w.act_backup_now)
        m.addAction(w.act_backups)
        m.addSeparator()
        m.addAction(w.act_switch_profile)
        m.addSeparator()
        m.addAction(w.act_quit)
        m = self._menus[1]
        for a in (w.act_undo, w.act_redo, None, w.act_new, w.act_save, w.act_edit, w.act_delete, None, w.act_copy,
                  None, w.act_timer):
            m.addSeparator() if a is None else m.addAction(a)
        m = self._menus[2]
        for a in (w.act_show_day, w.act_show_dashboard, None, w.act_prev, w.act_next, w.act_today, w.act_pick):
            m.addSeparator() if a is None else m.addAction(a)
        m = self._menus[3]
        m.addAction(w.act_settings)
        m.addSeparator()
        m.addAction(w.act_profile)
        m.addAction(w.act_skp)
        m.addAction(w.act_work_calendar)
        m.addAction(w.act_signing_key)
        m.addAction(w.act_trust)
        m = self._menus[4]
        m.addAction(w.act_keys)
        m.addAction(w.act_about)

    def _build_toolbar(self) -> None:
        w = self._window
        tb = self._toolbar = QToolBar()
        tb.setObjectName("navigation")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        tb.addAction(w.act_show_day)
        tb.addAction(w.act_show_dashboard)
        tb.addSeparator()
        for a in (w.act_prev, w.act_today, w.act_next):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(w.act_new)
        tb.addAction(w.act_copy)
        tb.addSeparator()
        tb.addAction(w.act_undo)
        tb.addAction(w.act_redo)
        tb.addSeparator()
        tb.addAction(w.act_export)
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
