"""A verdict (domain.verdict) as data: the `absensi verify --json` contract (README).

Pure: the exit code is decided by the one table in ``absensi_app.cli`` and passed in.
"""

from __future__ import annotations

import json

from absensi_app.domain.report import canonical_bytes
from absensi_app.domain.verdict import Outcome, Verdict


def verdict_to_json(verdict: Verdict, path: str, exit_code: int) -> dict:
    # a decision signed in the user's own name with a certificate that is not theirs is no
    # decision: a script reading `decision` or `approval` must never count it
    forged = verdict.outcome is Outcome.FORGED
    return {
        "file": path,
        "exit_code": exit_code,
        "status": verdict.status,
        "headline": verdict.headline(),
        "readable": verdict.readable,
        "problem": verdict.problem or None,
        "signed": verdict.signed,
        "intact": verdict.intact,
        "only_signatures_added": verdict.only_signatures_added,
        "consistent": verdict.consistent,
        "problems": list(verdict.consistency_problems + verdict.approval_problems
                         + verdict.certificate_problems),
        "all_signers_trusted": verdict.all_trusted,
        "month": verdict.month,
        "revision": verdict.revision,
        "signers": [
            {
                "role": s.role,
                "name": s.name,
                "nip": s.nip,
                "fingerprint_sha256": s.fingerprint,
                "signing_time": s.signing_time.isoformat() if s.signing_time else None,
                "intact": s.intact,
                "trust": s.trust.value,
                "trusted_as": s.trusted_as or None,
            }
            for s in verdict.signers
        ],
        "decision": verdict.decision.value if verdict.decision and not forged else None,
        "approval": _signed_order(verdict.approval.to_json()) if verdict.approval and not forged else None,
        "sha256": verdict.file_sha256 or None,
        "attachments": attachments_to_json(verdict),
        "document": verdict.document,
        "evaluation": _evaluation_to_json(verdict),
    }


def _evaluation_to_json(verdict: Verdict) -> dict | None:
    """What a yearly Dokumen Evaluasi Kinerja says of itself (null for a monthly summary)."""
    ev = verdict.evaluation
    if ev is None:
        return None
    return {
        "employee_name": ev.employee_name,
        "employee_nip": ev.employee_nip,
        "period": {"first": ev.first.isoformat() if ev.first else None,
                   "last": ev.last.isoformat() if ev.last else None, "title": ev.title},
        "rhk": ev.rhk,
        "approved_months": ev.approved,
    }


def attachments_to_json(verdict: Verdict) -> list[dict]:
    """The evidence files the signed data lists, each checked against what is embedded
    (``matches`` null when not attached); empty for an unsigned or changed file."""
    report = verdict.report
    if report is None:
        return []
    return [
        {"name": a.name, "sha256": a.sha256, "size": a.size, "attached": a.attached,
         "matches": a.matches}
        for a in getattr(report, "attachments", ())
    ]


def _signed_order(data: dict) -> dict:
    """``data`` with its keys in the order of the signed canonical JSON (sorted), as printed
    when the approval was the parsed dict itself."""
    return json.loads(canonical_bytes(data))
