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
        self.confirm_answer = True

    def error(self, parent, title, text) -> None:  # noqa: ANN001
        self.errors.append((title, text))

    def info(self, parent, title, text) -> None:  # noqa: ANN001
        self.infos.append((title, text))

    def confirm(self, parent, title, text) -> bool:  # noqa: ANN001
        return self.confirm_answer

    def open_file(self, parent, title, filters="") -> str | None:  # noqa: ANN001
        return self.next_file


@pytest.fixture
def prompt_log(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    log = PromptLog()
    for name in ("error", "info", "confirm", "open_file"):
        monkeypatch.setattr(prompts, name, getattr(log, name))
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
