"""The supervisor's feedback per RHK inside an approval (domain.rhk_feedback), read
defensively: any shape gives typed feedback and sentences, never an exception."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from absensi_app.domain.errors import ValidationError
from absensi_app.domain.report_reader import (
    APPROVAL_PREFIX,
    ReportPerson,
    ReportRhk,
    SignedApproval,
    read_approval,
)
from absensi_app.domain.rhk_feedback import (
    MAX_FEEDBACK,
    RhkFeedback,
    build_feedback,
    feedback_problems,
    read_feedback,
)
from absensi_app.domain.report import canonical_bytes
from absensi_app.domain.skp import Rating
from absensi_app.domain.verdict import Decision

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])  # fmt: skip

FEEDBACK = (
    RhkFeedback(3, "Tersusunnya laporan", "Laporan tepat waktu, pertahankan.", Rating.DI_ATAS),
    RhkFeedback(5, "Terlaksananya layanan", "", Rating.SESUAI),
    RhkFeedback(8, "Terkelolanya aset", "Lengkapi bukti dukung.", None),
)


def _rhk(rhk_id: int, name: str) -> ReportRhk:
    return ReportRhk(rhk_id, name, None, None, None, None, None, None, None, None, None, None)


REPORT_RHK = (_rhk(3, "Tersusunnya laporan"), _rhk(5, "Terlaksananya layanan"), _rhk(8, "Terkelolanya aset"))


def _approval(feedback: tuple[RhkFeedback, ...] = FEEDBACK) -> SignedApproval:
    return SignedApproval(
        Decision.APPROVED, "Terima kasih.", "2026-11", 1, "199004122015032007",
        ReportPerson("Drs. Bambang Suryadi, M.Si.", "197508172000031004"), None,
        datetime(2026, 11, 30, 16, 0), "ab" * 32, rhk_feedback=feedback,
    )  # fmt: skip


def _typed(items: tuple) -> bool:
    return all(
        isinstance(i, RhkFeedback) and isinstance(i.rhk_id, int) and not isinstance(i.rhk_id, bool)
        and isinstance(i.name, str) and isinstance(i.feedback, str) and len(i.feedback) <= MAX_FEEDBACK
        and (i.assessment is None or isinstance(i.assessment, Rating))
        for i in items
    )  # fmt: skip


def test_feedback_round_trips_through_the_signed_json() -> None:
    written = _approval()
    text = APPROVAL_PREFIX + canonical_bytes(written.to_json()).decode()
    read = read_approval(text)
    assert read.problems == () and read.rhk_feedback == FEEDBACK
    assert read.to_json() == written.to_json()
    assert written.to_json()["rhk_feedback"][0] == {
        "rhk_id": 3, "name": "Tersusunnya laporan", "feedback": "Laporan tepat waktu, pertahankan.",
        "assessment": "di-atas",
    }  # fmt: skip
    assert feedback_problems(read.rhk_feedback, REPORT_RHK) == []


def test_an_approval_without_feedback_still_reads() -> None:
    data = _approval(()).to_json()
    del data["rhk_feedback"]  # an approval made before feedback existed
    read = read_approval(APPROVAL_PREFIX + json.dumps(data))
    assert read.problems == () and read.rhk_feedback == ()


@pytest.mark.parametrize(("value", "sentence"), [
    ("bagus", 'bagian "rhk_feedback" persetujuan tidak berbentuk yang semestinya'),
    (["bagus"], 'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    ([{"rhk_id": "3", "name": "x", "feedback": "", "assessment": None}],
     'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    ([{"rhk_id": True, "name": "x", "feedback": "", "assessment": None}],
     'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    ([{"rhk_id": 3, "name": "x", "feedback": "a" * (MAX_FEEDBACK + 1), "assessment": None}],
     'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    ([{"rhk_id": 3, "name": "x", "feedback": "", "assessment": "luar-biasa"}],
     'bagian "rhk_feedback[0]" persetujuan tidak berbentuk yang semestinya'),
    ([{"rhk_id": 3, "feedback": "a"}, {"rhk_id": 3, "feedback": "b"}],
     "umpan balik untuk RHK 3 tercantum lebih dari sekali di persetujuan"),
])  # fmt: skip
def test_feedback_of_the_wrong_shape_is_a_problem(value: object, sentence: str) -> None:
    data = {**_approval().to_json(), "rhk_feedback": value}
    read = read_approval(APPROVAL_PREFIX + json.dumps(data))
    assert sentence in read.problems and _typed(read.rhk_feedback)


def test_feedback_for_an_rhk_the_report_does_not_list() -> None:
    items = (RhkFeedback(99, "RHK lain", "Bagus", Rating.SESUAI), RhkFeedback(3, "Nama lain", "", None))
    assert feedback_problems(items, REPORT_RHK) == [
        "umpan balik persetujuan untuk RHK 99 yang tidak ada di ringkasan",
        "umpan balik persetujuan menyebut RHK 3 dengan nama lain",
    ]


def test_what_the_supervisor_typed_is_checked() -> None:
    built = build_feedback([(3, "  Bagus   sekali ", Rating.DI_ATAS), (5, "", None), (8, "", Rating.DI_BAWAH)],
                           REPORT_RHK)  # fmt: skip
    assert built == (RhkFeedback(3, "Tersusunnya laporan", "Bagus sekali", Rating.DI_ATAS),
                     RhkFeedback(8, "Terkelolanya aset", "", Rating.DI_BAWAH))  # fmt: skip
    with pytest.raises(ValidationError, match="RHK no. 4 tidak ada di ringkasan ini"):
        build_feedback([(4, "x", None)], REPORT_RHK)
    with pytest.raises(ValidationError, match="karakter kendali"):
        build_feedback([(3, "bagus\x1b[2J", None)], REPORT_RHK)
    with pytest.raises(ValidationError, match="terlalu panjang"):
        build_feedback([(3, "a" * (MAX_FEEDBACK + 1), None)], REPORT_RHK)
    with pytest.raises(ValidationError, match="lebih dari sekali"):
        build_feedback([(3, "a", None), (3, "b", None)], REPORT_RHK)


json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=20)  # fmt: skip
feedback_items = st.fixed_dictionaries(
    {"rhk_id": st.integers(-5, 20) | json_values, "name": st.text(max_size=20) | json_values,
     "feedback": st.text(max_size=40) | json_values,
     "assessment": st.sampled_from(["di-atas", "sesuai", "di-bawah", None]) | json_values},
)  # fmt: skip


@SETTINGS
@given(value=st.lists(feedback_items | json_values, max_size=6) | json_values)
def test_any_feedback_shape_gives_typed_feedback_and_sentences(value: object) -> None:
    items, problems = read_feedback(value)
    assert _typed(items) and all(isinstance(p, str) and p for p in problems)
    assert len({i.rhk_id for i in items}) == len(items)
    data = {**_approval().to_json(), "rhk_feedback": value}
    read = read_approval(APPROVAL_PREFIX + json.dumps(data))
    assert read is not None and _typed(read.rhk_feedback)
    assert all(p in read.problems for p in problems[:5]) or len(read.problems) >= 20
    assert isinstance(feedback_problems(read.rhk_feedback, REPORT_RHK), list)
