"""Stored rows and records, both ways: the columns a save writes, interviews, drafted versions and
sent follow-ups read back, and a row that cannot be read kept visible as damaged."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from assistant.core.domain import Draft, Interviewer
from assistant.core.errors import TrackError
from assistant.core.schedule import normalise_outcome
from assistant.tracker.records import (
    DraftVersion,
    Interview,
    SentEmail,
    draft_from_dict,
    draft_to_dict,
)

EDITABLE = (
    "company",
    "role",
    "interviewers",
    "interview_date",
    "notes",
    "decision_timeline",
    "decision_date",
    "candidate",
    "details",
    "draft",
    "state",
)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def stored_day(text: str | None) -> date | None:
    """A stored ISO day; a bad one raises ValueError (the row is then read as damaged)."""
    return date.fromisoformat(text) if text else None


def editable_columns(interview: Interview) -> dict[str, Any]:
    """The columns a save writes: what the person types, never the outcome or bookkeeping."""
    people = [{"name": p.name, "title": p.title} for p in interview.interviewers]
    return {
        "company": interview.company,
        "role": interview.role,
        "interviewers": json.dumps(people, ensure_ascii=False),
        "interview_date": iso_day(interview.interview_date),
        "notes": interview.notes,
        "decision_timeline": interview.decision_timeline,
        "decision_date": iso_day(interview.decision_date),
        "candidate": interview.candidate,
        "details": None
        if interview.details is None
        else json.dumps(list(interview.details), ensure_ascii=False),
        "draft": None
        if interview.draft is None
        else json.dumps(draft_to_dict(interview.draft), ensure_ascii=False),
        "state": json.dumps(interview.state, ensure_ascii=False, sort_keys=True),
    }


def interview_from_row(row: sqlite3.Row) -> Interview:
    """The stored interview; a row that cannot be read comes back marked `damaged`, never raises."""
    try:
        return _interview_from_row(row)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, TrackError) as exc:
        return damaged_interview(row, exc)


def _interview_from_row(row: sqlite3.Row) -> Interview:
    people = tuple(
        Interviewer(_text(p["name"]), None if p.get("title") is None else _text(p["title"]))
        for p in json.loads(row["interviewers"])
    )
    details = json.loads(row["details"]) if row["details"] is not None else None
    if details is not None and not isinstance(details, list):
        raise TypeError("details is not a list")
    state = json.loads(row["state"] or "{}")
    if not isinstance(state, dict):
        raise TypeError("state is not an object")
    return Interview(
        company=_text(row["company"]),
        role=_text(row["role"]),
        interviewers=people,
        interview_date=stored_day(row["interview_date"]),
        notes=_text(row["notes"]),
        decision_timeline=row["decision_timeline"],
        decision_date=stored_day(row["decision_date"]),
        candidate=row["candidate"],
        details=tuple(_text(d) for d in details) if details is not None else None,
        draft=draft_from_dict(json.loads(row["draft"])) if row["draft"] else None,
        state=state,
        outcome=normalise_outcome(row["outcome"]),
        outcome_on=stored_day(row["outcome_on"]),
        id=row["id"],
        uid=row["uid"],
        revision=row["revision"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def damaged_interview(row: sqlite3.Row, exc: BaseException) -> Interview:
    """What can be shown of a row that cannot be read: its id, uid, names, and what is wrong."""

    def text(key: str) -> str:
        value = row[key] if key in row.keys() else ""  # noqa: SIM118 - a Row iterates values
        return value if isinstance(value, str) else ""

    why = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
    return Interview(
        company=text("company"),
        role=text("role"),
        notes=text("notes"),
        id=row["id"],
        uid=text("uid"),
        created_at=text("created_at"),
        updated_at=text("updated_at"),
        damaged=why,
    )


def version_from_row(row: sqlite3.Row) -> DraftVersion:
    draft = Draft(
        subject=row["subject"],
        body=row["body"],
        stage=row["stage"],
        model=row["model"],
        seed=row["seed"],
    )
    return DraftVersion(
        id=row["id"],
        interview_id=row["interview_id"],
        draft=draft,
        report=json.loads(row["report"] or "{}"),
        action=row["action"],
        recipient=row["recipient"],
        created_at=row["created_at"],
    )


def sent_from_row(row: sqlite3.Row) -> SentEmail:
    return SentEmail(
        id=row["id"],
        interview_id=row["interview_id"],
        stage=row["stage"],
        sent_on=date.fromisoformat(row["sent_on"]),
        subject=row["subject"],
        body=row["body"],
        recipient=row["recipient"],
        created_at=row["created_at"],
    )


def plain_value(value: Any) -> Any:
    """A stored value as JSON can hold it (bytes as text, surrogates kept visible)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    if isinstance(value, str):
        return value.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return value


class DamagedRow(TrackError):
    """A stored row that cannot be read; export --raw and delete still work."""
