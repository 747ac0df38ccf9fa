"""reportlab measures text in C when ``rl-accel`` (a dependency in pyproject.toml) is installed:
about 0.2 s of a busy month's signed export (``python -m bench --only signing``). reportlab
imports it by name inside ``exec``, so a missing wheel or a reportlab that stops looking for it
would silently fall back to Python; this notices."""

from __future__ import annotations


def test_reportlab_measures_text_with_the_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    assert rl_accel._py_funcs == {}  # noqa: SLF001 - every function came from the C module
    assert set(rl_accel._c_funcs) >= {"instanceStringWidthTTF", "unicode2T1", "escapePDF"}  # noqa: SLF001
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
