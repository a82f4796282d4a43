"""Autosave and panel mode on the Draft page, driven through Streamlit's AppTest."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from page_samples import NOTES
from tracker_pages import (
    PANEL,
    AppTest,
    T,
    alerts,
    dashboard,
    open_app,
    pin,
    restart,
    tracked,
)

from assistant.tracker.records import Interview
from assistant.tracker.store import Store


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    yield from pin(monkeypatch)


def test_work_survives_a_restart_by_page_address_or_interview():
    at = open_app()
    at.text_area(key="notes").input(NOTES).run()
    at.text_input(key="field_candidate").input("Samantha Carter").run()
    at.button(key="draft").click().run()
    body = at.text_area(key="draft_body").value
    ws, interview = at.query_params["ws"], at.query_params["interview"]
    restart()
    again = open_app(ws=ws)
    assert again.query_params["ws"] == ws and again.query_params["interview"] == interview
    assert again.text_area(key="notes").value == NOTES
    assert again.text_input(key="field_candidate").value == "Samantha Carter"
    assert again.text_area(key="draft_body").value == body
    assert not again.warning
    restart()
    opened = open_app(interview=interview)
    assert opened.text_area(key="notes").value == NOTES
    assert opened.text_area(key="draft_body").value == body
    assert any("All changes saved (interview #1)" in c.value for c in opened.caption)


def test_two_sessions_editing_one_interview_the_later_save_wins_and_says_so():
    a = open_app()
    a.text_area(key="notes").input(NOTES).run()
    b = open_app(interview=a.query_params["interview"])
    assert b.query_params["ws"] != a.query_params["ws"]
    assert b.text_area(key="notes").value == NOTES
    a.text_input(key="field_company").input("Company from A").run()
    assert "another tab" not in alerts(a)
    b.text_input(key="field_role").input("Role from B").run()
    assert "changed in another tab or window" in alerts(b)
    saved = Store().get_interview(1)
    assert (saved.company, saved.role) == ("Northwind Labs", "Role from B")


def test_an_outcome_stops_the_draft_page_like_moving_on():
    store = Store()
    store.add_interview(
        Interview(company="Acme", role="Analyst", notes=NOTES, interview_date=T - timedelta(3))
    )
    store.set_outcome(1, "offer", T)
    at = open_app(interview="1")
    assert not [b for b in at.button if b.key == "draft"]
    assert "They made you an offer: no more reminders." in alerts(at)
    assert not [r for r in at.radio if r.key == "stage_choice"]


def test_panel_mode_drafts_one_per_interviewer_and_flags_near_copies():
    at = open_app()
    at.text_area(key="notes").input(
        PANEL + "- talked about migrating their billing service "
        "from Rails to Go\n- the team ships weekly\n"
    ).run()
    at.toggle(key="panel_mode").set_value(True).run()
    at.button(key="panel_draft").click().run()
    assert not at.exception
    names = [m.value for m in at.markdown if m.value.startswith("**To ")]
    assert names == ["**To Priya Raman**", "**To Tom Okafor**"]
    assert next(c.value for c in at.caption if c.value.startswith("Score ")).endswith(
        "ready to send"
    )
    assert "are near-copies" in alerts(at)
    assert len([b for b in at.download_button if b.key.startswith("panel_download_")]) == 2
    assert {v.recipient for v in Store().drafts(1)} == {"Priya Raman", "Tom Okafor"}


def test_panel_mode_with_details_per_person_finds_no_near_copies():
    at = open_app()
    at.text_area(key="notes").input(
        PANEL + "- Priya walked me through migrating their billing "
        "service from Rails to Go\n- Tom described their on-call "
        "rotation and incident reviews\n"
    ).run()
    at.toggle(key="panel_mode").set_value(True).run()
    at.button(key="panel_draft").click().run()
    assert "near-copies" not in alerts(at)
    assert "Each note is different enough" in alerts(at)


def test_without_the_override_the_first_save_and_each_draft_are_written_at_once(monkeypatch):
    monkeypatch.delenv("FOLLOWUP_AUTOSAVE_SECONDS")  # the real 2 s debounce
    at = open_app()
    at.text_area(key="notes").input(NOTES).run()
    assert Store().get_interview(1).notes == NOTES
    at.button(key="draft").click().run()
    assert Store().get_interview(1).draft.body == at.text_area(key="draft_body").value
    assert [v.action for v in Store().drafts(1)] == ["draft"]


def test_a_status_check_repeating_the_sent_thank_you_is_flagged():
    at = open_app()
    at.text_area(key="notes").input(NOTES).run()
    at.button(key="draft").click().run()
    thank_you = at.text_area(key="draft_body").value
    at.button(key="mark_sent").click().run()
    assert Store().sent(1)[0].body == thank_you
    assert 'fu-id">repetition<' not in "".join(h.value for h in at.get("html"))  # not itself
    at.radio(key="stage_choice").set_value("status_check").run()
    at.button(key="draft").click().run()
    assert repetition(at) == "pass"  # compared with what was sent, and new enough
    at.text_area(key="draft_body").input(thank_you).run()
    assert repetition(at) == "fail"  # the thank-you's point made again: not sent (READER.md, W)


def repetition(at: AppTest) -> str:
    """The status of the score card's repetition check."""
    html = "".join(h.value for h in at.get("html"))
    return re.search(r'<tr class="fu-(\w+)">(?:(?!</tr>).)*fu-id">repetition<', html).group(1)


def test_every_widget_on_the_dashboard_and_in_panel_mode_has_a_key():
    tracked()
    kinds = (
        "button",
        "text_input",
        "text_area",
        "checkbox",
        "radio",
        "date_input",
        "selectbox",
        "number_input",
        "slider",
        "download_button",
        "data_editor",
        "toggle",
        "file_uploader",
    )
    at = dashboard()
    panel = open_app()
    panel.text_area(key="notes").input(PANEL + "- the team ships weekly\n").run()
    panel.toggle(key="panel_mode").set_value(True).run()
    panel.button(key="panel_draft").click().run()
    missing = [
        f"{k}: {getattr(w, 'label', '')}"
        for page in (at, panel)
        for k in kinds
        for w in page.get(k)
        if not getattr(w, "key", None)
    ]
    assert missing == []
