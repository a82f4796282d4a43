"""Autosave and restore without Streamlit: debounced writes, two tabs, a restart, sent texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from page_samples import NOTES

from assistant.app import autosave
from assistant.app.restore import GONE, find, open_work, restore
from assistant.app.tabs import WorkspaceStore
from assistant.app.workspace import Workspace
from assistant.core.domain import Interviewer
from assistant.core.errors import TrackError
from assistant.models import llm
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

TODAY = date(2026, 11, 27)
OFFLINE = llm.ModelSettings()
WS_ID = "w" * 22


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", TODAY.isoformat())
    monkeypatch.delenv(autosave.INTERVAL_ENV, raising=False)


@pytest.fixture
def store() -> Store:
    return Store()


def typed(ws_id: str = WS_ID) -> Workspace:
    ws = Workspace(id=ws_id, today=TODAY)
    ws.set_notes(NOTES)
    return ws


def test_an_empty_workspace_creates_nothing(store):
    assert autosave.save(Workspace(id=WS_ID, today=TODAY), store, 0.0).status == "empty"
    assert store.list_interviews() == []


def test_saves_only_on_change_and_at_most_once_per_interval(store):
    ws = typed()
    assert autosave.save(ws, store, 100.0).status == "created"
    assert autosave.save(ws, store, 100.5).status == "unchanged"
    ws.set_field("candidate", "Samantha Carter")
    assert autosave.pending(ws)
    assert autosave.save(ws, store, 101.0).status == "pending"  # 1 s after the last write
    assert store.get_interview(1).candidate == "Sam Carter"
    assert autosave.save(ws, store, 102.0).status == "saved"  # 2 s: written
    assert store.get_interview(1).candidate == "Samantha Carter"
    assert not autosave.pending(ws) and "All changes saved (interview #1)" in autosave.describe(ws)


def test_a_new_draft_is_written_at_once_with_every_version(store):
    ws = typed()
    autosave.save(ws, store, 10.0)
    ws.draft(OFFLINE)
    ws.change_draft("tighten", OFFLINE)
    assert autosave.save(ws, store, 10.1).status == "saved"  # within the interval, still written
    assert [v.action for v in store.drafts(1)] == ["draft", "tighten"]
    assert store.get_interview(1).draft == ws.history.current.draft
    assert autosave.save(ws, store, 20.0).status == "unchanged"
    assert len(store.drafts(1)) == 2


def test_restore_brings_back_notes_edits_details_and_history(store):
    ws = typed()
    ws.set_field("company", "Northwind Labs GmbH")
    ws.set_details(
        [(d.text, i != 1) for i, d in enumerate(ws.details)] + [("their on-call rota", True)]
    )
    ws.stage_choice = "thank_you"
    ws.draft(OFFLINE)
    ws.change_draft("edit", None, "My subject", "Dear Priya,\n\nThanks.\n\nSam")
    autosave.save(ws, store, 1.0)
    back = restore(store, store.get_interview(1), "r" * 22, TODAY)
    assert back.notes_text == NOTES and back.edited_fields() == ["company"]
    assert back.field_value("company") == "Northwind Labs GmbH"
    assert [(d.text, d.use, d.source) for d in back.details] == [
        (d.text, d.use, d.source) for d in ws.details
    ]
    assert back.stage_choice == "thank_you"
    assert [v.action for v in back.history.versions] == ["draft", "edit"]
    assert back.history.current.draft.subject == "My subject"
    assert not autosave.pending(back)  # nothing to write until something changes


def test_an_interview_added_elsewhere_opens_with_its_fields_as_edits(store):
    added = store.add_interview(
        Interview(
            company="Lumen",
            role="Data Engineer",
            notes=NOTES,
            candidate="Sam Carter",
            interviewers=(Interviewer("Priya Raman"),),
            interview_date=TODAY - timedelta(1),
        )
    )
    ws = restore(store, added, WS_ID, TODAY)
    assert ws.field_value("company") == "Lumen" and ws.field_value("role") == "Data Engineer"
    assert set(ws.edited_fields()) == {"company", "role"}
    assert ws.history is None


def test_two_tabs_on_one_interview_the_later_save_wins_and_says_so(store):
    first = typed()
    autosave.save(first, store, 0.0)
    interview = store.get_interview(1)
    tab_a = restore(store, interview, "a" * 22, TODAY)
    tab_b = restore(store, interview, "b" * 22, TODAY)
    tab_a.set_field("company", "From tab A")
    assert autosave.save(tab_a, store, 5.0).status == "saved" and tab_a.saved.note == ""
    tab_b.set_field("role", "From tab B")
    outcome = autosave.save(tab_b, store, 5.0)
    assert outcome.status == "overwrote"
    assert "changed in another tab" in tab_b.saved.note
    kept = store.get_interview(1)
    assert (kept.company, kept.role) == ("Northwind Labs", "From tab B")  # B's copy, whole
    tab_a.set_field("candidate", "Sam C.")
    assert autosave.save(tab_a, store, 9.0).status == "overwrote"  # A is now the later one


def test_an_interview_deleted_elsewhere_is_saved_again_as_new(store):
    ws = typed()
    autosave.save(ws, store, 0.0)
    store.delete_interview(1)
    autosave.refresh(ws, store)
    ws.set_field("candidate", "Sam C.")
    assert autosave.save(ws, store, 5.0).status == "created"
    assert ws.saved.interview_id == 2 and "deleted elsewhere" in ws.saved.note


def test_a_database_error_is_a_note_not_a_crash(store, monkeypatch):
    ws = typed()

    def broken(*_a, **_k):
        raise TrackError("The tracking database x could not be used (disk I/O error).")

    monkeypatch.setattr(store, "save_interview", broken)
    outcome = autosave.save(ws, store, 0.0)
    assert outcome.status == "failed" and "disk I/O error" in ws.saved.note
    assert autosave.pending(ws)


def test_marking_sent_keeps_the_text_and_the_next_draft_is_checked_against_it(store):
    ws = typed()
    ws.draft(OFFLINE)
    thank_you = ws.history.current.draft
    autosave.mark_sent(ws, store, "thank_you", TODAY, 0.0)
    [sent] = store.sent(1)
    assert (sent.stage, sent.sent_on, sent.body) == ("thank_you", TODAY, thank_you.body)
    assert ws.sent_texts == (("thank_you", thank_you.body),) and ws.sent == {"thank_you": TODAY}
    assert not [c for c in ws.report().checks if c.id == "repetition"]  # not against itself
    ws.stage_choice = "status_check"
    ws.draft(OFFLINE)
    ws.change_draft("edit", None, "Following up", thank_you.body)  # the same text again
    repetition = next(c for c in ws.report().checks if c.id == "repetition")
    assert repetition.status == "fail"  # the same point again (READER.md, W)
    autosave.mark_sent(ws, store, "thank_you", None, 1.0)
    assert store.sent(1) == [] and ws.sent_texts == ()


def test_an_outcome_stops_the_schedule_like_moving_on(store):
    ws = typed()
    autosave.save(ws, store, 0.0)
    store.set_outcome(1, "offer", TODAY)
    autosave.refresh(ws, store)
    assert ws.suggestion().action == "stop" and ws.ended()
    assert ws.stage() is None
    assert ws.blocked().startswith("Nothing more to send. They made you an offer")
    store.set_outcome(1, "rejected", TODAY)
    autosave.refresh(ws, store)
    assert ws.stage() == "rejection_reply"


def test_open_work_after_a_restart_finds_the_work_by_its_address(store):
    ws = typed()
    autosave.save(ws, store, 0.0)
    memory = WorkspaceStore()  # the old memory is gone
    opened = open_work(memory, store, WS_ID, None)
    assert opened.restored and opened.workspace.id == WS_ID and opened.note is None
    assert opened.workspace.notes_text == NOTES and WS_ID in memory
    assert find(store, WS_ID).id == 1


def test_open_work_by_interview_makes_a_working_copy_unless_this_tab_has_it(store):
    ws = typed()
    autosave.save(ws, store, 0.0)
    memory = WorkspaceStore()
    memory.adopt(ws)
    same = open_work(memory, store, WS_ID, "1")
    assert same.workspace is ws
    other = open_work(memory, store, None, "1", session_workspace="x" * 22)
    assert other.workspace is not ws and other.workspace.saved.interview_id == 1
    assert other.workspace.id != "x" * 22
    after_restart = open_work(WorkspaceStore(), store, "y" * 22, "1")
    assert after_restart.workspace.id == "y" * 22  # the URL's id is kept


@pytest.mark.parametrize(
    "ws_id, interview, note",
    [
        ("gone-gone-gone-gone-gone", None, GONE),
        (None, "99", "No saved interview #99"),
        (None, None, None),
    ],
)
def test_open_work_starts_afresh_with_a_note_when_the_work_is_gone(store, ws_id, interview, note):
    opened = open_work(WorkspaceStore(), store, ws_id, interview)
    assert opened.workspace.notes_text == "" and not opened.restored
    if note is None:
        assert opened.note is None
    else:
        assert note in opened.note


def test_restored_settings_ignore_nonsense_from_an_imported_file(store):
    added = store.add_interview(
        Interview(
            notes=NOTES,
            state={
                "stage_choice": "<script>",
                "draft_early": "yes",
                "model": {"temperature": 99, "timeout": "x", "model": 3},
                "details": [["ok detail", True, "you"], "junk", [1, 2, 3]],
                "edited": "company",
            },
        )
    )
    ws = restore(store, replace(added), WS_ID, TODAY)
    assert ws.stage_choice == "auto" and ws.draft_early is False
    assert ws.temperature == 1.5 and ws.timeout == 60.0 and ws.model == "offline"
    assert [d.text for d in ws.details] == ["ok detail"]


def test_panel_drafts_are_kept_and_come_back_after_a_restart(store):
    ws = Workspace(id=WS_ID, today=TODAY)
    ws.set_notes(
        "Panel interview at Northwind Labs on Nov 26 for Senior Backend Engineer\n"
        "Interviewers: Priya Raman, Tom Okafor\nMe: Sam Carter\n"
        "- talked about migrating their billing service from Rails to Go\n"
    )
    ws.panel_mode = True
    assert ws.draft_panel(OFFLINE)
    autosave.save(ws, store, 0.0)
    assert [v.recipient for v in store.drafts(1)] == ["Priya Raman", "Tom Okafor"]
    back = restore(store, store.get_interview(1), WS_ID, TODAY)
    assert back.panel_mode and [d.interviewer.name for d in back.panel.drafts] == [
        "Priya Raman",
        "Tom Okafor",
    ]
    assert back.panel.near_copies == ws.panel.near_copies
    assert autosave.save(back, store, 9.0).status == "unchanged"  # nothing written twice
