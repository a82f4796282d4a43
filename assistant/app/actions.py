"""What the Draft page's buttons do to a Workspace: draft, stream, revise, retry offline.

Every action returns True when it worked; on a model (or notes) error it returns False and keeps a
scrubbed `Problem` on the workspace, leaving the notes and every draft as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from assistant.app.problem import Problem
from assistant.app.workspace_stage import StagedWorkspace
from assistant.checker.scoring import check
from assistant.core.domain import Draft, Report
from assistant.core.errors import FollowUpError
from assistant.drafting.panel import draft_panel as one_each
from assistant.drafting.pipeline import DraftRequest, draft_email, read_notes, to_draft
from assistant.drafting.revisions import History
from assistant.models import llm

REVISIONS = ("regenerate", "tighten", "fix", "edit", "restore")


def keyless(settings: llm.ModelSettings) -> llm.ModelSettings:
    """Settings safe to keep: the API key is dropped."""
    return replace(settings, api_key=None)


def sync(ws: StagedWorkspace) -> History | None:
    """Point the history at the current notes, details and stage, so revisions and scores use them."""
    history = ws.history
    if history is not None:
        history.notes = ws.notes()
        history.details = ws.chosen_details()
        # Scored against its own stage: a thank-you stays a thank-you when the stage choice
        # changes (the page offers to redraft it instead).
        history.stage = history.current.draft.stage
        history.previous = ws.previous_for(history.stage)
        history.signature = ws.signature
    return history


def current_report(ws: StagedWorkspace) -> Report | None:
    history = sync(ws)
    if history is None:
        return None
    return check(
        history.current.draft,
        history.notes,
        history.stage,
        details=history.details,
        previous=history.previous,
    )


def _request(ws: StagedWorkspace) -> DraftRequest:
    stage = ws.stage()
    assert stage is not None, "blocked() is checked first"
    seed = 0 if ws.history is None else max(v.draft.seed for v in ws.history.versions) + 1
    # each stage prefers a point the emails already sent did not make (issue 11)
    used = ws.previous_for(stage)
    return DraftRequest(ws.notes(), stage, ws.chosen_details(), "default", seed, used_topics=used)


def _keep(ws: StagedWorkspace, draft: Draft, settings: llm.ModelSettings) -> None:
    ws.drafted_for = ws.drafted_values()
    if ws.history is None:
        ws.history = History(
            ws.notes(),
            draft.stage,
            ws.chosen_details(),
            keyless(settings),
            previous=ws.previous_for(draft.stage),
            signature=ws.signature,
        )
        ws.history.add(draft, "draft")
    else:
        sync(ws)
        ws.history.stage = draft.stage
        ws.history.previous = ws.previous_for(draft.stage)
        ws.history.add(draft, "draft")
    ws.problem = None


def _can_draft(ws: StagedWorkspace) -> bool:
    why = ws.blocked()
    if why:
        ws.problem = Problem(why, "draft", model_failed=False)
    return why is None


def draft(ws: StagedWorkspace, settings: llm.ModelSettings) -> bool:
    if not _can_draft(ws):
        return False
    try:
        result = draft_email(_request(ws), settings)
    except FollowUpError as err:
        ws.fail("draft", err, settings)
        return False
    _keep(ws, result, settings)
    return True


def stream_draft(
    ws: StagedWorkspace, settings: llm.ModelSettings, show: Callable[[Iterator[str]], object]
) -> bool:
    if not _can_draft(ws):
        return False
    request = _request(ws)
    stream = llm.stream(request.messages(), settings, seed=request.seed)
    try:
        show(iter(stream))
        result = to_draft(
            stream.text, request.stage, settings.model, request.seed, incomplete=not stream.complete
        )
    except FollowUpError as err:
        ws.fail("draft", err, settings, partial=stream.text)
        return False
    _keep(ws, result, settings)
    return True


def change_draft(ws: StagedWorkspace, action: str, settings: llm.ModelSettings, *args: Any) -> bool:
    if action not in REVISIONS:
        raise ValueError(f"Unknown revision {action!r}: one of {', '.join(REVISIONS)}.")
    history = sync(ws)
    if history is None:
        return False
    history.settings = settings
    try:
        history.note = ""
        getattr(history, action)(*args)
        ws.notice = history.note if action == "fix" else ""
        if action in ("regenerate", "tighten", "fix"):
            ws.drafted_for = ws.drafted_values()
    except FollowUpError as err:
        ws.fail(action, err, settings)
        return False
    finally:
        history.settings = keyless(settings)
    ws.problem = None
    return True


def draft_panel(ws: StagedWorkspace, settings: llm.ModelSettings) -> bool:
    """One thank-you per interviewer (panel.draft_panel); only when a thank-you is what is due."""
    if not _can_draft(ws):
        return False
    if not ws.panel_possible() or ws.stage() != "thank_you":
        ws.problem = Problem(
            "One thank-you per interviewer needs two or more interviewers and a "
            "thank-you note as the stage: add the names under “What we found”, "
            "or choose the thank-you note.",
            "panel",
            model_failed=False,
        )
        return False
    seed = ws.panel_version * len(ws.notes().interviewers)
    try:
        ws.panel = one_each(ws.notes(), seed=seed, settings=settings)
    except FollowUpError as err:
        ws.fail("panel", err, settings)
        return False
    ws.panel_version += 1
    ws.problem = None
    return True


def retry_offline(ws: StagedWorkspace) -> bool:
    """Redo what failed with the offline model, which from now on is the model setting too."""
    failed = ws.problem.action if ws.problem else "draft"
    ws.model = llm.DEFAULT_MODEL
    offline = llm.ModelSettings()
    if failed == "panel":
        return draft_panel(ws, offline)
    if failed == "draft" or ws.history is None:
        return draft(ws, offline)
    return change_draft(ws, failed, offline)


_WARM_NOTES = (
    "Interview w/ Priya Nair (Engineering Manager) @ Acme for Analyst, Nov 2.\n"
    "- she walked me through their new ledger service\nPrivate: asked for 90k\n— Sam"
)


def warm_up() -> None:
    """Once per server, in the background after the first page is shown: the notes reader's
    data, then one offline draft checked (syllable and sentiment data, every pattern), so a
    person's first Draft click is as quick as the next."""
    from assistant.notes.parse import warm_up as warm_reader

    warm_reader()
    notes = read_notes(_WARM_NOTES)
    draft = draft_email(DraftRequest(notes, "thank_you"))
    check(draft, notes, "thank_you")
