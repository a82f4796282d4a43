"""What every command reads from its command line and files: dates, `--sent`, details, the notes,
and the sign-off name; a value that cannot be used is a BadInput (exit 2, one line on stderr).

Exit codes: 0 done (check: passed); 1 a check failed / nothing to send; 2 bad input; 3 model error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from assistant.core.dates import in_window, window_text
from assistant.core.domain import CONFIRMABLE, Notes, SentFollowUp
from assistant.core.errors import FollowUpError
from assistant.tracker.profile import load_profile
from assistant.tracker.store import Store, default_path

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_MODEL = 0, 1, 2, 3
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999  # what --today itself may be
NAME_ENV = "FOLLOWUP_NAME"


class BadInput(FollowUpError):
    """A command-line argument or input file that cannot be used."""


def read_text(source: str) -> str:
    """A file's text, or stdin for '-'; invalid UTF-8 is replaced, never fatal."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {source}: {exc.strerror or exc}.") from None
    return data.decode("utf-8", errors="replace")


def day_option(value: str | None, what: str, today: date | None = None) -> date | None:
    """An ISO date option; with `today`, it must lie in the window around it (dates.window)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{what} must be a date like 2026-11-27, not {value!r}.") from None
    if today is not None:
        if not in_window(day, today):
            raise BadInput(f"{what} must be a date {window_text(today)}, not {value!r}.")
    elif not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise BadInput(
            f"{what} must be a date between {EARLIEST_YEAR} and {LATEST_YEAR}, not {value!r}."
        )
    return day


def today_from(value: str | None) -> date:
    """--today, or the real today."""
    return day_option(value, "--today") or date.today()


def parse_sent(values: Sequence[str], today: date | None = None) -> list[SentFollowUp]:
    sent = []
    for value in values:
        stage, _, day = value.partition(":")
        parsed = day_option(day, f"--sent {value!r}", today or date.today())
        if not stage or parsed is None:
            raise BadInput(f"--sent takes STAGE:DATE, e.g. thank_you:2026-11-20, not {value!r}.")
        sent.append(SentFollowUp(stage.strip(), parsed))
    return sent


def split_details(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(d.strip() for d in value.replace("\n", ";").split(";") if d.strip())


def split_names(value: str | None) -> list[str] | None:
    """--interviewer 'A, B' as ['A', 'B']."""
    return [n.strip() for n in value.split(",") if n.strip()] if value else None


def read_notes_options(source: str, today: date, fields: dict[str, Any]) -> Notes:
    """The notes file (or stdin) read, with the notes options (`notes_options`) winning."""
    # lazy: the notes reader brings dateparser and the prompt templates' jinja2 (~150 ms), which
    # `due --interview-date`, `profile` and `check --help` never need
    from assistant.drafting.pipeline import read_notes

    notes = read_notes(
        read_text(source),
        today=today,
        company=fields["company"],
        role=fields["role"],
        candidate=fields["candidate"] or fields["name"],
        interviewers=[n.strip() for n in fields["interviewer"].split(",")]
        if fields["interviewer"]
        else None,
        details=split_details(fields["details"]),
        confirmed=CONFIRMABLE if fields.get("confirmed") else (),
    )
    if not notes.candidate and (name := your_name()):
        notes = replace(notes, candidate=name)
    return notes


def your_name() -> str | None:
    """The sign-off name when neither --name nor the notes give one: FOLLOWUP_NAME, else the
    profile saved in the tracker (read only if the tracker already exists)."""
    if name := " ".join(os.environ.get(NAME_ENV, "").split()):
        return name
    if not default_path().is_file():
        return None
    try:
        return load_profile(Store()).name or None
    except FollowUpError:
        return None
