"""The specific things discussed, from notes: clauses cut to topics, filtered and ranked."""

from __future__ import annotations

import re

from assistant.notes_lexicon import (
    ABOUT,
    COMMON_GROUND,
    CONNECTIVE,
    DATE_WORD,
    DELIVERABLE,
    EMPHASIS,
    ENGLISH,
    FAN,
    FILLER,
    FOREIGN,
    HOBBIES,
    HOBBY,
    IGNORE_CASE,
    INTEREST,
    LEAD_IN,
    LOGISTICS,
    MAX_DETAIL_WORDS,
    NAMED,
    NEGATIVE,
    NUMBER_WORDS,
    REQUEST,
    ROLE_NOUNS,
    SELF_TALK,
    STOP,
    TIMELINE,
    TODO_LINE,
    TOPIC_OF,
    VAGUE,
    wordset,
)
from assistant.notes_people import Found

# --- details -------------------------------------------------------------------------------------


def add_details(text: str, found: Found, is_meta: bool, listed: bool = False) -> None:
    """Add the details a sentence (or one item of a 'Topics:' list) holds, scored."""
    known = {w.strip(".") for p in found.people for w in p.name.lower().split()}
    known |= set((found.candidate or "").lower().split())
    for clause in _clauses(text):
        if (
            TIMELINE.search(clause)
            or NEGATIVE.search(clause)
            or LOGISTICS.search(clause)
            or is_foreign(clause)
        ):
            continue
        rest, lead = _lead_in(clause)
        lead = lead or listed
        if is_meta and not lead and (topic := _about(clause)):  # "Met Sam about pricing"
            rest, lead = topic, True
        if not lead and (
            is_meta
            or clause.rstrip().endswith("?")
            or re.search(r"\binterview", clause, IGNORE_CASE)
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
                if w not in STOP | FILLER | known
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
                        w in ROLE_NOUNS - {"engineering"} or w[:-1] in ROLE_NOUNS for w in content
                    )
                    or NAMED.search(detail)  # "a charge nurse named Carlos" is a person
                )
            ):
                found.details.append((_score(detail, interest), len(found.details), detail))


def _clauses(sent: str) -> list[str]:
    """'We talked about X and he mentioned Y' -> two clauses."""
    return [
        c
        for c in re.split(
            r",?\s+(?:and|but|plus|while|whereas|so)\s+(?=(?:he|she|they|we|i|you|then|also"
            r"|[A-Z][\w'’-]+\s+(?:also\s+)?(?:said|mentioned|asked|told|explained|talked|described"
            r"|shared))\b)"
            r"|,?\s+and\s+(?=(?:also\s+)?(?:asked|mentioned|said|explained|described|shared|told)\b)"
            r"|,\s+(?:then|also)\s+"
            r"|,\s+(?=(?:he|she|they|we|i)\s+(?:also\s+)?[a-z]+(?:ed|s)\b)",
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
        return HOBBIES[m["v"].lower()], True
    if (m := FAN.search(clause[:80])) and len(clause[: m.start()].split()) <= 4:
        return m["x"], True  # "Olumide is also a chess player" -> "chess"
    for m in LEAD_IN.finditer(clause[:120]):
        prefix = clause[: m.start()].split()  # the subject: "we", "Sarah (VP Eng)", "the CTO"
        if len(prefix) > 5 or (
            prefix and prefix[0].lower() in wordset("my their our his its a an")
        ):
            break
        if (
            prefix
            and prefix[0].lower() == "the"
            and not any(w.lower() in ROLE_NOUNS for w in prefix)
        ):
            break
        rest = clause[m.end() :]
        head = re.split(r"[,;(]|\s(?:and|by|for|with|on)\s", rest, maxsplit=1)[0].split()
        if (
            REQUEST.search(m[0])
            and head
            and head[-1].lower().strip(".!") in DELIVERABLE
            and head[0].lower() not in STOP | {"some", "any", "another"}
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
    d = " ".join(EMPHASIS.sub("", detail).split())
    d = re.sub(r"\s+[+&]\s+|,\s+and\s+", " and ", d)
    d = re.sub(
        r",?\s+(?:and\s+)?(?:i|me|we)\s+(?:do|did|too|also|as\s+well)\b.*$"
        r"|\s+(?:like|same\s+as)\s+(?:me|i\s+do|i\s+did|mine)\b.*$",
        "",
        d,
        flags=IGNORE_CASE,
    )
    d = re.sub(r"^(?:that|about|on|re)\s+", "", d.strip(" \t\"'“”‘’()[]-–—:,"), flags=IGNORE_CASE)
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
    if m and (m[2][0].isdigit() or m[2].lower() in NUMBER_WORDS):
        d = f"{m[1]} of {m[2]} {m[3]}"  # "the team is 12 people" -> "the team of 12 people"
    elif re.match(r"(?:they|we|he|she|it|there)(?:\b|['’])", d, IGNORE_CASE):
        d = "how " + d[0].lower() + d[1:]  # "they're moving to Go" -> "how they're moving to Go"
    head = re.split(r"\s[—–]\s|\s-\s|\s--\s", d, maxsplit=1)[0]
    d = head if re.search(r"[^\W\d_]{3}", head) else d  # drop an aside after a dash
    if len(d.split()) > MAX_DETAIL_WORDS:
        d = _shorten(d)
    d = d.strip(" ,;:-–—")
    return d + ")" if d.count("(") > d.count(")") else d


def _shorten(d: str) -> str:
    """A detail over MAX_DETAIL_WORDS cut to its first clause, else at a word boundary."""
    for rx in (
        r",|;|:|\s[-–—]\s|\s\(|\s(?:which|because|since|so|where|but|when|while)\s",
        r"\s(?:and|with|by|after|before|using)\s",
    ):
        head = re.split(rx, d, maxsplit=1)[0].split()
        if 3 <= len(head) <= MAX_DETAIL_WORDS:
            return " ".join(head)
    words = d.split()[:MAX_DETAIL_WORDS]
    while words and words[-1].lower().strip(",") in STOP:
        words.pop()
    return " ".join(words)


def _score(detail: str, interest: bool) -> float:
    """Specificity: proper nouns, tools, numbers and multi-word topics beat vague words."""
    score = 2.0 if interest else 0.0
    for i, tok in enumerate(detail.split()):
        bare = tok.strip(".,;:!?()'\"")
        low = bare.lower()
        if not bare or low in STOP:
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
        if low in FILLER or low in VAGUE:
            score -= 1
    return score


def is_foreign(clause: str) -> bool:
    """True for a clause in another language or script: it is no detail for an English email."""
    letters = [c for c in clause if c.isalpha()]
    other_script = sum(ord(c) >= 0x250 and not 0x1E00 <= ord(c) <= 0x1EFF for c in letters)
    if letters and other_script * 2 > len(letters):
        return True
    words = re.findall(r"[^\W\d_]+", clause.lower())
    foreign = sum(w in FOREIGN for w in words)
    return foreign >= 2 and foreign > sum(w in ENGLISH for w in words)
