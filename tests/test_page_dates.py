"""The Draft page with dates: an ambiguous date says how it was read and can be changed; a date
outside the window is ignored with a message (never a crash of the date widget); the sidebar
says where the work is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.app.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
NOTES = (
    "Interview with Priya Nair at Stripe, Date: {when}\nRole: Backend Engineer\n"
    "Me: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
)


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-27")
    for name in ("FOLLOWUP_DATE_ORDER", "LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def pasted(notes: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_area(key="notes").input(notes).run()
    assert not at.exception, at.exception
    return at


def test_an_ambiguous_date_says_how_it_was_read_and_the_person_can_change_it():
    at = pasted(
        "Interviewer: Priya Nair\nCompany: Stripe\nDate: 03/04/2026\n- talked about rate limiting\n"
    )
    assert at.date_input(key="field_interview_date").value == date(2026, 4, 3)
    assert any("“03/04/2026” read as **3 April** — change?" in c.value for c in at.caption)
    at.button(key="date_order_0").click().run()
    assert not at.exception
    assert at.date_input(key="field_interview_date").value == date(2026, 3, 4)
    assert any("read as **4 March**" in c.value for c in at.caption)
    assert at.text_area(key="notes").value.startswith("Interviewer: Priya Nair")  # kept as typed


@pytest.mark.parametrize("when", ["9999-12-30", "0001-01-01", "Dec 31 9999"])
def test_a_date_outside_the_window_is_ignored_with_a_message_not_a_crash(when):
    at = pasted(NOTES.format(when=when))
    assert at.date_input(key="field_interview_date").value is None
    assert any("Ignored" in w.value and "within 30 years" in w.value for w in at.warning)
    assert at.text_area(key="notes").value == NOTES.format(when=when)


def test_the_sidebar_says_where_the_work_is_saved(tmp_path, monkeypatch):
    target = tmp_path / "new-folder" / "followup.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(target))
    at = pasted(NOTES.format(when="2026-11-26"))
    at.run()
    shown = " ".join(c.value for c in at.sidebar.caption)
    assert f"Saved in {target}" in shown.replace("\\", "") and "was created" in shown
    assert target.exists()


def test_the_workspace_reads_dates_in_the_order_the_person_chose():
    ws = Workspace(today=date(2026, 11, 27))
    ws.set_notes("Date: 04/03/2026\nCompany: Acme")
    [reading] = ws.date_readings()
    ws.read_dates_as(reading.other_order)
    assert ws.date_readings()[0].read_as == reading.other
    assert ws.parsed.interview_date in (date(2026, 4, 3), date(2026, 3, 4))
