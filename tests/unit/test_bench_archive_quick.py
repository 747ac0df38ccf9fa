"""The archive benchmark runs end to end on a handful of real signed files (so it never rots):
its own PostgreSQL server, the files made, ingested with 1 and 2 workers and found as the agency
sent them (the bench fails otherwise), a row for every figure. Speed itself is never asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import archive_agency as agency
from tests.pg_cluster import pg_bin

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ("trust", "ingest_1", "ingest_2", "reingest_2", "status", "db_per_1000", "tables_per_1000",
           "rows_per_1000", "status_scaled", "status_unit")  # fmt: skip


def test_the_plan_names_every_kind_of_file_and_valid_people() -> None:
    from absensi_app.domain.nip import parse_nip

    people = agency.plan(agency.Size(40, 4))
    assert len({m.nip for m in people}) == 40 and len({m.unit for m in people}) == 4
    kinds = {m.kind for m in people}
    assert kinds == {agency.VALID, agency.FORGED, agency.CHANGED, agency.MISSING}
    assert all(parse_nip(m.nip).digits == m.nip for m in people)
    assert people == agency.plan(agency.Size(40, 4))  # the same agency every time (the cache relies on it)


@pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL server binaries are not installed")
def test_quick_archive_bench_ingests_what_the_agency_sent(tmp_path: Path) -> None:
    out = tmp_path / "arsip.json"
    cmd = [sys.executable, "-m", "bench", "archive", "--quick", "--staff", "8", "--units", "2", "--scale", "3",
           "--reps", "1", "--cache", str(tmp_path / "cache"), "--json", str(out)]  # fmt: skip
    done = subprocess.run(cmd, cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    result = json.loads(out.read_text())
    rows = {r["key"]: r for r in result["figures"]}
    assert set(rows) == set(FIGURES)
    for key, r in rows.items():
        assert r["value"] > 0, key
        assert r["figure"] in done.stdout, key
    assert isinstance(rows["ingest_2"]["met"], bool) and isinstance(rows["status_scaled"]["met"], bool)
    assert result["meta"]["staff"] == 8 and result["meta"]["scaled_staff"] == 24
    made = sorted((tmp_path / "cache").glob("archive-v1-quick-8-2/berkas/*/*.pdf"))
    assert len(made) == 8 and all(p.read_bytes().startswith(b"%PDF") for p in made)
    # a second run reuses the files and the keys: nothing is made again
    stamps = {p: p.stat().st_mtime_ns for p in made}
    again = subprocess.run(cmd, cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "making" not in again.stdout
    assert {p: p.stat().st_mtime_ns for p in made} == stamps
