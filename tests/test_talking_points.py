"""Typed talking points, private lines and people with evidence (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.notes.line_kinds import is_private
from assistant.notes.parse import parse_notes
from assistant.notes.talking_points import read
from assistant.prompting.phrasing import to_second_person

NOTES = """11/24 - 45 min, video (Zoom)
Position: charge nurse, 4 West med-surg @ st. brigid's
Panel: Dr. Ngozi Okafor (CNO), Wei Zhang (nurse mgr - goes by Vivian), Tom Reyes (recruiter, set it up)
- Vivian walked me thru their new EHR rollout -> Epic go-live in March
- they asked abt how I handle short staffing, I told them about the float pool schedule I built at Mercy
- decision by Dec 12
Private: they said 42-45/hr, I want 48. don't mention the Kaiser offer
office felt chaotic tbh
"""


def parsed():
    return parse_notes(NOTES, date(2026, 12, 1))


@pytest.mark.parametrize(
    "line",
    [
        "Private: they said 42-45/hr, I want 48",
        "don't mention the Kaiser offer",
        "office felt chaotic tbh",
        "note to self: ask about tuition before accepting",
        "my current boss doesn't know I'm looking",
        "heard they had layoffs last spring",
    ],
)
def test_private_remarks_are_private(line: str) -> None:
    assert is_private(line)


@pytest.mark.parametrize(
    "line",
    [
        "we talked about the new EHR rollout",
        "she asked how I would handle a difficult family",
    ],
)
def test_what_was_discussed_is_not_private(line: str) -> None:
    assert not is_private(line)


def test_private_lines_are_decided_once_and_kept_out_of_details() -> None:
    notes = parsed()
    assert any("42-45/hr" in p for p in notes.private_lines)
    assert any("chaotic" in p for p in notes.private_lines)
    assert not any("chaotic" in d or "Kaiser" in d for d in notes.details)


def test_the_model_never_receives_a_private_line() -> None:
    notes = parsed()
    for stage in ("thank_you", "status_check", "final", "rejection_reply"):
        sent = " ".join(m["content"] for m in DraftRequest(notes, stage).messages())
        for line in notes.private_lines:
            assert line not in sent
        assert "42-45" not in sent and "chaotic" not in sent and "Kaiser" not in sent


def test_talking_points_have_kinds_and_clean_topics() -> None:
    points = {p.kind: p.topic for p in parsed().talking_points}
    assert (
        points["their_work"] == "their new EHR rollout"
    )  # the notes' words; the email says "your"
    assert points["my_work"] == "the float pool schedule I built at Mercy"
    assert all("->" not in t and " w/ " not in t for t in points.values())


def test_shorthand_is_expanded_or_the_point_is_dropped() -> None:
    points, _ = read(
        "- we talked abt the new intake redesign -> cut no-shows\n- re: q's abt mtg w/ mgr"
    )
    assert [p.topic for p in points if p.kind == "discussed"] == ["the new intake redesign"]


def test_people_recruiters_goes_by_and_titles() -> None:
    notes = parsed()
    assert [p.greet for p in notes.interviewers] == ["Dr. Okafor", "Vivian"]
    assert notes.interviewers[0].role == "lead"
    assert [p.name for p in notes.coordinators] == ["Tom Reyes"]


@pytest.mark.parametrize("word", ["Virtual", "Platform", "Denver"])
def test_a_common_word_or_place_is_not_a_person(word: str) -> None:
    notes = parse_notes(
        f"Interview with {word} today for the analyst role at Acme.\n"
        "We talked about the quarterly close process.",
        date(2026, 12, 1),
    )
    assert word not in [p.name for p in notes.interviewers]


def test_the_thank_you_greets_interviewers_not_the_recruiter_and_keeps_attribution() -> None:
    draft = draft_email(DraftRequest(parsed(), "thank_you"))
    first = draft.body.splitlines()[0]
    assert "Dr. Okafor" in first and "Vivian" in first and "Tom" not in first
    assert "hearing about the float pool" not in draft.body


def test_each_stage_prefers_a_point_the_earlier_emails_did_not_use() -> None:
    notes = parsed()
    thanks = draft_email(DraftRequest(notes, "thank_you"))
    later = draft_email(DraftRequest(notes, "status_check", seed=0, used_topics=(thanks.body,)))
    said = [to_second_person(p.topic) for p in notes.talking_points]
    used = [t for t in said if t in thanks.body]
    assert used and all(t not in later.body for t in used)


def test_the_status_check_uses_their_stated_timeline() -> None:
    draft = draft_email(DraftRequest(parsed(), "status_check"))
    assert "December 12" in draft.body


def test_fix_repairs_a_pushy_status_check_and_never_changes_its_stage() -> None:
    from assistant.core.domain import Draft
    from assistant.drafting.revisions import History

    notes = parsed()
    pushy = Draft(
        "Following up",
        "Dear Vivian,\n\nJust checking in — I need an answer ASAP since "
        "I have another offer.\n\nBest,\nSam",
        "status_check",
    )
    history = History.start(pushy, notes)
    history.fix()
    fixed = history.current.draft
    assert fixed.body != pushy.body and "ASAP" not in fixed.body and "offer" not in fixed.body
    assert fixed.stage == "status_check" and history.current.report.passed
    assert len(history.versions) == 2


def test_fix_says_so_when_it_changes_nothing_and_keeps_no_copy() -> None:
    from assistant.drafting.revisions import History

    notes = parsed()
    thanks = draft_email(DraftRequest(notes, "thank_you"))
    history = History.start(thanks, notes)
    history.stage = "status_check"  # the person picked another stage: Fix must not convert it
    history.fix()
    assert history.current.draft.stage == "thank_you" and len(history.versions) == 1
    assert history.note


def test_regenerate_says_something_different_not_synonyms() -> None:
    notes = parse_notes(
        NOTES + "- we talked about the night-shift huddle format\n", date(2026, 12, 1)
    )
    first = draft_email(DraftRequest(notes, "thank_you", seed=0))
    again = draft_email(DraftRequest(notes, "thank_you", seed=1))
    said = [to_second_person(p.topic) for p in notes.talking_points if p.kind != "logistics"]
    assert [t for t in said if t in first.body] != [t for t in said if t in again.body]
