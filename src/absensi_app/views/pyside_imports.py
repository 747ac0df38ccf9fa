"""A cost PySide6 adds to every later import, made small.

Once ``PySide6.QtCore`` is imported, PySide6 runs every import through its own hook, which
then decides whether the new module "uses PySide" by reading the module's whole source file
(``shibokensupport.feature._mod_uses_pyside``: ``inspect.getsource``, then a search for the
word "PySide6"). The answer only matters to modules that switch on PySide's optional
``from __feature__ import snake_case, true_property``, which Absensi never does. After the
window is painted the start imports SQLAlchemy and the services, some 250 modules: reading
their sources cost about 25-100 ms of the time until today's entries are shown (measured
here, PySide6 6.11, on a noisy two-core machine).

:func:`install` puts a cheap test in its place with the same intent: a module uses PySide
when its namespace, as the import left it, holds a PySide6 or shiboken6 module, class or
function. Nothing of a module is read or run to decide. When a PySide6 release no longer has
this hook, nothing is changed; ``tests/ui/test_pyside_imports.py`` fails then, so the
tuning is looked at again rather than lost without notice.
"""

from __future__ import annotations

import sys
import types

_PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: types.ModuleType) -> bool:
    """Whether ``module``'s namespace holds anything of PySide6 (or shiboken6): a module
    imported from there, or a class or function defined there. Only names are looked at: no
    attribute of a value is fetched through its own code, and whatever it is given, it never
    raises (it runs inside every import)."""
    try:
        values = list(vars(module).values())
    except TypeError:  # not a module with a namespace: PySide's own test said no then too
        return False
    for value in values:
        if isinstance(value, types.ModuleType):
            name = value.__name__
        elif isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
            name = getattr(value, "__module__", None)
        else:
            continue
        if isinstance(name, str) and name.startswith(_PREFIXES):
            return True
    return False


def install() -> bool:
    """Use :func:`uses_pyside` for PySide6's test; whether the hook was there to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current):
        return False
    if current is not uses_pyside:
        feature._mod_uses_pyside = uses_pyside  # noqa: SLF001 - PySide6's own name (see the docstring)
    return True
