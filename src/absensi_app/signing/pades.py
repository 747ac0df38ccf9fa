"""PAdES signatures with pyHanko: embed the month's JSON, add a visible signature, sign.

pyHanko is heavy to import (about 0.3 s): every import here is inside a function.
"""

from __future__ import annotations

import io
import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from absensi_app.domain.errors import AbsensiError
from absensi_app.signing.keys import KeyMaterial

log = logging.getLogger(__name__)

EMPLOYEE_FIELD = "TandaTanganPegawai"
SUPERVISOR_FIELD = "TandaTanganPejabatPenilai"


class SignatureFailed(AbsensiError):
    pass


@dataclass(frozen=True)
class StampBox:
    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float


def _font_file() -> str:
    """The summary's regular font (DejaVu Sans from the system, else Bitstream Vera)."""
    from absensi_app.reports.pdf import font_files

    return font_files()[0]


def _signer(material: KeyMaterial):  # noqa: ANN202
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = translate_pyca_cryptography_cert_to_asn1(material.certificate)
    key = translate_pyca_cryptography_key_to_asn1(material.private_key)
    chain = [translate_pyca_cryptography_cert_to_asn1(c) for c in material.chain]
    signer = SimpleSigner(
        signing_cert=cert,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(chain),
        prefer_pss=False,
    )
    return signer


def embed_attachment(
    pdf: bytes,
    name: str,
    data: bytes,
    description: str,
    when: datetime,
    empty_fields: tuple[tuple[str, StampBox], ...] = (),
    extra_files: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    """Attach ``data`` as an embedded file (an incremental update, before signing).

    ``extra_files`` (name, bytes, description) are embedded in the same update, e.g. the
    month's evidence files, so the signature made next covers them too.

    ``empty_fields`` adds unsigned signature fields in the same update, e.g. the
    supervisor's, so that a later countersignature only fills a field the first signer
    already covered (a change every validator accepts as form filling).
    """
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for field_name, box in empty_fields:
        fields.append_signature_field(
            writer,
            fields.SigFieldSpec(
                sig_field_name=field_name,
                on_page=box.page,
                box=(int(box.x1), int(box.y1), int(box.x2), int(box.y2)),
            ),
        )
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=embed.EmbeddedFileObject.from_file_data(
            writer,
            data,
            mime_type="application/json",
            params=embed.EmbeddedFileParams(creation_date=when, modification_date=when),
        ),
        description=description,
        af_relationship=generic.NameObject("/Data"),
    )
    embed.embed_file(writer, spec)
    import mimetypes

    for extra_name, extra_data, extra_description in extra_files:
        mime = mimetypes.guess_type(extra_name)[0] or "application/octet-stream"
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=extra_name,
            file_name=extra_name,
            embedded_data=embed.EmbeddedFileObject.from_file_data(
                writer, extra_data, mime_type=mime,
                params=embed.EmbeddedFileParams(creation_date=when, modification_date=when),
            ),
            description=extra_description,
            af_relationship=generic.NameObject("/Supplement"),
        ))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


#: the height in points of a stamp's banner (``StampBanner``), above its lines
BANNER_HEIGHT = 16.0


@dataclass(frozen=True)
class StampBanner:
    """A word across the top of a stamp, in white on ``colour`` (the box takes the colour too):
    the supervisor's decision, so that it is the first thing seen on paper."""

    text: str
    colour: str  # "#rrggbb"


def sign(
    pdf: bytes,
    material: KeyMaterial,
    box: StampBox,
    field_name: str,
    stamp_lines: list[str],
    reason: str,
    location: str = "",
    timestamp_url: str | None = None,
    contact_info: str | None = None,
    banner: StampBanner | None = None,
) -> bytes:
    """Sign as PAdES B-B (B-T with a timestamp server) with a visible stamp in ``box``:
    ``stamp_lines`` centred, below ``banner`` when there is one."""
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=20)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
        contact_info=contact_info,
        use_pades_lta=False,
    )
    with tempfile.TemporaryDirectory(prefix="absensi-stamp-") as tmp:
        stamp_pdf = Path(tmp) / "stamp.pdf"
        stamp_pdf.write_bytes(_stamp_page(box.x2 - box.x1, box.y2 - box.y1, stamp_lines, banner))
        style = StaticStampStyle(
            background=ImportedPdfPage(str(stamp_pdf)), border_width=0, background_opacity=1.0
        )
        return _sign_with(writer, meta, material, timestamper, style, field_name, box, timestamp_url)


def _stamp_page(width: float, height: float, lines: list[str], banner: StampBanner | None = None) -> bytes:
    """The visible stamp as a one-page PDF of the box's size, in an embedded TrueType font
    (pyHanko's own text stamps use a non-embedded Courier)."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "AbsensiStamp" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("AbsensiStamp", _font_file()))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), initialFontName="AbsensiStamp")
    c.setStrokeColor(HexColor(banner.colour if banner else "#1f4e79"))
    c.setLineWidth(1.5 if banner else 1)
    c.setFillColor(HexColor("#ffffff" if banner else "#eef4fa"))
    c.roundRect(0.75, 0.75, width - 1.5, height - 1.5, 4, stroke=1, fill=1)
    if banner is not None:
        c.setFillColor(HexColor(banner.colour))
        c.roundRect(0.75, height - BANNER_HEIGHT - 0.75, width - 1.5, BANNER_HEIGHT, 4, stroke=0, fill=1)
        c.rect(0.75, height - BANNER_HEIGHT - 0.75, width - 1.5, BANNER_HEIGHT / 2, stroke=0, fill=1)
        big = 10.5
        while big > 6 and pdfmetrics.stringWidth(banner.text, "AbsensiStamp", big) > width - 8:
            big -= 0.5
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("AbsensiStamp", big)
        c.drawCentredString(width / 2, height - BANNER_HEIGHT / 2 - big / 3 - 0.75, banner.text)
        c.setFillColor(HexColor("#1f2933"))
        height -= BANNER_HEIGHT  # the lines are centred in what is left below the banner
    else:
        c.setFillColor(HexColor("#1f2933"))
    size = 8.5
    while size > 5 and max(pdfmetrics.stringWidth(t, "AbsensiStamp", size) for t in lines) > width - 10:
        size -= 0.5
    leading = size * 1.3
    y = height / 2 + leading * (len(lines) - 1) / 2 - size / 3
    for line in lines:
        c.setFont("AbsensiStamp", size)
        c.drawCentredString(width / 2, y, line)
        y -= leading
    c.showPage()
    c.save()
    return buf.getvalue()


def _sign_with(writer, meta, material, timestamper, style, field_name, box, timestamp_url):  # noqa: ANN001, ANN202
    from pyhanko.sign import fields, signers

    existing = any(
        name == field_name for name, _value, _ref in fields.enumerate_sig_fields(writer)
    )
    spec = None if existing else fields.SigFieldSpec(
        sig_field_name=field_name,
        on_page=box.page,
        box=(int(box.x1), int(box.y1), int(box.x2), int(box.y2)),
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=_signer(material), timestamper=timestamper, stamp_style=style,
        new_field_spec=spec,
    )
    try:
        out = pdf_signer.sign_pdf(writer)
    except Exception as exc:  # pyHanko raises many kinds; the user needs one sentence
        log.exception("signing failed")
        if timestamp_url:
            raise SignatureFailed(
                "Penandatanganan gagal; server cap waktu {url} tidak bisa dihubungi atau "
                "menolak permintaan.",
                url=timestamp_url,
            ) from None
        raise SignatureFailed(
            "Penandatanganan gagal ({error}). Rinciannya tercatat di folder log.",
            error=type(exc).__name__,
        ) from None
    return out.getvalue()
