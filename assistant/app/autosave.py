"""Autosave: the Draft page's work kept in the tracker database as the person works.

A Workspace (one tab's working copy) is saved as one tracked Interview: the notes, the fields and
which of them the person edited, every detail and whether it is ticked, the stage choice, the
current draft, and each new drafted version. `save` runs on every page run but writes only when
something changed, and at most once per `interval()` seconds; a new draft version, or a follow-up
marked as sent, is written at once. Writes are the store's compare-and-set: when another tab saved
the same interview after this one loaded it, this later save still wins and `Saved.note` says so.

Sent follow-ups and the outcome belong to the database (the Dashboard changes them too), so
`refresh` reads them back on every page run, and `mark_sent` writes one at once with its text.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from assistant.app.workspace import Workspace
from assistant.core.errors import FollowUpError
from assistant.tracker.records import Interview
from assistant.tracker.rows import editable_columns
from assistant.tracker.store import Store

INTERVAL_ENV = "FOLLOWUP_AUTOSAVE_SECONDS"
INTERVAL_SECONDS = 2.0  # the debounce: at most one write per 2 s while the person types

SaveStatus = Literal["created", "saved", "overwrote", "unchanged", "pending", "empty", "failed"]


@dataclass(frozen=True)
class SaveOutcome:
    """What one call to `save` did, with the store's message when it wrote."""

    status: SaveStatus
    message: str = ""


def interval() -> float:
    """INTERVAL_SECONDS, or FOLLOWUP_AUTOSAVE_SECONDS when set (0: write on every change)."""
    raw = os.environ.get(INTERVAL_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else INTERVAL_SECONDS
    except ValueError:
        return INTERVAL_SECONDS


def has_content(ws: Workspace) -> bool:
    """Worth saving: notes typed or an email drafted (an empty new tab creates nothing)."""
    return bool(ws.notes_text.strip()) or ws.history is not None


def page_state(ws: Workspace) -> dict[str, Any]:
    """What only the page needs to come back exactly as it was (kept in Interview.state)."""
    return {
        "workspace": ws.id,
        "edited": ws.edited_fields(),
        "details": [[d.text, d.use, d.source] for d in ws.details],
        "stage_choice": ws.stage_choice,
        "draft_early": ws.draft_early,
        "panel_mode": ws.panel_mode,
        "to": ws.to_address,
        "shared_lines": sorted(ws.shared_lines),
        "private_extra": list(ws.private_extra),
        "confirmed": dict(ws.confirmed),
        "model": {"model": ws.model, "temperature": ws.temperature, "timeout": ws.timeout},
    }


def to_interview(ws: Workspace) -> Interview:
    """The workspace as the tracked interview it is saved as (fields as the email uses them)."""
    notes = ws.notes()
    return Interview(
        company=notes.company or "",
        role=notes.role or "",
        interviewers=notes.interviewers,
        interview_date=notes.interview_date,
        notes=ws.notes_text,
        decision_timeline=notes.decision_timeline,
        decision_date=notes.decision_date,
        candidate=notes.candidate,
        details=ws.chosen_details(),
        draft=ws.history.current.draft if ws.history else None,
        state=page_state(ws),
        id=ws.saved.interview_id,
        uid=ws.saved.uid,
        revision=ws.saved.revision,
    )


def fingerprint(ws: Workspace) -> str:
    """A digest of everything a save writes, to tell whether anything changed since."""
    columns = editable_columns(to_interview(ws))
    return hashlib.sha256(json.dumps(columns, sort_keys=True).encode("utf-8")).hexdigest()


def pending(ws: Workspace) -> bool:
    """Changes not written yet (waiting for the debounce)."""
    if ws.saved.interview_id is None and not has_content(ws):
        return False
    return fingerprint(ws) != ws.saved.fingerprint or _new_work(ws)


def _new_work(ws: Workspace) -> bool:
    versions = len(ws.history.versions) if ws.history else 0
    return versions > ws.saved.versions or ws.panel_version > ws.saved.panels


def save(
    ws: Workspace, store: Store, now: float, *, force: bool = False, every: float | None = None
) -> SaveOutcome:
    """Write the workspace if it changed and the last write is `every` seconds old (or forced,
    or a new draft was made). Never raises: a failure is kept in `ws.saved.note`."""
    saved = ws.saved
    if saved.interview_id is None and not has_content(ws):
        return SaveOutcome("empty")
    mark = fingerprint(ws)
    new_work = _new_work(ws)
    if mark == saved.fingerprint and not new_work:
        return SaveOutcome("unchanged")
    wait = interval() if every is None else every
    if not (force or new_work) and saved.at is not None and now - saved.at < wait:
        return SaveOutcome("pending")
    adopted = saved.interview_id is None and _adopt_twin(ws, store)
    was_linked = saved.interview_id is not None
    try:
        result = store.save_interview(
            to_interview(ws), expected_revision=saved.revision if was_linked else None
        )
        saved.interview_id, saved.revision = result.interview_id, result.revision
        if result.status == "created":
            saved.uid = store.get_interview(result.interview_id).uid
            saved.versions, saved.panels = 0, ws.panel_version - (1 if ws.panel else 0)
            for stage, day in ws.sent.items():
                store.mark_sent(result.interview_id, stage, day)
        _keep_drafts(ws, store)
        refresh(ws, store)
    except FollowUpError as err:
        saved.note = f"Not saved: {err}"
        return SaveOutcome("failed", saved.note)
    saved.fingerprint, saved.at = mark, now
    if result.overwrote:
        saved.note = result.message
    elif result.status == "created" and was_linked:
        saved.note = (
            "This interview had been deleted elsewhere: your work here is saved again "
            "as a new interview."
        )
    elif adopted:
        saved.note = (
            f"These notes are already tracked as interview #{saved.interview_id}: this "
            "email is kept with it, not as a second interview."
        )
    else:
        saved.note = ""
    return SaveOutcome(result.status, result.message)


def _adopt_twin(ws: Workspace, store: Store) -> bool:
    """New work whose notes are already tracked joins that interview instead of duplicating it
    ("Start a new email" with the same notes)."""
    text = ws.notes_text.strip()
    if not text:
        return False
    try:
        twin = next((iv for iv in store.list_interviews() if iv.notes.strip() == text), None)
    except FollowUpError:
        return False
    if twin is None or twin.id is None:
        return False
    ws.saved.interview_id, ws.saved.revision, ws.saved.uid = twin.id, twin.revision, twin.uid
    ws.saved.versions = 0
    return True


def _keep_drafts(ws: Workspace, store: Store) -> None:
    """Every drafted version (and panel draft) not yet in the tracker's history."""
    interview_id = int(ws.saved.interview_id or 0)
    if ws.history is not None:
        for version in ws.history.versions[ws.saved.versions :]:
            store.add_draft(interview_id, version.draft, version.report, action=version.action)
        ws.saved.versions = len(ws.history.versions)
    if ws.panel is not None and ws.panel_version > ws.saved.panels:
        for person in ws.panel.drafts:
            store.add_draft(
                interview_id,
                person.draft,
                person.report,
                action="panel",
                recipient=person.interviewer.name,
            )
    ws.saved.panels = ws.panel_version


def refresh(ws: Workspace, store: Store) -> None:
    """Read back what the database holds and the Draft page does not edit: sent follow-ups (and
    their texts, for the repetition check) and the outcome."""
    if ws.saved.interview_id is None:
        return
    interview = store.find_interview(ws.saved.interview_id)
    if interview is None:
        ws.outcome, ws.outcome_on, ws.sent_texts = None, None, ()
        return
    sent = store.sent(ws.saved.interview_id)
    latest: dict[str, date] = {}
    for item in sent:
        latest[item.stage] = max(latest.get(item.stage, item.sent_on), item.sent_on)
    ws.sent = latest
    ws.sent_texts = tuple((s.stage, s.body) for s in sent if s.body.strip())
    ws.outcome, ws.outcome_on = interview.outcome, interview.outcome_on


def current_draft_for(ws: Workspace, stage: str) -> tuple[str, str]:
    """(subject, body) of the current draft when it is for this stage, else blanks."""
    current = ws.history.current.draft if ws.history else None
    if current is None or current.stage != stage:
        return "", ""
    return current.subject, current.body


def mark_sent(
    ws: Workspace, store: Store | None, stage: str, day: date | None, now: float
) -> SaveOutcome:
    """Record (a day) or forget (None) a follow-up as sent — in the tracker at once, with the
    current draft's text when it is that stage's, so later follow-ups are checked against it."""
    ws.mark_sent(stage, day)
    if store is None:
        return SaveOutcome("failed", "Not saved: the tracker database is not available.")
    outcome = save(ws, store, now, force=True)
    if ws.saved.interview_id is None or outcome.status == "failed":
        return outcome
    try:
        store.forget_sent(ws.saved.interview_id, stage)
        if day is not None:
            subject, body = current_draft_for(ws, stage)
            store.mark_sent(ws.saved.interview_id, stage, day, subject=subject, body=body)
        refresh(ws, store)
    except FollowUpError as err:
        ws.saved.note = f"Not saved: {err}"
        return SaveOutcome("failed", ws.saved.note)
    return outcome


def describe(ws: Workspace) -> str:
    """One line for the page: is the work saved?"""
    if ws.saved.interview_id is None:
        return (
            "Not saved yet: paste your notes and they are saved as you work."
            if not has_content(ws)
            else "Saving…"
        )
    if pending(ws):
        return f"Saving changes to interview #{ws.saved.interview_id}…"
    return f"All changes saved (interview #{ws.saved.interview_id})."
