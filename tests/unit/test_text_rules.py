"""Text hygiene in the domain rules every CLI and GUI path goes through (issue 9)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import EntryDraft, Location
from absensi_app.domain.rules import clean_text, validate_entry, validate_status_day

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "\r", "\x0b", "\udcff"])
def test_control_characters_are_refused_with_the_field_named(bad: str) -> None:
    with pytest.raises(ValidationError, match=f"Uraian kegiatan memuat .*U\\+{ord(bad):04X}") as caught:
        validate_entry(EntryDraft(TODAY, Location.KANTOR, f"Rapat{bad}", time(8), time(9)), [], TODAY)
    assert caught.value.field == "description"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b\u200c \u2060", "\ufeff"])
def test_text_of_only_invisible_characters_is_refused(invisible: str) -> None:
    with pytest.raises(ValidationError, match="Catatan hanya berisi karakter tak terlihat"):
        clean_text(invisible, "Catatan", "note")


def test_tab_newline_crlf_and_scripts_are_kept_as_text() -> None:
    assert clean_text("a\tb\r\nc\nاجتماع 会議 🎉") == "a b c اجتماع 会議 🎉"
    assert clean_text("zero\u200bwidth inside is fine") == "zero\u200bwidth inside is fine"


def test_day_status_dates_have_the_same_lower_bound_as_entries() -> None:
    for day in (date(1, 1, 1), date(1999, 12, 31)):
        with pytest.raises(ValidationError, match="paling awal 2000-01-01"):
            validate_status_day(day, TODAY)
        with pytest.raises(ValidationError, match="paling awal 2000-01-01"):
            validate_entry(EntryDraft(day, Location.KANTOR, "Rapat", time(8), time(9)), [], TODAY)
    validate_status_day(date(2000, 1, 1), TODAY)


def test_status_for_0001_is_refused_by_the_service(ctx_with_profile) -> None:  # noqa: ANN001
    from absensi_app.domain.model import DayStatus

    with pytest.raises(ValidationError, match="terlalu lampau"):
        ctx_with_profile.worklog.set_status(date(1, 1, 1), DayStatus.HADIR)
    assert ctx_with_profile.worklog.statuses_between(date(1, 1, 1), date(1, 1, 1)) == {}


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
                    reason="needs fonts-dejavu-core")  # fmt: skip
def test_the_pdf_font_covers_arabic_and_reports_emoji() -> None:
    from absensi_app.reports.pdf import font_files, missing_glyphs

    assert font_files()[0].endswith("DejaVuSans.ttf")
    assert missing_glyphs(["اجتماع Rapat Ωμέγα Привет 🎉❤\ufe0f"]) == "🎉"
