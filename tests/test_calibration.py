"""The checker against careful readers, on data nobody here wrote (issue 12).

evals/calibration/ holds real follow-up emails published on career pages (URL kept, placeholders
filled with one fictional identity, labelled good or bad by the guide with the checks a bad one
must fail) and drafts read blind against shared/READER.md. These tests gate on the agreement
measured there and on verdicts that survive rewrites which keep the meaning.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checker.scoring import check
from assistant.core.domain import Draft
from evals import calibration_eval as cal

ITEMS = cal.load_items()
# Measured on this suite when the gate was set (see README, "Evals"); the target is 0.92
# on real emails and 0.90 on drafts. A change that lowers agreement fails here.
GATE_EMAILS, GATE_DRAFTS = 0.92, 0.88


@pytest.fixture(scope="module")
def report():
    return cal.report()


def test_the_calibration_set_is_real_labelled_and_big_enough() -> None:
    emails = [i for i in ITEMS if i.source == "email"]
    drafts = [i for i in ITEMS if i.source == "draft"]
    assert len(emails) >= 80 and len(drafts) >= 40
    assert all(i.url.startswith("http") for i in emails)
    assert len({i.url for i in emails}) >= 20  # many pages, not one site
    assert {i.stage for i in emails} == {"thank_you", "status_check", "final", "rejection_reply"}
    assert any(i.good for i in emails) and any(not i.good for i in emails)


def test_the_checker_agrees_with_careful_readers(report) -> None:
    agree = report["agreement"]
    assert agree["emails"] >= GATE_EMAILS, report["disagreements"][:5]
    assert agree["drafts"] >= GATE_DRAFTS, report["disagreements"][:5]


def test_every_check_a_label_names_exists() -> None:
    from assistant.checker.scoring import CHECKS

    known = {cid for cid, _, _ in CHECKS} | {"repetition"}
    named = {c for i in ITEMS for c in i.must_fail}
    assert named <= known, named - known


_CONTRACT = [
    ("I am", "I'm"),
    ("I would", "I'd"),
    ("I have", "I've"),
    ("do not", "don't"),
    ("it is", "it's"),
    ("I will", "I'll"),
    ("you are", "you're"),
]
_SYNONYMS = [
    ("enjoyed", "appreciated"),
    ("thank you", "thanks"),
    ("opportunity", "chance"),
    ("really", "truly"),
    ("glad", "pleased"),
    ("conversation", "discussion"),
]


def _rewrite(body: str, contract: bool, synonyms: list[bool], swap: bool) -> str:
    """The same email in other words: contractions, a synonym, two sentences swapped."""
    text = body
    if contract:
        for long, short in _CONTRACT:
            text = re.sub(rf"\b{long}\b", short, text)
    for use, (a, b) in zip(synonyms, _SYNONYMS):
        if use:
            text = re.sub(rf"\b{a}\b", b, text)
    if swap:
        paras = text.split("\n\n")
        for k, para in enumerate(paras[1:-1], start=1):
            # a sentence ends at a full stop, but not at "St." or "Dr." (meaning kept)
            parts = re.split(r"(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<=[.!?])\s+", para)
            if len(parts) >= 3:
                parts[1], parts[2] = parts[2], parts[1]
                paras[k] = " ".join(parts)
                break
        text = "\n\n".join(paras)
    return text


GOOD = [i for i in ITEMS if i.good]


@settings(max_examples=60, deadline=None)
@given(
    item=st.sampled_from(GOOD),
    contract=st.booleans(),
    synonyms=st.lists(st.booleans(), min_size=len(_SYNONYMS), max_size=len(_SYNONYMS)),
    swap=st.booleans(),
)
def test_meaning_preserving_rewrites_never_flip_a_verdict(item, contract, synonyms, swap) -> None:
    notes = cal.parse_notes(item.notes, cal.TODAY)
    before = check(Draft(item.subject, item.body, item.stage), notes, item.stage)
    after_body = _rewrite(item.body, contract, synonyms, swap)
    after = check(Draft(item.subject, after_body, item.stage), notes, item.stage)
    assert before.passed == after.passed, (
        after_body,
        [c for c in after.checks if c.status == "fail"],
    )
