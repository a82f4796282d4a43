"""The specific things discussed, from notes: clauses cut to topics, filtered and ranked."""

from __future__ import annotations

import html
import re
import unicodedata

from assistant.notes import lexicon as lex
from assistant.notes.dates import DATE_WORD
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.names import Found, take_name
from assistant.text.sentences import line_sentences

# --- what is private, and what is shared -----------------------------------------------------

_FIGURE = r"(?:[$£€¥]\s?\d|\b\d[\d,.]*\s?[kK]\b|\b\d{2,3}\s*[-–]\s*\d{2,3}\b|\b\d{2,3},\d{3}\b)"
_MONEY = (
    r"\b(?:budget|salary|salaries|comp|compensation|pay|paid|paying|wages?|package|offer(?:ed|ing)?"
    r"|bonus|ote|asked\s+for|ask\s+for|asking(?:\s+for)?|hourly|per\s+hour|an\s+hour"
    r"|base(?:\s+(?:pay|salary))?|earn\w*|commission)\b(?!\s+of\b)"
)
OFFER_DEADLINE = re.compile(  # the candidate's own deadline on an offer, never their decision
    r"\b(?:expir\w*|deadline|answer|respon[sd]\w*|accept\w*|sign|decide\s+on)\b[^.;]{0,40}\boffers?\b"
    r"|\boffers?\b[^.;]{0,50}\b(?:expir\w*|deadline|runs\s+out|valid\s+until|good\s+until)"
    r"|\b(?:i\s+have|i['’]ve\s+got|i\s+got|holding)\s+(?:an?|another|one)\s+(?:other\s+)?offer"
    r"|\bcompeting\s+offers?|\boffers?\s+(?:from|at)\s+(?-i:[A-Z])",
    IGNORE_CASE,
)
CONTACT = re.compile(  # phone numbers, e-mail addresses, links
    r"\blinkedin\S*|[\w.+-]+@[\w-]+\.\w[\w.-]*|https?://\S+|www\.\S+|\b[\w-]+\.[a-z]{2,6}/\S*"
    r"|\+\d[\d\s().-]{6,}\d|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b0\d{3,4}\s?\d{6}\b",
    IGNORE_CASE,
)
MONEY = re.compile(  # pay figures: "the budget is 42-45k", "comp band 180-200", "55k base"
    rf"{_MONEY}[^.;]{{0,50}}?{_FIGURE}|{_FIGURE}[^.;]{{0,30}}?{_MONEY}"
    rf"|{_FIGURE}\s*(?:base|basic|tc|total|p\.?a\.?|/\s?(?:yr|year|hr|hour))\b",
    IGNORE_CASE,
)
PRIVATE = re.compile(  # pay and logistics: the candidate's alone (offers, contacts: private())
    r"\b(?:salary|salaries|(?:comp|pay|salary)\s+(?:band|range|scale|rise|expectations?)"
    r"|compensation\s+(?:package|range|band|expectations?)|expected\s+(?:comp|pay)|bonus"
    r"|equity\s+(?:grant|package|stake)|stock\s+options|rsus?|benefits\s+package"
    r"|relocation(?:\s+\w+)?|relocat(?:e|ing)\s+(?:me|myself)|visa\s+(?:sponsorship|status|transfer)"
    r"|sponsorship|notice\s+period|start(?:ing)?\s+date|parking|park\s+(?:in|at|on|behind)"
    r"|dress\s+code|badge|(?:travel|mileage)\s+(?:expenses|reimburs\w*)|directions\s+to)\b",
    IGNORE_CASE,
)
INTEREST = re.compile(r"\b(?:likes|loves|enjoys|runs|plays|into|fans?\s+of|both)\b", IGNORE_CASE)
HOBBY = re.compile(  # "He also surfs."
    r"^\S+(?:\s+\S+)?\s+(?:also\s+)?(?P<v>"
    + "|".join(lex.HOBBIES)
    + r")(?:e?s)(?:\s+(?:too|as\s+well|also))?[.!]*$",
    IGNORE_CASE,
)
COMMON_GROUND = re.compile(  # "Ana went to Michigan like me", "Julia and I both went to Penn State"
    r"\b(?:went\s+to|studied(?:\s+at)?|grew\s+up\s+in|is\s+from|lived\s+in|worked\s+at"
    r"|played|plays|coached|coaches|ran|runs|rowed|rows|majored\s+in|loves|likes"
    r"|(?:is|was|['’]s)\s+(?:also\s+)?into|also\s+\w+ed)\s+"
    r"(?P<x>[^,;.!?]{2,40}?),?\s+(?:like\s+(?:me|i\s+do|i\s+did)|same\s+as\s+me|too|as\s+well)\b"
    r"|(?:\band\s+(?:i|me)|\bwe|^\s*i)\s+both\s+(?:went\s+to|studied(?:\s+at)?|grew\s+up\s+in"
    r"|worked\s+at|are\s+from|come\s+from|lived\s+in|\w+ed|play|love|like|run|coach|have)\s+"
    r"(?P<y>[^,;.!?]{2,40}?)\s*(?:[,;.!?]|$)",
    IGNORE_CASE,
)
FAN = re.compile(  # "Olumide is also a chess player"
    r"\b(?:is|'s|’s|are)\s+(?:also\s+)?(?:an?\s+)?(?:big\s+|huge\s+|avid\s+|keen\s+)?"
    r"(?P<x>[\w -]{2,30}?)\s+(?:player|fan|enthusiast|nerd|lover|buff)s?\b(?!\s+of\b)",
    IGNORE_CASE,
)


def private(text: str) -> bool:
    """True for what the candidate keeps to themselves: pay, other offers, contacts, logistics."""
    low, digit = text.lower(), re.search(r"\d", text)
    offer = "offer" in low and OFFER_DEADLINE.search(text)
    contact = (digit or re.search(r"[@/]|www|linkedin", low)) and CONTACT.search(text)
    return bool(PRIVATE.search(text) or (digit and MONEY.search(text)) or offer or contact)


# --- reading the text -------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFC-normalise; drop NULs, zero-width and control characters except newlines and tabs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    drop = ("Cc", "Cf", "Cs")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in drop)


def cut(s: str, limit: int) -> str:
    """s cut to at most limit characters, at a space when there is one near the end."""
    if len(s) <= limit:
        return s
    space = s.rfind(" ", limit - 200, limit)
    return s[: space if space > 0 else limit]


def strip_markup(text: str) -> str:
    """HTML tags (and script/style bodies) and template delimiters out; entities decoded."""
    text = re.sub(r"(?is)<(script|style)\b[^>]{0,200}>.{0,5000}?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<\s*(?:br|/p|/li|/div|/h\d|/tr)\s*/?>", "\n", text)
    text = html.unescape(re.sub(r"<[^<>]{0,300}>", " ", text))
    text = re.sub(r"<[^<>]{0,300}>", " ", text)
    return re.sub(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{", " ", text)


def sentences(line: str) -> list[str]:
    """Sentences of a line; 'Dr.', 'St.', 'Inc.' and initials do not end one (assistant.text)."""
    return line_sentences(line)


def dropped(line: str) -> bool:
    """Lines that are no notes: talk to an AI, pasted data, a forwarded-mail banner, contacts."""
    if lex.INSTRUCTION.search(line) or lex.DATA_LINE.search(line) or lex.FORWARDED.match(line):
        return True
    if re.fullmatch(r"(?:dear|hi|hello|hey)(?:\s+[^\s,.!?:]+){1,4}\s*[,!.]?", line, IGNORE_CASE):
        return True  # a salutation: "Dear Canva team,"
    if not re.search(r"[\d@/]|www|linkedin", line, IGNORE_CASE):
        return False
    rest = lex.CONTACT_WORDS.sub("", CONTACT.sub("", line))  # "+44 7700 900123 | linkedin.com/in/x"
    return rest != line and not re.search(r"[^\W\d_]", rest)


# --- the candidate's sign-off -------------------------------------------------------------------


def signature(line: str) -> str | None:
    """'— Jordan Lee', '-- signed Jordan', 'Signed, Jordan' on one of the last lines."""
    m = re.match(rf"(?:{lex.DASH})(.{{1,40}})$", line, IGNORE_CASE)
    return whole_name(m[1]) if m else None


def whole_name(s: str) -> str | None:
    """s when it is nothing but a name: 'Maria Gonzalez', 'jordan'; not 'Good Vibes Overall'."""
    got = take_name(s.strip(), True)
    if not got or s.strip()[got[1] :].strip(" .!") or len(got[0].split()) > 4:
        return None
    from assistant.notes.people import common_word_not_name

    if len(got[0].split()) == 1 and common_word_not_name(got[0]):
        return None  # "Asked", "Thanks": a word on its own line, not who signed
    return None if any(w.lower().strip(".") in lex.FILLER for w in got[0].split()) else got[0]


def sign_off(raw: list[str], found: Found) -> list[str]:
    """The lines without the candidate's sign-off, which names the candidate.

    'Thanks, Jordan' or '- Jordan Lee' as the last line (a hyphen only after a line that is no
    bullet: '- Raj Patel' closing a list is a list item), 'Best,' then 'Jordan' on the last two
    lines, or '… by Dec 5th. — Maria Gonzalez' closing the last paragraph.
    """
    last, prev = (raw[-1] if raw else ""), (raw[-2] if len(raw) > 1 else "")
    end = rf"(?:^|(?<=[.!?])\s+)(?:{lex.SIGN_OFF.pattern})[,!.]?$"
    m = re.search(end, prev.strip(), IGNORE_CASE)
    if m and (name := whole_name(last)):  # "Thanks,\nJordan"; "… my ASE certs. Best,\nDerek"
        found.candidate, found.signed = name, True
        return [*raw[:-2], prev.strip()[: m.start()]] if m.start() else raw[:-2]
    m = re.match(rf"(?:{lex.SIGNED}|-\s*(?=\S))(.{{1,40}})$", last, IGNORE_CASE)
    hyphen = re.match(r"-(?!-)", last) and (not prev or lex.BULLET.match(prev))
    if m and not hyphen and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return raw[:-1]
    m = re.search(rf"(?<=[.!?])\s+(?:{lex.SIGNED}|-\s*)(.{{1,40}})$", last, IGNORE_CASE)
    if m and m.start() > 10 and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return [*raw[:-1], last[: m.start()]]
    return raw


# --- details -------------------------------------------------------------------------------------


def add_details(text: str, found: Found, is_meta: bool, listed: bool = False) -> None:
    """Add the details a sentence (or one item of a 'Topics:' list) holds, scored."""
    known = {w.strip(".") for p in found.people for w in p.name.lower().split()}
    known |= set((found.candidate or "").lower().split())
    for clause in _clauses(text):
        if "," in clause and is_foreign(clause.split(",")[0], 1):  # "hablamos de X, they have Y"
            clause = ",".join(c for c in clause.split(",") if not is_foreign(c, 1)).strip()
        todo = re.sub(r"^(?:todo|to\s+do|note|fyi)\b\s*[:.-]?\s*", "", clause, flags=IGNORE_CASE)
        if (
            lex.TIMELINE.search(clause)
            or lex.NEGATIVE.search(clause)
            or lex.LOGISTICS.search(clause)
            or private(clause)
            or is_foreign(clause)
            or (lex.TODO_LINE.match(todo) and not lex.MENTION.match(todo))  # "ask about relocation"
        ):
            continue
        rest, lead = _lead_in(clause)
        lead = lead or listed
        if is_meta and not lead and (topic := _about(clause)):  # "Met Sam about pricing"
            rest, lead = topic, True
        if not lead and (
            is_meta
            or clause.rstrip().endswith("?")
            or lex.MET.search(clause)  # "Lunch with two engineers, Chloé and Ben"
        ):
            continue
        items = re.split(r"\s*,\s*(?![^()]*\))(?:and\s+|or\s+)?", rest)
        listy = len(items) >= (2 if lead else 3) and all(0 < len(i.split()) <= 8 for i in items)
        if not listy or any(lex.CONNECTIVE.match(i) for i in items):
            items = [rest]  # "X, Y, and Z" is three topics; anything else stays whole
        interest = (lead and bool(INTEREST.search(clause))) or bool(
            re.search(r"\b(?:too|both|like\s+me)\b", clause, IGNORE_CASE)
        )
        for item in items:
            detail = _tidy(item)
            words = [w.strip(".,;:!?()'\"").lower() for w in detail.split()]
            dated = any(DATE_WORD.fullmatch(w) for w in words)  # "Nov 20" is no topic
            content = [
                w
                for w in words
                if w not in lex.STOP | lex.FILLER | known
                and not DATE_WORD.fullmatch(w)
                and re.search(r"[^\W\d_]{2}" if dated else r"[^\W\d_]{2}|\d", w)
            ]
            specific = lead or len(words) > 2 or re.search(r"[A-Z\d]", detail)  # not "go blue"
            if (
                content
                and specific
                and not (
                    lex.SELF_TALK.match(detail)
                    or lex.TODO_LINE.match(detail)
                    or any(len(w) > 40 for w in words)
                    or all(
                        w in lex.ROLE_NOUNS - {"engineering"} or w[:-1] in lex.ROLE_NOUNS
                        for w in content
                    )
                    or lex.NAMED.search(detail)  # "a charge nurse named Carlos" is a person
                )
            ):
                found.details.append((_score(detail, interest), len(found.details), detail))


def _clauses(sent: str) -> list[str]:
    """'We talked about X and he mentioned Y' -> two clauses; ', talked about Z' starts one."""
    return [
        c
        for c in re.split(
            r",?\s+(?:and|but|plus|while|whereas|so)\s+(?=(?:he|she|they|we|i|I(?!\s+both)|you|then|also"
            r"|[A-Z][\w'’-]+\s+(?:also\s+)?(?:said|mentioned|asked|told|explained|talked|described"
            r"|shared))\b)"
            r"|,?\s+and\s+(?=(?:also\s+)?(?:asked|mentioned|said|explained|described|shared|told)\b)"
            r"|,\s+(?:then|also)\s+"
            r"|,\s+(?=(?:he|she|they|we|i|I)\s+(?:also\s+)?[a-z]+(?:ed|s)\b)"
            r"|,\s+(?=(?:talked|discussed|chatted|covered|went\s+over|asked|spoke)\b)",
            sent,
        )
        if c and c.strip()
    ]


def _lead_in(clause: str) -> tuple[str, bool]:
    """Drop 'we talked about', 'she asked me about', 'TODO:' …; True if a lead-in was found."""
    clause = re.sub(r"^(?:todo|to\s+do|note|fyi|q|re)\b\s*[:.-]?\s*", "", clause, flags=IGNORE_CASE)
    if m := lex.TOPIC_OF.match(clause):  # "The case was about supply chain costs"
        return clause[m.end() :], True
    if m := COMMON_GROUND.search(clause[:120]):  # "Ana went to Michigan like me" -> "Michigan"
        return m["x"] or m["y"], True
    if m := HOBBY.match(clause):  # "He also surfs." -> "surfing"
        return lex.HOBBIES[m["v"].lower()], True
    if (m := FAN.search(clause[:80])) and len(clause[: m.start()].split()) <= 4:
        return m["x"], True  # "Olumide is also a chess player" -> "chess"
    for m in lex.LEAD_IN.finditer(clause[:120]):
        prefix = clause[: m.start()].split()  # the subject: "we", "Sarah (VP Eng)", "the CTO"
        if len(prefix) > 5 or (
            prefix and prefix[0].lower() in lex.wordset("my their our his its a an")
        ):
            break
        if (
            prefix
            and prefix[0].lower() == "the"
            and not any(w.lower() in lex.ROLE_NOUNS for w in prefix)
        ):
            break
        rest = clause[m.end() :]
        head = re.split(r"[,;(]|\s(?:and|by|for|with|on)\s", rest, maxsplit=1)[0].split()
        if (
            lex.REQUEST.search(m[0])
            and head
            and head[-1].lower().strip(".!") in lex.DELIVERABLE
            and head[0].lower() not in lex.STOP | {"some", "any", "another"}
        ):
            rest = ("an " if rest[:1].lower() in "aeio" else "a ") + rest  # "a 30-60-90 plan"
        if re.match(r"(?:with|to)\b|w/", rest, IGNORE_CASE):  # "spoke with X (about Y)"
            return _about(rest), True
        return rest, True
    return clause, False


def _about(clause: str) -> str:
    """What a meeting was about: 'with Sam about their Kafka migration' -> the migration; '' for
    the role itself ('about the Analyst opening') or a duration ('for about an hour')."""
    m = lex.ABOUT.search(clause)
    if not m or re.search(
        r"\b(?:role|position|job|opening|vacancy|post|interview\w*)\b", m["x"], IGNORE_CASE
    ):
        return ""
    return m["x"]


def _tidy(detail: str) -> str:
    """Clean a detail into a short phrase that reads after 'our conversation about …'."""
    d = "".join(c for c in lex.EMPHASIS.sub("", detail) if unicodedata.category(c) != "So")
    d = " ".join(d.split())
    d = re.sub(r"\s+[+&]\s+|,\s+and\s+", " and ", d)
    d = re.sub(
        r",?\s+(?:and\s+)?(?:i|me|we)\s+(?:do|did|too|also|as\s+well)\b.*$"
        r"|\s+(?:like|same\s+as)\s+(?:me|i\s+do|i\s+did|mine)\b.*$",
        "",
        d,
        flags=IGNORE_CASE,
    )
    d = re.sub(
        r"^(?:that|about|on|re|esp\.?|especially|incl\.?|including)\s+",
        "",
        d.strip(" \t\"'“”‘’()[]-–—:,"),
        flags=IGNORE_CASE,
    )
    for _ in range(2):
        d = re.sub(
            r"(?:[\s.,;:!?…)]+|\s+(?:too|as\s+well|also|etc\.?|lol|haha))$",
            "",
            d,
            flags=IGNORE_CASE,
        )
    m = re.fullmatch(
        r"((?:the|their|our|his|her|its)\s+\w+(?:\s+\w+)?)\s+(?:is|are|was|were|has|have|had)"
        r"\s+(?:about\s+|around\s+|roughly\s+|~)?(\d[\d,.]*\+?|\w+)\s+(\w+)",
        d,
        IGNORE_CASE,
    )
    if m and (m[2][0].isdigit() or m[2].lower() in lex.NUMBER_WORDS):
        d = f"{m[1]} of {m[2]} {m[3]}"  # "the team is 12 people" -> "the team of 12 people"
    elif re.match(r"(?:they|we|he|she|it|there)(?:\b|['’])", d, IGNORE_CASE):
        d = "how " + d[0].lower() + d[1:]  # "they're moving to Go" -> "how they're moving to Go"
    head = re.split(r"\s[—–]\s|\s-\s|\s--\s", d, maxsplit=1)[0]
    d = head if re.search(r"[^\W\d_]{3}", head) else d  # drop an aside after a dash
    if len(d.split()) > lex.MAX_DETAIL_WORDS:
        d = _shorten(d)
    d = d.strip(" ,;:-–—")
    return d + ")" if d.count("(") > d.count(")") else d


def _shorten(d: str) -> str:
    """A detail over MAX_DETAIL_WORDS cut to its first clause, else at a word boundary."""
    first = (
        r",|;|:|\s[-–—]\s|\s\(|\s(?:which|because|since|so|where|but|when|while|during"
        r"|especially|including|based\s+on)\s"
    )
    for rx in (first, r"\s(?:and|with|by|after|before|using)\s"):
        head = re.split(rx, d, maxsplit=1)[0].split()
        if 3 <= len(head) <= lex.MAX_DETAIL_WORDS:
            return " ".join(head)
    words = d.split()[: lex.MAX_DETAIL_WORDS]
    while words and words[-1].lower().strip(",") in lex.STOP:
        words.pop()
    return " ".join(words)


def _score(detail: str, interest: bool) -> float:
    """Specificity: proper nouns, tools, numbers and multi-word topics beat vague words."""
    score = 2.0 if interest else 0.0
    for i, tok in enumerate(detail.split()):
        bare = tok.strip(".,;:!?()'\"")
        low = bare.lower()
        if not bare or low in lex.STOP:
            continue
        score += 1
        if sum(c.isupper() for c in bare) >= 2 or re.search(r"\w[.+#/]\w|\+\+|#$", bare):
            score += 3  # "CockroachDB", "A/B", "C++", "node.js"
        elif bare[0].isupper():
            score += 3 if i else 1.5
        if any(c.isdigit() for c in bare):
            score += 2
        if len(bare) >= 9:
            score += 0.5
        if low in lex.FILLER or low in lex.VAGUE:
            score -= 1
    return score


def is_foreign(clause: str, least: int = 2) -> bool:
    """True for a clause in another language or script: it is no detail for an English email.

    least: how many foreign words it takes (one for a piece of a mixed-language sentence).
    """
    letters = [c for c in clause if c.isalpha()]
    other_script = sum(ord(c) >= 0x250 and not 0x1E00 <= ord(c) <= 0x1EFF for c in letters)
    if letters and other_script * 2 > len(letters):
        return True
    words = re.findall(r"[^\W\d_]+", clause.lower())
    foreign = sum(w in lex.FOREIGN for w in words)
    return foreign >= least and foreign > sum(w in lex.ENGLISH for w in words)
