"""Matching an email against notes and rules: details mentioned, words grounded, phrases and cues.

A detail counts as mentioned when its distinctive words appear in the email:

* every *key* word is present: numbers, CamelCase/ACRONYM tokens and capitalised words that are
  not the detail's first word (a first word counts when possessive: "Priya's team");
* of the other content words (stopwords and generic verbs such as talk/discuss/mention/move/work
  dropped), at least half appear: rounded down when key words anchored the match, rounded up
  (and at least one) when the detail has no key word.

Words are compared by a light stem (migrating/migration/migrate -> "migr", pipelines -> "pipelin"),
a stem of 5+ letters also matches a longer or shorter stem it prefixes, a few synonym groups allow
light rephrasing ("migrating to Dagster" ~ "your move to Dagster"), and small number words equal
their digits ("two" = "2"). Pronouns (my/your/their …) are stopwords: perspective does not matter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from assistant.text.words import TOKEN, normalise, tokens, word_set

_DIGIT_SEP = re.compile(r"(?<=\d)[,.](?=\d)")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]*s?$")


STOPWORDS = word_set("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing don down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves s t ll re ve d m us via per
within without onto upon get got gets really lot lots much many bit thing things way ways one
across along around among toward towards since like
""")

# Words that say how the detail came up rather than what it was: ignored in details.
GENERIC = word_set("""
talk talked talking talks discuss discussed discussing discussion discussions mention mentioned
mentioning move moved moving moves work worked working works chat chatted chatting conversation
conversations said say says told tell telling ask asked asking explain explained explaining
share shared sharing spoke speak speaking learn learned learnt learning hear heard hearing enjoy
enjoyed enjoying like liked liking interview interviews interviewer interviewers role position
job team teams company great interesting interested cool nice good new current currently plan
planned plans planning described describe describing covered cover went go going
""")

_SYNONYMS = (
    "migrate migration migrating move moving switch switching transition shift port",
    "build building develop developing create creating",
    "scale scaling grow growing growth expand expansion",
    "hire hiring recruit recruiting headcount",
    "launch launching release releasing ship shipping rollout",
    "reduce reducing reduction cut cutting lower lowering decrease saving savings",
    "improve improving improvement enhance boost",
    "rebuild rebuilding rewrite rewriting overhaul refactor refactoring redesign",
    "automate automating automation",
    "customer customers client clients user users",
    "outage outages incident incidents downtime",
    "lead leading manage managing head",
    "cost costs spend spending budget",
)

NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
}

_SUFFIXES = sorted(
    word_set("""
ations ation ating ated ates ator ators ate ings ing ions ion ments ment ness ities ity ies ied ers
er ed es al ly ive s y e
"""),
    key=lambda x: (-len(x), x),
)
_DOUBLE_OK = frozenset("lsz")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A light, consistent stem so inflected forms of one word compare equal."""
    w = word.lower().replace("’", "'")
    w = w.removesuffix("'s")
    w = NUMBER_WORDS.get(w, w)
    if not w.isalpha():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w[-2] in "usi" or suffix == "ed" and w[-3] == "e":
                continue
            w = w[: -len(suffix)]
            if (
                suffix in ("ing", "ed", "ings")
                and len(w) > 3
                and w[-1] == w[-2]
                and w[-1] not in _DOUBLE_OK
            ):
                w = w[:-1]
            break
    return w


_SYNONYM_OF: dict[str, int] = {
    stem(w): i for i, group in enumerate(_SYNONYMS) for w in group.split()
}


def _tokens(text: str) -> list[str]:
    return tokens(_DIGIT_SEP.sub("", text))


def content_words(detail: str) -> tuple[str, ...]:
    """The detail's meaningful words: lowercase, in order, without stopwords or generic words."""
    seen: dict[str, None] = {}
    for tok in _tokens(detail):
        low = tok.lower()
        if low not in STOPWORDS and low not in GENERIC:
            seen.setdefault(low, None)
    return tuple(seen)


def _is_key(tok: str, index: int, possessive: bool) -> bool:
    if any(c.isdigit() for c in tok) or _CAMEL.search(tok):
        return True
    if not tok[:1].isupper() or tok.lower() in STOPWORDS:
        return False
    return index > 0 or possessive


def _split(detail: str) -> tuple[list[str], list[str]]:
    """Key stems (names, numbers, tech tokens) and the other content stems of a detail."""
    text = _DIGIT_SEP.sub("", detail)
    keys: list[str] = []
    others: list[str] = []
    for i, m in enumerate(TOKEN.finditer(text)):
        tok = m.group()
        low = tok.lower()
        if low in STOPWORDS or low in GENERIC:
            continue
        possessive = text[m.end() : m.end() + 2] in ("'s", "’s")
        bucket = keys if _is_key(tok, i, possessive) else others
        s = stem(tok)
        if s not in keys and s not in others:
            bucket.append(s)
    if not keys and not others:  # a detail of only generic words: use them after all
        others = list(dict.fromkeys(stem(t) for t in _tokens(detail) if t.lower() not in STOPWORDS))
    return keys, others


@dataclass(frozen=True)
class Stems:
    """The stems of some text, indexed so look-ups stay fast for a 100 KB email or notes."""

    exact: frozenset[str]
    ordered: tuple[str, ...]
    groups: frozenset[int]

    @classmethod
    def of(cls, stems: Iterable[str]) -> Stems:
        exact = frozenset(stems)
        groups = frozenset(_SYNONYM_OF[t] for t in exact if t in _SYNONYM_OF)
        return cls(exact, tuple(sorted(exact)), groups)

    def has(self, s: str, synonyms: bool = True) -> bool:
        """The stem itself, a synonym, or (5+ letters) a longer or shorter stem it prefixes."""
        if s in self.exact or (synonyms and _SYNONYM_OF.get(s, -1) in self.groups):
            return True
        if len(s) < 5 or not s.isalpha():
            return False
        i = bisect_left(self.ordered, s)
        if i < len(self.ordered) and self.ordered[i].startswith(s):
            return True
        return any(s[:k] in self.exact for k in range(5, len(s)))


@lru_cache(maxsize=64)
def text_stems(text: str) -> Stems:
    """Every stem in a text, computed once per text."""
    return Stems.of(stem(t) for t in _tokens(text))


def mentions(detail: str, text: str) -> bool:
    """True when the text mentions the detail (see the module docstring for the rule)."""
    keys, others = _split(detail)
    if not keys and not others:
        return False
    stems = text_stems(text)
    if not all(stems.has(k) for k in keys):
        return False
    hits = sum(stems.has(o) for o in others)
    need = len(others) // 2 if keys else max(1, (len(others) + 1) // 2)
    return hits >= need


def grounded_stems(texts: Iterable[str]) -> Stems:
    """The stems a set of known texts (notes, rules, common words) vouches for."""
    return Stems.of(s for t in texts for s in text_stems(t).exact)


def ungrounded(candidates: Iterable[str], known: Stems, limit: int = 12) -> list[str]:
    """Up to `limit` candidate words (names, numbers, tools) nothing known vouches for, in order."""
    out: list[str] = []
    for word in dict.fromkeys(candidates):
        parts = [p for p in _tokens(word) if p.lower() not in STOPWORDS or p.isupper()]
        if parts and not all(known.has(stem(p), synonyms=False) for p in parts):
            out.append(word)
            if len(out) >= limit:
                break
    return out


@lru_cache(maxsize=1024)
def _phrase(cue: str) -> tuple[str, re.Pattern[str]]:
    cue = normalise(cue)
    return cue, re.compile(r"(?<!\w)" + re.escape(cue))


def has_phrase(normalised_text: str, cue: str) -> bool:
    """Is the cue in the (normalised) text, starting at a word boundary? ("frustrat" is a prefix)"""
    plain, pattern = _phrase(cue)
    return plain in normalised_text and pattern.search(normalised_text) is not None


def has_cue(text: str, cues: Iterable[str]) -> bool:
    """Does the text say one of the cues (each starting at a word boundary, case and quotes
    ignored)? The checker's `moves` and the drafter's fixer read a move's cues this way."""
    low = normalise(text)
    return any(has_phrase(low, cue) for cue in cues)


_REQUEST = re.compile(
    r"\b(?:would (?:really |very much |greatly )?appreciate|'d appreciate|be (?:very )?grateful"
    r"|let me know|(?:keen|eager|love|like|happy) to (?:learn|hear|know)|wondering"
    r"|wonder (?:if|whether)|hop(?:e|ing) to hear|please (?:share|advise|update)|curious"
    r"|look(?:ing)? forward to (?:hearing|learning))"
)


def asks(sentences: Iterable[str], topics: Iterable[str]) -> list[str]:
    """Sentences that ask: a "?", or a polite request ("would appreciate") about a topic."""
    topics = tuple(topics)
    out = []
    for s in sentences:
        low = normalise(s)
        if "?" in s or (_REQUEST.search(low) and any(has_phrase(low, t) for t in topics)):
            out.append(s)
    return out
