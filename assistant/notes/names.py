"""Who and where, from notes: names, titles, companies and roles, the sign-off, and what was
found so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.notes import lexicon as lex
from assistant.notes.absolute_dates import MONTH, WEEKDAY, WHEN
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import BUSY, MEETING, WITH
from assistant.notes.org import junk_company
from assistant.notes.people_patterns import (
    CAPITALISED_ROLE,
    COMPANY_TOKEN,
    ROLE_PATTERNS,
    TITLE_CUT,
    TITLE_LEAD,
    TOKEN_FIRST,
    TOKEN_NEXT,
)

# --- what was found so far -----------------------------------------------------------------------


@dataclass
class Person:
    name: str
    title: str | None = None
    weak: int = 0  # 1: a lone word after "interview with", 2: "Canva, Senior PM": maybe a company


@dataclass
class Found:
    today: date
    people: list[Person] = field(default_factory=list)
    company: dict[int, str] = field(default_factory=dict)  # rank (0 = labelled) -> name
    role: dict[int, str] = field(default_factory=dict)  # rank -> role
    candidate: str | None = None
    interview_date: date | None = None
    timeline: str | None = None  # a labelled "Next steps:" value
    timelines: list[str] = field(default_factory=list)  # prose sentences about the decision
    details: list[tuple[float, int, str]] = field(default_factory=list)  # (score, order, text)
    foreign: bool = False  # notes in another language: read labels, invent no details
    lower: bool = False  # notes typed in lower case: "met w/ tom reilly @ hubspot"
    signed: bool = False  # the candidate is the name a closing "Thanks, Jordan" gives
    mentions: int = 0  # add_person calls, so a sentence that names someone is not a detail

    def add_person(self, name: str, title: str | None = None, weak: int = 0) -> Person:
        """Add someone, or merge with a known person ('Sarah' is 'Sarah Chen', 'Dr. Chen' too)."""
        self.mentions += 1
        words = name.lower().split()
        honorific = words[0].rstrip(".") in lex.HONORIFICS
        for p in self.people:
            known = p.name.lower().split()
            if (
                known == words
                or known[:1] == words
                or words[:1] == known
                or (honorific and known[-1] == words[-1])
            ):
                if len(words) > len(known) and not honorific:
                    p.name = name
                p.title, p.weak = p.title or title, min(p.weak, weak)
                return p
        self.people.append(Person(name, title, weak if len(words) == 1 else 0))
        return self.people[-1]

    def add_company(self, rank: int, value: str | None) -> str | None:
        """Keep the first company seen at each rank; the lowest rank wins in the end."""
        if value and re.fullmatch(rf"(?:{MONTH}|{WEEKDAY})(?:\W*\d.*)?", value, IGNORE_CASE):
            return None  # "Nov 26", but "Monday.com" is a company
        if value and junk_company(value):
            return None  # "Prev job", "their shop"
        if value and rank not in self.company:
            self.company[rank] = value[:80]
        return value


# --- names, titles, companies --------------------------------------------------------------------


def _cap(word: str) -> str:
    return re.sub(r"(^|['’-])(\w)", lambda m: m[1] + m[2].upper(), word) if word.islower() else word


def take_name(s: str, allow_lower: bool = False) -> tuple[str, int] | None:
    """A person's name at the start of s ('Dr. Amara Okafor', 'José Álvarez', 'priya'), its end.

    An honorific is kept only when no given name follows it ('Ms. Kim', but 'Amara Okafor').
    """
    honorific, pos, end = "", 0, 0
    parts: list[str] = []
    while len(parts) < 4:
        m = (TOKEN_NEXT if parts or honorific else TOKEN_FIRST).match(s, pos)
        if not m:
            break
        tok = m[1]
        bare = re.sub(r"['’]s$", "", tok.rstrip("."))
        low = bare.lower()
        if not parts and low in lex.HONORIFICS:  # "Dr.", "Prof. Dr."
            honorific, pos = f"{honorific} {bare.capitalize()}.".lstrip(), m.end()
            continue
        if parts and low in lex.PARTICLES and bare.islower():
            parts.append(bare)
            pos = m.end()
            continue
        upper_ok = bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())
        lower_ok = allow_lower and bare.islower() and len(bare) > 1
        plural = low[-1:] == "s" and low[:-1] in lex.ROLE_NOUNS or re.fullmatch(r"[A-Z]{2,}s", bare)
        if low in lex.COMPANY_WORDS:
            return None  # "Ñandú Labs", "Department for Transport"
        if low in lex.NAME_WORDS and not parts and upper_ok and _given(s, m.end()):
            low = ""  # "Will Harper", "with Will from Accenture"; not "Will they", "May 5"
        if low in lex.NOT_NAMES or plural or not (upper_ok or lower_ok):
            break  # "RNs" and "engineers" are no names
        parts.append(_cap(bare) + ("." if len(bare) == 1 and tok.endswith(".") else ""))
        pos = end = m.end() - (len(tok) - len(bare) if tok.endswith(".") and len(bare) > 1 else 0)
        if bare != tok.rstrip(".") or (tok.endswith(".") and len(bare) > 1):
            break  # a possessive or a full stop ends the name
    while parts and parts[-1] in lex.PARTICLES:
        parts.pop()
    after = (m[1] if (m := TOKEN_NEXT.match(s, end)) else "").lower().strip(".,")
    unit = after in lex.UNIT or len(parts) == 1 and after in lex.ROLE_NOUNS  # "Support Engineer"
    if not parts or unit and not re.search(r"['’]s$", s[:end]):  # but "Sam's team" is Sam's
        return None
    keep = honorific and (len(parts) == 1 or re.search(r"\b(?:Dr|Prof|Professor)\.", honorific))
    return (f"{honorific} {' '.join(parts)}" if keep else " ".join(parts)), end


def soft_name(s: str, pos: int) -> bool:
    """A lower-case name in a jotting that starts in lower case: 'call w/ tom from Brewdog'."""
    after = r"[a-z][\w'’-]*(?:\s*[(,.;@&]|\s+(?:from|at|and)\b|$)"  # then what follows a name
    return s[:1].islower() and bool(re.match(after, s[pos:]))


def _given(s: str, pos: int) -> bool:
    """The word before pos is a name ('Will Harper', 'Will said'), no verb or month ('May I')."""
    if re.match(r"\s*\d", s[pos:]):
        return False
    m = TOKEN_NEXT.match(s, pos)
    word = m[1].rstrip(".").lower() if m else ""
    if m and m[1][:1].isupper():
        return word not in lex.NOT_NAMES | lex.COMPANY_WORDS
    return word not in lex.MODAL_NEXT


def take_company(s: str, allow_lower: bool = False) -> str | None:
    """A company name at the start of s: 'Brightline Bank', "St. Vincent's Hospital", 'stripe'."""
    parts: list[str] = []
    pos = 0
    while len(parts) < 7 and (m := COMPANY_TOKEN.match(s, pos)) and m[1]:
        raw = m[1].rstrip(",")
        tok = raw.rstrip(".")
        low, lowered = tok.lower(), [*parts, tok] if parts else parts  # "blue bottle", lower case
        typed = allow_lower and len(parts) < 3 and all(p.islower() for p in lowered)
        if not (
            (parts and low in ("&", "and", "of") and not typed)
            or (parts and low == "for" and parts[-1].lower() in lex.FOR_ORGS)  # "Department for X"
            or re.fullmatch(r"[^\W\d_][\w-]*\.(?:com|io|ai|co|app|dev)", tok)  # "monday.com"
            or tok[:1].isupper()
            or tok[:1].isdigit()
            or (typed and tok[:1].isalpha() and low not in lex.NOT_NAMES | lex.FILLER)
        ):
            break
        nxt = COMPANY_TOKEN.match(s, m.end())
        nxt_word = nxt[1] if nxt and m[1] == raw else ""
        joined = nxt_word[:1].isupper() and nxt_word.lower().strip(".,") not in lex.ROLE_NOUNS
        owns = nxt_word.lower().strip(".,") not in lex.STOP | {"", "today", "yesterday", "last"}
        if re.search(r"['’]s$", tok) and owns and not joined:  # "Acme's CTO" -> "Acme"
            parts.append(tok[:-2])
            break
        parts.append(raw if joined and len(tok) <= 3 else tok)  # keeps "St." in "St. Vincent's"
        pos = m.end()
        if m[1] != raw or (raw != tok and not (len(tok) <= 3 and joined)):
            break
    while parts and parts[-1].lower() in ("&", "and", "of", "for"):
        parts.pop()
    name = " ".join(parts).strip("@&+-")
    if not name or not re.search(r"[^\W\d_]", name) or name.lower() in lex.NOT_NAMES:
        return None
    if re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)", name, IGNORE_CASE):
        return None  # "at 3pm" is a time
    return name.title() if name.islower() and "." not in name else name


def is_title(t: str) -> bool:
    words = re.findall(r"[\w-]+", t.lower())
    roles = lex.ROLE_NOUNS
    return 0 < len(words) <= 7 and any(w in roles or w[:-1] in roles for w in words)


def take_title(s: str) -> tuple[str, int] | None:
    """A job title right after a name: ' (VP Engineering)', ' – Staff Engineer', ', the CTO'."""
    for rx in (
        r"^\s*\(([^()]{1,60})\)",
        r"^\s*[-–—]+\s*([^,;()]{1,60})",
        r"^\s*,\s*(?:who(?:'s|’s|\s+is)\s+)?(?:the\s+|our\s+|their\s+|an?\s+)?([^,;()]{1,60})",
        r"^\s+(?:is|was)\s+(?:the|their|an?)\s+([^,;()]{1,60})",
    ):
        if m := re.match(rx, s):
            bracketed = rx.startswith(r"^\s*\(")
            title = m[1] if bracketed else TITLE_CUT.split(" " + m[1], maxsplit=1)[0]
            title = TITLE_LEAD.sub("", title.strip())
            capitalised = (
                bracketed
                and len(title.split()) <= 4
                and title[:1].isupper()
                and not (
                    re.search(r"\d|/", title)
                    or re.match(rf"(?:{MONTH}|{WEEKDAY})", title, IGNORE_CASE)
                )
            )
            if is_title(title) or capitalised:  # "(VP Engineering)", "(Controller)"
                end = m.start(1) + m[1].find(title) + len(title) if title in m[1] else m.end()
                return title, (m.end() if bracketed else end)
    return None


def take_titled_name(s: str, lower: bool = False) -> tuple[str, str, int] | None:
    """'Charge Nurse Luis Ortega', 'Head of Product Dana Ortiz', 'CTO (Ben)': title, name, start.

    A title closed by a comma or a bracket wins ('founders of Tiny Seed, Ana'); else the shortest.
    """
    words = re.findall(r"\S+", s[:200])
    found: list[tuple[bool, str, str, int]] = []  # (closed, title, name, where the name starts)
    for k in range(1, min(6, len(words))):
        title = " ".join(words[:k]).strip(",(")
        head = re.split(r"\s+(?:at|@)\s+", title, maxsplit=1, flags=IGNORE_CASE)[0]
        last = (head.split() or [""])[-1].lower().strip(",(")
        noun_last = last in lex.ROLE_NOUNS or last[:-1] in lex.ROLE_NOUNS
        role_last = noun_last or " of " in head
        if words[0].rstrip(".").lower() in lex.HONORIFICS or "(" in title:
            continue  # 'Dr. Amara Okafor (Chief Medical Officer)' is a name, then a title
        if (
            not is_title(head)
            or not role_last
            or last in lex.STOP
            or re.search(r"\b(?:from|with|for|and|who)\b|,.", title, IGNORE_CASE)
            or (head != title and not words[k - 1].endswith(","))  # "the GM at the Hilton, Rosa"
        ):
            continue
        start = s.find(words[k], len(" ".join(words[:k])))
        if got := take_name(
            s[start:].lstrip("("),
            lower and (words[k].startswith("(") or words[k - 1].endswith(",")),
        ):
            title = TITLE_LEAD.sub("", title)
            closed = words[k - 1].endswith(",") or words[k].startswith("(")
            if not (closed or " " in got[0] or noun_last):
                continue  # "Director of Public Health" names no one called Health
            found.append((closed, title, got[0], start + words[k].startswith("(")))
    best = next((f for f in found if f[0]), found[0] if found else None)
    return best[1:] if best else None


def split_title(title: str, found: Found) -> str:
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


def people_from(
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
            title = split_title(titled[0], found)
            continue
        if re.search(r"['’]s$", s[pos : pos + end]) and is_title(
            " ".join(s[pos + end :].split()[:1])
        ):
            break  # "with Sarah's manager" met the manager, not Sarah
        own = take_title(s[pos + end :])
        if own and title and not is_title(own[0]):  # "sourcer Lily (Amazon)": a company
            found.add_company(2, take_company(own[0]))
            end, own = end + own[1], None
        if need_title and not own:
            break
        # "Canva, Senior PM" or "Canva – Senior PM" may be a company; "Ana (CTO)" is a person
        unsure = 2 if need_title and not s[pos + end :].lstrip().startswith("(") else 0
        end += own[1] if own else 0
        own_title = split_title(own[0], found) if own else title
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
        sep = r"\s*(?:,\s*(?:and\s+)?|&\s*|\s(?:and\s+)?then\s+|\sand\s+)"
        m = re.match(r"\s*,?\s*(?:and|&)\s+" if m else sep, s[pos:])  # "at N26, Stelle:" ends it
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
        if (end := people_from(sent, m.end(), found, own, False, weak=1)) > m.end():
            spans.append((m.start(), end))


def labelled_people(label: str, value: str, titled: bool, found: Found) -> None:
    """'Dana Ortiz (Head of Product), Li Wei – Staff Engineer, and Tom'; 'Recruiter: Tom Park'."""
    prev: Person | None = None
    for chunk in re.split(r"\s*[,;/+]\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))", value):
        chunk = re.sub(r"^(?:and|with)\s+", "", chunk.strip(), flags=IGNORE_CASE)
        if titled_name := take_titled_name(chunk):
            prev = found.add_person(titled_name[1], split_title(titled_name[0], found))
        elif got := take_name(chunk, True):
            title = take_title(chunk[got[1] :])
            own = split_title(title[0], found) if title else None
            prev = found.add_person(got[0], own or (label if titled else None))
            if m := re.search(r"\s(?:at|@|from)\s+(.+)$", chunk[got[1] :]):
                found.add_company(1, take_company(m[1], True))
        elif prev is not None and prev.title is None and is_title(chunk):
            title_text, *company = re.split(r"\s+(?:at|@|from)\s+", chunk, maxsplit=1)
            prev.title = title_text.strip()
            found.add_company(1, take_company(company[0], True) if company else None)


# --- roles ---------------------------------------------------------------------------------------


def clean_role(r: str) -> str | None:
    r = re.sub(r"^(?:the|a|an|for|as)\s+", "", r.strip(" -–—:'\"“”"), flags=IGNORE_CASE)
    words = r.split()
    if not 0 < len(words) <= 6 or any(w.lower() in lex.STOP - {"of", "and"} for w in words):
        return None
    if words[0].lower() in ("of", "and") or words[-1].lower() in ("of", "and"):
        return None
    if len(words) == 1 and (
        words[0].lower() in lex.NOT_ROLE
        or not (words[0][0].isupper() or words[0].lower() in lex.ROLE_NOUNS)
    ):
        return None
    return r


def prose_role(sent: str) -> str | None:
    for rx in ROLE_PATTERNS:
        if (m := rx.search(sent)) and (role := clean_role(m["r"])):
            return role
    for m in CAPITALISED_ROLE.finditer(sent):
        if m[1].split()[-1].lower() in lex.ROLE_NOUNS and (role := clean_role(m[1])):
            return role
    return None


def is_lowercase(text: str) -> bool:
    """True for notes typed in lower case: no capitalised word but at a sentence's start.

    Acronyms ('AE', 'MEDDIC') and 'I' do not count: 'met w/ tom at hubspot for AE role' is
    lower case, and so are notes with a single capitalised word.
    """
    capitalised, starts = 0, 0
    for part in re.split(r"[.!?:;\n]+", text[:5000]):
        words = re.findall(r"[^\W\d_][\w'’-]*", part)
        capitalised += sum(w[0].isupper() and not w.isupper() for w in words[1:])
        starts += (words[0][0].isupper() if words[0][0].isalpha() else 0) * 2 - 1 if words else 0
    # one capital ("… a startup called Loopy") still reads as jottings; capitalised sentences not
    return capitalised <= 1 and starts < 2
