"""Take your data: every interview, draft and sent follow-up as one JSON file, and back again.

The file is validated strictly before anything is written, and an import is one transaction.
Round trip: export -> import into an empty database -> export gives the same file, because rows
are identified by `uid` (not by local ids) and keep their timestamps and revisions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.core.domain import Draft, Interviewer
from assistant.core.errors import TrackError
from assistant.tracker.export_format import FORMAT, ExportIn, InterviewIn, parse_export
from assistant.tracker.migrations import LATEST
from assistant.tracker.records import Interview, draft_to_dict
from assistant.tracker.rows import editable_columns, iso_day
from assistant.tracker.store import DamagedRow, Store


def export_data(store: Store, interview_ids: list[int] | None = None) -> dict[str, Any]:
    """Everything (or the given interviews) as one JSON-ready dict, oldest interview first.

    A damaged interview (one whose rows cannot be read) is left out and named under "damaged";
    `raw_export` keeps it as stored."""
    chosen = [i for i in store.list_interviews() if interview_ids is None or i.id in interview_ids]
    out, damaged = [], []
    for iv in chosen:
        try:
            out.append(_interview_out(store, iv)) if not iv.damaged else damaged.append(iv)
        except (DamagedRow, ValueError, TypeError, KeyError, OverflowError):
            damaged.append(iv)
    data: dict[str, Any] = {"format": FORMAT, "schema_version": LATEST, "interviews": out}
    if damaged:
        data["damaged"] = [iv.id for iv in damaged]
    return data


def raw_export(store: Store, interview_ids: list[int] | None = None) -> dict[str, Any]:
    """Every row exactly as stored, damaged ones included: for rescue by hand, not for import."""
    return {
        "format": "followup-raw",
        "schema_version": LATEST,
        "interviews": store.raw_rows(interview_ids),
    }


def _interview_out(store: Store, iv: Interview) -> dict[str, Any]:
    assert iv.id is not None
    return {
        "uid": iv.uid,
        "company": iv.company,
        "role": iv.role,
        "interviewers": [{"name": p.name, "title": p.title} for p in iv.interviewers],
        "interview_date": iso_day(iv.interview_date),
        "notes": iv.notes,
        "decision_timeline": iv.decision_timeline,
        "decision_date": iso_day(iv.decision_date),
        "candidate": iv.candidate,
        "details": None if iv.details is None else list(iv.details),
        "draft": None if iv.draft is None else draft_to_dict(iv.draft),
        "state": iv.state,
        "outcome": iv.outcome,
        "outcome_on": iso_day(iv.outcome_on),
        "revision": iv.revision,
        "created_at": iv.created_at,
        "updated_at": iv.updated_at,
        "drafts": [
            {
                "stage": v.draft.stage,
                "recipient": v.recipient,
                "subject": v.draft.subject,
                "body": v.draft.body,
                "model": v.draft.model,
                "seed": v.draft.seed,
                "action": v.action,
                "report": v.report,
                "created_at": v.created_at,
            }
            for v in store.drafts(iv.id)
        ],
        "sent": [
            {
                "stage": s.stage,
                "recipient": s.recipient,
                "sent_on": s.sent_on.isoformat(),
                "subject": s.subject,
                "body": s.body,
                "created_at": s.created_at,
            }
            for s in store.sent(iv.id)
        ],
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
        return (
            f"Imported {self.added} interview(s); replaced {self.replaced}; skipped "
            f"{self.skipped} already here (use --replace to overwrite them)."
        )


def import_data(
    store: Store, data: ExportIn | dict[str, Any] | str, *, replace: bool = False
) -> ImportResult:
    """Add every interview in the file (all or nothing); one already here by uid is skipped, or
    with `replace` overwritten in place: it keeps its id, so links and CLI ids stay valid."""
    if isinstance(data, ExportIn):
        parsed = data
    else:
        try:
            text = data if isinstance(data, str) else json.dumps(data)
        except (ValueError, TypeError, RecursionError):
            raise TrackError(
                "The import data cannot be read as JSON. Nothing was imported."
            ) from None
        parsed = parse_export(text)
    added = replaced = skipped = 0
    with store.transaction() as conn:
        for item in parsed.interviews:
            existing = conn.execute(
                "SELECT id FROM interviews WHERE uid = ?", (item.uid,)
            ).fetchone()
            if existing is not None and not replace:
                skipped += 1
                continue
            if existing is not None:
                conn.execute("DELETE FROM interviews WHERE id = ?", (existing["id"],))
                replaced += 1
                _insert(conn, item, int(existing["id"]))
            else:
                added += 1
                _insert(conn, item)
    return ImportResult(added, replaced, skipped)


def _insert(conn: Any, item: InterviewIn, keep_id: int | None = None) -> None:
    interview = Interview(
        company=item.company,
        role=item.role,
        interviewers=tuple(Interviewer(p.name, p.title) for p in item.interviewers),
        interview_date=item.interview_date,
        notes=item.notes,
        decision_timeline=item.decision_timeline,
        decision_date=item.decision_date,
        candidate=item.candidate,
        details=None if item.details is None else tuple(item.details),
        draft=Draft(**item.draft.model_dump()) if item.draft else None,
        state=dict(item.state),
    )
    values = editable_columns(interview) | {
        "uid": item.uid,
        "outcome": item.outcome,
        "outcome_on": iso_day(item.outcome_on),
        "revision": item.revision,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }
    if keep_id is not None:
        values["id"] = keep_id  # AUTOINCREMENT takes an explicit id, and never reuses it
    cur = conn.execute(
        f"INSERT INTO interviews ({', '.join(values)}) VALUES "
        f"({', '.join(':' + c for c in values)})",
        values,
    )
    new_id = cur.lastrowid
    for v in item.drafts:
        conn.execute(
            "INSERT INTO drafts (interview_id, stage, recipient, subject, body, model, "
            "seed, action, report, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id,
                v.stage,
                v.recipient,
                v.subject,
                v.body,
                v.model,
                v.seed,
                v.action,
                json.dumps(v.report, ensure_ascii=False, sort_keys=True),
                v.created_at,
            ),
        )
    for s in item.sent:
        conn.execute(
            "INSERT INTO sent (interview_id, stage, recipient, sent_on, subject, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_id, s.stage, s.recipient, s.sent_on.isoformat(), s.subject, s.body, s.created_at),
        )
