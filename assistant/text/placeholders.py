"""Unfilled template slots: [Company], {name}, {{x}}, <Position>, XX, TBD, lorem ipsum, ___.

One pattern, read by the checker (`placeholders` fails a draft with one) and by the drafter's fixer
(which fills the slots it can from the notes and drops the sentences with the rest), so the two
always agree on what a placeholder is. "[1]" and a markdown link "[text](url)" are not slots.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(
    r"\[(?=[^\]\n]{0,60}[^\W\d_])[^\[\]\n]{1,60}\](?!\()|\{\{[^{}\n]{0,60}\}\}"
    r"|\{[A-Za-z_][\w .'’-]{0,40}\}|<\s*[A-Z][^\W\d_]*(?:[ _'’][^\W\d_]+){0,3}\s*>"
    r"|\b[Xx]{2,}\b|(?i:\btb[da]\b|\blorem\s+ipsum\b)|_{3,}"
)
SIGNOFF_NAME = re.compile(r"\[\s*(?:your|my)\s+(?:full\s+)?name\s*\]", re.IGNORECASE)


def placeholders(text: str) -> list[str]:
    """Unfilled template slots: [Company], {name}, {{x}}, <Position>, XX, TBD, lorem ipsum, ___."""
    return list(dict.fromkeys(m.group() for m in PLACEHOLDER.finditer(text)))


def has_placeholder(text: str) -> bool:
    """Is any slot left unfilled in the text?"""
    return PLACEHOLDER.search(text) is not None


def slot_name(placeholder: str) -> str:
    """The words inside a slot, lowercased: "[Company]" -> "company", "{{ name }}" -> "name"."""
    return placeholder.strip("[]{}<> ").lower()


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """Each slot whose name has a (non-empty) value replaced by it; other slots left as they are."""

    def one(match: re.Match[str]) -> str:
        return values.get(slot_name(match.group(0))) or match.group(0)

    return PLACEHOLDER.sub(one, text)


def without_placeholders(text: str, replacement: str = " ") -> str:
    """The text with every slot replaced (names and numbers are then read without them)."""
    return PLACEHOLDER.sub(replacement, text)
