"""The text of the supervisor's visible countersignature (the stamp in the "Pejabat Penilai
Kinerja" box): the decision as a coloured banner across its top (``decision_banner``: white
on green for an approval, on dark orange for a return), then who decided and when, the predikat, and
the start of the note. On paper a returned report can then never be taken for an approved one.

``supervisor_box`` finds the empty field the employee's export left for it. The stamp is
drawn by ``signing.pades``: the banner, then the lines in one font size, the largest (from
8.5 pt down to 5 pt) at which the widest line fits the box's width. The note is wrapped here
into as many lines as give the largest size at which every line also fits the height left
below the banner.

The stamp speaks the language of the document it stamps: ``document_language`` reads the
PDF's /Lang (the employee's signature covers it; "en-GB" for an English report, "id-ID"
otherwise and in every file made before reports had a language), and ``decision_banner`` and
``approval_stamp_lines`` take that language (Indonesian unless told).
"""

from __future__ import annotations

import functools
import textwrap
from datetime import datetime

from absensi_app.domain.nip import display_nip
from absensi_app.domain.verdict import Decision

STAMP_NOTE = 120  # characters of the note on the stamp; the signed approval holds all of it
STAMP_FONT = "AbsensiStamp"  # the name signing.pades registers the stamp's font under
_LARGEST, _SMALLEST, _STEP, _LEADING = 8.5, 5.0, 0.5, 1.3  # as signing.pades draws the stamp
_MARGIN_X, _MARGIN_Y = 10.0, 6.0

DECISION_WORDS = {  # Indonesian; the words of each language: labels "stamp_approved"/"stamp_returned"
    Decision.APPROVED: "DISETUJUI",
    Decision.RETURNED: "DIKEMBALIKAN UNTUK DIPERBAIKI",
}
#: the viewer's colours of the two decisions (views.supervisor.verdict_text): green, dark orange
DECISION_COLOURS = {Decision.APPROVED: "#1b5e20", Decision.RETURNED: "#c25e00"}


def decision_banner(decision: Decision, language: str = "id"):  # noqa: ANN201 - a signing.pades.StampBanner
    from absensi_app.reports.pdf.labels import Wording
    from absensi_app.signing.pades import StampBanner

    w = Wording(language)
    words = w("stamp_approved") if decision is Decision.APPROVED else w("stamp_returned")
    return StampBanner(words, DECISION_COLOURS[decision])


def document_language(data: bytes) -> str:
    """The report language of a PDF ("en" when its catalog's /Lang is English, else "id",
    also for a file that cannot be read)."""
    import io

    from absensi_app.reports.pdf.labels import language_of_tag

    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        tag = PdfFileReader(io.BytesIO(data), strict=False).root.get("/Lang")
        return language_of_tag(str(tag) if tag is not None else None)
    except Exception:  # noqa: BLE001 - an unreadable file is refused elsewhere; the stamp stays Indonesian
        return language_of_tag(None)


def banner_height() -> float:
    from absensi_app.signing.pades import BANNER_HEIGHT

    return BANNER_HEIGHT


def clip_note(note: str, limit: int = STAMP_NOTE) -> str:
    """The note as one paragraph, at most ``limit`` characters (then ending in "…")."""
    text = " ".join((note or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def approval_stamp_lines(
    decision: Decision, name: str, nip: str, moment: datetime, predikat: str, note: str,
    width: float, height: float, language: str = "id",
) -> list[str]:  # fmt: skip
    """The stamp's lines below its banner (``decision_banner``) for a box of ``width`` x
    ``height`` points, in ``language`` ("id" or "en": the document's)."""
    from absensi_app.reports.pdf.labels import Wording

    w = Wording(language)
    height -= banner_height()
    approved = decision is Decision.APPROVED
    signed = f"NIP {display_nip(nip, moment.date())}, {w.stamp_moment(moment)}"
    rating = [w("stamp_predikat", predikat=w.term(predikat))] if predikat else []
    heads = ([w("approved_by" if approved else "returned_by"), name, signed, *rating],
             [w("approved_by_name" if approved else "returned_by_name", name=name), signed, *rating])  # fmt: skip
    note = clip_note(note)
    text = w("stamp_note", note=note) if note else ""
    best: tuple[float, int, list[str]] | None = None
    for head in heads:
        # the stamp's size follows its widest line: try every width the note can be wrapped to
        for chars in [0] if not text else range(min(16, len(text)), max(16, len(text)) + 2, 2):
            candidate = head + (textwrap.wrap(text, chars, break_long_words=True, break_on_hyphens=False)
                                if text else [])  # fmt: skip
            size = _font_size(candidate, width)
            if not _fits(candidate, size, width, height):
                continue
            if best is None or (size, -len(candidate)) > (best[0], -best[1]):
                best = (size, len(candidate), candidate)
    if best is not None:
        return best[2]
    return heads[1] + ([w("stamp_note", note=clip_note(note, 40))] if note else [])  # a box far smaller than the summary's


def _fits(lines: list[str], size: float, width: float, height: float) -> bool:
    return (_text_height(lines, size) <= height - _MARGIN_Y
            and max(_string_width(t, size) for t in lines) <= width - _MARGIN_X)  # fmt: skip


def _font_size(lines: list[str], width: float) -> float:
    widest = max(_string_width(t, 1.0) for t in lines)  # a string's width grows with the size
    size = _LARGEST
    while size > _SMALLEST and widest * size > width - _MARGIN_X:
        size -= _STEP
    return size


def _text_height(lines: list[str], size: float) -> float:
    return size * _LEADING * (len(lines) - 1) + size


@functools.lru_cache(maxsize=4096)
def _width_at_one_point(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics

    if STAMP_FONT not in pdfmetrics.getRegisteredFontNames():
        from reportlab.pdfbase.ttfonts import TTFont

        from absensi_app.reports.pdf import font_files

        pdfmetrics.registerFont(TTFont(STAMP_FONT, font_files()[0]))
    return pdfmetrics.stringWidth(text, STAMP_FONT, 1.0)


def _string_width(text: str, size: float) -> float:
    return _width_at_one_point(text) * size


# ---- where the stamp goes ---------------------------------------------------------------
def supervisor_box(data: bytes, empty_only: bool = True):  # noqa: ANN202
    """Where the empty supervisor field is (the employee's export placed it); with
    ``empty_only=False`` also once it is signed."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    from absensi_app.signing.pades import SUPERVISOR_FIELD, StampBox

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for name, value, ref in fields.enumerate_sig_fields(reader, filled_status=False if empty_only else None):
        if name == SUPERVISOR_FIELD:
            widget = ref.get_object()
            rect = [float(x) for x in widget["/Rect"]]
            page_ref = widget.get("/P")
            pages = [p.get_object() for p in _pages(reader)]
            page = next((i for i, p in enumerate(pages) if page_ref is not None and p == page_ref.get_object()), len(pages) - 1)
            return StampBox(page, rect[0], rect[1], rect[2], rect[3])
    from absensi_app.services.verification import ApprovalError

    raise ApprovalError("Ringkasan ini tidak punya kolom tanda tangan pejabat penilai (versi lama?).")


def _pages(reader):  # noqa: ANN001, ANN202
    root = reader.root["/Pages"]

    def walk(node):  # noqa: ANN001, ANN202
        node = node.get_object()
        if node.get("/Type") == "/Pages":
            for kid in node["/Kids"]:
                yield from walk(kid)
        else:
            yield node

    return list(walk(root))
