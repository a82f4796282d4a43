"""Role and organisation when the parser found no labelled or prose statement of them: a labelled
line ('Facility: …'), '@ place', a job title before the interview word; and what is no employer."""

from __future__ import annotations

import re

from assistant.notes.lexicon import ROLE_NOUNS, STOP
from assistant.notes.name_evidence import calendar_word, is_given_name
from assistant.notes.names import cap_name
from assistant.notes.role_titles import FOR_THE_ROLE, role_nouns, title_case
from assistant.notes.wordlists import words as words_in
from assistant.text.sentences import TITLES

_ORG_LABEL = re.compile(
    r"^\W*(?:company|employer|organi[sz]ation|org|agency|facility|hospital|clinic|school|district|"
    r"firm|practice|store|location|site|department|dept|ministry|office|lab|university|restaurant|"
    r"hotel|property|shop|branch|client|nonprofit|non-profit|charity|institution|business)\*{0,2}"
    r"\s*(?:[:=|]|\s-\s)\s*\*{0,2}(?P<v>[^\n|;,(·]{2,80}?)(?=\s[-–—·]\s|\s*[|;,(·\n]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_LABEL = re.compile(
    r"^\W*(?:role|position|job|title|job\s+title|post|opening|vacancy|applied\s+for|applying\s+for|"
    r"req|requisition)\s*[:=-]\s*(?P<v>[^\n|;,(]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)
_AT = re.compile(
    r"(?:^|\s)@[ \t]*(?P<v>[A-Za-z][\w'’&-]*(?:\.(?=\w))?[\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,4})"
)
_STOP = re.compile(
    r"\s+(?:for|with|on|at|w/|re|about|today|yesterday|tomorrow|this|last|next|interview|"
    r"mon|tue|tues|wed|thu|thurs|fri|\d).*$",
    re.IGNORECASE,
)


def _clean(value: str) -> str | None:
    value = _STOP.sub("", value.strip()).strip(" .-–—:")
    if not value or len(value.split()) > 6 or not re.search(r"[A-Za-z]{2}", value):
        return None
    return title_case(value) if value.islower() else value


def labelled_company(text: str) -> str | None:
    """The employer from a labelled line only: 'Facility: St. Brendan's Regional Medical Center'."""
    for m in _ORG_LABEL.finditer(text or ""):
        got = _clean(m.group("v"))
        if got and not junk_company(got):
            return got
    return None


def fallback_company(text: str) -> str | None:
    """'Facility: st. brigid's' / '@ st. brigid's' -> "St. Brigid's"."""
    if labelled := labelled_company(text):
        return labelled
    for m in _AT.finditer(text or ""):
        got = _clean(m.group("v"))
        if got and "@" not in got and "." not in got.split()[-1][-4:-1] and not junk_company(got):
            return got
    return None


def fallback_role(text: str) -> str | None:
    for m in _ROLE_LABEL.finditer(text or ""):
        value = re.split(r"\s+(?:@|at)\s+", m.group("v"))[0]
        got = _clean(value)
        if got:
            return title_case(got.lower()) if got.islower() else got
    return heading_role(text)


_JOB_NOUN = re.compile(
    r"\b(?:the|a|an|for|my|of)\s+(?P<v>(?:[\w/&'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:interview|intvw|int|job|position|role|opening|stage|screen|phone\s+screen)\b",
    re.IGNORECASE,
)
_HEAD_JOB = re.compile(
    r"^\W*(?:subject:\s*)?(?:re:\s*|fwd?:\s*)*(?:interview(?:\s+confirmation)?\s*[-–—:]\s*)?"
    r"(?P<v>(?:[\w/&'’-]+\s+){0,3}?[\w'’-]+)\s*(?:[-–—|@,]|\s+(?:interview|intvw|int)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _role_like(value: str) -> bool:
    words = value.lower().split()
    nouns = ROLE_NOUNS | {
        "cook",
        "tech",
        "apprentice",
        "hygienist",
        "dispatcher",
        "agent",
        "worker",
        "educator",
        "driver",
        "cashier",
        "server",
        "sous",
    }
    return (
        bool(words)
        and words[-1].strip(".,") in nouns
        and not any(w in STOP - {"of", "and"} for w in words)
    )


def heading_role(text: str) -> str | None:
    """'Sous Chef - Saltbox', 'pharm tech int @ corner drug', 'the apprentice electrician
    interview': a job title named right before the interview word or as a heading's first piece."""
    head = "\n".join((text or "").splitlines()[:6])
    for pat, where in ((_HEAD_JOB, head), (_JOB_NOUN, (text or "")[:600])):
        for m in pat.finditer(where):
            value = m.group("v").strip()
            if _role_like(value) and (got := _clean(value)):
                return title_case(got.lower()) if got.islower() else got
    return None


def junk_company(value: str) -> bool:
    """'Prev job', 'their shop', 'my old team': where the candidate was, or no name at all."""
    value = value.strip()
    if re.match(
        r"(?:prev|previous|former|old|their|my|our|his|her|current|present|last|field|"
        r"notes?|value|item|detail|details|safety|side|headquarters|hq|office(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))|the\s+family)\b",
        value,
        re.IGNORECASE,
    ):
        return True
    months = (  # "Mar", "March"; never "Marrow", "Junction" or "Augusta"
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    )
    return bool(
        re.fullmatch(rf"{months}(?:\s*[-–/]\s*{months})?|\d[\d\s/.-]*", value, re.IGNORECASE)
    )


_PIECE_SPLIT = re.compile(r"\s+[-–—|/@]\s+|,\s+|\s+@\s*|\s*[|]\s*")
# "Org - line cook. Sat" ends a piece at the full stop; "St. Bartholomew's", "Mt. Hood" do not
_NOT_AN_END = "".join(rf"(?<!\b{t.capitalize()})" for t in sorted(TITLES | {"mt", "ft", "co"}))
_FIRST_LINE_SPLIT = re.compile(_PIECE_SPLIT.pattern + rf"|(?<=[a-z]){_NOT_AN_END}\.\s+")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3"})
_NOT_ROLE_WORDS = re.compile(
    r"\b(?:interview|notes?|call|screen|round|with|at|today|yesterday|am|pm|min|hrs?|"
    r"in\s+person|video|phone|zoom|teams|dept|department|floor|building|room)\b",
    re.IGNORECASE,
)


_TRAILING = re.compile(
    r"\s+(?:(?:final|first|second|third|phone|video|panel|onsite|on-site|in-person|working)\s+)?"
    r"(?:opening|position|job|role|vacancy|post|interview|intvw|int|stage|trial|shift|screen)$",
    re.IGNORECASE,
)


def _role_piece(piece: str, nouns: frozenset[str]) -> str | None:
    piece = _TRAILING.sub("", piece.strip(" .:;"))
    words = piece.split()
    core = [w for w in words if w.lower().strip(".,") not in _ROMAN]
    if not 1 <= len(words) <= 6 or not core or re.search(r"[:=()\[\]]", piece):
        return None  # "Interviewers: Renata (Base Manager": a label or a person's title
    if core[-1].lower().strip(".,()") not in nouns or _NOT_ROLE_WORDS.search(piece):
        return None
    if calendar_word(re.split(r"[\s,/-]+", piece)):
        return None
    if re.search(r"\d", " ".join(core)) or any(
        w.lower() in STOP - {"of", "and"} and not w.isupper() for w in core
    ):
        return None
    return title_case(piece) if piece.islower() else piece


def headline_piece_role(text: str) -> str | None:
    """A job title as one piece of the first lines: 'FreshWay grocery, front end supervisor',
    'Subject: Oral Board – Emergency Communications Officer Trainee', 'Biomed Eng II @ northvale',
    'Skyward Airlines — Flight Attendant final interview'; or 'for the Wildlife Biologist II
    (sage-grouse) position' with its aside left out."""
    nouns = role_nouns()
    lines = [ln for ln in (text or "").splitlines() if ln.strip()][:12]
    heads = lines[:3] + [ln for ln in lines[3:] if re.match(r"^\W*subject\s*:", ln, re.IGNORECASE)]
    for n, line in enumerate(heads):
        line = re.sub(r"^\W*(?:subject|re|fwd?)\s*:\s*", "", line.strip(), flags=re.IGNORECASE)
        line = re.sub(r"^[\W_]+", "", line)
        if re.match(
            r"(?:interviewers?|panel|met\s+with|with|people|ppl|who)\s*:", line, re.IGNORECASE
        ):
            continue  # "Interviewer: Dr. Aroha Ngata, clinic director": their job, not mine
        line = re.sub(r"\s*\([^()]{0,80}\)", "", line)  # "Coordinator (Evelyn / Noah)": an aside
        line = re.sub(
            r"\s*[\U0001F000-\U0001FFFF\u2600-\u27BF]\s*|\s{2,}", " | ", line
        )  # "📍 Place"
        for piece in (_FIRST_LINE_SPLIT if n == 0 else _PIECE_SPLIT).split(line):
            if got := _role_piece(piece, nouns):
                return got
    plain = re.sub(r"\s*\([^)]{0,80}\)", "", "\n".join(lines))
    for m in FOR_THE_ROLE.finditer(plain):
        if got := _role_piece(m["r"], nouns):
            return got
    return None


def headline_employer(text: str) -> str | None:
    """The piece beside the job title on the first line: 'Osteria Nonna Lu - line cook.'"""
    nouns = role_nouns()
    first = next((ln for ln in (text or "").splitlines() if ln.strip()), "")
    first = re.sub(r"^\W*(?:subject|re|fwd?)\s*:\s*", "", first.strip(), flags=re.IGNORECASE)
    if ":" in first:
        return None  # "Panel: Dana Ortiz, Li Wei – Staff Engineer": people, not an employer
    pieces = [p.strip(" .:;") for p in _FIRST_LINE_SPLIT.split(first)]
    for i, piece in enumerate(pieces[:3]):
        if _role_piece(piece, nouns) and i > 0:
            other = pieces[i - 1]
            words = other.split()
            if (
                1 <= len(words) <= 5
                and all(w[:1].isupper() or w in ("&", "of") for w in words)
                and not re.search(r"\d|[:()]", other)
                and not _role_piece(other, nouns)
                and not is_given_name(words[0])
            ):
                return other
    return None


def cased_headline_employer(text: str) -> str | None:
    """The employer heading the notes in one case only: 'sunridge solar — install tech I',
    'PTARMIGAN RIDGE — PRO PATROL', 'GREAT LAKES COLD STORAGE — Building 2'. Returned as a
    name is written ('Sunridge Solar'); a vowelless word is an acronym ('wkpr' -> 'WKPR')."""
    nouns = role_nouns()
    first = next((ln for ln in (text or "").splitlines() if ln.strip()), "")
    first = re.sub(r"^\W*(?:subject|re|fwd?)\s*:\s*", "", first.strip(), flags=re.IGNORECASE)
    first = re.sub(r"^[\W_]+", "", first)
    pieces = [p.strip(" .:;*#_") for p in re.split(r"\s[-–—|·]\s|\s*[|·]\s*", first)]
    if not pieces[0] or ":" in pieces[0]:
        return None
    head = re.sub(r"\s*\([^)]*\)?\s*$", "", pieces[0]).strip()
    letters = re.sub(r"[^\w]|\d|_", "", head)
    words = head.split()
    shouted = letters.isupper()
    if not letters or not (shouted or letters.islower()) or not 1 <= len(words) <= 5:
        return None
    if shouted and len(words) == 1:  # "CVT - ER/critical care", "RN — peds": the job, shouted
        return None
    if (
        re.search(r"\d|[:@/]", head)
        or _NOT_ROLE_WORDS.search(head)
        or calendar_word(re.split(r"[\s,/-]+", head))
        or _role_piece(head, nouns)
        or any(w.lower() in nouns for w in words)
        or is_given_name(words[0].lower())
        and len(words) == 1
    ):
        return None
    beside_role = any(_role_piece(re.sub(r"\([^)]*\)?", "", p), nouns) for p in pieces[1:3])
    named = any(
        w.lower() in words_in("notes", "headline", "org_words") for w in words
    )  # "OKAFOR + LINDGREN LANDSCAPE STUDIO"
    if not beside_role and not (shouted and len(words) >= 2 and (len(pieces) > 1 or named)):
        return None

    def cased(word: str) -> str:
        low = word.lower()
        if low in ("&", "+", "and", "of", "the") and word is not words[0]:
            return low
        if len(low) > 1 and not re.search(r"[aeiouy]", low):
            return low.upper()
        return cap_name(low)

    return " ".join(cased(w) for w in words)
