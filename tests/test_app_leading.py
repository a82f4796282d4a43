"""The Draft page leads (issue 13): redraft offers, a missing key caught before any call, the
profile in every sign-off, the To address, and what is hidden once nothing more is to be sent."""

from __future__ import annotations

import pytest
from page_samples import NOTES
from streamlit.testing.v1 import AppTest
from test_app import APP, open_app, pasted

from assistant.app.workspace import Workspace
from assistant.core.errors import ModelError
from assistant.tracker.profile import load_profile
from assistant.tracker.store import Store, default_path


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-27")


def drafted(notes: str = NOTES) -> AppTest:
    at = pasted(notes)
    at.button(key="draft").click().run()
    assert not at.exception
    return at


def score_title(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("**Score"))


def test_a_missing_key_is_named_before_any_model_call_and_offline_switches_the_setting(
    fake_model,
):
    fake_model.key_name = "OPENAI_API_KEY"
    fake_model.stand_in_for("gpt-4o-mini")  # a call would be kept in fake_model.prompts
    at = pasted()
    at.text_input(key="model_model").input("gpt-4o-mini").run()
    assert any("needs OPENAI_API_KEY" in c.value for c in at.caption)
    at.button(key="draft").click().run()
    message = at.error[0].value
    assert message.startswith("**No API key.**") and "OPENAI\\_API\\_KEY" in message
    assert not fake_model.prompts, "the model was called"
    at.button(key="draft_offline").click().run()
    assert at.text_input(key="model_model").value == "offline"
    assert at.text_area(key="draft_body").value and not at.error


def test_model_failures_are_named_as_what_they_are():
    ws = Workspace()
    for kind, title in (
        ("auth", "Authentication failed"),
        ("rate_limit", "Rate limit reached"),
        ("timeout", "Timed out"),
        ("server", "Server error"),
    ):
        ws.fail("draft", ModelError("x", kind=kind))
        assert ws.problem is not None and ws.problem.title == title


def test_a_stage_change_offers_a_redraft_and_keeps_scoring_the_email_as_what_it_is():
    at = drafted()
    assert "Thank-you note" in score_title(at)
    at.radio(key="stage_choice").set_value("status_check").run()
    assert "Thank-you note" in score_title(at)  # not re-scored as a status check
    assert "you chose the status check" in at.warning[0].value
    at.button(key="redraft").click().run()
    assert "Status check" in score_title(at)
    assert not [b for b in at.button if b.key == "redraft"]
    assert not at.metric[0].delta  # no delta against a thank-you


def test_a_changed_company_marks_the_draft_out_of_date_and_offers_a_redraft():
    at = drafted()
    at.text_input(key="field_company").input("Southwind Labs").run()
    assert any("before you changed the company" in w.value for w in at.warning)
    at.button(key="redraft").click().run()
    assert "Southwind Labs" in at.text_area(key="draft_body").value
    assert not any("before you changed" in w.value for w in at.warning)


def test_the_profile_is_saved_and_signs_every_email():
    at = pasted(NOTES.replace("Me: Sam Carter\n", ""))
    at.text_input(key="profile_name").input("Alex Morgan").run()
    at.text_area(key="profile_signature").input("+1 555 0100\nlinkedin.com/in/alexm").run()
    assert load_profile(Store(default_path())).name == "Alex Morgan"
    at.button(key="draft").click().run()
    body = at.text_area(key="draft_body").value
    assert body.rstrip().endswith("Alex Morgan\n+1 555 0100\nlinkedin.com/in/alexm")
    again = open_app()  # a new tab reads the saved profile
    assert again.text_input(key="profile_name").value == "Alex Morgan"


def test_an_optional_to_address_is_kept_and_a_doubtful_one_is_flagged_not_dropped():
    at = drafted()
    at.text_input(key="to_address").input("priya at northwind").run()
    assert any("does not look like an email address" in c.value for c in at.caption)
    assert at.text_input(key="to_address").value == "priya at northwind"
    at.text_input(key="to_address").input("priya@northwind.example").run()
    assert not any("does not look like" in c.value for c in at.caption)
    ws_id = at.query_params["ws"]
    again = AppTest.from_file(APP, default_timeout=60)
    again.query_params["ws"] = ws_id
    again.run()
    assert again.text_input(key="to_address").value == "priya@northwind.example"


def test_notes_fold_away_once_drafted_and_the_score_card_says_what_to_do_next():
    at = pasted()
    assert not [e for e in at.expander if e.label.startswith("Your notes")]
    at.button(key="draft").click().run()
    assert any(e.label.startswith("Your notes") for e in at.expander)
    assert any(m.value.startswith("**Next:**") for m in at.markdown)


def test_once_nothing_more_is_to_be_sent_the_revise_buttons_go():
    at = drafted()
    for stage in ("thank_you", "status_check", "final"):
        at.checkbox(key=f"sent_{stage}").check().run()
    keys = {b.key for b in at.button}
    assert not keys & {"regenerate", "tighten", "fix", "draft"}
    assert at.text_area(key="draft_body").value  # the email stays readable


def test_the_too_early_hint_names_the_box_as_it_reads():
    at = pasted()
    at.checkbox(key="sent_thank_you").check().run()
    box = at.checkbox(key="draft_early").label
    assert box == "Draft the status check anyway"
    assert f"“{box}”" in at.button(key="draft").help or any(box in c.value for c in at.caption)


def test_the_same_notes_in_a_new_email_join_the_tracked_interview_not_a_duplicate():
    at = drafted()
    at.button(key="new_workspace").click().run()
    at.text_area(key="notes").input(NOTES).run()
    assert any("already tracked as interview" in w.value for w in at.warning)
    at.button(key="draft").click().run()
    store = Store(default_path())
    assert len(store.list_interviews()) == 1
    assert len(store.drafts(store.list_interviews()[0].id)) == 2
