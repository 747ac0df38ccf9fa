"""PySide6's import hook reads the source of every module imported after it, to tell whether
the module uses PySide (views/pyside_imports.py). The start replaces that test with a look at
the module's namespace: these tests pin the hook's place in the PySide6 we ship (a release
without it fails here, so the tuning is looked at again) and check the new test's answers."""

from __future__ import annotations

import subprocess
import sys
import types

from absensi_app.views import pyside_imports


def _sources_read(with_pyside: bool, install: bool) -> int:
    """How many of SQLAlchemy's source files an import of its ORM reads (into ``linecache``),
    after PySide6 (and the start's tuning) or without them."""
    code = "import sys, linecache\n"
    if with_pyside:
        code += (
            "import PySide6.QtCore\n"
            "feature = sys.modules['shibokensupport.feature']\n"
            "assert callable(feature._mod_uses_pyside)\n"
        )
    if install:
        code += (
            "from absensi_app.views import pyside_imports\n"
            "assert pyside_imports.install() and pyside_imports.install()  # twice: still ours\n"
            "assert feature._mod_uses_pyside is pyside_imports.uses_pyside\n"
        )
    code += "linecache.clearcache()\nimport sqlalchemy.orm\n"
    if install:
        code += (
            "from absensi_app.views.workers import run_task\n"
            "from absensi_app.domain.model import MONTH_NAMES\n"
            "assert feature.pyside_feature_dict['sqlalchemy.orm'] == -1\n"
            "assert feature.pyside_feature_dict['absensi_app.domain.model'] == -1\n"
            "assert feature.pyside_feature_dict['absensi_app.views.workers'] == 0  # it imports from PySide6\n"
        )
    code += "print(len([f for f in linecache.cache if 'sqlalchemy' in f]))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_the_pinned_pyside_has_the_hook_and_the_start_replaces_it() -> None:
    alone = _sources_read(with_pyside=False, install=False)  # SQLAlchemy reads some of its own
    assert _sources_read(with_pyside=True, install=False) > alone  # PySide's hook reads the rest
    assert _sources_read(with_pyside=True, install=True) == alone


def test_a_module_uses_pyside_when_its_namespace_holds_pyside() -> None:
    from PySide6 import QtCore
    from PySide6.QtWidgets import QWidget

    def module(**names: object) -> types.ModuleType:
        made = types.ModuleType("probe")
        vars(made).update(names)
        return made

    class Trap:
        """A value whose attributes run code: never asked."""

        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"asked for {name}")

    assert pyside_imports.uses_pyside(module(QtCore=QtCore))
    assert pyside_imports.uses_pyside(module(QWidget=QWidget))
    assert pyside_imports.uses_pyside(module(Signal=QtCore.Signal))
    assert not pyside_imports.uses_pyside(module(sys=sys, types=types, trap=Trap(), text="PySide6"))
    assert not pyside_imports.uses_pyside(module())
    assert not pyside_imports.uses_pyside(42)  # type: ignore[arg-type] - inside an import, never an error
