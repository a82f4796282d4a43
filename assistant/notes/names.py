"""Who and where, from notes: a person's name, a job title, a company, a role at the start of a
piece of text; and whether the notes are typed in lower case."""

from __future__ import annotations

import re

from assistant.notes import lexicon as lex
from assistant.notes.absolute_dates import MONTH, WEEKDAY
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.people_patterns import (
    CAPITALISED_ROLE,
    COMPANY_TOKEN,
    ROLE_PATTERNS,
    TITLE_CUT,
    TITLE_LEAD,
    TOKEN_FIRST,
    TOKEN_NEXT,
)
from assistant.notes.role_titles import role_nouns

# --- names, titles, companies --------------------------------------------------------------------


def cap_name(word: str) -> str:
    """'o'shea' -> "O'Shea", 'okonkwo-bell' -> 'Okonkwo-Bell'; a word with capitals stays."""
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
        if low in lex.HONORIFICS and (not parts or not honorific):  # "Dr.", "Prof. Dr."
            # "Saw Mr Alan Price": a name starts at its honorific, never holds one
            parts, honorific, pos = [], f"{honorific} {bare.capitalize()}.".lstrip(), m.end()
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
        if tok == "I" and parts:
            break  # "a guy called fitz I think": the pronoun, not an initial
        job = re.search(r"(?:ologist|ician|ographer|iatrist|apist|ometrist)$", low) or (
            honorific and not parts and low in role_nouns()  # "Chief Dispatcher" is a job
        )
        if low in lex.NOT_NAMES or plural or job or not (upper_ok or lower_ok):
            break  # "RNs" and "engineers" are no names
        parts.append(cap_name(bare) + ("." if len(bare) == 1 and tok.endswith(".") else ""))
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


# --- roles ---------------------------------------------------------------------------------------


def clean_role(r: str) -> str | None:
    r = re.sub(r"^(?:the|a|an|for|as)\s+", "", r.strip(" -–—:'\"“”"), flags=IGNORE_CASE)
    words = r.split()
    if not 0 < len(words) <= 6 or any(w.lower() in lex.STOP - {"of", "and"} for w in words):
        return None
    if "|" in r or not r[:1].isalnum():
        return None  # "| Name |" of a table's header row
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
