"""A real office for the team table's tests: real keys, real signed summaries, a supervisor.

Staff (all trusted except Dewi): Rina has September approved (and her copy of the file she
sent), October returned then sent again as revision 2 (and a copy of that), November returned;
Andi has November waiting, and the approval of it changed afterwards (a page turned: not a
signature); Dewi (not trusted yet) sent November; Sari and Budi sent nothing. The supervisor
also trusts their own supervisor's certificate (not a member of the team). Plus a file that
is not a PDF. The clock reads 30 November 2026.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from absensi_app.config import AppPaths
from absensi_app.domain.model import Profile
from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision
from absensi_app.services.clock import Clock
from absensi_app.services.context import AppContext, open_context
from absensi_app.services.demo import SAMPLE_PROFILE, fill_demo_month
from absensi_app.services.verification import Rated
from absensi_app.signing import keys
from tests.support import release_log_handlers

NOW = datetime(2026, 11, 30, 16, 0)
PASS = "frasa sandi uji panjang"
SUPERVISOR = Profile(
    name="Drs. Bambang Suryadi, M.Si.", nip="197508172000031004", rank="Pembina, IV/a",
    position="Kepala Bagian Perencanaan", unit="Bagian Perencanaan dan Keuangan",
    agency=SAMPLE_PROFILE.agency, supervisor_name="Ir. Hartono, M.T.",
    supervisor_nip="196801011990031002",
)  # fmt: skip
HARTONO = Profile(name="Ir. Hartono, M.T.", nip="196801011990031002", rank="Pembina Utama Muda, IV/c",
                  position="Sekretaris", unit="Sekretariat", agency=SAMPLE_PROFILE.agency,
                  supervisor_name="-", supervisor_nip="196501011985031001")  # fmt: skip
ANDI = replace(SAMPLE_PROFILE, name="Andi Pratama, S.Kom.", nip="199203152019031005")
DEWI = replace(SAMPLE_PROFILE, name="Dewi Lestari, S.Sos.", nip="199512202022032011")
SARI = replace(SAMPLE_PROFILE, name="Sari Wulandari, S.Ak.", nip="199311052020122013")
BUDI = replace(SAMPLE_PROFILE, name="Budi Hartanto, S.T.", nip="198706102012121002")
RINA = SAMPLE_PROFILE


def person(root: Path, profile: Profile, folder: str, months: tuple[int, ...] = ()) -> AppContext:
    ctx = open_context(AppPaths(root / folder), Clock(NOW))
    ctx.profile.save(profile)
    for month in months:
        fill_demo_month(ctx.worklog, 2026, month, NOW.date(), ctx.skp)
    keys.create_identity(ctx.paths.keys_dir, profile.name, profile.nip, profile.agency, PASS, datetime.now())
    return ctx


def close(ctx: AppContext) -> None:
    ctx.close()
    release_log_handlers(ctx.paths.data_dir)


def turn_a_page(data: bytes) -> bytes:
    """An incremental update that is not a signature: the first page turned."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_office(tmp: Path) -> dict:
    rina = person(tmp, RINA, "rina", (9, 10, 11))
    andi = person(tmp, ANDI, "andi", (11,))
    dewi = person(tmp, DEWI, "dewi", (11,))
    sari, budi, hartono = person(tmp, SARI, "sari"), person(tmp, BUDI, "budi"), person(tmp, HARTONO, "hartono")
    boss = person(tmp, SUPERVISOR, "boss")
    for ctx in (rina, andi, sari, budi, hartono):
        boss.trust.add(ctx.keys.certificate_der())
    inbox = tmp / "masuk"
    inbox.mkdir()

    def sent(ctx: AppContext, month: int, name: str) -> Path:
        ctx.export.export_pdf(2026, month, inbox / name, PASS)
        return inbox / name

    def decide(path: Path, decision: Decision, note: str, rating: Rated | None, name: str) -> bytes:
        signed, _ = boss.approval.countersign(path.read_bytes(), decision, note, PASS, rating)
        (inbox / name).write_bytes(signed)
        return signed

    decide(sent(rina, 9, "rina-2026-09.pdf"), Decision.APPROVED, "Baik", Rated(Rating.DI_ATAS, Rating.DI_ATAS),
           "rina-2026-09-disetujui.pdf")  # fmt: skip
    returned = decide(sent(rina, 10, "rina-2026-10.pdf"), Decision.RETURNED, "Lengkapi bukti dukung", None,
                      "rina-2026-10-dikembalikan.pdf")  # fmt: skip
    verdict = rina.verification.verify(returned)
    rina.approval.apply_decision(returned, verdict.supervisor.fingerprint)  # the month reopens
    shutil.copy(sent(rina, 10, "rina-2026-10-r2.pdf"), inbox / "rina-2026-10-r2-salinan.pdf")
    decide(sent(rina, 11, "rina-2026-11.pdf"), Decision.RETURNED, "Kegiatan tanggal 12 belum ada", None,
           "rina-2026-11-dikembalikan.pdf")  # fmt: skip
    andi_nov = sent(andi, 11, "andi-2026-11.pdf")
    approved, _ = boss.approval.countersign(andi_nov.read_bytes(), Decision.APPROVED, "", PASS,
                                            Rated(Rating.SESUAI, Rating.SESUAI))  # fmt: skip
    (inbox / "andi-2026-11-disetujui.pdf").write_bytes(turn_a_page(approved))
    sent(dewi, 11, "dewi-2026-11.pdf")
    (inbox / "foto.pdf").write_bytes(b"\xff\xd8\xff\xe0 bukan pdf")
    people = {"rina": rina, "andi": andi, "dewi": dewi, "sari": sari, "budi": budi, "hartono": hartono}
    return {"boss": boss, "inbox": inbox, "tmp": tmp, "people": people}


def close_office(office: dict) -> None:
    for ctx in (office["boss"], *office["people"].values()):
        close(ctx)
