"""The page's state without the page: notes, edited fields, details, stage, what was sent, drafts.

Everything the Draft page does is a method here, so it is tested without Streamlit; the page only
keeps one Workspace per person (see workspace_store) and renders what it says. A Workspace is built
in layers: its state (workspace_state), its stage (workspace_stage), and here the model and the
draft actions (actions.py, which never imports this module).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from assistant.app import actions
from assistant.app.details_table import arrange
from assistant.app.workspace_stage import StagedWorkspace
from assistant.app.workspace_values import (
    AUTO,
    ENDED,
    FIELDS,
    KIND_LABELS,
    MAX_DETAIL_CHARS,
    Detail,
    Saved,
    today,
)
from assistant.core.domain import Report
from assistant.core.stages import stage_label
from assistant.drafting.revisions import Version
from assistant.models import llm

__all__ = [
    "AUTO",
    "ENDED",
    "FIELDS",
    "MAX_DETAIL_CHARS",
    "Detail",
    "Saved",
    "Workspace",
    "arrange",
    "stage_label",
    "today",
]


class Workspace(StagedWorkspace):
    """One person's work on one follow-up email (its fields are declared in WorkspaceState)."""

    # ------------------------------------------------------------ model

    def settings(self, api_key: str | None = None) -> llm.ModelSettings:
        """Model settings for one call; the key is passed in each time and never kept here."""
        return llm.ModelSettings(
            model=self.model.strip() or llm.DEFAULT_MODEL,
            api_base=self.api_base.strip() or None,
            temperature=float(self.temperature),
            timeout=float(self.timeout),
            api_key=api_key or None,
        )

    def next_step(self, report: Report) -> str:
        """The one thing to do next, for the score card."""
        if self.ended():
            return "nothing more to send for this interview."
        if self.redraft_stage() is not None or self.outdated():
            return "redraft it (see above): the email no longer matches your choices."
        if report.passed:
            return (
                "copy it (Copy body) or open it in your mail app, send it, then press "
                "“Mark as sent today”."
            )
        failing = report.failing()
        if any(c.id == "confirm" for c in failing):
            return (
                "check the employer, the job and who to greet under “What we found”: edit what "
                "is wrong, or press “They're right”."
            )
        return (
            f"press “Fix issues” ({len(failing)} to fix), or edit the body: the score "
            "follows as you type."
        )

    def detail_kind(self, text: str) -> str:
        """What kind of talking point a detail is, in words for the page."""
        kind = next((p.kind for p in self.parsed.talking_points if p.topic == text), "")
        return KIND_LABELS.get(kind, "")

    # ------------------------------------------------------------ facts to confirm

    def unsure_facts(self) -> list[tuple[str, str]]:
        """(field, what the notes reader read, '' for nothing) for each fact the person should
        check before the checker calls a draft ready: a guessed employer, job or interviewers."""
        notes = self.notes()
        return [(f, notes.fact(f)) for f in notes.unsure]

    def confirm_facts(self) -> None:
        """The person says the facts on screen are right ("They're right"); the score of the
        email on screen follows (it is checked against the notes each time it is shown)."""
        for name, value in self.unsure_facts():
            self.confirmed[name] = value

    def version_label(self, index: int) -> str:
        """One line per version for the history list."""
        assert self.history is not None
        v = self.history.versions[index]
        mark = "passes" if v.report.passed else "fails"
        now = " · showing" if index == self.history.index else ""
        return (
            f"v{index + 1} · {stage_label(v.draft.stage).lower()} · {v.action} · "
            f"{v.report.score}/100, {mark} · {v.words} words{now}"
        )

    @property
    def streams(self) -> bool:
        """Whether the page shows the reply as it is written (the model says)."""
        return llm.model(self.model or llm.DEFAULT_MODEL).streams

    @property
    def tunable(self) -> bool:
        """Whether the chosen model has a temperature and a timeout worth setting."""
        return llm.model(self.model or llm.DEFAULT_MODEL).tunable

    # ------------------------------------------------------------ drafts (actions.py)

    @property
    def current(self) -> Version | None:
        return self.history.current if self.history else None

    def report(self) -> Report | None:
        """The current draft scored against the current notes, details and stage."""
        return actions.current_report(self)

    def draft(self, settings: llm.ModelSettings) -> bool:
        """Draft (or draft again) for the current stage; False with `problem` set on failure."""
        return actions.draft(self, settings)

    def stream_draft(
        self, settings: llm.ModelSettings, show: Callable[[Iterator[str]], object]
    ) -> bool:
        """Draft with a real model, handing the text chunks to `show` as they arrive."""
        return actions.stream_draft(self, settings, show)

    def change_draft(
        self, action: str, settings: llm.ModelSettings | None = None, *args: Any
    ) -> bool:
        """regenerate | tighten | fix | edit(subject, body) | restore(index), kept in the history."""
        return actions.change_draft(self, action, settings or llm.ModelSettings(), *args)

    def draft_panel(self, settings: llm.ModelSettings) -> bool:
        """One thank-you per interviewer, compared pairwise for near-copies."""
        return actions.draft_panel(self, settings)

    def retry_offline(self) -> bool:
        """Redo what failed with the built-in offline model."""
        return actions.retry_offline(self)
