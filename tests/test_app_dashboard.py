"""The Dashboard driven through Streamlit's AppTest: order, highlight, archive, actions, files."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import icalendar
import pytest
from page_samples import NOTES
from tracker_pages import (
    T,
    alerts,
    cards,
    dashboard,
    open_app,
    pin,
    record_media,
    title,
    tracked,
)

from assistant.core.domain import Draft, Interviewer
from assistant.tracker.data_io import export_data
from assistant.tracker.records import Interview
from assistant.tracker.store import Store


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    yield from pin(monkeypatch)


@pytest.fixture
def media(monkeypatch):
    return record_media(monkeypatch)


def test_the_dashboard_orders_highlights_and_archives():
    tracked()
    at = dashboard()
    shown = cards(at)
    assert [title(b) for _, b in shown] == [
        "Engineer at Overdue",
        "Engineer at Today",
        "Engineer at Waiting",
        "Engineer at Offer",
    ]
    assert [k for k, _ in shown][:3] == ["dash_overdue_2", "dash_card_3", "dash_card_1"]
    assert any(m.value.endswith("Overdue]") for m in shown[0][1].markdown)
    archived = next(e for e in at.expander if e.label.startswith("Archived"))
    assert archived.label == "Archived · 1" and "Engineer at Offer" in archived.markdown[0].value
    assert len(at.get("vega_lite_chart")) == 1


def test_marking_sent_and_an_outcome_on_the_dashboard_update_the_schedule_at_once():
    store = tracked()
    store.save_interview(
        Interview(
            **{
                **store.get_interview(3).__dict__,
                "draft": Draft("Thank you", "Dear Priya, thanks.", "thank_you"),
            }
        )
    )
    at = dashboard()
    at.selectbox(key="dash_stage_3").set_value("thank_you")
    at.button(key="dash_mark_3").click().run()
    assert "with the drafted text" in at.success[0].value
    today_card = dict(cards(at))["dash_card_3"]
    assert "Status check · due Dec 4" in [m.value for m in today_card.markdown]
    assert store.sent(3)[0].body == "Dear Priya, thanks."
    at.selectbox(key="dash_outcome_1").set_value("rejected")
    at.button(key="dash_set_outcome_1").click().run()
    waiting = dict(cards(at))["dash_card_1"]
    assert any(m.value.startswith("Reply to a rejection") for m in waiting.markdown)
    at.selectbox(key="dash_outcome_1").set_value("offer")
    at.button(key="dash_set_outcome_1").click().run()
    archived = next(e for e in at.expander if e.label.startswith("Archived"))
    assert archived.label == "Archived · 2"


def test_reminders_download_as_ics_that_parses_back(media):
    tracked()
    at = dashboard()
    one = icalendar.Calendar.from_ical(media(at.download_button(key="dash_ics_3")))
    assert [str(e["summary"]) for e in one.walk("VEVENT")] == [
        "Thank-you note: Engineer at Today",
        "Status check: Engineer at Today",
        "Final follow-up: Engineer at Today",
    ]
    every = icalendar.Calendar.from_ical(media(at.download_button(key="dash_ics_all")))
    assert len(every.walk("VEVENT")) == 2 + 2 + 3


def test_export_and_import_through_the_page(media, monkeypatch, tmp_path):
    store = tracked()
    at = dashboard()
    exported = media(at.download_button(key="dash_export"))
    assert json.loads(exported) == export_data(store)
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "fresh.db"))  # another machine
    fresh = dashboard()
    assert "Nothing tracked yet" in alerts(fresh)
    fresh.file_uploader(key="dash_import_file").upload("export.json", exported, "application/json")
    fresh.button(key="dash_import").click().run()
    assert "Imported 4 interview(s); replaced 0." in alerts(fresh)
    assert len(cards(fresh)) == 4
    assert json.loads(media(fresh.download_button(key="dash_export"))) == json.loads(exported)


def test_a_bad_import_file_is_refused_and_nothing_changes():
    tracked()
    at = dashboard()
    at.file_uploader(key="dash_import_file").upload("x.json", b"{not json", "application/json")
    at.button(key="dash_import").click().run()
    assert "is not JSON" in at.error[0].value and len(cards(at)) == 4


def test_delete_asks_first_then_removes_the_interview():
    store = tracked()
    at = dashboard()
    at.button(key="dash_delete_1").click().run()
    assert "cannot be undone" in alerts(at) and store.find_interview(1) is not None
    at.button(key="dash_delete_no_1").click().run()
    assert store.find_interview(1) is not None
    at.button(key="dash_delete_1").click().run()
    at.button(key="dash_delete_yes_1").click().run()
    assert store.find_interview(1) is None
    assert "Deleted Engineer at Waiting" in alerts(at)
    assert "Engineer at Waiting" not in [title(b) for _, b in cards(at)]


def test_a_dashboard_interview_opens_in_the_draft_page():
    store = Store()
    store.add_interview(Interview(company="Northwind Labs", notes=NOTES))
    at = dashboard()
    link = at.get("page_link")[0].proto
    assert (link.label, link.query_string) == ("Open in Draft page", "interview=1")
    draft = open_app(interview="1")
    assert draft.text_area(key="notes").value == NOTES
    assert draft.text_input(key="field_company").value == "Northwind Labs"


def test_markup_in_tracked_fields_is_shown_as_text_on_the_dashboard():
    evil = "<script>alert(1)</script> **Acme** [x](javascript:alert(1)) :red[boo]"
    Store().add_interview(
        Interview(
            company=evil,
            role="<img src=x onerror=alert(1)>",
            interviewers=(Interviewer("<b>Priya</b>"),),
            interview_date=T - timedelta(12),
        )
    )
    at = dashboard()
    at.button(key="dash_mark_1").click().run()
    texts = (
        [m.value for m in at.markdown]
        + [c.value for c in at.caption]
        + [a.value for kind in ("success", "error", "warning") for a in at.get(kind)]
    )
    assert any("Acme" in t for t in texts) and not at.exception
    for text in texts:  # every markup character arrives escaped, so it reads as typed
        assert not re.search(r"(?<!\\)(<|\]\(|:red\[|\*\*Acme)", text), text
