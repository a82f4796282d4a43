"""The export file's format and its strict check: pydantic models with the page's own limits, and
`parse_export`, which validates a file (JSON Python can hold, field limits, integers SQLite can
store, dates in the window, every uid once) before anything is imported."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.core.dates import in_window, window_text
from assistant.core.errors import TrackError
from assistant.core.limits import (
    BODY_MAX_CHARS,
    DETAIL_MAX_CHARS,
    FIELD_MAX_CHARS,
    IMPORT_MAX_CHARS,
    MAX_DETAILS,
    MAX_PEOPLE,
    MAX_VERSIONS,
    NOTES_MAX_CHARS,
    SMALL_JSON_CHARS,
    SQLITE_INT,
    SUBJECT_MAX_CHARS,
    TIMELINE_MAX_CHARS,
)
from assistant.core.schedule import OUTCOMES
from assistant.core.stages import SENDABLE
from assistant.tracker.migrations import LATEST

FORMAT = "followup"
SentStage = Literal[SENDABLE]  # type: ignore[valid-type]
Outcome = Literal[OUTCOMES]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# The same limits as the page (assistant/core/limits.py), so an import cannot bring in what the page
# would never let anyone type; integers fit SQLite; stamps and labels are short.
Field200 = Annotated[str, Field(max_length=FIELD_MAX_CHARS)]
Label = Annotated[str, Field(max_length=100)]
Stamp = Annotated[str, Field(min_length=1, max_length=64)]
Seed = Annotated[int, Field(ge=-SQLITE_INT, le=SQLITE_INT)]
Subject = Annotated[str, Field(max_length=SUBJECT_MAX_CHARS)]
Body = Annotated[str, Field(max_length=BODY_MAX_CHARS)]


class PersonIn(_Strict):
    name: Field200 = Field(min_length=1)
    title: Field200 | None = None


class DraftIn(_Strict):
    subject: Subject = ""
    body: Body
    stage: Label = ""
    model: Field200 = "offline"
    seed: Seed = 0
    incomplete: bool = False


class VersionIn(_Strict):
    stage: Label = Field(min_length=1)
    recipient: Field200 = ""
    subject: Subject = ""
    body: Body
    model: Field200 = "offline"
    seed: Seed = 0
    action: Label = "draft"
    report: dict[str, Any] = {}
    created_at: Stamp


class SentIn(_Strict):
    stage: SentStage
    recipient: Field200 = ""
    sent_on: date
    subject: Subject = ""
    body: Body = ""
    created_at: Stamp


class InterviewIn(_Strict):
    uid: str = Field(min_length=1, max_length=64)
    company: Field200 = ""
    role: Field200 = ""
    interviewers: list[PersonIn] = Field(default=[], max_length=MAX_PEOPLE)
    interview_date: date | None = None
    notes: str = Field(default="", max_length=NOTES_MAX_CHARS)
    decision_timeline: str | None = Field(default=None, max_length=TIMELINE_MAX_CHARS)
    decision_date: date | None = None
    candidate: Field200 | None = None
    details: list[Annotated[str, Field(max_length=DETAIL_MAX_CHARS)]] | None = Field(
        default=None, max_length=MAX_DETAILS
    )
    draft: DraftIn | None = None
    state: dict[str, Any] = {}
    outcome: Outcome | None = None
    outcome_on: date | None = None
    revision: int = Field(default=1, ge=1, le=SQLITE_INT)
    created_at: Stamp
    updated_at: Stamp
    drafts: list[VersionIn] = Field(default=[], max_length=MAX_VERSIONS)
    sent: list[SentIn] = Field(default=[], max_length=MAX_VERSIONS)


class ExportIn(_Strict):
    format: Literal["followup"]
    schema_version: int = Field(ge=1, le=LATEST)
    interviews: list[InterviewIn]
    damaged: list[int] = []  # ids an export left out; nothing to import


def parse_export(text: str, source: str = "the import file", today: date | None = None) -> ExportIn:
    """Validate an export file; any problem is one TrackError naming where it is.

    Checked before anything is written: JSON that Python can hold (no 100,000-deep nesting, no
    lone surrogates), the page's field limits, integers SQLite can store, dates within the window
    around today, and every uid once.
    """
    nothing = "Nothing was imported."
    if len(text) > IMPORT_MAX_CHARS:
        raise TrackError(
            f"{source} is {len(text):,} characters, more than an export of "
            f"Follow-up can be ({IMPORT_MAX_CHARS:,}). {nothing}"
        )
    try:
        raw = json.loads(text)
        json.dumps(raw, ensure_ascii=False).encode("utf-8")  # lone surrogates cannot be stored
    except RecursionError:
        raise TrackError(
            f"{source} is nested too deeply to be an export of Follow-up. {nothing}"
        ) from None
    except UnicodeError:
        raise TrackError(
            f"{source} holds text that is not valid Unicode (a lone surrogate "
            f"such as \\ud800). {nothing}"
        ) from None
    except ValueError as exc:
        raise TrackError(
            f"{source} is not JSON ({_one_line(exc)}); export one with "
            f"`followup track export`. {nothing}"
        ) from None
    if not isinstance(raw, dict) or "interviews" not in raw:
        raise TrackError(
            f"{source} is not a Follow-up export (it has no list of interviews). "
            "Choose a file made by “Export all” on the Dashboard or "
            f"`followup track export`. {nothing}"
        )
    try:
        parsed = ExportIn.model_validate(raw)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()[:3]]
        more = f"; and {exc.error_count() - 3} more" if exc.error_count() > 3 else ""
        said = " ".join(f"{'; '.join(problems)}{more}".split())  # a field named "8!\n" too
        raise TrackError(f"{source} could not be read: {said}. {nothing}") from None
    except RecursionError:
        raise TrackError(
            f"{source} is nested too deeply to be an export of Follow-up. {nothing}"
        ) from None
    _check_contents(parsed, source, today or date.today())
    return parsed


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]


def _check_contents(parsed: ExportIn, source: str, today: date) -> None:
    """What one field's type cannot say: dates in the window, small JSON blobs, unique uids."""
    seen: dict[str, int] = {}
    for n, item in enumerate(parsed.interviews):
        if item.uid in seen:
            raise TrackError(
                f"{source}: interviews.{seen[item.uid]} and interviews.{n} have the "
                f"same uid {item.uid!r}, so one would be lost. Nothing was "
                "imported; give one of them a new uid, or remove it."
            )
        seen[item.uid] = n
        days = {
            "interview_date": item.interview_date,
            "decision_date": item.decision_date,
            "outcome_on": item.outcome_on,
        }
        days |= {f"sent.{k}.sent_on": s.sent_on for k, s in enumerate(item.sent)}
        for name, day in days.items():
            if not in_window(day, today):
                raise TrackError(
                    f"{source}: interviews.{n}.{name}: {day} is not a date "
                    f"{window_text(today)}. Nothing was imported."
                )
        blobs = {"state": item.state} | {
            f"drafts.{k}.report": v.report for k, v in enumerate(item.drafts)
        }
        for name, blob in blobs.items():
            try:
                size = len(json.dumps(blob, ensure_ascii=False))
            except (ValueError, TypeError, RecursionError):
                size = SMALL_JSON_CHARS + 1
            if size > SMALL_JSON_CHARS:
                raise TrackError(
                    f"{source}: interviews.{n}.{name} is larger than Follow-up "
                    f"ever writes ({SMALL_JSON_CHARS:,} characters). Nothing was "
                    "imported."
                )


def _problem(error: Any) -> str:
    """One validation error in words: 'interview 2, field "company": a string is needed'."""
    loc = [str(p) for p in error["loc"]]
    parts: list[str] = []
    for i, p in enumerate(loc):
        if p.isdigit() and i and loc[i - 1] in ("interviews", "drafts", "sent", "interviewers"):
            parts[-1] = f"{loc[i - 1].rstrip('s')} {int(p) + 1}"
        else:
            parts.append(f"field “{p}”")
    dotted = ".".join(loc)
    where = ", ".join(parts) or "the top level"
    what = (
        "is missing"
        if error["type"] == "missing"
        else (
            "is not expected"
            if error["type"] == "extra_forbidden"
            else f"is not valid ({error['msg'].lower()})"
        )
    )
    return f"{where} {what}" + (f" [{dotted}]" if dotted else "")
