"""The Draft page's state and actions, without Streamlit: notes, fields, details, stage, drafts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from fake_model import FAKE, Reply
from page_samples import NOTES

from assistant.app import actions
from assistant.app.workspace import Workspace, arrange
from assistant.core.errors import ModelError
from assistant.models import llm

TODAY = date(2026, 11, 27)
OFFLINE = llm.ModelSettings()
BROKEN = llm.ModelSettings(
    model="openai/x",
    api_base="http://127.0.0.1:9/v1",
    timeout=2,
    max_retries=0,
    api_key="sk-test-NEVER-SHOWN-123456",
)


@pytest.fixture
def ws() -> Workspace:
    w = Workspace(id="t" * 22, today=TODAY)
    w.set_notes(NOTES)
    return w


def test_pasted_notes_fill_the_fields(ws):
    assert ws.field_value("company") == "Northwind Labs"
    assert ws.field_value("role") == "Senior Backend Engineer"
    assert ws.field_value("candidate") == "Sam Carter"
    assert ws.field_value("interviewers").startswith("Priya Raman")
    assert ws.field_value("interview_date") == date(2026, 11, 26)
    assert "migrating their billing service from Rails to Go" in ws.chosen_details()


def test_an_edited_field_survives_a_re_parse_and_wins(ws):
    ws.set_field("company", "Northwind Labs GmbH")
    ws.set_notes(NOTES.replace("Senior Backend Engineer", "Staff Engineer"))
    assert ws.field_value("company") == "Northwind Labs GmbH"
    assert ws.field_value("role") == "Staff Engineer"  # not edited: follows the notes
    assert ws.notes().company == "Northwind Labs GmbH"
    assert ws.edited_fields() == ["company"]


def test_setting_a_field_back_to_the_notes_value_ends_the_override(ws):
    ws.set_field("role", "Other")
    ws.set_field("role", "  Senior   Backend Engineer ")
    assert ws.edited_fields() == []


def test_a_cleared_field_is_empty_not_the_parsed_value(ws):
    ws.set_field("company", "")
    ws.set_field("interview_date", None)
    notes = ws.notes()
    assert notes.company is None and notes.interview_date is None


def test_edited_interviewers_keep_known_titles(ws):
    ws.set_field("interviewers", "Priya Raman, Tom Berg")
    people = ws.notes().interviewers
    assert [p.name for p in people] == ["Priya Raman", "Tom Berg"]
    assert people[0].title == "Engineering Manager" and people[1].title is None


def test_unknown_field_is_refused(ws):
    with pytest.raises(KeyError):
        ws.set_field("salary", "lots")


def test_details_untick_add_and_reorder(ws):
    rows = [(d.text, d.use) for d in ws.details]
    rows[0] = (rows[0][0], False)
    ws.set_details(rows + [("their on-call rota", True), ("", True), (rows[1][0], True)])
    assert rows[0][0] not in ws.chosen_details()
    assert ws.chosen_details()[-1] == "their on-call rota"
    assert len(ws.details) == 4  # blank dropped, repeat merged
    ws.set_details([(d.text, d.use) for d in ws.details] + [(float("nan"), True), (None, True)])
    assert len(ws.details) == 4  # an empty table cell is no detail
    ws.move_detail(3, -1)
    assert ws.details[2].text == "their on-call rota"
    assert ws.notes().details == ws.chosen_details()


def test_re_parse_keeps_typed_and_unticked_details_and_adds_new_ones(ws):
    first = ws.details[0].text
    ws.set_details([(d.text, d.text != first) for d in ws.details] + [("my own point", True)])
    ws.set_notes(NOTES + "- discussed their Kafka migration\n")
    texts = [d.text for d in ws.details]
    assert "my own point" in texts and first in texts
    assert first not in ws.chosen_details()
    assert any("Kafka" in t for t in texts)


def test_details_of_removed_notes_lines_disappear(ws):
    ws.set_notes(NOTES.replace("- both of us like rock climbing\n", ""))
    assert not any("climbing" in d.text for d in ws.details)


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([("a", True, 1), ("b", True, 2), ("c", True, 1)], ["c", "a", "b"]),
        ([("a", True, 3), ("b", True, 2), ("c", True, 3)], ["b", "c", "a"]),
        ([("a", True, 1), ("new", True, None), ("b", True, 2)], ["a", "b", "new"]),
        ([("a", True, 9), ("b", True, 2)], ["b", "a"]),
        ([("a", True, float("nan")), ("b", True, 2)], ["b", "a"]),
        (
            [("a", True, 1), (None, True, None), ("  ", True, None), (float("nan"), None, None)],
            ["a"],
        ),
    ],
    ids=["to-top", "to-bottom", "added-last", "beyond-end", "nan-is-new", "blank-dropped"],
)
def test_arrange_moves_renumbered_rows(rows, expected):
    assert [t for t, _ in arrange(rows)] == expected


def test_arrange_reads_table_cells_of_any_type():
    import numpy as np
    import pandas as pd

    rows = [
        ("a", np.False_, 1.0),
        ("b", pd.NA, pd.NA),
        ("c", float("nan"), np.float64(3)),
        (pd.NA, True, 4),
    ]
    assert arrange(rows) == [("a", False), ("c", True), ("b", True)]


def test_suggestion_follows_the_schedule_and_sent_follow_ups(ws):
    assert ws.suggestion().stage == "thank_you" and ws.stage() == "thank_you"
    ws.mark_sent("thank_you", TODAY)
    due = ws.suggestion()
    assert due.action == "wait" and due.message == "Too early: wait until Dec 3"
    assert ws.stage() is None and "anyway" in ws.blocked()
    ws.draft_early = True
    assert ws.stage() == "status_check" and ws.blocked() is None
    ws.mark_sent("thank_you", None)
    assert ws.suggestion().stage == "thank_you"


def test_status_check_is_due_a_week_after(ws):
    ws.today = TODAY + timedelta(days=7)
    ws.mark_sent("thank_you", TODAY)
    assert ws.suggestion().message == "Status check due — 8 days since the interview"


def test_after_a_final_follow_up_there_is_no_fourth_email(ws):
    for stage in ("thank_you", "status_check", "final"):
        ws.mark_sent(stage, TODAY)
    ws.stage_choice = "thank_you"  # not even by choosing a stage
    assert ws.suggestion().action == "move_on" and ws.stage() is None
    assert "move on" in ws.blocked()
    assert not ws.draft(OFFLINE) and ws.history is None


def test_a_chosen_stage_overrides_the_suggestion(ws):
    ws.stage_choice = "final"
    assert ws.stage() == "final"


@pytest.mark.parametrize("text, says", [("", "Paste"), ("  \n", "Paste"), ("x" * 100_001, "limit")])
def test_unusable_notes_block_drafting_with_a_reason(text, says):
    w = Workspace(today=TODAY)
    w.set_notes(text)
    assert says in w.blocked()
    assert not w.draft(OFFLINE) and w.problem is not None and not w.problem.model_failed


def test_draft_scores_and_every_revision_is_kept(ws):
    assert ws.draft(OFFLINE)
    first = ws.current
    assert first.draft.subject and ws.report().score == first.report.score
    assert ws.change_draft("tighten", OFFLINE)
    assert ws.current.words < first.words
    assert ws.change_draft("edit", None, "hey", "this is bad")
    assert not ws.report().passed
    assert ws.change_draft("fix", OFFLINE) and ws.report().passed
    assert ws.change_draft("restore", None, 0)
    assert ws.current.draft.body == first.draft.body
    assert [v.action for v in ws.history.versions] == ["draft", "tighten", "edit", "fix"]
    assert ws.history.index == 0  # restore shows v1 again rather than adding a copy of it


def test_drafting_again_adds_a_version_with_a_new_seed(ws):
    ws.draft(OFFLINE)
    ws.draft(OFFLINE)
    assert [v.draft.seed for v in ws.history.versions] == [0, 1]


def test_the_score_card_follows_newly_ticked_details(ws):
    ws.draft(OFFLINE)
    ws.set_details([(d.text, True) for d in ws.details] + [("their quarterly hackathon", True)])
    assert "their quarterly hackathon" in ws.report().metrics["details_missing"]


def test_streaming_hands_over_chunks_and_keeps_the_draft(ws):
    seen = []
    assert ws.stream_draft(OFFLINE, lambda chunks: seen.extend(chunks))
    assert len(seen) > 1 and "".join(seen).strip().endswith("Sam Carter")
    assert ws.current.draft.body.endswith("Sam Carter")


def test_a_model_error_keeps_notes_and_draft_and_never_shows_the_key(ws):
    ws.draft(OFFLINE)
    before = (ws.notes_text, ws.current.draft)
    assert not ws.change_draft("tighten", BROKEN)
    assert ws.problem.model_failed and ws.problem.action == "tighten"
    assert "OPENAI_API_KEY" in ws.problem.message or "127.0.0.1" in ws.problem.message
    assert "NEVER-SHOWN" not in repr(ws) and ws.history.settings.api_key is None
    assert (ws.notes_text, ws.current.draft) == before
    assert ws.retry_offline() and ws.problem is None
    assert ws.current.action == "tighten" and ws.current.draft.model == "offline"


def test_a_stream_that_breaks_keeps_its_partial_text_scrubbed(ws, fake_model):
    fake_model.queue(
        Reply(
            "Dear Priya, sk-test-NEVER-SHOWN-123456 thank",
            ModelError("fake stopped mid-reply.", kind="incomplete"),
        )
    )
    assert not ws.stream_draft(replace(BROKEN, model=FAKE), lambda chunks: list(chunks))
    assert ws.history is None and ws.notes_text == NOTES
    assert ws.problem.partial.startswith("Dear Priya") and "NEVER-SHOWN" not in ws.problem.partial
    assert ws.retry_offline() and ws.history is not None


def test_settings_never_keep_the_key(ws):
    ws.model, ws.api_base, ws.temperature = " gpt-4o-mini ", " ", 0.2
    s = ws.settings(api_key="sk-abc-123456789")
    assert (s.model, s.api_base, s.temperature, s.api_key) == (
        "gpt-4o-mini",
        None,
        0.2,
        "sk-abc-123456789",
    )
    assert "sk-abc" not in repr(s) and ws.streams
    assert actions.keyless(s).api_key is None


def test_today_can_be_pinned_for_demos(monkeypatch):
    from assistant.app.workspace import today

    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-12-02")
    assert today() == date(2026, 12, 2)


def test_panel_mode_is_only_for_stages_addressed_to_everyone(ws):
    ws.set_notes(
        NOTES.replace(
            "Interview with Priya Raman (Engineering Manager)",
            "Interview with Priya Raman (Engineering Manager) and Tom Okafor (CTO)",
        )
    )
    assert ws.panel_possible()
    assert ws.stage() == "thank_you" and ws.panel_blocked() is None
    ws.stage_choice = "status_check"
    ws.draft_early = True
    assert ws.panel_blocked() == (
        "Panel mode writes one note per interviewer: choose the thank-you note above."
    )


def test_a_draft_prefers_a_point_the_emails_already_sent_did_not_make(ws):
    """Issue 11: each stage prefers a talking point not used in the emails already sent."""
    ws.set_notes(
        "Brightline Freight — Dispatcher\n"
        "- Maren Holt, operations manager, decides\n"
        "- she walked me through their new route-optimisation software\n"
        "- we talked about the winter storm contingency plan\n"
        "- decision within two weeks\n"
    )
    ws.stage_choice = "thank_you"
    assert actions.draft(ws, OFFLINE)
    first = ws.history.current.draft.body
    said = [t for t in ("route-optimisation", "storm contingency") if t in first]
    assert said  # the thank-you makes a point…
    ws.sent_texts = (("thank_you", first),)
    ws.history = None
    ws.stage_choice = "status_check"
    request = actions._request(ws)
    assert request.used_topics == (first,)
    assert actions.draft(ws, OFFLINE)
    body = ws.history.current.draft.body
    assert not [t for t in said if t in body]  # …and the status check does not repeat it
