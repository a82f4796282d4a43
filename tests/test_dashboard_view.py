"""The Dashboard's content without the page: card order, actions and the schedule, the chart."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest

from assistant.app import dashboard as view
from assistant.app.panel_cards import panel_cards
from assistant.core.domain import Draft, Interviewer
from assistant.core.errors import TrackError
from assistant.drafting.panel import draft_panel
from assistant.notes.parse import parse_notes
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

T = date(2026, 11, 27)


def tracked() -> tuple[Store, dict[str, int]]:
    """Waiting (thank-you sent), overdue (no thank-you, a status check long due), due today,
    moved on (final sent) and an offer."""
    store = Store()
    ids = {}
    for name, days_ago in (
        ("waiting", 2),
        ("overdue", 12),
        ("today", 0),
        ("moved", 30),
        ("offer", 5),
    ):
        ids[name] = int(
            store.add_interview(
                Interview(
                    company=name.title(),
                    role="Engineer",
                    interview_date=T - timedelta(days_ago),
                    interviewers=(Interviewer("Priya Raman"),),
                )
            ).id
            or 0
        )
    store.mark_sent(ids["waiting"], "thank_you", T - timedelta(2))
    for stage, ago in (("thank_you", 29), ("status_check", 20), ("final", 10)):
        store.mark_sent(ids["moved"], stage, T - timedelta(ago))
    store.set_outcome(ids["offer"], "offer", T)
    return store, ids


def test_cards_put_overdue_first_then_due_then_waiting_and_archive_the_finished():
    store, ids = tracked()
    active, archived = view.cards(store, T)
    assert [c.id for c in active] == [ids["overdue"], ids["today"], ids["waiting"]]
    assert [c.overdue for c in active] == [True, False, False]
    assert active[0].next_step.startswith("Status check · overdue since")
    assert active[1].next_step == "Thank-you note · due today"
    assert active[2].next_step == "Status check · due Dec 2"
    assert {c.id for c in archived} == {ids["moved"], ids["offer"]}
    assert all(c.next_step == "Nothing more to send" for c in archived)
    assert next(c for c in archived if c.id == ids["offer"]).outcome == "offer"


def test_marking_sent_keeps_the_current_draft_and_moves_the_schedule():
    store, ids = tracked()
    today_id = ids["today"]
    interview = store.get_interview(today_id)
    store.save_interview(
        Interview(
            **{
                **interview.__dict__,
                "draft": Draft("Thank you", "Dear Priya, thanks.", "thank_you"),
            }
        )
    )
    message = view.mark_sent(store, today_id, "thank_you", T, T)
    assert "with the drafted text" in message and "Too early: wait until Dec 4" in message
    assert store.sent(today_id)[0].body == "Dear Priya, thanks."
    card = next(c for c in view.cards(store, T)[0] if c.id == today_id)
    assert card.next_step == "Status check · due Dec 4"
    view.mark_sent(store, today_id, "thank_you", T - timedelta(1), T)  # replaces, not adds
    assert [s.sent_on for s in store.sent(today_id)] == [T - timedelta(1)]


def test_an_outcome_changes_the_schedule_at_once():
    store, ids = tracked()
    message = view.set_outcome(store, ids["waiting"], "rejected", T, T)
    assert "Rejected" in message and "Reply to their decision" in message
    card = next(c for c in view.cards(store, T)[0] if c.id == ids["waiting"])
    assert card.next_step.startswith("Reply to a rejection")
    view.set_outcome(store, ids["waiting"], "replied", T, T)
    assert ids["waiting"] in [c.id for c in view.cards(store, T)[1]]
    view.set_outcome(store, ids["waiting"], None, T, T)
    assert ids["waiting"] in [c.id for c in view.cards(store, T)[0]]
    with pytest.raises(TrackError):
        view.set_outcome(store, ids["waiting"], "ghosted", T, T)


def test_delete_says_what_goes_and_removes_it():
    store, ids = tracked()
    assert "1 sent follow-up(s)" in view.delete_question(store, ids["waiting"])
    assert view.delete(store, ids["waiting"]).startswith("Deleted Engineer at Waiting")
    assert store.find_interview(ids["waiting"]) is None


def test_export_and_import_round_trip_and_a_bad_file_changes_nothing():
    store, _ = tracked()
    data = view.export_bytes(store)
    other = Store(store.path.with_name("other.db"))
    assert view.import_upload(other, data) == "Imported 5 interview(s); replaced 0."
    assert view.export_bytes(other) == data
    assert "skipped 5 already here" in view.import_upload(other, data)
    with pytest.raises(TrackError, match="not UTF-8"):
        view.import_upload(other, b"\xff\xfe\x00junk")
    with pytest.raises(TrackError, match="Nothing was imported"):
        view.import_upload(
            other, b'{"format": "followup", "schema_version": 1, "interviews": [{}]}'
        )
    assert len(other.list_interviews()) == 5


def test_reminders_for_one_or_all_parse_back():
    store, ids = tracked()
    one = icalendar.Calendar.from_ical(view.ics_one(store, T, ids["today"]))
    assert str(one.walk("VEVENT")[0]["summary"]) == "Thank-you note: Engineer at Today"
    every = icalendar.Calendar.from_ical(view.ics_all(store, T)).walk("VEVENT")
    assert len(every) == 2 + 2 + 3  # waiting, overdue (status + final), today
    assert (
        view.ics_name(view.cards(store, T)[0][0]) == "follow-up-reminders-engineer-at-overdue.ics"
    )


def test_the_timeline_has_every_kind_and_builds_a_chart():
    store, ids = tracked()
    rows = view.timeline_rows(store, T)
    assert {r["What"] for r in rows} == {"Interview", "Sent", "Due", "Overdue", "Outcome"}
    overdue = [r for r in rows if r["What"] == "Overdue"]
    assert overdue and all(
        r["Interview"] == f"Engineer at Overdue (#{ids['overdue']})" for r in overdue
    )
    yesterday = store.add_interview(
        Interview(company="Yesterday", role="Engineer", interview_date=T - timedelta(1))
    )
    first = next(
        r
        for r in view.timeline_rows(store, T)
        if r["Interview"] == f"Engineer at Yesterday (#{yesterday.id})"
        and r["Event"].startswith("Due")
    )
    # overdue from the day after it was due
    assert (first["Day"], first["What"]) == ((T - timedelta(1)).isoformat(), "Overdue")
    spec = view.timeline_chart(rows, T, [r["Interview"] for r in rows]).to_dict()
    assert len(spec["layer"]) == 3


def test_panel_cards_name_the_near_copies():
    notes = parse_notes(
        "Panel interview at Northwind Labs on Nov 26 for Senior Backend Engineer\n"
        "Interviewers: Priya Raman, Tom Okafor\nMe: Sam Carter\n"
        "- talked about migrating their billing service from Rails to Go\n"
        "- the team ships weekly behind feature flags\n",
        today=T,
    )
    cards = panel_cards(draft_panel(notes), notes.company)
    assert [(c.name, c.copies) for c in cards] == [
        ("Priya Raman", ("Tom Okafor",)),
        ("Tom Okafor", ("Priya Raman",)),
    ]
    assert cards[0].file_name == "follow-up-northwind-labs-thank-you-priya-raman.txt"
    assert cards[0].caption.startswith("Score ")


def test_the_timeline_axis_has_one_tick_per_date_at_most():
    from assistant.app.dashboard import day_ticks

    rows = [{"Day": "2026-11-20"}, {"Day": "2026-11-21"}]
    assert day_ticks(rows, date(2026, 11, 22)) == {"interval": "day", "step": 1}
    wide = [{"Day": "2026-10-01"}]
    assert day_ticks(wide, date(2026, 11, 30))["step"] == 10  # 60 days: about 6 labels
