"""Evidence travels with the report: real evidence files embedded in a real signed summary,
left out when too big, and every attachment checked against the signed hash."""

from __future__ import annotations

import hashlib
import io
import json
import os
from datetime import datetime, time
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.report import ATTACHMENT_NAME, canonical_bytes, report_to_json
from absensi_app.domain.verdict import Outcome
from absensi_app.domain.verdict_json import verdict_to_json
from absensi_app.services.attachments import embedded_file, embedded_files
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.evidence import store_evidence_file
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf

PASS = "frasa sandi yang panjang"
NOW = datetime(2026, 11, 30, 17, 0)
MB = 1024 * 1024
SMALL = b"%PDF-1.4 surat tugas rapat koordinasi\n" * 40
BIG = os.urandom(6 * MB)  # over the 5 MB limit of the tests


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("evidence")
    ctx = open_context(AppPaths(tmp / "data"), Clock(NOW))
    ctx.profile.save(SAMPLE_PROFILE)
    fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip,
                         SAMPLE_PROFILE.agency, PASS, datetime.now())
    (tmp / "surat-tugas.pdf").write_bytes(SMALL)
    (tmp / "foto kegiatan.jpg").write_bytes(BIG)
    for name, start in (("surat-tugas.pdf", 19), ("foto kegiatan.jpg", 20)):
        evidence = store_evidence_file(tmp / name, ctx.paths.evidence_dir)
        ctx.worklog.add(EntryDraft(NOW.date().replace(day=27), Location.KANTOR, f"Bukti {name}",
                                   time(start), time(start, 30), evidence=evidence))
    yield {"ctx": ctx, "tmp": tmp}
    ctx.close()


def _export(world, name: str, **options) -> bytes:  # noqa: ANN001, ANN003
    ctx: AppContext = world["ctx"]
    out = world["tmp"] / name
    result = ctx.export.export_pdf(2026, 11, out, PASS, **options)
    ctx.locks.unlock("2026-11", "uji berikutnya")
    assert result.signed and len(result.attachments) == 2
    return out.read_bytes()


def test_export_summary_counts_the_files_before_signing(world) -> None:  # noqa: ANN001
    summary = world["ctx"].export.evidence_summary(2026, 11)
    assert summary.count == 2 and summary.total_bytes == len(SMALL) + len(BIG)
    assert [f.size for f in summary.over(5 * MB)] == [len(BIG)]


def test_every_evidence_file_is_embedded_signed_and_matches(world) -> None:  # noqa: ANN001
    ctx: AppContext = world["ctx"]
    pdf = _export(world, "all.pdf")
    verdict = ctx.verification.verify(pdf)
    assert verdict.outcome is Outcome.VALID, verdict.headline()
    items = {a.name.split("-", 1)[1]: a for a in verdict.report.attachments}
    assert set(items) == {"surat-tugas.pdf", "foto_kegiatan.jpg"}
    assert all(a.attached and a.matches for a in items.values())
    assert items["surat-tugas.pdf"].sha256 == hashlib.sha256(SMALL).hexdigest()
    assert items["foto_kegiatan.jpg"].size == len(BIG)
    # the bytes inside are the very files, as signed
    found = inspect_pdf(pdf, ATTACHMENT_NAME)
    first = found.signatures[0]
    signed = embedded_files(pdf, first.revision)[0]
    assert signed[items["surat-tugas.pdf"].name] == SMALL and signed[items["foto_kegiatan.jpg"].name] == BIG
    assert embedded_file(pdf, items["surat-tugas.pdf"].name, hashlib.sha256(SMALL).hexdigest()) == SMALL
    listed = json.loads(found.attachment)["attachments"]
    assert sorted(a["attached"] for a in listed) == [True, True]
    data = verdict_to_json(verdict, "all.pdf", 0)["attachments"]
    assert {(a["sha256"], a["attached"], a["matches"]) for a in data} == {
        (hashlib.sha256(SMALL).hexdigest(), True, True), (hashlib.sha256(BIG).hexdigest(), True, True)}


def test_a_big_file_left_out_is_listed_as_not_attached(world) -> None:  # noqa: ANN001
    ctx: AppContext = world["ctx"]
    pdf = _export(world, "small-only.pdf", evidence_max_bytes=5 * MB)
    assert len(pdf) < 2 * MB
    verdict = ctx.verification.verify(pdf)
    assert verdict.outcome is Outcome.VALID, verdict.headline()
    by_size = {a.size: a for a in verdict.report.attachments}
    assert by_size[len(SMALL)].attached and by_size[len(SMALL)].matches
    big = by_size[len(BIG)]
    assert big.attached is False and big.matches is None and big.sha256 == hashlib.sha256(BIG).hexdigest()
    assert set(embedded_files(pdf, None)[0]) == {by_size[len(SMALL)].name}
    none = _export(world, "none.pdf", evidence=False)
    verdict = ctx.verification.verify(none)
    assert verdict.outcome is Outcome.VALID and not any(a.attached for a in verdict.report.attachments)
    assert embedded_files(none, None)[0] == {}


def _craft(world, listed: list[dict], files: tuple) -> bytes:  # noqa: ANN001
    """A summary signed with the employee's own key whose list and embedded files disagree."""
    from absensi_app.reports.pdf import render_month_pdf
    from absensi_app.signing.pades import EMPLOYEE_FIELD, embed_attachment, sign

    ctx: AppContext = world["ctx"]
    built = ctx.reports.build(2026, 11)
    rendered = render_month_pdf(built)
    data = {**report_to_json(built), "attachments": listed}
    pdf = embed_attachment(rendered.data, ATTACHMENT_NAME, canonical_bytes(data), "x", NOW,
                           extra_files=files)
    return sign(pdf, keys.unlock(ctx.paths.keys_dir, PASS), rendered.employee_box, EMPLOYEE_FIELD,
                ["x"], reason=built.title)


def _item(name: str, data: bytes, attached: bool = True) -> dict:
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "attached": attached}


def test_the_crafted_control_is_valid(world) -> None:  # noqa: ANN001
    pdf = _craft(world, [_item("bukti/a.pdf", SMALL)], (("bukti/a.pdf", SMALL, "x"),))
    assert world["ctx"].verification.verify(pdf).outcome is Outcome.VALID


@pytest.mark.parametrize("case, listed, files, words", [
    ("missing", [_item("bukti/a.pdf", SMALL)], (), "tidak ada di dalam PDF"),
    ("extra", [], (("bukti/a.pdf", SMALL, "x"),), "tidak tercantum"),
    ("changed", [_item("bukti/a.pdf", SMALL)], (("bukti/a.pdf", SMALL + b"!", "x"),), "TIDAK COCOK"),
    ("left out yet inside", [_item("bukti/a.pdf", SMALL, attached=False)], (("bukti/a.pdf", SMALL, "x"),),
     "tidak dilampirkan"),
])
def test_a_list_that_disagrees_with_the_embedded_files_is_invalid(world, case, listed, files, words) -> None:  # noqa: ANN001
    verdict = world["ctx"].verification.verify(_craft(world, listed, files))
    assert verdict.intact, case
    assert verdict.outcome is Outcome.INVALID, case
    assert any(words in p for p in verdict.consistency_problems), (case, verdict.consistency_problems)
    assert words in verdict.headline() or "lampiran" in verdict.headline() or "berkas" in verdict.headline()


def test_an_attachment_swapped_after_signing_is_invalid(world) -> None:  # noqa: ANN001
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    ctx: AppContext = world["ctx"]
    pdf = _export(world, "swap.pdf", evidence_max_bytes=5 * MB)
    name = next(a.name for a in ctx.verification.verify(pdf).report.attachments if a.attached)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    embed.embed_file(writer, embed.FileSpec(
        file_spec_string=name, file_name=name,
        embedded_data=embed.EmbeddedFileObject.from_file_data(writer, b"lain sama sekali")))
    out = io.BytesIO()
    writer.write(out)
    verdict = ctx.verification.verify(out.getvalue())
    assert verdict.outcome is Outcome.INVALID
    assert embedded_file(out.getvalue(), name, hashlib.sha256(SMALL).hexdigest()) is None
