"""The Draft page driven through Streamlit's AppTest: the whole journey, errors, safety, refresh."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import REPLY, FakeOpenAI, Fault
from page_samples import NOTES
from streamlit.testing.v1 import AppTest
from tracker_pages import record_media

from assistant.app.email_box import is_page_script

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
SECRET = "sk-test-SECRET-never-shown-123456"


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-27")


@pytest.fixture
def media(monkeypatch):
    """Read what a download button serves: the file's bytes-like record."""
    return record_media(monkeypatch, content=False)


def open_app(ws: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if ws:
        at.query_params["ws"] = ws
    return at.run()


def pasted(notes: str = NOTES) -> AppTest:
    at = open_app()
    at.text_area(key="notes").input(notes).run()
    assert not at.exception
    return at


def score(at: AppTest) -> int:
    return int(next(m for m in at.metric if m.label == "Score").value.split("/")[0])


def card(at: AppTest) -> str:
    return "".join(h.value for h in at.get("html"))


def verdict(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "-badge[" in m.value)


def words(at: AppTest) -> int:
    return int(re.search(r"<span>Words</span><b>(\d+)</b>", card(at)).group(1))


def shown_text(at: AppTest) -> str:
    """Everything the page shows as text or markup (not widget values)."""
    kinds = (
        "markdown",
        "caption",
        "html",
        "error",
        "warning",
        "info",
        "success",
        "code",
        "text",
        "subheader",
        "title",
        "expander",
        "metric",
    )
    parts = []
    for kind in kinds:
        for el in at.get(kind):
            parts.append(str(getattr(el, "value", "")) + str(getattr(el, "label", "")))
    return plain("\n".join(parts))


def plain(markdown: str) -> str:
    """Markdown as read: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_whole_journey_from_notes_to_a_downloaded_email(media):
    at = pasted()
    # fields prefilled from the notes
    assert at.text_input(key="field_company").value == "Northwind Labs"
    assert at.text_input(key="field_role").value == "Senior Backend Engineer"
    assert at.text_input(key="field_candidate").value == "Sam Carter"
    assert at.text_input(key="field_interviewers").value.startswith("Priya Raman")
    assert str(at.date_input(key="field_interview_date").value) == "2026-11-26"
    assert "Thank-you note due" in at.success[0].value
    # draft -> score shown
    at.button(key="draft").click().run()
    subject = at.text_input(key="draft_subject").value
    assert subject.startswith("Thank you") and "Senior Backend Engineer" in subject
    assert at.text_area(key="draft_body").value.rstrip().endswith("Sam Carter")
    assert score(at) >= 80 and "fu-checks" in card(at) and "Mentioned" in card(at)
    first_body, first_words = at.text_area(key="draft_body").value, words(at)
    # tighten lowers the word count
    at.button(key="tighten").click().run()
    assert words(at) < first_words
    # a hand edit is scored; fix makes the failing draft pass
    at.text_area(key="draft_body").input("hey. this is bad").run()
    assert score(at) < 70 and not verdict(at).endswith("Ready to send]")
    assert "fu-fail" in card(at)
    at.button(key="fix").click().run()
    assert verdict(at).endswith("Ready to send]")
    # history (folded away) lists every version and restores an earlier one
    history = next(e for e in at.expander if e.label.startswith("History"))
    assert history.label.startswith("History · 4 versions")
    labels = at.selectbox(key="history_pick").options
    assert [label.split(" · ")[2] for label in labels] == ["fix", "edit", "tighten", "draft"]
    at.selectbox(key="history_pick").set_value(0).run()
    at.button(key="restore_0").click().run()
    assert at.text_area(key="draft_body").value == first_body
    assert "showing v1" in next(e.label for e in at.expander if e.label.startswith("History"))
    # the take-away buttons carry the file names; what they copy and save is read in the browser
    # at the moment of the click (tests/test_browser.py checks the clipboard and the files)
    box = next(h.value for h in at.get("html") if '<div class="fu-box"' in h.value)
    assert 'data-txt-name="follow-up-northwind-labs-thank-you.txt"' in box
    assert 'data-eml-name="follow-up-northwind-labs-thank-you.eml"' in box
    assert "Copy body" in box and "Open in mail app" in box


def _detail_texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text_area if "_text_" in str(t.key)]


def test_details_can_be_unticked_added_edited_in_full_and_reordered():
    at = pasted()
    first, second, third = _detail_texts(at)
    new = next(t for t in at.text_input if str(t.key).endswith("_new"))
    new.input("their on-call rota, which every engineer joins after three months").run()
    assert _detail_texts(at)[-1].endswith("after three months")  # in full, in a wrapping box
    next(b for b in at.button if str(b.key).endswith("_down_0")).click().run()
    assert _detail_texts(at)[:2] == [second, first]
    next(c for c in at.checkbox if str(c.key).endswith("_use_1")).uncheck().run()
    edit = next(t for t in at.text_area if str(t.key).endswith("_text_2"))
    edit.input(third + " every spring").run()
    assert _detail_texts(at)[2] == third + " every spring"
    at.button(key="draft").click().run()
    assert "their on-call rota" in card(at) and first not in card(at)


def test_an_edited_field_wins_and_survives_a_re_parse():
    at = pasted()
    at.text_input(key="field_company").input("Northwind Labs GmbH").run()
    at.text_area(key="notes").input(NOTES.replace("Senior Backend", "Staff")).run()
    assert at.text_input(key="field_company").value == "Northwind Labs GmbH"
    assert at.text_input(key="field_role").value == "Staff Engineer"
    at.button(key="draft").click().run()
    assert "Northwind Labs GmbH" in at.text_area(key="draft_body").value


def test_stage_suggestion_wait_override_and_no_fourth_email():
    at = pasted()
    at.checkbox(key="sent_thank_you").check().run()
    assert "Too early: wait until Dec 3" in at.info[0].value
    assert at.button(key="draft").disabled and not at.exception
    at.checkbox(key="draft_early").check().run()
    assert not at.button(key="draft").disabled
    at.button(key="draft").click().run()
    assert "Following up" in at.text_input(key="draft_subject").value
    at.checkbox(key="sent_status_check").check().run()
    at.checkbox(key="sent_final").check().run()
    assert "move on" in at.warning[0].value
    assert not [b for b in at.button if b.key == "draft"]
    assert "Nothing more to send" in shown_text(at)


def test_temperature_and_timeout_are_offered_only_for_a_real_model():
    at = open_app()
    assert not at.slider and not at.number_input  # the built-in drafter neither samples nor waits
    assert "apply to a real model" in shown_text(at)
    at.text_input(key="model_model").input("openai/x").run()
    assert at.slider(key="model_temperature").value == 0.7
    at.number_input(key="model_timeout").set_value(9.0).run()
    at.text_input(key="model_model").input("offline").run()
    assert not at.number_input
    at.text_input(key="model_model").input("openai/x").run()
    assert at.number_input(key="model_timeout").value == 9.0  # kept while hidden


def test_a_model_error_keeps_the_notes_and_offers_to_draft_offline():
    at = pasted()
    at.secrets["OPENAI_API_KEY"] = SECRET
    at.text_input(key="model_model").input("openai/x").run()
    at.text_input(key="model_api_base").input("http://127.0.0.1:9/v1").run()
    at.number_input(key="model_timeout").set_value(2.0).run()
    assert "found in the Streamlit secrets" in shown_text(at)
    at.button(key="draft").click().run()
    assert not at.exception
    assert "127.0.0.1:9" in plain(at.error[0].value)
    assert at.text_area(key="notes").value == NOTES
    assert SECRET not in shown_text(at)
    assert SECRET not in repr(at.session_state.to_dict())
    at.button(key="draft_offline").click().run()
    assert not at.error and at.text_input(key="draft_subject").value.startswith("Thank you")
    assert score(at) >= 80 and at.text_area(key="notes").value == NOTES


def use_model(at: AppTest, model: str, api_base: str) -> None:
    at.text_input(key="model_model").input(model).run()
    at.text_input(key="model_api_base").input(api_base).run()
    at.number_input(key="model_timeout").set_value(5.0).run()


def test_a_real_model_streams_into_the_page_with_the_key_from_secrets():
    at = pasted()
    at.secrets["OPENAI_API_KEY"] = SECRET
    with FakeOpenAI() as fake:
        use_model(at, "openai/test-model", fake.api_base)
        at.button(key="draft").click().run()
        sent = fake.completions[-1]
    assert not at.exception and not at.error
    assert sent.headers.get("Authorization") == f"Bearer {SECRET}"
    assert at.text_input(key="draft_subject").value == REPLY.split("\n")[0].removeprefix(
        "Subject: "
    )
    assert at.text_area(key="draft_body").value.startswith("Dear Priya,")
    assert "written by openai/test-model" in shown_text(at)
    assert SECRET not in shown_text(at) and SECRET not in repr(at.session_state.to_dict())


def test_a_stream_cut_midway_keeps_what_arrived_and_the_notes():
    at = pasted()
    at.secrets["OPENAI_API_KEY"] = SECRET
    with FakeOpenAI() as fake:
        use_model(at, "openai/test-model", fake.api_base)
        fake.queue(Fault("cut", cut_after=3))
        at.button(key="draft").click().run()
    assert at.error and "incomplete" in plain(at.error[0].value)
    assert any(e.label.startswith("What the model wrote") for e in at.expander)
    assert at.text_area(key="notes").value == NOTES
    at.button(key="draft_offline").click().run()
    assert at.text_input(key="draft_subject").value.startswith("Thank you")


def test_missing_key_error_says_which_key_to_set():
    at = pasted()
    at.text_input(key="model_model").input("openai/x").run()
    at.text_input(key="model_api_base").input("http://127.0.0.1:9/v1").run()
    at.button(key="draft").click().run()
    assert "OPENAI_API_KEY" in plain(at.error[0].value)
    assert at.text_area(key="notes").value == NOTES


def test_html_in_notes_is_shown_as_text_never_rendered():
    evil = (
        NOTES
        + '- <script>alert("owned")</script> <img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))\n'
    )
    at = pasted(evil)
    at.text_input(key="field_company").input("<b>Acme</b><script>x()</script>").run()
    at.button(key="draft").click().run()
    assert at.text_area(key="notes").value == evil
    for html in at.get("html"):
        if is_page_script(html.value):
            continue  # the page's own fixed scripts
        assert (
            "<script" not in html.value and "<img" not in html.value and "<b>Acme" not in html.value
        )
    for md in at.markdown:
        assert "<script" not in md.value and "javascript:" not in md.value
    assert not at.exception


def test_a_refresh_brings_back_notes_fields_and_draft():
    at = pasted()
    at.text_input(key="field_candidate").input("Samantha Carter").run()
    at.button(key="draft").click().run()
    body = at.text_area(key="draft_body").value
    ws = at.query_params["ws"]
    again = open_app(ws)
    assert again.query_params["ws"] == ws
    assert again.text_area(key="notes").value == NOTES
    assert again.text_input(key="field_candidate").value == "Samantha Carter"
    assert again.text_area(key="draft_body").value == body
    assert "a server restart loses nothing" in shown_text(again)
    assert "All changes saved" in shown_text(again)
    again.button(key="new_workspace").click().run()
    assert again.query_params["ws"] != ws and again.text_area(key="notes").value == ""
    assert open_app(ws).text_area(key="notes").value == NOTES  # the old one is still there


def test_going_to_another_page_and_back_keeps_the_work():
    at = pasted()
    ws = at.query_params["ws"]
    at.switch_page("app_pages/evaluations.py").run()
    at.switch_page("app_pages/draft.py").run()
    assert at.text_area(key="notes").value == NOTES and at.query_params["ws"] == ws


def test_an_unknown_workspace_starts_afresh_with_a_note():
    at = open_app("gone-gone-gone-gone-gone")
    assert "gone" in at.warning[0].value
    assert at.query_params["ws"] != "gone-gone-gone-gone-gone"
    assert at.text_area(key="notes").value == ""
    assert at.button(key="draft").disabled


def test_every_widget_has_a_key():
    at = pasted()
    at.button(key="draft").click().run()
    kinds = (
        "button",
        "text_input",
        "text_area",
        "checkbox",
        "radio",
        "date_input",
        "number_input",
        "slider",
        "download_button",
        "data_editor",
        "link_button",
        "selectbox",
    )
    missing = [
        f"{k}: {getattr(w, 'label', '')}"
        for k in kinds
        for w in at.get(k)
        if not getattr(w, "key", None)
    ]
    assert missing == []


def test_the_evaluations_page_is_in_the_navigation():
    at = open_app()
    at.switch_page("app_pages/evaluations.py").run()
    assert at.title[0].value == "Evaluations"


def test_the_offline_page_never_imports_litellm():
    script = f"""
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({APP!r}, default_timeout=60).run()
at.text_area(key="notes").input({NOTES!r}).run()
at.button(key="draft").click().run()
at.button(key="tighten").click().run()
assert at.text_input(key="draft_subject").value, at.exception
print("litellm" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_when_the_notes_reader_fails_the_page_says_so_and_keeps_the_notes(monkeypatch) -> None:
    from assistant.notes import parse as parse_module

    def broken(text, today):
        raise RuntimeError("a rule that broke")

    monkeypatch.setattr(parse_module, "_parse", broken)
    at = pasted()
    assert at.text_area(key="notes").value == NOTES  # nothing the person typed is lost
    said = " ".join(w.value for w in at.warning)
    assert "could not read these notes" in said and "fill in the fields" in said
    at.text_input(key="field_company").input("Northwind Labs").run()
    assert "Northwind Labs" in at.text_input(key="field_company").value
