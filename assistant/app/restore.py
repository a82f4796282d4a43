"""Bring work back: which workspace a page address means, rebuilt from the database when memory
no longer has it (a server restart, or a new tab opened from the Dashboard).

`?ws=<id>` names one tab's working copy; `?interview=<id>` a tracked interview. Opening an
interview that this tab is not already editing gives a fresh working copy of it, so two tabs on
the same interview are two copies, and the later save wins (see autosave).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.app.actions import keyless
from assistant.app.autosave import fingerprint, refresh
from assistant.app.tabs import WorkspaceStore, new_id, valid_id
from assistant.app.workspace import AUTO, FIELDS, MAX_DETAIL_CHARS, Detail, Saved, Workspace
from assistant.checker.scoring import check
from assistant.core.domain import CONFIRMABLE, Draft
from assistant.core.errors import FollowUpError
from assistant.core.stages import SENDABLE, load_rules
from assistant.drafting.panel import Panel, PanelDraft, compare_panel, notes_for_each
from assistant.drafting.revisions import History
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

MAX_VERSIONS = 30  # the newest drafted versions brought back into the page's history
GONE = "The work at this address is gone (it was never saved, or it was deleted): starting afresh."


def interview_id(value: object) -> int | None:
    """An interview id from a query parameter (untrusted), or None."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() and len(text) <= 12 else None


def find(store: Store, workspace_id: str) -> Interview | None:
    """The interview last saved from this workspace id (its page address), if any."""
    found = [
        iv
        for iv in store.list_interviews()
        if isinstance(iv.state, dict) and iv.state.get("workspace") == workspace_id
    ]
    return max(found, key=lambda iv: (iv.updated_at, iv.id or 0)) if found else None


def _field_values(interview: Interview) -> dict[str, Any]:
    return {
        "interviewers": ", ".join(p.name for p in interview.interviewers),
        "company": interview.company,
        "role": interview.role,
        "candidate": interview.candidate or "",
        "interview_date": interview.interview_date,
    }


def _restore_fields(ws: Workspace, interview: Interview, edited: object) -> None:
    """The person's edits again; for an interview saved elsewhere (CLI, import), every stored
    field that differs from what the notes say counts as an edit."""
    values = _field_values(interview)
    if isinstance(edited, list):
        names = [n for n in FIELDS if n in edited]
    else:
        names = [
            n for n in FIELDS if values[n] not in ("", None) and values[n] != ws.parsed_value(n)
        ]
    for name in names:
        ws.set_field(name, values[name])


def _restore_details(ws: Workspace, interview: Interview, rows: object) -> None:
    parsed = [d.text for d in ws.details]
    if isinstance(rows, list):
        details: list[Detail] = []
        for row in rows:
            if (
                isinstance(row, list)
                and len(row) == 3
                and isinstance(row[0], str)
                and row[0].strip()
                and row[0] not in {d.text for d in details}
            ):
                details.append(
                    Detail(
                        row[0][:MAX_DETAIL_CHARS],
                        bool(row[1]),
                        "you" if row[2] == "you" else "notes",
                    )
                )
        ws.details = details
    elif interview.details is not None:
        chosen = [t for t in interview.details if isinstance(t, str) and t.strip()]
        ws.details = [Detail(t, True, "notes" if t in parsed else "you") for t in chosen] + [
            Detail(t, False) for t in parsed if t not in chosen
        ]
    ws.details_version += 1


def _number(value: object, low: float, high: float, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return min(max(float(value), low), high)


def _strings(value: Any, most: int = 200, longest: int = 2000) -> list[str]:
    """A list of strings from saved state; anything else is ignored, never trusted."""
    if not isinstance(value, list):
        return []
    return [x for x in value[:most] if isinstance(x, str) and len(x) <= longest]


def _restore_settings(ws: Workspace, state: dict[str, Any]) -> None:
    choice = state.get("stage_choice")
    ws.stage_choice = choice if choice in (AUTO, *SENDABLE) else AUTO
    ws.draft_early = state.get("draft_early") is True
    ws.panel_mode = state.get("panel_mode") is True
    to = state.get("to")
    ws.to_address = to if isinstance(to, str) and len(to) <= 320 else ""
    ws.shared_lines = {x for x in _strings(state.get("shared_lines"))}
    ws.private_extra = _strings(state.get("private_extra"))
    said = state.get("confirmed")
    ws.confirmed = {
        k: v
        for k, v in (said.items() if isinstance(said, dict) else ())
        if k in CONFIRMABLE and isinstance(v, str) and len(v) <= 2000
    }
    given = state.get("model")
    model: dict[str, Any] = given if isinstance(given, dict) else {}
    name = model.get("model")
    if isinstance(name, str) and name.strip() and len(name) <= 200:
        ws.model = name.strip()
    ws.temperature = _number(model.get("temperature"), 0.0, 1.5, ws.temperature)
    ws.timeout = _number(model.get("timeout"), 1.0, 600.0, ws.timeout)


def _restore_history(ws: Workspace, store: Store, interview: Interview) -> None:
    """The newest drafted versions (not panel drafts), ending with the saved current draft."""
    kept = [v for v in store.drafts(int(interview.id or 0)) if not v.recipient][-MAX_VERSIONS:]
    drafts: list[tuple[Draft, str]] = [(v.draft, v.action) for v in kept]
    current = interview.draft
    if current is not None and (
        not drafts or (drafts[-1][0].subject, drafts[-1][0].body) != (current.subject, current.body)
    ):
        drafts.append((current, "restored"))
    if not drafts:
        return
    fallback = ws.stage() or "thank_you"
    history = History(ws.notes(), fallback, ws.chosen_details(), keyless(ws.settings()))
    for draft, action in drafts:
        history.stage = draft.stage if draft.stage in SENDABLE else fallback
        history.previous = ws.previous_for(history.stage)
        history.add(draft, action or "draft")
    ws.history = history


def _restore_panel(ws: Workspace, store: Store, interview: Interview) -> None:
    """The newest panel thank-yous (one per current interviewer), scored and compared again."""

    latest: dict[str, Draft] = {}
    for version in store.drafts(int(interview.id or 0)):
        if version.recipient and load_rules().stage(version.draft.stage).to_everyone:
            latest[version.recipient] = version.draft
    if len(latest) < 2 or not ws.panel_possible():
        return
    people = [n for n in notes_for_each(ws.notes()) if n.interviewers[0].name in latest]
    if len(people) < 2:
        return
    drafts = tuple(
        PanelDraft(
            n.interviewers[0],
            n,
            latest[n.interviewers[0].name],
            check(latest[n.interviewers[0].name], n, "thank_you"),
        )
        for n in people
    )
    ws.panel = Panel(drafts, compare_panel([d.draft for d in drafts]))
    ws.panel_version = 1


def restore(
    store: Store, interview: Interview, workspace_id: str, today: date | None = None
) -> Workspace:
    """A Workspace rebuilt from a tracked interview, as it was when last saved."""
    ws = Workspace(id=workspace_id) if today is None else Workspace(id=workspace_id, today=today)
    state = interview.state if isinstance(interview.state, dict) else {}
    ws.set_notes(interview.notes)
    _restore_fields(ws, interview, state.get("edited"))
    _restore_details(ws, interview, state.get("details"))
    _restore_settings(ws, state)
    ws.saved = Saved(interview_id=interview.id, uid=interview.uid, revision=interview.revision)
    refresh(ws, store)
    _restore_history(ws, store, interview)
    _restore_panel(ws, store, interview)
    ws.saved.versions = len(ws.history.versions) if ws.history else 0
    ws.saved.panels = ws.panel_version
    ws.saved.fingerprint = fingerprint(ws)
    return ws


@dataclass(frozen=True)
class Opened:
    """The workspace a page run works on, and a note when the address named work that is gone."""

    workspace: Workspace
    note: str | None = None
    restored: bool = False


def open_work(
    memory: WorkspaceStore,
    store: Store | None,
    url_workspace: str | None,
    url_interview: str | None,
    session_workspace: str | None = None,
    today: date | None = None,
) -> Opened:
    """This tab's workspace: the one in memory, else rebuilt from the database, else a new one.

    `?interview=` wins: a workspace already editing that interview is kept, otherwise a fresh
    working copy of it is made (reusing the URL's workspace id after a restart)."""
    wanted = url_workspace or session_workspace
    ws = memory.get(wanted)
    wanted_interview = interview_id(url_interview)
    try:
        if wanted_interview is not None:
            if ws is not None and ws.saved.interview_id == wanted_interview:
                return Opened(ws)
            interview = store.find_interview(wanted_interview) if store else None
            if store is None or interview is None:
                return Opened(
                    memory.create(),
                    f"No saved interview #{wanted_interview} (it may "
                    "have been deleted): starting afresh.",
                )
            reuse = ws is None and valid_id(url_workspace)
            copy = restore(store, interview, str(url_workspace) if reuse else new_id(), today)
            return Opened(memory.adopt(copy), restored=True)
        if ws is not None:
            return Opened(ws)
        if store is not None and valid_id(wanted):
            interview = find(store, str(wanted))
            if interview is not None:
                return Opened(
                    memory.adopt(restore(store, interview, str(wanted), today)), restored=True
                )
    except FollowUpError as err:
        return Opened(memory.create(), f"Could not open the saved work ({err}): starting afresh.")
    return Opened(memory.create(), GONE if wanted else None)
