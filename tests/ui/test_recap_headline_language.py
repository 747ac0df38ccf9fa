"""A recap row keeps its verdict's headline as a template, so the team recap, its file list
and cell panel speak the chosen language; the command line's Indonesian text is unchanged."""

from __future__ import annotations

from absensi_app.services.recap import row_from_verdict
from absensi_app.views import language
from absensi_app.views.labels import row_headline


def test_the_headline_of_a_recap_row_follows_the_language(ctx_with_profile, qapp, tmp_path) -> None:  # noqa: ANN001
    ctx = ctx_with_profile
    pdf = tmp_path / "tanpa-tanda-tangan.pdf"
    ctx.export.export_pdf(2026, 11, pdf, None, signed=False)
    row = row_from_verdict(pdf.name, ctx.verification.verify(pdf.read_bytes()))
    assert row.headline.startswith("Berkas ini TIDAK bertanda tangan")
    assert row_headline(row) == row.headline  # Indonesian: the same sentence as the CLI's
    try:
        language.switch("en")
        english = row_headline(row)
    finally:
        language.switch("id")
    assert english != row.headline and "not" in english.lower(), english
    assert row_headline(row) == row.headline
