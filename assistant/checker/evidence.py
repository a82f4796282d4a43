"""What the notes themselves say about a greeted name, beyond the cast the parser settled on:
a weekday or a month is no person, nor a name the notes only use as a place or an organisation
("at Osteria Bellandi", "Pierce Valley EMS") — the notes reader drops those too (the same rule,
notes/name_evidence.py), but a model's draft may greet them; the person the notes say decides
("Becca, the hiring manager", "Gloria decides") should be among those greeted; and a status
check says back the timeline the notes give.

The checker reads these itself, so a wrong pick by the parser (which the drafter writes from) is
still caught: the judge must not share the writer's blind spots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.core.domain import Interviewer, Notes
from assistant.notes import wordlists as lexicon
from assistant.notes.name_evidence import is_given_name, people_words, zipf
from assistant.notes.timeline_cues import stated_timeline
from assistant.text.words import fold


def _cued(form: str, text: str, cue: re.Pattern[str]) -> bool:
    """The notes say something of `form` in the same sentence as the cue."""
    # "jesse okonkwo = ops mgr, does the hiring": typed in lower case, still Jesse; a one- or
    # two-letter form ("T", "Al") must match as written
    flags = re.IGNORECASE if len(form) > 2 else 0
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text, flags):
        start = max((e.end() for e in re.finditer(r"[.!?;\n]\s", text[: m.start()])), default=0)
        end = re.search(r"[.!?;\n](?:\s|$)", text[m.end() :])
        sentence = text[start : m.end() + (end.start() if end else len(text))]
        if len(sentence) > 160:  # dictated notes run on: read what is said next to the name
            sentence = text[max(start, m.start() - 30) : m.end() + 100]
        if cue.search(sentence):
            return True
    return False


def _forms(person: Interviewer) -> set[str]:
    first = person.name.split()[:1]
    return {f.strip() for f in (person.name, *first, person.greet or "")} - {""}


def leads_too(greeted: Iterable[str], notes: Notes) -> bool:
    """A greeted person the notes also call a lead, a manager or the candidate's boss."""
    cue = lexicon.pattern("notes", "people", "lead")
    boss = lexicon.pattern("notes", "people", "boss")
    text = notes.text or ""
    for person in notes.interviewers:
        if greets(greeted, person.name, person.greet) and any(
            _cued(f, text, cue) or _cued(f, text, boss) or re.search(r"\bled\b", _near(f, text))
            for f in _forms(person)
        ):
            return True
    return False


def _near(form: str, text: str) -> str:
    i = text.find(form)
    return text[max(0, i - 40) : i + len(form) + 60] if i >= 0 else ""


def deciders(notes: Notes) -> list[str]:
    """People the notes say decide (the name within the sentence of a 'decides' cue)."""
    people = tuple((p.name, p.greet) for p in (*notes.interviewers, *notes.coordinators))
    return list(_deciders(notes.text or "", people))


@lru_cache(maxsize=64)  # the checker runs on every edit of one draft for the same notes
def _deciders(text: str, people: tuple[tuple[str, str | None], ...]) -> tuple[str, ...]:
    cue = lexicon.pattern("notes", "people", "decides")
    return tuple(
        name
        for name, greet in people
        if any(_cued(form, text, cue) for form in _forms(Interviewer(name, None, greet)))
    )


def greets(greeted: Iterable[str], person_name: str, greet: str | None) -> bool:
    names = {fold(person_name), fold(greet or "")} - {""}
    parts = {w for n in names for w in n.split()} - people_words("titles")
    return any(
        fold(g) in names or set(fold(g).split()) - people_words("titles") & parts for g in greeted
    )


def notes_timeline(notes: Notes) -> str | None:
    """The time the notes say a decision or next step comes ('decide by Fri 3/14'); a private
    line ('my other offer expires Dec 4') is not their timeline."""
    return stated_timeline(notes.text or "", tuple(p.lower() for p in notes.private_lines))


def common_word(name: str) -> bool:
    """'Sports', 'Platform': one word English uses often that is no one's given name."""
    words = [w for w in name.split() if w.strip(".").lower() not in people_words("titles")]
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    word = words[0].strip(".,")
    return not is_given_name(word) and zipf(word) >= 4.3  # census first: wordfreq is slow to load


def twice_greeted(greeted: Iterable[str]) -> tuple[str, str] | None:
    """'Samuel, Sam' or 'Marcus and Marcus Bell': one person greeted twice."""
    names = [g for g in greeted if g.strip()]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            fa, fb = fold(a).split(), fold(b).split()
            if not fa or not fb:
                continue
            short, full = sorted((fa[0], fb[0]), key=len)
            if fa == fb or (len(short) >= 3 and full != short and full.startswith(short)):
                return (a, b)
    return None
