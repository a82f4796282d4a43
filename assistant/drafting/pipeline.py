"""Notes + stage -> Draft through the model door; the one pipeline CLI, page and evals share."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.core.domain import Draft, Notes
from assistant.core.errors import ModelError, NotesError
from assistant.core.limits import NOTES_MAX_CHARS
from assistant.core.stages import Rules, load_rules
from assistant.models import llm
from assistant.prompting.build import build_messages
from assistant.text.email_parts import parse_email


def _has_visible_text(text: str) -> bool:
    """False for text of only spaces, control and invisible format characters (U+200B, U+FEFF …)."""
    return any(
        not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Zs", "Zl", "Zp")
        for ch in text
    )


def require_usable_notes(text: str) -> str:
    """The notes as given, or a NotesError that says what to do."""
    if not text or not _has_visible_text(text):
        raise NotesError(
            "Your notes are empty: paste what you remember from the interview — who "
            "you met, the role, and what you talked about."
        )
    if len(text) > NOTES_MAX_CHARS:
        raise NotesError(
            f"Your notes are {len(text):,} characters; the limit is "
            f"{NOTES_MAX_CHARS:,}. Paste just the part about this interview."
        )
    return text


def read_notes(notes_text: str, today: date | None = None, **overrides: Any) -> Notes:
    """Parse pasted notes (after checking they are usable); explicit fields win."""
    from assistant.notes.parse import parse_notes  # lazy: the reader's data, off the page's start

    require_usable_notes(notes_text)
    return parse_notes(notes_text, today=today).with_overrides(**overrides)


@dataclass(frozen=True)
class DraftRequest:
    """Everything that decides a draft: same request and seed, same offline email."""

    notes: Notes
    stage: str
    details: tuple[str, ...] | None = None
    variant: str = "default"
    seed: int = 0
    used_topics: tuple[str, ...] = ()  # emails already sent: each stage prefers a fresh point

    def messages(self, rules: Rules | None = None) -> list[dict[str, str]]:
        return build_messages(
            self.notes,
            self.stage,
            details=self.details,
            variant=self.variant,
            seed=self.seed,
            rules=rules,
            used_topics=self.used_topics,
        )


def to_draft(text: str, stage: str, model: str, seed: int, incomplete: bool = False) -> Draft:
    """A model's reply as a Draft; a reply with no email in it is a ModelError."""
    subject, body = parse_email(text)
    if not body.strip():
        raise ModelError(
            f"{model} replied without an email. Try again or draft offline.", kind="empty"
        )
    return Draft(
        subject=subject, body=body, stage=stage, model=model, seed=seed, incomplete=incomplete
    )


def draft_email(
    request: DraftRequest, settings: llm.ModelSettings | None = None, rules: Rules | None = None
) -> Draft:
    """Draft one email for the request."""
    rules = rules or load_rules()
    stage = rules.stage(request.stage).id
    reply = llm.complete(request.messages(rules), settings, seed=request.seed)
    return to_draft(reply.text, stage, reply.model, request.seed)


def chosen_details(notes: Notes, details: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(notes.details if details is None else details)
