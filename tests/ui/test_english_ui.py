"""The English UI is complete (issue 14): with the English translator and locale, every visible
text of the main screens (the day view, the progress view, every settings page, the export
dialog, the timer's stop dialog, the summary viewer on a real signed file, the team recap) is
English. A text fails when it is one of the Indonesian sources of absensi_en.ts (then it was
not translated at run time: a wrong context, a text set before the translator) or when it holds
a typical Indonesian word once the user's own data (names, units, descriptions, RHK, holiday
names) is taken out of it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from absensi_app.config import AppPaths
from absensi_app.domain.model import Location
from absensi_app.services.clock import Clock
from absensi_app.services.context import open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo
from absensi_app.signing import keys
from absensi_app.views import language

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "absensi_en.ts"
NOW = datetime(2026, 11, 27, 16, 30)
PASS = "frasa sandi uji panjang"
SHOTS = Path("/tmp/shots/lang14")
# words of Indonesian sentences that English UI chrome never holds
INDONESIAN = {
    "dan", "yang", "tidak", "belum", "dari", "untuk", "hari", "jam", "kegiatan", "dengan", "atau", "ini",
    "itu", "sudah", "bisa", "akan", "pada", "ke", "di", "bila", "lagi", "simpan", "batal", "bulan", "minggu",
    "berkas", "tanggal", "pilih", "buka", "tutup", "ubah", "hapus", "tambah", "pengaturan", "cadangan",
    "jadwal", "ringkasan", "lokasi", "kantor", "rumah", "uraian", "bukti", "tercatat", "sebelumnya",
    "berikutnya", "tanpa", "menit", "sampai", "sejak", "baru", "semua", "keluar", "masih",
}
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z]+)?")


def _norm(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("\u2026", "").replace("...", "")
    return " ".join(text.split()).strip(" :")


def untranslated_sources() -> set[str]:
    """Sources of the .ts that differ from every English text (so seeing one means: untranslated)."""
    sources, translations = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        sources.add(_norm(message.findtext("source") or ""))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        translations.update(_norm(f) for f in forms)
    return {s for s in sources - translations if len(s) > 2 and not re.fullmatch(r"[\W\d_%v m]+", s)}


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user sees in ``top`` (table cells are user data: left out)."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(top) and w is not top and not isinstance(w, QMenu):
            continue
        name = type(w).__name__
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            out.extend((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            out.extend((name, w.itemText(i)) for i in range(w.count()) if w.itemData(i, Qt.UserRole) is not None
                       or not w.isEditable())  # fmt: skip
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, (QMenu, QToolBar)):
            out.append((name, w.title() if isinstance(w, QMenu) else w.windowTitle()))
            for a in w.actions():
                out.extend(((f"{name} action", a.text()), (f"{name} action tip", a.toolTip())))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            columns = header().count() if header is not None else 1
            out.extend(("header", str(model.headerData(c, Qt.Horizontal) or "")) for c in range(columns))
    if hasattr(top, "menuBar"):
        for a in top.menuBar().actions():
            out.append(("menu", a.text()))
            for sub in a.menu().actions():
                out.extend((("menu item", sub.text()), ("menu item tip", sub.toolTip())))
    return [(where, text) for where, text in out if text and text.strip()]


def problems(texts: list[tuple[str, str]], user_data: set[str]) -> list[str]:
    """What is still Indonesian in ``texts`` (``user_data``: the user's own words, allowed)."""
    forbidden = untranslated_sources()
    found = []
    for where, text in texts:
        plain = _norm(text)
        if plain in forbidden:
            found.append(f"{where}: {plain!r} (an Indonesian source)")
            continue
        for data in sorted(user_data, key=len, reverse=True):
            plain = plain.replace(data, " ")
        words = {w.lower() for w in WORD.findall(plain)} & INDONESIAN
        if words:
            found.append(f"{where}: {plain[:90]!r} ({', '.join(sorted(words))})")
    return sorted(set(found))


@pytest.fixture(scope="module")
def english():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    assert language.switch("en") == "en"
    yield
    language.switch("id")


@pytest.fixture
def sample(tmp_path: Path, english):  # noqa: ANN001, ANN201
    """The sample profile and months with a real signing key, and one signed summary."""
    ctx = open_context(AppPaths(tmp_path / "rina"), Clock(NOW))
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo(ctx.worklog, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip, SAMPLE_PROFILE.agency, PASS,
                         datetime.now())  # fmt: skip
    folder = tmp_path / "files"
    folder.mkdir()
    ctx.export.export_pdf(2026, 10, folder / "rina-2026-10.pdf", PASS)
    ctx.trust.add(ctx.keys.certificate_der())
    yield ctx, folder
    ctx.close()


def user_data(ctx) -> set[str]:  # noqa: ANN001
    """The user's own words the screens show as they are."""
    p = ctx.profile.get()
    words = {p.name, p.unit, p.agency, p.position, p.rank, p.supervisor_name, p.government, p.address, p.place}
    first, last = NOW.date().replace(month=9, day=1), NOW.date().replace(day=30)
    words.update(ctx.calendar.holidays_between(first, last).values())
    for day in (first.replace(month=m, day=d) for m in (9, 10, 11) for d in range(1, 31)):
        words.update(e.description for e in ctx.worklog.day(day).entries)
    for period in ctx.skp.periods():
        for rhk in ctx.skp.plan(period.id).rhk:
            words.update({rhk.name, rhk.indicator or "", rhk.unit or ""})
            words.update(a.description for a in rhk.actions)
    for t in ctx.templates.list():
        words.update({t.name, t.description})
    return {w for w in words if w and len(w) > 2}


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_deliberately_untranslated_label_is_caught(english) -> None:  # noqa: ANN001
    top = QWidget()
    label = QLabel("Simpan kegiatan", top)  # an Indonesian source, set without the translator
    sentence = QLabel("The entry was saved dan dicatat", top)  # English mixed with Indonesian words
    top.show()
    found = problems(visible_texts(top), set())
    assert any("an Indonesian source" in f and "Simpan kegiatan" in f for f in found)
    assert any("dan" in f and "saved" in f for f in found)
    label.setText("Save activity")
    sentence.setText("The entry was saved")
    assert problems(visible_texts(top), set()) == []
    top.deleteLater()


def test_the_main_screens_are_english(qtbot, sample, prompt_log, inline_tasks, monkeypatch) -> None:  # noqa: ANN001
    from absensi_app.views.export_dialog import ExportDialog
    from absensi_app.views.main_window import MainWindow
    from absensi_app.views.preferences import Preferences
    from absensi_app.views.settings.dialog import SettingsDialog
    from absensi_app.views.supervisor.recap_window import RecapWindow
    from absensi_app.views.supervisor.summary_viewer import SummaryViewer

    ctx, folder = sample
    data = user_data(ctx)
    found: dict[str, list[str]] = {}

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.load_day(NOW.date().replace(day=25))
    found["day view"] = problems(visible_texts(window), data)
    shot(window, "en-main-window")
    window.show_dashboard()
    found["progress view"] = problems(visible_texts(window), data)
    shot(window, "en-dashboard")
    window.show_day_view()

    settings = SettingsDialog(ctx, Preferences(ctx.paths.data_dir), window)
    qtbot.addWidget(settings)
    settings.show()
    for page in settings.pages:
        settings.show_page(page.key)
        found[f"settings › {page.key}"] = problems(visible_texts(settings), data)
        if page.key == "window":
            shot(settings, "en-settings-window")
    settings.close()

    export = ExportDialog(ctx, window, folder)
    qtbot.addWidget(export)
    export.show()
    found["export dialog"] = problems(visible_texts(export), data)
    export.close()

    ctx.timer.start("Menyusun telaah staf", Location.KANTOR)
    window.timer_control.refresh()
    stop = window.timer_control.ask_stop()
    found["timer stop dialog"] = problems(visible_texts(stop), data)
    stop.close()

    viewer = SummaryViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.open_file(folder / "rina-2026-10.pdf")
    qtbot.waitUntil(lambda: not viewer.checking)
    found["summary viewer"] = problems(visible_texts(viewer), data)
    shot(viewer, "en-summary-viewer")
    viewer.close()

    recap = RecapWindow(ctx)
    qtbot.addWidget(recap)
    recap.show()
    recap.scan(folder)
    qtbot.waitUntil(lambda: not recap.busy)
    found["team recap"] = problems(visible_texts(recap), data)
    recap.close()

    still = {screen: items for screen, items in found.items() if items}
    assert not still, "Indonesian in the English UI:\n" + "\n".join(
        f"[{screen}] {item}" for screen, items in still.items() for item in items)


def test_words_of_the_qt_free_layers_are_translated_where_shown(english) -> None:  # noqa: ANN001
    """The verdict's headline keeps its Indonesian text for the command line and is English on
    the screens; so are the predikat names and the words dropped into error messages."""
    from absensi_app.domain.verdict import Verdict
    from absensi_app.services.files import FileRefused
    from absensi_app.store.health import DAMAGED, KIND_WORDS
    from absensi_app.domain.errors import AbsensiError
    from absensi_app.domain.skp import PREDIKAT, Rating
    from absensi_app.views.labels import error_text, predikat_label, verdict_headline

    unsigned = Verdict(True)
    assert unsigned.headline() == "Berkas ini TIDAK bertanda tangan elektronik; isinya tidak bisa dipastikan."
    assert verdict_headline(unsigned) == "This file is NOT electronically signed; its content cannot be confirmed."
    assert predikat_label(PREDIKAT[(Rating.DI_ATAS, Rating.DI_ATAS)]) == "Outstanding"
    assert predikat_label(PREDIKAT[(Rating.DI_BAWAH, Rating.SESUAI)]) == "Needs Improvement"
    refused = FileRefused("{what} '{p}' tidak ada.", what="Berkas kunci", p="/x/kunci.pem")
    assert error_text(refused) == "Key file '/x/kunci.pem' does not exist."
    damaged = AbsensiError("Database {p} {k}{e}; tidak ada yang diubah. Dengan --replace berkas itu (beserta -wal/-shm-nya) "
                           "disimpan apa adanya di {b} sebagai rusak-\u2026, tidak dihapus, lalu data dari berkas pindah "
                           "menggantikannya.", p="absensi.db", k=KIND_WORDS[DAMAGED], e="", b="cadangan")  # fmt: skip
    assert error_text(damaged).startswith("The database absensi.db is damaged; nothing was changed.")
    located = AbsensiError("{where}{message}", where="RHK ke-2, Rencana Aksi ke-1: ", message="x")
    assert error_text(located) == "RHK no. 2, Rencana Aksi no. 1: x"
