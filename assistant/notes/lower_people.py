"""People that notes typed in lower case name with a job beside them: '- siobhán ní bhriain —
program director. final say.', '- gus (didn't get last name, IT lead?)', 'the curator is doctor
hamid sadeghi', 'the lead keeper rosie mcallister who would be my boss'.

A lower-case word is a name only with evidence on both sides: it reads as a name (a given name
from the census, or a word too rare to be English) and a job, a title or a deciding cue stands
right beside it. Names come back capitalised ('Siobhán Ní Bhriain').
"""

from __future__ import annotations

import re

from assistant.notes import lexicon as lex
from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import (
    is_given_name,
    is_surname,
    people_pattern,
    people_words,
    zipf,
)
from assistant.notes.names import cap_name
from assistant.notes.role_titles import role_nouns

_WORD = r"[^\W\d_][\w'’-]*"
_BULLET = re.compile(
    rf"^\s*(?:[-*•]|\d+[.)])\s*(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)\s*(?:\(|[—–:,=]|\s-\s)\s*(?P<t>[^\n]{{2,120}})$",
    re.MULTILINE,
)
_TITLED = re.compile(r"\b(?P<t>doctor|dr\.?|chef|rev\.?|reverend|pastor|coach|sgt\.?|professor)\s+")
# a job noun the lists lack still ends like one: "aquarist", "farrier", "sommelier", "curator"
_JOB_ENDING = re.compile(r"(?:ist|ier|eer|[^e]er|or|ian)$")
_DETERMINER = re.compile(r"\b(?:the|my|our|their)\s+")


def _first_ok(word: str, titled: bool = False) -> bool:
    """A lower-case word that may start a name: a given name that is not an everyday word
    ('gus', 'rosie'), or a word too rare to be English ('siobhán', 'kwame'); after a title
    ('doctor hamid') a less rare word will do."""
    low = word.lower()
    if low in people_words("not_names") or low in lex.STOP or low in role_nouns():
        return False
    return (is_given_name(low) and zipf(low) < 4.3) or zipf(low) < (3.4 if titled else 2.0)


def _more_ok(word: str) -> bool:
    """A word that may go on a name: a family name that is not an everyday word, or a rare word."""
    low = word.lower()
    if low in people_words("not_names") or low in lex.STOP or low in role_nouns():
        return False
    return zipf(low) < 2.5 or (is_surname(low) and zipf(low) < 3.3)


def _name(words: list[str], need_all: bool, titled: bool = False) -> str | None:
    if not words or not words[0].islower() or not _first_ok(words[0], titled):
        return None
    taken = [words[0]]
    particles = people_words("name_particles")
    rest = words[1:4]
    for i, w in enumerate(rest):
        particle = w in particles and i + 1 < len(rest) and _more_ok(rest[i + 1])
        if not w.islower() or not (particle or _more_ok(w)) or len(taken) == 3:
            if need_all:
                return None
            break
        taken.append(w)
    while taken[-1] in particles:
        taken.pop()
    return " ".join(cap_name(w) for w in taken)


def _job(title: str) -> bool:
    """A job said first ('ops mgr, does the hiring'), or a lead or recruiter cue anywhere."""
    words = {w.lower().strip(".,?") for w in re.findall(_WORD, title)[:4]}
    return bool(
        words & role_nouns()
        or people_pattern("lead").search(title)
        or people_pattern("decides").search(title)
        or people_pattern("boss").search(title)
        or people_pattern("recruiter").search(title)
    )


def lower_people(text: str) -> list[MaybePerson]:
    """Everyone a lower-case line names beside a job or a title, in the order of the notes."""
    found: list[MaybePerson] = []
    for m in _BULLET.finditer(text):
        title = m["t"].split(")")[0] if m[0].lstrip(" -*•").find("(") >= 0 else m["t"]
        got = _name(m["n"].split(), need_all=True)
        if got and _job(title):
            title = re.split(r"[.;]\s|\s[—–]\s|\s*(?:->|→)\s*", title.strip(" .?"))[0]
            found.append(MaybePerson(got, title, m[0].strip(), panel=True, sure=True))
    for m in _TITLED.finditer(text):
        if text[m.start() : m.start() + 1].isupper():
            continue  # capitalised titles are read elsewhere
        got = _name(re.findall(_WORD, text[m.end() : m.end() + 60])[:3], False, titled=True)
        if got:
            honorific = (
                "Dr." if m["t"].startswith(("doctor", "dr")) else cap_name(m["t"].rstrip("."))
            )
            found.append(
                MaybePerson(f"{honorific} {got}", None, text[m.start() : m.end() + 100], sure=True)
            )
    for m in _DETERMINER.finditer(text):
        words = re.findall(rf"{_WORD}|,", text[m.end() : m.end() + 80])
        for k in range(1, 4):  # 'the lead keeper rosie mcallister': a job of 1-3 words, a name
            if k >= len(words):
                break
            noun = words[k - 1].lower()
            job_like = bool(_JOB_ENDING.search(noun)) and zipf(noun) < 4.0  # not "senior", "other"
            if not (noun in role_nouns() or job_like):
                continue
            rest = words[k:]
            rest = rest[1:] if rest[:1] in (["is"], ["was"], [","]) else rest
            got = _name(rest[:3], need_all=False)
            if got and " " in got and is_given_name(got.split()[0]):
                # a given and a family name: one word alone is too weak ("the smelter,
                # spirometry + audiometry" names no one)
                title = " ".join(words[:k])
                found.append(MaybePerson(got, title, text[m.start() : m.end() + 100], sure=True))
                break
    return found
