"""Take your data: every interview, draft and sent follow-up as one JSON file, and back again.

The file is validated strictly before anything is written, and an import is one transaction.
Round trip: export -> import into an empty database -> export gives the same file, because rows
are identified by `uid` (not by local ids) and keep their timestamps and revisions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import TrackError
from .migrations import LATEST
from .schedule import OUTCOMES
from .stages import SENDABLE
from .store import Store, editable_columns, iso_day
from .tracking import Interview, draft_to_dict

FORMAT = "followup"
SentStage = Literal[SENDABLE]  # type: ignore[valid-type]
Outcome = Literal[OUTCOMES]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PersonIn(_Strict):
    name: str = Field(min_length=1)
    title: str | None = None


class DraftIn(_Strict):
    subject: str = ""
    body: str
    stage: str = ""
    model: str = "offline"
    seed: int = 0
    incomplete: bool = False


class VersionIn(_Strict):
    stage: str = Field(min_length=1)
    recipient: str = ""
    subject: str = ""
    body: str
    model: str = "offline"
    seed: int = 0
    action: str = "draft"
    report: dict[str, Any] = {}
    created_at: str = Field(min_length=1)


class SentIn(_Strict):
    stage: SentStage
    recipient: str = ""
    sent_on: date
    subject: str = ""
    body: str = ""
    created_at: str = Field(min_length=1)


class InterviewIn(_Strict):
    uid: str = Field(min_length=1, max_length=64)
    company: str = ""
    role: str = ""
    interviewers: list[PersonIn] = []
    interview_date: date | None = None
    notes: str = ""
    decision_timeline: str | None = None
    decision_date: date | None = None
    candidate: str | None = None
    details: list[str] | None = None
    draft: DraftIn | None = None
    state: dict[str, Any] = {}
    outcome: Outcome | None = None
    outcome_on: date | None = None
    revision: int = Field(default=1, ge=1)
    created_at: str = Field(min_length=1)
    updated_at: str = Field(min_length=1)
    drafts: list[VersionIn] = []
    sent: list[SentIn] = []


class ExportIn(_Strict):
    format: Literal["followup"]
    schema_version: int = Field(ge=1, le=LATEST)
    interviews: list[InterviewIn]


def export_data(store: Store, interview_ids: list[int] | None = None) -> dict[str, Any]:
    """Everything (or the given interviews) as one JSON-ready dict, oldest interview first."""
    chosen = [i for i in store.list_interviews() if interview_ids is None or i.id in interview_ids]
    return {"format": FORMAT, "schema_version": LATEST,
            "interviews": [_interview_out(store, i) for i in chosen]}


def _interview_out(store: Store, iv: Interview) -> dict[str, Any]:
    assert iv.id is not None
    return {
        "uid": iv.uid, "company": iv.company, "role": iv.role,
        "interviewers": [{"name": p.name, "title": p.title} for p in iv.interviewers],
        "interview_date": iso_day(iv.interview_date), "notes": iv.notes,
        "decision_timeline": iv.decision_timeline, "decision_date": iso_day(iv.decision_date),
        "candidate": iv.candidate, "details": None if iv.details is None else list(iv.details),
        "draft": None if iv.draft is None else draft_to_dict(iv.draft), "state": iv.state,
        "outcome": iv.outcome, "outcome_on": iso_day(iv.outcome_on), "revision": iv.revision,
        "created_at": iv.created_at, "updated_at": iv.updated_at,
        "drafts": [{"stage": v.draft.stage, "recipient": v.recipient, "subject": v.draft.subject,
                    "body": v.draft.body, "model": v.draft.model, "seed": v.draft.seed,
                    "action": v.action, "report": v.report, "created_at": v.created_at}
                   for v in store.drafts(iv.id)],
        "sent": [{"stage": s.stage, "recipient": s.recipient, "sent_on": s.sent_on.isoformat(),
                  "subject": s.subject, "body": s.body, "created_at": s.created_at}
                 for s in store.sent(iv.id)],
    }


def dumps(data: dict[str, Any]) -> str:
    """The export file's text: stable key order, UTF-8 kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class ImportResult:
    """How many interviews an import added, replaced, and skipped (already present by uid)."""

    added: int
    replaced: int
    skipped: int

    @property
    def message(self) -> str:
        return (f"Imported {self.added} interview(s); replaced {self.replaced}; skipped "
                f"{self.skipped} already here (use --replace to overwrite them).")


def parse_export(text: str, source: str = "the import file") -> ExportIn:
    """Validate an export file; any problem is one TrackError naming where it is."""
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise TrackError(f"{source} is not JSON ({exc}); export one with "
                         "`followup track export`.") from None
    if not isinstance(raw, dict) or "interviews" not in raw:
        raise TrackError(f"{source} is not a Follow-up export (it has no list of interviews). "
                         "Choose a file made by “Export all” on the Dashboard or "
                         "`followup track export`. Nothing was imported.")
    try:
        return ExportIn.model_validate(raw)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()[:3]]
        more = f"; and {exc.error_count() - 3} more" if exc.error_count() > 3 else ""
        raise TrackError(f"{source} could not be read: {'; '.join(problems)}{more}. Nothing was "
                         "imported.") from None


def _problem(error: Any) -> str:
    """One validation error in words: 'interview 2, field "company": a string is needed'."""
    loc = [str(p) for p in error["loc"]]
    parts: list[str] = []
    for i, p in enumerate(loc):
        if p.isdigit() and i and loc[i - 1] in ("interviews", "drafts", "sent", "interviewers"):
            parts[-1] = f"{loc[i - 1].rstrip('s')} {int(p) + 1}"
        else:
            parts.append(f"field “{p}”")
    where = ", ".join(parts) or "the top level"
    what = "is missing" if error["type"] == "missing" else (
        "is not expected" if error["type"] == "extra_forbidden" else
        f"is not valid ({error['msg'].lower()})")
    return f"{where} {what}"


def import_data(store: Store, data: ExportIn | dict[str, Any] | str, *,
                replace: bool = False) -> ImportResult:
    """Add every interview in the file (all or nothing); one already here by uid is skipped or
    replaced."""
    parsed = data if isinstance(data, ExportIn) else parse_export(
        data if isinstance(data, str) else json.dumps(data))
    added = replaced = skipped = 0
    with store.transaction() as conn:
        for item in parsed.interviews:
            existing = conn.execute("SELECT id FROM interviews WHERE uid = ?", (item.uid,)).fetchone()
            if existing is not None and not replace:
                skipped += 1
                continue
            if existing is not None:
                conn.execute("DELETE FROM interviews WHERE id = ?", (existing["id"],))
                replaced += 1
            else:
                added += 1
            _insert(conn, item)
    return ImportResult(added, replaced, skipped)


def _insert(conn: Any, item: InterviewIn) -> None:
    from .domain import Draft, Interviewer

    interview = Interview(
        company=item.company, role=item.role,
        interviewers=tuple(Interviewer(p.name, p.title) for p in item.interviewers),
        interview_date=item.interview_date, notes=item.notes,
        decision_timeline=item.decision_timeline, decision_date=item.decision_date,
        candidate=item.candidate, details=None if item.details is None else tuple(item.details),
        draft=Draft(**item.draft.model_dump()) if item.draft else None, state=dict(item.state))
    values = editable_columns(interview) | {
        "uid": item.uid, "outcome": item.outcome, "outcome_on": iso_day(item.outcome_on),
        "revision": item.revision, "created_at": item.created_at, "updated_at": item.updated_at}
    cur = conn.execute(f"INSERT INTO interviews ({', '.join(values)}) VALUES "
                       f"({', '.join(':' + c for c in values)})", values)
    new_id = cur.lastrowid
    for v in item.drafts:
        conn.execute("INSERT INTO drafts (interview_id, stage, recipient, subject, body, model, "
                     "seed, action, report, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (new_id, v.stage, v.recipient, v.subject, v.body, v.model, v.seed, v.action,
                      json.dumps(v.report, ensure_ascii=False, sort_keys=True), v.created_at))
    for s in item.sent:
        conn.execute("INSERT INTO sent (interview_id, stage, recipient, sent_on, subject, body, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (new_id, s.stage, s.recipient, s.sent_on.isoformat(), s.subject, s.body,
                      s.created_at))
