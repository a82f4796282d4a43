"""What a line of notes is: private (the person keeps it to themselves), a header (about the
interview itself: date, format, place, labelled fields), or logistics."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.notes import wordlists as lexicon


def notes_pattern(*keys: str) -> re.Pattern[str]:
    return lexicon.pattern("notes", *keys)


@lru_cache(maxsize=4096)
def is_private(text: str) -> bool:
    """True for a line the person keeps to themselves."""
    return private_start(text) or bool(notes_pattern("private", "cues").search(text))


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    words = sorted(lexicon.words("notes", "private", "line_starts"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})\s*(?:$|[:\-–—])", re.IGNORECASE)


def private_start(text: str) -> bool:
    low = text.strip().lower().lstrip("-*•·>#[( ")
    return bool(_starts().match(low))


def is_header(text: str) -> bool:
    """True for a line about the interview itself: date, format, place, labelled fields."""
    return bool(notes_pattern("header", "cues").search(text))


def is_logistics(text: str) -> bool:
    return bool(notes_pattern("logistics", "cues").search(text))
