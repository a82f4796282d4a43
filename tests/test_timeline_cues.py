"""When the notes say they decide: a cue and a time in one sentence, shorthand included; a
private line's date is never their timeline; and the notes reader keeps it for the status check."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.notes.parse import parse_notes
from assistant.notes.timeline_cues import mentions_time, stated_timeline


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("- decision by end of next wk, HR sends the offer if yes", "decision by end of next wk"),
        ("results mailed within 3 weeks", "results mailed within 3 weeks"),
        ("she said I'd hear in the next couple of weeks", "hear in the next couple of weeks"),
        ("they loved the portfolio, great vibe", None),
    ],
)
def test_a_cue_and_a_time_make_a_timeline(text: str, want: str | None) -> None:
    assert stated_timeline(text) == want


def test_a_private_line_is_not_their_timeline() -> None:
    line = "note to self: my other offer expires Dec 4"
    assert stated_timeline(line, (line.lower(),)) is None


def test_mentions_time_reads_days_dates_and_spans() -> None:
    assert mentions_time("You mentioned a decision by Friday.")
    assert mentions_time("within two weeks of our interview")
    assert not mentions_time("I remain very interested in the role.")


def test_the_reader_keeps_a_stated_timeline_and_never_greets_a_weekday() -> None:
    notes = parse_notes(
        "Dispatcher interview at Harbor Freight Lines with Gus Romero (ops manager)\n"
        "Gus said call me thurs/fri if I have questions\n"
        "- decision by end of next wk\n- they run 40 trucks",
        date(2026, 12, 1),
    )
    assert notes.decision_timeline
    assert all(p.greet != "Thurs" for p in notes.interviewers)
