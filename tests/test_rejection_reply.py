"""The rejection_reply stage: thank them, ask to be considered again, never argue."""

from __future__ import annotations

import pytest

from assistant.checker.scoring import check
from assistant.cli.main import main
from assistant.core.domain import Draft, Interviewer, Notes
from assistant.core.errors import RulesError
from assistant.core.stages import SENDABLE, STAGE_IDS, STAGES_FILE, load_rules, parse_rules
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.prompting.build import build_messages

NOTES = Notes(
    text="Interviewer: Sam Rivera, Head of Data at Northwind. Role: Data Engineer.\n"
    "- We talked about their migration to Dagster.",
    interviewers=(Interviewer("Sam Rivera", "Head of Data"),),
    company="Northwind",
    role="Data Engineer",
    candidate="Jordan Lee",
    details=("migrating to Dagster",),
)

GOOD = Draft(
    "Thank you – Data Engineer role",
    """Dear Sam,

Thank you for letting me know, and for the chance to interview for the Data Engineer role at \
Northwind. I enjoyed learning about your migration to Dagster.

I respect your decision and wish you and the team every success. I would welcome the chance to \
be considered for future roles at Northwind.

Best regards,
Jordan Lee""",
    "rejection_reply",
)


def edit(old: str, new: str) -> Draft:
    assert old in GOOD.body, old
    return Draft(GOOD.subject, GOOD.body.replace(old, new), GOOD.stage)


def failing(draft: Draft, stage: str = "rejection_reply") -> dict[str, str]:
    return {c.id: c.message for c in check(draft, NOTES, stage).checks if c.status == "fail"}


def test_the_stage_is_loaded_with_its_rules():
    stage = load_rules().stage("rejection")
    assert stage.id == "rejection_reply" and stage.sendable
    assert "rejection_reply" in STAGE_IDS and "rejection_reply" in SENDABLE
    assert [m.id for m in stage.moves] == ["gratitude", "acceptance", "future"]
    assert (stage.words_min, stage.words_max, stage.min_details) == (40, 100, 0)


def test_a_gracious_rejection_reply_passes():
    report = check(GOOD, NOTES, "rejection_reply")
    assert report.passed and report.score >= 90, report.failing()


@pytest.mark.parametrize(
    "argument, phrase",
    [
        ("I think you made a mistake with this decision.", "you made a mistake"),
        ("Please reconsider my application.", "please reconsider"),
        ("I honestly believe I deserved the role more than anyone.", "i deserved"),
        ("I was surprised by your decision, to be honest.", "surprised"),
        ("I don't understand why I was not chosen.", "don't understand why"),
    ],
)
def test_a_reply_that_argues_with_the_decision_fails(argument, phrase):
    draft = edit("I respect your decision and", f"{argument} Still, I")
    found = failing(draft)
    assert "avoid" in found and f"“{phrase}”" in found["avoid"]


def test_stage_scoped_phrases_apply_only_where_the_rules_say():
    rules = load_rules()
    scoped = next(g for g in rules.avoid if g.id == "second_guessing")
    assert scoped.stages == ("rejection_reply",)
    assert scoped in rules.avoid_for("rejection_reply") and scoped not in rules.avoid_for(
        "thank_you"
    )
    surprised = Draft(
        "Thank you – Data Engineer interview",
        """Dear Sam,

Thank you for taking the time to speak with me about the Data Engineer role at Northwind. I was \
surprised to learn how far your migration to Dagster has come, and I am even more excited about \
the opportunity to contribute to Northwind.

Best regards,
Jordan Lee""",
        "thank_you",
    )
    assert "avoid" not in failing(surprised, "thank_you")


def test_arguing_fails_in_every_stage():
    status = Draft(
        "Following up – Data Engineer interview",
        """Dear Sam,

I wanted to follow up on my interview for the Data Engineer role. Please reconsider if you have \
ruled me out. I remain very interested. Is there any update on the next steps?

Best regards,
Jordan Lee""",
        "status_check",
    )
    assert "please reconsider" in failing(status, "status_check")["avoid"]


def test_a_reply_that_does_not_ask_about_future_roles_fails_its_moves():
    draft = edit(
        "I would welcome the chance to be considered for future roles at Northwind.",
        "It was a pleasure to meet the team.",
    )
    assert "Ask to be considered in future" in failing(draft)["moves"]


@pytest.mark.parametrize("seed", range(6))
def test_the_offline_drafter_writes_a_passing_rejection_reply(seed):
    draft = draft_email(DraftRequest(NOTES, "rejection_reply", seed=seed))
    report = check(draft, NOTES, "rejection_reply")
    assert draft.stage == "rejection_reply" and report.passed, report.failing()
    assert "Dear Sam" in draft.body or "Hello Sam" in draft.body


def test_followup_draft_and_check_work_for_the_new_stage(capsys, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES.text + "\n-- Jordan Lee\n", encoding="utf-8")
    assert (
        main(
            ["draft", "--notes", str(notes), "--stage", "rejection_reply", "--today", "2026-11-27"]
        )
        == 0
    )
    email = tmp_path / "email.txt"
    email.write_text(capsys.readouterr().out, encoding="utf-8")
    args = ["check", str(email), "--stage", "rejection_reply", "--notes", str(notes)]
    # these notes name no employer or job: the checker asks the person to confirm that first
    assert main(args) == 1
    assert "✗ confirm: Check before sending" in capsys.readouterr().out
    assert main([*args, "--confirmed"]) == 0
    assert "passed" in capsys.readouterr().out


def test_the_prompt_asks_for_grace_and_lists_the_stage_s_own_avoid_groups():
    user = build_messages(NOTES, "rejection_reply")[1]["content"]
    assert "ask to be considered for future roles" in user
    assert "questioning a rejection" in user and "arguing with a decision" in user
    thank_you = build_messages(NOTES, "thank_you")[1]["content"]
    assert "questioning a rejection" not in thank_you


def test_an_avoid_group_scoped_to_an_unknown_stage_is_a_clear_error():
    text = STAGES_FILE.read_text(encoding="utf-8").replace(
        'stages = ["rejection_reply"]', 'stages = ["rejection"]'
    )
    with pytest.raises(RulesError, match=r"\[avoid.second_guessing\]: 'stages' should list"):
        parse_rules(text)


def test_fix_turns_an_argumentative_reply_into_a_gracious_one():
    from assistant.drafting.revisions import fix_draft

    angry = Draft(
        "Your decision",
        "Dear Sam,\n\nI was surprised by your decision and I think you "
        "made a mistake. Please reconsider my application.\n\nBest,\nJordan Lee",
        "rejection_reply",
    )
    assert not check(angry, NOTES, "rejection_reply").passed
    fixed, report, rounds = fix_draft(angry, NOTES, "rejection_reply")
    assert report.passed and rounds >= 1
    assert "reconsider" not in fixed.body.lower() and "mistake" not in fixed.body.lower()
