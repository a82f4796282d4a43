"""Whatever text arrives, the checker answers: no exception, a score in 0–100, the same twice."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes

NOTES = Notes(
    text="Interviewer: Sam Rivera. Role: Data Engineer at Northwind. Talked about Dagster.",
    interviewers=(Interviewer("Sam Rivera"),),
    company="Northwind",
    role="Data Engineer",
    candidate="Jordan Lee",
    details=("migrating to Dagster",),
)
STAGES = ["thank_you", "status_check", "final", "move_on"]
# Text that looks like email: greeting and sign-off words, punctuation, brackets, capitals, emoji.
EMAILISH = st.lists(
    st.sampled_from(
        list("aeiou rstlnDSJ.,!?\n'’-[]{}<>_X0123456789😊é")
        + [
            "Dear ",
            "Hi ",
            "Best,\n",
            "Thank you ",
            "ASAP ",
            "Sam ",
            "Jordan Lee",
            "?\n",
            "TBD ",
            "frustrated ",
            "any update ",
            "Dagster ",
            "Dr. ",
            "e.g. ",
            "\n\n",
            "- ",
        ]
    ),
    max_size=150,
).map("".join)


def assert_sound(draft: Draft, stage: str, notes: Notes = NOTES) -> None:
    report = check(draft, notes, stage)
    assert isinstance(report.score, int) and 0 <= report.score <= 100
    assert report.passed == all(c.status != "fail" for c in report.checks)
    assert all(c.status in ("pass", "warn", "fail") for c in report.checks)
    assert not any("could not run" in c.message for c in report.checks), report.checks
    assert report == check(draft, notes, stage)


@settings(max_examples=100, deadline=None)
@given(subject=st.text(max_size=200), body=st.text(max_size=2000), stage=st.sampled_from(STAGES))
def test_arbitrary_unicode_never_raises_and_scores_in_range(subject, body, stage):
    assert_sound(Draft(subject, body, stage), stage)


@settings(max_examples=100, deadline=None)
@given(
    subject=EMAILISH,
    body=EMAILISH,
    stage=st.sampled_from(STAGES),
    details=st.lists(st.text(max_size=40), max_size=3),
    candidate=st.one_of(st.none(), st.text(max_size=20)),
    names=st.lists(st.text(min_size=1, max_size=20), max_size=2),
)
def test_email_like_text_and_odd_notes_never_raise(subject, body, stage, details, candidate, names):
    notes = Notes(
        text=body[:100],
        interviewers=tuple(Interviewer(n) for n in names),
        candidate=candidate,
        details=tuple(details),
    )
    assert_sound(Draft(subject, body, stage), stage, notes)


def _hundred_kb(seed: int) -> str:
    rng = random.Random(seed)
    pieces = [
        "Dear Sam,\n",
        "Thank you for the interview. ",
        "ASAP! ",
        "Dagster ",
        "[Company] ",
        "sorry ",
        "?",
        "\n",
        "é😊",
        "x" * 50,
        "WHY ",
        "I enjoyed our talk about Dagster. ",
    ]
    out: list[str] = []
    while sum(map(len, out)) < 100_000:
        out.append(rng.choice(pieces))
    return "".join(out)[:100_000]


@pytest.mark.parametrize(
    "subject, body",
    [
        ("", ""),
        (" \n\t ", "\n\n\n"),
        ("x" * 100_000, "y" * 100_000),
        ("Thank you", _hundred_kb(1)),
        (_hundred_kb(2), "Dear Sam,\nThanks.\nBest,\nJordan"),
        ("Thank you", "word " * 20_000),
        ("Thank you", "!" * 100_000),
        ("Thank you", "A. " * 33_000),
        ("Thank you", "\x00\u202e\ufeff" * 1000),
    ],
)
@pytest.mark.parametrize("stage", ["thank_you", "status_check", "final"])
def test_empty_blank_and_100kb_texts_never_raise(subject, body, stage):
    assert_sound(Draft(subject, body, stage), stage)
