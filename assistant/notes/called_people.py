"""People the notes name by what to call them: 'she said to call her Jules', 'goes by Tee',
'"call me Dee," she said' — in prose the name the person chose may be the only one the notes
give in a form a parser can trust."""

from __future__ import annotations

import re

from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import calendar_word, people_words

_CALLED = re.compile(
    r"(?:\b(?:(?:said|asked\s+me)\s+to\s+call\s+(?:her|him|them)|call\s+(?:her|him|them)"
    r"|goes\s+by|(?:she|he|they)\s+prefers?)|[\"“]call\s+me)\s+[\"“']?(?P<n>(?-i:[A-Z])[\w’'-]*)",
    re.IGNORECASE,
)


def called_people(text: str) -> list[MaybePerson]:
    """Each name the notes say a person goes by, as that person, in the order of the notes."""
    found: list[MaybePerson] = []
    stop = people_words("not_names") | people_words("titles")
    for m in _CALLED.finditer(text):
        name = m["n"].strip("'’\"”")
        if name.lower() in stop or calendar_word([name]) or len(name) < 2:
            continue
        about = text[max(0, m.start() - 80) : m.end() + 80]
        found.append(MaybePerson(name, None, about, nick=name, sure=True))
    return found
