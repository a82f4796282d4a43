"""People a line introduces by a label or a title: 'Principal: Sr. Margarethe', 'mgr = Gloria
Pike', 'Priya = owner, decides'; and where a person's title ends ('Director (my boss). warm,
talks fast' keeps 'Director (my boss)', so a remark after it never becomes part of the title)."""

from __future__ import annotations

import re

from assistant.notes.lexicon import ROLE_NOUNS
from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import is_given_name, people_pattern, people_words, zipf


def first_sentence_outside_brackets(text: str) -> str:
    """'Director (PI, decides. "call me Ayo"). warm' -> 'Director (PI, decides. "call me Ayo")'."""
    for m in re.finditer(r"(?<=[a-z)])\.\s+", text):
        outside = text.count("(", 0, m.start()) == text.count(")", 0, m.start())
        if outside and not people_pattern("nick_cue").search(text[m.end() :]):
            return text[: m.start()]  # ('PI, decides. "call me Ayo"' keeps its nickname)
    return text


def job_label(label: str) -> bool:
    """'Principal', 'mgr', 'Band director', 'Chef de cuisine': a label that is someone's job."""
    words = label.split()
    return (
        0 < len(words) <= 3
        and (words[-1] in ROLE_NOUNS or bool(people_pattern("lead").fullmatch(label)))
        and label not in people_words("not_job_labels")
    )


def name_then_job(label: str, value: str) -> MaybePerson | None:
    """'Priya = owner, decides', 'Luis: store director': a name labelled with its job."""
    words = label.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    first = words[0].lower()
    if not is_given_name(first) and (zipf(first) >= 3.5 or first in people_words("not_names")):
        return None  # "Parking: lot B", "Salary = 60k": a common word, not a name
    title = re.split(r"[.;]|\s+[-–—]\s+", value.strip(), maxsplit=1)[0].strip()
    head = {w.lower().strip(",()") for w in title.split()[:4]}
    if not (head & ROLE_NOUNS or people_pattern("lead").search(title)):
        return None
    return MaybePerson(label, title[:80], label + " " + value, panel=True, sure=True)
