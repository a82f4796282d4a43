"""The last look at an employer the notes reader picked: a name a careful reader would call wrong
is dropped, since an email that says "your team" reads better than one that thanks "Teller",
"Walter" or "The Shop" (shared/READER.md, F). Each rule is a kind of mistake measured on the
blind corpora in evals/reader, never one employer's name."""

from __future__ import annotations

import re

from assistant.notes import wordlists
from assistant.notes.lexicon import STOP
from assistant.notes.name_evidence import zipf

_PLACES = re.compile(r"(?:office|department|dept|desk|room|floor|unit|lobby|yard|shop|site)$")


_SPOKE = r"(?:said|says|told|asked|emailed|called|mentioned|wrote|texted|introduced|explained)"


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
    org_words = wordlists.words("notes", "headline", "org_words")
    role_low = {w.lower().strip(".,") for w in (role or "").split()}
    if low and set(low) <= role_low:
        return "the job, not the employer ('the Teller role at Teller')"
    if len(words) == 1 and company.isupper() and low[0] in STOP:
        return "a section heading ('WHO')"
    first = re.escape(words[0]) if words else ""
    if (
        1 <= len(words) <= 2
        and not set(low) & org_words
        and re.search(
            rf"\bnamed\s+{first}\b|\b{first}\s+(?:\w+\s+)?{_SPOKE}\b", text, re.IGNORECASE
        )
    ):
        return "a person's name ('Walter', 'Priya Raman')"
    titled = rf"\b(?:Fr|Father|Dr|Mr|Mrs|Ms|Sister|Rev|Prof|my\s+old|my\s+former)\.?\s+{first}\b"
    if len(words) <= 2 and not set(low) & org_words and re.search(titled, text):
        return "a person's name ('Fr. Eamon')"
    if re.search(
        rf"\b{re.escape(company)}\s+(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Blvd|Drive|"
        r"branch|location|campus|car\s+park)",
        text,
    ):
        return "a street or a branch ('Westgate Street')"
    small = {"of", "and", "&", "the", "for", "de", "du", "la", "le", "des", "van", "von", "y", "+"}
    loose = [w for w in words if w.islower() and w not in small and w not in org_words]
    if (
        loose and not company.islower()
    ):  # "FreshWay grocery" is a name typed fast; "ENG1 medical" not
        return "a phrase, not a name: names are capitalised ('ENG1 medical')"
    if len(words) == 2 and low[0] == "the" and zipf(low[1]) >= 4.0:
        return "a place named with a common noun ('The Shop')"
    if len(words) <= 2 and _PLACES.search(low[-1]) and zipf(low[0]) >= 3.3:
        return "a room or a department ('Dispatch Office')"
    return None
