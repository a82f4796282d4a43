"""Names in an email: the words that may name a person, an organisation, a number or a tool, who
is greeted, and whether a word is (a short form of) someone's name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text.placeholders import without_placeholders
from assistant.text.words import name_tokens, tokens, word_set

HONORIFICS = word_set("mr mrs ms miss mx dr prof professor")
NEUTRAL_GREETED = (
    word_set("""
team hiring manager managers all everyone there folks committee recruiter recruiting panel
talent acquisition hr sir madam colleagues and whom it may concern morning afternoon evening day
""")
    | HONORIFICS
)
_TECH = re.compile(r"\d|[a-z][A-Z]")


def name_parts(name: str) -> frozenset[str]:
    """The lowercase parts of a person's name that may stand for them (no honorifics/initials)."""
    return frozenset(p.lower() for p in tokens(name) if p.lower() not in HONORIFICS and len(p) > 1)


def _tech(token: str) -> bool:
    return (token.isupper() and len(token) > 1) or _TECH.search(token) is not None


def name_candidates(sentences: Iterable[str], names: str, subject: str) -> list[str]:
    """Words that look like names, organisations, numbers or tools, in order of appearance.

    In sentences: capitalised words not at the sentence start, numbers, CamelCase/ACRONYMS. In the
    greeting and signature (`names`): every capitalised word. In a Title Case subject: only
    numbers and tech tokens. Placeholders are left to their own check.
    """
    out: list[str] = []
    for s in sentences:
        for i, tok in enumerate(name_tokens(without_placeholders(s))):
            if _tech(tok) or (i and tok[:1].isupper() and not tok.lower().startswith(("i'", "i’"))):
                out.append(tok)
    out += [t for t in name_tokens(without_placeholders(names)) if t[:1].isupper() or _tech(t)]
    subj = name_tokens(without_placeholders(subject))
    title_case = sum(t[:1].isupper() for t in subj) * 2 > len(subj)
    out += [t for i, t in enumerate(subj) if _tech(t) or (i and not title_case and t[:1].isupper())]
    return out


def greeted_names(after_greeting: str) -> list[str]:
    """The capitalised names after a greeting word: "Ms. Rivera," -> ["Rivera"]; "Team," -> []."""
    return [
        t
        for t in name_tokens(without_placeholders(after_greeting))
        if t[:1].isupper() and t.lower() not in NEUTRAL_GREETED
    ]


def is_name_of(word: str, parts: frozenset[str]) -> bool:
    """Is the word one of a person's name parts, or a short form of one ("Sam" for Samantha)?"""
    low = word.lower()
    return low in parts or (len(low) >= 3 and any(p.startswith(low) for p in parts))
