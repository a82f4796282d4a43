"""The schedule after each kind of event: follow-ups sent, a reply, a rejection, an offer, a withdrawal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.core.domain import SentFollowUp as Sent
from assistant.core.errors import TrackError
from assistant.core.schedule import OUTCOMES, due_stage, normalise_outcome
from assistant.core.stages import load_rules
from assistant.tracker.due import dashboard_rows, plan, row_for, timeline
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

T = date(2026, 11, 27)  # Friday
INTERVIEW = T - timedelta(days=10)
TIMELINES = {  # what was sent so far, at three points of the sequence
    "nothing sent": [],
    "thank-you sent": [Sent("thank_you", INTERVIEW)],
    "final sent": [
        Sent("thank_you", INTERVIEW),
        Sent("status_check", INTERVIEW + timedelta(7)),
        Sent("final", T - timedelta(1)),
    ],
}


@pytest.mark.parametrize("outcome", ["replied", "offer", "withdrawn"])
@pytest.mark.parametrize("sent", list(TIMELINES.values()), ids=list(TIMELINES))
def test_a_reply_an_offer_or_a_withdrawal_stops_every_reminder(outcome, sent):
    due = due_stage(T, INTERVIEW, sent, outcome=outcome, outcome_on=T - timedelta(1))
    assert (due.action, due.stage, due.due_on) == ("stop", None, None)
    assert "no more reminders" in due.message


@pytest.mark.parametrize("sent", list(TIMELINES.values()), ids=list(TIMELINES))
def test_a_rejection_suggests_one_gracious_reply_wherever_the_sequence_was(sent):
    due = due_stage(T, INTERVIEW, sent, outcome="rejected", outcome_on=T - timedelta(1))
    assert (due.action, due.stage, due.due_on, due.late) == (
        "send",
        "rejection_reply",
        T + timedelta(1),
        False,
    )


def test_the_rejection_reply_is_suggested_once_then_everything_stops():
    sent = [Sent("thank_you", INTERVIEW), Sent("rejection_reply", T)]
    due = due_stage(T + timedelta(3), INTERVIEW, sent, outcome="rejected", outcome_on=T)
    assert (due.action, due.stage) == ("stop", None)
    assert due_stage(T + timedelta(3), INTERVIEW, sent).action == "stop"  # even without outcome


def test_a_late_rejection_reply_is_still_suggested_and_says_so():
    due = due_stage(T, INTERVIEW, [], outcome="rejected", outcome_on=T - timedelta(6))
    assert (
        due.stage == "rejection_reply" and due.late and "6 days since they told you" in due.message
    )


def test_a_rejection_without_a_date_counts_from_today():
    due = due_stage(T, INTERVIEW, [], outcome="rejected")
    assert due.due_on == T + timedelta(load_rules().schedule.rejection_reply_within_days)


@pytest.mark.parametrize(
    "when", [T - timedelta(30), T - timedelta(8), T - timedelta(1), T, T + timedelta(2), None]
)
@pytest.mark.parametrize("sent", list(TIMELINES.values()), ids=list(TIMELINES))
def test_without_an_outcome_the_schedule_is_unchanged(when, sent):
    rules = load_rules()
    assert due_stage(T, when, sent, None, rules) == due_stage(
        T, when, sent, None, rules, outcome=None
    )
    assert due_stage(T, when, sent, None, rules) == due_stage(T, when, sent, outcome="")


@pytest.mark.parametrize(
    "given, expected",
    [
        ("Offer", "offer"),
        ("rejection", "rejected"),
        ("they replied", "replied"),
        ("withdrew", "withdrawn"),
        (" ", None),
        (None, None),
    ],
)
def test_outcome_names_are_forgiving(given, expected):
    assert normalise_outcome(given) == expected


def test_an_unknown_outcome_names_the_choices():
    with pytest.raises(TrackError, match=", ".join(OUTCOMES)):
        due_stage(T, INTERVIEW, outcome="ghosted")


def test_the_plan_lists_every_follow_up_still_ahead():
    fresh = Interview(company="Acme", interview_date=T)
    assert [(p.stage, p.due_on) for p in plan(fresh, [], T)] == [
        ("thank_you", T),
        ("status_check", T + timedelta(7)),
        ("final", T + timedelta(14)),
    ]
    decided = Interview(company="Acme", interview_date=T, decision_date=T + timedelta(10))
    # the decision date (a Monday) plus two business days pushes the status check to Wednesday
    assert [p.due_on for p in plan(decided, [], T)][1:] == [T + timedelta(12), T + timedelta(19)]


def test_the_plan_after_each_event():
    store = Store()
    iv = store.add_interview(Interview(company="Acme", role="Analyst", interview_date=INTERVIEW))

    def stages() -> list[str]:
        return [p.stage for p in plan(store.get_interview(iv.id), store.sent(iv.id), T)]

    overdue = plan(iv, [], T)[0]
    assert (overdue.stage, overdue.overdue) == ("status_check", True)  # thank-you window passed
    store.mark_sent(iv.id, "thank_you", INTERVIEW)
    assert stages() == ["status_check", "final"]
    store.mark_sent(iv.id, "status_check", T)
    assert stages() == ["final"]
    store.set_outcome(iv.id, "rejected", T)
    assert stages() == ["rejection_reply"]
    store.mark_sent(iv.id, "rejection_reply", T)
    assert stages() == []
    store.forget_sent(iv.id, "rejection_reply")
    store.set_outcome(iv.id, "offer", T)
    assert stages() == []
    store.set_outcome(iv.id, None)
    assert stages() == ["final"]


def test_the_dashboard_shows_overdue_first_and_archives_finished_interviews():
    store = Store()
    waiting = store.add_interview(Interview(company="Waiting", interview_date=T - timedelta(2)))
    store.mark_sent(waiting.id, "thank_you", T - timedelta(2))
    store.add_interview(Interview(company="Overdue", interview_date=T - timedelta(12)))
    store.add_interview(Interview(company="Today", interview_date=T))
    offer = store.add_interview(Interview(company="Offer", interview_date=T - timedelta(20)))
    store.set_outcome(offer.id, "offer", T - timedelta(3))
    moved_on = store.add_interview(Interview(company="Moved on", interview_date=T - timedelta(25)))
    store.mark_sent(moved_on.id, "final", T - timedelta(5))
    rows = dashboard_rows(store, T)
    assert [r.interview.company for r in rows] == [
        "Overdue",
        "Today",
        "Waiting",
        "Offer",
        "Moved on",
    ]
    assert [(r.overdue, r.archived) for r in rows] == [
        (True, False),
        (False, False),
        (False, False),
        (False, True),
        (False, True),
    ]
    assert rows[2].stage == "status_check" and rows[2].due_on == T + timedelta(5)
    assert rows[3].stage is None and rows[3].to_dict()["due"]["action"] == "stop"


def test_marking_sent_or_an_outcome_updates_the_row_at_once():
    store = Store()
    iv = store.add_interview(Interview(company="Acme", interview_date=T))
    assert row_for(iv, store.sent(iv.id), T).stage == "thank_you"
    store.mark_sent(iv.id, "thank_you", T)
    assert row_for(iv, store.sent(iv.id), T).due.action == "wait"
    after = store.set_outcome(iv.id, "replied", T)
    assert row_for(after, store.sent(iv.id), T).archived


def test_the_timeline_has_interviews_sent_outcomes_and_planned_follow_ups_in_order():
    store = Store()
    iv = store.add_interview(Interview(company="Acme", role="Analyst", interview_date=T))
    store.mark_sent(iv.id, "thank_you", T)
    events = timeline(store, T)
    assert [(e.kind, e.day) for e in events] == [
        ("interview", T),
        ("sent", T),
        ("due", T + timedelta(7)),
        ("due", T + timedelta(14)),
    ]
    assert events[2].label == "Due: Status check" and events[0].title == "Analyst at Acme"
