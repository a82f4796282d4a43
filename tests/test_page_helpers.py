"""The page's small helpers: the workspace store, API-key lookup, and escaped HTML fragments."""

from __future__ import annotations

import pytest

from assistant.app.html import checks_html, details_html, diff_html, facts_html, text_html
from assistant.app.tabs import WorkspaceStore, valid_id
from assistant.core.domain import Check, Report
from assistant.models.api_keys import find_api_key, key_name

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


# ------------------------------------------------------------------ store


def test_store_finds_a_workspace_by_id_and_makes_a_new_one_otherwise():
    store = WorkspaceStore()
    ws = store.create()
    assert valid_id(ws.id) and store.get(ws.id) is ws
    again, found = store.open(ws.id)
    assert found and again is ws
    other, found = store.open("no-such-workspace-id-123")
    assert not found and other is not ws and other.id in store


@pytest.mark.parametrize("bad", [None, "", "short", "../../etc/passwd", "a" * 65, 42, ["x" * 20]])
def test_store_ignores_ids_it_could_not_have_made(bad):
    assert WorkspaceStore().get(bad) is None


def test_store_is_bounded_and_drops_the_least_recently_used():
    store = WorkspaceStore(limit=3)
    a, b, c = store.create(), store.create(), store.create()
    store.get(a.id)  # a is now the most recent
    store.create()
    assert len(store) == 3 and a.id in store and b.id not in store and c.id in store


# ------------------------------------------------------------------ API keys


@pytest.mark.parametrize(
    "model, name",
    [
        ("offline", None),
        ("gpt-4o-mini", "OPENAI_API_KEY"),
        ("openai/x", "OPENAI_API_KEY"),
        ("anthropic/claude-3-5-haiku-latest", "ANTHROPIC_API_KEY"),
        ("claude-3-opus", "ANTHROPIC_API_KEY"),
        ("gemini/gemini-1.5-flash", "GEMINI_API_KEY"),
        ("ollama/llama3", None),
        ("", None),
        ("together_ai/meta-llama", "TOGETHER_AI_API_KEY"),
    ],
)
def test_key_name_per_model(model, name):
    assert key_name(model) == name


def test_environment_key_is_reported_but_not_passed():
    found = find_api_key("gpt-4o-mini", {}, {"OPENAI_API_KEY": "sk-env-123456"})
    assert found.where == "environment" and found.value is None
    assert "sk-env" not in found.describe() and "sk-env" not in repr(found)


def test_secrets_key_is_passed_but_never_shown():
    found = find_api_key("openai/x", {"OPENAI_API_KEY": "sk-sec-123456"}, {})
    assert found.value == "sk-sec-123456" and found.where == "Streamlit secrets"
    assert "sk-sec" not in found.describe() and "sk-sec" not in repr(found)
    generic = find_api_key("openai/x", {"api_key": "sk-gen-123456"}, {})
    assert generic.value == "sk-gen-123456"


def test_missing_key_says_how_to_fix_it():
    text = find_api_key("openai/x", {}, {}).describe()
    assert "OPENAI_API_KEY" in text and "secrets.toml" in text


def test_broken_secrets_do_not_break_the_lookup():
    class Broken(dict):
        def get(self, *a):
            raise FileNotFoundError("no secrets.toml")

    assert find_api_key("openai/x", Broken(), {}).value is None


# ------------------------------------------------------------------ HTML


def test_diff_marks_insertions_and_deletions_and_escapes_text():
    html = diff_html(
        [("equal", "Dear <b>Priya</b>, "), ("delete", EVIL), ("insert", "thanks & bye")]
    )
    assert "<ins>thanks &amp; bye</ins>" in html
    assert "<del>&lt;script&gt;" in html and "<script>" not in html and "<img" not in html
    assert "&lt;b&gt;Priya&lt;/b&gt;" in html
    assert "<script>" not in text_html(EVIL)


def test_details_highlight_missing_and_escape():
    html = details_html(["billing & Go"], [EVIL])
    assert "fu-miss" in html and "fu-hit" in html and "billing &amp; Go" in html
    assert "<script>" not in html and "<img" not in html


def test_checks_rows_show_mark_message_fix_and_fails_first():
    report = Report(
        50,
        False,
        (
            Check("length", "pass", "ok"),
            Check("subject", "fail", EVIL, "Use <i>x</i>"),
            Check("tone", "warn", "meh", ""),
        ),
    )
    html = checks_html(report)
    assert html.index("subject") < html.index("tone") < html.index("length")
    assert "✗" in html and "✓" in html and "Fix: Use &lt;i&gt;x&lt;/i&gt;" in html
    assert "<script>" not in html


def test_facts_flag_words_outside_the_range():
    html = facts_html(
        {"words": 140, "fk_grade": 6.2, "reading_ease": 70, "sentiment": 0.9}, 50, 125
    )
    assert "140" in html and "of 50–125" in html and html.count("fu-off") == 1


def test_markdown_text_shows_model_names_and_errors_literally():
    from assistant.app.html import markdown_text

    shown = markdown_text("**bold** [link](javascript:x) :red[y] $x$ <b>\nline")
    assert "\\*\\*bold\\*\\*" in shown and "\\[link\\]\\(javascript\\:x\\)" in shown
    assert "\\:red\\[y\\]" in shown and "\\$x\\$" in shown and "\n" not in shown
