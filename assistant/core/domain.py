"""The domain of follow-up emails as plain, frozen dataclasses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

Status = Literal["pass", "warn", "fail"]


@dataclass(frozen=True)
class Interviewer:
    """One person the candidate met; title is their job title when the notes say it."""

    name: str
    title: str | None = None
    # how an email greets them ("Vivian" who goes by it, "Dr. Okafor"), and whether they are the
    # "lead" (main contact), an "other" interviewer or a "recruiter"; settled by assistant.notes.people
    greet: str | None = field(default=None, compare=False)
    role: str = field(default="other", compare=False)


@dataclass(frozen=True)
class TalkingPoint:
    """Something discussed, as a clean noun phrase, with who it belongs to.

    kind: their_work | their_question | my_work | shared_interest | discussed | logistics
    owner: them | me | both
    """

    topic: str
    kind: str
    owner: str
    source: str = ""
    verb: str = field(default="", compare=False)  # a shared interest's verb: "run", "grew up in"


# the facts the notes reader may only guess, which the person confirms (assistant/notes/evidence.py)
CONFIRMABLE = ("company", "role", "interviewers")


@dataclass(frozen=True)
class Notes:
    """What the pasted notes say, parsed; a field the notes do not state is None (or empty)."""

    text: str = ""
    interviewers: tuple[Interviewer, ...] = ()
    company: str | None = None
    role: str | None = None
    candidate: str | None = None
    interview_date: date | None = None
    decision_timeline: str | None = None
    decision_date: date | None = None
    details: tuple[str, ...] = ()
    talking_points: tuple[TalkingPoint, ...] = ()
    private_lines: tuple[str, ...] = ()  # the notes' own words that never leave the machine
    coordinators: tuple[Interviewer, ...] = ()  # recruiters and schedulers: met, not greeted
    # facts the notes reader guessed or did not find (of CONFIRMABLE): the checker asks the
    # person to confirm them before it calls a draft ready
    unsure: tuple[str, ...] = ()
    # the notes reader failed on these notes (a bug, logged): nothing was read, every field is the
    # person's to fill, and the page says so instead of showing empty fields in silence
    unread: bool = False
    # the decision timeline is when they decide, not only when they would be in touch
    decides: bool = False

    def fact(self, name: str) -> str:
        """One of the CONFIRMABLE facts as a person reads it ('' when the notes give none)."""
        if name == "interviewers":
            return ", ".join(i.name for i in self.interviewers)
        return str(getattr(self, name, None) or "")

    def with_overrides(self, confirmed: Iterable[str] = (), **fields: Any) -> Notes:
        """Explicit fields (from the UI or CLI) win over parsed ones; None means 'keep parsed'.
        A field given here, or named in `confirmed`, is no longer unsure."""
        given = {k: v for k, v in fields.items() if v is not None}
        settled = set(given) | set(confirmed)
        given["unsure"] = tuple(f for f in self.unsure if f not in settled)
        if "interviewers" in given:
            given["interviewers"] = tuple(
                i if isinstance(i, Interviewer) else Interviewer(str(i))
                for i in given["interviewers"]
            )
        if "details" in given:
            given["details"] = tuple(given["details"])
        return replace(self, **given)

    def to_dict(self) -> dict[str, Any]:
        return {
            "interviewers": [
                {
                    "name": i.name,
                    "title": i.title,
                    "greet": i.greet,
                    "role": i.role,
                }
                for i in self.interviewers
            ],
            "coordinators": [{"name": i.name, "title": i.title} for i in self.coordinators],
            "company": self.company,
            "role": self.role,
            "candidate": self.candidate,
            "interview_date": self.interview_date.isoformat() if self.interview_date else None,
            "decision_timeline": self.decision_timeline,
            "timeline_is_a_decision": self.decides,
            "decision_date": self.decision_date.isoformat() if self.decision_date else None,
            "details": list(self.details),
            "talking_points": [
                {"topic": p.topic, "kind": p.kind, "owner": p.owner, "verb": p.verb}
                for p in self.talking_points
                if p.kind != "logistics"
            ],
        }


@dataclass(frozen=True)
class Move:
    """A thing a stage's email must do (thank them, ask for status …), with the cues that show it."""

    id: str
    label: str
    instruction: str
    cues: tuple[str, ...]
    example: str = ""  # a sentence that does the move; may use {role_phrase}, {at_company}, {team}


@dataclass(frozen=True)
class Stage:
    """One follow-up stage as the guide defines it, loaded from prompts/stages.toml."""

    id: str
    label: str
    when: str
    words_min: int
    words_max: int
    subjects: tuple[str, ...]
    subject_cues: tuple[str, ...]
    moves: tuple[Move, ...]
    questions_min: int
    questions_max: int
    min_details: int
    sendable: bool = True
    to_everyone: bool = False  # addressed to every interviewer, not only the main contact
    says_their_timeline: bool = False  # must say back the decision timeline the notes give


@dataclass(frozen=True)
class SentFollowUp:
    """A follow-up the person has already sent."""

    stage: str
    sent_on: date


@dataclass(frozen=True)
class Draft:
    """One email: subject and body, and what produced it."""

    subject: str
    body: str
    stage: str
    model: str = "offline"
    seed: int = 0
    incomplete: bool = False

    @property
    def text(self) -> str:
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body


@dataclass(frozen=True)
class Check:
    """One verdict on a draft: a stable id, pass/warn/fail, what is wrong and how to fix it."""

    id: str
    status: Status
    message: str
    fix: str = ""


@dataclass(frozen=True)
class Report:
    """The checker's verdict on a draft."""

    score: int
    passed: bool
    checks: tuple[Check, ...]
    metrics: dict[str, Any] = field(default_factory=dict)

    def failing(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == "fail")

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "passed": self.passed,
            "checks": [
                {"id": c.id, "status": c.status, "message": c.message, "fix": c.fix}
                for c in self.checks
            ],
            "metrics": dict(self.metrics),
        }
