"""The page keeps private lines on this machine, lets the person flip one, and names each
talking point's kind (issues 11 and 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.app.workspace import Workspace
from assistant.drafting.pipeline import DraftRequest

NOTES = """Interview w/ Priya Nair (Engineering Manager) @ Stripe for Backend Engineer, Nov 24
- she walked me through their new ledger service
- I told them about the billing retry queue I built at Acme
Private: they said 180-200k, I want 210
note to self: don't mention the Plaid offer
"""


APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-25")


def workspace() -> Workspace:
    ws = Workspace(today=date(2026, 11, 25))
    ws.set_notes(NOTES)
    return ws


def sent_text(ws: Workspace) -> str:
    return " ".join(m["content"] for m in DraftRequest(ws.notes(), "thank_you").messages())


def test_private_lines_are_listed_and_never_reach_the_model() -> None:
    ws = workspace()
    lines = [line for line, private in ws.private_choices() if private]
    assert any("180-200k" in x for x in lines) and any("Plaid" in x for x in lines)
    assert "180-200k" not in sent_text(ws) and "Plaid" not in sent_text(ws)


def test_a_line_the_person_shares_goes_to_the_model_and_one_they_mark_stays() -> None:
    ws = workspace()
    plaid = next(line for line, _ in ws.private_choices() if "Plaid" in line)
    ws.keep_private(plaid, False)
    assert "Plaid" in sent_text(ws)
    ws.keep_private("- I told them about the billing retry queue I built at Acme", True)
    assert "billing retry queue" not in sent_text(ws)


def test_details_say_what_kind_of_point_they_are() -> None:
    ws = workspace()
    kinds = {d.text: ws.detail_kind(d.text) for d in ws.details}
    assert kinds["their new ledger service"] == "their work"
    assert kinds["the billing retry queue I built at Acme"] == "your work"


def test_the_page_shows_what_stays_on_this_machine() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_area(key="notes").input(NOTES).run()
    titles = [e.label for e in at.expander]
    assert any(t.startswith("Stays on this machine (2)") for t in titles)
    boxes = [c for c in at.checkbox if "180-200k" in c.label or "Plaid" in c.label]
    assert len(boxes) == 2 and all(c.value for c in boxes)
    assert "their work" in [c.value for c in at.caption]
