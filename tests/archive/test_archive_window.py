"""The archive window ("Berkas › Buka arsip instansi…") on the session's real PostgreSQL server
and the real office's signed files: connecting (and a password asked for), the month per unit
and person with the problem rows first, the unit filter, a folder ingested from the window with
its progress, a stored file opened in the summary viewer, the XLSX, and a clear sentence for an
archive that cannot be used."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from absensi_app.archive.database import ArchiveAddress
from absensi_app.archive.service import Archive
from absensi_app.services.team import CellState
from absensi_app.views import prompts
from tests.archive.conftest import PASSWORD, PASSWORD_USER, PgServer, _free_port
from tests.team_office import ANDI, BUDI, RINA
from tests.ui.conftest import PromptLog

OTHER_UNIT = "Bidang Pengembangan Aplikasi"
WAIT_MS = 60_000  # generous: the machine is shared; nothing here is a timing assertion


def new_archive(pg_server: PgServer, office: dict, ingest: bool, user: str = "postgres",
                password: str | None = None) -> str:  # fmt: skip
    name = pg_server.new_database("fenster")
    if user != "postgres":
        pg_server.admin(f'ALTER DATABASE "{name}" OWNER TO {user}')
    url = pg_server.url(name, user=user)
    with Archive.open(ArchiveAddress.of(url, password), require_schema=False) as archive:
        archive.init()
        for der in office["certs"].values():
            archive.trust.add(der)
        if ingest:
            archive.ingest([office["inbox"]], workers=1)
    return url


@pytest.fixture(scope="module")
def filled(pg_server: PgServer, office: dict) -> str:
    """An archive holding every file of the office (made once for the module)."""
    return new_archive(pg_server, office, ingest=True)


class Prompts(PromptLog):
    def __init__(self) -> None:
        super().__init__()
        self.secrets: list[str] = []
        self.next_secret: str | None = None

    def ask_secret(self, parent, title, label) -> str | None:  # noqa: ANN001
        self.secrets.append(label)
        return self.next_secret


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Prompts:
    log = Prompts()
    for name in ("error", "info", "confirm", "open_file", "save_file", "open_folder", "ask_secret", "choose"):
        monkeypatch.setattr(prompts, name, getattr(log, name))
    # no password from the environment or a ~/.pgpass: the window has to ask
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("ABSENSI_ARSIP_DB", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "tidak-ada.pgpass"))
    return log


@pytest.fixture
def win(qtbot, ctx, answers):  # noqa: ANN001, ANN201
    from absensi_app.views.archive.window import ArchiveWindow

    ctx.clock.fixed = datetime(2026, 12, 15, 9, 0)  # November is over: Budi owes it
    window = ArchiveWindow(ctx)
    window.workers = 1
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def connect(qtbot, window, url: str, month: str = "2026-11") -> None:  # noqa: ANN001
    window.month_picker.set_value(month)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        assert window.connect_archive(url)
    assert window.archive is not None, window.note


def reload(qtbot, window, change) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        assert change()


def rows(window) -> list[tuple[str, list[tuple[str, str]]]]:  # noqa: ANN001
    """(unit, [(name, state text)]) as the tree shows them."""
    model, out = window.status_model, []
    for u in range(model.rowCount()):
        unit = model.index(u, 0)
        people = [(model.index(p, 0, unit).data(), model.index(p, 2, unit).data()) for p in range(model.rowCount(unit))]
        out.append((unit.data(), people))
    return out


def test_connect_shows_the_month_problem_rows_first(qtbot, win, filled: str, ctx, answers: Prompts) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from absensi_app.views.archive.address_memory import last_address
    from absensi_app.views.supervisor.matrix_table import COLOURS

    connect(qtbot, win, filled)
    shown = rows(win)
    # the unit with problems first, each with its counts
    assert [unit for unit, _people in shown] == [f"{RINA.unit} \u2014 3 pegawai, 3 bermasalah",
                                                 f"{OTHER_UNIT} \u2014 1 pegawai, 1 belum mengirim"]  # fmt: skip
    first = shown[0][1]
    assert len(first) == 3 and all(state.startswith("MASALAH") for _name, state in first)
    assert shown[1][1] == [(BUDI.name, "Belum mengirim")]
    model = win.status_model
    problem = model.index(0, 2, model.index(0, 0))
    assert problem.data(Qt.BackgroundRole).color() == COLOURS[CellState.PROBLEM]
    andi = model.index(model.person_index(ANDI.nip).row(), 3, model.index(0, 0))
    assert andi.data()  # his hours, from his valid file
    assert "4 pegawai di 2 unit kerja" in win.summary.text() and "1 belum mengirim" in win.summary.text()
    assert [p.nip for p in win.missing_model.people] == [BUDI.nip]
    files = [r.file for r in win.problem_files.rows()]
    assert files[:3] == ["andi-2026-11-disetujui.pdf", "palsu-rina-2026-11.pdf", "dewi-2026-11.pdf"]
    assert {"foto.pdf", "rina-2026-11-diubah.pdf"} <= set(files)
    assert win.tabs.tabText(2) == "Berkas bermasalah (5)"
    assert "Terhubung" in win.note and filled in win.windowTitle()
    assert last_address(ctx.paths.data_dir) == filled  # prefilled next time
    # an earlier month, picked in the window
    reload(qtbot, win, lambda: win.set_month("2026-09"))
    assert rows(win) == [(f"{RINA.unit} \u2014 1 pegawai", [(RINA.name, "Disetujui \u2014 Sangat Baik")])]
    assert answers.errors == []


def test_the_unit_filter(qtbot, win, filled: str) -> None:  # noqa: ANN001
    connect(qtbot, win, filled)
    assert win.unit_box.count() == 2  # the units offered to pick from
    reload(qtbot, win, lambda: win.set_unit("pengembangan"))
    assert rows(win) == [(f"{OTHER_UNIT} \u2014 1 pegawai, 1 belum mengirim", [(BUDI.name, "Belum mengirim")])]
    assert win.problem_files.rows() == [] and "pengembangan" in win.summary.text()
    reload(qtbot, win, lambda: win.set_unit(""))
    assert len(win.status.people) == 4
    # another address that fails: said so, and the archive shown stays connected
    assert win.connect_archive(f"postgresql://postgres@127.0.0.1:{_free_port()}/arsip")
    wait_connected_or_not(qtbot, win)
    assert "tidak bisa dihubungi" in win.note and "Masih terhubung ke" in win.note
    assert win.archive is not None and len(win.status.people) == 4 and win.refresh_action.isEnabled()


def test_ingest_a_folder_from_the_window(qtbot, win, pg_server: PgServer, office: dict, answers: Prompts) -> None:  # noqa: ANN001
    url = new_archive(pg_server, office, ingest=False)
    connect(qtbot, win, url)
    assert win.status.people == () and win.ingest_action.isEnabled()
    seen: list[tuple[int, int]] = []
    win.ingest_progressed.connect(lambda done, total: seen.append((done, total)))
    answers.next_folder = str(office["inbox"])
    with qtbot.waitSignal(win.ingest_finished, timeout=WAIT_MS):
        assert win.choose_ingest_folder()
        assert win.busy and win.progress_row.isVisible() and not win.ingest_action.isEnabled()
    total = len(office["files"])
    assert seen and seen[-1] == (total, total)  # progress arrived through the event loop meanwhile
    summary = win.ingest_summary
    assert summary is not None and not summary.cancelled and len(summary.results) == total
    assert summary.stored and summary.rejected and summary.already == 1  # Rina's identical copy
    assert (f"{total} berkas: {summary.stored} disimpan, 1 sudah ada, {summary.rejected} ditolak."
            in win.note)  # fmt: skip
    assert not win.progress_row.isVisible() and not win.busy
    qtbot.waitUntil(lambda: win.status is not None and len(win.status.people) == 4, timeout=WAIT_MS)
    assert rows(win)[0][0].startswith(RINA.unit)
    # the same folder again, in two worker processes started from the app: nothing new stored
    win.workers = 2
    with qtbot.waitSignal(win.ingest_finished, timeout=WAIT_MS):
        assert win.ingest_folder(office["inbox"])
    assert win.ingest_summary.already == total and answers.errors == []


def test_an_ingest_can_be_cancelled(qtbot, win, pg_server: PgServer, office: dict) -> None:  # noqa: ANN001
    import threading

    url = new_archive(pg_server, office, ingest=False)
    connect(qtbot, win, url)
    archive, first_batch, go_on = win.archive, threading.Event(), threading.Event()
    ingest = archive.ingest

    def held(paths, workers, progress, cancelled):  # noqa: ANN001, ANN202 - the real ingest, held after a batch
        def report(done: int, total: int, path: str) -> None:
            progress(done, total, path)
            first_batch.set()
            go_on.wait(WAIT_MS / 1000)

        return ingest(paths, workers, report, cancelled)

    archive.ingest = held
    with qtbot.waitSignal(win.ingest_finished, timeout=WAIT_MS):
        assert win.ingest_folder(office["inbox"])
        qtbot.waitUntil(first_batch.is_set, timeout=WAIT_MS)
        win.cancel_ingest()
        assert not win.cancel_button.isEnabled() and "Menghentikan" in win.current_file.text()
        go_on.set()
    summary = win.ingest_summary
    assert summary.cancelled and 0 < len(summary.results) < len(office["files"])
    assert win.note.startswith("Dihentikan.") and not win.busy


def test_a_stored_file_opens_in_the_viewer(qtbot, win, filled: str, office: dict) -> None:  # noqa: ANN001
    connect(qtbot, win, filled)
    with qtbot.waitSignal(win.file_opened, timeout=WAIT_MS) as opened:
        assert win.open_person(ANDI.nip)  # his problem: the approval changed afterwards
    viewer = opened.args[0]
    assert viewer.name == "andi-2026-11-disetujui.pdf"
    assert viewer.data == (office["inbox"] / "andi-2026-11-disetujui.pdf").read_bytes()
    qtbot.waitUntil(lambda: viewer.verdict is not None, timeout=WAIT_MS)
    assert win.viewers == [viewer]
    # from the cell panel: the person's files, the one selected opens
    assert win.cell_panel.member.nip == ANDI.nip and win.cell_panel.files.count() >= 1
    with qtbot.waitSignal(win.file_opened, timeout=WAIT_MS):
        win.cell_panel.open_current()
    assert len(win.viewers) == 2
    assert not win.open_person(BUDI.nip)  # nothing valid for November: a word in the status bar
    assert "Belum ada ringkasan" in win.statusBar().currentMessage()


def test_the_viewer_checks_against_the_archives_trust(qtbot, win, filled: str, answers: Prompts) -> None:  # noqa: ANN001
    connect(qtbot, win, filled)
    judged = {r.file: r.status for r in win.status.problem_files}
    with qtbot.waitSignal(win.file_opened, timeout=WAIT_MS) as opened:
        assert win.open_person(RINA.nip)  # her worst file: another certificate in her name
    viewer = opened.args[0]
    qtbot.waitUntil(lambda: viewer.verdict is not None, timeout=WAIT_MS)
    assert viewer.name == "palsu-rina-2026-11.pdf"
    # as the archive judged it (the app's own trust list is empty: it would say "not known yet")
    assert viewer.verdict.status == judged["palsu-rina-2026-11.pdf"] == "sertifikat-berbeda"
    assert not viewer.trust_signer(viewer.verdict.signers[0])  # the archive's store is not changed here
    assert answers.errors and "absensi arsip trust" in answers.errors[-1][1]
    assert win.ctx.trust.all() == []  # nor the app user's own list


def test_export_xlsx_writes_the_month(qtbot, win, filled: str, answers: Prompts, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    assert not win.export_action.isEnabled()
    connect(qtbot, win, filled)
    answers.next_save_file = str(tmp_path / "arsip-november")
    assert win.export_xlsx()
    assert answers.save_requests == [("Ekspor keadaan arsip", "arsip-2026-11.xlsx")]
    qtbot.waitUntil(lambda: win.exported_path is not None, timeout=WAIT_MS)
    assert win.exported_path == tmp_path / "arsip-november.xlsx"
    book = load_workbook(win.exported_path)
    assert book.sheetnames == ["Rekap Tim", "Berkas"]
    answers.next_save_file = None
    assert not win.export_xlsx()  # cancelled: nothing


def wait_connected_or_not(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.connecting, timeout=WAIT_MS)


def test_an_archive_that_cannot_be_used_gets_a_sentence(qtbot, win, pg_server: PgServer, answers: Prompts) -> None:  # noqa: ANN001
    unreachable = f"postgresql://postgres@127.0.0.1:{_free_port()}/arsip"
    assert win.connect_archive(unreachable)
    wait_connected_or_not(qtbot, win)
    assert win.archive is None and "tidak bisa dihubungi" in win.note and "Traceback" not in win.note
    assert win.connection_label.styleSheet() and not win.ingest_action.isEnabled()
    assert not win.connect_archive("postgresql://postgres:rahasia@127.0.0.1/arsip")  # refused at once
    assert "kata sandi" in win.note
    assert not win.connect_archive("mysql://x@y/z") and "bukan alamat PostgreSQL" in win.note
    assert win.connect_archive(pg_server.url("tidak_ada"))
    wait_connected_or_not(qtbot, win)
    assert "Database 'tidak_ada' tidak ada" in win.note
    assert win.connect_archive(pg_server.url(pg_server.new_database("kosong")))  # no schema yet
    wait_connected_or_not(qtbot, win)
    assert "belum berisi arsip" in win.note and win.archive is None
    assert answers.errors == [] and answers.secrets == []


def test_a_password_is_asked_and_never_kept(qtbot, win, pg_server: PgServer, office: dict, answers: Prompts, ctx) -> None:  # noqa: ANN001
    url = new_archive(pg_server, office, ingest=False, user=PASSWORD_USER, password=PASSWORD)
    answers.next_secret = None  # cancelled: not connected, a sentence
    assert win.connect_archive(url)
    wait_connected_or_not(qtbot, win)
    assert win.archive is None and "kata sandi tidak diisi" in win.note and len(answers.secrets) == 1
    assert PASSWORD_USER in answers.secrets[0]
    answers.next_secret = "salah-sekali"
    assert win.connect_archive(url)
    wait_connected_or_not(qtbot, win)
    assert "menolak kata sandi" in win.note and win.archive is None
    answers.next_secret = PASSWORD
    with qtbot.waitSignal(win.loaded, timeout=WAIT_MS):
        assert win.connect_archive(url)
    assert win.archive is not None and win.status is not None and len(answers.secrets) == 3
    ini = (ctx.paths.data_dir / "tampilan.ini").read_text()
    assert url in ini and PASSWORD not in ini


def test_the_menu_entry_opens_the_window_on_the_last_address(qtbot, ctx, filled: str, answers: Prompts) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    from absensi_app.views.archive import open_archive_window
    from absensi_app.views.archive.address_memory import remember_address

    host = QWidget()
    qtbot.addWidget(host)
    host.ctx, host._side_windows = None, []
    assert open_archive_window(host) is None  # the data is still loading
    host.ctx = ctx
    first = open_archive_window(host)
    assert first.url_edit.text() == "" and first.archive is None and not first.connecting  # nothing to connect to
    first.close()
    remember_address(ctx.paths.data_dir, filled)
    window = open_archive_window(host)
    assert window.url_edit.text() == filled and window.connecting and window in host._side_windows
    qtbot.waitUntil(lambda: window.status is not None, timeout=WAIT_MS)
    assert len(window.status.people) >= 3
    window.close()
    qtbot.waitUntil(lambda: host._side_windows == [], timeout=WAIT_MS)  # forgotten once deleted
