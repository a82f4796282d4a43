from datetime import date, timedelta

import pytest

from assistant.core.domain import SentFollowUp as Sent
from assistant.core.schedule import add_business_days, due_stage, status_check_date
from assistant.core.stages import load_rules

T = date(2026, 11, 27)  # Friday


@pytest.mark.parametrize(
    "interview, sent, decision, action, stage, message",
    [
        (T, [], None, "send", "thank_you", "Thank-you note due today"),
        (T - timedelta(1), [], None, "send", "thank_you", "interview was yesterday"),
        (T - timedelta(3), [], None, "send", "thank_you", "late — 3 days since the interview"),
        (T + timedelta(2), [], None, "wait", "thank_you", "Too early: the interview is on Nov 29"),
        (
            T - timedelta(3),
            [Sent("thank_you", T - timedelta(3))],
            None,
            "wait",
            "status_check",
            "Too early: wait until Dec 1",
        ),
        (
            T - timedelta(8),
            [Sent("thank_you", T - timedelta(8))],
            None,
            "send",
            "status_check",
            "Status check due — 8 days since the interview",
        ),
        (
            T - timedelta(7),
            [Sent("thank_you", T - timedelta(7))],
            None,
            "send",
            "status_check",
            "Status check due today — 7 days since the interview",
        ),
        (T - timedelta(9), [], None, "send", "status_check", "9 days since the interview"),
        (
            T - timedelta(10),
            [Sent("thank_you", T - timedelta(10)), Sent("status_check", T - timedelta(3))],
            None,
            "wait",
            "final",
            "Too early: wait until Dec 1",
        ),
        (
            T - timedelta(16),
            [Sent("thank_you", T - timedelta(16)), Sent("status_check", T - timedelta(7))],
            None,
            "send",
            "final",
            "Final follow-up due today — 7 days since your status check",
        ),
        (
            T - timedelta(30),
            [Sent("final", T - timedelta(2))],
            None,
            "move_on",
            None,
            "You have sent a final follow-up: move on.",
        ),
    ],
)
def test_due_stage_follows_the_guides_timing(interview, sent, decision, action, stage, message):
    due = due_stage(T, interview, sent, decision)
    assert (due.action, due.stage) == (action, stage)
    assert message in due.message


def test_late_thank_you_is_still_allowed_and_says_so():
    due = due_stage(T, T - timedelta(2))
    assert due.action == "send" and due.stage == "thank_you" and due.late
    assert "late" in due.message


def test_decision_date_pushes_status_check_two_business_days_past_it():
    interview = date(2026, 11, 18)
    decision = date(2026, 11, 27)  # Friday: two business days later is Tuesday Dec 1
    assert status_check_date(interview, decision, load_rules()) == date(2026, 12, 1)
    due = due_stage(T, interview, [Sent("thank_you", interview)], decision)
    assert due.action == "wait" and due.due_on == date(2026, 12, 1)
    assert "business days after the decision date" in due.reason


def test_early_decision_date_does_not_shorten_the_week():
    interview = date(2026, 11, 24)
    assert status_check_date(interview, date(2026, 11, 25), load_rules()) == date(2026, 12, 1)


def test_business_days_skip_the_weekend():
    assert add_business_days(date(2026, 11, 27), 1) == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 25), 2) == date(2026, 11, 27)


def test_no_interview_date_still_suggests_a_thank_you():
    due = due_stage(T, None)
    assert due.stage == "thank_you" and "No interview date" in due.reason


def test_schedule_reads_its_numbers_from_the_stage_file(tmp_path):
    from assistant.core.stages import STAGES_FILE, parse_rules

    text = STAGES_FILE.read_text().replace(
        "status_check_after_days = 7", "status_check_after_days = 10"
    )
    rules = parse_rules(text)
    due = due_stage(T, T - timedelta(8), [Sent("thank_you", T - timedelta(8))], rules=rules)
    assert due.action == "wait" and due.due_on == T + timedelta(2)


def test_sent_stage_names_are_normalised():
    due = due_stage(T, T - timedelta(30), [Sent("Final follow-up", T)])
    assert due.action == "move_on"
