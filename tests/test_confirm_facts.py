"""A fact the notes reader only guessed (an employer named in passing, a job it could not find,
no interviewer or a crowd of them) keeps a draft from being called ready until the person
confirms it; an email that names another employer than the notes fails (issues 11 and 12)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.app import autosave
from assistant.app.restore import restore
from assistant.app.workspace import Workspace
from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.models import llm
from assistant.notes.evidence import unsure
from assistant.notes.parse import parse_notes
from assistant.tracker.store import Store

TODAY = date(2026, 11, 27)
APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
# the employer and the job only in passing prose, in the third line
PROSE = """Thursday, quick one.
Spoke with Dana Reyes, she runs dispatch, and Omar who drives nights.
They said the depot for Halden Freight is moving, and I'd be a Night Dispatcher there.
- talked about the new route planning software they are rolling out
"""
HEADED = """Halden Freight – Night Dispatcher
Spoke with Dana Reyes (dispatch manager, decides) and Omar.
- talked about the new route planning software they are rolling out
"""


@pytest.mark.parametrize(
    ("text", "company", "role", "people", "expected"),
    [
        ("Halden Freight – Night Dispatcher\n- routes", "Halden Freight", "Night Dispatcher",
         ["Dana"], ()),
        ("Notes\nThursday\nCompany: Halden Freight\nRole: Night Dispatcher", "Halden Freight",
         "Night Dispatcher", ["Dana"], ()),
        ("Subject: Interview – Night Dispatcher, Halden Freight", "Halden Freight",
         "Night Dispatcher", ["Dana"], ()),
        (PROSE, "Halden Freight", "Night Dispatcher", ["Dana Reyes"], ("company", "role")),
        ("notes\n- talked about routes", None, None, [], ("company", "role", "interviewers")),
        ("Halden Freight – Night Dispatcher", "Halden Freight", "Night Dispatcher",
         ["A", "B", "C", "D", "E"], ("interviewers",)),
    ],
)  # fmt: skip
def test_a_fact_is_sure_only_in_a_heading_or_a_labelled_line(
    text: str, company: str | None, role: str | None, people: list[str], expected: tuple[str, ...]
) -> None:
    assert unsure(text, company, role, people) == expected


def test_a_guessed_fact_keeps_a_draft_from_being_ready_until_confirmed() -> None:
    notes = parse_notes(PROSE, TODAY).with_overrides(company="Halden Freight")
    assert "role" in notes.unsure and "company" not in notes.unsure  # an edited field is settled
    draft = draft_email(DraftRequest(notes, "thank_you"))
    report = check(draft, notes, "thank_you")
    confirm = next(c for c in report.checks if c.id == "confirm")
    assert confirm.status == "fail" and not report.passed
    assert "the job" in confirm.message and "They're right" in confirm.fix
    sure = notes.with_overrides(confirmed=("role", "interviewers"))
    assert next(c for c in check(draft, sure, "thank_you").checks if c.id == "confirm").status == (
        "pass"
    )


def test_notes_that_state_the_facts_need_no_confirming() -> None:
    notes = parse_notes(HEADED, TODAY)
    assert notes.unsure == ()
    draft = draft_email(DraftRequest(notes, "thank_you"))
    assert check(draft, notes, "thank_you").passed


NOTES = Notes(
    text="Okonkwo Construction – Site Supervisor\n- Chidi Obi, ops director",
    interviewers=(Interviewer("Chidi Obi", "ops director", "Chidi", "lead"),),
    company="Okonkwo Construction",
    role="Site Supervisor",
)


def _email(sentence: str) -> Draft:
    return Draft(
        "Following up – Site Supervisor",
        f"Dear Chidi,\n\nI wanted to follow up on my interview for the Site Supervisor role. "
        f"{sentence}\n\nIs there any update on the next steps?\n\nBest regards,\nJo Park",
        "status_check",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain very interested in contributing to Civil.",
        "I remain very interested in the Site Supervisor role at Prev Job.",
        "I remain very interested in joining Routing.",
    ],
)
def test_an_email_that_names_another_employer_fails(sentence: str) -> None:
    role = next(c for c in check(_email(sentence), NOTES, "status_check").checks if c.id == "role")
    assert role.status == "fail" and "your notes say “Okonkwo Construction”" in role.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain very interested in contributing to Okonkwo Construction.",
        "I remain very interested in contributing to Okonkwo's safety programme.",
        "I would be glad to contribute to Q3 planning at Okonkwo Construction.",
        "I remain very interested in joining Chidi and the team at Okonkwo Construction.",
    ],
)
def test_the_employer_the_notes_name_passes(sentence: str) -> None:
    role = next(c for c in check(_email(sentence), NOTES, "status_check").checks if c.id == "role")
    assert role.status == "pass", role.message


def test_the_page_workspace_confirms_once_and_asks_again_when_the_reading_changes() -> None:
    ws = Workspace(today=TODAY)
    ws.set_notes(PROSE)
    assert [f for f, _ in ws.unsure_facts()] == ["company", "role"]
    ws.draft(llm.ModelSettings())
    assert not ws.report().passed
    assert "They're right" in ws.next_step(ws.report())
    ws.confirm_facts()
    assert ws.unsure_facts() == [] and ws.report().passed
    # the notes change and the reader now guesses another employer: asked again
    ws.set_notes(PROSE.replace("Halden Freight", "Marlow Haulage"))
    assert [f for f, _ in ws.unsure_facts()] == ["company"]


def test_a_confirmation_is_saved_and_restored() -> None:
    store = Store()
    ws = Workspace(id="c" * 22, today=TODAY)
    ws.set_notes(PROSE)
    ws.confirm_facts()
    autosave.save(ws, store, 1.0)
    back = restore(store, store.get_interview(1), "d" * 22, TODAY)
    assert back.unsure_facts() == []


def test_the_page_asks_to_check_guessed_facts_and_they_are_right_settles_them(
    monkeypatch,
) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("FOLLOWUP_TODAY", TODAY.isoformat())
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_area(key="notes").input(PROSE).run()
    said = " ".join(i.value for i in at.info)
    assert "Check before sending" in said and "the employer (“Halden Freight”)" in said
    at.button(key="confirm_facts").click().run()
    assert not at.exception
    assert "Check before sending" not in " ".join(i.value for i in at.info)
