"""How a job title or an employer's name is written: title case that keeps small words, role
abbreviations spelled out ('asst store mgr' -> 'Assistant Store Manager'), the role nouns."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.notes import wordlists as lexicon

_SMALL = {"of", "and", "the", "for", "at", "in", "on", "de", "la", "du", "&"}


def title_case(value: str) -> str:
    words = value.split()
    out = []
    for i, w in enumerate(words):
        if w.islower() and (i == 0 or w not in _SMALL):
            w = w[:1].upper() + w[1:]
            w = re.sub(r"(?<=['’])s\b", "s", w)
        out.append(w)
    return " ".join(out)


def role_abbreviations() -> dict[str, str]:
    return {
        k.lower(): v for k, v in lexicon.load("notes")["headline"]["role_abbreviations"].items()
    }


# "for the Wildlife Biologist II position": the job named before its noun (headline, org)
FOR_THE_ROLE = re.compile(
    r"\bfor\s+(?:the|a|an)\s+(?P<r>[\w'’/&-]+(?:\s+[\w'’/&-]+){0,4}?)\s+"
    r"(?:position|job|role|opening|spot|post|vacancy|gig)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    return (lexicon.words("notes", "people", "role_nouns") - {"hr", "vp", "ceo", "cfo", "cto"}) | (
        lexicon.words("notes", "headline", "role_words")
    )


def title_role(role: str) -> str:
    """'asst store mgr' -> 'Assistant Store Manager'; a role the notes capitalise stays as written."""
    if not any(w.islower() for w in role.split()):
        return role
    small = {"of", "and", "for", "the", "in", "at", "to", "a", "an", "on"}
    acronyms = {
        "qa",
        "hr",
        "it",
        "ui",
        "ux",
        "rn",
        "pt",
        "ot",
        "emt",
        "cna",
        "lpn",
        "cdl",
        "sdr",
        "bdr",
        "ae",
        "ii",
        "iii",
        "iv",
        "er",
        "icu",
        "ehr",
    }
    return " ".join(
        w.upper()
        if w in acronyms
        else w
        if (i and w in small) or not w.islower()
        else "/".join(p[:1].upper() + p[1:] for p in w.split("/"))  # "climber/arborist"
        for i, w in enumerate(role.split())
    )


def expand_role(role: str) -> str:
    """'Vet Tech' -> 'Veterinary Technician', 'asst store mgr' -> 'Assistant Store Manager':
    abbreviations in a job title spelled out from the lexicon's table."""
    table = role_abbreviations()
    words = role.split()
    if not any(w.strip(".,").lower() in table for w in words):
        return role
    spelled = " ".join(table.get(w.strip(".,").lower(), w) for w in words)
    return " ".join(
        w.upper() if w.upper() in _acronyms() else w for w in title_role(spelled).split()
    )


def _acronyms() -> frozenset[str]:
    """Written in capitals whatever the case around them (notes.toml [headline] acronyms)."""
    return frozenset(a.upper() for a in lexicon.load("notes")["headline"]["acronyms"])
