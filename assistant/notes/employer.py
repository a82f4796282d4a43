"""The employer when no labelled line, headline or '@' names it, and what is no employer at all.

Three ways notes name where the interview was, in any case and any trade:

* a phrase ending in an organisation word: "Brightwater Logistics", "riverside unified school
  district", "St. Brendan's Medical Center" (the words live in wordlists/notes.toml, `headline.org_words`);
* "at / with X for the <role> job": "with summit ridge builders for the site supervisor job";
* a headline in pieces, one of them the role: "FreshWay grocery, front end supervisor",
  "riverside unified school district - data analyst II - 10/28".

A person's name, a greeting, a weekday or a month is never an employer ("Hi Imani", "Hiroshi",
"Mon-Thu").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.notes import wordlists
from assistant.notes.lexicon import ROLE_NOUNS
from assistant.notes.name_evidence import calendar_word
from assistant.notes.org import junk_company
from assistant.notes.role_titles import title_case

_WORD = r"[A-Za-z][\w'’&.-]*"
SMALL_WORDS = {"of", "the", "and", "&", "for", "de", "la", "du", "des", "van", "von", "st", "st."}
_NOT_IN_NAME = {
    "a", "an", "at", "with", "in", "on", "to", "from", "my", "our", "their", "his", "her", "your",
    "this", "that", "interview", "interviewed", "job", "role", "position", "opening", "today",
    "yesterday", "tomorrow", "is", "was", "were", "are", "be", "been", "i", "we", "they", "he",
    "she", "it", "who", "which", "where", "about", "as", "by", "into", "over", "out", "up", "so",
    "but", "or", "if", "then", "than", "just", "also", "very", "really", "had", "have", "has",
}  # fmt: skip
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|thanks|thank)\b", re.IGNORECASE)


def _heads() -> frozenset[str]:
    return wordlists.words("notes", "headline", "org_words")


def no_employer(value: str, people: Iterable[str]) -> bool:
    """A person, a greeting, a weekday or a month is not where the interview was."""
    value = value.strip()
    if not value or junk_company(value) or _GREETING.match(value):
        return True
    if all(calendar_word([w]) for w in re.split(r"\s*[-–/&]\s*|\s+", value) if w):
        return True  # "Mon-Thu", "Wed Jan"
    words = {w.lower().strip(".,") for w in value.split()}
    names = {w.lower().strip(".,") for p in people for w in p.split()}
    return bool(words) and words <= names


def _tidy(words: list[str]) -> str | None:
    while words and words[0].lower().strip(".,") in SMALL_WORDS - {"st", "st."}:
        words = words[1:]
    while words and words[-1].lower() in SMALL_WORDS:
        words = words[:-1]
    if not words or len(words) > 7:
        return None
    value = " ".join(words).strip(" ,.;:-–—")
    return title_case(value) if value.islower() else value


_PLACE_HEADS = {"office", "studio", "studios", "branch", "lab", "labs", "site", "store", "stores"}


def _is_name_token(tok: str) -> bool:
    return bool(re.match(_WORD, tok)) or tok == "&"


def _before_head(text: str) -> list[str]:
    """Phrases ending in an organisation word, with the run of name words before it."""
    heads = _heads()
    found: list[str] = []
    for line in text.splitlines():
        mixed = line != line.lower()
        tokens = re.findall(rf"{_WORD}|&|[,;:()\-–—|/+]", line)  # "bg check + drug test": two
        i = 0
        while i < len(tokens):
            if tokens[i].lower().strip(".") not in heads:
                i += 1
                continue
            end = i  # "Animal Emergency & Specialty": the name runs on over more such words
            while end + 1 < len(tokens) and (
                tokens[end + 1].lower().strip(".") in heads
                or (
                    tokens[end + 1] in ("&", "and")
                    and end + 2 < len(tokens)
                    and tokens[end + 2][:1].isupper()
                )
                or (tokens[end + 1] == "&" and end + 2 < len(tokens))
            ):
                end += 1
            start = i
            while start > 0:
                prev = tokens[start - 1]
                low = prev.lower()
                if not _is_name_token(prev) or low in _NOT_IN_NAME or low in ROLE_NOUNS:
                    break
                start -= 1
            name_words = tokens[start : end + 1]
            cuts = [
                k
                for k, w in enumerate(name_words)
                if w.lower() in ("the", "a", "an") and k and name_words[k - 1].lower() != "of"
            ]
            if cuts:  # "run the bakery": a name starts at its article
                name_words = name_words[cuts[-1] :]
            # "Office of Budget and Policy", "City of Tacoma": an organisation word then "of X"
            if end + 2 < len(tokens) and tokens[end + 1].lower() == "of":
                tail = []
                for t in tokens[end + 2 : end + 7]:
                    if (
                        not _is_name_token(t)
                        or t.lower() in _NOT_IN_NAME
                        or (mixed and t.islower())
                    ):
                        break
                    tail.append(t)
                if tail:
                    name_words = [*name_words, "of", *tail]
            i = end + 1
            proper = [
                w for w in name_words if w.lower() not in SMALL_WORDS and w.lower() not in heads
            ]
            proper = [w for w in proper if w != "&"]
            if not proper and not (len(name_words) > 2 and "of" in name_words):
                continue  # "the district", "their clinic": no name
            if mixed and not all(w[0].isupper() for w in proper):
                continue  # notes that capitalise names: "the labor & employment group" is a team
            if mixed and tokens[end].islower() and tokens[end].lower() in _PLACE_HEADS:
                continue  # "the Chicago office", "our US studio": a place, not the employer
            if got := _tidy(name_words):
                found.append(got)
    return found


_AT_FOR = re.compile(
    rf"\b(?:at|with|@)\s+(?:the\s+)?(?P<v>(?:{_WORD}\s+){{0,4}}?{_WORD})\s+(?:for|about)\s+"
    r"(?:the|a|an|their)\s+(?:[\w/&'’-]+\s+){0,4}?(?:job|position|role|opening|spot|post|vacancy)\b",
    re.IGNORECASE,
)


def _at_for(text: str) -> list[str]:
    out = []
    for m in _AT_FOR.finditer(text):
        words = m.group("v").split()
        if any(w.lower() in _NOT_IN_NAME for w in words):
            continue
        if got := _tidy(words):
            out.append(got)
    return out


# "the team at Spotify on Nov 16", "interviewed at Halden Freight yesterday": a capitalised name
# after "at" where the notes say they were interviewed ("met Dana at Starbucks" is no employer).
# Prose names other places too, so the checker asks the person to confirm it (notes/evidence.py)
_MET_AT = re.compile(
    r"\b(?:the\s+(?:team|folks|people|crew|panel)|interview(?:ed)?|on-?site|shift|trial|screen|"
    r"(?<!she\s)(?<!he\s)(?<!they\s)(?<!both\s)went\s+(?:over\s+|down\s+|up\s+)?to|arrived\s+at|"
    r"got\s+to|drove\s+to)"
    r"\s+(?:at|with|(?<=to\s)|(?<=at\s))\s*(?P<v>[A-Z][\w'’&.-]*(?:\s+(?:&|of|[A-Z][\w'’&.-]*)){0,4})"
)


def _met_at(text: str) -> list[str]:
    out = []
    for m in _MET_AT.finditer(text):
        words = re.sub(r"[.,;:]+$", "", m.group("v")).split()
        while words and words[-1].lower() in SMALL_WORDS:
            words.pop()
        if not words or any(w.lower() in _NOT_IN_NAME for w in words):
            continue
        if re.fullmatch(
            r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            r"|nov|dec)[a-z]*\.?",
            words[0],
            re.IGNORECASE,
        ):
            continue
        if got := _tidy(words):
            out.append(got)
    return out


def _role_piece(piece: str) -> bool:
    words = piece.lower().split()
    return bool(words) and words[-1].strip(".,()") in ROLE_NOUNS | {"ii", "iii", "i", "iv"}


def _headline_pieces(text: str) -> list[str]:
    """The first lines split on ' - ', ',' or '|': the piece beside the role is the employer."""
    out = []
    for line in text.splitlines()[:3]:
        line = re.sub(r"^\W+", "", line)
        pieces = [p.strip() for p in re.split(r"\s+[-–—|]\s+|,\s+", line) if p.strip()]
        if len(pieces) < 2 or not any(_role_piece(p) for p in pieces):
            continue
        for p in pieces:
            words = p.split()
            if (
                _role_piece(p)
                or not {w.lower().strip(".,") for w in words} & _heads()
                or not 1 <= len(words) <= 5
                or any(w.lower() in _NOT_IN_NAME for w in words)
                or re.search(r"\d", p)
            ):
                continue
            if got := _tidy(words):
                out.append(got)
                break
    return out


_STATED = re.compile(r"^.*?\b(?:is|are|was|called|named)\s+", re.IGNORECASE)


def tidy_employer(value: str) -> str:
    """'The practice is Lakeview Family Dentistry' -> 'Lakeview Family Dentistry'."""
    if re.fullmatch(r"@?[a-z0-9]+(?:_[a-z0-9]+)+", value.strip(), re.IGNORECASE):
        return title_case(value.strip().lstrip("@").replace("_", " ").lower())  # "@harbor_transit"
    cut = _STATED.sub("", value).strip()
    value = cut if cut and cut[0].isupper() and cut != value else value
    words = wordlists.load("notes")["headline"]
    short = words["org_abbreviations"]
    caps = {a.upper() for a in words["acronyms"] if len(a) > 2}  # "Irwell Valley Nhs Trust"
    value = " ".join(  # "Welsh Govt" -> "Welsh Government"; the rest as written
        short.get(w.lower().rstrip("."), w.upper() if w.upper() in caps else w)
        if len(value.split()) > 1
        else w
        for w in value.split()
    )
    said = value.split()
    while len(said) > 1 and said[0].lower() in words["interview_words"]:
        said = said[1:]  # "Entrevista Parallax Games"
    for suffix in sorted(words["org_suffixes"], key=len, reverse=True):
        n = len(suffix.split())
        if len(said) > n + 1 and " ".join(said[-n:]).lower().rstrip(",") == suffix:
            said = said[:-n]  # "Sutradhar Home Textiles Pvt. Ltd."
            break
    return " ".join(said).rstrip(",")


def employer_in_phrases(text: str, people: Iterable[str]) -> str | None:
    """The employer from the way notes name it in passing (see the module docstring)."""
    people = list(people)
    work = text[:4000]
    for found in (
        _at_for(work),
        _met_at(work),
        _before_the_job(work),
        _before_head(work),
        _headline_pieces(work),
    ):
        for value in found:
            if not no_employer(value, people) and not worked_there(value, work):
                return value
    return None


_BEFORE_THE_JOB = re.compile(  # "Kestrel Signs, for the sign fitter job"
    r"(?:^|[.!?]\s+)(?P<v>[A-Z][\w'’&.-]*(?:\s+(?:&|of|and|[A-Z][\w'’&.-]*)){0,5}),?\s+for\s+"
    r"(?:the|a|an)\s+(?:[\w'’/&-]+\s+){1,4}(?:position|job|role|opening|post|vacancy)\b",
    re.MULTILINE,
)


def _before_the_job(text: str) -> list[str]:
    return [v for m in _BEFORE_THE_JOB.finditer(text) if (v := _tidy(m["v"].split()))]


_PAST_WORK = re.compile(  # "my 3 yrs at Boomkap Services", "2 yrs w/ hunter roof restorations"
    r"(?:\b(?:yrs?|years?|months?|mos)\s+(?:at|with|w/|in)|\bworked\s+(?:at|for|with)|"
    r"\bused\s+to\s+work\s+(?:at|for)|\b(?:previously|formerly)\s+(?:at|with)|"
    r"\bmy\s+(?:old|last|previous|former|current)\s+(?:job|place|employer|company|boss|team)"
    r"\s+(?:at|with)|\bwhen\s+i\s+was\s+at|\bmy\s+time\s+at|\bex-)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def worked_there(value: str, text: str) -> bool:
    """The candidate's own past employer: every time the notes name it, it is where they worked."""
    spots = [m.start() for m in re.finditer(re.escape(value), text, re.IGNORECASE)]
    return bool(spots) and all(_PAST_WORK.search(text[max(0, at - 40) : at]) for at in spots)


# "co is Straits Orient Shipmanagement (from her email footer)": the notes say which it is
_SAID_IS = re.compile(
    r"\b(?:co|company|employer|firm|organi[sz]ation|org|agency|client)\s+(?:is|=|was)\s+"
    r"(?:the\s+)?(?P<v>[A-Z][\w'’&.-]*(?:\s+(?:&|of|[A-Z][\w'’&.-]*)){0,5})"
)


def said_company(text: str) -> str | None:
    """The employer the notes name in so many words ('the company is X'), as good as a label."""
    return next((got for m in _SAID_IS.finditer(text) if (got := _tidy(m["v"].split()))), None)
