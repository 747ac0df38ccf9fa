"""Whose log opens (views/profile_picker.py, issue 13): at start the picker lists the data root's
profiles when there is more than one, the one used last preselected; the choice opens that
folder and becomes the one used last; a protected profile asks its passphrase after the pick;
"Tambah profil" adds and opens a new one; Batal opens nothing; one profile opens without a
picker; "Ganti profil…" in the window starts again on another profile. Real registry files
and databases under a data root of the test's own ($ABSENSI_DATA_ROOT)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from absensi_app.config import ENV_DATA_DIR, ENV_PROFILE, AppPaths, ProfileEntry, read_registry
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.services.context import open_context
from absensi_app.services.profiles import ProfilesService
from absensi_app.views import prompts
from absensi_app.views.profile_picker import ProfilePicker, switch_profile
from absensi_app.views.profile_start import choose_at_start, needs_picker, take_switch
from tests.conftest import FRIDAY
from tests.support import release_log_handlers
from tests.unit.test_profiles import PASS, _give_key, root  # noqa: F401 - the fixture

SITI, BUDI = "Siti Nurhaliza", "Budi Santoso"


@pytest.fixture
def two(root: Path) -> ProfilesService:  # noqa: F811
    """Two profiles, Budi used last (not the first one added)."""
    service = ProfilesService(root)
    service.add(SITI)
    service.add(BUDI)
    service.use(BUDI)
    return service


@pytest.fixture
def opened(clock):  # noqa: ANN001, ANN201
    """Open contexts of the test, closed (and their log files released) at its end."""
    made = []

    def open_(paths):  # noqa: ANN001, ANN202
        ctx = open_context(paths, clock)
        made.append(ctx)
        return ctx

    yield open_
    for ctx in made:
        ctx.close()
        release_log_handlers(ctx.paths.data_dir)


def _when_shown(answer) -> list:  # noqa: ANN001
    """Call ``answer(picker)`` once the modal picker is up; the list gets what it saw."""
    seen: list = []

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, go)
    return seen


def _select(picker: ProfilePicker, name: str) -> None:
    for i in range(picker.list.count()):
        if picker.list.item(i).data(Qt.UserRole + 1).name == name:
            picker.list.setCurrentRow(i)
            return
    raise AssertionError(f"{name} is not listed")


def _last(root: Path) -> str:
    return read_registry(root).last().name


# ---- the list -----------------------------------------------------------------------------
def test_the_picker_lists_both_with_the_last_used_selected_and_a_lock_on_the_protected(qtbot, two) -> None:  # noqa: ANN001
    _give_key(two, SITI)
    two.protect(SITI, PASS)
    picker = ProfilePicker(read_registry(two.root))
    qtbot.addWidget(picker)
    assert [e.name for e in picker.entries()] == [SITI, BUDI]
    assert picker.selected().name == BUDI and picker.open_button.isDefault()
    siti, budi = picker.list.item(0), picker.list.item(1)
    assert "dilindungi" in siti.text() and "dilindungi" not in budi.text()
    assert not siti.icon().isNull()
    assert "belum berisi data" in picker.hint.text()  # Budi has no data yet
    picker.list.setCurrentItem(siti)
    assert "frasa sandi" in picker.hint.text()


def test_the_picker_is_needed_only_for_several_profiles_and_nothing_named(two, monkeypatch) -> None:  # noqa: ANN001
    registry = read_registry(two.root)
    assert needs_picker(None, registry)
    assert not needs_picker("/somewhere", registry)
    monkeypatch.setenv(ENV_PROFILE, SITI)
    assert not needs_picker(None, registry)
    monkeypatch.delenv(ENV_PROFILE)
    monkeypatch.setenv(ENV_DATA_DIR, "/somewhere")
    assert not needs_picker(None, registry)
    monkeypatch.delenv(ENV_DATA_DIR)
    two.remove(SITI)
    assert not needs_picker(None, read_registry(two.root))


# ---- at start -----------------------------------------------------------------------------
def test_choosing_the_other_opens_its_folder_and_it_becomes_the_last_used(qtbot, two) -> None:  # noqa: ANN001
    def answer(picker) -> None:  # noqa: ANN001
        _select(picker, SITI)
        qtbot.keyClick(picker.list, Qt.Key_Return)  # Enter opens

    seen = _when_shown(answer)
    chosen = choose_at_start()
    assert isinstance(seen[0], ProfilePicker)
    assert chosen.paths.data_dir == two.folder(two.get(SITI)) and chosen.profile.name == SITI
    assert _last(two.root) == SITI
    # and the next start preselects her
    picker = ProfilePicker(read_registry(two.root))
    qtbot.addWidget(picker)
    assert picker.selected().name == SITI


def test_a_double_click_opens(qtbot, two) -> None:  # noqa: ANN001
    def answer(picker) -> None:  # noqa: ANN001
        _select(picker, SITI)
        picker.list.itemDoubleClicked.emit(picker.list.currentItem())

    _when_shown(answer)
    assert choose_at_start().profile.name == SITI


def test_two_profiles_stay_apart(qtbot, two, opened, sample_profile) -> None:  # noqa: ANN001
    _when_shown(lambda picker: (_select(picker, SITI), picker.open_button.click()))
    siti = opened(choose_at_start().paths)
    siti.profile.save(sample_profile)
    siti.worklog.add(EntryDraft(FRIDAY, Location.KANTOR, "Rapat koordinasi", time(8), time(9)))
    _when_shown(lambda picker: picker.open_button.click())  # Siti is preselected now
    assert choose_at_start().profile.name == SITI
    _when_shown(lambda picker: (_select(picker, BUDI), picker.open_button.click()))
    budi = opened(choose_at_start().paths)
    assert budi.paths.data_dir != siti.paths.data_dir
    assert not budi.profile.has_profile()
    assert budi.worklog.month_entries(2026, 11) == []
    assert [e.description for e in siti.worklog.month_entries(2026, 11)] == ["Rapat koordinasi"]


def test_batal_opens_nothing(qtbot, two) -> None:  # noqa: ANN001
    before = two.registry()
    _when_shown(lambda picker: picker.cancel_button.click())
    assert choose_at_start() == 0
    assert two.registry() == before
    assert not any(p.name == "absensi.sqlite" for p in two.root.rglob("*"))


def test_one_profile_opens_without_a_picker(qtbot, root, monkeypatch) -> None:  # noqa: ANN001, F811
    ProfilesService(root).add(SITI)
    monkeypatch.setattr(ProfilePicker, "pick", lambda self: pytest.fail("the picker was shown"))
    assert choose_at_start().profile.name == SITI
    ProfilesService(root).add(BUDI)  # two, but one named: no picker either
    assert choose_at_start(str(ProfilesService(root).folder(ProfilesService(root).get(BUDI)))).profile.name == BUDI
    monkeypatch.setenv(ENV_PROFILE, BUDI)
    assert choose_at_start().profile.name == BUDI


# ---- a protected profile ------------------------------------------------------------------
def _passphrases(monkeypatch, answers: list) -> list:  # noqa: ANN001
    asked: list[str] = []

    def ask_secret(parent, title, label):  # noqa: ANN001, ANN202
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "ask_secret", ask_secret)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: asked.append("ERROR " + text))
    return asked


@pytest.fixture
def siti_protected(two: ProfilesService) -> ProfilesService:
    _give_key(two, SITI)
    two.protect(SITI, PASS)
    return two


def test_a_protected_profile_asks_after_the_pick_and_three_wrong_open_nothing(qtbot, siti_protected,
                                                                              monkeypatch) -> None:  # noqa: ANN001
    asked = _passphrases(monkeypatch, ["a", "b", "c"])
    _when_shown(lambda picker: (_select(picker, SITI), picker.open_button.click()))
    assert choose_at_start() == 1
    assert len(asked) == 4 and asked[-1].startswith("ERROR Frasa sandi salah")
    assert _last(siti_protected.root) == BUDI  # not remembered
    assert not siti_protected.folder(siti_protected.get(SITI)).joinpath("absensi.sqlite").exists()


def test_the_right_passphrase_opens_and_a_cancel_goes_back_to_the_list(qtbot, siti_protected,
                                                                       monkeypatch) -> None:  # noqa: ANN001
    asked = _passphrases(monkeypatch, [None, "salah", PASS])
    states: list[bool] = []

    def answer(picker) -> None:  # noqa: ANN001
        _select(picker, SITI)
        picker.open_button.click()  # cancelled at the passphrase: still choosing
        states.append(picker.isVisible())
        picker.open_button.click()  # a wrong one, then the right one

    _when_shown(answer)
    chosen = choose_at_start()
    assert states == [True]
    assert chosen.profile.name == SITI and len(asked) == 3 and "Frasa sandi salah" in asked[2]
    assert _last(siti_protected.root) == SITI


# ---- a new profile ------------------------------------------------------------------------
def test_tambah_profil_adds_and_opens_a_new_one_whose_setup_starts_with_its_name(
        qtbot, two, prompt_log, opened) -> None:  # noqa: ANN001
    from absensi_app.app import start_windows

    prompt_log.next_text = "Ani Wulandari, S.E."
    _when_shown(lambda picker: picker.add_button.click())
    chosen = choose_at_start()
    assert prompt_log.text_requests and prompt_log.text_requests[0][0] == "Tambah profil"
    assert chosen.profile.name == "Ani Wulandari, S.E."
    assert [e.name for e in two.registry().profiles] == [SITI, BUDI, "Ani Wulandari, S.E."]
    assert _last(two.root) == "Ani Wulandari, S.E."
    assert chosen.paths.data_dir == two.root / "profiles" / "ani-wulandari-s-e"

    ctx = opened(chosen.paths)
    names: list[str] = []

    def setup() -> None:
        dialog = QApplication.activeModalWidget()
        names.append(dialog.form.name.text())
        dialog.reject()

    QTimer.singleShot(0, setup)
    assert start_windows(ctx) is None  # the first-run form of the new profile came up
    assert names == ["Ani Wulandari, S.E."]


def test_a_name_taken_is_refused_and_the_picker_stays(qtbot, two, prompt_log) -> None:  # noqa: ANN001
    prompt_log.next_text = "siti nurhaliza"
    states: list = []

    def answer(picker) -> None:  # noqa: ANN001
        picker.add_button.click()
        states.append((picker.isVisible(), len(picker.entries())))
        picker.cancel_button.click()

    _when_shown(answer)
    assert choose_at_start() == 0
    assert states == [(True, 2)]
    assert "Sudah ada profil" in prompt_log.errors[0][1]


# ---- the first start of a new computer ----------------------------------------------------
def test_the_first_start_registers_the_name_typed_in_the_form(qtbot, root, opened, prompt_log) -> None:  # noqa: ANN001, F811
    from absensi_app.app import start_windows
    from tests.ui.test_setup import _fill

    chosen = choose_at_start()  # nothing there yet: the data root itself, no picker
    assert chosen.paths.data_dir == root and chosen.profile is None
    ctx = opened(chosen.paths)

    def setup() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.key_form = None  # no signing key in this test
        _fill(qtbot, dialog.form)
        dialog.save_button.click()

    QTimer.singleShot(0, setup)
    window = start_windows(ctx)
    assert window is not None
    qtbot.addWidget(window)
    registry = read_registry(root)
    assert registry.stored and registry.profiles == (ProfileEntry("Budi Santoso, S.Kom.", "."),)
    # a second person added later gets a folder of their own; the first keeps the data root
    ProfilesService(root).add(SITI)
    assert [e.name for e in read_registry(root).profiles] == ["Budi Santoso, S.Kom.", SITI]


def test_the_sample_data_is_not_registered_under_the_sample_name(qtbot, root, opened) -> None:  # noqa: ANN001, F811
    from absensi_app.app import start_windows

    ctx = opened(choose_at_start().paths)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().sample_button.click())
    qtbot.addWidget(start_windows(ctx))
    assert not read_registry(root).stored


# ---- Ganti profil in the main window -----------------------------------------------------
def test_ganti_profil_closes_the_window_and_asks_for_the_chosen_one(qtbot, two, opened, sample_profile) -> None:  # noqa: ANN001
    from absensi_app.views.main_window import MainWindow

    ctx = opened(AppPaths(two.folder(two.get(BUDI))))
    ctx.profile.save(sample_profile)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    labels: list[str] = []
    _when_shown(lambda picker: (labels.extend(picker.list.item(i).text() for i in range(2)),
                                picker.open_button.click()))  # the open one, preselected: nothing happens
    switch_profile(window)
    assert window.isVisible() and take_switch() is None
    assert "sedang dibuka" in labels[1] and "sedang dibuka" not in labels[0]
    _when_shown(lambda picker: (_select(picker, SITI), picker.open_button.click()))
    switch_profile(window)
    assert not window.isVisible()
    switched = take_switch()
    assert switched.profile.name == SITI and take_switch() is None
    assert _last(two.root) == SITI


def test_run_gui_opens_the_pick_then_switches_in_the_same_process(qtbot, two, monkeypatch, sample_profile,
                                                                  clock) -> None:  # noqa: ANN001
    """The whole start-up: picker -> Siti's window -> Ganti profil -> Budi's window -> closed."""
    from absensi_app import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    for name in (SITI, BUDI):
        ctx = open_context(AppPaths(two.folder(two.get(name))), clock)
        ctx.profile.save(replace(sample_profile, name=name))
        ctx.close()
        release_log_handlers(ctx.paths.data_dir)
    titles: list[str] = []
    steps = iter([
        lambda m: (_select(m, SITI), m.open_button.click()),  # the picker at start
        None,  # Siti's window with her data: switch
        lambda m: (_select(m, BUDI), m.open_button.click()),  # the picker of Ganti profil
        None,  # Budi's window: close it
    ])  # fmt: skip
    step = [next(steps)]

    def tick() -> None:
        current = step[0]
        modal = QApplication.activeModalWidget()
        if current is not None:
            if isinstance(modal, ProfilePicker):
                step[0] = next(steps)
                current(modal)
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and getattr(w, "ctx", None)]
        if not windows or modal is not None:
            return
        window = windows[0]
        titles.append(window.windowTitle())
        step[0] = next(steps, "done")
        if step[0] == "done":
            timer.stop()
            window.close()
        else:
            QTimer.singleShot(0, lambda: switch_profile(window))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    guard = QTimer()  # a hang fails the asserts below instead of blocking the test run
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)
    guard.start(60000)
    try:
        code = app_module.run_gui()
    finally:
        timer.stop()
        guard.stop()
        for name in (SITI, BUDI):
            release_log_handlers(two.folder(two.get(name)))
    assert code == 0
    assert titles == [f"Absensi \u2014 {SITI}", f"Absensi \u2014 {BUDI}"]
    assert _last(two.root) == BUDI
