"""Counted texts read right in both languages: English has "1 file" / "2 files" and "1 byte" /
"52 bytes" (Qt's numerus messages, compiled from resources/translations/absensi_en.ts),
Indonesian has one form for every count. Also: a reminder window open during a switch of the
language follows it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from absensi_app.archive.ingest import ALREADY, REJECTED, STORED, FileResult, IngestSummary
from absensi_app.domain.reminders import DayFacts, KindDecision, ReminderDecision, ReminderKind, Sentence
from absensi_app.services.attachments import EvidenceFile, EvidenceSummary
from absensi_app.services.team import CellState
from absensi_app.views import language
from absensi_app.views.archive.ingesting import summary_text
from absensi_app.views.archive.status_model import StatusModel
from absensi_app.views.evidence_box import EvidenceBox
from absensi_app.views.formatting import size_text
from absensi_app.views.reminder_notice import ReminderNotice


@pytest.fixture(params=["id", "en"])
def lang(request, qapp):  # noqa: ANN001, ANN201
    assert language.switch(request.param) == request.param
    yield request.param
    language.switch("id")


def evidence(*sizes: int | None) -> EvidenceSummary:
    return EvidenceSummary(tuple(EvidenceFile(f"bukti/{i}.pdf", f"{i:064x}", Path(f"/x/{i}.pdf"), s)
                                 for i, s in enumerate(sizes)))  # fmt: skip


SIZES = {
    "id": {1: "1 byte", 2: "2 byte", 52: "52 byte", 2048: "2 KB", 1_300_000: "1,2 MB"},
    "en": {1: "1 byte", 2: "2 bytes", 52: "52 bytes", 2048: "2 KB", 1_300_000: "1.2 MB"},
}


def test_the_size_unit(lang: str) -> None:
    assert {size: size_text(size) for size in SIZES[lang]} == SIZES[lang]
    assert size_text(None) == "-"


EVIDENCE = {
    "id": ("Bukti dukung: 1 berkas, 52 byte", "Bukti dukung: 2 berkas, 1 KB",
           "Dilampirkan 1 berkas (52 byte); 0 tidak dilampirkan (tercantum dengan hash-nya).",
           "Dilampirkan 2 berkas (1 KB); 1 tidak dilampirkan (tercantum dengan hash-nya). "
           "1 berkas tidak ada lagi di folder data."),
    "en": ("Supporting evidence: 1 file, 52 bytes", "Supporting evidence: 2 files, 1 KB",
           "1 file attached (52 bytes); 0 not attached (listed with their hash).",
           "2 files attached (1 KB); 1 not attached (listed with their hash). "
           "1 file is no longer in the data folder."),
}  # fmt: skip


def test_the_export_dialogs_evidence_texts(qtbot, lang: str) -> None:  # noqa: ANN001
    box = EvidenceBox()
    qtbot.addWidget(box)
    one_file, two_files, one_attached, two_attached = EVIDENCE[lang]
    box.show_summary(evidence(52))
    assert box.summary.text() == one_file
    assert box.left_out.text() == one_attached
    box.show_summary(evidence(500, 524, None))
    assert box.summary.text() == two_files.replace("2 f", "3 f").replace("2 b", "3 b")
    assert box.left_out.text() == two_attached


def test_the_archive_windows_counts(qapp, lang: str) -> None:  # noqa: ANN001
    model = StatusModel()
    counts = {"staf": 1, CellState.PROBLEM.value: 0, "belum-mengirim": 0, CellState.WAITING.value: 0}
    one, two = ("1 pegawai", "2 pegawai") if lang == "id" else ("1 employee", "2 employees")
    assert model.unit_counts(SimpleNamespace(counts=counts)) == one
    assert model.unit_counts(SimpleNamespace(counts={**counts, "staf": 2})).startswith(two)
    single = IngestSummary((FileResult("a.pdf", STORED),))
    double = IngestSummary((FileResult("a.pdf", ALREADY), FileResult("b.pdf", REJECTED)))
    if lang == "id":
        assert summary_text(single) == "1 berkas: 1 disimpan, 0 sudah ada, 0 ditolak."
        assert summary_text(double) == "2 berkas: 0 disimpan, 1 sudah ada, 1 ditolak."
    else:
        assert summary_text(single) == "1 file: 1 stored, 0 already there, 0 refused."
        assert summary_text(double) == "2 files: 0 stored, 1 already there, 1 refused."


def _decision(kind: ReminderKind) -> ReminderDecision:
    day = date(2026, 11, 30)
    facts = DayFacts(day=day, off=None, holiday=None, status=None, entries=0,
                     last_working_days=(day,), empty_days=(date(2026, 11, 27), day))  # fmt: skip
    template = ("Akhir bulan: {count} hari kerja {month} belum terisi ({days}); isi lalu ekspor ringkasan "
                "bulan ini."
                if kind is ReminderKind.MONTH_END else "Tidak ada pengingat: {day} sudah tercatat {count} kegiatan.")
    reason = Sentence(template, {"count": "2", "month": "November", "days": "27, 30", "day": "Senin"})
    due = KindDecision(kind, True, reason)
    other = KindDecision(ReminderKind.DAILY if kind is ReminderKind.MONTH_END else ReminderKind.MONTH_END, False,
                         Sentence("x"))  # fmt: skip
    daily, month_end = (other, due) if kind is ReminderKind.MONTH_END else (due, other)
    return ReminderDecision(datetime(2026, 11, 30, 15, 30), daily, month_end, facts, None, False)


def test_an_open_reminder_follows_a_switch_of_the_language(qtbot, qapp) -> None:  # noqa: ANN001
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    notice.show_decision(_decision(ReminderKind.MONTH_END))
    notice.show()
    assert notice.heading.text() == "Akhir bulan: lengkapi dan ekspor ringkasan"
    assert notice.text.text().startswith("Akhir bulan: 2 hari kerja November belum terisi")
    assert "Senin, 30 November 2026" in notice.days.text()
    assert notice.snooze_button.text() == "&Tunda 30 menit"
    try:
        language.switch("en")
        assert notice.windowTitle() != "Pengingat Absensi"
        assert notice.heading.text() == "End of the month: complete and export the summary"
        assert notice.text.text().startswith("Month end: 2 working days of November are not logged yet")
        assert "Monday, 30 November 2026" in notice.days.text()
        assert notice.snooze_button.text() == "&Snooze 30 minutes"
        assert notice.export_button.isVisible()
    finally:
        language.switch("id")
    assert notice.heading.text() == "Akhir bulan: lengkapi dan ekspor ringkasan"
    assert notice.text.text().startswith("Akhir bulan: 2 hari kerja November belum terisi")
    # the daily one, shown as text: its heading and buttons follow the switch
    notice.show_daily("Alasannya.")
    try:
        language.switch("en")
        assert notice.heading.text() != "Saatnya mencatat kegiatan hari ini"
        assert notice.text.text() == "Alasannya."
        assert not notice.export_button.isVisible()
    finally:
        language.switch("id")
    assert notice.heading.text() == "Saatnya mencatat kegiatan hari ini"



COUNTED = {  # (context, source): {language: (one, three)}
    ("DayPanel", "{month}: {total} pada %n hari"): {
        "id": ("{month}: {total} pada 1 hari", "{month}: {total} pada 3 hari"),
        "en": ("{month}: {total} on 1 day", "{month}: {total} over 3 days")},
    ("WeekChart", "{place}: {hours} pada %n hari"): {
        "id": ("{place}: {hours} pada 1 hari", "{place}: {hours} pada 3 hari"),
        "en": ("{place}: {hours} on 1 day", "{place}: {hours} over 3 days")},
    ("WeekChart", "%n hari di luar kantor"): {
        "id": ("1 hari di luar kantor", "3 hari di luar kantor"), "en": ("1 day off-site", "3 days off-site")},
    ("LocationChart", "{place}: {hours}, %n hari"): {
        "id": ("{place}: {hours}, 1 hari", "{place}: {hours}, 3 hari"),
        "en": ("{place}: {hours}, 1 day", "{place}: {hours}, 3 days")},
    ("MainWindow", "%n kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan."): {
        "id": ("1 kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.",
               "3 kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan."),
        "en": ("1 activity copied from {day}. Press Ctrl+Z to undo.",
               "3 activities copied from {day}. Press Ctrl+Z to undo.")},
    ("RecapWindow", "Memeriksa %n berkas\u2026"): {
        "id": ("Memeriksa 1 berkas\u2026", "Memeriksa 3 berkas\u2026"),
        "en": ("Checking 1 file\u2026", "Checking 3 files\u2026")},
}  # fmt: skip


@pytest.mark.parametrize(("context", "source"), list(COUNTED))
def test_counted_days_copies_and_files(lang: str, context: str, source: str) -> None:
    """The day panel's month line, the progress view's charts, a copied day and the recap's
    scan: one and three in each language, from the compiled catalogue."""
    from PySide6.QtCore import QCoreApplication

    got = tuple(QCoreApplication.translate(context, source, None, n) for n in (1, 3))
    assert got == COUNTED[(context, source)][lang]
