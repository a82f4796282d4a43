"""Who and where, from notes: names, titles, companies and roles, the sign-off, and what was
found so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.notes_dates import (
    MONTH,
    WEEKDAY,
)
from assistant.notes_lexicon import (
    BULLET,
    CAPITALISED_ROLE,
    COMPANY_TOKEN,
    DASH,
    FILLER,
    HONORIFICS,
    IGNORE_CASE,
    NOT_NAMES,
    NOT_ROLE,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_PATTERNS,
    SIGN_OFF,
    SIGNED,
    STOP,
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
    weak: bool = False  # a lone capitalised word after "interview with": maybe a company


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

    def add_person(self, name: str, title: str | None = None, weak: bool = False) -> Person:
        """Add someone, or merge with a known person ('Sarah' is 'Sarah Chen', 'Dr. Chen' too)."""
        self.mentions += 1
        words = name.lower().split()
        honorific = words[0].rstrip(".") in HONORIFICS
        for p in self.people:
            known = p.name.lower().split()
            if (
                known == words
                or known[:1] == words
                or words[:1] == known
                or (honorific and known[-1] == words[-1])
            ):
                if len(words) > len(known) and not honorific:
                    p.name, p.weak = name, False
                p.title = p.title or title
                return p
        self.people.append(Person(name, title, weak and len(words) == 1 and not title))
        return self.people[-1]

    def add_company(self, rank: int, value: str | None) -> str | None:
        """Keep the first company seen at each rank; the lowest rank wins in the end."""
        if value and re.match(rf"(?:{MONTH}|{WEEKDAY})", value, IGNORE_CASE):
            return None
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
    honorific, parts, pos, end = "", [], 0, 0
    while len(parts) < 4:
        m = (TOKEN_NEXT if parts or honorific else TOKEN_FIRST).match(s, pos)
        if not m:
            break
        tok = m[1]
        bare = re.sub(r"['’]s$", "", tok.rstrip("."))
        low = bare.lower()
        if not parts and not honorific and low in HONORIFICS:
            honorific, pos = bare.capitalize() + ".", m.end()
            continue
        if parts and low in PARTICLES and bare.islower():
            parts.append(bare)
            pos = m.end()
            continue
        upper_ok = bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())
        lower_ok = allow_lower and bare.islower() and len(bare) > 1
        plural = low[-1:] == "s" and low[:-1] in ROLE_NOUNS or re.fullmatch(r"[A-Z]{2,}s", bare)
        if low in NOT_NAMES or plural or not (upper_ok or lower_ok):
            break  # "RNs" and "engineers" are no names
        parts.append(_cap(bare) + ("." if len(bare) == 1 and tok.endswith(".") else ""))
        pos = end = m.end() - (len(tok) - len(bare) if tok.endswith(".") and len(bare) > 1 else 0)
        if bare != tok.rstrip(".") or (tok.endswith(".") and len(bare) > 1):
            break  # a possessive or a full stop ends the name
    while parts and parts[-1] in PARTICLES:
        parts.pop()
    if not parts:
        return None
    keep = honorific and (len(parts) == 1 or honorific in ("Dr.", "Prof.", "Professor"))
    return (f"{honorific} {' '.join(parts)}" if keep else " ".join(parts)), end


def take_company(s: str, allow_lower: bool = False) -> str | None:
    """A company name at the start of s: 'Brightline Bank', "St. Vincent's Hospital", 'stripe'."""
    parts: list[str] = []
    pos = 0
    while len(parts) < 5 and (m := COMPANY_TOKEN.match(s, pos)) and m[1]:
        raw = m[1].rstrip(",")
        tok = raw.rstrip(".")
        low = tok.lower()
        if not (
            (parts and low in ("&", "and", "of"))
            or tok[:1].isupper()
            or tok[:1].isdigit()
            or (allow_lower and tok[:1].isalpha() and low not in NOT_NAMES and not parts)
        ):
            break
        nxt = COMPANY_TOKEN.match(s, m.end())
        nxt_word = nxt[1] if nxt and m[1] == raw else ""
        joined = nxt_word[:1].isupper() and nxt_word.lower().strip(".,") not in ROLE_NOUNS
        owns = nxt_word.lower().strip(".,") not in STOP | {"", "today", "yesterday", "last"}
        if re.search(r"['’]s$", tok) and owns and not joined:  # "Acme's CTO" -> "Acme"
            parts.append(tok[:-2])
            break
        parts.append(raw if joined and len(tok) <= 3 else tok)  # keeps "St." in "St. Vincent's"
        pos = m.end()
        if m[1] != raw or (raw != tok and not (len(tok) <= 3 and joined)):
            break
    while parts and parts[-1].lower() in ("&", "and", "of"):
        parts.pop()
    name = " ".join(parts).strip("@&+-")
    if not name or not re.search(r"[^\W\d_]", name) or name.lower() in NOT_NAMES:
        return None
    if re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)", name, IGNORE_CASE):
        return None  # "at 3pm" is a time
    return name.title() if name.islower() else name


def is_title(t: str) -> bool:
    words = re.findall(r"[\w-]+", t.lower())
    return 0 < len(words) <= 7 and any(w in ROLE_NOUNS or w[:-1] in ROLE_NOUNS for w in words)


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
        role_last = last in ROLE_NOUNS or last[:-1] in ROLE_NOUNS or " of " in head
        if words[0].rstrip(".").lower() in HONORIFICS or "(" in title:
            continue  # 'Dr. Amara Okafor (Chief Medical Officer)' is a name, then a title
        if (
            not is_title(head)
            or not role_last
            or last in STOP
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
    if m and (m[2][:1].isupper() or found.lower):
        found.add_company(2, take_company(m[2], found.lower))
        return m[1]
    return title


def people_from(
    s: str,
    pos: int,
    found: Found,
    lower: bool,
    need_title: bool,
    title: str | None = None,
    weak: bool = False,
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
        end += own[1] if own else 0
        person = found.add_person(name, split_title(own[0], found) if own else title, weak)
        pos += end
        pos += s[pos:].startswith(")")
        of = r"|of" if person.title else ""  # "the owner (Gus) of Gus's Garage"
        if m := re.match(rf"\s*,?\s*(?:at|@|from{of})\s+(?:the\s+)?", s[pos:]):
            company = found.add_company(2, take_company(s[pos + m.end() :], lower))
            pos += m.end() + (s[pos + m.end() :].find(company) + len(company) if company else 0)
            person.weak = False
        m = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", s[pos:])
        if not m or not m[0].strip():
            break
        pos, need_title, weak = pos + m.end(), False, False
        title = title if shared else None
    return pos


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


# --- the candidate's sign-off -------------------------------------------------------------------


def signature(line: str) -> str | None:
    """'— Jordan Lee', '-- signed Jordan', 'Signed, Jordan' on one of the last lines."""
    m = re.match(rf"(?:{DASH})(.{{1,40}})$", line, IGNORE_CASE)
    return whole_name(m[1]) if m else None


def whole_name(s: str) -> str | None:
    """s when it is nothing but a name: 'Maria Gonzalez', 'jordan'; not 'Good Vibes Overall'."""
    got = take_name(s.strip(), True)
    if not got or s.strip()[got[1] :].strip(" .!") or len(got[0].split()) > 4:
        return None
    return None if any(w.lower().strip(".") in FILLER for w in got[0].split()) else got[0]


def sign_off(raw: list[str], found: Found) -> list[str]:
    """The lines without the candidate's sign-off, which names the candidate.

    'Thanks, Jordan' or '- Jordan Lee' as the last line (a hyphen only after a line that is no
    bullet: '- Raj Patel' closing a list is a list item), 'Best,' then 'Jordan' on the last two
    lines, or '… by Dec 5th. — Maria Gonzalez' closing the last paragraph.
    """
    last, prev = (raw[-1] if raw else ""), (raw[-2] if len(raw) > 1 else "")
    m = re.search(rf"(?:^|(?<=[.!?])\s+)(?:{SIGN_OFF.pattern})[,!.]?$", prev.strip(), IGNORE_CASE)
    if m and (name := whole_name(last)):  # "Thanks,\nJordan"; "… my ASE certs. Best,\nDerek"
        found.candidate, found.signed = name, True
        return [*raw[:-2], prev.strip()[: m.start()]] if m.start() else raw[:-2]
    m = re.match(rf"(?:{SIGNED}|-\s*(?=\S))(.{{1,40}})$", last, IGNORE_CASE)
    hyphen = re.match(r"-(?!-)", last) and (not prev or BULLET.match(prev))
    if m and not hyphen and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return raw[:-1]
    m = re.search(rf"(?<=[.!?])\s+(?:{SIGNED}|-\s*)(.{{1,40}})$", last, IGNORE_CASE)
    if m and m.start() > 10 and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return [*raw[:-1], last[: m.start()]]
    return raw


# --- roles and the notes' case -------------------------------------------------------------------


def clean_role(r: str) -> str | None:
    r = re.sub(r"^(?:the|a|an|for|as)\s+", "", r.strip(" -–—:'\"“”"), flags=IGNORE_CASE)
    words = r.split()
    if not 0 < len(words) <= 6 or any(w.lower() in STOP - {"of", "and"} for w in words):
        return None
    if words[0].lower() in ("of", "and") or words[-1].lower() in ("of", "and"):
        return None
    if len(words) == 1 and (
        words[0].lower() in NOT_ROLE
        or not (words[0][0].isupper() or words[0].lower() in ROLE_NOUNS)
    ):
        return None
    return r


def prose_role(sent: str) -> str | None:
    for rx in ROLE_PATTERNS:
        if (m := rx.search(sent)) and (role := clean_role(m["r"])):
            return role
    for m in CAPITALISED_ROLE.finditer(sent):
        if m[1].split()[-1].lower() in ROLE_NOUNS and (role := clean_role(m[1])):
            return role
    return None


def is_lowercase(text: str) -> bool:
    """True for notes typed in lower case: no capitalised word but at a sentence's start.

    Acronyms ('AE', 'MEDDIC') and 'I' do not count: 'met w/ tom at hubspot for AE role' is
    lower case, and so are notes with a single capitalised word.
    """
    capitalised = 0
    for part in re.split(r"[.!?:;\n]+", text[:5000]):
        words = re.findall(r"[^\W\d_][\w'’-]*", part)
        capitalised += sum(w[0].isupper() and not w.isupper() for w in words[1:])
    return capitalised <= 1  # one capital ("… a startup called Loopy") still reads as jottings
