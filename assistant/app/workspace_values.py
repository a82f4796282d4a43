"""The small values a Workspace holds and shows: its field names and stage choices, today (or
FOLLOWUP_TODAY), stage labels, talking-point kinds in words, and the Detail, Saved and DateReading
records."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from assistant.core.limits import DETAIL_MAX_CHARS

FIELDS = ("interviewers", "company", "role", "candidate", "interview_date")
AUTO = "auto"  # follow the suggested stage
ENDED = ("move_on", "stop")  # schedule actions after which nothing more is sent
MAX_DETAIL_CHARS = DETAIL_MAX_CHARS
# Fields a drafted email is written around: changing one makes the draft out of date.
DRAFTED_FOR = ("company", "role", "interviewers", "candidate")


def today() -> date:
    """Today, or FOLLOWUP_TODAY (YYYY-MM-DD) for demos and tests."""
    value = os.environ.get("FOLLOWUP_TODAY", "").strip()
    return date.fromisoformat(value) if value else date.today()


KIND_LABELS = {
    "their_work": "their work",
    "their_question": "a question they asked",
    "my_work": "your work",
    "shared_interest": "in common",
    "discussed": "discussed",
}


@dataclass
class Detail:
    """One detail the email should mention; `source` is 'notes' (parsed) or 'you' (typed)."""

    text: str
    use: bool = True
    source: str = "notes"


@dataclass
class Saved:
    """Where this work is kept in the tracker database; assistant/app/autosave.py keeps it current."""

    interview_id: int | None = None
    uid: str = ""
    revision: int = 0  # the revision last loaded or written: the next save's compare-and-set
    fingerprint: str = ""  # what was last written, so a save happens only when something changed
    at: float | None = None  # when it was last written (monotonic seconds)
    versions: int = 0  # how many history versions are already kept in the tracker
    panels: int = 0  # how many panel drafts (see Workspace.panel_version) are kept
    note: str = ""  # what the page should say about the last save (another tab, an error)


@dataclass(frozen=True)
class DateReading:
    """An ambiguous date as written, how it was read, and the other reading on offer."""

    written: str
    read_as: str  # "3 April"
    other: str  # "4 March"
    other_order: str  # the date order that gives `other`
