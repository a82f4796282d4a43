"""Tone: VADER sentiment of the message, gushing and shouting.

* Sentiment: VADER compound of the prose (a "Best regards" would flatter every email), with a
  lexicon copy that treats words naming work topics (problem, risk, fraud, error …) as neutral,
  and the chosen details' own negative words neutral too: mentioning their outage is not negativity.
  Sentences are scored one by one and the email from the same valences (see `sentiments`).
* Gushing: runs of 2+ superlatives or intensifiers. Shouting: ALL-CAPS that is not an acronym.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from assistant.text import adapters
from assistant.text.words import MAX_ANALYSED_CHARS, WORD, word_set, words

# VADER compound thresholds (its documented ±0.05): the checker and the fixer share them.
POSITIVE_MIN, NEGATIVE_MAX = 0.05, -0.05

# Words that name the work discussed, not the writer's mood ("we discussed the fraud risk").
TOPIC_WORDS = word_set("""
problem problems risk risks loss losses fraud debt error errors failure failures attack attacks
threat threats vulnerability crash defect defects spam block blocked blocking leak lag difficult
hard tough critical pressure stress emergency conflict limited lack mess messy complicated
""")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    return adapters.new_analyzer(TOPIC_WORDS)


def negative_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of the given texts (the chosen details) that VADER would read as negative."""
    lexicon = _analyzer().lexicon
    return frozenset(
        w for t in texts for w in (x.lower() for x in words(t)) if lexicon.get(w, 0.0) < 0
    )


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
        vals = adapters.valences(analyzer, kept) if WORD.search(kept) else []
        every += vals
        each.append(round(adapters.compound(analyzer, vals, kept), 3))
    joined = " ".join(units)[:MAX_ANALYSED_CHARS]
    return round(adapters.compound(analyzer, every, joined), 3), each


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
