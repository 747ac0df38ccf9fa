"""A copy of a summary for printing, with the signature stamps drawn into the pages.

The visible signatures (the employee's and the supervisor's stamp, with the decision and the
start of the note) are widget annotations. Qt's PDF renderer does not draw widget annotations,
so a page printed from the viewer would show two empty boxes: a returned report would look
like an unsigned one. This copy paints every printable widget's appearance into its page's
content (the appearance form, placed on the annotation's rectangle as PDF 32000-1, 12.5.5
describes), then removes the annotations. It is for printing only: its signatures no longer
verify, and it is never written anywhere.
"""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)

_HIDDEN, _PRINT = 2, 4  # annotation flags (PDF 32000-1, 12.5.3)


def print_copy(data: bytes) -> bytes:
    """``data`` with its stamps drawn into the pages; ``data`` itself when that fails (a
    file that is not the app's own, for instance: it is then printed as it is)."""
    try:
        return _flatten(data)
    except Exception:  # noqa: BLE001 - printing the file as it is beats not printing
        log.warning("signature stamps could not be drawn into the print copy", exc_info=True)
        return data


def _flatten(data: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    pages = _page_refs(writer.root["/Pages"])
    changed = False
    for index, page_ref in enumerate(pages):
        page = page_ref.get_object()
        annots = page.get("/Annots")
        if annots is None:
            continue
        drawn, kept, commands = generic.DictionaryObject(), generic.ArrayObject(), []
        for ref in annots.get_object():
            annot = ref.get_object()
            form = _printable_appearance(annot)
            if form is None:
                kept.append(ref)
                continue
            name = f"/AbsensiCetak{len(drawn)}"
            drawn[generic.NameObject(name)] = annot["/AP"].get_object().raw_get("/N")  # the reference
            a, b, c, d, e, f = _placement(form, annot["/Rect"])
            commands.append(f"q {a:.6f} {b:.6f} {c:.6f} {d:.6f} {e:.6f} {f:.6f} cm {name} Do Q")
        if not commands:
            continue
        # the page's own content inside q ... Q, so nothing it leaves set moves the stamps
        before = writer.add_object(generic.StreamObject(stream_data=b"q\n"))
        writer.add_stream_to_page(index, before, prepend=True)
        after = writer.add_object(generic.StreamObject(stream_data=("\nQ\n" + "\n".join(commands) + "\n").encode()))
        resources = generic.DictionaryObject({generic.NameObject("/XObject"): drawn})
        writer.add_stream_to_page(index, after, resources=resources)
        page = page_ref.get_object()
        if kept:
            page[generic.NameObject("/Annots")] = kept
        else:
            del page["/Annots"]
        writer.update_container(page)
        changed = True
    if not changed:
        return data
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _page_refs(node) -> list:  # noqa: ANN001
    """The page references in order (the page tree walked depth first)."""
    found = []
    tree = node.get_object()
    for kid in tree["/Kids"]:
        obj = kid.get_object()
        if obj.get("/Type") == "/Pages":
            found.extend(_page_refs(kid))
        else:
            found.append(kid)
    return found


def _printable_appearance(annot):  # noqa: ANN001, ANN202
    """The normal appearance of a widget annotation that is printed, or None."""
    from pyhanko.pdf_utils import generic

    if annot.get("/Subtype") != "/Widget":
        return None
    flags = int(annot.get("/F", 0))
    if flags & _HIDDEN or not flags & _PRINT:
        return None
    ap = annot.get("/AP")
    if ap is None or "/Rect" not in annot:
        return None
    normal = ap.get_object().raw_get("/N") if "/N" in ap.get_object() else None
    if not isinstance(normal, generic.IndirectObject):
        return None  # a stream is always referenced; anything else is not a stamp
    form = normal.get_object()
    if form.get("/Subtype") != "/Form" or "/BBox" not in form:
        return None  # an appearance per state (a check box), not a stamp
    return form


def _placement(form, rect) -> tuple[float, float, float, float, float, float]:  # noqa: ANN001
    """The matrix that puts the appearance form on the annotation's rectangle: its bounding
    box, transformed by its own matrix (which ``Do`` applies), scaled and moved onto it."""
    x1, y1, x2, y2 = (float(v) for v in form["/BBox"])
    m = [float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
    corners = [(x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
               for x, y in ((x1, y1), (x1, y2), (x2, y1), (x2, y2))]  # fmt: skip
    bx1, bx2 = min(p[0] for p in corners), max(p[0] for p in corners)
    by1, by2 = min(p[1] for p in corners), max(p[1] for p in corners)
    rx1, ry1, rx2, ry2 = (float(v) for v in rect)
    rx1, rx2, ry1, ry2 = min(rx1, rx2), max(rx1, rx2), min(ry1, ry2), max(ry1, ry2)
    sx = (rx2 - rx1) / (bx2 - bx1) if bx2 > bx1 else 1.0
    sy = (ry2 - ry1) / (by2 - by1) if by2 > by1 else 1.0
    return sx, 0.0, 0.0, sy, rx1 - bx1 * sx, ry1 - by1 * sy
