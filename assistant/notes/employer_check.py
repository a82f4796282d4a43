"""The last look at an employer the notes reader picked: a name a careful reader would call wrong
is dropped, since an email that says "your team" reads better than one that thanks "Teller",
"Walter" or "The Shop" (shared/READER.md, F). Each rule is a kind of mistake measured on the
blind corpora in evals/reader, never one employer's name."""

from __future__ import annotations

import re

from assistant.notes import wordlists
from assistant.notes.employer import SMALL_WORDS
from assistant.notes.lexicon import STOP
from assistant.notes.name_evidence import people_words, zipf


def _alternation(key: str) -> str:
    """A word list of notes.toml [headline] as one regex alternation ('car park' -> 'car\\s+park')."""
    items = wordlists.load("notes")["headline"][key]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def trim_employer(company: str) -> str:
    """'Capitol Toyota svc dept' -> 'Capitol Toyota': lower-case words after a name are notes."""
    words = company.split()
    while len(words) > 1 and words[-1].islower() and words[-1] not in _org_words():
        words.pop()
    return " ".join(words)


def _org_words() -> frozenset[str]:
    return wordlists.words("notes", "headline", "org_words")


def implausible_employer(company: str, role: str | None, text: str = "") -> str | None:
    """Why `company` is no employer's name, or None when it may be one; `text`, the notes, says
    whether a name is used as a person's ('a docent named Walter', 'Priya emailed after')."""
    words = company.split()
    low = [w.lower().strip(".,'’") for w in words]
    org_words = _org_words()
    role_low = {w.lower().strip(".,") for w in (role or "").split()}
    if low and set(low) <= role_low:
        return "the job, not the employer ('the Teller role at Teller')"
    if len(words) == 1 and company.isupper() and low[0] in STOP:
        return "a section heading ('WHO')"
    if len(words) == 1 and low[0] in wordlists.words("notes", "headline", "demonyms"):
        return "a nationality or a language ('Polish'), not a name"
    if company.isupper() and len(words) <= 3 and min(zipf(w) for w in low) >= 4.0:
        return "a heading's tag in capitals ('SELF REVIEW', 'FINAL ROUND'), not a name"
    if " ".join(low) in wordlists.words("notes", "headline", "work_patterns"):
        return "when or how the job is worked ('Day Shift', 'Part Time'), not a name"
    if (
        len(words) == 1
        and len(low[0]) >= 4
        and zipf(low[0]) >= 4.0
        and re.search(rf"\b{low[0]}\b", text)
    ):
        return "an everyday word the notes write in lower case ('questions')"
    first = re.escape(words[0]) if words else ""
    if (
        1 <= len(words) <= 2
        and not set(low) & org_words
        and re.search(
            rf"\bnamed\s+{first}\b|\b{first}\s+(?:\w+\s+)?(?:{_alternation('spoke_verbs')})\b",
            text,
            re.IGNORECASE,
        )
    ):
        return "a person's name ('Walter', 'Priya Raman')"
    titles = "|".join(re.escape(t) for t in sorted(people_words("titles"), key=len, reverse=True))
    titled = rf"\b(?i:{titles}|my\s+old|my\s+former)\.?\s+{first}\b"  # "Fr. Eamon"
    if len(words) <= 2 and not set(low) & org_words and re.search(titled, text):
        return "a person's name ('Fr. Eamon')"
    street = re.compile(rf"(?i:{_alternation('street_words')})\.?")
    if len(words) >= 2 and street.fullmatch(words[-1]):
        return "a street ('Te Awa Rd')"
    if re.search(rf"\b{re.escape(company)}\s+(?:{_alternation('street_words')})\b", text):
        return "a street or a branch ('Westgate Street')"
    # "FreshWay grocery" is a name typed fast (an organisation word); "ENG1 medical" is not
    loose = [w for w in words if w.islower() and w not in SMALL_WORDS | {"+"} | org_words]
    if loose and not company.islower():
        return "a phrase, not a name: names are capitalised ('ENG1 medical')"
    if len(words) == 2 and words[1].islower() and re.search(r"\d", words[0]):
        return "a form or a test, not a name ('D4 medical')"
    if len(words) == 2 and words[1].islower() and min(zipf(w) for w in low) >= 4.5:
        return "everyday words, not a name ('Call centre')"
    if len(words) == 2 and low[0] == "the" and zipf(low[1]) >= 4.0:
        return "a place named with a common noun ('The Shop')"
    places = wordlists.words("notes", "headline", "place_words")
    if len(words) <= 2 and low[-1] in places and zipf(low[0]) >= 3.3:
        return "a room or a department ('Dispatch Office')"
    if len(words) <= 2 and low[-1] in wordlists.words("notes", "headline", "site_words"):
        return "a site, not the firm ('Ikeja Plant')"
    return None
