"""Templates of recurring tasks in the entry form: the "Templat" menu (``TemplateMenu``), how a
template fills the form (``fill_form``: what the user typed wins), and the glue to
``ctx.templates`` that the main window adds after ``attach`` (``attach_templates``): save the
form or a selected entry as a template, a duplicate name replaced or kept as the user chooses.

The form itself has no context: it shows the list it is given and asks through its signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton, QWidget, QWidgetAction

from absensi_app.domain.errors import AbsensiError
from absensi_app.domain.model import Location
from absensi_app.domain.templates import TaskTemplate, name_key, validate_template
from absensi_app.views import prompts
from absensi_app.views.formatting import clip, minutes_text
from absensi_app.views.labels import error_text, location_label
from absensi_app.views.language import Retranslated

if TYPE_CHECKING:
    from absensi_app.views.entry_form import EntryForm
    from absensi_app.views.main_window import MainWindow

SEARCH_FROM = 7  # with this many templates the menu starts with a search line


class TemplateMenu(Retranslated, QMenu):
    """The templates (numbered &1..&9 while few; a search line when many), then "Simpan isian
    sebagai templat…" and "Jadikan templat dari kegiatan terpilih…"."""

    picked = Signal(object)  # a TaskTemplate
    save_requested = Signal()
    from_entry_requested = Signal()

    def __init__(self, parent: QWidget, opener: Callable[[], None]) -> None:
        """``opener`` shows the menu (``EntryForm.open_templates``): on ``button`` and on
        Ctrl+Shift+P anywhere in ``parent``'s window."""
        super().__init__(parent)
        self.button = QPushButton()
        self.button.clicked.connect(opener)
        self.shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), parent)
        self.shortcut.setContext(Qt.WindowShortcut)
        self.shortcut.activated.connect(opener)
        self.setToolTipsVisible(True)
        self._templates: list[TaskTemplate] = []
        self._items: list[QAction] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_item = QWidgetAction(self)
        self._search_item.setDefaultWidget(self.search)
        self.addAction(self._search_item)
        self._empty_item = self.addAction("")
        self._empty_item.setEnabled(False)
        self._end_of_list = self.addSeparator()
        self.save_item = self.addAction("")
        self.save_item.triggered.connect(self.save_requested)
        self.from_entry_item = self.addAction("")
        self.from_entry_item.triggered.connect(self.from_entry_requested)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_enter)
        self.retranslate()
        self.set_templates([])

    def retranslate(self) -> None:
        """The fixed texts in the language now active (the templates are the user's own)."""
        self.button.setText(self.tr("Te&mplat \u25BE"))
        self.button.setToolTip(self.tr(
            "Isi dari templat kegiatan berulang, atau simpan isian ini sebagai templat (Ctrl+Shift+P)"))
        self.search.setPlaceholderText(self.tr("ketik untuk mencari templat"))
        self.save_item.setText(self.tr("&Simpan isian sebagai templat\u2026"))
        self.save_item.setToolTip(self.tr("Uraian, lokasi, RHK, Rencana Aksi, satuan dan durasi isian ini"))
        self.from_entry_item.setText(self.tr("&Jadikan templat dari kegiatan terpilih\u2026"))
        for item, t in zip(self._items, self._templates):
            item.setToolTip(_details(t))
        self._filter(self.search.text())

    @property
    def items(self) -> list[QAction]:
        """One action per template, in the order given."""
        return list(self._items)

    def set_templates(self, templates: list[TaskTemplate]) -> None:
        for item in self._items:
            self.removeAction(item)
            item.deleteLater()
        self._templates = list(templates)
        many = len(templates) >= SEARCH_FROM
        self._items = []
        for i, t in enumerate(templates):
            text = _item_text(t).replace("&", "&&")
            item = QAction(text if many or i >= 9 else f"&{i + 1}  {text}", self)
            item.setToolTip(_details(t))
            item.triggered.connect(lambda _checked=False, t=t: self.picked.emit(t))
            self.insertAction(self._end_of_list, item)
            self._items.append(item)
        self._search_item.setVisible(many)
        self.search.clear()
        self._filter("")

    def open_at(self, pos: QPoint) -> None:
        """Pop up at ``pos`` (not modal): typing goes to the search line, or Enter takes the first."""
        self.search.clear()
        self.popup(pos)
        if self._search_item.isVisible():
            self.setActiveAction(self._search_item)
            self.search.setFocus()
        elif self._items:
            self.setActiveAction(self._items[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """A letter typed while the list is highlighted goes on searching."""
        text = event.text()
        if (self._search_item.isVisible() and not self.search.hasFocus() and text.isprintable() and text.strip()
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)):  # fmt: skip
            self.setActiveAction(self._search_item)
            self.search.setFocus()
            self.search.insert(text)
            return
        super().keyPressEvent(event)

    def _filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        shown = 0
        for item, t in zip(self._items, self._templates):
            match = not needle or needle in t.name.casefold() or needle in t.description.casefold()
            item.setVisible(match)
            shown += match
        if not self._templates:
            self._empty_item.setText(self.tr("Belum ada templat: isi formulir, lalu simpan sebagai templat"))
        else:
            self._empty_item.setText(self.tr("Tidak ada templat yang cocok"))
        self._empty_item.setVisible(shown == 0)

    def _search_enter(self) -> None:
        active = self.activeAction()
        chosen = active if active in self._items else next((i for i in self._items if i.isVisible()), None)
        if chosen is not None:
            self.close()
            chosen.trigger()


def _item_text(t: TaskTemplate) -> str:
    """'Rapat mingguan — Rapat koordinasi mingguan bidang': the name, and the description
    when it says more."""
    if t.description.casefold() in t.name.casefold():
        return t.name
    return f"{t.name}  \u2014  {clip(t.description, 60)}"


def _details(t: TaskTemplate) -> str:
    """The tooltip of a template: its description and what else it fills."""
    lines = [t.description]
    if t.location is not None:
        lines.append(QCoreApplication.translate("EntryTemplates", "Lokasi: {place}").format(place=location_label(t.location)))
    if t.rhk_id is not None:
        lines.append(QCoreApplication.translate("EntryTemplates", "RHK nomor {id}").format(id=t.rhk_id))
    if t.unit:
        lines.append(QCoreApplication.translate("EntryTemplates", "Satuan: {unit}").format(unit=t.unit))
    if t.minutes:
        lines.append(QCoreApplication.translate("EntryTemplates", "Biasanya {duration}").format(duration=minutes_text(t.minutes)))
    return "\n".join(lines)


# ---- filling the form ----------------------------------------------------------------------
class FillState:
    """Per field of the form, the values that count as not typed: what the reset put there and
    what a template filled in since. Only such fields are filled by the next template."""

    def __init__(self) -> None:
        self._untouched: dict[str, list[object]] = {}

    def reset(self, **values: object) -> None:
        """After a reset of the form; a field left out is never filled."""
        self._untouched = {field: [value] for field, value in values.items()}

    def untouched(self, field: str, value: object) -> bool:
        return value in self._untouched.get(field, ())

    def filled(self, field: str, value: object) -> None:
        self._untouched.setdefault(field, []).append(value)


def fill_form(form: EntryForm, t: TaskTemplate, state: FillState) -> list[str]:
    """Fill the fields of ``form`` that ``state`` counts as untouched from ``t``; returns what
    could not be filled, as sentences for the user."""
    notes = []
    if state.untouched("description", form.description.text()):
        form.description.setText(t.description)
        state.filled("description", t.description)
    if t.location is not None and state.untouched("location", form.location.currentData()):
        form.location.setCurrentIndex(form.location.findData(t.location.value))
        state.filled("location", t.location.value)
    if t.rhk_id is not None and state.untouched("rhk", (form.rhk_id(), form.action_id())):
        offered = form.rhk_picker.offered(t.rhk_id)
        if offered is None:
            notes.append(QCoreApplication.translate("EntryTemplates",
                           "RHK templat ini (nomor {id}) tidak ada di daftar RHK tanggal ini: sudah dihapus, atau "
                           "di luar periode SKP. Kegiatan diisi tanpa RHK; pilih sendiri bila perlu.").format(id=t.rhk_id))
        else:
            action_id = t.action_id
            if action_id is not None and all(a.id != action_id for a in offered.actions):
                notes.append(QCoreApplication.translate("EntryTemplates",
                               "Rencana Aksi templat ini tidak berlaku untuk tanggal ini; pilih sendiri bila perlu."))
                action_id = None
            form.select_rhk(offered.id, action_id)
            state.filled("rhk", (form.rhk_id(), form.action_id()))
    if t.unit and state.untouched("unit", form.unit.currentText().strip()):
        form.unit.setEditText(t.unit)
        state.filled("unit", t.unit)
    if t.minutes and form.duration_only.isChecked():
        if state.untouched("duration", form.duration.value()):
            form.duration.setValue(t.minutes)
            state.filled("duration", form.duration.value())
    elif t.minutes and state.untouched("end", _time(form.end)):
        start = _time(form.start)
        finish = datetime.combine(_SOME_DAY, start) + timedelta(minutes=t.minutes)
        if finish.date() != _SOME_DAY:
            notes.append(QCoreApplication.translate("EntryTemplates",
                           "Durasi biasa templat ini ({duration}) dari jam {start} melewati tengah malam; isi jam "
                           "selesai sendiri.").format(duration=minutes_text(t.minutes), start=f"{start:%H:%M}"))
        else:
            form.end.setTime(QTime(finish.hour, finish.minute))
            state.filled("end", finish.time())
    return notes


def template_of_form(form: EntryForm, name: str) -> TaskTemplate:
    """A template named ``name`` that repeats what ``form`` holds (checked when saved)."""
    if form.duration_only.isChecked():
        minutes = form.duration.value()
    else:
        minutes = _minute_of_day(_time(form.end)) - _minute_of_day(_time(form.start))
    return TaskTemplate(
        name, form.description.text(), Location(form.location.currentData()), form.rhk_id(), form.action_id(),
        form.unit.currentText().strip() or None, minutes if minutes > 0 else None,
    )


_SOME_DAY = date(2000, 1, 1)


def _time(edit) -> time:  # noqa: ANN001 - a QTimeEdit
    value = edit.time()
    return time(value.hour(), value.minute())


def _minute_of_day(value: time) -> int:
    return value.hour * 60 + value.minute


def _suggested_name(description: str, limit: int = 40) -> str:
    """The first words of ``description``, at most ``limit`` characters: a name to start from."""
    name = ""
    for word in description.split():
        if len(name) + len(word) + 1 > limit:
            break
        name = f"{name} {word}".strip()
    return name or description.strip()[:limit]


# ---- the glue to ctx.templates --------------------------------------------------------------
def attach_templates(window: MainWindow) -> EntryTemplates:
    """Connect the entry form's "Templat" menu of ``window`` to ``window.ctx.templates`` and
    add "Jadikan templat…" to the entries table's context menu. Call after ``attach``; called
    again (``use_context`` attaches anew) it only reads the list afresh."""
    glue = window.findChild(EntryTemplates, options=Qt.FindDirectChildrenOnly)
    if glue is None:
        return EntryTemplates(window)
    glue.refresh()
    return glue


class EntryTemplates(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        form = window.form
        form.templates_wanted.connect(self._opening)
        form.template_save_requested.connect(self.save_form)
        form.template_from_entry_requested.connect(self.save_selected)
        form.template_applied.connect(self._applied)
        self.table_action = QAction(window.table)
        self.retranslate()
        self.table_action.triggered.connect(self.save_selected)
        window.table.addAction(self.table_action)
        window.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.refresh()

    def retranslate(self) -> None:
        """Called by ``MainWindow.retranslate`` (an action gets no LanguageChange of its own)."""
        self.table_action.setText(self.tr("Jadikan &templat\u2026"))
        self.table_action.setToolTip(self.tr("Simpan kegiatan terpilih sebagai templat kegiatan berulang"))

    def refresh(self) -> None:
        """Give the form the templates as stored now (the settings or the CLI may have changed them)."""
        ctx = self._window.ctx
        if ctx is None:
            return
        try:
            self._window.form.set_templates(ctx.templates.list())
        except AbsensiError as exc:
            self._window.statusBar().showMessage(error_text(exc), 8000)

    def _opening(self) -> None:
        """The menu opens: the list as stored now; "Jadikan templat…" while there is an entry."""
        self.refresh()
        entry = self._window.selected_entry() or self._window.form.editing
        self._window.form.templates.from_entry_item.setEnabled(entry is not None)

    def save_form(self) -> None:
        """Simpan isian sebagai templat…: what the form holds, under a name the user gives."""
        form = self._window.form
        if not form.description.text().strip():
            form.show_error(self.tr("Isi dulu uraian kegiatan: templat menyimpan uraian, lokasi, RHK, Rencana Aksi, "
                                    "satuan dan durasi isian ini."), "description")
            return
        if form.rhk_picker.resolve_typed() < 0:
            form.submit()  # says which RHK text is not in the list, and saves nothing
            return
        self._save(lambda name: template_of_form(form, name), form.description.text())

    def save_selected(self) -> None:
        """Jadikan templat…: the entry selected in the table (or being edited)."""
        from absensi_app.services.templates import template_of_entry  # with the services, loaded by now

        entry = self._window.selected_entry() or self._window.form.editing
        if entry is None:
            self._window.statusBar().showMessage(self.tr("Pilih dulu kegiatan di tabel yang akan dijadikan templat."), 6000)
            return
        self._save(lambda name: template_of_entry(name, entry), entry.description)

    def _save(self, make, suggested: str) -> None:  # noqa: ANN001 - make(name) -> TaskTemplate
        window = self._window
        title = self.tr("Simpan sebagai templat")
        label = self.tr("Templat menyimpan uraian, lokasi, RHK dan Rencana Aksi, satuan dan durasi biasa.\n\n"
                        "Nama templat (mis. \u201cRapat mingguan\u201d):")
        name = prompts.ask_text(window, title, label, _suggested_name(suggested))
        while name is not None:
            try:
                existing = next((t for t in window.ctx.templates.list() if t.key == name_key(name)), None)
                if existing is None:
                    saved = window.ctx.templates.add(make(name))
                    break
                answer = prompts.choose(
                    window, title,
                    self.tr("Templat bernama \u201c{name}\u201d sudah ada.").format(name=existing.name),
                    [("replace", self.tr("Ganti yang lama")), ("rename", self.tr("Pakai nama lain\u2026")),
                     ("keep", self.tr("Biarkan yang lama"))],
                    self.tr("Isinya sekarang: {details}").format(details=_details(existing).replace("\n", "; ")),
                )  # fmt: skip
                if answer == "rename":
                    name = prompts.ask_text(window, title, label, name)
                    continue
                if answer != "replace":
                    window.statusBar().showMessage(self.tr("Templat \u201c{name}\u201d dibiarkan seperti semula.").format(
                        name=existing.name), 6000)
                    return
                saved = self._replace(existing, make(name))
                break
            except AbsensiError as exc:
                prompts.error(window, title, error_text(exc))
                return
        else:
            return
        self.refresh()
        window.statusBar().showMessage(self.tr("Templat \u201c{name}\u201d disimpan. Pilih dari tombol Templat "
                                               "(Ctrl+Shift+P).").format(name=saved.name), 8000)

    def _replace(self, old: TaskTemplate, new: TaskTemplate) -> TaskTemplate:
        """``new`` in place of ``old``; if ``new`` is refused, ``old`` stays."""
        templates = self._window.ctx.templates
        validate_template(new)
        templates.remove(old.name)
        try:
            return templates.add(new)
        except AbsensiError:
            templates.add(old)
            raise

    def _applied(self, template: TaskTemplate) -> None:
        self._window.statusBar().showMessage(
            self.tr("Diisi dari templat \u201c{name}\u201d; isian yang sudah diketik tidak diubah.").format(
                name=template.name), 6000)
