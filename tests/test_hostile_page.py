"""Hostile input through the Draft page (AppTest): the table of tests/test_hostile_input.py.

For each input: paste it into the notes box and click Draft (or, when Draft is disabled, read why;
when only the schedule blocks it, tick "Draft it anyway" and draft). Then: no exception, a clear
message or a draft, the notes box still holds exactly what was typed (also after a refresh), and no
HTML or script from the notes reaches a markdown or HTML element unescaped.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_hostile_input import CASES, Hostile, _text

from assistant.app.email_box import is_page_script

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")

# The most distinct rows of the shared table (each page run costs a fraction of a second, but the
# library and CLI suites already cover every row).
PAGE_CASES = (
    "empty",
    "whitespace-only",
    "one-megabyte",
    "invalid-utf8-and-nul",
    "right-to-left",
    "zero-width-combining-emoji",
    "html-and-script",
    "template-syntax",
    "prompt-injection",
    "one-10000-character-word",
    "date-feb-30",
    "date-1900",
    "date-2099",
)
# Where the page words a refusal differently from the library's NotesError.
PAGE_MESSAGE = {"empty": "Paste your notes first", "whitespace-only": "Paste your notes first"}
KNOWN_BUGS: dict[str, str] = {}  # case id -> why it fails today (strict xfail)
# Element kinds whose values Streamlit renders as markdown or HTML.
RENDERED = (
    "markdown",
    "caption",
    "html",
    "error",
    "warning",
    "info",
    "success",
    "title",
    "subheader",
    "header",
    "metric",
    "expander",
    "exception",
)
MESSAGES = ("error", "warning", "info", "caption")
RAW_TAG = re.compile(r"(?<!\\)<\s*(script|img|iframe|svg|object)\b", re.IGNORECASE)


def _params() -> list:
    by_id = {c.id: c for c in CASES}
    missing = [i for i in PAGE_CASES if i not in by_id]
    assert not missing, f"tests/test_hostile_input.py no longer has {missing}: update this list"
    params = []
    for case_id in PAGE_CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case_id])]
            if case_id in KNOWN_BUGS
            else []
        )
        params.append(pytest.param(by_id[case_id], id=case_id, marks=marks))
    return params


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-27")


def _open(ws: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if ws:
        at.query_params["ws"] = ws
    return at.run()


def _no_exception(at: AppTest, when: str) -> None:
    assert not at.exception, f"{when}: " + "\n".join(e.value for e in at.exception)


def _values(at: AppTest, kinds: tuple[str, ...]) -> list[str]:
    out = []
    for kind in kinds:
        for el in at.get(kind):
            out.extend(str(getattr(el, attr, "") or "") for attr in ("value", "label", "body"))
    return out


def _plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def _keyed(at: AppTest, kind: str, key: str):
    return next((w for w in at.get(kind) if getattr(w, "key", None) == key), None)


def _drafted(at: AppTest) -> tuple[str, str] | None:
    subject, body = _keyed(at, "text_input", "draft_subject"), _keyed(at, "text_area", "draft_body")
    if subject is None or body is None:
        return None
    return subject.value, body.value


def _assert_nothing_rendered_raw(at: AppTest) -> None:
    for value in _values(at, RENDERED):
        if is_page_script(value):
            continue  # the page's own fixed scripts (assistant/app/email_box.py)
        assert not RAW_TAG.search(value), value[:300]
        assert "](javascript:" not in value.lower(), value[:300]


@pytest.mark.parametrize("case", _params())
def test_the_page_gives_a_message_or_a_draft_and_keeps_the_notes(case: Hostile):
    typed = _text(case.notes)  # what a browser would send for a file with invalid UTF-8
    at = _open()
    at.text_area(key="notes").input(typed).run()
    _no_exception(at, "after pasting")
    draft = _keyed(at, "button", "draft")
    assert draft is not None, "no Draft button"
    if draft.disabled and _keyed(at, "checkbox", "draft_early") is not None and not case.error:
        at.checkbox(key="draft_early").check().run()  # only the schedule stands in the way
        _no_exception(at, "after Draft it anyway")
        draft = at.button(key="draft")
    if not draft.disabled:
        draft.click().run()
        _no_exception(at, "after Draft")
    shown = _plain("\n".join(_values(at, MESSAGES)))
    result = _drafted(at)
    if case.error:
        assert result is None and draft.disabled
        assert PAGE_MESSAGE.get(case.id, case.message) in shown, shown
    else:
        assert result is not None, f"no draft and no message: {shown}"
        subject, body = result
        assert subject.strip() and body.strip()
        for bad in case.never:
            assert bad not in subject + body, bad
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", subject + body), repr(subject + body)
        assert not at.error, [e.value for e in at.error]
    assert at.text_area(key="notes").value == typed  # nothing typed is lost …
    _assert_nothing_rendered_raw(at)
    again = _open(at.query_params["ws"])  # … not even by a refresh
    _no_exception(again, "after a refresh")
    assert again.text_area(key="notes").value == typed
    if result is not None:
        assert again.text_area(key="draft_body").value == result[1]


# (the offline drafter drops the tags from a detail, so that one is checked on the score card)
TYPED_DETAILS = [
    pytest.param(
        "template-syntax",
        "the {{ 7*7 }} template and {__class__} lookups",
        True,
        id="template-syntax",
    ),
    pytest.param(
        "html-and-script",
        "the <script>alert('x')</script> widget and <img src=x onerror=alert(1)> tags",
        False,
        id="html-and-script",
    ),
]


@pytest.mark.parametrize("case_id, detail, in_email", TYPED_DETAILS)
def test_a_typed_detail_comes_out_literally_and_inert(case_id: str, detail: str, in_email: bool):
    """The parser tidies what it picks from the notes; a detail typed into the table is used as
    typed: never evaluated, shown literally and escaped wherever HTML is rendered."""
    case = next(c for c in CASES if c.id == case_id)
    at = _open()
    at.text_area(key="notes").input(case.notes).run()
    while ticked := [c for c in at.checkbox if "_use_" in str(c.key) and c.value]:
        ticked[0].uncheck().run()  # untick what was parsed (each change renews the row keys)
    next(t for t in at.text_input if str(t.key).endswith("_new")).input(detail).run()
    at.button(key="draft").click().run()
    _no_exception(at, "after Draft")
    subject, body = _drafted(at) or ("", "")
    if in_email:
        assert detail in body  # word for word in the email (a text box: shown, never rendered)
    assert at.text_area(key="notes").value == case.notes
    cards = _values(at, ("html",))
    assert any(detail in unescape(html) for html in cards), "not on the score card"
    email = "\n".join([subject, body, *_values(at, ("code",))])
    assert not re.search(r"\b49\b", email) and "<class" not in email
    assert "dict_items" not in email and "/root" not in email
    _assert_nothing_rendered_raw(at)
