"""Who and where, from notes: names, titles and companies, and what was found so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.notes_dates import (
    MONTH,
    WEEKDAY,
)
from assistant.notes_lexicon import (
    COMPANY_TOKEN,
    HONORIFICS,
    IGNORE_CASE,
    NOT_NAMES,
    PARTICLES,
    ROLE_NOUNS,
    STOP,
    TITLE_CUT,
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
        if low in NOT_NAMES or not (upper_ok or lower_ok):
            break
        parts.append(_cap(bare))
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
        if re.search(r"['’]s$", tok) and not joined:  # "Acme's CTO" -> "Acme"
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
            title = re.sub(r"^(?:the|their|our|an?)\s+", "", title.strip(), flags=IGNORE_CASE)
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


def take_titled_name(s: str) -> tuple[str, str, int] | None:
    """'Charge Nurse Luis Ortega', 'Head of Product Dana Ortiz', 'CTO (Ben)': title, name, start.

    A title closed by a comma or a bracket wins ('founders of Tiny Seed, Ana'); else the shortest.
    """
    words = re.findall(r"\S+", s[:200])
    found: list[tuple[bool, str, str, int]] = []  # (closed, title, name, where the name starts)
    for k in range(1, min(6, len(words))):
        title = " ".join(words[:k]).strip(",(")
        last = words[k - 1].lower().strip(",(")
        role_last = last in ROLE_NOUNS or last[:-1] in ROLE_NOUNS or " of " in title
        if words[0].rstrip(".").lower() in HONORIFICS or "(" in title:
            continue  # 'Dr. Amara Okafor (Chief Medical Officer)' is a name, then a title
        if (
            not is_title(title)
            or not role_last
            or last in STOP
            or re.search(r"\b(?:at|from|with|for|and|who)\b|@|,.", title, IGNORE_CASE)
        ):
            continue
        start = s.find(words[k], len(" ".join(words[:k])))
        if got := take_name(s[start:].lstrip("(")):
            title = re.sub(r"^(?:the|their|our|his|her|an?)\s+", "", title, flags=IGNORE_CASE)
            closed = words[k - 1].endswith(",") or words[k].startswith("(")
            found.append((closed, title, got[0], start + words[k].startswith("(")))
    best = next((f for f in found if f[0]), found[0] if found else None)
    return best[1:] if best else None


def split_title(title: str, found: Found) -> str:
    """'CEO of Acme' -> 'CEO' (company Acme); 'VP of Engineering' stays whole."""
    m = re.match(
        r"((?:co-?)?(?:ceo|cto|cfo|coo|founder|president|owner|chair\w*?))s?\s+of\s+(.+)$",
        title,
        IGNORE_CASE,
    )
    if m and m[2][:1].isupper():
        found.add_company(2, take_company(m[2]))
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
        own = take_title(s[pos + end :])
        if need_title and not own:
            break
        end += own[1] if own else 0
        person = found.add_person(name, split_title(own[0], found) if own else title, weak)
        pos += end
        pos += s[pos:].startswith(")")
        if m := re.match(r"\s*,?\s*(?:at|@|from)\s+", s[pos:]):
            company = found.add_company(2, take_company(s[pos + m.end() :], lower))
            pos += m.end() + (s[pos + m.end() :].find(company) + len(company) if company else 0)
            person.weak = False
        m = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", s[pos:])
        if not m or not m[0].strip():
            break
        pos, need_title, weak = pos + m.end(), False, False
        title = title if shared else None
    return pos
