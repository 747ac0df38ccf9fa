"""The benchmark suite's quick mode runs end to end (so it never rots): it exits 0 and prints,
and writes as JSON, a row for every figure of issue 12. Speed itself is never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIGURES = (
    "python", "bare_window", "painted_heavy", "entries_heavy", "painted_typical", "entries_typical",
    "memory_heavy", "summary_month", "log_add", "add_entry", "month_switch", "year_progress",
    "export_signed", "verify", "recap", "database_heavy",
)  # fmt: skip
#: what each figure's process cannot do without, timed in the same run (bench/figures.py), with
#: the baseline of its ratio: the window's for today's entries, python's for the commands'
FLOORS = {"floor_window": "bare_window", "floor_database": "python", "floor_verify": "python",
          "floor_export": "python"}  # fmt: skip


def test_quick_bench_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--cache", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {r["key"]: r for r in json.loads(out.read_text())["figures"]}
    assert set(FIGURES) | set(FLOORS) <= set(rows)
    assert all(key.endswith("_xvfb") for key in set(rows) - set(FIGURES) - set(FLOORS))  # GUI rows under Xvfb
    for key, r in rows.items():
        assert r["value"] > 0, key
        assert r["figure"] in done.stdout, key
        if key in ("python", "bare_window", "bare_window_xvfb"):
            assert r["role"] == "baseline" and r["target"] is None, key
        elif key.startswith("floor_"):
            assert r["role"] == "floor" and r["target"] is None and r["ratio"] > 0, key
        else:
            assert r["target"] and isinstance(r["met"], bool) and r["role"] is None, key
    for floor, baseline in FLOORS.items():
        assert rows[floor]["baseline"] == baseline, floor
    for key in ("summary_month", "log_add"):
        assert rows[key]["baseline"] == "floor_database", key
    assert rows["verify"]["baseline"] == "floor_verify" and rows["export_signed"]["baseline"] == "floor_export"
    # a floor is a part of its figure's work: never more than the whole (loose: one repetition)
    assert rows["floor_window"]["value"] >= rows["bare_window"]["value"]
    for key in ("painted_heavy", "entries_heavy"):
        assert rows[key]["baseline"] == "bare_window" and rows[key]["ratio"] > 0
    assert rows["entries_heavy"]["value"] >= rows["painted_heavy"]["value"]
