"""A Workspace's stage: what was sent, which stage is due now (or that nothing more is), whether
a panel can be drafted, why drafting is blocked, and the problem to show when something failed."""

from __future__ import annotations

from datetime import date

from assistant.app.problem import Problem
from assistant.app.workspace_state import WorkspaceState
from assistant.app.workspace_values import AUTO, ENDED
from assistant.core.domain import SentFollowUp
from assistant.core.errors import FollowUpError, ModelError
from assistant.core.schedule import Due, due_stage
from assistant.core.stages import SENDABLE, load_rules, stage_label
from assistant.drafting.pipeline import require_usable_notes
from assistant.models import llm
from assistant.models.api_keys import KeyLookup


class StagedWorkspace(WorkspaceState):
    """The workspace's state, with the stage to draft and what stands in the way."""

    def redraft_stage(self) -> str | None:
        """The stage chosen now when it differs from the email on screen: offer to redraft it."""
        if self.history is None:
            return None
        stage = self.stage()
        return stage if stage is not None and stage != self.history.current.draft.stage else None

    # ------------------------------------------------------------ stage

    def sent_follow_ups(self) -> list[SentFollowUp]:
        return [SentFollowUp(stage, day) for stage, day in self.sent.items()]

    def mark_sent(self, stage: str, day: date | None) -> None:
        """Record (or with None, forget) a follow-up already sent."""
        if stage not in SENDABLE:
            raise KeyError(stage)
        if day is None:
            self.sent.pop(stage, None)
        else:
            self.sent[stage] = day

    def previous_for(self, stage: str) -> tuple[str, ...]:
        """What a draft for this stage must not repeat: the emails sent at the other stages
        (the one sent at this stage is the draft itself, once marked as sent)."""
        return tuple(body for sent_stage, body in self.sent_texts if sent_stage != stage)

    def suggestion(self) -> Due:
        notes = self.notes()
        return due_stage(
            self.today,
            notes.interview_date,
            self.sent_follow_ups(),
            notes.decision_date,
            outcome=self.outcome,
            outcome_on=self.outcome_on,
        )

    def ended(self) -> bool:
        """Nothing more to send: the final follow-up went out, or they answered (an outcome)."""
        return self.suggestion().action in ENDED

    def panel_possible(self) -> bool:
        """Several interviewers: one thank-you each can be drafted."""
        return len(self.notes().interviewers) >= 2

    def panel_blocked(self) -> str | None:
        """Why one note per interviewer cannot be drafted now; None if it can."""
        if reason := self.blocked():
            return reason
        stage = self.stage()
        if stage is None or not load_rules().stage(stage).to_everyone:
            everyone = [s.label.lower() for s in load_rules().stages.values() if s.to_everyone]
            return f"Panel mode writes one note per interviewer: choose the {' or '.join(everyone)} above."
        return None

    def stage(self) -> str | None:
        """The stage to draft now, or None when nothing should be sent (or the person must confirm)."""
        due = self.suggestion()
        if due.action in ENDED:
            return None
        if self.stage_choice != AUTO:
            return self.stage_choice
        if due.action == "wait":
            return due.stage if self.draft_early else None
        return due.stage

    def blocked(self) -> str | None:
        """Why drafting is not possible right now, in words a person can act on; None if it is."""
        if not self.notes_text.strip():
            return "Paste your notes first."
        try:
            require_usable_notes(self.notes_text)
        except FollowUpError as err:
            return str(err)
        due = self.suggestion()
        if due.action in ENDED:
            return f"Nothing more to send. {due.message}"
        if self.stage() is None:
            label = stage_label(due.stage or "thank_you").lower()
            return f"Too early for the next follow-up: tick “Draft the {label} anyway” to write it now."
        return None

    # ------------------------------------------------------------ what went wrong

    def check_key(self, key: KeyLookup) -> bool:
        """True when the model can be called; else `problem` says which key is missing and how
        to add it (no model call is made)."""
        if key.name is None or key.where:
            return True
        self.problem = Problem(
            f"No {key.name} is set, so {self.model} cannot be called. Add it: `export "
            f"{key.name}=…` before starting Follow-up, or put {key.name} in "
            ".streamlit/secrets.toml — or draft offline instead (no key needed).",
            "draft",
            kind="missing_key",
        )
        return False

    def fail(
        self,
        action: str,
        err: FollowUpError,
        settings: llm.ModelSettings | None = None,
        partial: str = "",
    ) -> None:
        """Keep a scrubbed account of what went wrong; notes and drafts are untouched."""
        model_failed = isinstance(err, ModelError)
        kind = str(getattr(err, "kind", "") or "") if model_failed else ""
        self.problem = Problem(
            llm.scrub(str(err), settings), action, llm.scrub(partial, settings), model_failed, kind
        )
