"""A signed monthly report with the kop surat, its logo and the compact table: signed with the
app's own key, verified by the supervisor's side and by poppler; the new title reads back as
the month, and the office settings travel in the signed data."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from absensi_app.config import AppPaths
from absensi_app.domain.report import ATTACHMENT_NAME
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.signing import keys
from absensi_app.signing.verify import inspect_pdf
from tests.signing.test_signed_export import NOW, PASSPHRASE, REAL_NOW
from tests.unit.test_report_office import ADDRESS, GOVERNMENT, png_logo

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils missing")


@pytest.fixture(scope="module")
def office_ctx(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    ctx = open_context(AppPaths(tmp_path_factory.mktemp("kop") / "data"), Clock(NOW))
    profile = dataclasses.replace(SAMPLE_PROFILE, government=GOVERNMENT, address=ADDRESS, place="Sleman",
                                  logo=png_logo())  # fmt: skip
    ctx.profile.save(profile)
    fill_demo_month(ctx.worklog, 2026, 11, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, SAMPLE_PROFILE.name, SAMPLE_PROFILE.nip,
                         SAMPLE_PROFILE.agency, PASSPHRASE, REAL_NOW)  # fmt: skip
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def signed(office_ctx: AppContext, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "ringkas-2026-11.pdf"
    result = office_ctx.export.export_pdf(2026, 11, out, PASSPHRASE, compact=True)
    assert result.signed and result.pages >= 2
    return out


def test_the_signed_compact_report_verifies_with_its_month_from_the_title(office_ctx: AppContext, signed: Path) -> None:
    verdict = office_ctx.verification.verify(signed.read_bytes())
    assert verdict.readable and verdict.intact and verdict.signed
    assert verdict.consistency_problems == ()  # among them: the title names the month
    report = verdict.report
    assert report.month == "2026-11"
    stored = office_ctx.profile.require().logo
    assert (report.office.government, report.office.address, report.office.place) == (GOVERNMENT, ADDRESS, "Sleman")
    assert report.office.logo_sha256 == hashlib.sha256(stored).hexdigest()
    found = inspect_pdf(signed.read_bytes(), ATTACHMENT_NAME)
    [signature] = found.signatures
    assert signature.title == "Laporan Kinerja Bulanan, November 2026"
    assert json.loads(found.attachment)["office"]["place"] == "Sleman"


def test_the_title_check_still_bites() -> None:
    """Another month, no month, or the page's heading as title are not this month's title."""
    from absensi_app.services.verification import _title_month

    assert _title_month("Laporan Kinerja Bulanan, Oktober 2026") == ("2026-10", None)
    assert _title_month("Laporan Kinerja Bulanan") == (None, None)
    assert _title_month("LAPORAN KINERJA BULANAN \u2014 NOVEMBER 2026") == (None, None)  # the page's heading is not the title


@needs_pdfsig
def test_pdfsig_accepts_the_signed_compact_report(signed: Path) -> None:
    out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out and "Total document signed" in out
    text = subprocess.run(["pdftotext", "-layout", str(signed), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "PEMERINTAH KABUPATEN SLEMAN" in flat and "Sleman, 30 November 2026" in flat
    assert "No Jam Lokasi Uraian Kegiatan Output RHK" in flat
    images = subprocess.run(["pdfimages", "-list", str(signed)], capture_output=True, text=True).stdout
    assert " image " in images
