"""Imports flow one way: nothing outside the GUI layer pulls in Qt.

Checked in a fresh interpreter, since this test process may already have Qt loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

# Modules that must be importable without Qt. New modules of these packages are picked up
# automatically; this list makes sure the discovery below does not silently find nothing.
REQUIRED = {
    "absensi_app",
    "absensi_app.__main__",
    "absensi_app.cli",
    "absensi_app.config",
    "absensi_app.domain.calendar",
    "absensi_app.domain.errors",
    "absensi_app.domain.model",
    "absensi_app.domain.nip",
    "absensi_app.domain.rules",
    "absensi_app.store.database",
    "absensi_app.store.migrate",
    "absensi_app.store.models",
    "absensi_app.store.migrations",
    "absensi_app.services.clock",
    "absensi_app.services.context",
    "absensi_app.services.demo",
    "absensi_app.services.evidence",
    "absensi_app.services.profile",
    "absensi_app.services.worklog",
}

_IMPORT_CORE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, tempfile
    from datetime import date
    from pathlib import Path

    import absensi_app

    QT_FREE_PACKAGES = ("domain", "store", "services", "reports", "signing", "cli", "archive")
    names = {"absensi_app", "absensi_app.__main__", "absensi_app.config"}
    for package in QT_FREE_PACKAGES:  # walked one by one: walking views would import Qt
        module = importlib.import_module("absensi_app." + package)
        names.add(module.__name__)
        for info in pkgutil.walk_packages(module.__path__, module.__name__ + "."):
            # Alembic's env and revision scripts only run inside alembic.
            if info.name.startswith(("absensi_app.store.migrations.", "absensi_app.archive.migrations.")):
                continue
            names.add(info.name)
    for name in sorted(names):
        importlib.import_module(name)
    imported = sorted(names)

    # Lazily imported code must not pull Qt in either: run the core once.
    from absensi_app.cli import build_parser
    from absensi_app.config import AppPaths
    from absensi_app.services.clock import Clock
    from absensi_app.services.context import open_context
    from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month

    build_parser()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(AppPaths(Path(tmp) / "data"), Clock())  # exports go beside it
        today = ctx.clock.today()
        ctx.profile.save(SAMPLE_PROFILE)
        fill_demo_month(ctx.worklog, today.year, today.month, today, ctx.skp)
        ctx.worklog.day(today)
        ctx.summary.progress(today.year, today.month)
        # the heavy, lazily imported parts: PDF, sheets, signature reading
        out = Path(tmp) / "ringkasan.pdf"
        ctx.export.export_pdf(today.year, today.month, out, signed=False)
        ctx.export.export_sheet(today.year, today.month, Path(tmp) / "r.xlsx", "xlsx")
        ctx.verification.verify(out.read_bytes())
        ctx.close()

    qt = sorted(m for m in sys.modules if m.split(".")[0].startswith("PySide6") or m == "shiboken6")
    print(json.dumps({"imported": imported, "qt": qt}))
    """
)


def _run(code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_core_never_imports_qt() -> None:
    data = _run(_IMPORT_CORE)
    missing = REQUIRED - set(data["imported"])
    assert not missing, f"modules not checked: {sorted(missing)}"
    assert data["qt"] == [], f"Qt imported by the core: {data['qt']}"


def test_cli_import_is_light() -> None:
    data = _run(
        "import json, sys\n"
        "import absensi_app.cli as cli\n"
        "cli.build_parser()\n"
        "heavy = ('sqlalchemy', 'alembic', 'holidays', 'PySide6', 'platformdirs')\n"
        "print(json.dumps({'loaded': sorted(m for m in sys.modules if m.split('.')[0] in heavy)}))\n"
    )
    assert data["loaded"] == []


def _imported_modules(path: Path) -> set[str]:
    import ast

    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_views_never_import_the_store() -> None:
    """Views receive dataclasses from services; the database is the services' business (any
    import, also one inside a function)."""
    views = Path(__file__).resolve().parents[2] / "src" / "absensi_app" / "views"
    offenders = {
        str(path.relative_to(views)): sorted(n for n in _imported_modules(path) if n.startswith("absensi_app.store"))
        for path in sorted(views.rglob("*.py"))
    }
    offenders = {name: found for name, found in offenders.items() if found}
    assert not offenders, f"views importing absensi_app.store: {offenders}"
    assert "absensi_app.store.models" in _imported_modules(views.parent / "services" / "worklog.py")  # the scan sees imports
