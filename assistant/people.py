"""Who the candidate met, with evidence: interviewers (the lead first), recruiters, greet names.

The notes parser proposes names; this settles them. A name is a person only with evidence: a
single common word ("Virtual", "Platform") or a place ("Denver") is not, unless the notes give it
a title or make it speak. Recruiters and coordinators are met but not greeted as interviewers;
"goes by", "call me" and "prefers" are honoured; titles are kept ("Dr. Okafor"); a family-name-
first name is greeted in full. Word lists live in assistant/lexicon/notes.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant import lexicon
from assistant.domain import Interviewer

_PERSON_VERBS = (
    r"said|says|asked|asks|told|tells|mentioned|explained|talked|described|shared|showed|walked|"
    r"gave|seemed|laughed|joked|introduced|interviewed|led|ran|took|wants|wanted|is\s+the|was\s+the|"
    r"will|would|and\s+i|&\s+i|\+\s+i|\(|,\s+(?:the|our|my|a|an|her|his)\s|,\s+\w+\s+(?:manager|director|lead)"
)


@dataclass(frozen=True)
class Cast:
    interviewers: tuple[Interviewer, ...]
    coordinators: tuple[Interviewer, ...]


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


def _context(name: str, text: str, span: int = 90) -> str:
    """Every stretch of the notes around the name (and its first word), joined."""
    bits = []
    for key in {name, name.split()[0], name.split()[-1]}:
        if len(key) < 2:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(key)}(?![\w])", text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            bits.append(text[max(line_start, m.start() - span): min(line_end, m.end() + span)])
    return " \n ".join(bits)


def _near(name: str, text: str, span: int = 45) -> str:
    """The words right around the name: a title in parentheses, an appositive."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        bits.append(text[max(line_start, m.start() - span): min(line_end, m.end() + span)])
    return " \n ".join(bits)


def _before(name: str, text: str, span: int = 28) -> str:
    """The words just before the name on its line: 'recruiter screen w/ Taylor'."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        bits.append(text[max(line_start, m.start() - span): m.start()])
    return " \n ".join(bits)


def is_person(name: str, title: str | None, text: str) -> bool:
    """A name with evidence: not a place, format or common word standing alone."""
    tokens = [t.strip(".,'’") for t in name.split() if t.strip(".,'’")]
    if not tokens:
        return False
    titles = lexicon.words("notes", "people", "titles")
    core = [t for t in tokens if t.lower().rstrip(".") not in titles]
    if not core:
        return False
    not_names = lexicon.words("notes", "people", "not_names")
    not_surnames = lexicon.words("notes", "people", "not_surnames")
    if all(t.lower() in not_names for t in core) or any(t.lower() in not_surnames for t in core[1:]):
        return False
    if any(not re.match(r"[^\W\d_]", t) or re.search(r"[’']T$|\d", t) for t in core):
        return False
    if len(core) >= 2:
        return not all(_zipf(t) >= 4.6 and t.lower() in not_names for t in core)
    word = core[0]
    if word.lower() in not_names:  # "Virtual", "Denver": only with a title or a verb of speech
        titled = len(tokens) > len(core)
        return titled or bool(re.search(rf"\b{re.escape(word)}\s+(?:{_PERSON_VERBS})", text))
    return True


def goes_by(name: str, title: str | None, text: str) -> str | None:
    """The name the notes say this person goes by, if any."""
    pat = lexicon.pattern("notes", "people", "goes_by")
    after = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        tail = text[m.end(): m.end() + 60]
        after.append(re.split(r"\)|\n|;|,\s+(?=[A-Z][a-z]+\s+[A-Z(])", tail)[0])
    for where in (title or "", *after):
        for m in pat.finditer(where):
            nick = m.group("nick")
            if nick and nick[0].isupper() and nick.lower() not in lexicon.words("notes", "people", "not_names"):
                return nick
    return None


def greet_name(name: str, nick: str | None) -> str:
    """'Dr. Okafor', 'Vivian', 'Zhang Wei', or the first name."""
    tokens = name.split()
    if not tokens:
        return name
    head = tokens[0].rstrip(".")
    titles = {t.lower(): t for t in lexicon.load("notes")["people"]["titles"]}
    if head.lower() in titles and len(tokens) > 1:
        shown = titles[head.lower()]
        if shown in ("Professor", "Captain", "Sergeant", "Reverend", "Judge", "Pastor", "Rabbi", "Imam",
                     "Father", "Sister", "Chef", "Coach", "Dean", "Miss"):
            pass
        else:
            shown = shown + "."
        if nick and head.lower() not in ("dr", "prof", "professor", "judge", "rev", "reverend"):
            return nick
        return f"{shown} {tokens[-1]}"
    if nick:
        return nick
    family = {w.lower() for w in lexicon.load("notes")["people"]["family_first"]}
    if len(tokens) >= 2 and tokens[0].lower() in family and not re.search(r"[a-z]-[a-z]", tokens[-1]):
        return name
    return tokens[0][:1].upper() + tokens[0][1:]


def settle(people: Sequence[Interviewer], text: str) -> Cast:
    """Interviewers (lead first) and coordinators, from the parser's candidate names."""
    recruiter = lexicon.pattern("notes", "people", "recruiter")
    lead = lexicon.pattern("notes", "people", "lead")
    junior = lexicon.pattern("notes", "people", "junior")
    nicks = {}
    kept: list[Interviewer] = []
    for p in people:
        if not is_person(p.name, p.title, text):
            continue
        nick = goes_by(p.name, p.title, text)
        if nick and nick.lower() != p.name.lower():
            nicks[nick.lower()] = p.name
        kept.append(p)
    # "Vivian" listed on its own after "Wei Zhang (goes by Vivian)" is the same person
    kept = [p for p in kept if not (p.name.lower() in nicks and nicks[p.name.lower()] != p.name)]
    seen: set[str] = set()
    interviewers: list[tuple[int, int, Interviewer]] = []
    coordinators: list[Interviewer] = []
    for order, p in enumerate(kept):
        key = p.name.lower()
        if key in seen:
            continue
        seen.add(key)
        about = f"{p.title or ''} {_near(p.name, text)}"
        nick = goes_by(p.name, p.title, text)
        title = _clean_title(p.title)
        person = Interviewer(p.name, title, greet_name(p.name, nick))
        is_recruiter = recruiter.search(p.title or "") or (
            recruiter.search(_before(p.name, text)) and not lead.search(p.title or "")
        )
        if is_recruiter and not re.search(rf"{re.escape(p.name.split()[0])}\s+(?:asked|interviewed)", text):
            coordinators.append(Interviewer(p.name, title, person.greet, "recruiter"))
            continue
        rank = 1
        if lead.search(p.title or "") or lead.search(_near(p.name, text, 25)):
            rank = 0
        if junior.search(p.title or "") and not lead.search(p.title or ""):
            rank = 2
        del about
        interviewers.append((rank, order, person))
    if not interviewers and coordinators:  # a recruiter's screen: the recruiter interviewed
        interviewers = [(1, i, Interviewer(c.name, c.title, c.greet)) for i, c in enumerate(coordinators)]
        coordinators = []
    interviewers.sort(key=lambda x: (x[0], x[1]))
    out = tuple(
        Interviewer(p.name, p.title, p.greet, "lead" if i == 0 else "other")
        for i, (_, _, p) in enumerate(interviewers)
    )
    return Cast(out, tuple(coordinators))


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.split(r"\s*[-–—,;]\s*(?:goes|go|call|prefers|aka|known)\b", title, flags=re.IGNORECASE)[0]
    return title.strip(" ,;-") or None
