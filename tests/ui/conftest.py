"""GUI fixtures: a real MainWindow over a real database, modal prompts answered by the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from absensi_app.views import prompts


class PromptLog:
    """Stands in for the modal prompt functions; records what the user would have seen."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.next_file: str | None = None
        self.next_save_file: str | None = None
        self.confirm_answer = True
        self.confirms: list[tuple[str, str]] = []
        self.save_requests: list[tuple[str, str]] = []
        self.next_text: str | None = None  # answer to ask_text; None = cancelled
        self.text_requests: list[tuple[str, str]] = []
        self.opened_folders: list[str] = []
        self.next_folder: str | None = None  # answer to open_folder; None = cancelled
        self.folder_requests: list[str] = []
        self.next_choices: list[str | None] = []  # answers to choose, in order; then None (closed)
        self.choices: list[tuple[str, str, list[str]]] = []  # (title, text, keys offered)

    def error(self, parent, title, text) -> None:  # noqa: ANN001
        self.errors.append((title, text))

    def info(self, parent, title, text) -> None:  # noqa: ANN001
        self.infos.append((title, text))

    def confirm(self, parent, title, text) -> bool:  # noqa: ANN001
        self.confirms.append((title, text))
        return self.confirm_answer

    def open_file(self, parent, title, filters="") -> str | None:  # noqa: ANN001
        return self.next_file

    def save_file(self, parent, title, suggested, filters="") -> str | None:  # noqa: ANN001
        self.save_requests.append((title, suggested))
        return self.next_save_file

    def ask_text(self, parent, title, label, text="") -> str | None:  # noqa: ANN001
        self.text_requests.append((title, label))
        return self.next_text

    def choose(self, parent, title, text, choices, detail="") -> str | None:  # noqa: ANN001
        self.choices.append((title, text, [key for key, _label in choices]))
        return self.next_choices.pop(0) if self.next_choices else None

    def show_folder(self, parent, folder) -> None:  # noqa: ANN001
        self.opened_folders.append(str(folder))

    def open_folder(self, parent, title) -> str | None:  # noqa: ANN001
        self.folder_requests.append(title)
        return self.next_folder


@pytest.fixture
def prompt_log(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    log = PromptLog()
    for name in ("error", "info", "confirm", "open_file", "save_file"):
        monkeypatch.setattr(prompts, name, getattr(log, name))
    for name in ("ask_text", "show_folder", "choose"):
        monkeypatch.setattr(prompts, name, getattr(log, name))
    monkeypatch.setattr(prompts, "open_folder", log.open_folder)
    return log


@pytest.fixture
def workday_ctx(ctx_with_profile):  # noqa: ANN001, ANN201
    """Services whose "today" is Friday 2026-11-27 at 16:30, a working day."""
    ctx_with_profile.clock.fixed = datetime(2026, 11, 27, 16, 30)
    return ctx_with_profile


@pytest.fixture
def window(qtbot, workday_ctx, prompt_log):  # noqa: ANN001, ANN201
    from absensi_app.views.main_window import MainWindow

    win = MainWindow(workday_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win
