"""The desktop app opens a protected profile only with its passphrase (views/profile_unlock.py,
called by app.run_gui before anything of the profile is read): a wrong one asks again, three
wrong ones or a cancel open nothing; an unprotected profile is never asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from absensi_app.config import choose_folder
from absensi_app.services.profiles import ProfilesService
from absensi_app.views import prompts
from absensi_app.views.profile_unlock import unlock_chosen_profile
from tests.unit.test_profiles import PASS, _give_key, root  # noqa: F401 - the fixture


@pytest.fixture
def protected(root: Path):  # noqa: ANN201, F811
    service = ProfilesService(root)
    service.add("Siti Nurhaliza")
    _give_key(service, "Siti Nurhaliza")
    service.protect("Siti Nurhaliza", PASS)
    service.add("Budi")
    return service


def _answers(monkeypatch: pytest.MonkeyPatch, answers: list) -> list:  # noqa: ANN001
    asked: list[str] = []

    def ask_secret(parent, title, label):  # noqa: ANN001, ANN202
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "ask_secret", ask_secret)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: asked.append("ERROR " + text))
    return asked


def test_the_right_passphrase_after_a_wrong_one_opens(qtbot, protected, monkeypatch) -> None:  # noqa: ANN001
    asked = _answers(monkeypatch, ["salah-sekali", PASS])
    choice = choose_folder(profile="Siti Nurhaliza")
    assert unlock_chosen_profile(choice) is True
    assert len(asked) == 2 and "Siti Nurhaliza" in asked[0] and "Frasa sandi salah" in asked[1]


def test_three_wrong_ones_or_a_cancel_open_nothing(qtbot, protected, monkeypatch) -> None:  # noqa: ANN001
    asked = _answers(monkeypatch, ["a", "b", "c"])
    assert unlock_chosen_profile(choose_folder(profile="siti nurhaliza")) is False
    assert asked[-1].startswith("ERROR Frasa sandi salah")
    asked = _answers(monkeypatch, [None])
    # named by its folder too: the same protected profile
    assert unlock_chosen_profile(choose_folder(str(protected.folder(protected.get("Siti Nurhaliza"))))) is False
    assert len(asked) == 1


def test_an_unprotected_profile_is_not_asked(qtbot, protected, monkeypatch) -> None:  # noqa: ANN001
    asked = _answers(monkeypatch, [])
    assert unlock_chosen_profile(choose_folder(profile="Budi")) is True
    assert asked == []
