"""Several people in one stretch of notes: 'Name (Title) at Company, Name2 – Title2 and Name3',
'with X' where the sentence is about the interview, a labelled 'Panel:' value; each added to
what was found, with the companies their titles name."""

from __future__ import annotations

import re

from assistant.notes import lexicon as lex
from assistant.notes.absolute_dates import WHEN
from assistant.notes.found import Found, Person
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import BUSY, MEETING, WITH
from assistant.notes.name_evidence import is_given_name, is_surname
from assistant.notes.names import (
    is_title,
    soft_name,
    take_company,
    take_name,
    take_title,
    take_titled_name,
)


def title_without_company(title: str, found: Found) -> str:
    """'CEO of Acme' -> 'CEO' (company Acme); 'VP of Ops at Chewy' -> 'VP of Ops' (company Chewy);
    'VP of Engineering' stays whole."""
    if m := re.match(r"(.+?)\s+(?:at|@)\s+(?:the\s+)?(\S.*)$", title, IGNORE_CASE):
        found.add_company(2, take_company(m[2], found.lower))
        title = m[1]
    m = re.match(
        r"((?:co-?)?(?:ceo|cto|cfo|coo|founder|president|owner|chair\w*?|principal|superintendent"
        r"|headmaster|headmistress|head\s?teacher|general\s+manager|managing\s+director))s?"
        r"\s+of\s+(.+)$",
        title,
        IGNORE_CASE,
    )
    if m and (m[2][:1].isupper() or found.lower):  # below "at X": "Chair of Chemistry at Leeds"
        found.add_company(3, take_company(m[2], found.lower))
        return m[1]
    return title


def take_people(
    s: str,
    pos: int,
    found: Found,
    lower: bool,
    need_title: bool,
    title: str | None = None,
    weak: int = 0,
    shared: bool = False,
) -> int:
    """Take 'Name (Title) at Company, Name2 – Title2 and Name3' from s[pos:]; return its end.

    title is the first person's unless their own follows the name; shared gives it to all.
    """
    for _ in range(5):
        got = take_name(s[pos:], lower)
        if not got:
            break
        name, end = got
        if re.search(r"['’]s$", s[pos : pos + end]) and (
            titled := take_titled_name(s[pos + end :], lower)
        ):  # "Stripe's head of design, Ana Ruiz": a company, then a titled name
            found.add_company(2, take_company(name))
            pos += end + titled[2]
            title = title_without_company(titled[0], found)
            continue
        if re.search(r"['’]s$", s[pos : pos + end]) and is_title(
            " ".join(s[pos + end :].split()[:1])
        ):
            break  # "with Sarah's manager" met the manager, not Sarah
        own = take_title(s[pos + end :])
        if own and s[pos + end :].lstrip().startswith("(") and not is_title(own[0]):
            name, end, own = _named_aside(s, pos, end, name, own, lower)
            if own and _a_place_and_its_area(name, own[0]):
                break  # "Vantara Digital Services, Pune (Hinjewadi)": a city, not a person
        if own and title and not is_title(own[0]):  # "sourcer Lily (Amazon)": a company
            found.add_company(2, take_company(own[0]))
            end, own = end + own[1], None
        if need_title and not own:
            break
        # "Canva, Senior PM" or "Canva – Senior PM" may be a company; "Ana (CTO)" is a person
        unsure = 2 if need_title and not s[pos + end :].lstrip().startswith("(") else 0
        end += own[1] if own else 0
        own_title = title_without_company(own[0], found) if own else title
        person = found.add_person(name, own_title, unsure or (0 if own_title else weak))
        pos += end
        pos += s[pos:].startswith(")")
        team = re.match(r"\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s*){1,3}(?:team)?", s[pos:])
        if person.title and team:  # "an Engineering Manager on Search, and Maria Rossi"
            pos += len(team[0].rstrip())
        of = r"|of" if person.title else ""  # "the owner (Gus) of Gus's Garage"
        at = rf"{WHEN}\s*,?\s*(?:at|@|from|en|bei|chez{of})\s+(?:the\s+)?"
        if m := re.match(at, s[pos:], IGNORE_CASE):
            company = found.add_company(2, take_company(s[pos + m.end() :], lower))
            pos += m.end() + (s[pos + m.end() :].find(company) + len(company) if company else 0)
            person.weak = 0
        sep = r"\s*(?:,\s*(?:and\s+)?|[&+]\s*|\s(?:and\s+)?then\s+|\sand\s+)"
        m = re.match(r"\s*,?\s*(?:and|[&+])\s+" if m else sep, s[pos:])  # "at N26, Stelle:" ends
        if not m or not m[0].strip():
            break
        lower = lower and (found.lower or "," not in m[0] or "and" in m[0])  # not "…, asked me"
        pos, need_title, weak = pos + m.end(), False, 0
        title = title if shared else None
    return pos


def with_people(
    sent: str, spans: list[tuple[int, int]], found: Found, lower: bool, context: bool
) -> None:
    """'with X' where the sentence is about the interview: 'Final round at Northwind Labs, Nov 26
    with Priya Raman'; not 'Round 2 was a case study with Excel models'."""
    for m in WITH.finditer(sent):
        near = list(MEETING.finditer(sent, 0, m.start()))
        gap = sent[near[-1].end() : m.start()] if near else ""
        meeting = m.start() == 0 or (near and len(gap.split()) <= 8 and not BUSY.search(gap))
        own = (lower or soft_name(sent, m.end())) and not m["f"]  # "con el equipo": "with the team"
        got = take_name(sent[m.end() :], own)
        if any(a <= m.start() < b for a, b in spans) or not got or not (meeting or context):
            continue
        after = sent[m.end() + got[1] :]
        nxt = (re.match(r"\s+([a-z][\w'’-]*)", after) or [None, ""])[1]
        single = " " not in got[0] and not after.lstrip().startswith("(")
        if single and (nxt and nxt not in lex.NOT_NAMES or not meeting):
            continue  # "with Excel modelling", "coding with Salesforce"
        if (end := take_people(sent, m.end(), found, own, False, weak=1)) > m.end():
            spans.append((m.start(), end))


def labelled_people(label: str, value: str, titled: bool, found: Found) -> None:
    """'Dana Ortiz (Head of Product), Li Wei – Staff Engineer, and Tom'; 'Recruiter: Tom Park'."""
    prev: Person | None = None
    for chunk in re.split(r"\s*[,;/+]\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))", value):
        chunk = re.sub(r"^(?:and|with)\s+", "", chunk.strip(), flags=IGNORE_CASE)
        if titled_name := take_titled_name(chunk):
            prev = found.add_person(titled_name[1], title_without_company(titled_name[0], found))
        elif got := take_name(chunk, True):
            title = take_title(chunk[got[1] :])
            own = title_without_company(title[0], found) if title else None
            prev = found.add_person(got[0], own or (label if titled else None))
            if m := re.search(r"\s(?:at|@|from)\s+(.+)$", chunk[got[1] :]):
                found.add_company(1, take_company(m[1], True))
        elif prev is not None and prev.title is None and is_title(chunk):
            title_text, *company = re.split(r"\s+(?:at|@|from)\s+", chunk, maxsplit=1)
            prev.title = title_text.strip()
            found.add_company(1, take_company(company[0], True) if company else None)


def _named_aside(
    s: str, pos: int, end: int, name: str, own: tuple[str, int], lower: bool
) -> tuple[str, int, tuple[str, int] | None]:
    """'Dazza (Darren Kowalczyk) - ops mgr': the bracket holds the full name, the word before it
    is what people call them; 'Darren Kowalczyk (Dazza) - ops mgr': the bracket is the nickname.
    Either way the title is what follows the bracket. Anything else is left as it was."""
    inner = own[0].strip()
    whole = take_name(inner, lower)
    after = end + own[1]
    if whole and whole[1] >= len(inner) and len(whole[0].split()) >= 2 and len(name.split()) == 1:
        return whole[0], after, take_title(s[pos + after :])
    if len(inner.split()) == 1 and is_given_name(inner) and len(name.split()) >= 2:
        return name, after, take_title(s[pos + after :])
    return name, end, own


def _a_place_and_its_area(name: str, aside: str) -> bool:
    """'Pune (Hinjewadi)': one word no name list knows, then one more in brackets that is no
    job: a place. 'Ana (CTO)', 'Dazza (Darren Kowalczyk)' and 'Kowalski (Ops)' are people."""
    words = aside.split()
    return (
        len(name.split()) == 1
        and len(words) == 1
        and not is_given_name(name)
        and not is_surname(name)
        and not is_given_name(words[0])
        and not is_title(aside)
    )
