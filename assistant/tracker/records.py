"""What is tracked per interview — the interview, drafted versions, sent follow-ups — as values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from assistant.core.domain import Draft, Interviewer, Notes, SentFollowUp

SaveStatus = Literal["created", "saved", "overwrote"]


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    """A Draft as JSON-ready data (the autosaved current draft, the export file)."""
    return {
        "subject": draft.subject,
        "body": draft.body,
        "stage": draft.stage,
        "model": draft.model,
        "seed": draft.seed,
        "incomplete": draft.incomplete,
    }


def draft_from_dict(data: Mapping[str, Any]) -> Draft:
    return Draft(
        subject=str(data.get("subject") or ""),
        body=str(data.get("body") or ""),
        stage=str(data.get("stage") or ""),
        model=str(data.get("model") or "offline"),
        seed=int(data.get("seed") or 0),
        incomplete=bool(data.get("incomplete")),
    )


@dataclass(frozen=True)
class Interview:
    """One interview being followed up: what the person typed, the outcome, and bookkeeping."""

    company: str = ""
    role: str = ""
    interviewers: tuple[Interviewer, ...] = ()
    interview_date: date | None = None
    notes: str = ""
    decision_timeline: str | None = None
    decision_date: date | None = None
    candidate: str | None = None
    details: tuple[str, ...] | None = None  # the details chosen to mention; None = as parsed
    draft: Draft | None = None  # the email being edited, autosaved
    state: dict[str, Any] = field(default_factory=dict, hash=False)  # the page's own settings
    outcome: str | None = None  # one of schedule.OUTCOMES, set with Store.set_outcome
    outcome_on: date | None = None
    id: int | None = None
    uid: str = ""
    revision: int = 0  # bumped by every save_interview (compare-and-set)
    created_at: str = ""
    updated_at: str = ""
    damaged: str = ""  # why a stored row could not be read; "" when whole

    @classmethod
    def from_notes(cls, notes: Notes, **fields: Any) -> Interview:
        """An interview from parsed notes (their explicit fields); keyword fields win."""
        values: dict[str, Any] = {
            "company": notes.company or "",
            "role": notes.role or "",
            "interviewers": notes.interviewers,
            "interview_date": notes.interview_date,
            "notes": notes.text,
            "decision_timeline": notes.decision_timeline,
            "decision_date": notes.decision_date,
            "candidate": notes.candidate,
        }
        values.update(fields)
        return cls(**values)

    def to_notes(self) -> Notes:
        """The stored fields as the Notes drafting and checking take (chosen details included)."""
        return Notes(
            text=self.notes,
            interviewers=self.interviewers,
            company=self.company or None,
            role=self.role or None,
            candidate=self.candidate,
            interview_date=self.interview_date,
            decision_timeline=self.decision_timeline,
            decision_date=self.decision_date,
            details=self.details or (),
        )

    @property
    def title(self) -> str:
        """'Senior Data Engineer at Lumen', or whichever part is known."""
        if self.role and self.company:
            return f"{self.role} at {self.company}"
        return self.role or self.company or (f"Interview #{self.id}" if self.id else "Interview")


@dataclass(frozen=True)
class DraftVersion:
    """One drafted email kept in an interview's history, with the checker's report as saved."""

    id: int
    interview_id: int
    draft: Draft
    report: dict[str, Any]
    action: str = "draft"
    recipient: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class SentEmail:
    """A follow-up the person marked as sent: the stage, the day, and the final text."""

    id: int
    interview_id: int
    stage: str
    sent_on: date
    subject: str = ""
    body: str = ""
    recipient: str = ""
    created_at: str = ""

    def follow_up(self) -> SentFollowUp:
        return SentFollowUp(self.stage, self.sent_on)


@dataclass(frozen=True)
class SaveResult:
    """What a save did: created, saved, or saved over a newer revision someone else wrote."""

    status: SaveStatus
    interview_id: int
    revision: int
    overwrote_revision: int | None = None

    @property
    def overwrote(self) -> bool:
        return self.status == "overwrote"

    @property
    def message(self) -> str:
        if self.overwrote:
            return (
                "This interview was changed in another tab or window after you opened it; "
                "your version has replaced those changes."
            )
        return "Saved." if self.status == "saved" else "Saved as a new interview."
