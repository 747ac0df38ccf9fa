"""The fixed wording of the printed documents in each report language, and how dates, numbers
and durations are written in it: the monthly summary, the yearly evaluation and the stamps.

A report is Indonesian ("id", the default) or English ("en", chosen per export). ``LABELS``
holds every fixed text as ``{key: (Indonesian, English)}``; a :class:`Wording` of one language
gives the text of a key (``w("title")``, placeholders filled with ``w("days", n=3)``), the
month and weekday names, ``w.date(day)`` ("28 November 2026" in both), ``w.day(day)``
("Sabtu, 28 November 2026" / "Saturday, 28 November 2026"), ``w.number(1234.5)`` ("1.234,5" /
"1,234.5") and ``w.minutes(450)`` ("7 j 30 m" / "7 h 30 min"). The Indonesian wording is the
one the reports always had (``reports.pdf.text`` and ``domain``'s labels), byte for byte.

The official terms stay as e-Kinerja and the regulations name them (SKP, RHK, Rencana Aksi,
NIP, Pejabat Penilai Kinerja, glossed "appraising official"); the predikat take the glossary's
English names (Sangat Baik = Outstanding, ...). The signed data inside a PDF (its JSON) is the
same in both languages. No Qt and no reportlab here.
"""

from __future__ import annotations

from datetime import date, datetime

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.model import (
    LOCATION_LABELS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DayStatus,
    DayStatusRecord,
    LeaveKind,
    Location,
    format_minutes,
)
from absensi_app.domain.skp import PROGRESS_DISCLAIMER, Pace, RhkKind

INDONESIAN, ENGLISH = "id", "en"
LANGUAGES = (INDONESIAN, ENGLISH)
DEFAULT_LANGUAGE = INDONESIAN
#: The document's language as the PDF declares it (catalog /Lang, PDF 32000-1, 14.9.2).
PDF_LANG = {INDONESIAN: "id-ID", ENGLISH: "en-GB"}

MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_LOCATIONS_EN = {
    Location.KANTOR: "Office",
    Location.KANTOR_LAIN: "Another office",
    Location.RUMAH: "Home",
    Location.LOKASI_LAIN: "Other location",
    Location.DINAS_LUAR: "Official travel",
}
_STATUSES_EN = {
    DayStatus.HADIR: "Present",
    DayStatus.DINAS_LUAR: "Official travel",
    DayStatus.CUTI: "Leave",
    DayStatus.SAKIT: "Sick",
    DayStatus.IZIN: "Excused absence",
    DayStatus.TUGAS_BELAJAR: "Study assignment",
    DayStatus.LIBUR: "Day off",
    DayStatus.TANPA_KETERANGAN: "Unexcused absence",
}
_LEAVES_EN = {
    LeaveKind.TAHUNAN: "Annual leave",
    LeaveKind.BESAR: "Long service leave",
    LeaveKind.SAKIT: "Sick leave",
    LeaveKind.MELAHIRKAN: "Maternity leave",
    LeaveKind.ALASAN_PENTING: "Leave for important reasons",
    LeaveKind.BERSAMA: "Collective leave (cuti bersama)",
    LeaveKind.DILUAR_TANGGUNGAN: "Unpaid leave",
}
#: The predikat and the assessments as the domain writes them -> English (glossary).
_TERMS_EN = {
    "Sangat Baik": "Outstanding",
    "Baik": "Good",
    "Butuh Perbaikan": "Needs Improvement",
    "Kurang": "Poor",
    "Kurang/Misconduct": "Poor/Misconduct",
    "Sangat Kurang": "Very Poor",
    "Di Atas Ekspektasi": "Above expectations",
    "Sesuai Ekspektasi": "Meets expectations",
    "Di Bawah Ekspektasi": "Below expectations",
}

LABELS: dict[str, tuple[str, str]] = {
    # ---- the monthly summary: title, identity ----------------------------------------------
    "heading": ("LAPORAN KINERJA BULANAN \u2014 {month} {year}",
                "MONTHLY PERFORMANCE REPORT \u2014 {month} {year}"),
    "title": ("Laporan Kinerja Bulanan, {month} {year}", "Monthly Performance Report, {month} {year}"),
    "revision": ("Revisi {n}", "Revision {n}"),
    "unsigned": ("SALINAN TANPA TANDA TANGAN ELEKTRONIK \u2014 untuk ditandatangani melalui aplikasi resmi",
                 "COPY WITHOUT AN ELECTRONIC SIGNATURE \u2014 to be signed with the official application"),
    "name": ("Nama", "Name"),
    "rank_pppk": ("Golongan", "Grade"),
    "rank": ("Pangkat/Gol. Ruang", "Rank/Grade"),
    "position": ("Jabatan", "Position"),
    "unit": ("Unit Kerja", "Work unit"),
    "agency": ("Instansi", "Agency"),
    "supervisor": ("Pejabat Penilai Kinerja", "Pejabat Penilai Kinerja (appraising official)"),
    "period": ("Periode", "Period"),
    # ---- A. entries ------------------------------------------------------------------------
    "section_a": ("A. Rincian Kegiatan Harian", "A. Daily Activities"),
    "col_no": ("No", "No"),
    "col_day": ("Hari/Tanggal", "Day/Date"),
    "col_time": ("Jam", "Time"),
    "col_location": ("Lokasi", "Location"),
    "col_description": ("Uraian Kegiatan", "Description"),
    "col_output": ("Output", "Output"),
    "col_rhk": ("RHK", "RHK"),
    "no_entries": ("Belum ada kegiatan yang dicatat pada bulan ini.",
                   "No activities were logged this month."),
    "evidence_link": ("Bukti dukung: {link}", "Evidence: {link}"),
    "evidence_file": ("Bukti dukung: berkas {name}", "Evidence: file {name}"),
    "rhk_note": ("Kolom RHK memuat nomor Rencana Hasil Kerja pada bagian D (Capaian Rencana Hasil Kerja).",
                 "The RHK column holds the number of the RHK (Rencana Hasil Kerja, planned work "
                 "result) in part D (RHK Progress)."),
    "rhk_outside": ("RHK di luar rencana bulan ini: {legend}.", "RHK outside this month's plan: {legend}."),
    "continued": ("(lanjutan)", "(continued)"),
    "day_group": ("{count} kegiatan, {minutes}", "{count} activities, {minutes}"),
    "day_group_one": ("{count} kegiatan, {minutes}", "{count} activity, {minutes}"),
    # ---- evidence list -----------------------------------------------------------------------
    "evidence_section": ("Lampiran Bukti Dukung", "Attached Evidence"),
    "ev_no": ("No.", "No."),
    "ev_file": ("Berkas bukti dukung", "Evidence file"),
    "ev_size": ("Ukuran", "Size"),
    "ev_sha": ("SHA-256", "SHA-256"),
    "ev_state": ("Keterangan", "Remarks"),
    "ev_attached": ("Terlampir di dalam PDF ini", "Attached inside this PDF"),
    "ev_not_attached": ("Tidak dilampirkan", "Not attached"),
    "ev_note": ("Berkas yang terlampir dapat dibuka dari panel lampiran penampil PDF; tanda tangan "
                "pegawai mencakup berkas itu dan daftar hash ini.",
                "The attached files open from the PDF viewer's attachment panel; the employee's "
                "signature covers those files and this list of hashes."),
    # ---- B. statuses -------------------------------------------------------------------------
    "section_b": ("B. Status Hari", "B. Day Status"),
    "col_status": ("Status", "Status"),
    "col_remarks": ("Keterangan", "Remarks"),
    "no_status": ("Tidak ada hari dengan status cuti, sakit, izin, dinas luar atau lainnya.",
                  "No day with leave, sickness, excused absence, official travel or another status."),
    # ---- C. totals ---------------------------------------------------------------------------
    "section_c": ("C. Rekapitulasi Jam Kerja", "C. Working Hours"),
    "hours_logged": ("Jam kerja tercatat", "Hours logged"),
    "hours_logged_value": ("<b>{total}</b> dari {expected} jam kerja bulan ini",
                           "<b>{total}</b> of this month's {expected} working hours"),
    "balance": ("Saldo berjalan", "Running balance"),
    "balance_value": ("<b>{balance}</b> (kewajiban sampai {until}: {due})",
                      "<b>{balance}</b> (due until {until}: {due})"),
    "working_days": ("Hari kerja", "Working days"),
    "working_days_value": ("{working} hari kerja; {logged} hari dengan catatan kegiatan",
                           "{working} working days; {logged} days with logged activities"),
    "by_location": ("Menurut lokasi", "By location"),
    "location_value": ("{location}: {days} hari, {minutes}", "{location}: {days} days, {minutes}"),
    "location_value_one": ("{location}: {days} hari, {minutes}", "{location}: {days} day, {minutes}"),
    "missing_days": ("Hari kerja tanpa catatan", "Unlogged working days"),
    "holidays": ("Hari libur", "Holidays"),
    "none": ("tidak ada", "none"),
    # ---- D. RHK progress ---------------------------------------------------------------------
    "section_d": ("D. Capaian Rencana Hasil Kerja (SKP)", "D. RHK Progress (SKP)"),
    "col_kind": ("Jenis", "Type"),
    "col_rhk_name": ("Rencana Hasil Kerja", "Rencana Hasil Kerja (RHK)"),
    "col_month_target": ("Target bulan", "Month target"),
    "col_realized": ("Realisasi", "Actual"),
    "col_percent": ("%", "%"),
    "col_year": ("Capaian tahun", "Year progress"),
    "no_plan": ("Tidak ada rencana SKP yang tercatat untuk bulan ini, sehingga capaian Rencana Hasil "
                "Kerja tidak dihitung.",
                "No SKP plan is recorded for this month, so no RHK progress is computed."),
    "indicator": ("Indikator: {text}", "Indicator: {text}"),
    "of": ("{realized} dari {target}", "{realized} of {target}"),
    "kind_utama": (RhkKind.UTAMA.label, "Main"),
    "kind_tambahan": (RhkKind.TAMBAHAN.label, "Additional"),
    "pace_tercapai": (Pace.TERCAPAI.label, "Target reached"),
    "pace_sesuai": (Pace.SESUAI.label, "On schedule"),
    "pace_tertinggal": (Pace.TERTINGGAL.label, "Behind"),
    "pace_belum-mulai": (Pace.BELUM_MULAI.label, "Not started"),
    "disclaimer": (PROGRESS_DISCLAIMER,
                   "This progress is the employee's own record, not an official performance rating "
                   "(predikat). The rating is given by the Pejabat Penilai Kinerja (appraising official)."),
    # ---- signatures, footer, metadata --------------------------------------------------------
    "acknowledged": ("Mengetahui,", "Acknowledged,"),
    "supervisor_sign": ("Pejabat Penilai Kinerja,", "Pejabat Penilai Kinerja,"),
    "reporting_employee": ("Pegawai yang melaporkan,", "Reporting employee,"),
    "made_with": ("Dibuat dengan Absensi {version} pada {moment}", "Made with Absensi {version} on {moment}"),
    "page_of": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "at_time": ("{day} pukul {time}", "{day} at {time}"),
    "subject": ("Laporan kinerja bulanan {who}, {unit}, {agency}",
                "Monthly performance report of {who}, {unit}, {agency}"),
    "keyword": ("laporan kinerja bulanan", "monthly performance report"),
    # ---- the employee's signature stamp ------------------------------------------------------
    "signed_by": ("Ditandatangani secara elektronik oleh", "Electronically signed by"),
    "stamp_revision": ("{moment} (revisi {n})", "{moment} (revision {n})"),
    "reason": ("{title} (revisi {n})", "{title} (revision {n})"),
    # ---- the supervisor's stamp (services.stamp) ---------------------------------------------
    "stamp_approved": ("DISETUJUI", "APPROVED"),
    "stamp_returned": ("DIKEMBALIKAN UNTUK DIPERBAIKI", "RETURNED FOR CORRECTION"),
    "approved_by": ("Disetujui secara elektronik oleh", "Electronically approved by"),
    "returned_by": ("Dikembalikan secara elektronik oleh", "Electronically returned by"),
    "approved_by_name": ("Disetujui oleh {name}", "Approved by {name}"),
    "returned_by_name": ("Dikembalikan oleh {name}", "Returned by {name}"),
    "stamp_predikat": ("Predikat: {predikat}", "Rating: {predikat}"),
    "stamp_note": ("Catatan: {note}", "Note: {note}"),
    # ---- the yearly evaluation (reports.evaluation_pdf) --------------------------------------
    "ev_heading": ("DOKUMEN EVALUASI KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE EVALUATION DOCUMENT"),
    "ev_running": ("Dokumen Evaluasi Kinerja Pegawai {title}", "Employee Performance Evaluation {title}"),
    "ev_period": ("Periode Penilaian: {first} s.d. {last}", "Appraisal period: {first} to {last}"),
    "ev_employee": ("PEGAWAI YANG DINILAI", "EMPLOYEE APPRAISED"),
    "ev_supervisor": ("PEJABAT PENILAI KINERJA", "PEJABAT PENILAI KINERJA (APPRAISING OFFICIAL)"),
    "ev_results": ("HASIL KERJA", "WORK RESULTS"),
    "ev_indicator": ("Indikator Kinerja Individu", "Indicator (IKI)"),
    "ev_target": ("Target", "Target"),
    "ev_achievement": ("Capaian", "Progress"),
    "ev_feedback": ("Umpan Balik", "Feedback"),
    "ev_main": ("A. KINERJA UTAMA", "A. MAIN PERFORMANCE"),
    "ev_additional": ("B. KINERJA TAMBAHAN", "B. ADDITIONAL PERFORMANCE"),
    "ev_none": ("Tidak ada", "None"),
    "ev_quarter": ("TW {q}", "Q {q}"),
    "ev_results_note": ("Realisasi: jumlah keluaran kegiatan yang ditautkan ke RHK, per triwulan, sama "
                        "dengan angka di Kemajuan dan ringkasan bulanan. ",
                        "Actual: the output quantity of the activities linked to the RHK, per quarter, "
                        "the same figures as on the Progress page and in the monthly summaries. "),
    "ev_decisions": ("KEPUTUSAN PEJABAT PENILAI KINERJA YANG DITERIMA",
                     "DECISIONS RECEIVED FROM THE PEJABAT PENILAI KINERJA"),
    "ev_col_month": ("Bulan", "Month"),
    "ev_col_revision": ("Revisi", "Rev."),
    "ev_col_received": ("Diterima", "Received"),
    "ev_col_predikat": ("Predikat", "Rating"),
    "ev_col_note": ("Catatan", "Note"),
    "ev_no_decisions": ("Belum ada keputusan Pejabat Penilai Kinerja yang diterima untuk periode ini.",
                        "No decision of the Pejabat Penilai Kinerja has been received for this period yet."),
    "state_terkunci": ("Dikirim, menunggu keputusan", "Sent, awaiting a decision"),
    "state_dibuka": ("Kunci dibuka (belum dikirim ulang)", "Unlocked (not sent again yet)"),
    "state_disetujui": ("Disetujui", "Approved"),
    "state_dikembalikan": ("Dikembalikan", "Returned"),
    "state_none": ("Belum diekspor bertanda tangan", "Not yet exported signed"),
    "ev_ratings": ("RATING DAN PREDIKAT KINERJA", "PERFORMANCE RATINGS AND PREDIKAT"),
    "ev_rating_results": ("Rating Hasil Kerja", "Work results rating"),
    "ev_rating_behaviour": ("Rating Perilaku Kerja", "Work behaviour rating"),
    "ev_predikat": ("Predikat Kinerja Pegawai", "Employee performance rating (predikat)"),
    "ev_monthly": ("Ringkasan bulanan", "Monthly summaries"),
    "ev_rating_choices": ("(Di Atas / Sesuai / Di Bawah Ekspektasi)",
                          "(Above / Meets / Below expectations)"),
    "ev_predikat_choices": ("(Sangat Baik / Baik / Butuh Perbaikan / Kurang / Sangat Kurang)",
                            "(Outstanding / Good / Needs Improvement / Poor / Very Poor)"),
    "ev_approved": ("{approved} dari {months} bulan disetujui", "{approved} of {months} months approved"),
    "ev_ratings_note": ("Rating dan predikat periode ditetapkan oleh Pejabat Penilai Kinerja pada saat "
                        "evaluasi. Predikat bulanan yang diterima bersama persetujuan tercantum pada "
                        "tabel keputusan di atas.",
                        "The period's ratings and predikat are given by the Pejabat Penilai Kinerja at "
                        "the evaluation. The monthly ratings received with the approvals are listed in "
                        "the table of decisions above."),
    "ev_appraised_employee": ("Pegawai yang Dinilai,", "Employee appraised,"),
    "ev_subject": ("Dokumen evaluasi kinerja {who}, {unit}, {agency}, tahun {year}",
                   "Performance evaluation document of {who}, {unit}, {agency}, year {year}"),
    "ev_keyword": ("dokumen evaluasi kinerja", "performance evaluation document"),
}


def check_language(language: str | None) -> str:
    """``language`` when it is a report language ("id" or "en"; None is the default), else a
    ValidationError naming the two."""
    if language is None:
        return DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        raise ValidationError(
            "Bahasa laporan '{lang}' tidak dikenal; pilih id (Indonesia) atau en (English).",
            field="language", lang=str(language),
        )
    return language


def language_of_tag(tag: str | None) -> str:
    """The report language of a PDF's /Lang ("en-GB" -> "en"); Indonesian for anything else
    (files made before reports had a language say "id-ID")."""
    return ENGLISH if (tag or "").strip().lower().split("-")[0] == ENGLISH else INDONESIAN


class Wording:
    """The fixed texts, names and number forms of one report language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = check_language(language)
        self.english = self.language == ENGLISH
        self._index = 1 if self.english else 0

    def __call__(self, key: str, **values: object) -> str:
        text = LABELS[key][self._index]
        return text.format(**values) if values else text

    def plural(self, key: str, n: int, **values: object) -> str:
        """``key``, or ``key_one`` for ``n`` of one (English says "1 day", "2 days")."""
        one = f"{key}_one"
        return self(one if n == 1 and one in LABELS else key, **values)

    @property
    def pdf_lang(self) -> str:
        return PDF_LANG[self.language]

    # ---- names -------------------------------------------------------------------------------
    def month(self, month: int) -> str:
        return (MONTH_NAMES_EN if self.english else MONTH_NAMES)[month - 1]

    def month_year(self, key: str) -> str:
        """'YYYY-MM' as 'November 2026'."""
        return f"{self.month(int(key[5:7]))} {key[:4]}"

    def weekday(self, day: date) -> str:
        return (WEEKDAY_NAMES_EN if self.english else WEEKDAY_NAMES)[day.weekday()]

    def location(self, location: Location) -> str:
        return (_LOCATIONS_EN if self.english else LOCATION_LABELS)[location]

    def status(self, record: DayStatusRecord) -> str:
        if not self.english:
            return record.label
        if record.status is DayStatus.CUTI and record.leave_kind is not None:
            return _LEAVES_EN[record.leave_kind]
        return _STATUSES_EN[record.status]

    def term(self, text: str) -> str:
        """A predikat or an assessment as the domain writes it ("Baik"), in this language."""
        return _TERMS_EN.get(text, text) if self.english else text

    # ---- dates, numbers, durations -------------------------------------------------------------
    def date(self, day: date) -> str:
        """'27 November 2026' (the day first in both languages)."""
        return f"{day.day} {self.month(day.month)} {day.year}"

    def day(self, day: date) -> str:
        """'Jumat, 27 November 2026' / 'Friday, 27 November 2026'."""
        return f"{self.weekday(day)}, {self.date(day)}"

    def datetime(self, moment: datetime) -> str:
        """'27 November 2026 pukul 16.00' / '27 November 2026 at 16:00'."""
        clock = f"{moment:%H:%M}" if self.english else f"{moment:%H.%M}"
        return self("at_time", day=self.date(moment.date()), time=clock)

    def stamp_moment(self, moment: datetime) -> str:
        """The time on a signature stamp: '30-11-2026 17:00' / '30 Nov 2026 17:00'."""
        if self.english:
            return f"{moment.day} {MONTH_NAMES_EN[moment.month - 1][:3]} {moment.year} {moment:%H:%M}"
        return f"{moment:%d-%m-%Y %H:%M}"

    def number(self, value: float, decimals: int = 2) -> str:
        """'1.250', '8,33' / '1,250', '8.33' (trailing zeros dropped)."""
        from absensi_app.reports.pdf.text import number_id

        text = number_id(value, decimals)
        if not self.english:
            return text
        return text.replace(".", "\0").replace(",", ".").replace("\0", ",")

    def percent(self, value: float | None) -> str:
        return "\u2013" if value is None else f"{self.number(value, 1)}%"

    def minutes(self, minutes: int) -> str:
        """'7 j 30 m' / '7 h 30 min'."""
        if not self.english:
            return format_minutes(minutes)
        hours, mins = divmod(int(minutes), 60)
        if hours and mins:
            return f"{hours} h {mins} min"
        return f"{hours} h" if hours else f"{mins} min"

    def signed_minutes(self, minutes: int) -> str:
        if minutes == 0:
            return self.minutes(0)
        sign = "+" if minutes > 0 else "\u2212"
        return f"{sign}{self.minutes(abs(minutes))}"

    def size(self, size: int | None) -> str:
        """A file's size: '1,2 MB' / '1.2 MB', '340 KB', '12 byte' / '12 bytes'."""
        from absensi_app.domain.report import size_text

        text = size_text(size)
        if not self.english or size is None:
            return text
        if size >= 1024 * 1024:
            return text.replace(",", ".")
        return text if size >= 1024 else f"{size} bytes"
