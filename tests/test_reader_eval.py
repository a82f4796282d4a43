"""The reader eval: blind notes, labelled blind, measure the notes reader and the offline drafts
against shared/READER.md (issue 11). The judge reads the labels, never our checker."""

from __future__ import annotations

import pytest

from assistant.core.domain import Draft
from evals import reader_eval as rev

# Floors measured when this gate was set (README, "Evals"); the targets are F1 >= 0.9 per field and
# >= 90 % sendable per stage, which the project has not reached yet. A change that lowers any of
# these fails here; raise the floor when a change lifts it.
FIELD_F1 = {
    "interviewers": 0.90,
    "lead": 0.89,
    "recruiters": 0.81,
    "greet_as": 0.83,
    "role": 0.91,
    "organisation": 0.83,
    "private": 0.74,
    "talking_points": 0.44,
}
SENDABLE = {"thank_you": 0.49, "status_check": 0.54, "final": 0.65, "rejection_reply": 0.65}


@pytest.fixture(scope="module")
def dev():
    return rev.report(rev.READER_DIR)


def test_the_corpus_is_blind_labelled_and_varied() -> None:
    cases = rev.load_cases()
    assert len(cases) >= 60
    assert all(c.label.get("people") is not None and "talking_points" in c.label for c in cases)
    assert sum(bool(c.label.get("private")) for c in cases) >= len(cases) // 2
    assert len(rev.load_cases(rev.HOLDOUT_DIR)) >= 20


def test_parser_fields_do_not_fall_below_their_floor(dev) -> None:
    got = {k: v["f1"] for k, v in dev["fields"].items()}
    low = {k: (got[k], floor) for k, floor in FIELD_F1.items() if got[k] < floor}
    assert not low, low


def test_sendable_drafts_do_not_fall_below_their_floor(dev) -> None:
    low = {
        s: (dev["sendable"][s], floor)
        for s, floor in SENDABLE.items()
        if dev["sendable"][s] < floor
    }
    assert not low, low


def test_no_private_line_reaches_any_offline_draft(dev) -> None:
    leaks = [
        (s, row["id"], r)
        for s, rows in dev["failures"].items()
        for row in rows
        for r in row["reasons"]
        if r.startswith("P:")
    ]
    assert not leaks, leaks[:3]


CASE = rev.Case(
    "X",
    "notes",
    {
        "people": [
            {"name": "Wei Zhang", "greet_as": "Vivian", "role": "lead"},
            {"name": "Tom Reyes", "greet_as": "Tom", "role": "recruiter"},
        ],
        "role": "Charge Nurse",
        "organisation": "St. Brigid's Hospital",
        "talking_points": [
            {"topic": "the new EHR rollout", "kind": "their_work", "source": "x"},
            {"topic": "the float pool schedule I built", "kind": "my_work", "source": "y"},
        ],
        "private": ["they said 42-45/hr, I want 48"],
        "headers": ["45 min, video (Zoom)"],
    },
)
GOOD = (
    "Dear Vivian,\n\nThank you for speaking with me about the Charge Nurse role at St. Brigid's "
    "Hospital. I especially enjoyed hearing about your new EHR rollout.\n\nBest regards,\nSam"
)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (GOOD.replace("Dear Vivian", "Dear Virtual"), "F:"),
        (GOOD.replace("Dear Vivian", "Dear Wei"), "F:"),
        (GOOD.replace("Dear Vivian", "Dear Vivian and Tom"), "F:"),
        (GOOD.replace("your new EHR rollout", "the EHR rollout -> Epic"), "G:"),
        (
            GOOD.replace(
                "hearing about your new EHR rollout",
                "hearing about the float pool schedule I built",
            ),
            "F:",
        ),
        (
            GOOD.replace(
                "I especially enjoyed hearing about your new EHR rollout.", "I enjoyed our talk."
            ),
            "D:",
        ),
        (
            GOOD.replace(" at St. Brigid's Hospital", "").replace(
                "the Charge Nurse role", "the role"
            ),
            "S:",
        ),
        (GOOD.replace(" at St. Brigid's Hospital", ""), "S:"),
        (GOOD.replace("St. Brigid's Hospital", "Mercy West"), "F:"),
        (
            GOOD.replace(
                "I especially enjoyed hearing about your new EHR rollout.",
                "I enjoyed hearing about your EHR rollout is going live in March.",
            ),
            "G:",
        ),
        (GOOD + " I said I want 48 an hour.", "P:"),
        (GOOD.replace("Dear Vivian", "Dear [Name]"), "W:"),
    ],
)
def test_the_judge_fails_what_a_careful_reader_would_not_send(body: str, reason: str) -> None:
    verdict = rev.judge(CASE, Draft("Thank you", body, "thank_you"))
    assert not verdict.sendable and any(r.startswith(reason) for r in verdict.reasons), verdict


def test_the_judge_sends_a_good_draft() -> None:
    assert rev.judge(CASE, Draft("Thank you", GOOD, "thank_you")).sendable


def test_the_judge_agrees_with_a_blind_reader_on_holdout_drafts() -> None:
    """80 offline drafts of the holdout notes (two rounds of the drafter), read blind by helpers
    against READER.md: the
    label-based judge must reach the same verdict on most of them, or its numbers mean little."""
    import json

    cases = {c.id: c for c in rev.load_cases(rev.HOLDOUT_DIR)}
    rows = [
        json.loads(line)
        for name in ("drafts_read_blind.jsonl", "drafts_read_blind_2.jsonl")
        for line in (rev.HOLDOUT_DIR / name).read_text(encoding="utf-8").splitlines()
    ]
    same = sum(
        rev.judge(cases[r["notes_file"][:-4]], Draft(r["subject"], r["body"], r["stage"])).sendable
        == r["sendable"]
        for r in rows
    )
    assert len(rows) == 80 and same / len(rows) >= 0.85, same
