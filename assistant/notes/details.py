"""The specific things discussed, from notes: clauses cut to topics, filtered and ranked."""

from __future__ import annotations

import re
import unicodedata

from assistant.notes import lexicon as lex
from assistant.notes.absolute_dates import DATE_WORD
from assistant.notes.detail_patterns import (
    ABOUT,
    CONNECTIVE,
    DELIVERABLE,
    LEAD_IN,
    MENTION,
    MET,
    NEGATIVE,
    REQUEST,
    SELF_TALK,
    TODO_LINE,
    TOPIC_OF,
)
from assistant.notes.found import Found
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import EMPHASIS, LOGISTICS, TIMELINE
from assistant.notes.people_patterns import NAMED
from assistant.notes.private_facts import private

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


def add_details(text: str, found: Found, is_meta: bool, listed: bool = False) -> None:
    """Add the details a sentence (or one item of a 'Topics:' list) holds, scored."""
    known = {w.strip(".") for p in found.people for w in p.name.lower().split()}
    known |= set((found.candidate or "").lower().split())
    for clause in _clauses(text):
        if "," in clause and is_foreign(clause.split(",")[0], 1):  # "hablamos de X, they have Y"
            clause = ",".join(c for c in clause.split(",") if not is_foreign(c, 1)).strip()
        todo = re.sub(r"^(?:todo|to\s+do|note|fyi)\b\s*[:.-]?\s*", "", clause, flags=IGNORE_CASE)
        if (
            TIMELINE.search(clause)
            or NEGATIVE.search(clause)
            or LOGISTICS.search(clause)
            or private(clause)
            or is_foreign(clause)
            or (TODO_LINE.match(todo) and not MENTION.match(todo))  # "ask about relocation"
        ):
            continue
        rest, lead = _lead_in(clause)
        lead = lead or listed
        if is_meta and not lead and (topic := _about(clause)):  # "Met Sam about pricing"
            rest, lead = topic, True
        if not lead and (
            is_meta
            or clause.rstrip().endswith("?")
            or MET.search(clause)  # "Lunch with two engineers, Chloé and Ben"
        ):
            continue
        items = re.split(r"\s*,\s*(?![^()]*\))(?:and\s+|or\s+)?", rest)
        listy = len(items) >= (2 if lead else 3) and all(0 < len(i.split()) <= 8 for i in items)
        if not listy or any(CONNECTIVE.match(i) for i in items):
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
                    SELF_TALK.match(detail)
                    or TODO_LINE.match(detail)
                    or any(len(w) > 40 for w in words)
                    or all(
                        w in lex.ROLE_NOUNS - {"engineering"} or w[:-1] in lex.ROLE_NOUNS
                        for w in content
                    )
                    or NAMED.search(detail)  # "a charge nurse named Carlos" is a person
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
    if m := TOPIC_OF.match(clause):  # "The case was about supply chain costs"
        return clause[m.end() :], True
    if m := COMMON_GROUND.search(clause[:120]):  # "Ana went to Michigan like me" -> "Michigan"
        return m["x"] or m["y"], True
    if m := HOBBY.match(clause):  # "He also surfs." -> "surfing"
        return lex.HOBBIES[m["v"].lower()], True
    if (m := FAN.search(clause[:80])) and len(clause[: m.start()].split()) <= 4:
        return m["x"], True  # "Olumide is also a chess player" -> "chess"
    for m in LEAD_IN.finditer(clause[:120]):
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
            REQUEST.search(m[0])
            and head
            and head[-1].lower().strip(".!") in DELIVERABLE
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
    m = ABOUT.search(clause)
    if not m or re.search(
        r"\b(?:role|position|job|opening|vacancy|post|interview\w*)\b", m["x"], IGNORE_CASE
    ):
        return ""
    return m["x"]


def _tidy(detail: str) -> str:
    """Clean a detail into a short phrase that reads after 'our conversation about …'."""
    d = "".join(c for c in EMPHASIS.sub("", detail) if unicodedata.category(c) != "So")
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
